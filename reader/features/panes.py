"""The document panes below a node: which has focus, which shows a document, opening one.

Features and the reading screen ask the same questions of the panes; ``Panes`` answers them
for whatever node holds the panes (the screen, or a feature wrapping them).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from documents.errors import DocumentError
from reader.context import reader_app
from reader.i18n import _
from reader.widgets.pane import DocumentPane

if TYPE_CHECKING:
    from textual.dom import DOMNode

    from reader.widgets.document_view import DocumentView


class Panes:
    """The panes below ``node``, in order (``left`` first)."""

    def __init__(self, node: DOMNode) -> None:
        self._node = node

    def all(self) -> list[DocumentPane]:
        return list(self._node.query(DocumentPane))

    def drawn(self) -> list[DocumentPane]:
        """The panes whose view is mounted, for redrawing marks: a pane in the middle of
        showing another document is redrawn on its own `DocumentShown`."""
        return [pane for pane in self.all() if pane.drawn]

    def focused(self) -> DocumentPane:
        """The pane holding the focus (the first if none does)."""
        focused = self._node.screen.focused
        panes = self.all()
        for pane in panes:
            if focused is not None and (focused is pane or pane in focused.ancestors):
                return pane
        return panes[0]

    def other(self, pane: DocumentPane) -> DocumentPane | None:
        return next((p for p in self.all() if p is not pane), None)

    def of(self, view: DocumentView) -> DocumentPane | None:
        """The pane holding ``view``."""
        return next((p for p in self.all() if p.view is view), None)

    def showing(self, doc_id: str) -> DocumentPane | None:
        """The (first) pane showing document ``doc_id``."""
        return next((p for p in self.all() if p.document.id == doc_id), None)

    def documents(self) -> list[str]:
        return [pane.document.id for pane in self.all()]

    def by_id(self, pane_id: str) -> DocumentPane | None:
        return next((p for p in self.all() if p.id == pane_id), None)

    def restore_position(self, view: DocumentView) -> None:
        """Show ``view``'s document as the reader last left it: cursor and scroll."""
        settings = reader_app(self._node).settings
        offset = settings.positions.get(view.document.id)
        if offset is not None:
            top = settings.tops.get(view.document.id)
            view.call_after_refresh(view.restore_position, offset, top)

    async def open_in(self, pane: DocumentPane, doc_id: str | None) -> None:
        """Show ``doc_id`` in ``pane`` where the reader left it, and focus it (nothing when
        ``pane`` shows it already)."""
        if doc_id is None or doc_id == pane.document.id:
            return
        if await self.show_document_in(pane, doc_id):
            self.restore_position(pane.view)
            pane.view.focus()

    async def show_document_in(self, pane: DocumentPane, doc_id: str) -> bool:
        """Show ``doc_id`` in ``pane`` and remember the layout.

        Returns:
            False (after saying why) when the document cannot be opened.
        """
        app = reader_app(self._node)
        try:
            document = app.library.get(doc_id)
        except DocumentError as error:
            self._node.app.notify(str(error), title=_("Cannot open document"), severity="error")
            return False
        await pane.show(document)
        app.remember_layout(self.documents())
        return True
