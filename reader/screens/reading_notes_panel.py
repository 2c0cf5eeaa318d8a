"""The notes panel on the reading screen: opening it, jumping to a note, the damaged file.

A mixin of ``ReadingScreen`` built on ``NoteActions``: ``ctrl+n`` opens ``NotesPanel`` (filter,
edit, delete and undo happen there); on closing, the panes reload their notes if the panel
changed any, and the chosen annotation is shown, marked on the ``note-target`` layer. The
palette's "Set aside" replaces an unusable notes database.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from textual.binding import Binding

from reader.context import reader_app
from reader.i18n import _
from reader.screens.reading_notes import TARGET_LAYER, NoteActions

if TYPE_CHECKING:
    from pathlib import Path


class NotesPanelActions(NoteActions):
    """Screen mixin: the notes panel, jumps to an annotation, setting a damaged file aside."""

    BINDINGS = [
        Binding(
            "ctrl+n",
            "notes_panel",
            _("Notes"),
            tooltip=_("All highlights and notes: filter, jump, edit, delete"),
            id="notes-panel",
        ),
    ]
    """The panel's key."""

    def action_notes_panel(self) -> None:
        """Every annotation: filter, jump (Enter), edit, delete and undo."""
        from reader.dialogs.notes_panel import NotesPanel

        if not self._ready():
            return
        panel = NotesPanel(self.note_store, reader_app(self).library)
        self.app.push_screen(panel, partial(self._panel_closed, panel))

    async def _panel_closed(self, panel: object, annotation_id: str | None) -> None:
        if getattr(panel, "changed", False):
            for pane in self.panes():
                self.load_pane_notes(pane)
        if annotation_id is not None:
            await self.jump_to_annotation(annotation_id)

    async def jump_to_annotation(self, annotation_id: str) -> None:
        """Show the annotation's document (in the pane showing it, else the right pane)."""
        from reader.notes import anchor

        annotation = self.call_store(partial(self.note_store.get, annotation_id))
        if annotation is None:
            return
        target = annotation.target
        panes = self.panes()
        pane = next(
            (
                p
                for p in panes
                if target.doc_id == p.document.id or target.content_hash == p.document.content_hash
            ),
            None,
        )
        if pane is None:
            pane = panes[-1]
            if not await self.show_document_in(pane, target.doc_id):
                return
        where = anchor(target, pane.document.text)
        index = pane.document.sentence_index_at(where.start)
        if where.status.value == "orphaned" or index is None:
            self.notify(_("Its quote is no longer in the document."), title=_("Orphaned note"))
            return
        self.mark_jump_target(pane, TARGET_LAYER, index, where.start, where.end)
        pane.view.focus()

    def action_set_aside_notes(self) -> None:
        """Rename the unusable notes file; the notes written meanwhile become the database."""
        from reader import paths
        from reader.notes import NotesError, NoteStore, set_aside

        store = self.note_store
        problem = store.problem
        if problem is None:
            self.notify(_("The notes database is fine; nothing to set aside."), timeout=3)
            return
        in_memory = store.all() if problem.fallback is None else []
        store.close()
        try:
            aside: Path | None = set_aside(problem.path)
        except OSError as error:
            self.notify(str(error), title=_("Cannot set aside"), severity="error", markup=False)
            aside = None
        new = NoteStore.open(paths.notes_db_path())
        if in_memory:
            try:  # the notes were kept in memory: carry them over
                new.import_annotations(in_memory)
            except NotesError as error:
                self.notify(str(error), title=error.title, severity="error", markup=False)
        reader_app(self).services.notes = new
        if aside is not None:
            self.notify(
                _("The old file is now {aside}; notes are kept in {path}.").format(
                    aside=aside, path=paths.notes_db_path()
                ),
                title=_("Notes database set aside"),
                markup=False,
            )
        if new.problem is not None:
            self.report_notes_problem()
        for pane in self.panes():
            self.load_pane_notes(pane)
