"""Search hits in the panes: the matched words marked on the ``search`` layer.

Plain functions of the search feature (``search.py``), which keeps the hits.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.style import Style

from reader.widgets.document_view import Mark

if TYPE_CHECKING:
    from index import Hit, SearchResult
    from reader.widgets.pane import DocumentPane

SEARCH_LAYER = "search"
"""The mark layer of the last search's matched words."""
MATCH_STYLE = Style(underline=True, bold=True)
CURRENT_STYLE = Style(reverse=True, bold=True)


def draw_search_marks(
    panes: list[DocumentPane], result: SearchResult | None, current: Hit | None
) -> None:
    """Mark the last search's matched words in every pane (the current hit stronger)."""
    hits = result.hits if result is not None else []
    for pane in panes:
        marks = [
            Mark(start, end, CURRENT_STYLE if hit is current else MATCH_STYLE)
            for hit in hits
            if hit.doc == pane.document.id
            for start, end in hit.highlights
        ]
        pane.view.set_marks(SEARCH_LAYER, marks)
