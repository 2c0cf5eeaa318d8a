"""Highlights and notes on the reading screen: colours, notes, tags, copying, comparisons.

A mixin of ``ReadingScreen`` built on ``SelectionActions`` (it acts on the selection, else on
the cursor sentence); ``NotesPanelActions`` builds on it. The notes store is opened after the
first frame and each pane's annotations are anchored in a thread worker; the store itself is
only used on the main thread (SQLite connections belong to the thread that opened them).
``reader.notes`` (and rapidfuzz) is imported inside the methods, never at start-up.

Drawing uses the view's layers: ``highlights`` (marks in each annotation's colour), ``notes``
(a gutter marker on sentences with a note) and ``note-target`` (the annotation jumped to from
the panel); the selection has its own.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, Any

from rich.style import Style
from textual import on, work
from textual.binding import Binding

from reader.context import reader_app
from reader.i18n import _
from reader.screens.reading_selection import SelectionActions
from reader.widgets.document_view import DocumentView, Mark
from reader.widgets.note_bar import NoteBar
from reader.widgets.pane import DocumentPane

if TYPE_CHECKING:
    from collections.abc import Callable

    from documents.model import Document
    from reader.dialogs.note_editor import NoteEdit
    from reader.notes import Annotation, NoteStore, Placed, Target

HIGHLIGHTS_LAYER = "highlights"
NOTES_LAYER = "notes"
TARGET_LAYER = "note-target"
NOTE_MARKER = "✎"
"""Gutter marker of a sentence with a note."""
COLOURS = ("yellow", "green", "blue", "pink", "purple")
"""The five highlight colours, in the order of the keys 1 to 5."""
_INK = "#1b1b1b"
HIGHLIGHT_STYLES = {
    "yellow": Style(color=_INK, bgcolor="#f7e48b"),
    "green": Style(color=_INK, bgcolor="#a9e5bb"),
    "blue": Style(color=_INK, bgcolor="#a8d4f2"),
    "pink": Style(color=_INK, bgcolor="#f6b8c8"),
    "purple": Style(color=_INK, bgcolor="#d3bdf0"),
}
"""Pastel backgrounds with dark ink: the same contrast on dark and light themes."""


class NoteActions(SelectionActions):
    """Screen mixin: highlight, annotate, tag, copy; comparison notes; the store's problems."""

    BINDINGS = [
        Binding(
            "h",
            "highlight",
            _("Highlight"),
            tooltip=_("Highlight the selection or sentence in the current colour"),
            id="highlight",
            show=False,
        ),
        Binding(
            "a",
            "annotate",
            _("Note"),
            tooltip=_("Write a note on the selection or sentence"),
            id="annotate",
            show=False,
        ),
        Binding("T", "edit_tags", _("Tags"), show=False, id="tags"),
        Binding("Y", "copy_selection", _("Copy text"), show=False, id="copy"),
        Binding("C", "compare_note", _("Note on this pair"), show=False, id="compare-note"),
        *(
            Binding(str(n), f"pick_colour('{name}')", _("Colour: ") + _(name), show=False)
            for n, name in enumerate(COLOURS, 1)
        ),
    ]
    """Notes keys; they act on the selection (``SelectionActions``) or the cursor sentence."""

    @property
    def note_store(self) -> NoteStore:
        return reader_app(self).services.notes

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "compare_note":
            return len(self.panes()) > 1
        return super().check_action(action, parameters)

    # Setup --------------------------------------------------------------------------------

    def setup_notes(self) -> None:
        """Called once from ``on_mount``: open the store after the first frame."""
        self.call_after_refresh(self._open_notes)

    def _open_notes(self) -> None:
        if not self.is_attached:  # the app quit before its first refresh
            return
        store = self.note_store
        self.notes_state.ready = True
        if store.problem is not None:
            self.report_notes_problem()
        for pane in self.panes():
            self.load_pane_notes(pane)

    def report_notes_problem(self) -> None:
        """Say plainly, in a toast that stays, why the usual notes file is not used."""
        problem = self.note_store.problem
        if problem is None:
            return
        message = "\n".join(
            (
                problem.message,
                _("Working with a fresh store; your file {path} is untouched.").format(
                    path=problem.path
                ),
                _("To keep the new notes and rename the old file: ctrl+p, “Set aside”."),
            )
        )
        self.notify(message, title=problem.title, severity="error", timeout=24 * 3600, markup=False)

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

    @work(thread=True, group="notes", exit_on_error=False)
    def place_notes(self, pane_id: str, document: Document, annotations: list[Annotation]) -> None:
        """Anchoring (pure computation) off the main thread."""
        from reader.notes import Placed, anchor_all

        found = anchor_all([a.target for a in annotations], document.text)
        placed = [Placed(a, where) for a, where in zip(annotations, found, strict=True)]
        self.app.call_from_thread(self._notes_placed, pane_id, document, placed)

    def _notes_placed(self, pane_id: str, document: Document, placed: list[Placed]) -> None:
        pane = self._pane_by_id(pane_id)
        if pane is None or pane.document is not document:
            return
        # Notes added, edited or deleted while the worker ran: the store is the truth.
        path = str(document.path) if document.path else None
        current = {
            a.id: a for a in self.note_store.for_document(document.id, document.content_hash, path)
        }
        kept = [_replace(p, current[p.annotation.id]) for p in placed if p.annotation.id in current]
        known = {p.annotation.id for p in kept}
        kept += [_fresh(a) for a in current.values() if a.id not in known]
        self.notes_state.placed[pane_id] = kept
        self.draw_notes(pane)

    @on(DocumentPane.DocumentShown)
    def reload_pane_notes(self, event: DocumentPane.DocumentShown) -> None:
        """A pane shows another document: its note bar and marks are new (the selection goes:
        ``SelectionActions``)."""
        state = self.notes_state
        state.placed.pop(event.pane.id or "", None)
        if state.ready:
            self.load_pane_notes(event.pane)

    # Drawing -------------------------------------------------------------------------------

    def draw_notes(self, pane: DocumentPane) -> None:
        """Highlights, note markers and the note bar of one pane."""
        from reader.notes import highlights, notes_by_sentence

        placed = self.notes_state.placed.get(pane.id or "", [])
        view = pane.view
        view.set_marks(
            HIGHLIGHTS_LAYER,
            [
                Mark(p.start, p.end, HIGHLIGHT_STYLES.get(p.annotation.color.value, Style()))
                for p in highlights(placed)
            ],
        )
        markers = notes_by_sentence(placed, pane.document)
        view.set_gutter(NOTES_LAYER, {index: NOTE_MARKER for index in markers})
        self.show_cursor_notes(pane)

    def cursor_annotations(self, pane: DocumentPane) -> list[Placed]:
        """The annotations overlapping the pane's cursor sentence, innermost first."""
        span = pane.view.cursor_span()
        if span is None:
            return []
        found = [
            p
            for p in self.notes_state.placed.get(pane.id or "", [])
            if not p.orphaned and p.start < span[1] and p.end > span[0]
        ]
        return sorted(found, key=lambda p: p.end - p.start)

    def show_cursor_notes(self, pane: DocumentPane) -> None:
        bars = pane.query(NoteBar)
        if bars:
            bars.first().show_notes([p.annotation for p in self.cursor_annotations(pane)])

    @on(DocumentView.CursorMoved)
    def follow_cursor_notes(self, event: DocumentView.CursorMoved) -> None:
        """Show the cursor sentence's notes."""
        pane = self.pane_of(event.view)
        if pane is None or not pane.document.sentences:
            return
        self.show_cursor_notes(pane)

    def _make_target(self, pane: DocumentPane, start: int, end: int) -> Target:
        from reader.notes import Target

        document = pane.document
        path = str(document.path) if document.path else None
        return Target.from_text(document.id, document.content_hash, document.text, start, end, path)

    # Highlight, colour, copy ---------------------------------------------------------------

    def _ready(self) -> bool:
        if not self.notes_state.ready:
            self.notify(_("Notes are still loading…"), timeout=2)
        return self.notes_state.ready

    def action_highlight(self, colour: str | None = None) -> None:
        """Highlight the selection (or the cursor sentence) in the current colour."""
        if not self._ready():
            return
        colour = colour or self.notes_state.colour
        pane = self.focused_pane()
        found = self._target_range(pane)
        if found is None:
            return
        same = self._exact_annotation(pane, found)
        if same is None and self.notes_state.selection is None:
            same = self._covering_annotation(pane, found)
        if same is not None:
            self._store_update(pane, same.annotation.id, color=colour)
        else:
            self._store_add(pane, self._make_target(pane, *found), color=colour)
        self.action_cancel_selection()

    def _exact_annotation(self, pane: DocumentPane, where: tuple[int, int]) -> Placed | None:
        placed = self.notes_state.placed.get(pane.id or "", [])
        return next((p for p in placed if (p.start, p.end) == where and not p.orphaned), None)

    def _covering_annotation(self, pane: DocumentPane, where: tuple[int, int]) -> Placed | None:
        """The smallest highlight holding all of ``where`` (`h` on a sentence already inside
        a highlight recolours it rather than laying a second one over it)."""
        placed = self.notes_state.placed.get(pane.id or "", [])
        covering = [
            p for p in placed if not p.orphaned and p.start <= where[0] and p.end >= where[1]
        ]
        return min(covering, key=lambda p: p.end - p.start, default=None)

    def action_pick_colour(self, colour: str) -> None:
        """Choose the highlight colour; a selection is highlighted in it, a highlight recoloured."""
        state = self.notes_state
        state.colour = colour
        if state.selection is not None:
            self.action_highlight(colour)
            return
        pane = self.focused_pane()
        under = self.cursor_annotations(pane) if state.ready else []
        if under:
            self._store_update(pane, under[0].annotation.id, color=colour)
        self.notify(_("Colour: ") + _(colour), timeout=1.5)

    def action_copy_selection(self) -> None:
        """Copy the selected text (or the cursor sentence) to the clipboard (OSC 52)."""
        pane = self.focused_pane()
        found = self._target_range(pane)
        if found is None:
            return
        text = pane.document.text[found[0] : found[1]]
        self.app.copy_to_clipboard(text)
        self.notify(_("Copied {count} characters.").format(count=len(text)), timeout=2)
        self.action_cancel_selection()

    # Notes and tags ------------------------------------------------------------------------

    def action_annotate(self, tags_only: bool = False) -> None:
        """Write a note on the selection; without one, on the cursor sentence's highlight."""
        from reader.dialogs.note_editor import NoteEditor

        if not self._ready():
            return
        pane = self.focused_pane()
        found = self._target_range(pane)
        if found is None:
            return
        existing = self._exact_annotation(pane, found)
        if existing is None and self.notes_state.selection is None:
            under = self.cursor_annotations(pane)
            existing = next((p for p in under if p.annotation.note), under[0] if under else None)
        if existing is not None:
            annotation = existing.annotation
            editor = NoteEditor(annotation.quote, annotation.note, annotation.tags)
            callback = partial(self._note_edited, pane, annotation.id)
        else:
            target = self._make_target(pane, *found)
            editor = NoteEditor(target.exact)
            callback = partial(self._note_written, pane, target, None)
        self.app.push_screen(editor, callback)
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
            pane,
            target,
            color=self.notes_state.colour,
            note=edit.note,
            tags=edit.tags,
            compare=compare,
        )
        self.action_cancel_selection()

    def _note_edited(self, pane: DocumentPane, annotation_id: str, edit: NoteEdit | None) -> None:
        if edit is not None:
            self._store_update(pane, annotation_id, note=edit.note, tags=edit.tags)
            self.action_cancel_selection()

    def action_compare_note(self) -> None:
        """A note on the pair of cursor sentences of both panes (a comparison note)."""
        from reader.dialogs.note_editor import NoteEditor

        if not self._ready():
            return
        pane = self.focused_pane()
        other = self.other_pane(pane)
        if other is None:
            self.notify(_("A comparison note needs two documents side by side."), timeout=2)
            return
        mine, theirs = self._target_range(pane), other.view.cursor_span()
        if mine is None or theirs is None:
            return
        target = self._make_target(pane, *mine)
        compare = self._make_target(other, *theirs)
        quote = f"{target.exact}\n⇄ {compare.exact}"
        editor = NoteEditor(quote, title=_("Note on this pair"))
        self.app.push_screen(editor, partial(self._note_written, pane, target, compare))

    # Store writes (main thread), keeping the pane's placed list current ---------------------

    def call_store(self, call: Callable[[], Annotation]) -> Annotation | None:
        """Run one store call; its ``NotesError`` becomes an error toast, and None."""
        from reader.notes import NotesError

        try:
            return call()
        except NotesError as error:
            self.notify(str(error), title=error.title, severity="error", markup=False)
            return None

    def _store_add(self, pane: DocumentPane, target: Target, **fields: Any) -> None:
        annotation = self.call_store(lambda: self.note_store.add(target, **fields))
        if annotation is not None:
            self.notes_state.placed.setdefault(pane.id or "", []).append(_fresh(annotation))
            self.draw_notes(pane)

    def _store_update(self, pane: DocumentPane, annotation_id: str, **fields: Any) -> None:
        new = self.call_store(lambda: self.note_store.update(annotation_id, **fields))
        if new is not None:
            placed = self.notes_state.placed.get(pane.id or "", [])
            self.notes_state.placed[pane.id or ""] = [
                _replace(p, new) if p.annotation.id == annotation_id else p for p in placed
            ]
            self.draw_notes(pane)


def _fresh(annotation: Annotation) -> Placed:
    """A just-written annotation: anchored where its target says."""
    from reader.notes import Anchor, Placed, Status

    target = annotation.target
    return Placed(annotation, Anchor(Status.ANCHORED, target.start, target.end))


def _replace(placed: Placed, annotation: Annotation) -> Placed:
    from reader.notes import Placed

    return Placed(annotation, placed.anchor)
