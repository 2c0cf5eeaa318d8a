"""The notes panel: every annotation, filtered as you type and by document, colour and tag.

Orphans (quotes no longer found in their document) are listed in their own section with their
stored quote and note. Enter returns the annotation id to jump to; ``e`` edits, ``d`` deletes,
``u`` (or ctrl+z) undoes the last delete or edit. Every match is listed, however many: the
list renders only the rows on screen (``LazyOptionList``), so 50,000 notes open as fast as 50.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import Input, Label, Select

from documents.errors import DocumentError
from reader.dialogs.note_editor import NoteEdit, NoteEditor, open_note_editor
from reader.formatting import format_iso_date
from reader.i18n import N_, _, ui_language
from reader.notes import Annotation, Color, NotesError, Status, anchor_all
from reader.screens.base import ReaderModalScreen
from reader.text_fit import shorten
from reader.theme import theme_colour
from reader.widgets.lazy_option_list import LazyOptionList
from reader.widgets.note_markdown import note_line

if TYPE_CHECKING:
    from documents.model import Document
    from reader.library import Library
    from reader.notes import NoteStore

ORPHANS_ID = "orphans"
"""Id of the orphans' section heading in the list."""
LINE_CHARS = 140
"""Each row's lines are cut here (the quote, the note): no wrapping to lay out."""


class NotesPanel(ReaderModalScreen[str | None]):
    """Returns the id of the annotation to jump to, or None."""

    BINDINGS = [
        Binding("escape", "dismiss(None)", N_("Close")),
        Binding("e", "edit", N_("Edit"), id="notes-edit"),
        Binding("d", "delete", N_("Delete"), id="notes-delete"),
        Binding("u,ctrl+z", "undo", N_("Undo"), id="notes-undo"),
        Binding("tab,down", "focus_list", N_("To the list"), show=False, id="notes-to-list"),
        Binding("tab", "app.focus_next", N_("Next field"), show=False),
    ]
    """Edit, delete and undo work on the highlighted row (typing goes to the filter); Tab or
    ↓ in the filter moves to the list, as the hint says (the dropdowns are one shift+Tab from
    the list). Tab elsewhere moves on as on any screen: a screen's binding of a key hides its
    base class's, so the second one says it again."""

    DEFAULT_CSS = """
    NotesPanel { align: center middle; }
    NotesPanel > Vertical { width: 110; max-width: 95%; height: 90%;
        border: round $accent; background: $surface; padding: 0 1; }
    NotesPanel #notes-filters { height: auto; }
    NotesPanel #notes-filters Select { width: 1fr; }
    NotesPanel LazyOptionList { height: 1fr; }
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
        """The annotations listed now (after filtering), in list order."""
        self._headings: dict[int, Text] = {}
        """Rows of the list that are no annotation (the orphans' heading, "no match"), by index."""
        self._annotation_at: dict[int, Annotation] = {}
        """The annotation of each other row, by index."""
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
            yield LazyOptionList(self._prompt, id="notes-list")
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

    @work(
        thread=True,
        exclusive=True,
        group="notes-panel",
        exit_on_error=False,
        description="find orphans",  # else Textual names it by repr() of every note
    )
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
        if orphans:
            self.refresh_list()
        else:  # the same rows: only those on screen are drawn again
            self.query_one("#notes-list", LazyOptionList).redraw_options()

    # Listing ------------------------------------------------------------------------------

    def _select_value(self, selector: str) -> str | None:
        value = self.query_one(selector, Select).value
        return value if isinstance(value, str) else None

    def refresh_list(self) -> None:
        """Filter the store and list every match, orphans in their own section (only the
        rows on screen are rendered)."""
        found = self.store.filter(
            self.query_one("#notes-filter", Input).value,
            doc=self._select_value("#notes-doc"),
            color=self._select_value("#notes-color"),
            tag=self._select_value("#notes-tag"),
        )
        placed = [a for a in found if a.id not in self.orphans]
        orphaned = [a for a in found if a.id in self.orphans]
        option_list = self.query_one("#notes-list", LazyOptionList)
        previous = self._highlighted_id()
        self.shown = placed + orphaned
        ids: list[str | None] = [a.id for a in placed]
        heights = [_row_height(a) for a in placed]
        self._headings = {}
        if orphaned:
            heading = _("Orphaned: quote no longer found ({count})").format(count=len(orphaned))
            self._headings[len(ids)] = Text(heading, style="bold")
            ids.append(ORPHANS_ID)
            heights.append(1)
            ids.extend(a.id for a in orphaned)
            heights.extend(_row_height(a) for a in orphaned)
        if not found:
            self._headings[len(ids)] = Text(_("No notes match."))
            ids.append(None)
            heights.append(1)
        self._annotation_at = dict(zip(range(len(placed)), placed, strict=True))
        self._annotation_at.update(zip(range(len(placed) + 1, len(ids)), orphaned, strict=True))
        option_list.set_options(ids, heights, disabled=self._headings)
        title = _("Notes: {shown} of {total}").format(shown=len(found), total=len(self.store))
        self.query_one("#notes-title", Label).update(Text(title, style="bold"))
        try:
            option_list.highlighted = option_list.get_option_index(previous or "")
        except KeyError:
            option_list.highlighted = 0 if self.shown else None

    def _prompt(self, index: int) -> Text:
        """The text of the list's row ``index`` (asked for when it comes into view)."""
        heading = self._headings.get(index)
        return heading if heading is not None else self._row(self._annotation_at[index])

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
        if _row_height(annotation) == 3:
            note = note_line(annotation.note)
            note.truncate(LINE_CHARS, overflow="ellipsis")
            row.append("\n  ")
            row.append_text(note)
            if annotation.tags:
                tags = " ".join("#" + tag for tag in annotation.tags)
                row.append(("  " if note else "") + tags, style="italic")
        row.append("\n  " + self._where(annotation), style="dim")
        return row

    def _where(self, annotation: Annotation) -> str:
        parts = [self._title(annotation.doc_id)]
        document = self.documents.get(annotation.doc_id)
        if document is not None:
            heading = document.heading_before(annotation.target.start)
            if heading is not None:
                parts.append(heading.title)
        if annotation.compare is not None:
            partner = self._title(annotation.compare.doc_id)
            parts.append(_("compared with {doc}").format(doc=partner))
        if annotation.was is not None:
            parts.append(_("text changed since the note (it was: “{was}”)").format(
                was=shorten(annotation.was, LINE_CHARS)))  # fmt: skip
        parts.append(format_iso_date(annotation.created[:10], ui_language()))
        return " · ".join(parts)

    def _title(self, doc_id: str) -> str:
        """A document's title (its id when it has none or is no longer in the library)."""
        document = self.documents.get(doc_id)
        if document is not None:
            return document.title or doc_id
        try:
            return self.library.entry(doc_id).meta.title or doc_id
        except DocumentError:
            return doc_id

    def _highlighted_id(self) -> str | None:
        annotation = self._highlighted()
        return annotation.id if annotation is not None else None

    def _highlighted(self) -> Annotation | None:
        index = self.query_one("#notes-list", LazyOptionList).highlighted
        return self._annotation_at.get(index) if index is not None else None

    @on(Input.Changed, "#notes-filter")
    @on(Select.Changed)
    def filter_changed(self) -> None:
        self.refresh_list()

    @on(Input.Submitted, "#notes-filter")
    def action_focus_list(self) -> None:
        """Move from the filter to the list."""
        self.query_one("#notes-list", LazyOptionList).focus()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Tab and ↓ go to the list only from the filter; elsewhere they move as usual.
        Asked whenever bindings are recomputed, also before the filter exists: no query."""
        if action == "focus_list":
            return getattr(self.focused, "id", None) == "notes-filter"
        return True

    @on(LazyOptionList.OptionSelected, "#notes-list")
    def jump(self, event: LazyOptionList.OptionSelected) -> None:
        annotation_id = event.option.id
        if annotation_id is None or annotation_id == ORPHANS_ID:
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
        open_note_editor(self.app, editor, partial(self._edited, annotation))

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


def _row_height(annotation: Annotation) -> int:
    """Lines of an annotation's row: quote, then note and tags if any, then where it is."""
    return 3 if annotation.note.strip() or annotation.tags else 2
