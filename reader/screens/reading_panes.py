"""The reading screen's panes, shared by ``ReadingScreen`` and its remaining mixins.

Each feature mixin (glossary, library) asks the same questions of the panes: which one has
focus, which is the other, which shows a given document or holds a given view. They are
answered by ``features/panes.py``; this mixin forwards them.
"""

from __future__ import annotations

from reader.features.panes import Panes
from reader.screens.base import ReaderScreen
from reader.widgets.document_view import DocumentView
from reader.widgets.pane import DocumentPane


class PaneAccess(ReaderScreen[None]):
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
