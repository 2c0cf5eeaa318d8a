"""The index keys of stated dates: which years a month of a year is found in."""

from __future__ import annotations

from datetime import date

from glossary.features import DateFeature
from glossary.link_dates import day_part, same_part_of_day, same_weekday, years_too
from glossary.timex_resolve import _earlier_in_day, _hour_of
from glossary.timex_values import DAY_PARTS


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


def test_a_part_of_day_placed_in_a_period_meets_the_same_part_of_a_day_in_it() -> None:
    """ "By dawn" of a commentary's winter meets "Bei Tagesanbruch" and "um 6.10 Uhr" of a
    day in it, not that day's evening nor a dawn of another day's text without a part."""
    winter = (date(1962, 1, 1).toordinal(), date(1963, 2, 28).toordinal())
    dawn = DateFeature(0, 4, "dawn", "XXXX-XX-XXTMO", "DATE", None, "season", *winter)
    day = date(1962, 2, 17).toordinal()

    def on_the_day(value: str) -> DateFeature:
        return DateFeature(0, 5, "", value, "DATE", None, "day", day, day)

    assert same_part_of_day(dawn, on_the_day("1962-02-17TMO"))
    assert same_part_of_day(on_the_day("1962-02-17T06:10"), dawn)
    assert not same_part_of_day(dawn, on_the_day("1962-02-17TEV"))
    assert not same_part_of_day(dawn, on_the_day("1962-02-17"))
    assert not same_part_of_day(on_the_day("1962-02-17TMO"), on_the_day("1962-02-17TMO"))
    assert [day_part(value) for value in ("PRESENT_REF", "1962-WI", "1962-02-17T00:30")] == [
        None,
        None,
        "NI",
    ]


def test_the_links_and_the_date_resolver_read_one_table_of_the_parts_of_a_day() -> None:
    """A clock time is in the part of day the resolver starts that part at and has not yet
    ended: "um 13.30 Uhr" is an afternoon for both (the links had it a midday, while the
    resolver began the afternoon at noon), "um 23 Uhr" a night, "um 4 Uhr" still one."""
    for hour in range(24):
        part = day_part(f"1962-02-16T{hour:02d}:30")
        assert part is not None
        first, last = next((a, b) for name, a, b in DAY_PARTS if name == part)
        assert first <= hour < last or first <= hour + 24 < last
        if part != "NI":
            assert _hour_of(part) == first
            assert not _earlier_in_day(part, hour)
    assert [day_part(f"1962-02-16T{h:02d}:30") for h in (13, 23, 4)] == ["AF", "NI", "NI"]


def test_a_weekday_placed_in_a_period_meets_a_day_of_that_weekday_in_it() -> None:
    """ "that Tuesday" of an essay on the autumn of 1911 meets Tuesday 7 November 1911 and its
    evening, not Wednesday 8 November, nor a Tuesday morning when it names the evening."""
    autumn = (date(1911, 9, 1).toordinal(), date(1911, 11, 30).toordinal())

    def feature(value: str, first: int, last: int, precision: str) -> DateFeature:
        return DateFeature(0, 5, "", value, "DATE", None, precision, first, last)

    tuesday = feature("XXXX-WXX-2", *autumn, "season")
    tuesday_evening = feature("XXXX-WXX-2TEV", *autumn, "season")
    seventh = date(1911, 11, 7).toordinal()
    day = feature("1911-11-07", seventh, seventh, "day")
    evening = feature("1911-11-07TEV", seventh, seventh, "day")
    morning = feature("1911-11-07TMO", seventh, seventh, "day")
    wednesday = feature("1911-11-08", seventh + 1, seventh + 1, "day")
    assert same_weekday(tuesday, day) and same_weekday(evening, tuesday)
    assert same_weekday(tuesday_evening, evening)
    assert not same_weekday(tuesday, wednesday)
    assert not same_weekday(tuesday_evening, morning)
    assert not same_weekday(day, evening)
