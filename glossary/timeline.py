"""The merged timeline: every dated sentence of several documents in chronological order.

Only expressions that name a point or stretch of time take a place: durations ("seit drei
Jahren") and sets ("alle vier Jahre") say how long or how often, not when, and vague past or
future references have no date at all. The time of writing is no event either: a present
reference ("heute", "derzeit", "bis heute", "today") says that something holds as the text is
written ("Heute gehört der Turm der Gemeinde", "Fotografien, die bis heute erhalten sind",
"Gegenwärtig ist der Verlust noch umkehrbar"), not that it happened then, and a byline's date
("Von Anna Berg · 18. September 2021") is when the text was written. Neither has a place
(cross-links still read them: they are in the features), except in news: a text that tells
of its present, naming another day within two weeks of its date of writing outside its
byline ("gestern", "am Montag", "am 12. März"), means by a bare "heute"/"today" that day
("Heute Morgen ist in der Altstadt ein Dachstuhl in Brand geraten"), and it stands at the
date of writing ("bis heute", "derzeit", "now" and a sentence told by a present "sein"/"haben"
alone, "Heute sind beide Hebewerke zu sehen", still say only that something holds). Nor
has a heading whose section states a date within it: "Zwei Tage im August" names the time of
the chapter whose sentences ("Am 26. August 1883 …") are the events.
Two expressions of one sentence that cover the same days ("in 1922, the same year as the
discovery"; "Am 15. Januar 1919, kurz nach halb eins am Mittag": a time of the day it names)
are one entry: the sentence tells of that period once.

Entries are ordered by the first day they cover, broader ones first when two start on the same
day (the year 2022 before February 2022), then by document and position, so the order is stable.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date

from documents.model import BlockKind, Document
from glossary import timex_lang_de, timex_lang_en
from glossary.features import DateFeature
from glossary.timex_tense import tells_of_a_state
from glossary.timex_values import PRESENT_REF

SKIPPED_TYPES = frozenset({"DURATION", "SET"})
_TODAY = frozenset(timex_lang_de.WORDS.today + timex_lang_en.WORDS.today)
"""The present references that name a day: "derzeit", "gegenwärtig", "now" never do."""
_UNTIL = re.compile(r"\b(?:bis|until|till|up\s+to)\s*\Z", re.IGNORECASE)
"""Before a "heute" that only says something still holds ("bis heute")."""
_WRITTEN = re.compile(r"\d")
"""An expression that writes its date in figures ("9. Dezember 1951", "June 1970")."""
_NEWS_REACH = 14
"""Days from the date of writing within which another day makes a text tell of its present."""


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    """A temporal expression placed on the timeline, with its sentence for context."""

    doc: str
    start: int
    """Offset of the temporal expression in ``Document.text``."""
    end: int
    text: str
    """The sentence containing the expression."""
    timex_text: str
    value: str
    mod: str | None
    type: str
    precision: str
    first: date
    """First day covered: where the entry stands."""
    last: date
    sentence_start: int
    sentence_end: int


def _place(feature: DateFeature, today: date | None = None) -> tuple[date, date] | None:
    """The days an expression stands for on the timeline, or ``None`` if it has no place; a
    present reference stands at ``today`` when the text's "heute" names a day."""
    if feature.value == PRESENT_REF:
        return None if today is None else (today, today)
    if feature.type in SKIPPED_TYPES:
        return None
    if feature.first is None or feature.last is None:
        return None
    return date.fromordinal(feature.first), date.fromordinal(feature.last)


def _news_day(document: Document, features: list[DateFeature]) -> date | None:
    """The date of writing when the text tells of its present: another day-precision date
    outside its byline lies within :data:`_NEWS_REACH` days of it (a bare year never does)."""
    try:
        written = date.fromisoformat(document.published[:10])
    except ValueError:
        return None
    for feature in features:
        if feature.value == PRESENT_REF or feature.precision != "day" or feature.first is None:
            continue
        near = abs(feature.first - written.toordinal()) <= _NEWS_REACH
        if near and not _in_byline(document, feature):
            return written
    return None


def _today(document: Document, feature: DateFeature, news_day: date | None) -> date | None:
    """The day a bare "heute"/"today" names in news (:func:`_news_day`), else ``None``."""
    if news_day is None or feature.value != PRESENT_REF:
        return None
    if feature.text.lower() not in _TODAY:
        return None
    before = document.text[max(0, feature.start - 12) : feature.start]
    index = document.sentence_index_at(feature.start)
    if _UNTIL.search(before) or index is None:
        return None
    sentence = document.sentences[index]
    language = document.language_at(feature.start)
    state = tells_of_a_state(document.text, sentence.start, sentence.end, language)
    return None if state else news_day  # "Heute sind beide Hebewerke zu sehen": no event


def _naming_sentences(
    document: Document, features: list[DateFeature], day: date | None
) -> set[int | None]:
    """The sentences with a date of their own that begins on ``day`` (the date of writing
    a news text's "heute" names, :func:`_today`; none without one)."""
    if day is None:
        return set()
    return {
        document.sentence_index_at(f.start)
        for f in features
        if f.value != PRESENT_REF and f.first == day.toordinal()
    }


def _in_byline(document: Document, feature: DateFeature) -> bool:
    byline = document.byline
    return byline is not None and byline.start <= feature.start < byline.end


def _restated_headings(document: Document, features: list[DateFeature]) -> set[int]:
    """The positions of dates in headings whose section states a date within them ("Zwei
    Tage im August" over "Am 26. August 1883 …"): the heading names the time its section
    tells of, and the section's own sentences are the events. A heading whose section dates
    nothing within it keeps its place (the section's only date); a byline's date under a
    headline is the time of writing, no event of its section."""
    paragraphs = document.paragraphs
    starts = [paragraph.start for paragraph in paragraphs]
    placed = [(n, feature) for n, feature in enumerate(features) if _place(feature) is not None]
    restated = set()
    for position, heading in placed:
        index = bisect_right(starts, heading.start) - 1
        if index < 0 or paragraphs[index].kind != BlockKind.HEADING:
            continue
        following = (p.start for p in paragraphs[index + 1 :] if p.kind == BlockKind.HEADING)
        end = next(following, len(document.text))
        section = (
            o
            for _, o in placed
            if paragraphs[index].end <= o.start < end and not _in_byline(document, o)
        )
        if any(_within(other, heading) for other in section):
            restated.add(position)
    return restated


def _within(inner: DateFeature, outer: DateFeature) -> bool:
    """Whether ``inner``'s days lie within ``outer``'s."""
    if inner.first is None or inner.last is None or outer.first is None or outer.last is None:
        return False
    return outer.first <= inner.first and inner.last <= outer.last


def _prefer_written(
    keyed: list[tuple[tuple[date, int, int, int], TimelineEntry]], at: int, feature: DateFeature
) -> None:
    """Show the sentence's entry by the expression that writes its date ("am 9. Dezember
    1951") rather than by a count that leads to the same days ("Sieben Wochen später"): the
    reader sees the date the sentence states."""
    key, entry = keyed[at]
    if _WRITTEN.search(entry.timex_text) or not _WRITTEN.search(feature.text):
        return
    shown = replace(entry, start=feature.start, end=feature.end, timex_text=feature.text)
    keyed[at] = ((*key[:3], feature.start), shown)


def timeline(sources: Iterable[tuple[Document, Iterable[DateFeature]]]) -> list[TimelineEntry]:
    """Merge the dated expressions of several documents into one chronological list.

    Args:
        sources: Each document with its dates (``DocumentFeatures.dates()`` or tagger output
            turned into :class:`DateFeature`).

    Returns:
        The entries, earliest first.
    """
    keyed: list[tuple[tuple[date, int, int, int], TimelineEntry]] = []
    for order, (document, dates) in enumerate(sources):
        features = list(dates)
        restated = _restated_headings(document, features)
        news_day = _news_day(document, features)
        names_news_day = _naming_sentences(document, features, news_day)
        placed_in: dict[tuple[int, date, date, str | None], int] = {}
        for position, feature in enumerate(features):
            if _in_byline(document, feature) or position in restated:
                continue
            today = _today(document, feature, news_day)
            placed = _place(feature, today)
            index = document.sentence_index_at(feature.start)
            if placed is None or index is None:
                continue
            if today is not None and index in names_news_day:
                continue  # "Today, on 31 May 2019, …": the sentence names its day itself
            key = (index, *placed, feature.mod)
            if key in placed_in:
                _prefer_written(keyed, placed_in[key], feature)
                continue
            placed_in[key] = len(keyed)
            sentence = document.sentences[index]
            entry = TimelineEntry(
                doc=document.id,
                start=feature.start,
                end=feature.end,
                text=document.text[sentence.start : sentence.end],
                timex_text=feature.text,
                value=feature.value,
                mod=feature.mod,
                type=feature.type,
                precision=feature.precision,
                first=placed[0],
                last=placed[1],
                sentence_start=sentence.start,
                sentence_end=sentence.end,
            )
            keyed.append(((placed[0], -placed[1].toordinal(), order, feature.start), entry))
    keyed.sort(key=lambda pair: pair[0])
    return [entry for _, entry in keyed]


def year_histogram(entries: Iterable[TimelineEntry]) -> dict[str, dict[int, int]]:
    """How many entries of each document fall in each year (by their first day), for the bars."""
    counts: dict[str, Counter[int]] = {}
    for entry in entries:
        counts.setdefault(entry.doc, Counter())[entry.first.year] += 1
    return {doc: dict(sorted(years.items())) for doc, years in counts.items()}
