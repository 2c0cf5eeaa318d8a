"""The merged timeline: every dated sentence of several documents in chronological order.

Only expressions that name a point or stretch of time take a place: durations ("seit drei
Jahren") and sets ("alle vier Jahre") say how long or how often, not when, and vague past or
future references have no date at all. The time of writing is no event either: a present
reference ("heute", "derzeit", "bis heute", "today") says that something holds as the text is
written ("Heute gehört der Turm der Gemeinde", "Fotografien, die bis heute erhalten sind",
"Gegenwärtig ist der Verlust noch umkehrbar"), not that it happened then, and a byline's date
("Von Anna Berg · 18. September 2021") is when the text was written. Neither has a place
(cross-links still read them: they are in the features).
Two expressions of one sentence that name the same period ("in 1922, the same year as the
discovery") are one entry: the sentence tells of that period once.

Entries are ordered by the first day they cover, broader ones first when two start on the same
day (the year 2022 before February 2022), then by document and position, so the order is stable.
"""

from __future__ import annotations

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


def _place(feature: DateFeature) -> tuple[date, date] | None:
    """The days an expression stands for on the timeline, or ``None`` if it has no place."""
    if feature.type in SKIPPED_TYPES or feature.value == "PRESENT_REF":
        return None
    if feature.first is None or feature.last is None:
        return None
    return date.fromordinal(feature.first), date.fromordinal(feature.last)


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
        placed_in: set[tuple[int, str, str | None]] = set()
        for feature in dates:
            if _in_byline(document, feature):
                continue
            placed = _place(feature)
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
