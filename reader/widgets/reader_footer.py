"""A footer that keeps a screen's essential keys when the terminal is narrow.

Textual's footer lists keys in binding order and cuts at the right edge, so on an 80-column
terminal the keys a new reader needs most (help, quit, add) were the ones cut. This footer
puts the bindings whose ids the screen names first and goes compact below 100 columns.
"""

from __future__ import annotations

from collections.abc import Iterable

from textual.app import ComposeResult
from textual.events import Resize
from textual.widget import Widget
from textual.widgets import Footer

__all__ = ["ReaderFooter"]

COMPACT_BELOW_COLUMNS = 100
"""Narrower footers drop the padding between keys."""


class ReaderFooter(Footer):
    """The footer, essential keys first.

    Args:
        first: Binding ids to show before the others, in this order.
    """

    def __init__(self, first: Iterable[str] = ()) -> None:
        super().__init__()
        self.first = tuple(first)
        """Binding ids (``Binding.id``) shown first, so they survive a narrow terminal."""

    def compose(self) -> ComposeResult:
        ranks = {
            binding.action: self.first.index(binding.id)
            for _, binding, _, _ in self.screen.active_bindings.values()
            if binding.id in self.first
        }
        keys = list(super().compose())

        def rank(widget: Widget) -> int:
            action = getattr(widget, "action", None)  # a key (FooterKey is not public)
            if action is None or widget.has_class("-command-palette"):
                return len(self.first) + 1
            return ranks.get(action, len(self.first))

        yield from sorted(keys, key=rank)

    def on_resize(self, event: Resize) -> None:
        self.compact = event.size.width < COMPACT_BELOW_COLUMNS
