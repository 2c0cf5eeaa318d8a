"""The timeline's year axis: whole years, never two digits that could mean two centuries."""

from reader.widgets.timeline_bars import _gaps_after, year_ruler


def test_narrow_columns_label_every_other_year_in_full() -> None:
    years = [1818, 1837, 1841, 1846, 1847, 1865, 1992, 1994]
    assert year_ruler(years, 3) == "1818  1841  1847  1992"


def test_wide_columns_label_every_year() -> None:
    assert year_ruler([2019, 2020, 2021], 5) == "2019 2020 2021"


def test_a_jump_of_years_is_marked_after_its_column() -> None:
    assert _gaps_after([1865, 1866, 1992, 1993, 1995]) == {1, 3}
