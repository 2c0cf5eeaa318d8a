"""Narrative reference time: the period each sentence of a document is "at".

A history text rarely repeats its year: "Im November 1942 ... Am 21. Februar begann ...".
The reference time is what a reader carries along: the latest date the text states as the
time of its story. Cross-links and the timeline use it to place sentences that name no date.

How it is carried:

- A sentence states its own reference time with a narrative date (not a flashback after
  ``seit``/``vor``/``nach``, not a deadline after ``bis``, not an event attribute ``vom 27.
  Februar``, not a name, not a duration or a vague reference); of several, the first
  wins, or a narrower one inside it ("1943, am 21. Februar" is at 1943-02-21).
- A section heading is a sentence like any other: a dated one ("1985", "Der Winter 1942/43")
  sets the time its section starts at, and the time carries on past the section's end.
- Sentences without a narrative date inherit the current time (``own`` is ``False``);
  before the first one there is none.
- A month or season around the story's day ("in the summer heat" after "14 August") is the
  sentence's own, but the day stays the time the sentences after it carry.
- The sentences before the first narrative date are of the event the document is about,
  which a commentary often dates only later, or only in its title: they inherit the period
  its title names ("Remembering the flood of 1953"), else the month of the first narrative
  date the text states ("On the night of 31 January 1953" three sentences on), within that
  date's paragraph only (the paragraphs before it are an essay's opening, not the event).
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from documents.model import Document, Span
from glossary.dates import Timex, tag, tag_spans
from glossary.timex_tense import clause_tense
from glossary.timex_values import PRESENT_REF

__all__ = ["ReferenceTime", "reference_times"]

_DEADLINES = frozenset({"BEFORE", "AFTER"})
"""Mods of dates that bound the story's time (``bis zum 31. Dezember``) rather than state it;
a bound on a time of day ("shortly before noon on 14 August") leaves the story on that day."""


_SURVEY_YEARS = 3
"""Years a sentence looking back from the present names, not as a range, from which on it
surveys rather than tells: two are often a step and its sequel ("baute 1842 eine Mühle und
1848 eine Schule"), three or more from the present an outlook ("has rewritten it twice
since, in 1996 and 2012")."""
_SINCE = re.compile(r"\b(?:since|seit|seither|seitdem)\b", re.IGNORECASE)
"""Words by which a sentence looks back from the present over what it names."""
_MONTH_DAYS = 27
"""Days past its first below which a period is shorter than a month."""
_SEASON_DAYS = 92
"""The longest a season or a month is, in days past its first."""


@dataclass(frozen=True)
class ReferenceTime:
    """The period a sentence is "at"."""

    value: str
    """TIMEX3 value of the period: ``1943``, ``1943-02``, ``2020-08-09``."""
    start: dt.date
    """First day of the period (inclusive)."""
    end: dt.date
    """Last day of the period (inclusive)."""
    own: bool
    """True if the sentence states it itself, False if inherited from earlier text or headings."""

    @classmethod
    def of(cls, timex: Timex, own: bool = True) -> ReferenceTime | None:
        """The reference time a narrative date sets, or ``None`` if it names no period."""
        if not timex.narrative or timex.type != "DATE":
            return None
        if timex.mod in _DEADLINES and "T" not in timex.value:
            # a bound within a day ("shortly before noon on 14 August") still names the day
            return None
        span = timex.interval()
        if span is None:
            return None
        return cls(_calendar_part(timex.value), span[0], span[1], own)

    def inherited(self) -> ReferenceTime:
        """The same period, as carried into a sentence that does not state it."""
        return ReferenceTime(self.value, self.start, self.end, False) if self.own else self


def _calendar_part(value: str) -> str:
    """The value without a clock time or part of day: the reference is a calendar period."""
    return value.split("T", 1)[0] if value[:4].isdigit() else value


def body_timexes(document: Document) -> list[Timex]:
    """The document's own-language text tagged as the features and timeline see it."""
    body = [
        (span.start, span.end, document.language)
        for span in document.body_spans()
        if document.language_at(span.start) == document.language
    ]
    return tag_spans(document.text, body, document.meta.published or None)


def reference_times(
    document: Document, timexes: Sequence[Timex] | None = None
) -> list[ReferenceTime | None]:
    """One entry per ``document.sentences``, in order.

    Args:
        document: The document.
        timexes: Its tagged expressions, if already at hand (``body_timexes`` otherwise).

    Returns:
        The reference time of each sentence, or ``None`` where the text has not yet
        said when it is.
    """
    found = list(body_timexes(document) if timexes is None else timexes)
    found.sort(key=lambda t: t.start)
    current: ReferenceTime | None = None
    result: list[ReferenceTime | None] = []
    cursor = 0
    for span in document.sentences:
        while cursor < len(found) and found[cursor].end <= span.start:
            cursor += 1
        own = _own_time(found, cursor, span.end)
        if own is not None:
            if not _around(own, current) and not (
                current and _survey(document, span, found, cursor)
            ):
                current = own
            result.append(own)
        else:
            result.append(current.inherited() if current else None)
    titled = _title_period(document)
    event = titled or _month_of(next((r for r in result if r), None))
    opening = next((number for number, time in enumerate(result) if time), len(result))
    # back from the first dated sentence, up to one that speaks of the present: an essay
    # that opens on today ("Most people today never open …") is not of the event it recalls;
    # and the month of a date the text states only later not past that date's paragraph: an
    # essay's opening paragraphs often muse on the present before they come to the event
    paragraph_of = _paragraphs(document)
    for number in range(opening - 1, -1, -1):
        if event is None or _speaks_of_now(found, document.sentences[number]):
            break
        if titled is None and paragraph_of(number) != paragraph_of(opening):
            break
        result[number] = event
    return result


def _paragraphs(document: Document) -> Callable[[int], int]:
    """The index of the paragraph each sentence (by number) starts in; -1 past the last."""
    starts = [paragraph.start for paragraph in document.paragraphs]
    sentences = document.sentences

    def paragraph_of(number: int) -> int:
        if number >= len(sentences):
            return -1
        return bisect_right(starts, sentences[number].start) - 1

    return paragraph_of


def _speaks_of_now(found: Sequence[Timex], span: Span) -> bool:
    """Whether a sentence names the present ("heute", "today", "now")."""
    return any(
        timex.value == PRESENT_REF and span.start <= timex.start < span.end for timex in found
    )


def _title_period(document: Document) -> ReferenceTime | None:
    """The first calendar period the document's title names ("The flood of 1953", "Der
    Winter 1978/79"), as a period its sentences inherit."""
    title = document.meta.title or ""
    for timex in tag(title, document.language or "de", document.meta.published or None):
        span = timex.interval()
        if timex.type == "DATE" and timex.value[:4].isdigit() and span is not None:
            return ReferenceTime(_calendar_part(timex.value), span[0], span[1], False)
    return None


def _month_of(time: ReferenceTime | None) -> ReferenceTime | None:
    """``time`` inherited, widened to its month when it is shorter: the event a text opens on
    before it dates it, not one day of it."""
    if time is None or (time.end - time.start).days >= _MONTH_DAYS:
        return None if time is None else time.inherited()
    first = time.start.replace(day=1)
    last = (first + dt.timedelta(days=31)).replace(day=1) - dt.timedelta(days=1)
    return ReferenceTime(f"{first.year:04d}-{first.month:02d}", first, last, False)


def _around(own: ReferenceTime, current: ReferenceTime | None) -> bool:
    """Whether ``own`` is a month or season (not a year: "a year later" is often a step
    elsewhere) around the day the story is at: "sagged in the summer heat" after "On the
    afternoon of 14 August 2003" names the day's season, and the sentences after it are still
    on that day (as the date resolver keeps that day for the counts after it)."""
    if current is None or current.start != current.end:
        return False
    return (own.end - own.start).days <= _SEASON_DAYS and own.start <= current.start <= own.end


def _survey(document: Document, span: Span, found: Sequence[Timex], cursor: int) -> bool:
    """Whether a sentence looks back from the present (its main clause in the present or
    perfect, or "since"/"seit") over ``_SURVEY_YEARS`` or more years of its own that are no
    range's ends ("The league was founded in 1921 and has since moved its final in 1950, 1974
    and 2003"): it looks across decades, at no time the text then stays at, so the sentences
    after it keep the time they were at. A chain of years told in the past ("kaufte 1840 …,
    baute 1842 … und gründete 1848 …") is the story going on."""
    years = set()
    for timex in found[cursor:]:
        if timex.start >= span.end:
            break
        if timex.narrative and timex.range_end is None and timex.value[:4].isdigit():
            years.add(timex.value[:4])
    if len(years) < _SURVEY_YEARS:
        return False
    if _SINCE.search(document.text, span.start, span.end):
        return True
    language = document.language_at(span.start) or "de"
    tense = clause_tense(document.text, span.start, span.end, language, perfect=True)
    return tense in ("present", "perfect")


def _own_time(found: Sequence[Timex], cursor: int, end: int) -> ReferenceTime | None:
    """The first narrative date from ``cursor`` before ``end``, or a narrower one inside it."""
    chosen: ReferenceTime | None = None
    for timex in found[cursor:]:
        if timex.start >= end:
            break
        time = ReferenceTime.of(timex)
        if time is None:
            continue
        if chosen is None:
            chosen = time
        elif chosen.start <= time.start and time.end <= chosen.end:
            chosen = time
    return chosen
