"""Selecting text: by key (word, sentence, paragraph) or by mouse drag.

``SelectionFeature`` wraps the panes and owns the selection, drawn on the ``selection`` layer
of its pane's view. The notes feature, which wraps it, highlights, annotates or copies what
is selected (``target_range``; the cursor sentence when nothing is) and then ends it
(``action_cancel_selection``).
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from rich.style import Style
from textual import on
from textual.binding import Binding
from textual.containers import Vertical

from reader.context import reader_app
from reader.features.panes import Panes
from reader.i18n import N_, _
from reader.widgets.document_view import DocumentView, Mark
from reader.widgets.pane import DocumentPane

if TYPE_CHECKING:
    from documents.model import Document

SELECTION_LAYER = "selection"
SELECTION_STYLE = Style(reverse=True)
_WORD = re.compile(r"\S+")


@dataclass
class Selection:
    """A range of one pane's text being selected (half-open character offsets)."""

    pane_id: str
    anchor: int
    """The sentence where the selection started (the fixed end for j/k)."""
    start: int
    end: int
    by_mouse: bool = False
    closed: bool = False
    """Ended with ``v``: kept for the next highlight, note or copy; the cursor moves freely."""


class SelectionFeature(Vertical):
    """Wraps the panes: ``v`` starts a selection; w/W, j/k, }/{ and the mouse change it."""

    DEFAULT_CSS = "SelectionFeature { height: 1fr; }"

    BINDINGS = [
        Binding(
            "v",
            "select",
            N_("Select"),
            tooltip=N_("Select from the cursor: w/W word, j/k sentence, }/{ paragraph, Esc"),
            id="select",
        ),
        Binding("w", "extend_word", N_("Selection: next word"), show=False),
        Binding("W", "shrink_word", N_("Selection: one word less"), show=False),
        Binding(
            "right_curly_bracket", "extend_paragraph", N_("Selection: next paragraph"), show=False
        ),
        Binding(
            "left_curly_bracket",
            "shrink_paragraph",
            N_("Selection: one paragraph less"),
            show=False,
        ),
        Binding("escape", "cancel_selection", N_("Cancel selection"), show=False),
    ]
    """Selection keys; w, W, }, { and Esc only act while selecting."""

    SELECTION_ONLY = frozenset(
        {"extend_word", "shrink_word", "extend_paragraph", "shrink_paragraph", "cancel_selection"}
    )
    """Actions that only exist while a selection is being made (else the key passes on)."""

    def __init__(self, *children: Vertical, id: str | None = None) -> None:
        super().__init__(*children, id=id)
        self.selection: Selection | None = None
        """The range being selected (None when nothing is)."""
        self.panes = Panes(self)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in self.SELECTION_ONLY:
            return self.selection is not None
        return True

    def on_mount(self) -> None:
        self.call_after_refresh(self._restore_selection)

    def _restore_selection(self) -> None:
        """Select again what was selected at quit (trial 22: ``v w w v``, quit, reopen and
        ``h`` highlighted the cursor sentence), if its document is open and the same words
        are still at its offsets: they index the parsed text, which a new pipeline version
        changes, and ``h`` or ``a`` must not mark other words."""
        kept = reader_app(self).settings.selection
        if not isinstance(kept, dict) or self.selection is not None:  # hand-edited settings
            return
        start, end = kept.get("start"), kept.get("end")
        if not (isinstance(start, int) and isinstance(end, int)):
            return
        for pane in self.panes.all():
            document = pane.document
            same = (kept.get("doc"), kept.get("hash")) == (document.id, document.content_hash)
            if not same or pane.id is None or not 0 <= start < end <= len(document.text):
                continue
            if kept.get("text") == _text_hash(document.text[start:end]):
                anchor = document.sentence_index_at(start) or 0
                self.selection = Selection(pane.id, anchor, start, end, closed=True)
                self._draw_selection()
                self.refresh_bindings()
            return

    def _draw_selection(self) -> None:
        selection = self.selection
        for pane in self.panes.all():
            marks = []
            if selection is not None and selection.pane_id == pane.id:
                marks = [Mark(selection.start, selection.end, SELECTION_STYLE)]
            pane.view.set_marks(SELECTION_LAYER, marks)
        self._remember(selection)

    def _remember(self, selection: Selection | None) -> None:
        """Keep the selection in the settings, written at quit with the reading positions."""
        pane = self.panes.by_id(selection.pane_id) if selection is not None else None
        settings = reader_app(self).settings
        if selection is None or pane is None:
            settings.selection = {}
            return
        document = pane.document
        settings.selection = {
            "doc": document.id,
            "hash": document.content_hash,
            "start": selection.start,
            "end": selection.end,
            "text": _text_hash(document.text[selection.start : selection.end]),
        }

    # Starting and ending -------------------------------------------------------------------

    def action_select(self) -> None:
        """Start a selection at the cursor sentence; ``v`` again ends it, and it stays selected
        for ``h``, ``a`` or ``Y`` (``Esc`` drops it): a reader who typed ``v j v h`` means the
        two sentences, not the one the cursor is on."""
        if self.selection is not None and not self.selection.closed:
            self.selection.closed = True
            self.notify(
                _("Selection kept: h highlights, a notes, Y copies, Esc drops it."), timeout=3
            )
            return
        pane = self.panes.focused()
        span = pane.view.cursor_span()
        if span is None or pane.id is None:
            return
        self.selection = Selection(pane.id, pane.view.cursor, span[0], span[1])
        self._draw_selection()
        self.refresh_bindings()

    def action_cancel_selection(self) -> None:
        self.selection = None
        self._draw_selection()
        self.refresh_bindings()

    @on(DocumentPane.DocumentShown)
    def _drop_pane_selection(self, event: DocumentPane.DocumentShown) -> None:
        """A pane shows another document: a selection in it has nothing left to select."""
        if self.selection is not None and self.selection.pane_id == event.pane.id:
            self.selection = None
            self._remember(None)

    # Extending and shrinking ---------------------------------------------------------------

    def _selected_document(self) -> tuple[Selection, Document] | None:
        selection = self.selection
        pane = self.panes.by_id(selection.pane_id) if selection else None
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
    def _extend_to_cursor(self, event: DocumentView.CursorMoved) -> None:
        """j/k (or a click) while selecting: the selection reaches the cursor sentence."""
        selection = self.selection
        pane = self.panes.of(event.view)
        if selection is None or selection.closed or pane is None or selection.pane_id != pane.id:
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
    def _select_by_mouse(self, event: DocumentView.Dragged) -> None:
        """A mouse drag selects the text between where it started and where it is."""
        pane = self.panes.of(event.view)
        if pane is None or pane.id is None:
            return
        start, end = sorted((event.start, event.end))
        end = min(end + 1, len(pane.document.text))  # the character under the mouse counts
        anchor = pane.document.sentence_index_at(start) or 0
        self.selection = Selection(pane.id, anchor, start, end, by_mouse=True)
        pane.view.move_cursor_to_offset(event.end, scroll=False)
        self._draw_selection()
        self.refresh_bindings()

    def target_range(self, pane: DocumentPane) -> tuple[int, int] | None:
        """The selection if it is in this pane, else the cursor sentence (trimmed)."""
        selection = self.selection
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


def _text_hash(text: str) -> str:
    """A short fingerprint of the selected words (kept instead of them: a selection may be
    paragraphs long)."""
    return hashlib.blake2b(text.encode("utf-8"), digest_size=8).hexdigest()
