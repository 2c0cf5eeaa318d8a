"""The reading screen's panes, shared by ``ReadingScreen`` and every one of its mixins.

Each feature mixin (glossary, links, notes, search, library) asks the same questions of the
panes: which one has focus, which is the other, which shows a given document or holds a given
view. They are answered here once, and the one way a jump marks where it landed: a target
mark on a layer of the pane's view that goes when the pane's cursor moves on.
"""

from __future__ import annotations

from rich.style import Style
from textual import on
from textual.screen import Screen

from reader.features.panes import Panes
from reader.widgets.document_view import DocumentView, Mark
from reader.widgets.pane import DocumentPane

TARGET_STYLE = Style(underline=True, bold=True)
"""The look of a jump's target (a followed link, the annotation chosen in the notes panel)."""


class PaneAccess(Screen[None]):
    """Screen mixin: find the panes of the reading screen and show documents in them."""

    def panes(self) -> list[DocumentPane]:
        return Panes(self).all()

    def drawn_panes(self) -> list[DocumentPane]:
        """The panes whose view is mounted (see `Panes.drawn`)."""
        return Panes(self).drawn()

    def focused_pane(self) -> DocumentPane:
        """The pane holding the focus (the first if none does)."""
        return Panes(self).focused()

    def other_pane(self, pane: DocumentPane) -> DocumentPane | None:
        return Panes(self).other(pane)

    def pane_of(self, view: DocumentView) -> DocumentPane | None:
        """The pane holding ``view``."""
        return Panes(self).of(view)

    def pane_showing(self, doc_id: str) -> DocumentPane | None:
        """The (first) pane showing document ``doc_id``."""
        return Panes(self).showing(doc_id)

    def pane_documents(self) -> list[str]:
        return Panes(self).documents()

    async def show_document_in(self, pane: DocumentPane, doc_id: str) -> bool:
        """Show ``doc_id`` in ``pane`` and remember the layout (False, said why, if it cannot)."""
        return await Panes(self).show_document_in(pane, doc_id)

    # Jump targets ----------------------------------------------------------------------

    @property
    def _jump_targets(self) -> dict[tuple[str, str], int]:
        """Per (pane id, layer): the sentence a jump marked (created on first use: mixins keep
        out of ``__init__``)."""
        return self.__dict__.setdefault("_jump_targets_by_pane", {})

    def mark_jump_target(
        self, pane: DocumentPane, layer: str, index: int, start: int, end: int
    ) -> None:
        """Put ``pane``'s cursor on sentence ``index``, scroll there and mark ``start:end`` on
        ``layer`` until the cursor moves on."""
        view = pane.view
        view.cursor = index
        self._jump_targets[(pane.id or "", layer)] = index
        view.set_marks(layer, [Mark(start, end, TARGET_STYLE)])
        view.call_after_refresh(view.scroll_to_sentence, index)

    @on(DocumentView.CursorMoved)
    def clear_jump_targets(self, event: DocumentView.CursorMoved) -> None:
        """Clear the target marks of a pane whose cursor left the marked sentence."""
        pane = self.pane_of(event.view)
        if pane is None:
            return
        targets = self._jump_targets
        for key, index in list(targets.items()):
            if key[0] == (pane.id or "") and index != event.sentence:
                del targets[key]
                event.view.set_marks(key[1], [])

    @on(DocumentPane.DocumentShown)
    def forget_jump_targets(self, event: DocumentPane.DocumentShown) -> None:
        """A pane shows another document: its targets are gone."""
        targets = self._jump_targets
        for key in [k for k in targets if k[0] == (event.pane.id or "")]:
            del targets[key]
