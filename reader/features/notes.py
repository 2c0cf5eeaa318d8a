"""Highlights and notes: colours, notes, tags, copying, comparison notes and the notes panel.

``NotesFeature`` wraps the selection feature (it acts on the selection, else on the cursor
sentence, and ends it: calls down) and owns each pane's anchored annotations. The notes store
is opened after the first frame and each pane's annotations are anchored in a ``"notes"``
thread worker; the store itself is only used on the main thread (SQLite connections belong to
the thread that opened them). ``reader.notes`` (and rapidfuzz) is imported inside the
methods, never at start-up. ``ctrl+n`` opens ``NotesPanel`` (filter, edit, delete and undo
happen there); on closing, the panes reload their notes if it changed any and the chosen
annotation is shown, marked on the ``note-target`` layer.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import partial
from typing import TYPE_CHECKING, Any

from textual import on, work
from textual.binding import Binding
from textual.containers import Vertical
from textual.worker import Worker, WorkerState

from reader.context import reader_app
from reader.features import notes_marks as marks
from reader.features.jump_targets import JumpTargets
from reader.features.notes_aside import report_problem, set_aside_notes
from reader.features.notes_failures import worker_failure, write_failure
from reader.features.panes import Panes
from reader.features.selection import SelectionFeature
from reader.i18n import N_, _, n_
from reader.widgets.document_view import DocumentView
from reader.widgets.note_bar import NoteBar
from reader.widgets.pane import DocumentPane

if TYPE_CHECKING:
    from collections.abc import Callable

    from documents.model import Document
    from reader.dialogs.note_editor import NoteEdit
    from reader.dialogs.notes_panel import NotesPanel
    from reader.notes import Annotation, NoteStore, Placed, Target


@dataclass
class NotesState:
    """The notes of the open panes."""

    ready: bool = False
    """The store is open and the panes' annotations were asked for."""
    placed: dict[str, list[Placed]] = field(default_factory=dict)
    """Per pane id: its document's annotations, anchored in the current text."""
    colour: str = "yellow"
    """The colour ``h`` highlights in (keys 1 to 5 choose it)."""


class NotesFeature(Vertical):
    """Wraps the selection feature: highlight, annotate, tag, copy; the notes panel; the
    store's problems."""

    DEFAULT_CSS = "NotesFeature { height: 1fr; }"

    BINDINGS = [
        Binding(
            "ctrl+n",
            "notes_panel",
            N_("Notes"),
            tooltip=N_("All highlights and notes: filter, jump, edit, delete"),
            id="notes-panel",
        ),
        Binding(
            "h",
            "highlight",
            N_("Highlight"),
            tooltip=N_("Highlight the selection or sentence in the current colour"),
            id="highlight",
            show=False,
        ),
        Binding(
            "a",
            "annotate",
            N_("Note"),
            tooltip=N_("Write a note on the selection or sentence"),
            id="annotate",
            show=False,
        ),
        Binding("T", "edit_tags", N_("Tags"), show=False, id="tags"),
        Binding("Y", "copy_selection", N_("Copy text"), show=False, id="copy"),
        *(
            Binding(str(n), f"pick_colour('{name}')", N_("Colour: ") + N_(name), show=False)
            for n, name in enumerate(marks.COLOURS, 1)
        ),
    ]
    """Notes keys; they act on the selection or the cursor sentence."""

    def __init__(self, *children: Vertical, id: str | None = None) -> None:
        super().__init__(*children, id=id)
        self.state = NotesState()
        """The annotations of the panes and the current colour."""
        self.panes = Panes(self)
        self._targets = JumpTargets(marks.TARGET_LAYER)

    @property
    def note_store(self) -> NoteStore:
        return reader_app(self).services.notes

    @property
    def _selection(self) -> SelectionFeature:
        return self.query_one(SelectionFeature)

    # Setup --------------------------------------------------------------------------------

    def on_mount(self) -> None:
        """Open the store after the first frame."""
        self.call_after_refresh(self._open_notes)

    def _open_notes(self) -> None:
        if not self.is_attached:  # the app quit before its first refresh
            return
        store = self.note_store
        self.state.ready = True
        if store.problem is not None:
            report_problem(self)
        for pane in self.panes.all():
            self.load_pane_notes(pane)

    def load_pane_notes(self, pane: DocumentPane) -> None:
        """Anchor the pane's annotations in a worker; the marks follow."""
        if pane.id is None:
            return
        if not pane.query(NoteBar):
            pane.mount(NoteBar())
        document = pane.document
        path = str(document.path) if document.path else None
        annotations = self.note_store.for_document(document.id, document.content_hash, path)
        self.place_notes(pane.id, document, annotations)

    # Named: without a description Textual names a worker by repr() of its arguments,
    # which for documents and notes means building their whole text.
    @work(thread=True, group="notes", exit_on_error=False, description="place notes")
    def place_notes(self, pane_id: str, document: Document, annotations: list[Annotation]) -> None:
        """Anchoring (pure computation) off the main thread."""
        from reader.notes import Placed, anchor_all

        found = anchor_all([a.target for a in annotations], document.text)
        placed = [Placed(a, where) for a, where in zip(annotations, found, strict=True)]
        self.app.call_from_thread(self._notes_placed, pane_id, document, placed)

    def _notes_placed(self, pane_id: str, document: Document, placed: list[Placed]) -> None:
        pane = self.panes.by_id(pane_id)
        if pane is None or pane.document is not document:
            return
        # Notes added, edited or deleted while the worker ran: the store is the truth.
        path = str(document.path) if document.path else None
        current = {
            a.id: a for a in self.note_store.for_document(document.id, document.content_hash, path)
        }
        kept = [
            marks.replaced(p, current[p.annotation.id])
            for p in placed
            if p.annotation.id in current
        ]
        known = {p.annotation.id for p in kept}
        kept += [marks.fresh(a) for a in current.values() if a.id not in known]
        self.state.placed[pane_id] = kept
        self.draw_notes(pane)

    @on(DocumentPane.DocumentShown)
    def _reload_pane_notes(self, event: DocumentPane.DocumentShown) -> None:
        """A pane shows another document: its note bar and marks are new."""
        self._targets.forget(event.pane)
        self.state.placed.pop(event.pane.id or "", None)
        if self.state.ready:
            self.load_pane_notes(event.pane)

    # Drawing -------------------------------------------------------------------------------

    def _placed(self, pane: DocumentPane) -> list[Placed]:
        return self.state.placed.get(pane.id or "", [])

    def draw_notes(self, pane: DocumentPane) -> None:
        """Highlights, note markers and the note bar of one pane."""
        marks.draw_annotations(pane, self._placed(pane))
        self._show_cursor_notes(pane)

    def cursor_annotations(self, pane: DocumentPane) -> list[Placed]:
        """The annotations overlapping the pane's cursor sentence, innermost first."""
        return marks.overlapping(self._placed(pane), pane.view.cursor_span())

    def _show_cursor_notes(self, pane: DocumentPane) -> None:
        bars = pane.query(NoteBar)
        if bars:
            bars.first().show_notes([p.annotation for p in self.cursor_annotations(pane)])

    @on(DocumentView.CursorMoved)
    def _follow_cursor(self, event: DocumentView.CursorMoved) -> None:
        """Show the cursor sentence's notes; a jump's mark goes once the cursor moves on."""
        pane = self.panes.of(event.view)
        if pane is None:
            return
        self._targets.cursor_moved(pane, event.sentence)
        if pane.document.sentences:
            self._show_cursor_notes(pane)

    # Highlight, colour, copy ---------------------------------------------------------------

    def _ready(self) -> bool:
        if not self.state.ready:
            self.notify(_("Notes are still loading…"), timeout=2)
        return self.state.ready

    def action_highlight(self, colour: str | None = None) -> None:
        """Highlight the selection (or the cursor sentence) in the current colour."""
        if not self._ready():
            return
        colour = colour or self.state.colour
        pane = self.panes.focused()
        found = self._selection.target_range(pane)
        if found is None:
            return
        same = marks.exact(self._placed(pane), found)
        if same is None and self._selection.selection is None:
            same = marks.covering(self._placed(pane), found)
        if same is not None:
            self._store_update(pane, same.annotation.id, color=colour)
        else:
            self._store_add(pane, marks.make_target(pane.document, *found), color=colour)
        self._selection.action_cancel_selection()

    def action_pick_colour(self, colour: str) -> None:
        """Choose the highlight colour; a selection is highlighted in it, a highlight recoloured."""
        self.state.colour = colour
        if self._selection.selection is not None:
            self.action_highlight(colour)
            return
        pane = self.panes.focused()
        under = self.cursor_annotations(pane) if self.state.ready else []
        if under:
            self._store_update(pane, under[0].annotation.id, color=colour)
        self.notify(_("Colour: ") + _(colour), timeout=1.5)

    def action_copy_selection(self) -> None:
        """Copy the selected text (or the cursor sentence) to the clipboard (OSC 52)."""
        pane = self.panes.focused()
        found = self._selection.target_range(pane)
        if found is None:
            return
        text = pane.document.text[found[0] : found[1]]
        self.app.copy_to_clipboard(text)
        self.notify(
            n_("Copied {count} character.", "Copied {count} characters.", len(text)), timeout=2
        )
        self._selection.action_cancel_selection()

    # Notes and tags ------------------------------------------------------------------------

    def action_annotate(self, tags_only: bool = False) -> None:
        """Write a note on the selection; without one, on the cursor sentence's highlight."""
        from reader.dialogs.note_editor import NoteEditor, open_note_editor

        if not self._ready():
            return
        pane = self.panes.focused()
        found = self._selection.target_range(pane)
        if found is None:
            return
        existing = marks.exact(self._placed(pane), found)
        if existing is None and self._selection.selection is None:
            under = self.cursor_annotations(pane)
            existing = next((p for p in under if p.annotation.note), under[0] if under else None)
        if existing is not None:
            annotation = existing.annotation
            editor = NoteEditor(annotation.quote, annotation.note, annotation.tags)
            callback = partial(self._note_edited, pane, annotation.id)
        else:
            target = marks.make_target(pane.document, *found)
            editor = NoteEditor(target.exact, colour=self.state.colour)
            callback = partial(self._note_written, pane, target, None)
        open_note_editor(self.app, editor, callback)
        if tags_only:
            editor.call_after_refresh(editor.focus_tags)

    def action_edit_tags(self) -> None:
        """Edit the tags of the annotation under the cursor (or of a new one)."""
        self.action_annotate(tags_only=True)

    def _note_written(
        self, pane: DocumentPane, target: Target, compare: Target | None, edit: NoteEdit | None
    ) -> None:
        if edit is None:
            return
        self._store_add(
            pane, target, color=self.state.colour, note=edit.note, tags=edit.tags, compare=compare
        )
        self._selection.action_cancel_selection()

    def _note_edited(self, pane: DocumentPane, annotation_id: str, edit: NoteEdit | None) -> None:
        if edit is not None:
            self._store_update(pane, annotation_id, note=edit.note, tags=edit.tags)
            self._selection.action_cancel_selection()

    def write_pair_note(self) -> None:
        """A note on the pair of cursor sentences of both panes (a comparison note); the
        links feature's ``C`` puts the other pane on the linked sentence first."""
        from reader.dialogs.note_editor import NoteEditor, open_note_editor

        if not self._ready():
            return
        pane = self.panes.focused()
        other = self.panes.other(pane)
        if other is None:
            self.notify(_("A comparison note needs two documents side by side."), timeout=2)
            return
        mine, theirs = self._selection.target_range(pane), other.view.cursor_span()
        if mine is None or theirs is None:
            return
        target = marks.make_target(pane.document, *mine)
        compare = marks.make_target(other.document, *theirs)
        quote = f"{target.exact}\n⇄ {compare.exact}"
        editor = NoteEditor(quote, title=_("Note on this pair"), colour=self.state.colour)
        open_note_editor(self.app, editor, partial(self._note_written, pane, target, compare))

    # The panel and the damaged file --------------------------------------------------------

    def action_notes_panel(self) -> None:
        """Every annotation: filter, jump (Enter), edit, delete and undo."""
        from reader.dialogs.notes_panel import NotesPanel

        if not self._ready():
            return
        panel = NotesPanel(self.note_store, reader_app(self).library)
        self.app.push_screen(panel, partial(self._panel_closed, panel))

    async def _panel_closed(self, panel: NotesPanel, annotation_id: str | None) -> None:
        if panel.changed:
            for pane in self.panes.all():
                self.load_pane_notes(pane)
        if annotation_id is not None:
            await self.jump_to_annotation(annotation_id)

    async def jump_to_annotation(self, annotation_id: str) -> None:
        """Show the annotation's document (in the pane showing it, else the right pane); a
        note on a pair brings its partner into view in the other pane too."""
        annotation = self._call_store(partial(self.note_store.get, annotation_id))
        if annotation is None:
            return
        panes = self.panes.all()
        pane = marks.pane_for(annotation.target, panes)
        if pane is None:  # the right pane, unless it shows the partner of a pair
            compare = annotation.compare
            pane = panes[0] if compare and marks.pane_for(compare, panes[-1:]) else panes[-1]
            if not await self.panes.show_document_in(pane, annotation.target.doc_id):
                return
        if not self._mark_target(pane, annotation.target):
            self.notify(_("Its quote is no longer in the document."), title=_("Orphaned note"))
            return
        partner = self.panes.other(pane)
        if annotation.compare is not None and partner is not None:
            shown = marks.pane_for(annotation.compare, [partner]) is not None
            if shown or await self.panes.show_document_in(partner, annotation.compare.doc_id):
                self._mark_target(partner, annotation.compare)
        pane.view.focus()

    def _mark_target(self, pane: DocumentPane, target: Target) -> bool:
        """Put ``pane``'s cursor on ``target``'s quote and mark it; False if it is not found."""
        from reader.notes import anchor

        where = anchor(target, pane.document.text)
        index = pane.document.sentence_index_at(where.start)
        if where.status.value == "orphaned" or index is None:
            return False
        self._targets.mark(pane, index, where.start, where.end)
        return True

    @on(Worker.StateChanged)
    def _report_worker_error(self, event: Worker.StateChanged) -> None:
        """A failed export or placing of notes says why: exit_on_error=False alone dropped
        the error without a word (trial 24: no toast after an export)."""
        titles = {"notes": _("Notes"), "notes-export": _("Export")}
        group = event.worker.group
        if group in titles and event.state is WorkerState.ERROR:
            error = event.worker.error
            self.log.error(f"{group} worker failed: {error!r}")
            message = worker_failure(group, error)
            self.notify(message, title=titles[group], severity="error", markup=False)

    def action_export_notes(self, fmt: str) -> None:
        """Every highlight and note to a new file under the data directory: Markdown (``md``)
        or W3C Web Annotation JSON-LD (``w3c``), as ``reader notes export`` writes them."""
        from reader.notes import NotesError

        if not self._ready():
            return
        try:
            annotations = self.note_store.all()
        except NotesError as error:
            self.notify(str(error), title=error.title, severity="error", markup=False)
            return
        if not annotations:
            self.notify(_("There are no notes to export yet."), timeout=3)
            return
        self._write_export(annotations, fmt)

    @work(thread=True, group="notes-export", exit_on_error=False, description="export notes")
    def _write_export(self, annotations: list[Annotation], fmt: str) -> None:
        """Load the documents the Markdown quotes from and write the file, off the main thread."""
        from reader.notes_export import export_to_data_dir

        problems: list[str] = []
        try:
            path = export_to_data_dir(annotations, fmt, reader_app(self).library, problems.append)
        except OSError as error:
            self.log.error(f"notes export failed: {error!r}")
            message = write_failure(error)
            self.app.call_from_thread(
                self.notify, message, title=_("Export"), severity="error", markup=False
            )
            return
        message = n_(
            "{count} note written to {path}",
            "{count} notes written to {path}",
            len(annotations),
            path=path,
        )
        if problems:
            message += "\n" + "\n".join(problems)
        self.app.call_from_thread(self.notify, message, title=_("Export"), markup=False, timeout=8)

    def action_set_aside_notes(self) -> None:
        """Rename the unusable notes file; the notes written meanwhile become the database."""
        if set_aside_notes(self):
            report_problem(self)
            for pane in self.panes.all():
                self.load_pane_notes(pane)

    # Store writes (main thread), keeping the pane's placed list current ---------------------

    def _call_store(self, call: Callable[[], Annotation]) -> Annotation | None:
        """Run one store call; its ``NotesError`` becomes an error toast, and None."""
        from reader.notes import NotesError

        try:
            return call()
        except NotesError as error:
            self.notify(str(error), title=error.title, severity="error", markup=False)
            return None

    def _store_add(self, pane: DocumentPane, target: Target, **fields: Any) -> None:
        annotation = self._call_store(lambda: self.note_store.add(target, **fields))
        if annotation is not None:
            self.state.placed.setdefault(pane.id or "", []).append(marks.fresh(annotation))
            self.draw_notes(pane)

    def _store_update(self, pane: DocumentPane, annotation_id: str, **fields: Any) -> None:
        new = self._call_store(lambda: self.note_store.update(annotation_id, **fields))
        if new is not None:
            self.state.placed[pane.id or ""] = [
                marks.replaced(p, new) if p.annotation.id == annotation_id else p
                for p in self._placed(pane)
            ]
            self.draw_notes(pane)
