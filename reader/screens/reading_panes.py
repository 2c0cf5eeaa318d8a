"""The reading screen's panes, shared by ``ReadingScreen`` and every one of its mixins.

Each feature mixin (glossary, links, notes, search, library) asks the same questions of the
panes: which one has focus, which is the other, which shows a given document or holds a given
view. They are answered here once.
"""

from __future__ import annotations

from textual.screen import Screen

from documents.errors import DocumentError
from reader.i18n import _
from reader.widgets.document_view import DocumentView
from reader.widgets.pane import DocumentPane


class PaneAccess(Screen[None]):
    """Screen mixin: find the panes of the reading screen and show documents in them."""

    def panes(self) -> list[DocumentPane]:
        return list(self.query(DocumentPane))

    def focused_pane(self) -> DocumentPane:
        """The pane holding the focus (the first if none does)."""
        focused = self.focused
        for pane in self.panes():
            if focused is not None and (focused is pane or pane in focused.ancestors):
                return pane
        return self.panes()[0]

    def other_pane(self, pane: DocumentPane) -> DocumentPane | None:
        return next((p for p in self.panes() if p is not pane), None)

    def pane_of(self, view: DocumentView) -> DocumentPane | None:
        """The pane holding ``view``."""
        return next((p for p in self.panes() if p.view is view), None)

    def pane_showing(self, doc_id: str) -> DocumentPane | None:
        """The (first) pane showing document ``doc_id``."""
        return next((p for p in self.panes() if p.document.id == doc_id), None)

    def pane_documents(self) -> list[str]:
        return [pane.document.id for pane in self.panes()]

    async def show_document_in(self, pane: DocumentPane, doc_id: str) -> bool:
        """Show ``doc_id`` in ``pane`` and remember the layout.

        Returns:
            False (after saying why) when the document cannot be opened.
        """
        try:
            document = self.app.library.get(doc_id)  # type: ignore[attr-defined]
        except DocumentError as error:
            self.notify(str(error), title=_("Cannot open document"), severity="error")
            return False
        await pane.show(document)
        self.app.remember_layout(self.pane_documents())  # type: ignore[attr-defined]
        return True
