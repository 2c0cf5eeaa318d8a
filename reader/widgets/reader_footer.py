"""A footer that keeps a screen's essential keys when the terminal is narrow.

Textual's footer lists keys in binding order and cuts at the right edge, so on an 80-column
terminal the keys a new reader needs most (help, quit, add) were the ones cut. This footer
puts the bindings whose ids the screen names first and goes compact below 100 columns.

Keys that do not fit wholly to the left of the command palette's key are hidden rather than
left underneath it: Textual docks that key over the row of keys, so a key running under it
showed as a cut label ("0 One pa") or as a stray letter after "^p palette". Hidden keys are
still listed by `?` and found in the palette.

Each key is made with the footer's compact state already set. Textual's keys start compact and
take the footer's state from a data binding once mounted: on a wide terminal every key was
styled twice more (class added, then removed), about a fifth of the CPU between the first
words on screen and the app being idle.

Rebuilding the keys lets go of the old ones. Each key watches the footer's ``compact`` through
its data binding, and Textual drops the watchers of removed keys only when ``compact`` changes
(a resize across 100 columns): until then every rebuild kept its keys alive, with their styles
and caches (420 keys after typing 20 queries, each rebuilt for a suggestion that came or
went), and Python's full garbage collections, which walk every live container, grew with them.
"""

from __future__ import annotations

from collections.abc import Iterable

from textual.app import ComposeResult
from textual.events import Resize
from textual.reactive import Reactive
from textual.widget import Widget
from textual.widgets import Footer

__all__ = ["ReaderFooter"]

COMPACT_BELOW_COLUMNS = 100
"""Narrower footers drop the padding between keys."""
LAYOUT_WAITS = 3
"""Refreshes to wait for the keys to be placed before giving up: a footer on a screen that is
not shown is never laid out, and waiting for it without end kept the app busy while idle. It is
fitted again when its screen's keys are rebuilt or the terminal is resized."""


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
        for key in keys:
            self._preset_compact(key)

        def rank(widget: Widget) -> int:
            action = getattr(widget, "action", None)  # a key (FooterKey is not public)
            if action is None or widget.has_class("-command-palette"):
                return len(self.first) + 1
            return ranks.get(action, len(self.first))

        yield from sorted(keys, key=rank)

    def _preset_compact(self, key: Widget) -> None:
        """Give a new key the compact state it would take once mounted (the palette's key is
        always compact, the others follow the footer), so that mounting changes no class."""
        compact = getattr(type(key), "compact", None)
        if not isinstance(compact, Reactive):
            return
        value = True if key.has_class("-command-palette") else self.compact
        key.set_reactive(compact, value)
        key.set_class(value, "-compact", update=False)

    async def recompose(self) -> None:
        """Rebuild the keys (the screen's bindings changed), then hide those that overflow."""
        await super().recompose()
        self._drop_watchers_of_removed_keys()
        self.call_after_refresh(self.fit_keys)

    def _drop_watchers_of_removed_keys(self) -> None:
        """Forget the data-binding watchers of keys that were removed, as Textual does when
        the watched value changes (the same test: the watching node is closing or closed)."""
        watchers = getattr(self, "__watchers", {}).get("compact")
        if watchers:
            watchers[:] = [(node, callback) for node, callback in watchers if not node._closing]

    def on_resize(self, event: Resize) -> None:
        self.compact = event.size.width < COMPACT_BELOW_COLUMNS
        for key in self._keys():
            key.display = True
        self.call_after_refresh(self.fit_keys)

    def fit_keys(self, waits: int = LAYOUT_WAITS) -> None:
        """Hide every key from the first one that would run under the palette's key (or off
        the edge) onwards, so each key shown is shown whole."""
        palette = [child for child in self.children if child.has_class("-command-palette")]
        keys = self._keys()
        laid_out = [widget.region.width > 0 for widget in palette + keys if widget.display]
        if self.region.width and not all(laid_out):
            if waits:  # not placed yet: measure after the layout
                self.call_after_refresh(self.fit_keys, waits - 1)
            return
        limit = palette[0].region.x if palette and palette[0].display else self.region.right
        overflowing = False
        for key in keys:
            overflowing = overflowing or key.region.right > limit
            if overflowing:
                key.display = False

    def _keys(self) -> list[Widget]:
        """The key widgets other than the palette's (FooterKey is not public)."""
        return [
            child
            for child in self.children
            if getattr(child, "action", None) is not None
            and not child.has_class("-command-palette")
        ]
