"""Per-sentence features for cross-links and the timeline: dates, entities and terms.

Extraction runs the date tagger, the glossary's mention finder and the content-word analysis
(:mod:`glossary.wording`: lemmas with the words as written) over a document once; the result is
cached as JSON keyed by the document's ``content_hash`` because the app needs it for every
document at startup. The three functions are passed in (:class:`Analyzers`) so that tests can use
fakes and this module never imports the index or a UI package.

Only sentences of the body take part: navigation text and other-language excerpts would link a
document to itself in translation, and their dates belong to no perspective.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field, replace
from datetime import date
from functools import partial
from itertools import groupby
from pathlib import Path
from typing import Any, Protocol

from documents.atomic import write_cache_json
from documents.model import BlockKind, Document
from glossary import timex_lang_de, timex_lang_en
from glossary.blanking import blank_spans
from glossary.timex_resolve import auxiliaries_at, day_counted_from

RANGE_JOIN = "/"
"""Joins the values of a range's two ends in the value of the stretch between them."""

FEATURES_VERSION = 118
"""Bump when extraction changes, so that stale cache files are ignored."""


class TimexLike(Protocol):
    """What the features need of a ``glossary.dates.Timex``."""

    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def text(self) -> str: ...
    @property
    def value(self) -> str: ...
    @property
    def type(self) -> str: ...
    @property
    def mod(self) -> str | None: ...
    @property
    def language(self) -> str: ...
    @property
    def range_end(self) -> str | None: ...
    def interval(self) -> tuple[date, date] | None: ...

    def precision(self) -> str: ...

    def placed(self) -> TimexLike | None: ...


class WordLike(Protocol):
    """What the features need of a ``glossary.wording.Word``."""

    @property
    def key(self) -> str: ...
    @property
    def surface(self) -> str: ...
    @property
    def weight(self) -> float: ...
    @property
    def part(self) -> bool: ...
    @property
    def everyday(self) -> bool: ...


class ReferenceLike(Protocol):
    """What the features need of a ``glossary.reference_time.ReferenceTime``."""

    @property
    def value(self) -> str: ...
    @property
    def start(self) -> date: ...
    @property
    def end(self) -> date: ...
    @property
    def own(self) -> bool: ...


class MentionLike(Protocol):
    """What the features need of a ``glossary.mentions.Mention``."""

    @property
    def entry_id(self) -> str: ...
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...


@dataclass(frozen=True)
class Analyzers:
    """The three extraction steps, injected so that tests can run on fakes."""

    tag_dates: Callable[[str, list[tuple[int, int, str]], str | None], Sequence[TimexLike]]
    """``glossary.dates.tag_spans(text, spans, anchor)``."""
    find_mentions: Callable[[str], Sequence[MentionLike]]
    """``glossary.mentions.find_mentions`` with the glossary already bound."""
    content_words: Callable[[str, str], Sequence[WordLike]]
    """``glossary.wording.content_words(text, language)``: lemmas, forms as written, weights."""
    reference_times: Callable[[Document, Any], Sequence[ReferenceLike | None]] | None = None
    """``glossary.reference_time.reference_times(document, timexes)``: the period each
    sentence is at, stated or carried on from the text before it. It takes ``tag_dates``'
    own results, so its second argument is typed by that function, not here."""


@dataclass(frozen=True, slots=True)
class DateFeature:
    """A temporal expression reduced to what linking and the timeline use.

    The interval is kept as proleptic ordinals (``date.toordinal``) so overlap tests are integer
    comparisons and the cache stays plain JSON.
    """

    start: int
    end: int
    text: str
    value: str
    type: str
    mod: str | None
    precision: str
    first: int | None
    """First day covered (ordinal), or ``None`` for durations and unanchored references."""
    last: int | None
    """Last day covered (ordinal, inclusive)."""

    @classmethod
    def from_timex(cls, timex: TimexLike) -> DateFeature:
        """The expression's features (its days as :func:`_days` reads them)."""
        interval = timex.interval()
        first, last = _days(timex.value, *interval) if interval else (None, None)
        return cls(
            timex.start,
            timex.end,
            timex.text,
            timex.value,
            timex.type,
            timex.mod or None,
            timex.precision(),
            first,
            last,
        )

    @classmethod
    def inherited(
        cls, reference: ReferenceLike, offset: int, setter: TimexLike | None = None
    ) -> DateFeature:
        """The period a sentence inherits: placed and written as the expression that set it
        earlier in the text (``setter``), or at ``offset`` without text when none is known."""
        first, last, precision = _period(reference)
        return cls(
            setter.start if setter else offset,
            setter.end if setter else offset,
            setter.text if setter else "",
            reference.value,
            "DATE",
            None,
            precision,
            first,
            last,
        )

    @property
    def days(self) -> int:
        """How many days the expression covers (0 without an interval)."""
        return 0 if self.first is None or self.last is None else self.last - self.first + 1


_PRECISIONS = ((1, "day"), (31, "month"), (92, "season"), (184, "half"), (366, "year"))


def precision_of(days: int) -> str:
    """The precision of a period by its length, as ``Timex.precision`` names them."""
    return next((name for most, name in _PRECISIONS if days <= most), "decade")


@dataclass(slots=True)
class SentenceFeatures:
    """What one sentence says about time, entities and words."""

    doc: str
    index: int
    """The sentence's position in ``Document.sentences``."""
    start: int
    end: int
    dates: list[DateFeature] = field(default_factory=list)
    entities: set[str] = field(default_factory=set)
    terms: dict[str, float] = field(default_factory=dict)
    """Lemma keys with their summed weights (a compound part weighs less than a word)."""
    words: dict[str, str] = field(default_factory=dict)
    """Each term's first form as written in the sentence, for reasons the reader can find."""
    names: dict[str, str] = field(default_factory=dict)
    """Each entity's first mention as written in the sentence."""
    paragraph: int = -1
    """Index of the sentence's paragraph: a passage never reaches across paragraphs."""
    reference: DateFeature | None = None
    """The period the sentence inherits from the text before it, when it states none itself."""
    parts: set[str] = field(default_factory=set)
    """Terms that stand in the sentence only as part of a compound ("punkt" in "Tiefpunkt"):
    they meet the same word, but not its synonyms."""
    everyday: set[str] = field(default_factory=set)
    """Terms that are words of everyday language ("Folgen", "new"): one of them alone is weak
    evidence that two passages share a question."""
    dated: set[str] = field(default_factory=set)
    """Terms that stand in the sentence only inside a date expression ("March" in "March
    1890", "Jahren" in "nach fünf Jahren"): a date is weighed by its period, so such a word
    meets no translation ("Züge" is also "march")."""
    heading: bool = False
    """The sentence is a heading: it names a section and says nothing a reader would link
    ("Erstes Kapitel: Die Warnung"), or the document's title where the reader kept it as body
    text (a first line without a final stop), so it takes part in no cross-link; its dates
    still reach the timeline."""


@dataclass(slots=True)
class DocumentFeatures:
    """The features of a document's body sentences."""

    doc: str
    content_hash: str
    sentences: list[SentenceFeatures]
    language: str = ""
    """The language of the terms: documents in different languages are compared by cognates."""

    def dates(self) -> list[DateFeature]:
        """Every temporal expression of the body, in text order (the timeline's input); a
        range ("zwischen 1923 und 1933", value ``start/end``) is its stretch, one entry, not
        its two ends; a part of a day or a weekday that only its period places
        (``_anchor_parts_of_day``) is none."""
        return [
            feature
            for sentence in self.sentences
            for feature in sentence.dates
            if not placed_only(feature.value) and not _range_end(feature, sentence.dates)
        ]

    def to_json(self) -> dict[str, object]:
        return {
            "version": FEATURES_VERSION,
            "doc": self.doc,
            "content_hash": self.content_hash,
            "language": self.language,
            "sentences": [
                {
                    "index": s.index,
                    "start": s.start,
                    "end": s.end,
                    "paragraph": s.paragraph,
                    "dates": [asdict(d) for d in s.dates],
                    "entities": sorted(s.entities),
                    "terms": s.terms,
                    "words": s.words,
                    "names": s.names,
                    "reference": asdict(s.reference) if s.reference else None,
                    "parts": sorted(s.parts),
                    "everyday": sorted(s.everyday),
                    "dated": sorted(s.dated),
                    "heading": s.heading,
                }
                for s in self.sentences
            ],
        }

    @classmethod
    def from_json(cls, data: dict[str, Any], doc: str) -> DocumentFeatures:
        """Rebuild from :meth:`to_json`; ``doc`` is the current id (files may be renamed)."""
        return cls(
            doc,
            data["content_hash"],
            [
                SentenceFeatures(
                    doc,
                    s["index"],
                    s["start"],
                    s["end"],
                    [DateFeature(**d) for d in s["dates"]],
                    set(s["entities"]),
                    s["terms"],
                    s["words"],
                    s["names"],
                    s["paragraph"],
                    DateFeature(**s["reference"]) if s["reference"] else None,
                    set(s["parts"]),
                    set(s["everyday"]),
                    set(s["dated"]),
                    s["heading"],
                )
                for s in data["sentences"]
            ],
            data["language"],
        )


_SENTENCE_STOPS = (".", "!", "?", "…")
_CLOSERS = "\"'“”»«›‹)]’"


def _mark_title_line(sentences: list[SentenceFeatures], text: str) -> None:
    """Mark the first body sentence a heading when it is a line of its own without a final
    stop before the body: the title a plain-text reader kept as a lead ("Thirteen lives: how a
    football team was brought out of a flooded cave"), whatever the file is named."""
    if len(sentences) < 2 or sentences[0].paragraph == sentences[1].paragraph:
        return
    line = text[sentences[0].start : sentences[0].end].strip()
    if line and "\n" not in line and not line.rstrip(_CLOSERS).endswith(_SENTENCE_STOPS):
        sentences[0].heading = True


def extract_features(document: Document, analyzers: Analyzers) -> DocumentFeatures:
    """Tag, find mentions and find the content words of every body sentence of ``document``.

    Entity mentions and the numbers of dates are left out of the terms: they already count as
    entities and dates (a shared year must not count twice), and spelling variants
    (Lukaschenka/Lukaschenko) would make the two signals disagree. A date's words stay terms:
    "August 2020" and "die Augustwahl" still share "august".
    """
    text = document.text
    body = [
        (span.start, span.end, document.language)
        for span in document.body_spans()
        if document.language_at(span.start) == document.language
    ]
    paragraph_starts = [paragraph.start for paragraph in document.paragraphs]
    sentences = []
    for index, span in enumerate(document.sentences):
        if any(start <= span.start < end for start, end, _ in body):
            paragraph = bisect_right(paragraph_starts, span.start) - 1
            heading = paragraph >= 0 and document.paragraphs[paragraph].kind == BlockKind.HEADING
            sentences.append(
                SentenceFeatures(
                    document.id, index, span.start, span.end, paragraph=paragraph, heading=heading
                )
            )
    _mark_title_line(sentences, text)
    by_index = {s.index: s for s in sentences}

    def owner(offset: int) -> SentenceFeatures | None:
        index = document.sentence_index_at(offset)
        return by_index.get(index) if index is not None else None

    timexes = list(analyzers.tag_dates(text, body, document.meta.published or None))
    dated: list[tuple[int, int]] = []
    for position, timex in enumerate(timexes):
        if (sentence := owner(timex.start)) is not None:
            # "wenige Tage später": a vague count from the story's day, placed near it
            sentence.dates.append(DateFeature.from_timex(timex.placed() or timex))
            dated.append((timex.start, timex.end))
            stretch = _range(timexes, position, text)
            if stretch is not None and owner(stretch.end - 1) is sentence:
                sentence.dates.append(stretch)
    references = analyzers.reference_times(document, timexes) if analyzers.reference_times else None
    anchored = _anchor_parts_of_day(sentences, text, references)
    if references is not None:
        for sentence in sentences:
            reference = references[sentence.index]
            if (
                reference is not None
                and not reference.own
                and not sentence.heading
                and not anchored(sentence)
            ):
                setter = _setter(timexes, reference.value, sentence.start)
                sentence.reference = DateFeature.inherited(reference, sentence.start, setter)
        auxiliaries = auxiliaries_at(text, _PLUPERFECT.get(document.language or "de", ()))
        looks_back = partial(_looks_back, auxiliaries)
        _follow_named_periods(sentences, owner, looks_back)
        _drop_glances_ahead(sentences, owner, looks_back)
    named: list[tuple[int, int]] = []
    mentions = list(analyzers.find_mentions(text))
    for mention in _outermost(mentions):
        if (sentence := owner(mention.start)) is not None:
            sentence.entities.add(mention.entry_id)
            sentence.names.setdefault(mention.entry_id, text[mention.start : mention.end])
    for mention in mentions:
        named.append((mention.start, mention.end))
    language = document.language or "de"
    masked_text = blank_spans(blank_spans(text, dated, digits_only=True), named)
    undated_text = blank_spans(masked_text, dated)
    for sentence in sentences:
        whole: set[str] = set()
        for word in analyzers.content_words(masked_text[sentence.start : sentence.end], language):
            sentence.terms[word.key] = sentence.terms.get(word.key, 0.0) + word.weight
            sentence.words.setdefault(word.key, word.surface)
            (sentence.parts if word.part else whole).add(word.key)
            if word.everyday:
                sentence.everyday.add(word.key)
        sentence.parts -= whole
        if sentence.dates:
            outside = analyzers.content_words(undated_text[sentence.start : sentence.end], language)
            sentence.dated = sentence.terms.keys() - {word.key for word in outside}
    return DocumentFeatures(
        document.id, document.content_hash, sentences, document.language or "de"
    )


def _range_end(feature: DateFeature, dates: list[DateFeature]) -> bool:
    """Whether ``feature`` is the start or the end of a range whose stretch is among its
    sentence's ``dates`` (:func:`_range`)."""
    return RANGE_JOIN not in feature.value and any(
        RANGE_JOIN in other.value and (feature.start == other.start or feature.end == other.end)
        for other in dates
    )


def _range(timexes: Sequence[TimexLike], position: int, text: str) -> DateFeature | None:
    """The stretch a range spans from its start to its end ("von 2001 bis 2003", "vom 6. bis
    15. September") as one period beside its two ends: a year or day inside it overlaps it,
    as neither end does."""
    timex = timexes[position]
    if timex.range_end is None or position + 1 >= len(timexes):
        return None
    first, last = DateFeature.from_timex(timex), DateFeature.from_timex(timexes[position + 1])
    if first.first is None or last.last is None or first.last is None or last.last <= first.last:
        return None
    return DateFeature(
        first.start,
        last.end,
        text[first.start : last.end],
        f"{first.value}{RANGE_JOIN}{last.value}",
        "DATE",
        None,
        precision_of(last.last - first.first + 1),
        first.first,
        last.last,
    )


_WINTER = re.compile(r"\d{4}-WI")
"""The value of a winter named by a year."""


def _days(value: str, first: date, last: date) -> tuple[int, int]:
    """The first and last day (ordinals) of a period of ``value``: its interval, but a
    winter named by one year (``1962-WI``, December 1962 to February 1963 as TIMEX3 reads
    it) covers the January and February of that year too, for a text means either winter
    by it ("That winter" of a flood in February 1962)."""
    if _WINTER.fullmatch(value):
        first = date(first.year, 1, 1)
    return first.toordinal(), last.toordinal()


def _period(reference: ReferenceLike) -> tuple[int, int, str]:
    """First and last day (:func:`_days`) and precision of a reference's period: a winter
    named by a year is a season all the same."""
    first, last = _days(reference.value, reference.start, reference.end)
    winter = _WINTER.fullmatch(reference.value)
    return first, last, "season" if winter else precision_of(last - first + 1)


_DAY_PART = re.compile(r"XXXX-XX-XX(T[\w:]+)")
"""The value of a part of day or clock time without its day ("in jener Nacht", "that evening")."""
PLACED_WEEKDAY = re.compile(r"XXXX-WXX-([1-7])(?:T(\w+))?")
"""The value of a weekday of no known week ("that Friday" in a text that names no day), with
its ISO number and its part of day if it names one: only its sentence's period places it."""


def placed_only(value: str) -> bool:
    """Whether a value is a part of day or a weekday that only its sentence's period places."""
    return bool(_DAY_PART.fullmatch(value) or PLACED_WEEKDAY.fullmatch(value))


_NEXT_DAY = re.compile(
    r"\b(next|following|nächsten|folgenden|darauffolgenden|anderen)\b", re.IGNORECASE
)
"""Words that put a part of day on the day after ("the next morning", "am folgenden Abend")."""


def _anchor_parts_of_day(
    sentences: list[SentenceFeatures],
    text: str,
    references: Sequence[ReferenceLike | None] | None,
) -> Callable[[SentenceFeatures], bool]:
    """A part of day the tagger left without its day ("in jener Nacht", "that evening", "the
    next morning") is on the last day the text named before it (the day after, with "next"):
    a narrative names a day and then tells what happened that evening and night. Returns
    whether a sentence holds such an anchored date (it then states its own time).

    A text that names no day (a commentary: "That winter had been mild ... By dawn a sixth of
    the city was under water") still tells of one: the part of day is a day of the period the
    sentence is at (``references``), or else of the year the text named last ("Twenty years
    ago a lorry stopped in the tunnel ... By midnight"), which day unknown; so is a weekday
    the tagger could not place ("that Friday" of that winter). It keeps its value
    without a day and covers the period; :func:`glossary.link_dates.same_part_of_day` weighs
    it against the same part of a day in that period."""
    days: list[int] = []
    named_year: int | None = None
    holding: set[int] = set()
    for sentence in sentences:
        period = references[sentence.index] if references else None
        for number, feature in enumerate(sentence.dates):
            part = _DAY_PART.fullmatch(feature.value)
            last_day = _day_of(days, period) if part else None
            if part and last_day is not None:
                day = last_day + bool(_NEXT_DAY.search(text[feature.start : feature.end]))
                value = date.fromordinal(day).isoformat() + part[1]
                sentence.dates[number] = replace(feature, value=value, first=day, last=day)
                holding.add(sentence.index)
                days.append(day)
            elif part or PLACED_WEEKDAY.fullmatch(feature.value):
                placed = _placing(period, named_year)
                if placed is not None:
                    first, last, precision = placed
                    sentence.dates[number] = replace(
                        feature, first=first, last=last, precision=precision
                    )
            elif feature.first is not None and feature.last is not None:
                if feature.precision in _NAMED_PRECISIONS:  # not "in den 1920er Jahren"
                    named_year = date.fromordinal(feature.first).year
                if feature.precision == "day":
                    days.append(feature.last)
    return lambda sentence: sentence.index in holding


def _day_of(days: list[int], period: ReferenceLike | None) -> int | None:
    """The day (ordinal) named last that a part of day of a sentence at ``period`` is on
    (:func:`glossary.timex_resolve.day_counted_from`): a text that has moved on to a later
    month counts "the next morning" from none of the days it named before that month. A
    later day counts too: a part of day the tagger left without its day is in a sentence of
    its own, back at the story's day ("Im August 1902 rammte sie ein Dampfer. Als am nächsten
    Morgen …" after a storm of 9 November), not a count within the earlier period's clause."""
    return day_counted_from(days, None if period is None else _period(period)[:2], later=True)


def _placing(period: ReferenceLike | None, year: int | None) -> tuple[int, int, str] | None:
    """First and last day and precision of the period a part of day or a weekday without its
    day is in: its sentence's period, else the ``year`` the text named last, else none."""
    if period is not None:
        return _period(period)
    if year is None:
        return None
    return date(year, 1, 1).toordinal(), date(year, 12, 31).toordinal(), "year"


_NAMED_PRECISIONS = frozenset({"day", "week", "month", "season", "quarter", "half", "year"})
"""Precisions of a date that names the period a paragraph is about."""


def _names_period(feature: DateFeature) -> bool:
    """Whether a date names a period the text may move to: a calendar date of a year at most,
    not a bound ("seit 2020", "bis Mai": those look back or ahead from another time)."""
    return (
        feature.type == "DATE"
        and feature.first is not None
        and feature.mod not in {"BEFORE", "AFTER"}
        and feature.precision in _NAMED_PRECISIONS
    )


def _looks_back(auxiliaries: list[int], sentence: SentenceFeatures) -> bool:
    """Whether a sentence has a pluperfect auxiliary (offsets ``auxiliaries``): it looks back."""
    return _any_within(auxiliaries, sentence.start, sentence.end)


def _any_within(offsets: list[int], start: int, end: int) -> bool:
    """Whether one of the sorted ``offsets`` lies in ``[start, end)``."""
    at = bisect_left(offsets, start)
    return at < len(offsets) and offsets[at] < end


def _overlaps(a: DateFeature, b: DateFeature) -> bool:
    assert a.first is not None and a.last is not None
    assert b.first is not None and b.last is not None
    return a.first <= b.last and b.first <= a.last


_PLUPERFECT = {words.code: words.pluperfect for words in (timex_lang_de.WORDS, timex_lang_en.WORDS)}
"""The pluperfect's auxiliaries (``hatte``, ``had``), written small: a sentence with one looks
back (``timex_resolve.auxiliaries_at``, as the date resolver reads them)."""


def _follow_named_periods(
    sentences: list[SentenceFeatures],
    owner: Callable[[int], SentenceFeatures | None],
    looks_back: Callable[[SentenceFeatures], bool],
) -> None:
    """A period carried into a paragraph from an earlier one gives way to a period the
    paragraph names itself, up to and including the sentence, when the two do not overlap.

    A new paragraph often moves to another time by naming it in passing ("Nach den Wahlen
    von August 2020 ..."), where the reference time, which takes only narrative dates, keeps
    the period of the paragraph before. The sentence naming it is at its own date (it keeps
    no inherited one), the sentences after it carry the named period on.

    Within a paragraph too, a sentence that names a period the carried one does not overlap is
    at its own ("Schon im März hatte es eine kleinere Eruption gegeben" after "Am 14. April
    ..."): a flashback the reference time does not take, which the sentences after it do not
    carry on. So is one bounded by a date of its own on the far side of the period it would
    carry ("Seit 2016 fahren neue Wagen" after a paragraph set in April 1999, "By 1906 the
    fever had gone" after a sentence of 1907): the reference time takes no bounded dates, but
    such a date still says the sentence is elsewhere in time; a bound that the carried period
    meets ("bis zum 31. Dezember" in August) changes nothing.

    A period named so in a paragraph that the carried one came into (a plain date in a
    sentence that does not ``looks_back`` in the pluperfect) is where the story went: the next
    paragraphs carry it on instead of the older period, until the text names a date the
    reference time takes ("Nach den Präsidentschaftswahlen von August 2020 …"; the paragraph
    after it on the crisis of 2020 kept February 2022). A flashback ("had been closed after a
    worker died in 2007") moves nothing.
    """
    named: DateFeature | None = None
    moved: tuple[int, DateFeature] | None = None
    paragraph = None
    for sentence in sentences:
        if sentence.paragraph != paragraph:
            named, paragraph = None, sentence.paragraph
        own = [date for date in sentence.dates if _names_period(date)]
        reference = sentence.reference
        if reference is not None and moved is not None and reference.start != moved[0]:
            moved = None  # the story named a date of its own since: it goes on from there
        moves = bool(own) and own[-1].mod is None and not looks_back(sentence)
        if reference is not None and reference.first is not None:
            setter = owner(reference.start)
            across = setter is None or setter.paragraph != sentence.paragraph
            if own:
                if not any(_overlaps(date, reference) for date in own):
                    sentence.reference = None
                    if across and moves:
                        moved = (reference.start, own[-1])
            elif across and named is not None and not _overlaps(named, reference):
                sentence.reference = named
            elif across and moved is not None:
                sentence.reference = moved[1]
        if own:
            named = own[-1]
            if moved is not None and moves:
                moved = (moved[0], named)
        carried = sentence.reference
        if carried is not None and carried.first is not None and carried.last is not None:
            if any(_beyond(date, carried.first, carried.last) for date in sentence.dates):
                sentence.reference = None


def _drop_glances_ahead(
    sentences: list[SentenceFeatures],
    owner: Callable[[int], SentenceFeatures | None],
    looks_back: Callable[[SentenceFeatures], bool],
) -> None:
    """A period carried into a paragraph is a glance ahead when the text jumped to it from
    an earlier time and the paragraph goes on to name a period between the two: "... wurde
    erst im November 2014 gefunden." after January 2012, then "Das Wrack lag mehr als
    anderthalb Jahre vor der Insel. Am 16. und 17. September 2013 ...". The paragraph's
    sentences before that date are back in the story, not at the glance, and carry none.
    (A paragraph naming a period before both, "die Roadmaps von 1999", glances back; so does
    a sentence in the pluperfect.)"""
    position = {sentence.index: number for number, sentence in enumerate(sentences)}
    by_paragraph: dict[int, list[SentenceFeatures]] = {}
    for sentence in sentences:
        by_paragraph.setdefault(sentence.paragraph, []).append(sentence)
    for members in by_paragraph.values():
        named = _first_named([m for m in members if not looks_back(m)])
        if named is None or (first := named[1].first) is None:
            continue
        at, period = named
        for sentence in (member for member in members if member.index < at):
            reference = sentence.reference
            setter = owner(reference.start) if reference is not None else None
            if reference is None or setter is None or setter.paragraph == sentence.paragraph:
                continue
            if _ends_before(period, reference):
                before = _story_time(sentences, position[setter.index])
                if before is not None and before < first:
                    sentence.reference = None


def _first_named(members: list[SentenceFeatures]) -> tuple[int, DateFeature] | None:
    """The first period ``members`` name as their time, and the index of its sentence."""
    for sentence in members:
        for feature in sentence.dates:
            if _names_period(feature) and feature.mod is None:
                return sentence.index, feature
    return None


def _story_time(sentences: list[SentenceFeatures], end: int) -> int | None:
    """The last day of the time the last of ``sentences[:end]`` is at (stated or carried)."""
    for number in range(end - 1, -1, -1):
        sentence = sentences[number]
        for feature in [*reversed(sentence.dates), sentence.reference]:
            if feature is not None and _names_period(feature) and feature.last is not None:
                return feature.last
    return None


def _ends_before(date: DateFeature, later: DateFeature) -> bool:
    """Whether ``date`` ends before ``later`` begins."""
    return date.last is not None and later.first is not None and date.last < later.first


def _beyond(date: DateFeature, first: int, last: int) -> bool:
    """Whether a bounded date ("seit 2016", "by 1906") excludes every day of ``first..last``."""
    if date.type != "DATE" or date.first is None or date.last is None:
        return False
    if date.mod == "AFTER":
        return date.first > last
    if date.mod == "BEFORE":
        return date.last < first
    return False


def _setter(timexes: Sequence[TimexLike], value: str, before: int) -> TimexLike | None:
    """The last expression before offset ``before`` that names the period ``value``: where the
    text set the period a later sentence carries on (a clock time or part of day aside)."""
    found = None
    for timex in timexes:
        if timex.start < before and timex.value.split("T", 1)[0] == value:
            if found is None or timex.start > found.start:
                found = timex
    return found


_CACHE_NAME = re.compile(r"features-v(?P<version>\d+)-.*?(?:-p(?P<pipeline>\d+))?\.json")
"""A cache file's name: the features' version, the content hash and the salt."""
_PIPELINE_TAG = re.compile(r"-p(\d+)$")


class FeatureCache:
    """Extracted features on disk, one JSON file per content hash.

    Args:
        directory: Where the files go; created on first write.
        salt: Anything else the features depend on (e.g. a fingerprint of the user's glossary):
            a different salt is a different cache entry.
    """

    def __init__(self, directory: Path, salt: str = "") -> None:
        self.directory = directory
        self.salt = salt

    def _path(self, content_hash: str) -> Path:
        suffix = f"-{self.salt}" if self.salt else ""
        return self.directory / f"features-v{FEATURES_VERSION}-{content_hash}{suffix}.json"

    @staticmethod
    def _read(path: Path, doc_id: str) -> DocumentFeatures | None:
        """A cache entry, or ``None`` if it is missing, stale or damaged (then it is rebuilt)."""
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            if data.get("version") != FEATURES_VERSION:
                return None
            return DocumentFeatures.from_json(data, doc_id)
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            return None

    def prune(self) -> None:
        """Delete the entries no run will read again: those of an older ``FEATURES_VERSION``
        and, when the salt ends with a parsing pipeline's version (``-p12``, as the reader's
        caches are keyed), those of an older pipeline. Each version bump used to leave a file
        per document behind."""
        pipeline = _PIPELINE_TAG.search(self.salt)
        for path in self.directory.glob("features-v*.json"):
            named = _CACHE_NAME.fullmatch(path.name)
            if named is None:
                continue
            older_pipeline = (
                pipeline is not None
                and named["pipeline"] is not None
                and int(named["pipeline"]) < int(pipeline[1])
            )
            if int(named["version"]) < FEATURES_VERSION or older_pipeline:
                path.unlink(missing_ok=True)

    def features(self, document: Document, analyzers: Analyzers) -> DocumentFeatures:
        """The cached features of ``document``, extracting and storing them on a miss."""
        path = self._path(document.content_hash)
        cached = self._read(path, document.id)
        if cached is not None:
            return cached
        features = extract_features(document, analyzers)
        write_cache_json(path, features.to_json())
        return features


def _outermost(mentions: Sequence[MentionLike]) -> list[MentionLike]:
    """The mentions that stand inside no longer mention: a name nested in a longer one at the
    same place ("Hohenzollern" in "Württemberg-Hohenzollern") is part of that name, and a link
    that counted both would count one name twice. Search and the glossary keep nested names."""
    ordered = sorted(mentions, key=lambda mention: (mention.start, -mention.end))
    kept: list[MentionLike] = []
    reach = -1  # the furthest end of a mention before the current span
    for _, group in groupby(ordered, key=lambda mention: (mention.start, mention.end)):
        spans = list(group)
        if spans[0].end > reach:
            kept += spans
        reach = max(reach, spans[0].end)
    return kept
