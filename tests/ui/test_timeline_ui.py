"""Pilot tests of the timeline screen: order, groups, filters, Enter opens in the right pane."""

from __future__ import annotations

import pytest
from textual.widgets import Input, OptionList

from glossary.timeline import year_histogram
from reader.screens.timeline import DATE_WIDTH, ENTRY_INDENT, TimelineScreen
from reader.theme import theme_variable_defaults
from reader.widgets.pane import DocumentPane
from reader.widgets.timeline_bars import YearBars
from tests.ui.links_cache import links_home, seed_cache  # noqa: F401 - fixtures

pytestmark = pytest.mark.usefixtures("links_home")


async def open_timeline(app, pilot) -> TimelineScreen:
    await pilot.pause()
    await app.workers.wait_for_complete()
    await pilot.pause()
    await pilot.press("t")
    await pilot.pause()
    assert isinstance(app.screen, TimelineScreen)
    return app.screen


def listed(screen: TimelineScreen) -> list:
    return [screen.data.entries[i] for i in screen.shown]


async def test_timeline_is_chronological_and_grouped(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_timeline(app, pilot)
        entries = listed(screen)
        assert {entry.doc for entry in entries} == {"swp-belarus-2023", "rs-belarus-2024"}
        firsts = [entry.first for entry in entries]
        assert firsts == sorted(firsts)
        options = screen.query_one(OptionList)
        headers = [
            str(options.get_option_at_index(i).prompt)
            for i in range(options.option_count)
            if options.get_option_at_index(i).disabled
        ]
        year_2020 = headers[headers.index("2020") + 1 : headers.index("2021")]
        assert "  August" in year_2020, "August 2020 is a month group of the year 2020"
        assert screen.query_one("YearBars").histogram["rs-belarus-2024"][2020] >= 1


async def test_enter_opens_the_entry_in_its_pane(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_timeline(app, pilot)
        options = screen.query_one(OptionList)
        wanted = next(i for i in screen.shown if screen.data.entries[i].doc == "rs-belarus-2024")
        entry = screen.data.entries[wanted]
        options.highlighted = options.get_option_index(str(wanted))
        await pilot.press("enter")
        await pilot.pause()
        assert not isinstance(app.screen, TimelineScreen)
        _left, right = app.screen.query(DocumentPane)
        assert app.focused is right.view
        assert right.view.cursor_span() == (entry.sentence_start, entry.sentence_end)


async def test_document_filter_cycles_all_left_right(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_timeline(app, pilot)
        everything = len(screen.shown)
        await pilot.press("d")
        assert {entry.doc for entry in listed(screen)} == {"swp-belarus-2023"}
        await pilot.press("d")
        assert {entry.doc for entry in listed(screen)} == {"rs-belarus-2024"}
        await pilot.press("d")
        assert len(screen.shown) == everything


async def test_entity_filter_keeps_sentences_naming_it(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_timeline(app, pilot)
        everything = len(screen.shown)
        await pilot.press("slash", *"Augustwahl")
        await pilot.pause()
        assert isinstance(app.focused, Input)
        kept = listed(screen)
        assert 0 < len(kept) < everything
        assert all("election-2020" in screen.data.entities[i] for i in screen.shown), (
            "every entry mentions the 2020 election"
        )
        assert any("August 2020" in entry.text for entry in kept)
        await pilot.press("escape")
        assert not isinstance(app.screen, TimelineScreen)


def list_lines(screen: TimelineScreen) -> list[str]:
    options = screen.query_one(OptionList)
    return [options.render_line(y).text.rstrip() for y in range(options.size.height)]


async def test_wrapped_entries_hang_under_their_sentence(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_timeline(app, pilot)
        lines = [line for line in list_lines(screen) if line.strip()]
        starts = [line for line in lines if "■" in line]
        marker = starts[0].index("■")
        sentence_column = marker - ENTRY_INDENT.index("■") + len(ENTRY_INDENT) + DATE_WIDTH
        headers = {str(entry.first.year) for entry in listed(screen)}
        wrapped = [line for line in lines if "■" not in line and line.strip() not in headers]
        wrapped = [line for line in wrapped if len(line) - len(line.lstrip()) > marker]
        assert wrapped, "some sentence is longer than one line at 80 columns"
        for line in wrapped:
            assert len(line) - len(line.lstrip()) == sentence_column, line


async def test_year_bars_count_only_the_entries_listed(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_timeline(app, pilot)
        bars = screen.query_one(YearBars)
        everything = bars.histogram
        await pilot.press("slash", *"Augustwahl")
        await pilot.pause()
        shown = [screen.data.entries[i] for i in screen.shown]
        assert bars.histogram == year_histogram(shown) != everything
        assert sum(sum(years.values()) for years in bars.histogram.values()) == len(shown)
        assert bars.all_years == sorted({y for years in everything.values() for y in years})
        drawn = bars.render().plain
        await pilot.press(*["backspace"] * len("Augustwahl"))
        await pilot.pause()
        assert bars.histogram == everything
        assert bars.render().plain != drawn


async def test_documents_have_the_theme_pane_colours(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        app.theme = "textual-light"
        screen = await open_timeline(app, pilot)
        left, right = app.screen_stack[0].query(DocumentPane)
        assert screen.data.colours == {
            left.document.id: app.theme_variables["pane-left"],
            right.document.id: app.theme_variables["pane-right"],
        }
        dark = theme_variable_defaults(app.get_theme("textual-dark"))
        assert dark["pane-left"] != app.theme_variables["pane-left"]  # darker on a light theme
