"""Selecting text on the reading screen: by key (word, sentence, paragraph) or by mouse drag.

A mixin of ``ReadingScreen`` and the base of ``NoteActions``, which highlights, annotates or
copies what is selected (or the cursor sentence when nothing is). The selection is kept in
the notes' state (``notes_state.py``) and drawn on the ``selection`` layer of the pane's view.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from rich.style import Style
from textual import on
from textual.binding import Binding

from reader.i18n import _
from reader.screens.notes_state import NotesState, Selection
from reader.screens.reading_panes import PaneAccess
from reader.widgets.document_view import DocumentView, Mark
from reader.widgets.pane import DocumentPane

if TYPE_CHECKING:
    from documents.model import Document

SELECTION_LAYER = "selection"
SELECTION_STYLE = Style(reverse=True)
_WORD = re.compile(r"\S+")


class SelectionActions(PaneAccess):
    """Screen mixin: ``v`` starts a selection; w/W, j/k, }/{ and the mouse change it."""

    BINDINGS = [
        Binding(
            "v",
            "select",
            _("Select"),
            tooltip=_("Select from the cursor: w/W word, j/k sentence, }/{ paragraph, Esc"),
            id="select",
        ),
        Binding("w", "extend_word", _("Selection: next word"), show=False),
        Binding("W", "shrink_word", _("Selection: one word less"), show=False),
        Binding(
            "right_curly_bracket", "extend_paragraph", _("Selection: next paragraph"), show=False
        ),
        Binding(
            "left_curly_bracket", "shrink_paragraph", _("Selection: one paragraph less"), show=False
        ),
        Binding("escape", "cancel_selection", _("Cancel selection"), show=False),
    ]
    """Selection keys; w, W, }, { and Esc only act while selecting."""

    SELECTION_ONLY = frozenset(
        {"extend_word", "shrink_word", "extend_paragraph", "shrink_paragraph", "cancel_selection"}
    )
    """Actions that only exist while a selection is being made (else the key passes on)."""

    @property
    def notes_state(self) -> NotesState:
        """The notes of the panes (created on first use: mixins keep out of ``__init__``)."""
        state = self.__dict__.get("_notes_state")
        if state is None:
            state = self.__dict__["_notes_state"] = NotesState()
        return state

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in self.SELECTION_ONLY:
            return self.notes_state.selection is not None
        return super().check_action(action, parameters)

    # Panes ---------------------------------------------------------------------------------

    def _pane_by_id(self, pane_id: str) -> DocumentPane | None:
        return next((p for p in self.panes() if p.id == pane_id), None)

    def _draw_selection(self) -> None:
        selection = self.notes_state.selection
        for pane in self.panes():
            marks = []
            if selection is not None and selection.pane_id == pane.id:
                marks = [Mark(selection.start, selection.end, SELECTION_STYLE)]
            pane.view.set_marks(SELECTION_LAYER, marks)

    # Starting and ending -------------------------------------------------------------------

    def action_select(self) -> None:
        """Start a selection at the cursor sentence (``v`` again ends it)."""
        state = self.notes_state
        if state.selection is not None:
            self.action_cancel_selection()
            return
        pane = self.focused_pane()
        span = pane.view.cursor_span()
        if span is None or pane.id is None:
            return
        state.selection = Selection(pane.id, pane.view.cursor, span[0], span[1])
        self._draw_selection()
        self.refresh_bindings()

    def action_cancel_selection(self) -> None:
        self.notes_state.selection = None
        self._draw_selection()
        self.refresh_bindings()

    @on(DocumentPane.DocumentShown)
    def drop_pane_selection(self, event: DocumentPane.DocumentShown) -> None:
        """A pane shows another document: a selection in it has nothing left to select."""
        state = self.notes_state
        if state.selection is not None and state.selection.pane_id == event.pane.id:
            state.selection = None

    # Extending and shrinking ---------------------------------------------------------------

    def _selected_document(self) -> tuple[Selection, Document] | None:
        selection = self.notes_state.selection
        pane = self._pane_by_id(selection.pane_id) if selection else None
        if selection is None or pane is None:
            return None
        return selection, pane.document

    def action_extend_word(self) -> None:
        """Move the end of the selection past the next word."""
        found = self._selected_document()
        if found is not None:
            selection, document = found
            match = _WORD.search(document.text, selection.end)
            if match is not None:
                selection.end = match.end()
                self._draw_selection()

    def action_shrink_word(self) -> None:
        """Move the end of the selection back by one word (one word stays)."""
        found = self._selected_document()
        if found is not None:
            selection, document = found
            ends = [m.end() for m in _WORD.finditer(document.text, selection.start, selection.end)]
            earlier = [end for end in ends if end < selection.end]
            if earlier:
                selection.end = earlier[-1]
                self._draw_selection()

    def action_extend_paragraph(self) -> None:
        """Move the end of the selection to the end of the next paragraph."""
        found = self._selected_document()
        if found is not None:
            selection, document = found
            ends = [p.end for p in document.paragraphs if p.end > selection.end]
            if ends:
                selection.end = min(ends)
                self._draw_selection()

    def action_shrink_paragraph(self) -> None:
        """Move the end of the selection back to the end of the previous paragraph."""
        found = self._selected_document()
        if found is not None:
            selection, document = found
            ends = [p.end for p in document.paragraphs if selection.start < p.end < selection.end]
            if ends:
                selection.end = max(ends)
                self._draw_selection()

    @on(DocumentView.CursorMoved)
    def extend_selection_to_cursor(self, event: DocumentView.CursorMoved) -> None:
        """j/k (or a click) while selecting: the selection reaches the cursor sentence."""
        selection = self.notes_state.selection
        pane = self.pane_of(event.view)
        if selection is None or pane is None or selection.pane_id != pane.id:
            return
        sentences = pane.document.sentences
        if not sentences:
            return
        span = sentences[event.sentence]
        if selection.by_mouse:  # a sentence outside the dragged range is added to it
            if span.end <= selection.start:
                selection.start = span.start
            elif span.start >= selection.end:
                selection.end = span.end
        else:
            low, high = sorted((selection.anchor, event.sentence))
            selection.start, selection.end = sentences[low].start, sentences[high].end
        self._draw_selection()

    @on(DocumentView.Dragged)
    def select_by_mouse(self, event: DocumentView.Dragged) -> None:
        """A mouse drag selects the text between where it started and where it is."""
        pane = self.pane_of(event.view)
        if pane is None or pane.id is None:
            return
        start, end = sorted((event.start, event.end))
        end = min(end + 1, len(pane.document.text))  # the character under the mouse counts
        anchor = pane.document.sentence_index_at(start) or 0
        self.notes_state.selection = Selection(pane.id, anchor, start, end, by_mouse=True)
        pane.view.move_cursor_to_offset(event.end, scroll=False)
        self._draw_selection()
        self.refresh_bindings()

    def _target_range(self, pane: DocumentPane) -> tuple[int, int] | None:
        """The selection if it is in this pane, else the cursor sentence (trimmed)."""
        selection = self.notes_state.selection
        if selection is not None and selection.pane_id == pane.id:
            start, end = selection.start, selection.end
        else:
            span = pane.view.cursor_span()
            if span is None:
                return None
            start, end = span
        text = pane.document.text
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        return (start, end) if start < end else None
