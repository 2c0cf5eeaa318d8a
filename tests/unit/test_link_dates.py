"""The index keys of stated dates: which years a month of a year is found in."""

from __future__ import annotations

from datetime import date

from glossary.features import DateFeature
from glossary.link_dates import years_too


def month(year: int, number: int) -> DateFeature:
    """A stated month (the first to the last day of it)."""
    first = date(year, number, 1)
    last = date(year + number // 12, number % 12 + 1, 1).toordinal() - 1
    return DateFeature(
        0, 5, "", f"{year}-{number:02}", "DATE", None, "month", first.toordinal(), last
    )


def test_a_month_is_found_in_its_own_year_december_too() -> None:
    """The month keys count ``year * 12 + month`` from 1: December 2003 is in 2003, not 2004."""
    for number in (1, 6, 12):
        keys = years_too(month(2003, number))
        assert ("y", 2003) in keys
        assert ("y", 2004) not in keys
