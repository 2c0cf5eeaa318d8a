"""The merged timeline: every dated sentence of several documents in chronological order.

Only expressions that name a point or stretch of time take a place: durations ("seit drei
Jahren") and sets ("alle vier Jahre") say how long or how often, not when, and vague past or
future references have no date at all. A present reference ("derzeit") stands at the date of its
document, which is what the tagger anchored it to, in a text whose story reaches its present
(news, a report of the last year); in a text about an earlier time ("Read today, the warnings
look plain" in an essay on the flood of 1889) the writer's present is no event of the story. The
date of a byline ("Von Anna Berg · 18. September 2021") is when the text was written, not an
event it tells of: it has no place.
Two expressions of one sentence that name the same period ("in 1922, the same year as the
discovery") are one entry: the sentence tells of that period once.

Entries are ordered by the first day they cover, broader ones first when two start on the same
day (the year 2022 before February 2022), then by document and position, so the order is stable.
"""

from __future__ import annotations

import calendar
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from documents.model import Document
from glossary.features import DateFeature

SKIPPED_TYPES = frozenset({"DURATION", "SET"})


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


def _published_interval(published: str) -> tuple[date, date] | None:
    """The days covered by an ISO ``published`` value of a year, month or day."""
    parts = published[:10].split("-")
    try:
        numbers = [int(part) for part in parts if part]
        if len(numbers) == 1:
            return date(numbers[0], 1, 1), date(numbers[0], 12, 31)
        if len(numbers) == 2:
            days = calendar.monthrange(numbers[0], numbers[1])[1]
            return date(numbers[0], numbers[1], 1), date(numbers[0], numbers[1], days)
        if len(numbers) == 3:
            day = date(*numbers)
            return day, day
    except ValueError:
        return None
    return None


def _place(document: Document, feature: DateFeature, present: bool) -> tuple[date, date] | None:
    """The days an expression stands for on the timeline, or ``None`` if it has no place;
    a present reference has one only where the text tells of its ``present``."""
    if feature.type in SKIPPED_TYPES or (feature.value == "PRESENT_REF" and not present):
        return None
    if feature.first is not None and feature.last is not None:
        return date.fromordinal(feature.first), date.fromordinal(feature.last)
    if feature.value == "PRESENT_REF":
        return _published_interval(document.meta.published)
    return None


PRESENT_REACH = 366
"""Days before the date of writing within which a stated date makes the text's "heute" a day
of its story: news and a commentary on the past year tell of their present, an essay on 1922
written in 2022 does not."""


def _tells_of_its_present(document: Document, features: list[DateFeature]) -> bool:
    """Whether a date ``document`` states reaches the last year before it was written, so that
    its "heute" or "now" is a day of what it tells. The byline's date is when it was written,
    not a date it tells of: a history whose dates end in 1978 under "Von Mara Beispiel, 12.
    Juni 2021" does not tell of 2021 ("Heute gehört der Turm der Gemeinde" is no event)."""
    written = _published_interval(document.meta.published)
    if written is None:
        return False
    reach = written[0].toordinal() - PRESENT_REACH
    return any(
        feature.value != "PRESENT_REF"
        and feature.type not in SKIPPED_TYPES
        and feature.last is not None
        and feature.last >= reach
        and not _in_byline(document, feature)
        for feature in features
    )


def _in_byline(document: Document, feature: DateFeature) -> bool:
    byline = document.byline
    return byline is not None and byline.start <= feature.start < byline.end


def timeline(sources: Iterable[tuple[Document, Iterable[DateFeature]]]) -> list[TimelineEntry]:
    """Merge the dated expressions of several documents into one chronological list.

    Args:
        sources: Each document with its dates (``DocumentFeatures.dates()`` or tagger output
            turned into :class:`DateFeature`).

    Returns:
        The entries, earliest first.
    """
    keyed = []
    for order, (document, dates) in enumerate(sources):
        features = list(dates)
        present = _tells_of_its_present(document, features)
        placed_in: set[tuple[int, str, str | None]] = set()
        for feature in features:
            if _in_byline(document, feature):
                continue
            placed = _place(document, feature, present)
            index = document.sentence_index_at(feature.start)
            if placed is None or index is None or (index, feature.value, feature.mod) in placed_in:
                continue
            placed_in.add((index, feature.value, feature.mod))
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
