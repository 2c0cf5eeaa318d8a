"""Pilot tests of highlights and notes: select, highlight, note, restart, panel, faults."""

from __future__ import annotations

import json

import pytest

from reader import paths
from reader.commands import PROVIDERS
from reader.dialogs.confirm import ConfirmDialog
from reader.dialogs.note_editor import QUOTE_LINES, NoteEditor
from reader.dialogs.notes_panel import NotesPanel
from reader.features.links import LinksFeature
from reader.features.notes import NotesFeature
from reader.features.notes_marks import (
    HIGHLIGHT_STYLES,
    HIGHLIGHTS_LAYER,
    NOTE_MARKER,
    TARGET_LAYER,
)
from reader.features.selection import SELECTION_LAYER, SelectionFeature
from reader.notes import Color, NoteStore, Target
from reader.screens.reading import ReadingScreen
from reader.widgets.note_bar import NoteBar
from reader.widgets.pane import DocumentPane
from tests.ui.palette import run_from_palette
from tests.ui.test_search_ui import capture_notices

LEFT, RIGHT = "swp-belarus-2023", "rs-belarus-2024"


def shown(widget) -> str:
    """The text a widget shows on screen, its lines joined by spaces."""
    lines = (widget.render_line(y).text.strip() for y in range(widget.size.height))
    return " ".join(line for line in lines if line)


async def notes_work_done(app, pilot) -> None:
    """Wait for the notes workers (anchoring, the panel's orphan search)."""
    await pilot.pause()
    for worker in [w for w in app.workers if w.group in ("notes", "notes-panel")]:
        await worker.wait()
    await pilot.pause()


async def notes_ready(app, pilot) -> NotesFeature:
    """Wait until the store is open and every pane's annotations are anchored and drawn."""
    assert isinstance(app.screen, ReadingScreen)
    notes = app.screen.query_one(NotesFeature)
    for _attempt in range(100):
        await notes_work_done(app, pilot)
        state = notes.state
        if state.ready and all(p.id in state.placed for p in notes.query(DocumentPane)):
            return notes
    raise AssertionError("notes never became ready")


def left_pane(app) -> DocumentPane:
    return app.screen.query(DocumentPane).first()


def gutter_column(view) -> str:
    """The gutter cells of the visible lines."""
    return "".join(
        view.render_line(y).text[view._margin : view._margin + 3] for y in range(view.size.height)
    )


async def write_note(pilot, text: str, tags: str = "") -> None:
    """Type into the open note editor and save with ctrl+s."""
    assert isinstance(pilot.app.screen, NoteEditor)
    editor = pilot.app.screen
    editor.query_one("#note-text").insert(text)
    if tags:
        editor.query_one("#note-tags").value = tags
    await pilot.press("ctrl+s")
    await pilot.pause()


async def test_select_highlight_note_and_find_them_after_restart(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        notes = await notes_ready(app, pilot)
        pane = left_pane(app)
        await pilot.press("j", "j")
        await pilot.press("v")
        assert pane.view.marks(SELECTION_LAYER)
        span = pane.view.cursor_span()
        await pilot.press("h")
        assert not pane.view.marks(SELECTION_LAYER)
        marks = pane.view.marks(HIGHLIGHTS_LAYER)
        assert [(m.start, m.end) for m in marks] == [span]
        assert marks[0].style == HIGHLIGHT_STYLES["yellow"]
        await pilot.press("a")
        await write_note(pilot, "Compare with the *other* report.")
        assert isinstance(app.screen, ReadingScreen)
        assert NOTE_MARKER in gutter_column(pane.view)
        bar = pane.query_one(NoteBar)
        assert bar.display and "Compare with the other report." in shown(bar)  # Markdown
        assert len(notes.note_store) == 1  # the note went onto the highlight
    second = make_app()
    async with second.run_test(size=(120, 40)) as pilot:
        await notes_ready(second, pilot)
        pane = left_pane(second)
        marks = pane.view.marks(HIGHLIGHTS_LAYER)
        assert [(m.start, m.end) for m in marks] == [span]
        pane.view.move_cursor_to_offset(span[0])
        await pilot.pause()
        assert NOTE_MARKER in gutter_column(pane.view)
        assert "Compare with the other report." in shown(pane.query_one(NoteBar))
        await pilot.press("ctrl+n")
        panel = await _panel(second, pilot)
        assert [a.note for a in panel.shown] == ["Compare with the *other* report."]
        prompt = str(panel.query_one("#notes-list").get_option_at_index(0).prompt)
        assert "Compare with the other report." in prompt
        assert pane.document.title in prompt


async def test_selection_by_word_sentence_paragraph_and_escape(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        notes = await notes_ready(app, pilot)
        pane = left_pane(app)
        text = pane.document.text
        await pilot.press("j", "v")
        selection = notes.query_one(SelectionFeature).selection
        assert selection is not None
        first = pane.view.cursor_span()
        assert (selection.start, selection.end) == first
        await pilot.press("w")
        assert selection.end > first[1] and not text[selection.end - 1].isspace()
        await pilot.press("W")
        assert selection.end == first[1]
        await pilot.press("j")
        assert selection.end == pane.document.sentences[pane.view.cursor].end
        await pilot.press("k")
        assert (selection.start, selection.end) == first
        await pilot.press("right_curly_bracket")
        assert any(p.end == selection.end for p in pane.document.paragraphs)
        await pilot.press("Y")  # copies and ends the selection
        assert app.clipboard == text[first[0] : selection.end].strip()
        await pilot.press("v", "escape")
        assert notes.query_one(SelectionFeature).selection is None
        assert not pane.view.marks(SELECTION_LAYER)


async def test_v_again_ends_the_selection_and_keeps_it_for_the_highlight(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await notes_ready(app, pilot)
        pane = left_pane(app)
        sentences = pane.document.sentences
        await pilot.press("j", "v", "j", "v")
        first = pane.view.cursor - 1
        await pilot.press("j")  # the cursor moves on; the ended selection stays
        await pilot.press("h")
        marks = pane.view.marks(HIGHLIGHTS_LAYER)
        assert [(m.start, m.end) for m in marks] == [
            (sentences[first].start, sentences[first + 1].end)
        ]


async def test_a_kept_selection_is_there_after_quit_and_reopen(make_app) -> None:
    """Trial 22: `v w w v`, quit, reopen, `h` highlighted the cursor sentence instead."""
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await notes_ready(app, pilot)
        await pilot.press("j", "v", "w", "w", "v")
        kept = app.screen.query_one(SelectionFeature).selection
        assert kept is not None and kept.closed
        span = (kept.start, kept.end)
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await notes_ready(app, pilot)
        pane = left_pane(app)
        selection = app.screen.query_one(SelectionFeature).selection
        assert selection is not None and (selection.start, selection.end) == span
        assert [(m.start, m.end) for m in pane.view.marks(SELECTION_LAYER)] == [span]
        await pilot.press("h")
        marks = pane.view.marks(HIGHLIGHTS_LAYER)
        assert [(m.start, m.end) for m in marks] == [span]
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:  # used by h: not selected again
        await notes_ready(app, pilot)
        assert app.screen.query_one(SelectionFeature).selection is None


async def test_a_kept_selection_over_other_words_is_not_restored(make_app) -> None:
    """A new pipeline version moves the parsed text under the kept offsets (same file hash):
    the selection must not come back on other words, where `h` would highlight them."""
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await notes_ready(app, pilot)
        await pilot.press("j", "v", "w", "w", "v")
    path = paths.settings_path()
    saved = json.loads(path.read_text(encoding="utf-8"))
    saved["selection"]["start"] += 3  # as if the parsed text gained three characters before it
    saved["selection"]["end"] += 3
    path.write_text(json.dumps(saved), encoding="utf-8")
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await notes_ready(app, pilot)
        assert app.screen.query_one(SelectionFeature).selection is None
        assert left_pane(app).view.marks(SELECTION_LAYER) == []


@pytest.mark.parametrize("edited", [[], "x", {"start": "1", "end": 5}])
async def test_a_hand_edited_kept_selection_does_not_stop_the_start(
    make_app, edited: object
) -> None:
    path = paths.settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"selection": edited}), encoding="utf-8")
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await notes_ready(app, pilot)
        assert app.screen.query_one(SelectionFeature).selection is None


async def test_mouse_drag_selects(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        notes = await notes_ready(app, pilot)
        view = left_pane(app).view
        line = next(y for y in range(10, view.size.height) if view.offset_at(20, y) is not None)
        start, end = view.offset_at(10, line), view.offset_at(30, line + 2)
        assert view.document.sentence_index_at(start) != view.document.sentence_index_at(end)
        await pilot.mouse_down(view, offset=(10, line))
        await pilot.hover(view, offset=(30, line + 2))
        await pilot.mouse_up(view, offset=(30, line + 2))
        await pilot.pause()
        selection = notes.query_one(SelectionFeature).selection
        assert selection is not None and (selection.start, selection.end) == (start, end + 1)
        assert view.cursor == view.document.sentence_index_at(end)
        assert [(m.start, m.end) for m in view.marks(SELECTION_LAYER)] == [(start, end + 1)]


async def test_colours_and_tags(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        notes = await notes_ready(app, pilot)
        pane = left_pane(app)
        await pilot.press("v", "3")  # a selection is highlighted in the colour picked
        marks = pane.view.marks(HIGHLIGHTS_LAYER)
        assert marks[0].style == HIGHLIGHT_STYLES["blue"]
        await pilot.press("5")  # on a highlight: recoloured
        assert pane.view.marks(HIGHLIGHTS_LAYER)[0].style == HIGHLIGHT_STYLES["purple"]
        assert notes.note_store.all()[0].color is Color.PURPLE
        await pilot.press("T")
        await pilot.pause()
        assert isinstance(app.screen, NoteEditor)
        await write_note(pilot, "", tags="belarus, army , belarus")
        assert notes.note_store.all()[0].tags == ("belarus", "army")
        assert len(notes.note_store) == 1
        await pilot.press("j", "h")  # h uses the colour last picked
        assert {m.style for m in pane.view.marks(HIGHLIGHTS_LAYER)} == {HIGHLIGHT_STYLES["purple"]}


def _add(store: NoteStore, document, index: int, note: str, **fields) -> None:
    span = document.sentences[index]
    target = Target.from_text(
        document.id, document.content_hash, document.text, span.start, span.end
    )
    store.add(target, note=note, **fields)


async def test_panel_filters_deletes_undoes_and_jumps(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        notes = await notes_ready(app, pilot)
        store = notes.note_store
        left, right = app.screen.query(DocumentPane)
        _add(store, left.document, 3, "first note", tags=["alpha"], color="green")
        _add(store, left.document, 5, "second note", tags=["beta"])
        _add(store, right.document, 7, "third note on the right", tags=["alpha"])
        await pilot.press("ctrl+n")
        panel = await _panel(app, pilot)
        assert len(panel.shown) == 3
        await pilot.press(*"right")
        assert [a.note for a in panel.shown] == ["third note on the right"]
        panel.query_one("#notes-filter").value = ""
        panel.query_one("#notes-tag").value = "alpha"
        await pilot.pause()
        assert {a.note for a in panel.shown} == {"first note", "third note on the right"}
        panel.query_one("#notes-color").value = "green"
        await pilot.pause()
        assert [a.note for a in panel.shown] == ["first note"]
        panel.query_one("#notes-color").clear()
        panel.query_one("#notes-tag").clear()
        panel.query_one("#notes-doc").value = LEFT
        await pilot.pause()
        assert {a.note for a in panel.shown} == {"first note", "second note"}
        await pilot.press("tab")  # to the list, as the hint says (trial 20: the dropdown)
        assert panel.focused is panel.query_one("#notes-list")
        await pilot.press("d")
        assert [a.note for a in panel.shown] == ["second note"] and len(store) == 2
        await pilot.press("u")
        assert len(store) == 3 and len(panel.shown) == 2
        await pilot.press("d", "ctrl+z")
        assert len(store) == 3
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ReadingScreen)
        sentence = left.document.sentences[3]
        assert left.view.cursor == 3
        assert [(m.start, m.end) for m in left.view.marks(TARGET_LAYER)] == [
            (sentence.start, sentence.end)
        ]


async def test_tab_to_the_list_is_a_binding_of_the_filter_only(make_app) -> None:
    """Review 20: Tab was taken in ``on_key``; as a binding it is remappable and Tab from the
    list goes on through the panel as usual."""
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        notes = await notes_ready(app, pilot)
        left = left_pane(app)
        _add(notes.note_store, left.document, 3, "first note")
        _add(notes.note_store, left.document, 5, "second note")
        await pilot.press("ctrl+n")
        panel = await _panel(app, pilot)
        assert panel.active_bindings["tab"].binding.action == "focus_list"
        await pilot.press("down")
        listing = panel.query_one("#notes-list")
        assert panel.focused is listing
        assert panel.active_bindings["tab"].binding.action == "app.focus_next"
        await pilot.press("down")  # in the list ↓ moves the highlight, it is no jump
        assert panel.focused is listing and listing.highlighted == 1
        await pilot.press("tab")
        assert panel.focused is not listing


async def note_on_first_sentence(app, pilot, note: str, tags: str = "") -> DocumentPane:
    """Write a note on the left pane's first sentence; returns that pane."""
    await notes_ready(app, pilot)
    await pilot.press("a")
    await write_note(pilot, note, tags)
    return left_pane(app)


async def _panel(app, pilot) -> NotesPanel:
    await notes_work_done(app, pilot)
    assert isinstance(app.screen, NotesPanel)
    return app.screen


async def test_edit_from_panel(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        notes = await notes_ready(app, pilot)
        _add(notes.note_store, left_pane(app).document, 2, "old text")
        await pilot.press("ctrl+n")
        panel = await _panel(app, pilot)
        await pilot.press("down", "e")
        await pilot.pause()
        editor = app.screen
        assert isinstance(editor, NoteEditor)
        editor.query_one("#note-text").text = "new text"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert [a.note for a in panel.shown] == ["new text"]
        await pilot.press("u")
        assert [a.note for a in panel.shown] == ["old text"]


async def test_orphans_have_their_own_section(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        notes = await notes_ready(app, pilot)
        document = left_pane(app).document
        ghost = Target(
            document.id, document.content_hash, 10, 40, "A sentence that was never here."
        )
        notes.note_store.add(ghost, note="kept although lost")
        _add(notes.note_store, document, 1, "still anchored")
        await pilot.press("ctrl+n")
        panel = await _panel(app, pilot)
        option_list = panel.query_one("#notes-list")
        prompts = [
            str(option_list.get_option_at_index(i).prompt) for i in range(option_list.option_count)
        ]
        heading = next(i for i, p in enumerate(prompts) if p.startswith("Orphaned"))
        orphan = next(i for i, p in enumerate(prompts) if "A sentence that was never here." in p)
        anchored = next(i for i, p in enumerate(prompts) if "still anchored" in p)
        assert anchored < heading < orphan
        assert "kept although lost" in prompts[orphan]


async def test_corrupt_database_is_reported_and_left_untouched(make_app) -> None:
    db = paths.notes_db_path()
    db.parent.mkdir(parents=True, exist_ok=True)
    garbage = b"this is not a database" * 100
    db.write_bytes(garbage)
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        notes = await notes_ready(app, pilot)
        assert notes.note_store.problem is not None
        shown = [n for n in app._notifications if n.severity == "error"]
        assert len(shown) == 1 and str(db) in shown[0].message
        assert "untouched" in shown[0].message
        await pilot.press("v", "h")  # still works, on the side store
        assert left_pane(app).view.marks(HIGHLIGHTS_LAYER)
        assert len(notes.note_store) == 1
    assert db.read_bytes() == garbage


async def test_set_aside_keeps_the_new_notes(make_app) -> None:
    db = paths.notes_db_path()
    db.parent.mkdir(parents=True, exist_ok=True)
    db.write_bytes(b"garbage" * 50)
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        notes = await notes_ready(app, pilot)
        await pilot.press("v", "h")
        await app.run_action("set_aside_notes", notes)
        await notes_ready(app, pilot)
        assert notes.note_store.problem is None and len(notes.note_store) == 1
        assert left_pane(app).view.marks(HIGHLIGHTS_LAYER)
    assert len(list(db.parent.glob("notes*.unusable-*"))) == 1


async def test_markup_like_note_is_shown_literally(make_app) -> None:
    note = "[bold red]not bold[/] [link=x]y[/link] :smile: **md**"
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        pane = await note_on_first_sentence(app, pilot, note)
        rendered = note.replace("**md**", "md")  # Markdown is rendered, Rich markup is not
        assert rendered in shown(pane.query_one(NoteBar))
        await pilot.press("ctrl+n")
        panel = await _panel(app, pilot)
        assert rendered in str(panel.query_one("#notes-list").get_option_at_index(0).prompt)


async def test_comparison_note_stores_both_targets(make_app) -> None:
    """The pair is the cursor sentence and the other pane's cursor sentence, which is one of
    its links (the test once counted on the seeds' links as they were: which sentence is
    linked changes with the linker's weights, and whether links were ready with the timing)."""
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        notes = await notes_ready(app, pilot)
        links = app.screen.query_one(LinksFeature)
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert links.state.index is not None
        left, right = app.screen.query(DocumentPane)
        await pilot.press("j")
        paired = [
            link.target.index
            for link in links.sentence_links(left, 1)
            if link.target.doc == right.document.id
        ][-1]
        right.view.cursor = paired
        await pilot.press("C")
        await pilot.pause()
        await write_note(pilot, "both say the same")
        (annotation,) = notes.note_store.all()
        assert annotation.target.doc_id == LEFT and annotation.compare is not None
        assert annotation.compare.doc_id == RIGHT
        span = right.document.sentences[paired]
        assert (annotation.compare.start, annotation.compare.end) == (span.start, span.end)
        assert annotation.target.exact == left.document.sentence_text(1).strip()
        # Trial 20: the panel names the partner by title, and a jump shows both sentences.
        left.view.cursor, right.view.cursor = 9, 12
        await pilot.press("ctrl+n")
        panel = await _panel(app, pilot)
        row = panel.query_one("#notes-list").get_option_at_index(0).prompt.plain
        assert f"compared with {right.document.title}" in row and RIGHT not in row
        await pilot.press("down", "enter")
        await pilot.pause()
        assert (left.view.cursor, right.view.cursor) == (1, paired)
        assert [(m.start, m.end) for m in right.view.marks(TARGET_LAYER)] == [
            (span.start, span.end)
        ]


async def test_palette_lists_note_commands(make_app) -> None:
    from reader.commands.notes import NoteCommands

    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await notes_ready(app, pilot)
        assert NoteCommands in [load() for load in PROVIDERS] and set(PROVIDERS) <= app.COMMANDS
        await app.run_action("command_palette")
        await pilot.press(*"Notes panel")
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        await pilot.pause()
        assert isinstance(app.screen, NotesPanel)


async def test_h_after_a_coloured_selection_recolours_instead_of_stacking(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        notes = await notes_ready(app, pilot)
        pane = left_pane(app)
        await pilot.press("v", "right_curly_bracket", "3", "h")
        assert len(notes.note_store) == 1
        assert len(pane.view.marks(HIGHLIGHTS_LAYER)) == 1
        await pilot.press("2", "h")  # the colour last picked, on the same highlight
        assert len(notes.note_store) == 1
        assert notes.note_store.all()[0].color is Color.GREEN


async def test_notes_are_rendered_as_markdown_safely(make_app) -> None:
    note = "# Plan\n\nCompare **both** [reports](https://example.org) <b>raw</b> [i]x[/i]\n\n- one"
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        pane = await note_on_first_sentence(app, pilot, note, "plan")
        bar = pane.query_one(NoteBar)
        text = shown(bar)
        for part in ("Plan", "Compare both reports (https://example.org)", "<b>raw</b>"):
            assert part in text
        assert "[i]x[/i]" in text and "• one" in text and "#plan" in text
        assert "**" not in text and "# Plan" not in text
        segments = [s for y in range(bar.size.height) for s in bar.render_line(y)]
        assert any(s.text == "both" and s.style and s.style.bold for s in segments)
        assert not any(s.style and s.style.link for s in segments)  # nothing to follow
        await pilot.press("ctrl+n")
        panel = await _panel(app, pilot)
        prompt = panel.query_one("#notes-list").get_option_at_index(0).prompt
        assert "Plan Compare both reports (https://example.org) <b>raw</b> [i]x[/i]" in prompt.plain
        assert "**" not in prompt.plain


async def test_note_editor_quote_is_cut_with_an_ellipsis(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await notes_ready(app, pilot)
        await pilot.press("j", "v", "}", "}", "}", "a")
        await pilot.pause()
        editor = app.screen
        assert isinstance(editor, NoteEditor)
        quote = editor.query_one(".note-editor--quote")
        lines = [quote.render_line(y).text.rstrip() for y in range(quote.size.height)]
        assert len(lines) == QUOTE_LINES and len(editor.quote) > 3 * quote.size.width
        assert lines[0].startswith("“") and lines[-1].endswith("…")
        words = " ".join(line.strip("“”…") for line in lines).split()
        assert " ".join(editor.quote.split()).startswith(" ".join(words[:-1]))


async def test_escape_asks_before_a_written_note_is_discarded(make_app) -> None:
    """Esc on an untouched editor closes it; on a changed one it asks, and the note is kept
    until the reader confirms (a stray Esc must not lose what was typed)."""
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        notes = await notes_ready(app, pilot)
        await pilot.press("a")
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, NoteEditor)
        await pilot.press("a")
        await pilot.pause()
        editor = app.screen
        assert isinstance(editor, NoteEditor)
        editor.query_one("#note-text").insert("Half a thought")
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmDialog)
        await pilot.press("n")  # keep editing: the text is still there
        await pilot.pause()
        assert app.screen is editor
        assert editor.edit().note == "Half a thought"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert [a.note for a in notes.note_store.all()] == ["Half a thought"]
        await pilot.press("a")
        await pilot.pause()
        app.screen.query_one("#note-text").insert(" more")
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("y")  # discard: the saved note stays as it was
        await pilot.pause()
        assert not isinstance(app.screen, (NoteEditor, ConfirmDialog))
        assert [a.note for a in notes.note_store.all()] == ["Half a thought"]


async def test_a_note_being_written_is_kept_when_the_terminal_goes_away(make_app) -> None:
    """A hang-up (closed window, lost ssh connection) ends the app as `q` does, but the note
    open in the editor with text typed into it is saved first."""
    from reader.terminal import TerminalGone

    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await notes_ready(app, pilot)
        await pilot.press("a")
        await pilot.pause()
        assert isinstance(app.screen, NoteEditor)
        app.screen.query_one("#note-text").insert("Typed before the window closed")
        app.post_message(TerminalGone())
        await pilot.pause()
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        notes = await notes_ready(app, pilot)
        assert [a.note for a in notes.note_store.all()] == ["Typed before the window closed"]


async def test_the_palette_exports_notes_to_a_new_file(make_app) -> None:
    """The file is written and a toast says where (trial 24: the toast's message lacked its
    path field, the worker failed without a word)."""
    app = make_app()
    notices = capture_notices(app)
    async with app.run_test(size=(120, 40)) as pilot:
        await notes_ready(app, pilot)
        await pilot.press("j", "h", "a")
        await write_note(pilot, "Kept for the *export*.")
        await run_from_palette(pilot, "export notes as markdown")
        for _attempt in range(100):  # the file is written by a thread worker
            written = list((paths.data_dir() / "exports").glob("notes-*.md"))
            if written:
                break
            await pilot.pause(0.05)
        assert len(written) == 1, app.screen
        assert "Kept for the *export*." in written[0].read_text("utf-8")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert f"1 note written to {written[0]}" in notices


def test_the_panels_bindings_can_be_asked_before_it_is_composed(tmp_path) -> None:
    """Review 21 F11: Textual asks ``check_action`` whenever it recomputes bindings, also while
    the panel is composed or dismissed; looking the filter up then raised NoMatches."""
    from reader.dialogs.notes_panel import NotesPanel
    from reader.library import open_library as library_at_home
    from reader.notes import NoteStore

    store = NoteStore.open_strict(tmp_path / "n.sqlite3", daily_backup=False)
    panel = NotesPanel(store, library_at_home())
    assert panel.check_action("focus_list", ()) is False
    assert panel.check_action("dismiss", ()) is True


async def test_a_new_note_shows_the_colour_it_will_be_highlighted_in(make_app) -> None:
    """Trial 24: a pair note silently took the last colour used. The editor of a new note
    names it beside the heading (an existing note keeps its highlight: no colour shown)."""
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await notes_ready(app, pilot)
        await pilot.press("2")  # green from now on
        await pilot.press("C")
        await pilot.pause()
        editor = app.screen
        assert isinstance(editor, NoteEditor)
        heading = str(editor.query("Label").first().render())
        assert "Note on this pair" in heading and "green" in heading
        await pilot.press("escape")
        await pilot.press("a")
        await pilot.pause()
        assert "green" in str(app.screen.query("Label").first().render())


@pytest.mark.parametrize(
    ("error", "words"),
    [
        (OSError(28, "No space left on device", "/data/exports/notes.md"), "disk has room"),
        (KeyError("path"), "Try again; the debug log has the details."),
    ],
)
async def test_a_failed_export_says_in_words_what_failed(
    make_app, monkeypatch, error: Exception, words: str
) -> None:
    """Review 24 E7: a failed export showed Python's exception text ("'path'", "[Errno 28]
    …"); the toast now says what failed and what the user can do."""
    import reader.notes_export

    def fail(*_args: object) -> None:
        raise error

    monkeypatch.setattr(reader.notes_export, "export_to_data_dir", fail)
    app = make_app()
    notices = capture_notices(app)
    async with app.run_test(size=(120, 40)) as pilot:
        await notes_ready(app, pilot)
        await pilot.press("j", "h", "a")
        await write_note(pilot, "A note to export.")
        await run_from_palette(pilot, "export notes as markdown")
        await app.workers.wait_for_complete()
        await pilot.pause()
        shown = "\n".join(notices)
        assert words in shown
        assert "Errno" not in shown and "'path'" not in shown
