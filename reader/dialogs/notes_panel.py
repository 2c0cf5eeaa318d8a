"""The notes panel: every annotation, filtered as you type and by document, colour and tag.

Orphans (quotes no longer found in their document) are listed in their own section with their
stored quote and note. Enter returns the annotation id to jump to; ``e`` edits, ``d`` deletes,
``u`` (or ctrl+z) undoes the last delete or edit.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from rich.text import Text
from textual import events, on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import Input, Label, OptionList, Select
from textual.widgets.option_list import Option

from documents.errors import DocumentError
from reader.dialogs.note_editor import NoteEdit, NoteEditor
from reader.formatting import format_iso_date
from reader.i18n import N_, _, ui_language
from reader.notes import Annotation, Color, NotesError, Status, anchor_all
from reader.screens.base import ReaderModalScreen
from reader.text_fit import shorten
from reader.theme import theme_colour
from reader.widgets.note_markdown import note_line

if TYPE_CHECKING:
    from documents.model import Document
    from reader.library import Library
    from reader.notes import NoteStore

MAX_ROWS = 50
"""Rows rendered at most per section; the count says how many more match (refine the filter).
Laying out an option costs about a millisecond, so this keeps a keystroke under 50 ms."""
LINE_CHARS = 140
"""Each row's lines are cut here (the quote, the note): no wrapping to lay out."""


class NotesPanel(ReaderModalScreen[str | None]):
    """Returns the id of the annotation to jump to, or None."""

    BINDINGS = [
        Binding("escape", "dismiss(None)", N_("Close")),
        Binding("e", "edit", N_("Edit"), id="notes-edit"),
        Binding("d", "delete", N_("Delete"), id="notes-delete"),
        Binding("u,ctrl+z", "undo", N_("Undo"), id="notes-undo"),
    ]
    """Edit, delete and undo work on the highlighted row (typing goes to the filter)."""

    DEFAULT_CSS = """
    NotesPanel { align: center middle; }
    NotesPanel > Vertical { width: 110; max-width: 95%; height: 90%;
        border: round $accent; background: $surface; padding: 0 1; }
    NotesPanel #notes-filters { height: auto; }
    NotesPanel #notes-filters Select { width: 1fr; }
    NotesPanel OptionList { height: 1fr; }
    NotesPanel .notes-panel--help { color: $text-muted; }
    """

    def __init__(self, store: NoteStore, library: Library) -> None:
        super().__init__()
        self.store = store
        self.library = library
        self.changed = False
        """Whether notes were edited or deleted here (the reader redraws its layers)."""
        self.undo_stack: list[tuple[str, Annotation]] = []
        """("delete" | "edit", the annotation as it was)."""
        self.orphans: set[str] = set()
        """Ids of annotations whose quote is not in their document (after the worker ran)."""
        self.documents: dict[str, Document | None] = {}
        """Documents by id, loaded by the worker (None: cannot be loaded)."""
        self.shown: list[Annotation] = []
        """The annotations listed now (after filtering)."""
        self._rows: dict[tuple[str, str], Text] = {}
        """Rendered rows by (id, modified), reused while typing."""

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label(Text(_("Notes"), style="bold"), id="notes-title")
            yield Input(placeholder=_("Filter: words of quote, note or tags"), id="notes-filter")
            with Horizontal(id="notes-filters"):
                yield Select(self._document_options(), prompt=_("All documents"), id="notes-doc")
                yield Select(
                    [(c.value, c.value) for c in Color], prompt=_("All colours"), id="notes-color"
                )
                yield Select(
                    [(tag, tag) for tag in self.store.tags()], prompt=_("All tags"), id="notes-tag"
                )
            yield OptionList(id="notes-list")
            yield Label(
                Text(_("Enter jump · e edit · d delete · u undo · Tab/↓ to the list · Esc close")),
                classes="notes-panel--help",
            )

    def on_mount(self) -> None:
        self.refresh_list()
        self.query_one("#notes-filter", Input).focus()
        self.find_orphans(self.store.all())

    def _document_options(self) -> list[tuple[str, str]]:
        options = []
        for doc_id in self.store.doc_ids():
            try:
                title = self.library.entry(doc_id).meta.title or doc_id
            except DocumentError:
                title = doc_id
            options.append((title, doc_id))
        return options

    # Orphans (a worker: anchoring every document's annotations) -------------------------

    @work(thread=True, exclusive=True, group="notes-panel", exit_on_error=False)
    def find_orphans(self, annotations: list[Annotation]) -> None:
        """Anchor each document's annotations in its current text; the rest are orphans."""
        by_doc: dict[str, list[Annotation]] = {}
        for annotation in annotations:
            by_doc.setdefault(annotation.doc_id, []).append(annotation)
        orphans: set[str] = set()
        documents: dict[str, Document | None] = {}
        for doc_id, group in by_doc.items():
            try:
                document: Document | None = self.library.get(doc_id)
            except DocumentError:
                document = None
            documents[doc_id] = document
            if document is None:
                orphans.update(a.id for a in group)
                continue
            found = anchor_all([a.target for a in group], document.text)
            orphans.update(
                a.id for a, f in zip(group, found, strict=True) if f.status is Status.ORPHANED
            )
        self.app.call_from_thread(self._orphans_found, orphans, documents)

    def _orphans_found(self, orphans: set[str], documents: dict[str, Document | None]) -> None:
        self.orphans, self.documents = orphans, documents
        self._rows.clear()  # section headings are known now
        self.refresh_list()

    # Listing ------------------------------------------------------------------------------

    def _select_value(self, selector: str) -> str | None:
        value = self.query_one(selector, Select).value
        return value if isinstance(value, str) else None

    def refresh_list(self) -> None:
        """Filter the store and list the matches, orphans in their own section."""
        found = self.store.filter(
            self.query_one("#notes-filter", Input).value,
            doc=self._select_value("#notes-doc"),
            color=self._select_value("#notes-color"),
            tag=self._select_value("#notes-tag"),
        )
        placed = [a for a in found if a.id not in self.orphans]
        orphaned = [a for a in found if a.id in self.orphans]
        option_list = self.query_one("#notes-list", OptionList)
        previous = self._highlighted_id()
        options: list[Option | None] = [Option(self._row(a), id=a.id) for a in placed[:MAX_ROWS]]
        if len(placed) > MAX_ROWS:
            more = _("… {count} more: refine the filter").format(count=len(placed) - MAX_ROWS)
            options.append(Option(Text(more, style="italic"), disabled=True))
        if orphaned:
            heading = _("Orphaned: quote no longer found ({count})").format(count=len(orphaned))
            options.append(Option(Text(heading, style="bold"), id="orphans", disabled=True))
            options.extend(Option(self._row(a), id=a.id) for a in orphaned[:MAX_ROWS])
        if not found:
            options.append(Option(Text(_("No notes match.")), disabled=True))
        self.shown = placed[:MAX_ROWS] + orphaned[:MAX_ROWS]
        option_list.set_options(options)
        title = _("Notes: {shown} of {total}").format(shown=len(found), total=len(self.store))
        self.query_one("#notes-title", Label).update(Text(title, style="bold"))
        ids = [a.id for a in self.shown]
        if previous in ids:
            option_list.highlighted = option_list.get_option_index(previous)
        elif ids:
            option_list.highlighted = option_list.get_option_index(ids[0])

    def _row(self, annotation: Annotation) -> Text:
        """The annotation's row (cached while its text and the documents stay the same)."""
        key = (annotation.id, annotation.modified)
        row = self._rows.get(key)
        if row is None:
            row = self._rows[key] = self._render_row(annotation)
        return row

    def _render_row(self, annotation: Annotation) -> Text:
        """Quote, note and tags, then document · section · date; all plain text."""
        row = Text(no_wrap=True, overflow="ellipsis")
        ink, colour = (theme_colour(self.app, f"highlight-{c}") for c in ("ink", annotation.color))
        row.append("●", style=f"{ink} on {colour}")  # the highlight's own colours, any theme
        row.append(" ")
        row.append("“" + shorten(annotation.quote, LINE_CHARS) + "”")
        note = note_line(annotation.note)
        note.truncate(LINE_CHARS, overflow="ellipsis")
        if note or annotation.tags:
            row.append("\n  ")
            row.append_text(note)
            if annotation.tags:
                tags = " ".join("#" + tag for tag in annotation.tags)
                row.append(("  " if note else "") + tags, style="italic")
        row.append("\n  " + self._where(annotation), style="dim")
        return row

    def _where(self, annotation: Annotation) -> str:
        parts = []
        document = self.documents.get(annotation.doc_id)
        if document is not None:
            parts.append(document.title)
            heading = document.heading_before(annotation.target.start)
            if heading is not None:
                parts.append(heading.title)
        else:
            try:
                parts.append(self.library.entry(annotation.doc_id).meta.title or annotation.doc_id)
            except DocumentError:
                parts.append(annotation.doc_id)
        if annotation.compare is not None:
            parts.append(_("compared with {doc}").format(doc=annotation.compare.doc_id))
        parts.append(format_iso_date(annotation.created[:10], ui_language()))
        return " · ".join(parts)

    def _highlighted_id(self) -> str | None:
        option_list = self.query_one("#notes-list", OptionList)
        if option_list.highlighted is None:
            return None
        option = option_list.get_option_at_index(option_list.highlighted)
        return option.id if option.id != "orphans" else None

    def _highlighted(self) -> Annotation | None:
        annotation_id = self._highlighted_id()
        return next((a for a in self.shown if a.id == annotation_id), None)

    @on(Input.Changed, "#notes-filter")
    @on(Select.Changed)
    def filter_changed(self) -> None:
        self.refresh_list()

    @on(Input.Submitted, "#notes-filter")
    def focus_list(self) -> None:
        self.query_one("#notes-list", OptionList).focus()

    def on_key(self, event: events.Key) -> None:
        """Down in the filter moves to the list (and no further: the key is used up)."""
        if event.key == "down" and self.focused is self.query_one("#notes-filter", Input):
            event.prevent_default()
            event.stop()
            self.focus_list()

    @on(OptionList.OptionSelected, "#notes-list")
    def jump(self, event: OptionList.OptionSelected) -> None:
        annotation_id = event.option.id
        if annotation_id is None or annotation_id == "orphans":
            return
        if annotation_id in self.orphans:
            self.notify(
                _("Its quote is no longer in the document; the note is kept here."),
                title=_("Orphaned note"),
            )
            return
        self.dismiss(annotation_id)

    # Edit, delete, undo -------------------------------------------------------------------

    def action_edit(self) -> None:
        """Edit the highlighted annotation's note and tags."""
        annotation = self._highlighted()
        if annotation is None:
            return
        editor = NoteEditor(annotation.quote, annotation.note, annotation.tags)
        self.app.push_screen(editor, partial(self._edited, annotation))

    def _edited(self, old: Annotation, edit: NoteEdit | None) -> None:
        if edit is None:
            return
        try:
            self.store.update(old.id, note=edit.note, tags=edit.tags)
        except NotesError as error:
            self.notify(str(error), title=error.title, severity="error", markup=False)
            return
        self.undo_stack.append(("edit", old))
        self.changed = True
        self.refresh_list()

    def action_delete(self) -> None:
        """Delete the highlighted annotation (``u`` brings it back)."""
        annotation = self._highlighted()
        if annotation is None:
            return
        try:
            old = self.store.delete(annotation.id)
        except NotesError as error:
            self.notify(str(error), title=error.title, severity="error", markup=False)
            return
        self.undo_stack.append(("delete", old))
        self.changed = True
        self.refresh_list()
        self.notify(_("Note deleted; u or ctrl+z restores it."), timeout=3)

    def action_undo(self) -> None:
        """Restore what the last delete or edit changed."""
        if not self.undo_stack:
            self.notify(_("Nothing to undo."), timeout=2)
            return
        _kind, old = self.undo_stack.pop()
        self.store.put(old)
        self.changed = True
        self.refresh_list()
