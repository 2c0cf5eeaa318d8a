"""Keys read before a focus change go to the widget focused when their turn comes.

The app hands each key to the widget focused when the key is read; that widget's bindings are
looked up only once the key has travelled back up to the app. A key that opens a panel (``/``
for search) moves focus, but the keys read in the same burst (a fast typist, a paste, a busy
machine) were handed out before it: their bindings were then looked up from the panel, so
printable keys were lost and bound ones (``l`` opens a link, ``q`` quits) ran instead of being
typed into the panel. Found by a search test that lost the first letter under load.
"""

from __future__ import annotations

from collections import deque

from textual import events
from textual.widget import Widget

RECENT_KEYS = 64
"""Keys remembered with the widget they went to; a burst is never longer (keys the widgets
keep for themselves, like an input's letters, never come back and simply fall out)."""


class KeyHandoff:
    """Remembers where each key read from the terminal went, to pass on the late ones."""

    def __init__(self) -> None:
        self._recent: deque[tuple[events.Key, Widget | None]] = deque(maxlen=RECENT_KEYS)

    def read(self, key: events.Key, focused: Widget | None) -> None:
        """A key came from the terminal; the app hands it to ``focused``."""
        self._recent.append((key, focused))

    def pass_on(self, key: events.Key, focused: Widget | None) -> bool:
        """Give ``key`` to ``focused`` if focus moved since the key was handed out.

        Returns whether it was passed on (then the app must not look up its bindings).
        """
        handed_to = next((widget for read, widget in self._recent if read is key), None)
        if handed_to is None or focused is None or focused is handed_to:
            return False
        focused.post_message(events.Key(key.key, key.character))
        return True
