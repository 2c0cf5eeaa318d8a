"""Timeline labels: a period in words, as precise as its interval."""

from __future__ import annotations

from datetime import date

from reader.widgets.timeline_labels import value_label


def test_a_week_is_shown_by_its_days_and_a_season_by_its_months() -> None:
    week = value_label("2021-W12", "de", date(2021, 3, 22), date(2021, 3, 28))
    assert week == "22.–28. März 2021"  # "wenige Tage später", placed in its week
    assert value_label("2021-SU", "de", date(2021, 6, 1), date(2021, 8, 31)) == "Juni–Aug. 2021"
    assert value_label("2020-08", "en") == "August 2020"
