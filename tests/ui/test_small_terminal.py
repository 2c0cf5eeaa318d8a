"""Pilot tests of an 80×24 terminal: the essential keys stay in the footer, and the search
panel leaves text in the panes and hits in the list."""

from __future__ import annotations

from reader import paths
from reader.screens.library import LibraryScreen
from reader.settings import Settings
from reader.widgets.note_bar import NoteBar
from reader.widgets.pane import DocumentPane
from reader.widgets.reader_footer import ReaderFooter
from reader.widgets.search_panel import SearchPanel
from tests.ui.test_notes_ui import notes_ready, notes_work_done, write_note
from tests.ui.test_search_ui import index_ready, search
from tests.ui.test_timeline_ui import open_timeline

SMALL = (80, 24)


async def footer_keys(pilot) -> list[str]:
    """The footer's keys once it has drawn them (it waits for the screen's bindings)."""
    for _attempt in range(50):
        await pilot.pause(0.05)
        keys = shown_keys(pilot.app)
        if keys:
            return keys
    return []


def shown_keys(app) -> list[str]:
    """The keys whose whole label is on screen in the footer."""
    footer = app.screen.query_one(ReaderFooter)
    width = app.screen.size.width
    return [
        key.key
        for key in footer.children
        if getattr(key, "key", None) and key.region.width and key.region.right <= width
    ]


async def test_reading_footer_keeps_search_outline_help_quit(make_app) -> None:
    app = make_app()
    async with app.run_test(size=SMALL) as pilot:
        keys = await footer_keys(pilot)
        assert {"slash", "o", "question_mark", "q"} <= set(keys)


async def test_library_footer_keeps_add_remove_metadata(make_app) -> None:
    app = make_app()
    async with app.run_test(size=SMALL) as pilot:
        await pilot.press("ctrl+l")
        await pilot.pause()
        assert isinstance(app.screen, LibraryScreen)
        assert {"1", "2", "A", "d", "M"} <= set(await footer_keys(pilot))


async def test_search_panel_leaves_text_and_hits(make_app, indexed) -> None:
    app = make_app()
    async with app.run_test(size=SMALL) as pilot:
        await index_ready(app)
        panel = await search(app, pilot, "Belarus")
        await pilot.pause()
        for pane in app.screen.query(DocumentPane):
            assert pane.view.region.height >= 4, pane.id
        assert isinstance(panel, SearchPanel)
        assert panel.results.region.height >= 6
        assert panel.region.bottom <= SMALL[1] - 1  # the footer stays


def keys_under_the_palette(app) -> list[str]:
    """Keys drawn (partly) where the palette's key sits or beyond: cut labels, stray letters."""
    footer = app.screen.query_one(ReaderFooter)
    (palette,) = [child for child in footer.children if child.has_class("-command-palette")]
    return [
        key.key
        for key in footer.children
        if key is not palette and key.display and key.region.right > palette.region.x
    ]


async def footer_fitted(pilot) -> list[str]:
    """The keys shown once the footer has hidden those that do not fit."""
    for _attempt in range(50):
        keys = await footer_keys(pilot)
        if keys and not keys_under_the_palette(pilot.app):
            break
    assert not keys_under_the_palette(pilot.app)
    return [key for key in shown_keys(pilot.app) if key != "ctrl+p"]


async def test_narrow_footers_show_whole_keys_and_the_palette_last(make_app) -> None:
    app = make_app()
    async with app.run_test(size=SMALL) as pilot:
        narrow = await footer_fitted(pilot)
        assert {"slash", "o", "question_mark", "q"} <= set(narrow)
        await pilot.press("ctrl+l")
        await pilot.pause()
        assert {"1", "2", "A", "d", "M"} <= set(await footer_fitted(pilot))
        await pilot.press("escape")
        await pilot.resize_terminal(120, 40)
        await pilot.pause()
        wide = await footer_fitted(pilot)
        assert set(narrow) < set(wide)


async def test_a_covered_footer_stops_measuring(make_app, monkeypatch) -> None:
    """The reading screen's footer under the timeline is never laid out; it must stop waiting
    for that layout (it re-measured after every refresh: the app ran at full CPU while idle)."""
    calls: list[int] = []
    fit_keys = ReaderFooter.fit_keys

    def counted(self: ReaderFooter, *args: int) -> None:
        calls.append(1)
        fit_keys(self, *args)

    monkeypatch.setattr(ReaderFooter, "fit_keys", counted)
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await open_timeline(app, pilot)
        calls.clear()
        for _pause in range(20):
            await pilot.pause()
        assert len(calls) < 10


async def test_the_note_bar_takes_no_line_without_a_note_and_few_with_one(make_app) -> None:
    """Trial 20: at 80×24 a pane shows about 7 lines; the note bar must not eat them."""
    app = make_app()
    async with app.run_test(size=SMALL) as pilot:
        notes = await notes_ready(app, pilot)
        pane = app.screen.query(DocumentPane).first()
        pane.view.cursor = 2
        await pilot.press("a")
        await write_note(pilot, "eine kurze Notiz")
        await notes_work_done(app, pilot)
        bar = pane.query_one(NoteBar)
        assert bar.display and bar.region.height == 1  # no border line on a short screen
        await write_longer_note(pilot, notes, pane)
        assert 1 < bar.region.height <= 3
        pane.view.cursor = 5
        await pilot.pause()
        assert not bar.display or bar.region.height == 0


async def write_longer_note(pilot, notes, pane: DocumentPane) -> None:
    """Give the cursor sentence's note five lines."""
    (annotation,) = notes.note_store.all()
    notes.note_store.update(annotation.id, note="eins\n\nzwei\n\ndrei\n\nvier\n\nfünf")
    notes.load_pane_notes(pane)
    await notes_work_done(pilot.app, pilot)


async def test_resizing_back_and_forth_keeps_the_reading_position(make_app) -> None:
    """Trial 23: after 120×40 → 80×24 → 200×50 → 120×40 the right pane had gone back about
    five paragraphs: every new layout started from the first line in view, which begins
    before the reading position, and a pane too short for the cursor's sentence moved the
    cursor (the reading position) with it."""
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        right = app.screen.query_one("#right", DocumentPane)
        view = right.view
        view.focus()
        sentences = view.document.sentences
        middle = len(sentences) // 2
        view.restore_position(sentences[middle].start, sentences[middle].start)
        await pilot.pause()
        top, cursor = view.top_offset(), view.cursor
        for size in ((80, 24), (200, 50), (120, 40), (80, 24), (200, 50), (120, 40)):
            await pilot.resize_terminal(*size)
            await pilot.pause()
            await pilot.pause()
        assert view.cursor == cursor
        assert view.top_offset() <= top
        assert view.line_of_offset(top) == view.line_of_offset(view.top_offset())


async def test_the_reading_position_saved_after_a_resize_is_the_one_kept(make_app) -> None:
    """Review 23 D: the resize kept the reading position in view, but the position saved for
    the next start was still the first line's start, which a narrower layout moves back."""
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        view = app.screen.query_one("#right", DocumentPane).view
        sentences = view.document.sentences
        middle = sentences[len(sentences) // 2]
        view.restore_position(middle.start, middle.start + 1)  # inside the sentence's first line
        await pilot.pause()
        top = view.top_offset()
        await pilot.resize_terminal(*SMALL)
        await pilot.pause()
        await pilot.pause()
        assert view.top_offset() == top
        doc_id = view.document.id
    assert Settings.load(paths.settings_path()).tops[doc_id] == top
