"""Feature extraction with fake analyzers, and its JSON cache keyed by content hash."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

import pytest

from documents.model import (
    BlockKind,
    Document,
    DocumentMeta,
    Paragraph,
    Section,
    SectionRole,
    Span,
)
from glossary import timex_lang_de
from glossary.features import Analyzers, FeatureCache, SentenceFeatures, extract_features
from glossary.timex_resolve import auxiliaries_at
from glossary.wording import Word

BODY = "Im August 2020 siegte Lukaschenka bei der Wahl. Proteste folgten."
EXCERPT = " In August 2020 Lukashenko won the election."


@dataclass
class FakeTimex:
    start: int
    end: int
    text: str
    value: str
    type: str = "DATE"
    mod: str | None = None
    language: str = "de"
    range_end: str | None = None

    def interval(self) -> tuple[date, date]:
        return date(2020, 8, 1), date(2020, 8, 31)

    def precision(self) -> str:
        return "month"

    def placed(self) -> None:
        return None


@dataclass
class FakeMention:
    entry_id: str
    start: int
    end: int


class Fakes:
    """Counting fakes of the tagger, mention finder and analyzer."""

    def __init__(self) -> None:
        self.calls = 0
        self.tagged_spans: list[tuple[int, int, str]] = []

    def tag(self, text: str, spans: list[tuple[int, int, str]], anchor: str | None) -> list:
        self.calls += 1
        self.tagged_spans = spans
        return [
            FakeTimex(m.start(), m.end(), m[0], "2020-08")
            for start, end, _ in spans
            for m in re.finditer(r"August 2020", text[:end])
            if m.start() >= start
        ]

    def mentions(self, text: str) -> list[FakeMention]:
        return [
            FakeMention("lukashenko", m.start(), m.end())
            for m in re.finditer(r"Lukash\w+|Lukasch\w+", text)
        ]

    def analyzers(self) -> Analyzers:
        return Analyzers(
            self.tag,
            self.mentions,
            lambda text, language: [
                Word(w, w, 1.0, everyday=w == "wahl")
                for w in re.findall(r"[a-zäöü]{4,}", text.lower())
            ],
        )


def make_document(doc_id: str = "swp") -> Document:
    text = BODY + EXCERPT
    first = BODY.index("Proteste")
    sentences = [Span(0, first - 1), Span(first, len(BODY)), Span(len(BODY) + 1, len(text))]
    excerpt = Section(len(BODY), len(text), SectionRole.EXCERPT, "en")
    return Document(
        doc_id,
        DocumentMeta(language="de", published="2023"),
        text,
        "hash1",
        [],
        sentences,
        [],
        [excerpt],
    )


def test_body_sentences_get_dates_entities_and_masked_terms() -> None:
    fakes = Fakes()
    features = extract_features(make_document(), fakes.analyzers())
    assert [s.index for s in features.sentences] == [0, 1]  # the English excerpt stays out
    assert fakes.tagged_spans == [(0, len(BODY), "de")]
    first = features.sentences[0]
    assert [d.value for d in first.dates] == ["2020-08"]
    assert first.dates[0].precision == "month" and first.dates[0].days == 31
    assert first.entities == {"lukashenko"}
    # The mention and the date's number count once, as entity and date; the month is a word too.
    assert set(first.terms) == {"august", "siegte", "wahl"}
    assert first.dated == {"august"}  # written only inside the date
    assert features.dates() == first.dates


def test_cache_returns_the_same_features_without_extracting_again(tmp_path: Path) -> None:
    fakes = Fakes()
    cache = FeatureCache(tmp_path / "features", salt="glossary-v1")
    fresh = cache.features(make_document(), fakes.analyzers())
    again = cache.features(make_document("renamed"), fakes.analyzers())
    assert fakes.calls == 1
    assert again.doc == "renamed" and all(s.doc == "renamed" for s in again.sentences)
    assert [(s.dates, s.entities, s.terms, s.everyday) for s in again.sentences] == [
        (s.dates, s.entities, s.terms, s.everyday) for s in fresh.sentences
    ]
    assert again.sentences[0].everyday == {"wahl"}
    FeatureCache(tmp_path / "features", salt="glossary-v2").features(
        make_document(), fakes.analyzers()
    )
    assert fakes.calls == 2


def test_damaged_cache_entry_is_rebuilt(tmp_path: Path) -> None:
    fakes = Fakes()
    cache = FeatureCache(tmp_path)
    cache.features(make_document(), fakes.analyzers())
    for path in tmp_path.glob("*.json"):
        path.write_text('{"version": 1, "sentences": [{}]}', encoding="utf-8")
    assert cache.features(make_document(), fakes.analyzers()).sentences
    assert fakes.calls == 2


@dataclass
class FakeReference:
    value: str
    start: date
    end: date
    own: bool


def test_a_sentence_without_a_date_keeps_the_period_it_inherits() -> None:
    fakes = Fakes()
    august = (date(2020, 8, 1), date(2020, 8, 31))
    references = [FakeReference("2020-08", *august, True), FakeReference("2020-08", *august, False)]
    analyzers = replace(fakes.analyzers(), reference_times=lambda document, timexes: references)
    first, second = extract_features(make_document(), analyzers).sentences
    assert first.reference is None  # it states its date itself
    assert second.reference is not None and second.dates == []
    assert (second.reference.value, second.reference.precision, second.reference.days) == (
        "2020-08",
        "month",
        31,
    )
    assert second.paragraph == first.paragraph
    # written as the expression that set it earlier, where it stands, for reasons to quote
    assert second.reference.text == "August 2020"
    assert BODY[second.reference.start : second.reference.end] == "August 2020"


def test_a_heading_carries_on_no_period_from_the_text_before_it() -> None:
    """A heading opens what follows: the period of the text above it is not its own."""
    fakes = Fakes()
    august = (date(2020, 8, 1), date(2020, 8, 31))
    references = [FakeReference("2020-08", *august, True), FakeReference("2020-08", *august, False)]
    analyzers = replace(fakes.analyzers(), reference_times=lambda document, timexes: references)
    document = make_document()
    first = BODY.index("Proteste")
    paragraphs = [Paragraph(0, first - 1), Paragraph(first, len(BODY), BlockKind.HEADING)]
    body, heading = extract_features(replace(document, paragraphs=paragraphs), analyzers).sentences
    assert heading.reference is None
    assert heading.heading and not body.heading  # and so it takes part in no cross-link


@dataclass
class DatedTimex(FakeTimex):
    """A fake expression with an interval of its own."""

    first: date = date(2021, 5, 1)
    last: date = date(2021, 5, 31)

    def interval(self) -> tuple[date, date]:
        return self.first, self.last


def dated_analyzers(
    timexes: Sequence[FakeTimex], references: Sequence[FakeReference | None]
) -> Analyzers:
    """Fake analyzers whose tagger finds ``timexes`` and whose reference times are
    ``references`` (one per sentence)."""
    return replace(
        Fakes().analyzers(),
        tag_dates=lambda text, spans, anchor: timexes,
        reference_times=lambda document, found: references,
    )


def plain_document(
    text: str,
    sentences: list[Span],
    paragraphs: list[Paragraph] | None = None,
    language: str = "de",
) -> Document:
    """A document of ``text`` with these sentences, in one paragraph unless others are given."""
    paragraphs = [Paragraph(0, len(text))] if paragraphs is None else paragraphs
    return Document(
        "d", DocumentMeta(language=language), text, "hash-d", paragraphs, sentences, [], []
    )


def sentence_spans(text: str, *openings: str) -> list[Span]:
    """The sentences of ``text`` that begin with each of ``openings`` (the first at 0)."""
    starts = [0, *(text.index(opening) for opening in openings)]
    ends = [*(start - 1 for start in starts[1:]), len(text)]
    return [Span(start, end) for start, end in zip(starts, ends, strict=True)]


def test_a_paragraph_naming_another_period_moves_the_carried_one() -> None:
    """The period carried over from an earlier paragraph gives way to the one the new paragraph
    names in passing (an event's date), for the sentence naming it and those after it."""
    text = "Im Mai 2021 kam es. Danach ging es. Nach der Wahl von August 2020 war es. Proteste."
    may, august = text.index("Mai 2021"), text.index("August 2020")
    timexes = [
        DatedTimex(may, may + 8, "Mai 2021", "2021-05"),
        DatedTimex(
            august,
            august + 11,
            "August 2020",
            "2020-08",
            first=date(2020, 8, 1),
            last=date(2020, 8, 31),
        ),
    ]
    sentences = sentence_spans(text, "Danach", "Nach der", "Proteste")
    paragraphs = [Paragraph(0, sentences[1].end), Paragraph(sentences[2].start, len(text))]
    document = plain_document(text, sentences, paragraphs)
    may_days = (date(2021, 5, 1), date(2021, 5, 31))
    references = [FakeReference("2021-05", *may_days, own) for own in (True, False, False, False)]
    analyzers = dated_analyzers(timexes, references)
    first, carried, naming, after = extract_features(document, analyzers).sentences
    assert carried.reference is not None and carried.reference.value == "2021-05"
    assert naming.reference is None, "it is at the date it names"
    assert after.reference is not None and after.reference.text == "August 2020"


def after_a_glance(named: str, first: date, last: date) -> SentenceFeatures:
    """The first sentence of a paragraph that names ``named`` after it, when the paragraph
    before went on from January 2012 to a glance at November 2014."""
    text = f"Im Januar 2012 sank es. Erst im November 2014 fand man es. Es lag. Im {named} kam es."
    periods = [
        ("Januar 2012", "2012-01", date(2012, 1, 1), date(2012, 1, 31)),
        ("November 2014", "2014-11", date(2014, 11, 1), date(2014, 11, 30)),
        (named, "named", first, last),
    ]
    timexes = [
        DatedTimex(text.index(words), text.index(words) + len(words), words, value, first=a, last=b)
        for words, value, a, b in periods
    ]
    sentences = sentence_spans(text, "Erst", "Es lag", f"Im {named}")
    paragraphs = [Paragraph(0, sentences[1].end), Paragraph(sentences[2].start, len(text))]
    references = [
        FakeReference(value, a, b, own)
        for (_, value, a, b), own in zip(
            [periods[0], periods[1], periods[1], periods[2]], (True, True, False, True), strict=True
        )
    ]
    document = plain_document(text, sentences, paragraphs)
    return extract_features(document, dated_analyzers(timexes, references)).sentences[2]


def test_a_period_carried_from_a_glance_ahead_gives_way_when_the_story_goes_back() -> None:
    """A paragraph that names a time between the story's and a glance ahead's is back in the
    story before that date too; one that names a time before both glances back."""
    between = after_a_glance("September 2013", date(2013, 9, 1), date(2013, 9, 30))
    assert between.reference is None
    before = after_a_glance("Mai 1999", date(1999, 5, 1), date(1999, 5, 31))
    assert before.reference is not None and before.reference.value == "2014-11"


def moved_on(naming: str) -> SentenceFeatures:
    """The one sentence of a third paragraph after "Im Mai 2021 …", then a paragraph whose
    sentence ``naming`` names August 2020."""
    text = f"Im Mai 2021 kam es. {naming} Die Krise wuchs."
    may, august = text.index("Mai 2021"), text.index("August 2020")
    august_days = {"first": date(2020, 8, 1), "last": date(2020, 8, 31)}
    timexes = [
        DatedTimex(may, may + 8, "Mai 2021", "2021-05"),
        DatedTimex(august, august + 11, "August 2020", "2020-08", **august_days),
    ]
    sentences = sentence_spans(text, naming[:8], "Die Krise")
    paragraphs = [Paragraph(span.start, span.end) for span in sentences]
    may_days = (date(2021, 5, 1), date(2021, 5, 31))
    references = [FakeReference("2021-05", *may_days, own) for own in (True, False, False)]
    document = plain_document(text, sentences, paragraphs)
    return extract_features(document, dated_analyzers(timexes, references)).sentences[-1]


def test_the_next_paragraphs_carry_on_the_period_a_paragraph_moved_to() -> None:
    """The story went on from August 2020, not May 2021; a pluperfect flashback ("hatte")
    moves nothing."""
    after = moved_on("Nach der Wahl von August 2020 war es.").reference
    assert after is not None and after.text == "August 2020"
    flashback = moved_on("Nach der Wahl von August 2020 hatte es.").reference
    assert flashback is not None and flashback.value == "2021-05"


@pytest.mark.parametrize(
    "naming",
    [
        "Nach der Wahl von August 2020 war es.",
        "Nach der Wahl von August 2020 hatte es.",
        "Hatte es nach der Wahl von August 2020 Zweifel gegeben?",
        "Die Wahl von August 2020 hatten viele erwartet.",
    ],
)
def test_a_flashback_is_what_the_date_resolver_reads_as_one(naming: str) -> None:
    """The link features and the date resolver agree on the pluperfect: an auxiliary written
    small looks back, one opening a question ("Hatte es …?") does not."""
    looks_back = bool(auxiliaries_at(naming, timex_lang_de.WORDS.pluperfect))
    reference = moved_on(naming).reference
    assert reference is not None
    assert reference.value == ("2021-05" if looks_back else "2020-08")


@dataclass
class DayTimex(FakeTimex):
    """A fake day or part of day; without a year in its value it has no interval."""

    def interval(self) -> tuple[date, date] | None:  # type: ignore[override]
        if self.value.startswith("XXXX"):
            return None
        day = date.fromisoformat(self.value[:10])
        return day, day

    def precision(self) -> str:
        return "day"


def test_a_part_of_day_without_its_day_is_on_the_day_named_before_it() -> None:
    """ "that evening" is on the day the text named last; "the next morning" on the day after."""
    text = "It began on 23 June 2018. That evening they searched. The next morning divers came."
    spans = [
        (text.index(words), words) for words in ("23 June 2018", "That evening", "next morning")
    ]
    values = ["2018-06-23", "XXXX-XX-XXTEV", "XXXX-XX-XXTMO"]
    timexes = [
        DayTimex(start, start + len(words), words, value)
        for (start, words), value in zip(spans, values, strict=True)
    ]
    sentences = sentence_spans(text, "That", "The next")
    document = plain_document(text, sentences, [], language="en")
    later = (date(2018, 6, 1), date(2018, 6, 30))
    references = [None, FakeReference("2018-06", *later, False), None]
    analyzers = dated_analyzers(timexes, references)
    _, evening, morning = extract_features(document, analyzers).sentences
    assert [d.value for d in evening.dates] == ["2018-06-23TEV"]
    assert evening.dates[0].first == evening.dates[0].last == date(2018, 6, 23).toordinal()
    assert evening.reference is None  # it states its own time now
    assert [d.value for d in morning.dates] == ["2018-06-24TMO"]


@dataclass
class NearTimex(FakeTimex):
    """A vague count of days ("wenige Tage später") that the tagger placed near a week."""

    def interval(self) -> None:  # type: ignore[override]
        return None

    def placed(self) -> DatedTimex:  # type: ignore[override]
        week = (date(2021, 3, 22), date(2021, 3, 28))
        return DatedTimex(
            self.start, self.end, self.text, "2021-W12", mod="APPROX", first=week[0], last=week[1]
        )


def test_a_vague_count_of_days_speaks_of_the_week_it_was_placed_in() -> None:
    text = "Wenige Tage später stauten sich die Schiffe."
    timex = NearTimex(0, 18, "Wenige Tage später", "FUTURE_REF")
    document = plain_document(text, [Span(0, len(text))])
    analyzers = replace(Fakes().analyzers(), tag_dates=lambda text, spans, anchor: [timex])
    (sentence,) = extract_features(document, analyzers).sentences
    (feature,) = sentence.dates
    assert (feature.value, feature.mod, feature.text) == (
        "2021-W12",
        "APPROX",
        "Wenige Tage später",
    )
    assert feature.days == 7


def test_a_range_is_also_one_period_from_its_start_to_its_end() -> None:
    """ "von 2001 bis 2003" meets a 2002 that neither of its ends meets; the timeline keeps the
    two ends only."""
    text = "Von 2001 bis 2003 regierte er."
    start, end = text.index("2001"), text.index("2003")
    timexes = [
        DatedTimex(
            start, start + 4, "2001", "2001", first=date(2001, 1, 1), last=date(2001, 12, 31)
        ),
        DatedTimex(end, end + 4, "2003", "2003", first=date(2003, 1, 1), last=date(2003, 12, 31)),
    ]
    timexes[0].range_end = "2003"
    document = plain_document(text, [Span(0, len(text))])
    analyzers = replace(Fakes().analyzers(), tag_dates=lambda text, spans, anchor: timexes)
    features = extract_features(document, analyzers)
    (sentence,) = features.sentences
    assert [feature.value for feature in sentence.dates] == ["2001", "2001/2003", "2003"]
    stretch = sentence.dates[1]
    assert stretch.text == "2001 bis 2003"
    assert stretch.first == date(2001, 1, 1).toordinal()
    assert stretch.last == date(2003, 12, 31).toordinal()
    # the timeline shows the range as one entry, its stretch, not its two ends
    assert [feature.value for feature in features.dates()] == ["2001/2003"]


def dated(
    text: str, words: str, value: str, first: date, last: date, mod: str | None = None
) -> DatedTimex:
    """A fake expression of ``words`` where they stand in ``text``."""
    start = text.index(words)
    return DatedTimex(start, start + len(words), words, value, mod=mod, first=first, last=last)


def carried(
    text: str,
    timexes: Sequence[FakeTimex],
    openings: tuple[str, ...],
    value: str,
    days: tuple[date, date],
) -> list[SentenceFeatures]:
    """The features of a one-paragraph ``text`` whose first sentence states the period
    ``value`` and whose later ones (beginning with ``openings``) carry it on."""
    document = plain_document(text, sentence_spans(text, *openings))
    states = (True, *(False for _ in openings))
    references = [FakeReference(value, *days, own) for own in states]
    return extract_features(document, dated_analyzers(timexes, references)).sentences


def test_a_bound_on_the_far_side_of_the_carried_period_leaves_it() -> None:
    """ "Seit 2016 ..." after April 1999 is not at April 1999; "bis Ende 1999" still may be."""
    text = "Im April 1999 kam es. Seit 2016 fahren Wagen. Bis Ende 1999 galt es."
    timexes = [
        dated(text, "April 1999", "1999-04", date(1999, 4, 1), date(1999, 4, 30)),
        dated(text, "2016", "2016", date(2016, 1, 1), date(2016, 12, 31), "AFTER"),
        dated(text, "Ende 1999", "1999", date(1999, 1, 1), date(1999, 12, 31), "BEFORE"),
    ]
    april = (date(1999, 4, 1), date(1999, 4, 30))
    _, since_sentence, until_sentence = carried(text, timexes, ("Seit", "Bis"), "1999-04", april)
    assert since_sentence.reference is None, "it is after the period it would carry"
    assert until_sentence.reference is not None and until_sentence.reference.value == "1999-04"


def test_a_sentence_naming_another_period_in_its_paragraph_keeps_no_carried_one() -> None:
    """ "Schon im März ..." after "Am 14. April ..." in one paragraph is at March (a flashback
    the reference time does not take), not at 14 April; "im April" still may be."""
    text = "Am 14. April 2010 brach er aus. Schon im März gab es eine Eruption. Im April war Ruhe."
    timexes = [
        dated(text, "14. April 2010", "2010-04-14", date(2010, 4, 14), date(2010, 4, 14)),
        dated(text, "März", "2010-03", date(2010, 3, 1), date(2010, 3, 31)),
        dated(text, "April", "2010-04", date(2010, 4, 1), date(2010, 4, 30)),
    ]
    day = (date(2010, 4, 14), date(2010, 4, 14))
    _, march, april = carried(text, timexes, ("Schon", "Im April"), "2010-04-14", day)
    assert march.reference is None, "it is at the month it names"
    assert april.reference is not None and april.reference.value == "2010-04-14"


def test_a_part_of_day_in_a_text_naming_no_day_covers_the_period_it_is_at() -> None:
    """A commentary that names no day ("That winter ... By dawn ...") still tells of one: the
    part of day covers the sentence's period, a winter named by one year from its January."""
    text = "That winter was mild. By dawn the city was under water."
    winter = (date(1962, 12, 1), date(1963, 2, 28))
    at = text.index("winter")
    timexes = [
        DatedTimex(at, at + 6, "winter", "1962-WI", first=winter[0], last=winter[1]),
        DayTimex(text.index("dawn"), text.index("dawn") + 4, "dawn", "XXXX-XX-XXTMO"),
    ]
    document = plain_document(text, sentence_spans(text, "By dawn"), [], language="en")
    references = [FakeReference("1962-WI", *winter, True), FakeReference("1962-WI", *winter, False)]
    _, dawn = extract_features(document, dated_analyzers(timexes, references)).sentences
    [part] = dawn.dates
    assert part.value == "XXXX-XX-XXTMO"
    assert (part.first, part.last) == (date(1962, 1, 1).toordinal(), winter[1].toordinal())
    assert part.precision == "season"


def test_a_part_of_day_in_a_text_with_no_period_is_in_the_year_it_named_last() -> None:
    """ "Twenty years ago a lorry stopped ... By midnight": no story time is carried (a count
    back from the date of writing sets none), but the midnight is one of 1999."""
    text = "Twenty years ago a lorry stopped. By midnight the tunnel was an oven."
    year = (date(1999, 1, 1), date(1999, 12, 31))
    timexes = [
        DatedTimex(0, 16, "Twenty years ago", "1999", mod="APPROX", first=year[0], last=year[1]),
        DayTimex(
            text.index("midnight"), text.index("midnight") + 8, "midnight", "XXXX-XX-XXT00:00"
        ),
    ]
    document = plain_document(text, sentence_spans(text, "By midnight"), [], language="en")
    _, midnight = extract_features(document, dated_analyzers(timexes, [None, None])).sentences
    [part] = midnight.dates
    assert part.value == "XXXX-XX-XXT00:00"
    assert (part.first, part.last, part.precision) == (
        year[0].toordinal(),
        year[1].toordinal(),
        "year",
    )


def test_the_title_kept_as_body_text_is_a_heading() -> None:
    """A text file's first line, read as a lead, names the whole text ("Thirteen lives: how a
    team was brought out"): a line of its own without a final stop before the body is linked
    to nothing, as a heading is, whatever the file is named; a first sentence is not."""

    def first_is_heading(first: str) -> bool:
        text = f"{first}\n\n{BODY}"
        body = len(first) + 2
        spans = [Span(0, len(first)), *sentence_spans(text, "Im August", "Proteste")[1:]]
        paragraphs = [Paragraph(0, len(first), BlockKind.LEAD), Paragraph(body, len(text))]
        document = plain_document(text, spans, paragraphs)
        return extract_features(document, Fakes().analyzers()).sentences[0].heading

    assert first_is_heading("Die Wahl: wie Lukaschenka siegte")
    assert first_is_heading("Der Sommer, der nicht aufhören wollte: Was wir gelernt haben")
    assert not first_is_heading("Die Wahl entschied Lukaschenka für sich.")
    assert not first_is_heading("Wer hat die Wahl gewonnen?")


def test_a_name_nested_in_a_longer_name_counts_once_as_the_longer_one() -> None:
    text = "Die Grafschaft Ober-Lindental grenzte an Lindental. Dort lag Lindental-Süd."
    found = [
        FakeMention("ober-lindental", 15, 29),
        FakeMention("lindental", 20, 29),  # inside "Ober-Lindental"
        FakeMention("lindental", 41, 50),  # on its own
        FakeMention("lindental-sued", 61, 74),
        FakeMention("lindental", 61, 70),  # inside "Lindental-Süd"
    ]
    assert [text[m.start : m.end] for m in found] == [
        "Ober-Lindental",
        "Lindental",
        "Lindental",
        "Lindental-Süd",
        "Lindental",
    ]
    analyzers = replace(Fakes().analyzers(), find_mentions=lambda text: found)
    document = plain_document(text, sentence_spans(text, "Dort"))
    first, second = extract_features(document, analyzers).sentences
    assert first.entities == {"ober-lindental", "lindental"}
    assert first.names == {"ober-lindental": "Ober-Lindental", "lindental": "Lindental"}
    assert second.entities == {"lindental-sued"}
    assert not {"lindental", "süd"} & set(second.terms)  # nested names stay masked
