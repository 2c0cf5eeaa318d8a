"""The notes panel lists every match, however many, and renders only the rows on screen."""

from __future__ import annotations

import io

from rich.console import Console

from reader.notes import Annotation, Target
from reader.widgets.lazy_option_list import LazyOptionList
from reader.widgets.note_bar import MAX_BAR_NOTES, note_text
from tests.ui.test_notes_ui import _panel, left_pane, notes_ready, shown

COUNT = 400
"""More notes than the panel once listed (50), fewer than would slow the test."""


def _annotations(document) -> list[Annotation]:
    """``COUNT`` notes on the document's sentences in turn, numbered so the last sorts last."""
    notes = []
    for n in range(COUNT):
        span = document.sentences[n % len(document.sentences)]
        target = Target.from_text(
            document.id, document.content_hash, document.text, span.start, span.end
        )
        notes.append(Annotation(id=f"{n:08d}-paging", target=target, note=f"remark number {n}"))
    return notes


async def _open_panel_with_many_notes(app, pilot):
    notes = await notes_ready(app, pilot)
    notes.note_store.import_annotations(_annotations(left_pane(app).document))
    await pilot.press("ctrl+n")
    panel = await _panel(app, pilot)
    listed = panel.query_one("#notes-list", LazyOptionList)
    return panel, listed


async def test_paging_and_end_reach_every_note_building_only_shown_rows(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        panel, listed = await _open_panel_with_many_notes(app, pilot)
        assert len(panel.shown) == COUNT
        assert listed.option_count == COUNT
        built: list[int] = []
        prompt = listed._prompt
        listed._prompt = lambda index: built.append(index) or prompt(index)
        listed.redraw_options()
        listed.focus()
        await pilot.press("end")
        await pilot.pause()
        last = panel.shown[-1]
        assert listed.highlighted == COUNT - 1
        assert listed.get_option_at_index(listed.highlighted).id == last.id
        assert last.note in shown(listed)
        assert 0 < len(set(built)) < 40  # a screenful, not the 400
        await pilot.press("home")
        await pilot.pause()
        assert listed.highlighted == 0
        assert panel.shown[0].note in shown(listed)
        for _ in range(10):
            await pilot.press("pagedown")
        await pilot.pause()
        assert listed.highlighted > 50  # past the 50 rows the panel once stopped at
        note = panel.shown[listed.highlighted].note
        assert note in shown(listed)
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is not panel  # chosen: the panel closed to jump to it


async def test_filter_searches_all_notes_not_just_the_first_page(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        panel, listed = await _open_panel_with_many_notes(app, pilot)
        await pilot.press(*f"number {COUNT - 1}")
        await pilot.pause()
        assert [a.note for a in panel.shown] == [f"remark number {COUNT - 1}"]
        assert listed.option_count == 1 and listed.highlighted == 0
        assert f"remark number {COUNT - 1}" in shown(listed)
        await pilot.press(*"x" * 3)
        await pilot.pause()
        assert panel.shown == [] and "No notes match." in shown(listed)


def test_note_bar_renders_a_bounded_number_of_notes() -> None:
    """A sentence with hundreds of notes: the bar renders some and points to the panel."""
    target = Target("doc", "hash", 0, 5, "quote")
    annotations = [Annotation(id=f"n{n}", target=target, note=f"note {n}") for n in range(300)]
    console = Console(width=80, record=True, file=io.StringIO())
    console.print(note_text(annotations))
    text = console.export_text()
    assert text.count("✎") == MAX_BAR_NOTES and f"note {MAX_BAR_NOTES - 1}" in text
    assert f"{300 - MAX_BAR_NOTES} more notes here" in text
