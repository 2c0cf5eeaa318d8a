"""Keys read before a focus change go to the widget focused when their turn comes.

The app hands each key to the widget focused when the key is read; that widget's bindings are
looked up only once the key has travelled back up to the app. A key that opens a panel (``/``
for search) moves focus, but the keys read in the same burst (a fast typist, a paste, a busy
machine) were handed out before it: their bindings were then looked up from the panel, so
printable keys were lost and bound ones (``l`` opens a link, ``q`` quits) ran instead of being
typed into the panel. Found by a search test that lost the first letter under load.

Passing a late key on is not enough to keep the reading order: a key read after the focus
moved went straight to the panel while an earlier one was still on its way back from the pane,
so ``/Sapad`` typed on a busy machine became ``aSpad``. So while a key is still out with a
widget that is no longer focused, every key read after it follows it there: each widget's
queue keeps its order, so they come back one after the other and are passed on in the order
they were typed.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass

from textual import events
from textual.widget import Widget

RECENT_KEYS = 64
"""Keys remembered with the widget they went to; a burst is never longer (keys the widgets
keep for themselves, like an input's letters, never come back and simply fall out)."""


@dataclass(slots=True)
class _HandedOut:
    """A key read from the terminal and the widget it was handed to."""

    key: events.Key
    widget: Widget | None
    back: bool = False
    """The key has come back up to the app (it is passed on or its bindings are run)."""

    def out_with(self) -> Widget | None:
        """The widget that still has the key, or None once the key is settled: back at the
        app, kept by a widget that stopped it (an input's letters), or with a widget gone."""
        if self.back or self.widget is None or not self.widget.is_attached:
            return None
        # Textual says whether a handler stopped a message only through this attribute.
        return None if self.key._stop_propagation else self.widget


class KeyHandoff:
    """Remembers where each key read from the terminal went, to pass on the late ones."""

    def __init__(self) -> None:
        self._recent: deque[_HandedOut] = deque(maxlen=RECENT_KEYS)

    def behind(self, focused: Widget | None) -> Widget | None:
        """Where a key read now must go instead of ``focused``: the widget that still has the
        last key handed out, when focus moved away from it since; else None (to ``focused``,
        as usual)."""
        last = next((out for out in reversed(self._recent) if out.out_with() is not None), None)
        return last.widget if last is not None and last.widget is not focused else None

    def handed(self, key: events.Key, widget: Widget | None) -> None:
        """A key from the terminal was handed to ``widget`` (not kept by the app's bindings)."""
        self._recent.append(_HandedOut(key, widget))

    def pass_on(self, key: events.Key, focused: Widget | None) -> bool:
        """Give ``key`` to ``focused`` if focus moved since the key was handed out.

        Returns whether it was passed on (then the app must not look up its bindings).
        """
        handed = next((out for out in self._recent if out.key is key), None)
        if handed is None:
            return False
        handed.back = True
        if focused is None or focused is handed.widget or handed.widget is None:
            return False
        focused.post_message(events.Key(key.key, key.character))
        return True
