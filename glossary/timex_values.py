"""Arithmetic on TIMEX3 values: what day range a value covers, how precise it is, its order.

Kept apart from the tagger so that the timeline and the cross-links can reason about
values (``2023-SU``, ``199``, ``2024-02-13T20:33``) without importing any pattern code.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

PRESENT_REF = "PRESENT_REF"
"""The value of "heute", "today", "now": the date of writing."""
REFS = ("PAST_REF", PRESENT_REF, "FUTURE_REF")
"""The three reference values, in chronological order."""

SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)}
"""First and last month of each season; winter runs into the next year's February."""

YEAR_UNITS = {"Y": 1, "DE": 10, "CE": 100}
"""Units counted in years (years, decades, centuries), with their length in years."""

NIGHT = "NI"
"""The code of a night: it runs past midnight, so it belongs to both its days."""
DAY_PARTS = (("MO", 5, 11), ("MI", 11, 13), ("AF", 13, 17), ("EV", 17, 22), (NIGHT, 22, 29))
"""The parts of a day (TIMEX3 codes) and the clock hours they cover, from the first up to the
last, exclusive: the one table the date resolver ("am Abend" after "um 20.33 Uhr" is that
evening) and the cross-links ("…T23:10" is a night) read. A night runs on past midnight to 5
o'clock (29), so it belongs to both its days."""


def part_of_hour(hour: int) -> str:
    """The part of day a clock hour (0 to 23) is in: 23 and 3 are a night."""
    return next((part for part, first, last in DAY_PARTS if first <= hour < last), NIGHT)


def part_hours(part: str) -> tuple[int, int] | None:
    """The first hour of a part of day and the hour it ends at (``EV`` -> 17, 22), or None."""
    return next(((first, last) for name, first, last in DAY_PARTS if name == part), None)


_VALUE = re.compile(
    r"^(?P<year>\d{4})"
    r"(?:-(?:(?P<month>\d\d)(?:-(?P<day>\d\d)"
    rf"(?:T(?P<time>\d\d:\d\d|{'|'.join(part for part, _, _ in DAY_PARTS)}))?)?"
    rf"|(?P<season>{'|'.join(SEASON_MONTHS)})|Q(?P<quarter>[1-4])|H(?P<half>[12])))?$"
)
"""A calendar date's value, down to its clock time or part of day, or a season, quarter or
half of a year; the codes come from :data:`DAY_PARTS` and :data:`SEASON_MONTHS`."""
_WEEK = re.compile(r"^(?P<year>\d{4})-W(?P<week>0[1-9]|[1-4]\d|5[0-3])(?P<weekend>-WE)?$")
"""A week, or its weekend (``2010-W15-WE``: Saturday and Sunday)."""
_DECADE = re.compile(r"^\d{3}$")
_CENTURY = re.compile(r"^\d{2}$")


@dataclass(frozen=True, slots=True)
class Anchor:
    """The document date a tagger resolves ``heute`` and ``vor drei Jahren`` against."""

    value: str
    """As given: ``2023``, ``2024-02-13`` or ``2024-02-13T20:33``."""
    year: int
    month: int | None
    day: int | None


def parse_anchor(anchor: str | None) -> Anchor | None:
    """Read an ISO publication date; ``None`` or garbage gives no anchor.

    Args:
        anchor: ``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD`` or ``YYYY-MM-DDThh:mm``.

    Returns:
        The parsed anchor, or ``None`` when there is none.
    """
    match = re.match(r"^(\d{4})(?:-(\d\d)(?:-(\d\d))?)?", anchor or "")
    if not match:
        return None
    year, month, day = match.groups()
    return Anchor(anchor or "", int(year), int(month) if month else None, int(day) if day else None)


def date_value(year: int | None, month: int | None = None, day: int | None = None) -> str:
    """Format a calendar date as a TIMEX3 value; an unknown year is ``XXXX``."""
    text = f"{year:04d}" if year is not None else "XXXX"
    if month is not None:
        text += f"-{month:02d}"
        if day is not None:
            text += f"-{day:02d}"
    return text


_CLOCK_UNITS = {"H": "H", "MI": "M", "S": "S"}
"""Hours, minutes and seconds: written after ``T`` (``PT3M`` is three minutes)."""


def duration_value(amount: int | None, unit: str) -> str:
    """Format a duration: unit ``Y``/``M``/``W``/``D``, decades and centuries as years
    (an unknown number of them as ``PXDE``/``PXCE``), hours ``H``, minutes ``MI``, seconds ``S``.

    Args:
        amount: How many units; ``None`` for an unknown count (``seit Jahren`` -> ``PXY``).
        unit: ``Y``, ``M``, ``W``, ``D``, ``Q`` (quarter), ``DE`` (decade), ``CE`` (century),
            ``H``, ``MI``, ``S``.
    """
    if unit in _CLOCK_UNITS:
        return f"PT{'X' if amount is None else amount}{_CLOCK_UNITS[unit]}"
    if amount is None:
        return f"PX{unit if unit in ('DE', 'CE') else 'M' if unit == 'Q' else unit}"
    factor, base = {"DE": (10, "Y"), "CE": (100, "Y"), "Q": (3, "M")}.get(unit, (1, unit))
    return f"P{amount * factor}{base}"


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _months(year: int, first: int, last: int) -> tuple[dt.date, dt.date]:
    end_year, end_month = year + (last - 1) // 12, (last - 1) % 12 + 1
    return dt.date(year, first, 1), _month_end(end_year, end_month)


def interval(value: str, anchor: str | None = None) -> tuple[dt.date, dt.date] | None:
    """The inclusive day range a value covers.

    Args:
        value: A TIMEX3 value.
        anchor: The document date; ``PRESENT_REF`` covers it when it names a day.

    Returns:
        First and last day, or ``None`` for durations, vague references and unknown years.
    """
    if value == "PRESENT_REF":
        parsed = parse_anchor(anchor)
        if parsed and parsed.day:
            day = dt.date(parsed.year, parsed.month or 1, parsed.day)
            return day, day
        return None
    if _DECADE.match(value):
        start = int(value) * 10
        return dt.date(max(start, 1), 1, 1), dt.date(start + 9, 12, 31)
    if _CENTURY.match(value):
        start = int(value) * 100
        return dt.date(max(start, 1), 1, 1), dt.date(start + 99, 12, 31)
    if week := _WEEK.match(value):
        try:
            monday = dt.date.fromisocalendar(int(week["year"]), int(week["week"]), 1)
        except ValueError:  # week 53 of a year that has 52
            return None
        first = monday + dt.timedelta(days=5 if week["weekend"] else 0)
        return first, monday + dt.timedelta(days=6)
    match = _VALUE.match(value)
    if not match or int(match["year"]) == 0:
        return None
    year = int(match["year"])
    if match["day"]:
        day = dt.date(year, int(match["month"]), int(match["day"]))
        return day, day
    if match["month"]:
        month = int(match["month"])
        return dt.date(year, month, 1), _month_end(year, month)
    if match["season"]:
        return _months(year, *SEASON_MONTHS[match["season"]])
    if match["quarter"]:
        last = int(match["quarter"]) * 3
        return _months(year, last - 2, last)
    if match["half"]:
        last = int(match["half"]) * 6
        return _months(year, last - 5, last)
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


def precision(value: str) -> str:
    """How fine a value is: ``day``, ``week``, ``month`` ... ``century``, ``ref`` or ``duration``.

    Clock times and parts of day count as ``day``: the timeline groups no finer.
    """
    if value in REFS:
        return "ref"
    if value.startswith("P"):
        return "duration"
    if _WEEK.match(value):
        return "week"
    if _DECADE.match(value):
        return "decade"
    if _CENTURY.match(value):
        return "century"
    match = _VALUE.match(value.replace("XXXX", "0000", 1))
    if not match:
        return "ref"
    for group, name in (
        ("day", "day"),
        ("month", "month"),
        ("season", "season"),
        ("quarter", "quarter"),
        ("half", "half"),
    ):
        if match[group]:
            return name
    return "year"


def sort_key(value: str) -> tuple[int, int, int, str]:
    """A chronological key: dated values by first then last day, then refs, then durations.

    Args:
        value: A TIMEX3 value.

    Returns:
        ``(group, first ordinal, last ordinal, value)``; group 0 for placeable dates,
        1 for references and unknown years (past, present, future), 2 for durations and sets.
    """
    span = interval(value)
    if span:
        return 0, span[0].toordinal(), span[1].toordinal(), value
    if value in REFS:
        return 1, REFS.index(value), 0, value
    if value.startswith("P"):
        return 2, 0, 0, value
    return 1, len(REFS), 0, value
