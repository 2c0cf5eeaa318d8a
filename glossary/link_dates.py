"""Dates as cross-link evidence: the index keys (month or year buckets) a date is found under,
and the span a start, middle or end of a period narrows it to. Kept apart from
:mod:`glossary.links` so that the index reads as how evidence combines, not how a date is cut."""

from __future__ import annotations

import re
from datetime import date

from glossary.features import PLACED_WEEKDAY, DateFeature, precision_of
from glossary.timex_values import part_of_hour

MONTH_LEVEL_DAYS = 186
"""Dates covering at most half a year are bucketed by month, longer ones by year."""
STATED_IN_YEAR = "ys"
"""The key kind of the stated dates of at most half a year, by the years they are in."""
YEAR_DAYS = 366
"""The longest a year is: a date of at most this long also finds the months in it."""
YEAR_LEVEL_DAYS = 3653
"""Dates covering more than a decade are not bucketed: they find no candidates by themselves."""

Dated = tuple[DateFeature, float]
"""A date with its factor: 1 for a date the sentence states, less for an inherited one."""


PART_OF = frozenset({"START", "MID", "END"})
"""Mods naming a part of a period ("Anfang 2022", "Ende des Jahres", "Mitte Juli")."""


def span(feature: DateFeature) -> tuple[int, int, str]:
    """First and last day and precision of a date; a start, middle or end of a period covers
    the third of it that it names ("Anfang 2022" is January to April, a season more than a
    year), so it meets only the dates in that third."""
    assert feature.first is not None and feature.last is not None
    first, last, precision = feature.first, feature.last, feature.precision
    third = (last - first + 1) // 3
    if feature.mod in PART_OF and third >= 1 and precision in NARROWED:
        if feature.mod == "START":
            last = first + third - 1
        elif feature.mod == "END":
            first = last - third + 1
        else:
            first, last = first + third, last - third
        precision = precision_of(last - first + 1)
    return first, last, precision


_TIME_OF_DAY = re.compile(r"(?:\d{4}|XXXX)-[\dX]{2}-[\dX]{2}T([\w:]+)")
"""A day's value with its time: a part of day or a clock time."""
_PLACED_PART = "XXXX-XX-XXT"
"""How the value of a part of day without its day begins."""


def day_part(value: str) -> str | None:
    """The part of day a value names (``…TMO``), or that its clock time is in (``…T00:30``:
    the night; ``…T10:46``: the morning)."""
    match = _TIME_OF_DAY.fullmatch(value)
    time = match[1] if match else ""
    if time[:2].isdigit():
        return part_of_hour(int(time[:2]))
    return time or None


def same_part_of_day(a: DateFeature, b: DateFeature) -> bool:
    """Whether one of two overlapping dates is a part of a day that only its period places
    ("that morning" in a commentary of the winter of 1962) and the other is the same part of
    a day ("am Morgen" of 17 February 1962): which morning is unknown, but a morning it is."""
    if not (a.value.startswith(_PLACED_PART) or b.value.startswith(_PLACED_PART)):
        return False
    part = day_part(a.value)
    return part is not None and part == day_part(b.value)


def same_weekday(a: DateFeature, b: DateFeature) -> bool:
    """Whether one of two overlapping dates is a weekday that only its period places ("that
    Friday" in a commentary of the winter of 1962) and the other a day that is that weekday
    (Friday 16 February 1962), in the same part of the day if both name one."""
    for placed, day in ((a, b), (b, a)):
        match = PLACED_WEEKDAY.fullmatch(placed.value)
        if match and day.days == 1 and day.first is not None:
            part, other = match[2], day_part(day.value)
            same_part = not part or not other or part == other
            return date.fromordinal(day.first).isoweekday() == int(match[1]) and same_part
    return False


NARROWED = frozenset({"year", "half", "season", "quarter", "month", "decade"})
"""Precisions whose start, middle or end is a shorter period of its own."""


def buckets(feature: DateFeature, margin: int = 0) -> list[tuple[str, int]]:
    """The index keys of a date: the months or years it covers (and ``margin`` more on each
    side, to reach the periods next to it), none if it is too vague."""
    if feature.first is None or feature.last is None:
        return []
    span = feature.last - feature.first
    first, last = date.fromordinal(feature.first), date.fromordinal(feature.last)
    if span <= MONTH_LEVEL_DAYS:
        return [
            ("m", month)
            for month in range(
                first.year * 12 + first.month - margin, last.year * 12 + last.month + 1 + margin
            )
        ]
    if span <= YEAR_LEVEL_DAYS:
        return [("y", year) for year in range(first.year - margin, last.year + 1 + margin)]
    return []


def other_level_buckets(feature: DateFeature) -> list[tuple[str, int]]:
    """The index keys under which a stated date finds the stated dates it overlaps that are
    kept at the other level: the years a date of at most half a year is in, and for a year the
    dates of at most half a year stated in it (``stated_in_years``): "fünf Jahre nach dem
    Unglück", a year, and "Im Mai 2003" meet."""
    if feature.first is None or feature.last is None:
        return []
    length = feature.last - feature.first
    years = range(date.fromordinal(feature.first).year, date.fromordinal(feature.last).year + 1)
    if length <= MONTH_LEVEL_DAYS:
        return [("y", year) for year in years]
    # a winter named by one year spans two (``features._days``) and is a year's part all the same
    year_long = length <= YEAR_DAYS or feature.precision == "season"
    return [(STATED_IN_YEAR, year) for year in years] if year_long else []


def stated_in_years(dated: Dated, keys: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """The extra keys of a stated date of at most half a year (``keys`` are its buckets): the
    years it is in, for a stated year to find it (one key, not the year's twelve months; a year
    that a library states most of its dates in has more than the postings cap and is skipped,
    as a common word is)."""
    if dated[1] != 1.0 or not keys or keys[0][0] != "m":
        return []
    return [(STATED_IN_YEAR, year) for year in _years_of_months(keys)]


def years_too(feature: DateFeature) -> list[tuple[str, int]]:
    """The index keys of a date and, for a date of at most half a year, the years it is in."""
    keys = buckets(feature)
    if keys and keys[0][0] == "m":
        keys += [("y", year) for year in _years_of_months(keys)]
    return keys


def _years_of_months(keys: list[tuple[str, int]]) -> list[int]:
    """The years of month keys (``year * 12 + month``, months 1 to 12: December is still in
    its year)."""
    return sorted({(month - 1) // 12 for _, month in keys})
