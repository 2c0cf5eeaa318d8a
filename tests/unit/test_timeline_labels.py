"""Timeline labels: a period in words, as precise as its interval."""

from __future__ import annotations

from datetime import date

from glossary.link_types import SharedTime
from reader.i18n import set_language, ui_language
from reader.widgets.timeline_labels import period_reason, value_label


def test_a_week_is_shown_by_its_days_and_a_season_by_its_months() -> None:
    week = value_label("2021-W12", "de", date(2021, 3, 22), date(2021, 3, 28))
    assert week == "22.–28. März 2021"  # "wenige Tage später", placed in its week
    assert value_label("2021-SU", "de", date(2021, 6, 1), date(2021, 8, 31)) == "Juni–Aug. 2021"
    assert value_label("2020-08", "en") == "August 2020"


def test_a_period_one_passage_only_carries_is_marked_as_context() -> None:
    day = date(1922, 11, 23).toordinal()
    stated = SharedTime("1922-11-23", day, day, "23. November", inherited=False)
    carried = SharedTime("1922-11-23", day, day, "23. November", inherited=True)
    previous = ui_language()
    set_language("en")
    try:
        # both sentences write the day; one writes it and the other carries it from earlier text
        assert period_reason(stated, "de") == "23. November"
        assert period_reason(carried, "de") == "23. November (context)"
    finally:
        set_language(previous)


def test_a_range_is_labelled_by_its_two_ends() -> None:
    assert value_label("1923/1933", "de") == "1923–1933"
    assert value_label("2018-09-06/2018-09-15", "en") == "September 6, 2018–September 15, 2018"
