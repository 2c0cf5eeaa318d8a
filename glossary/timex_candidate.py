"""The tagger's raw match, shared by the scanner, the rules, their handlers and the resolver.

Kept apart from ``timex_scan`` so the rules and handlers can build candidates without
importing the scanner that runs them.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from dateutil.easter import easter

TOKEN = re.compile(r"\w+")
"""Words; rules are tried only at words that can start them."""
SHORT, LONG, MIXED = "#1", "#4", "#x"
"""Trigger keys of number tokens: one or two digits, three or four digits, digits+letters."""


@dataclass(slots=True)
class Candidate:
    """A raw match: a date with possibly unknown year, or a finished value."""

    start: int
    end: int
    kind: str = "DATE"
    """``DATE``, ``DURATION`` or ``SET`` (the TIMEX3 type)."""
    year: int | None = None
    tail: str = ""
    """The value after the year: ``-06-24``, ``-SU``, ``-Q3``, ``T20:33``."""
    value: str | None = None
    """A complete value that needs no year (durations, refs, decades)."""
    mod: str | None = None
    year_offset: int = 0
    """For year-less phrases: the offset from the passage's year (``Vorjahr`` -> -1)."""
    needs_year: bool = False
    narrative: bool = True
    """Whether its year may serve as the passage's year for later year-less dates."""
    weak: bool = False
    """A bare month or season name: kept only with a trigger word or a coordinated year."""
    prefixable: bool = True
    """Whether signal and position words before it belong to it (``seit``, ``Ende``)."""
    month_day: tuple[int, int] | None = None
    extra: dict[str, str] = field(default_factory=dict)


def previous_word(text: str, pos: int, floor: int) -> str:
    """The lower-cased word before ``pos`` (not before ``floor``), outer punctuation stripped."""
    chunk = text[max(floor, pos - 30) : pos].split()
    return chunk[-1].strip(",;:()»«„“\"'-–").lower() if chunk else ""


def place_feast(cand: Candidate) -> None:
    """Give a feast counted from Easter (``extra["feast"]``, days after it) its day, once
    its year is known: the Gregorian Easter of that year, as python-dateutil computes it."""
    if "feast" not in cand.extra or cand.year is None or not 1583 <= cand.year <= 9999:
        return
    day: dt.date = easter(cand.year) + dt.timedelta(days=int(cand.extra["feast"]))
    cand.tail = f"-{day.month:02d}-{day.day:02d}"


_OPENERS = {"„": "“", "‚": "‘", "“": "”", "‘": "’", "»": "«", "«": "»", '"': '"'}
"""Quotation marks and what closes them: German „…“ and »…«, English “…”, French «…»."""


def in_quotation(text: str, pos: int) -> bool:
    """Whether ``pos`` stands inside a quotation opened earlier in its paragraph: quoted
    speech keeps the speaker's time, not the time the text was written."""
    start = text.rfind("\n\n", 0, pos) + 1
    closer = ""
    for char in text[start:pos]:
        if closer and char == closer:
            closer = ""
        elif not closer and char in _OPENERS and char not in "‘’":
            closer = _OPENERS[char]
    return bool(closer)
