"""`ctrl+l`: every document with its facts; choose what to read, add, remove and correct.

The screen returns a :class:`LibraryChoice` (the documents for the panes: one for a single
full-width pane, two for left and right) or None. Library changes (remove, restore, metadata,
add) go through the reading screen's :class:`~reader.features.library.LibraryFeature`,
which owns the adding worker and tells the rest of the app.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.events import Key
from textual.widgets import Button, DataTable, Input, Label, Static
from textual.worker import Worker, WorkerState

from reader.i18n import N_, _
from reader.notes.counts import shown_note_counts
from reader.screens.base import ReaderScreen
from reader.screens.library_work import LIBRARY_GROUP, LibraryHost, library_busy
from reader.widgets.add_progress import AddProgress
from reader.widgets.library_table import (
    SORT_KEYS,
    LibraryTable,
    entry_matches,
    format_size,
    sort_label,
    sorted_entries,
)
from reader.widgets.reader_footer import ReaderFooter

if TYPE_CHECKING:
    from documents.model import DocumentMeta
    from reader.library import Library, LibraryEntry

__all__ = ["SORT_KEYS", "LibraryChoice", "LibraryScreen", "format_size"]


FOOTER_FIRST = (
    "library-open",
    "library-left",
    "library-right",
    "library-add",
    "library-remove",
    "library-meta",
)
"""Keys the footer keeps on a narrow terminal."""


@dataclass
class LibraryChoice:
    """What the reader shows after the library screen closes."""

    doc_ids: list[str]
    """One id (a single full-width pane) or two (left, right)."""
    then_key: str = ""
    """A reading-screen key to press afterwards (`e` glossary, `t` timeline, `L` links)."""


class LibraryScreen(ReaderScreen[LibraryChoice | None]):
    """The documents as a table; marks say which go to the left and right panes.

    Args:
        host: The reading screen (it adds documents and announces library changes).
        current: The ids shown in the panes now (the starting marks).
        focused: Index of the focused pane: Enter without marks replaces that one.
    """

    BINDINGS = [
        Binding(
            "escape",
            "back",
            N_("Back"),
            tooltip=N_("Back to the reader, with the panes as marked by 1, 2 or 0"),
        ),
        Binding(
            "enter",
            "open",
            N_("Open"),
            tooltip=N_("Read the marked documents, or this one in the current pane"),
            id="library-open",
        ),
        Binding("1", "mark(0)", N_("Left pane"), id="library-left"),
        Binding("2", "mark(1)", N_("Right pane"), id="library-right"),
        Binding("0", "single", N_("One pane"), tooltip=N_("Read this document full width")),
        Binding("slash", "filter", N_("Filter"), id="library-filter"),
        Binding("s", "sort", N_("Sort"), tooltip=N_("Sort by title, date, publisher, added")),
        Binding("A", "add", N_("Add"), tooltip=N_("Add a file or folder"), id="library-add"),
        Binding(
            "d",
            "remove",
            N_("Remove"),
            tooltip=N_("Remove from the library (notes stay)"),
            id="library-remove",
        ),
        Binding(
            "M",
            "edit_meta",
            N_("Metadata"),
            tooltip=N_("Correct title, date, publisher…"),
            id="library-meta",
        ),
        Binding("r", "restore", N_("Restore seeds"), show=False),
        Binding("e", "then('e')", N_("Glossary of the marked documents"), show=False),
        Binding("t", "then('t')", N_("Timeline of the marked documents"), show=False),
        Binding("L", "then('L')", N_("Links between the marked documents"), show=False),
        Binding("question_mark", "help", N_("Keys"), show=False),
    ]
    """Marks, opening, filter and sort, and the library changes."""

    DEFAULT_CSS = """
    LibraryScreen #library-top { height: auto; padding: 0 1; }
    LibraryScreen #library-heading { width: 1fr; text-style: bold; padding-top: 1; }
    LibraryScreen #library-filter { margin: 0 1; }
    LibraryScreen DataTable { height: 1fr; margin: 0 1; }
    LibraryScreen #library-status { height: auto; padding: 0 1; color: $text-muted; }
    """

    def __init__(self, host: LibraryHost, current: list[str], focused: int = 0) -> None:
        super().__init__()
        self.host = host
        """The reading screen underneath."""
        self.marks: list[str] = list(current)
        """Document ids for the panes: [left] (one pane) or [left, right]."""
        self.marks_changed = False
        """Whether `1`, `2` or `0` was pressed (Enter then applies the marks)."""
        self.focused_pane = focused
        """Index of the pane Enter replaces when nothing was marked."""
        self.sort_key = "title"
        """One of SORT_KEYS."""
        self.note_counts: dict[str, int] = {}
        """Notes per document id, counted in a worker."""

    @property
    def library(self) -> Library:
        return self.host.library

    def compose(self) -> ComposeResult:
        with Horizontal(id="library-top"):
            yield Label("", id="library-heading")
            add = Button(_("Add document…"), id="library-add-button")
            add.can_focus = False  # a click adds; keys stay with the table (1, 2, A, d, M)
            yield add
        yield Input(placeholder=_("Filter: title, publisher, date, language…"), id="library-filter")
        yield LibraryTable()
        yield Static("", id="library-status")
        yield AddProgress()
        yield ReaderFooter(FOOTER_FIRST)

    def on_mount(self) -> None:
        self.reload()
        self.query_one(LibraryTable).focus()

    # Rows ------------------------------------------------------------------------------

    def reload(self) -> None:
        """Rebuild the rows from the library and count notes again."""
        visible = self.library.ids()
        self.marks = [doc_id for doc_id in self.marks if doc_id in visible]
        self.show_rows()
        if not library_busy(self):
            self.count_notes()

    def show_rows(self) -> None:
        """Fill the table: filtered, sorted, the highlighted document kept."""
        words = self.query_one("#library-filter", Input).value.casefold().split()
        entries = [
            e
            for e in sorted_entries(self.library.visible(), self.sort_key)
            if entry_matches(e, words)
        ]
        self.query_one(LibraryTable).show_entries(entries, self.marks, self.note_counts)
        self.show_status()

    def show_status(self) -> None:
        total = len(self.library.visible())
        heading = _("Library: {shown} of {total} documents, sorted by {key}").format(
            shown=len(self.shown_ids), total=total, key=sort_label(self.sort_key)
        )
        self.query_one("#library-heading", Label).update(Text(heading))
        titles = [self._title(doc_id) for doc_id in self.marks]
        if len(titles) == 1:
            marks = _("One pane, full width: {title}").format(title=titles[0])
        elif len(titles) == 2:
            marks = _("Left: {left} · Right: {right}").format(left=titles[0], right=titles[1])
        else:
            marks = _("Nothing marked")
        hint = _(
            "1/2: left/right pane · 0: one pane · Enter: open · glossary (e), timeline (t) "
            "and links (L) use the documents in the panes"
        )
        self.query_one("#library-status", Static).update(Text(f"{marks}\n{hint}"))

    def _title(self, doc_id: str) -> str:
        try:
            return self.library.entry(doc_id).meta.title or doc_id
        except LookupError:
            return doc_id

    @property
    def shown_ids(self) -> list[str]:
        """The rows of the table, in order."""
        return self.query_one(LibraryTable).shown_ids

    def highlighted_id(self) -> str | None:
        return self.query_one(LibraryTable).highlighted_id()

    @work(thread=True, group=LIBRARY_GROUP, exit_on_error=False)
    def count_notes(self) -> dict[str, int]:
        """Notes per shown document (``shown_note_counts``: no document is read)."""
        return shown_note_counts(self.library)

    @on(Worker.StateChanged)
    def show_note_counts(self, event: Worker.StateChanged) -> None:
        if event.worker.group != LIBRARY_GROUP or event.worker.node is not self:
            return  # counting is this screen's only worker in the library group
        if event.state == WorkerState.SUCCESS and event.worker.result is not None:
            self.note_counts = event.worker.result
            self.show_rows()
        elif event.state == WorkerState.ERROR:
            self.notify(str(event.worker.error), title=_("Notes"), severity="error", markup=False)

    # Filter and sort -------------------------------------------------------------------

    @on(Input.Changed, "#library-filter")
    def filter_rows(self) -> None:
        self.show_rows()

    @on(Input.Submitted, "#library-filter")
    def end_filter(self) -> None:
        self.query_one(LibraryTable).focus()

    def on_key(self, event: Key) -> None:
        # Down from the filter field goes to the table (the field has no use for it).
        if event.key == "down" and isinstance(self.focused, Input):
            self.query_one(LibraryTable).focus()

    def action_filter(self) -> None:
        self.query_one("#library-filter", Input).focus()

    def action_sort(self) -> None:
        self.sort_key = SORT_KEYS[(SORT_KEYS.index(self.sort_key) + 1) % len(SORT_KEYS)]
        self.show_rows()

    # Marks and opening -----------------------------------------------------------------

    def action_mark(self, slot: int) -> None:
        """Mark the highlighted document for the left (0) or right (1) pane."""
        doc_id = self.highlighted_id()
        if doc_id is None:
            return
        marks = list(self.marks)
        if doc_id in marks and len(marks) == 2 and marks.index(doc_id) != slot:
            marks.reverse()
        elif slot < len(marks):
            marks[slot] = doc_id
        else:
            marks = [m for m in marks if m != doc_id] + [doc_id]
        self.marks, self.marks_changed = marks[:2], True
        self.show_rows()

    def action_single(self) -> None:
        """Mark the highlighted document as the only one, read full width."""
        doc_id = self.highlighted_id()
        if doc_id is not None:
            self.marks, self.marks_changed = [doc_id], True
            self.show_rows()

    def choice(self) -> list[str]:
        """The ids to show: the marks, or the highlighted document in the focused pane."""
        doc_id = self.highlighted_id()
        if self.marks_changed or doc_id is None:
            return list(self.marks)
        ids = list(self.marks)
        if doc_id in ids:
            return ids
        slot = min(self.focused_pane, len(ids))
        ids[slot : slot + 1] = [doc_id]
        return ids

    @on(DataTable.RowSelected)
    def action_open(self) -> None:
        """Back to the reader with the chosen documents."""
        if self.host.check_library_free() and self.choice():
            self.dismiss(LibraryChoice(self.choice()))

    def action_then(self, key: str) -> None:
        """Read the marked documents and open the glossary, timeline or links for them."""
        if self.host.check_library_free() and self.choice():
            self.dismiss(LibraryChoice(self.choice(), then_key=key))

    def action_back(self) -> None:
        """Esc: leave the filter field, else back to the reader with what 1/2/0 marked (the
        status line says so), or with nothing changed."""
        if isinstance(self.focused, Input):
            self.query_one(LibraryTable).focus()
        elif self.marks_changed and self.marks and self.host.check_library_free():
            self.dismiss(LibraryChoice(list(self.marks)))
        else:
            self.dismiss(None)

    def on_screen_resume(self) -> None:
        """Back from a dialog (add, remove, metadata): the keys work on the table again."""
        if not isinstance(self.focused, Input):
            self.query_one(LibraryTable).focus()

    # Library changes -------------------------------------------------------------------

    @on(Button.Pressed, "#library-add-button")
    def action_add(self) -> None:
        self.host.action_add_document()

    def action_restore(self) -> None:
        self.host.action_restore_seeds()

    def action_remove(self) -> None:
        """Ask, then hide the highlighted document (its notes stay)."""
        doc_id = self.highlighted_id()
        if doc_id is None or not self.host.check_library_free():
            return
        from reader.dialogs.confirm import ConfirmDialog

        question = _("Remove “{title}” from the library? Its notes stay.").format(
            title=self._title(doc_id)
        )
        dialog = ConfirmDialog(question, yes=_("Remove"))
        self.app.push_screen(dialog, partial(self._remove, doc_id))

    def _remove(self, doc_id: str, confirmed: bool | None) -> None:
        if not confirmed or not self.host.check_library_free():
            return
        from documents.errors import DocumentError

        try:
            self.library.remove(doc_id)
        except DocumentError as error:
            self.notify(str(error), title=_("Library"), severity="error", markup=False)
            return
        self.notify(_("Removed {id}; its notes stay.").format(id=doc_id), markup=False)
        self.host.library_changed(removed=[doc_id])

    def action_edit_meta(self) -> None:
        """Correct the highlighted document's metadata in a form."""
        doc_id = self.highlighted_id()
        if doc_id is None or not self.host.check_library_free():
            return
        from reader.dialogs.edit_meta import EditMetaDialog

        entry = self.library.entry(doc_id)
        save = partial(self.library.set_meta, doc_id)

        def reset(key: str) -> DocumentMeta:
            return self.library.reset_meta(doc_id, key).meta

        self.app.push_screen(
            EditMetaDialog(doc_id, entry.meta, save, self._date_note(entry), reset),
            partial(self._edited, doc_id),
        )

    def _date_note(self, entry: LibraryEntry) -> str:
        """The form's note under the date when it is only a PDF's creation date (the one
        file type whose own date is a fallback; others are not read for it)."""
        from reader.library.dating import DATE_SOURCES, date_source

        if entry.path.suffix.lower() != ".pdf":
            return ""
        return _(DATE_SOURCES["file"]) if date_source(self.library, entry) == "file" else ""

    def _edited(self, doc_id: str, changed: bool | None) -> None:
        if changed:
            self.host.library_changed(changed=[doc_id])

    def action_help(self) -> None:
        from reader.dialogs.help import HelpScreen, collect_bindings

        self.app.push_screen(HelpScreen(collect_bindings(type(self))))
