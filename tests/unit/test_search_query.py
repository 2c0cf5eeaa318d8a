"""The search mixin's plain helpers: the ``von:``/``bis:`` date filter and hit stepping."""

from __future__ import annotations

from datetime import date

import pytest

from index import Hit
from reader.features.search_query import split_date_filter, step_hit


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Belarus", ("Belarus", None, None)),
        ("Belarus von:2020", ("Belarus", date(2020, 1, 1), None)),
        ("Belarus bis:2021-06", ("Belarus", None, date(2021, 6, 30))),
        ("from:2020-06-30 Minsk to:2020", ("Minsk", date(2020, 6, 30), date(2020, 12, 31))),
        ("VON:2019 Minsk", ("Minsk", date(2019, 1, 1), None)),
        ("Minsk von:", ("Minsk", None, None)),
        ("von:2020", ("", date(2020, 1, 1), None)),
        ("Kriegsvon:2020", ("Kriegsvon:2020", None, None)),
    ],
)
def test_split_date_filter(text: str, expected: tuple[str, date | None, date | None]) -> None:
    assert split_date_filter(text) == expected


@pytest.mark.parametrize("text", ["Minsk von:gestern", "bis:2020-13", "to:20"])
def test_split_date_filter_rejects_bad_dates(text: str) -> None:
    with pytest.raises(ValueError, match="2020-06-30"):
        split_date_filter(text)


def hit(doc: str, start: int) -> Hit:
    return Hit(doc, start, start + 5, "", 1.0, [(start, start + 5)], [], 0)


HITS = [hit("a", 50), hit("b", 5), hit("a", 10), hit("a", 30)]


@pytest.mark.parametrize(
    ("here", "step", "start", "wrapped"),
    [
        (0, 1, 10, False),
        (10, 1, 30, False),  # the hit at the cursor itself is skipped
        (50, 1, 10, True),
        (30, -1, 10, False),
        (10, -1, 50, True),
        (60, -1, 50, False),
    ],
)
def test_step_hit(here: int, step: int, start: int, wrapped: bool) -> None:
    found = step_hit(HITS, "a", here, step)
    assert found is not None
    assert (found[0].doc, found[0].start, found[1]) == ("a", start, wrapped)


def test_step_hit_without_hits_in_the_document() -> None:
    assert step_hit(HITS, "c", 0, 1) is None
