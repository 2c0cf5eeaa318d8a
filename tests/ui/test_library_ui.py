"""Pilot tests of the library screen: listing, filter, choosing panes, one pane, adding,
removing with confirmation, correcting metadata."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from rich.cells import cell_len
from textual.widgets import DataTable, Input

from reader.dialogs.add_document import (
    AddDocumentDialog,
    DocumentTree,
    parse_path,
    shown_path,
    start_folder,
)
from reader.dialogs.confirm import ConfirmDialog
from reader.dialogs.edit_meta import EditMetaDialog
from reader.features.glossary import GlossaryFeature
from reader.formatting import format_iso_date
from reader.library import open_library as load_library
from reader.screens.library import LibraryScreen, format_size
from reader.screens.reading import ReadingScreen
from reader.widgets.pane import DocumentPane, metadata_line
from tests.ui.palette import run_from_palette

SWP, RS = "swp-belarus-2023", "rs-belarus-2024"


def pane_ids(app) -> list[str]:
    return [pane.document.id for pane in app.screen.query(DocumentPane)]


def cell(screen: LibraryScreen, doc_id: str, column: str) -> str:
    return str(screen.query_one(DataTable).get_cell(doc_id, column))


async def wait_library(app) -> None:
    """Wait for adding and note counting (not for the glossary or links loading meanwhile)."""
    workers = [w for w in app.workers if w.group == "library"]
    if workers:  # an empty list would mean "every worker"
        await app.workers.wait_for_complete(workers)


async def open_library(app, pilot) -> LibraryScreen:
    await pilot.press("ctrl+l")
    await wait_library(app)
    await pilot.pause()
    assert isinstance(app.screen, LibraryScreen)
    return app.screen


async def highlight(pilot, screen: LibraryScreen, doc_id: str) -> None:
    screen.query_one(DataTable).move_cursor(row=screen.shown_ids.index(doc_id))
    await pilot.pause()


async def open_meta_form(app, pilot, screen: LibraryScreen, doc_id: str) -> EditMetaDialog:
    """M on ``doc_id``'s row: the metadata form is the screen shown."""
    await highlight(pilot, screen, doc_id)
    await pilot.press("M")
    dialog = app.screen
    assert isinstance(dialog, EditMetaDialog)
    return dialog


async def test_lists_both_seeds_with_titles_and_dates(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_library(app, pilot)
        assert sorted(screen.shown_ids) == sorted([SWP, RS])
        for doc_id in (SWP, RS):
            entry = app.library.entry(doc_id)
            for column, full in (("title", entry.meta.title), ("publisher", entry.meta.publisher)):
                shown = cell(screen, doc_id, column)  # cut with an ellipsis where too long
                assert shown == full or (shown.endswith("…") and full.startswith(shown[:-1]))
            assert cell(screen, doc_id, "notes") == "0"
        assert cell(screen, SWP, "date") == "2023"
        assert cell(screen, RS, "date").endswith("2024")
        assert cell(screen, SWP, "pane") == "1" and cell(screen, RS, "pane") == "2"
        await pilot.press("escape")
        assert isinstance(app.screen, ReadingScreen)
        assert pane_ids(app) == [SWP, RS]


async def test_filter_narrows_and_sort_cycles(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_library(app, pilot)
        publisher = app.library.entry(SWP).meta.publisher.split()[0]
        await pilot.press("slash", *publisher.lower())
        assert screen.shown_ids == [SWP]
        await pilot.press("enter")
        assert isinstance(app.focused, DataTable)
        screen.query_one("#library-filter", Input).value = ""
        await pilot.pause()
        assert len(screen.shown_ids) == 2
        await pilot.press("s")
        assert screen.sort_key == "date"
        assert screen.shown_ids == [RS, SWP]  # newest first


async def test_choose_left_pane_and_single_pane(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_library(app, pilot)
        await highlight(pilot, screen, RS)
        await pilot.press("1", "enter")
        await pilot.pause()
        assert isinstance(app.screen, ReadingScreen)
        assert pane_ids(app) == [RS, SWP]
        screen = await open_library(app, pilot)
        await highlight(pilot, screen, SWP)
        await pilot.press("0", "enter")
        await pilot.pause()
        assert pane_ids(app) == [SWP]
        (pane,) = app.screen.query(DocumentPane)
        assert pane.region.width == 120
        await pilot.press("x", "tab", "j")  # swap and switch cope with one pane
        assert app.settings.left == SWP and app.settings.right == ""


async def test_add_through_dialog_then_read_beside_seed(make_app, tmp_path: Path) -> None:
    source = tmp_path / "note.md"
    source.write_text("# Grenzfragen\n\nDie Grenze wurde 2021 geschlossen. Sie blieb zu.\n")
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_library(app, pilot)
        await pilot.press("A")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, AddDocumentDialog)
        dialog.query_one("#add-path", Input).value = str(source)
        await pilot.press("enter")
        await wait_library(app)
        await pilot.pause()
        await wait_library(app)  # the note count after the reload
        await pilot.pause()
        assert app.screen is screen
        (new_id,) = [i for i in screen.shown_ids if i not in (SWP, RS)]
        assert cell(screen, new_id, "title") == "Grenzfragen"
        assert cell(screen, new_id, "size") == format_size(source.stat().st_size, "en")
        await highlight(pilot, screen, new_id)
        await pilot.press("2", "enter")
        await pilot.pause()
        assert pane_ids(app) == [SWP, new_id]
        assert "Grenze wurde 2021" in app.screen.query_one("#right", DocumentPane).document.text


async def test_add_reports_failures_in_one_toast(make_app, tmp_path: Path) -> None:
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "a.txt").write_text("Ein kurzer Text. Noch ein Satz.\n")
    (tmp_path / "docs" / "b.xyz").write_text("nothing")
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("A")
        await pilot.pause()
        app.screen.query_one("#add-path", Input).value = str(tmp_path / "docs")
        await pilot.press("enter")
        await wait_library(app)
        await pilot.pause()
        toasts = [n for n in app._notifications if "skipped" in n.message]
        assert len(toasts) == 1
        assert "b.xyz: unsupported file type" in toasts[0].message
        assert len(app.library.ids()) == 3


DYKE_PAGES = "\n".join(
    f"Der Deich am Fluss wurde im Jahr 18{n}0 erhöht und hielt jedem Hochwasser stand.\n\n"
    f"Die Bauern im Dorf pflegten ihn jeden Sommer mit Schafen und Spaten.\n\n- {n} -\n"
    for n in range(1, 4)
)
"""Three pages of a text copied out of a PDF, each ending with its page number."""


async def test_the_add_toast_says_what_cleaning_removed(make_app, tmp_path: Path) -> None:
    """Trial 20: ``reader add`` said which lines cleaning took out, the app's toast did not."""
    (tmp_path / "deich.txt").write_text(DYKE_PAGES, encoding="utf-8")
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("A")
        await pilot.pause()
        app.screen.query_one("#add-path", Input).value = str(tmp_path / "deich.txt")
        await pilot.press("enter")
        await wait_library(app)
        await pilot.pause()
        [toast] = [n for n in app._notifications if "added" in n.message]
        assert "cleaning removed 3 lines: 3 lone page numbers (“- 1 -”)" in toast.message


async def test_remove_asks_first_and_hides(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_library(app, pilot)
        await highlight(pilot, screen, RS)
        await pilot.press("d")
        assert isinstance(app.screen, ConfirmDialog)
        await pilot.press("escape")
        assert RS in screen.shown_ids
        await pilot.press("d", "right", "left", "enter")  # back on Cancel: nothing removed
        assert app.screen is screen and RS in screen.shown_ids
        await pilot.press("d", "right", "enter")
        await wait_library(app)
        await pilot.pause()
        assert app.screen is screen
        assert screen.shown_ids == [SWP]
        assert app.library.entry(RS).hidden
        await pilot.press("escape")
        await pilot.pause()
        assert pane_ids(app) == [SWP]  # the removed document left its pane
        screen = await open_library(app, pilot)
        await pilot.press("r")
        await wait_library(app)
        await pilot.pause()
        assert sorted(screen.shown_ids) == sorted([SWP, RS])


async def test_metadata_edit_changes_title(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_library(app, pilot)
        dialog = await open_meta_form(app, pilot, screen, SWP)
        dialog.query_one("#meta-published", Input).value = "not a date"
        await pilot.press("ctrl+s")
        assert app.screen is dialog  # the error is shown, the form stays
        dialog.query_one("#meta-published", Input).value = "2023-11-30"
        dialog.query_one("#meta-title", Input).value = "Belarus als Satellit"
        dialog.query_one("#meta-author", Input).value = "Jana Beispiel"
        await pilot.press("ctrl+s")
        await wait_library(app)
        await pilot.pause()
        assert app.screen is screen
        assert cell(screen, SWP, "title") == "Belarus als Satellit"
        assert cell(screen, SWP, "date") == "November 30, 2023"
        await pilot.press("escape")
        await pilot.pause()
        left = app.screen.query_one("#left", DocumentPane)
        assert left.document.title == "Belarus als Satellit"
        assert "Jana Beispiel" in str(metadata_line(left.document))  # the pane's header


def test_typed_path_expands_home(monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    assert parse_path(" '~/a b.pdf' ") == tmp_path / "a b.pdf"
    assert parse_path("  ") is None


async def test_palette_reads_one_document_full_width(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("tab")
        await run_from_palette(pilot, "alone full width")
        assert pane_ids(app) == [RS]


async def test_library_key_runs_reader_binding_for_marked_documents(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_library(app, pilot)
        pressed: list[str] = []

        async def run_action(action: str) -> None:
            pressed.append(action)

        glossary = app.screen_stack[0].query_one(GlossaryFeature)
        glossary.run_action = run_action  # the glossary's own tests cover `e`
        await highlight(pilot, screen, RS)
        await pilot.press("0", "e")
        await pilot.pause()
        assert pane_ids(app) == [RS]
        assert pressed == ["glossary_panel"]


async def test_marks_apply_on_escape_too(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_library(app, pilot)
        await highlight(pilot, screen, SWP)
        await pilot.press("2")
        await highlight(pilot, screen, RS)
        await pilot.press("1", "escape")
        await pilot.pause()
        assert isinstance(app.screen, ReadingScreen)
        assert pane_ids(app) == [RS, SWP]
        await open_library(app, pilot)
        await pilot.press("escape")  # nothing marked: nothing changes
        await pilot.pause()
        assert pane_ids(app) == [RS, SWP]


async def test_after_add_the_table_has_the_keys(make_app, tmp_path: Path) -> None:
    source = tmp_path / "grenze.md"
    source.write_text("# Grenzfragen\n\nDie Grenze wurde 2021 geschlossen. Sie blieb zu.\n")
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_library(app, pilot)
        await pilot.press("A")
        await pilot.pause()
        app.screen.query_one("#add-path", Input).value = str(source)
        await pilot.press("enter")
        await wait_library(app)
        await pilot.pause()
        assert app.screen is screen
        assert isinstance(app.focused, DataTable)
        (new_id,) = [i for i in screen.shown_ids if i not in (SWP, RS)]
        await highlight(pilot, screen, new_id)
        await pilot.press("2", "escape")
        await pilot.pause()
        assert pane_ids(app) == [SWP, new_id]


async def test_narrow_library_fits_and_marks_every_cut(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_library(app, pilot)
        table = screen.query_one(DataTable)
        assert table.virtual_size.width <= table.size.width  # no column off screen
        assert cell(screen, SWP, "publisher").endswith("…")
        assert cell(screen, RS, "date") == "February 13, 2024"
        await highlight(pilot, screen, RS)
        await pilot.press("d")
        await pilot.pause()
        question = app.screen.query_one(".confirm--question")
        assert question.size.height >= 2  # wrapped, not cut
        assert "Its notes stay." in str(question.render())


async def test_added_document_has_its_heading_as_title_and_every_column_fits(
    make_app, tmp_path: Path
) -> None:
    source = tmp_path / "grenze-notizen.md"
    source.write_text("# Grenzfragen im Osten\n\nDie Grenze blieb 2021 zu.\n")
    report = load_library().add([source])
    (new_id,) = [added.id for added in report.added]
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_library(app, pilot)
        table = screen.query_one(DataTable)
        assert table.virtual_size.width <= table.size.width  # no column off screen
        assert cell(screen, new_id, "title") == "Grenzfragen im Osten"
        added = format_iso_date(date.today().isoformat(), "en")
        assert cell(screen, new_id, "added") == added  # "December 5, 2026", not "Decembe"
        for row in screen.shown_ids:
            for column in table.columns:
                shown = cell(screen, row, str(column.value))
                width = table.columns[column].width
                assert cell_len(shown) <= width or shown.endswith("…"), (row, column, shown)
        await highlight(pilot, screen, new_id)
        await pilot.press("2", "enter")
        await pilot.pause()
        right = app.screen.query_one("#right", DocumentPane)
        assert str(right.query_one(".pane--title").render()) == "Grenzfragen im Osten"


async def test_titles_take_the_room_publishers_leave(make_app, tmp_path: Path) -> None:
    """Trial 20: at 120 columns titles were cut at 20 cells beside an empty publisher."""
    title = "Der Fund im Tal der Könige: Howard Carter und das Grab des Tutanchamun"
    source = tmp_path / "grabfund.md"
    source.write_text(f"# {title}\n\nIm November 1922 fand Howard Carter das Grab.\n")
    library = load_library()
    (new_id,) = [added.id for added in library.add([source]).added]
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_library(app, pilot)
        table = screen.query_one(DataTable)
        assert table.virtual_size.width <= table.size.width
        assert table.columns["title"].width >= 36  # the publishers give way
        assert cell(screen, new_id, "title").startswith("Der Fund im Tal der Könige")
        assert cell(screen, SWP, "publisher").startswith("Stiftung")
    library.remove(SWP)
    library.remove(RS)
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_library(app, pilot)
        table = screen.query_one(DataTable)
        assert "publisher" not in [str(key.value) for key in table.columns]  # none has one
        assert table.columns["title"].width > 40 and table.virtual_size.width <= table.size.width
        assert title.startswith(cell(screen, new_id, "title")[:-1])


async def add_dialog_tree(make_app) -> tuple[str, list[str]]:
    """The Add dialog's tree as the reader sees it: its root's label and its children's."""
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await open_library(app, pilot)
        await pilot.press("A")
        tree = app.screen.query_one(DocumentTree)
        await tree.reload()
        await pilot.pause()
        return tree.root.label.plain, [child.label.plain for child in tree.root.children]


async def test_the_add_dialog_opens_in_the_current_folder_named_in_full(
    make_app, tmp_path: Path, monkeypatch
) -> None:
    """Trial 20: the tree showed only ``📂 root`` (an empty home folder, by its last name)."""
    (tmp_path / "grabfund.txt").write_text("Das Grab.\n")
    monkeypatch.chdir(tmp_path)
    root, children = await add_dialog_tree(make_app)
    assert root == shown_path(tmp_path)
    assert "grabfund.txt" in children
    assert shown_path(Path.home() / "papers") == str(Path("~/papers"))


@pytest.mark.parametrize("folder", ["Papers [draft]", "a[/x]"])
async def test_the_add_dialogs_folder_name_is_no_markup(
    make_app, tmp_path: Path, monkeypatch, folder: str
) -> None:
    """Review 20 A6: brackets in a folder's path are shown, and ``[/x]`` (folder ``x]`` in
    ``a[``) raises no MarkupError."""
    start = tmp_path / folder
    start.mkdir(parents=True)
    (start / "[b]fett.txt").write_text("Fett.\n")
    monkeypatch.chdir(start)
    root, children = await add_dialog_tree(make_app)
    assert root == shown_path(start)
    assert children == ["[b]fett.txt"]


def test_the_add_dialog_opens_at_home_when_the_current_folder_was_deleted(
    tmp_path: Path, monkeypatch
) -> None:
    """Review 20 A6: ``Path.cwd()`` raises FileNotFoundError then; pressing A must not."""
    gone = tmp_path / "weg"
    gone.mkdir()
    monkeypatch.chdir(gone)
    gone.rmdir()
    assert start_folder() == Path.home()


async def test_the_metadata_form_says_a_date_is_only_the_pdfs_creation(
    make_app, tmp_path: Path
) -> None:
    """Review 21 F5: ``reader meta`` said that a date was a PDF's creation date (when the file
    was made, the text naming none); the app's form showed it as any other date."""
    from tests.data.fixtures.makers import write_pdf

    pages = [[(18, "Report"), (11, "The harbour was rebuilt after the storm of that winter.")]]
    pdf = write_pdf(tmp_path / "r.pdf", pages, metadata={"/CreationDate": "D:20190304101500Z"})
    [added] = load_library().add([pdf]).added
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_library(app, pilot)
        dialog = await open_meta_form(app, pilot, screen, added.id)
        note = str(dialog.query_one("#meta-date-note").render())
        assert "the file's creation date" in note
        await pilot.press("escape")
        await highlight(pilot, screen, SWP)
        await pilot.press("M")
        assert not app.screen.query("#meta-date-note")


async def test_the_metadata_form_resets_a_corrected_field(make_app) -> None:
    """Review 21 F6: emptying a field now clears it for good, and only ``reader meta --reset``
    went back to the detected value. Ctrl+R in the form does it for the focused field."""
    load_library().set_meta(RS, "published", "2019")
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_library(app, pilot)
        dialog = await open_meta_form(app, pilot, screen, RS)
        field = dialog.query_one("#meta-published", Input)
        assert field.value == "2019"
        field.focus()
        await pilot.press("ctrl+r")
        assert field.value == "2024-02-13T20:33"
        assert app.library.entry(RS).corrections == {}
        await pilot.press("ctrl+s")
        await wait_library(app)
        await pilot.pause()
        assert app.screen is screen
        assert app.library.entry(RS).corrections == {}
