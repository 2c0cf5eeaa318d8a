"""Where a jump landed: a target mark on one layer of a pane's view, gone when its cursor moves.

Links (a followed link) and notes (the annotation chosen in the notes panel) each keep one
``JumpTargets`` on their own layer and feed it the panes' ``CursorMoved`` and
``DocumentShown`` messages.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.style import Style

from reader.widgets.document_view import Mark

if TYPE_CHECKING:
    from reader.widgets.pane import DocumentPane

TARGET_STYLE = Style(underline=True, bold=True)
"""The look of a jump's target (a followed link, the annotation chosen in the notes panel)."""


class JumpTargets:
    """Per pane, the sentence a jump marked on ``layer``."""

    def __init__(self, layer: str) -> None:
        self.layer = layer
        """The mark layer of the targets."""
        self._sentences: dict[str, int] = {}

    def mark(self, pane: DocumentPane, index: int, start: int, end: int) -> None:
        """Put ``pane``'s cursor on sentence ``index``, scroll there and mark ``start:end``
        until the cursor moves on."""
        view = pane.view
        view.cursor = index
        self._sentences[pane.id or ""] = index
        view.set_marks(self.layer, [Mark(start, end, TARGET_STYLE)])
        view.call_after_refresh(view.scroll_to_sentence, index)

    def cursor_moved(self, pane: DocumentPane, sentence: int) -> None:
        """Clear ``pane``'s target once its cursor left the marked sentence."""
        key = pane.id or ""
        if key in self._sentences and self._sentences[key] != sentence:
            del self._sentences[key]
            pane.view.set_marks(self.layer, [])

    def forget(self, pane: DocumentPane) -> None:
        """``pane`` shows another document: its target is gone."""
        self._sentences.pop(pane.id or "", None)
