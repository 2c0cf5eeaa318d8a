"""Search hits in the panes: the matched words marked, opening a hit, ``n``/``N``.

A mixin of ``ReadingScreen``. The search mixin (``reading_search.py``) finds the hits and keeps
them in its ``SearchState``; this one draws them on the ``search`` layer of each pane's view
and moves the cursor between them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.style import Style
from textual import on
from textual.binding import Binding

from reader.features.search_query import step_hit
from reader.i18n import _
from reader.screens.reading_panes import PaneAccess
from reader.widgets.document_view import Mark
from reader.widgets.pane import DocumentPane

if TYPE_CHECKING:
    from index import Hit
    from reader.features.search import SearchState

SEARCH_LAYER = "search"
"""The mark layer of the last search's matched words."""
MATCH_STYLE = Style(underline=True, bold=True)
CURRENT_STYLE = Style(reverse=True, bold=True)


class SearchHitActions(PaneAccess):
    """Screen mixin: the last search's hits in the panes; ``n``/``N`` step through them."""

    BINDINGS = [
        Binding("n", "next_hit", _("Next hit"), show=False, id="next-hit"),
        Binding("N", "previous_hit", _("Previous hit"), show=False, id="previous-hit"),
    ]
    """Hit keys: they work after the panel closed, in the focused pane."""

    if TYPE_CHECKING:
        # Provided by SearchActions.
        def search_origin_pane(self) -> DocumentPane: ...
        @property
        def search_state(self) -> SearchState: ...

    async def open_hit(self, hit: Hit, *, focus: bool = True) -> None:
        """Cursor on the hit's sentence in the pane showing its document (else the origin
        pane switches to it), the matched words marked."""
        pane = self.pane_showing(hit.doc)
        if pane is None:
            pane = self.search_origin_pane()
            if not await self.show_document_in(pane, hit.doc):
                return
            pane.view.call_after_refresh(pane.view.move_cursor_to_offset, hit.start)
        else:
            pane.view.move_cursor_to_offset(hit.start)
        self.search_state.current = hit
        self.draw_search_marks()
        if focus:
            pane.view.focus()

    def draw_search_marks(self) -> None:
        """Mark the last search's matched words in every pane (the current hit stronger)."""
        state = self.search_state
        hits = state.result.hits if state.result is not None else []
        current = state.current
        for pane in self.panes():
            marks = [
                Mark(start, end, CURRENT_STYLE if hit is current else MATCH_STYLE)
                for hit in hits
                if hit.doc == pane.document.id
                for start, end in hit.highlights
            ]
            pane.view.set_marks(SEARCH_LAYER, marks)

    @on(DocumentPane.DocumentShown)
    def mark_search_hits_again(self, event: DocumentPane.DocumentShown) -> None:
        if self.search_state.result is not None:
            self.draw_search_marks()

    def _search_step(self, step: int) -> None:
        state = self.search_state
        if state.result is None:
            self.notify(_("No search yet: press / to search."), timeout=3)
            return
        pane = self.focused_pane()
        span = pane.view.cursor_span()
        found = step_hit(state.result.hits, pane.document.id, span[0] if span else 0, step)
        if found is None:
            self.notify(_("The last search found nothing in this document."), timeout=3)
            return
        target, wrapped = found
        if wrapped:
            self.notify(_("Wrapped around: no further hit in this document."), timeout=3)
        pane.view.move_cursor_to_offset(target.start)
        state.current = target
        self.draw_search_marks()

    def action_next_hit(self) -> None:
        self._search_step(1)

    def action_previous_hit(self) -> None:
        self._search_step(-1)
