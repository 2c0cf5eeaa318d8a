"""Keys read from the terminal are handled one at a time, in the order they were typed.

Textual hands each key to the widget focused when the key is read, and looks up its bindings
only once the key has travelled back up to the app. Two things then go wrong in a burst (a
fast typist, a paste, a busy machine: keys read before the app has handled the first):
- A key that moves focus (``/`` opens the search, ``p`` the picker) is still on its way when
  the next keys are read, so they go to the pane, and their bindings are looked up from the
  new panel when they come back: printable keys were lost, bound ones (``l`` opens a link,
  ``q`` quits) ran instead of being typed.
- An input types printable keys itself but runs its editing keys (backspace, arrows) only when
  they are back at the app (Textual issue #6605): a letter read after a backspace was typed
  before the backspace deleted, so ``deich``, five backspaces, ``Heimat`` became ``dHeima``.

So a key read while an earlier one is still on its way is held back and handed out only once
that journey has ended (the key was kept by a widget, or its bindings ran at the app): to the
widget focused then. A key that comes back after focus moved is given to the widget focused
now, not to the bindings around it. The app hands the keys out; this module keeps the book and
follows each key's journey from widget to parent.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from textual import events
from textual.dom import DOMNode
from textual.widget import Widget

RECENT_KEYS = 64
"""Keys remembered with the widget they went to; a burst is never longer (settled keys simply
fall out)."""
GIVE_UP = 1.0
"""Seconds after which a key still out counts as settled: a widget removed with the key in its
queue never reports on it, and holding the keys after it for longer would lose them in effect."""


@dataclass(slots=True)
class _HandedOut:
    """A key handed to a widget and whether its journey has ended."""

    key: events.Key
    widget: Widget
    at: float
    """``time.monotonic()`` when it was handed out."""
    ended: bool = False
    """Kept by a widget on the way up, or handled by the app (its bindings run or passed on)."""

    def is_out(self, now: float) -> bool:
        return not self.ended and now - self.at < GIVE_UP


class KeyHandoff:
    """Remembers where each key went and which keys wait for an earlier one to settle."""

    def __init__(self) -> None:
        self._recent: deque[_HandedOut] = deque(maxlen=RECENT_KEYS)
        self._held: deque[events.Key] = deque()

    @property
    def holding(self) -> bool:
        """Whether keys are waiting to be handed out."""
        return bool(self._held)

    def _busy(self) -> bool:
        now = time.monotonic()
        return any(out.is_out(now) for out in self._recent)

    def hold(self, key: events.Key) -> bool:
        """Keep ``key`` back if an earlier key is still on its way or waiting; returns whether
        it was kept (then :meth:`next_held` gives it out later)."""
        if self._held or self._busy():
            self._held.append(key)
            return True
        return False

    def next_held(self) -> events.Key | None:
        """The first key waiting, once no key is on its way any more; else None."""
        return self._held.popleft() if self._held and not self._busy() else None

    def handed(self, key: events.Key, widget: Widget) -> None:
        """``key`` was forwarded to ``widget`` (not kept by the app's priority bindings)."""
        self._recent.append(_HandedOut(key, widget, time.monotonic()))

    def ended(self, key: events.Key) -> None:
        """``key``'s journey is over: a widget kept it, or the app has handled it."""
        for out in self._recent:
            if out.key is key:
                out.ended = True

    def pass_on(self, key: events.Key, focused: Widget | None) -> events.Key | None:
        """A key back at the app: if focus moved since it was handed out, a copy of it for the
        widget focused now (the caller hands it over; the key's bindings must not run), else
        None (its bindings run as usual)."""
        handed = next((out for out in self._recent if out.key is key), None)
        if handed is None or focused is None or focused is handed.widget:
            return None
        return events.Key(key.key, key.character)

    def follow(
        self, key: events.Key, node: DOMNode, ended: Callable[[events.Key], Awaitable[None]]
    ) -> None:
        """Call ``ended(key)`` in the app's queue once ``key``, now in ``node``'s queue, is
        kept by a widget or handled by the app: a callback queued behind the key runs once
        ``node`` has kept it or passed it up to its parent, and so on up the tree."""
        node.call_later(self._handled_at, key, node, ended)

    def _handled_at(
        self, key: events.Key, node: DOMNode, ended: Callable[[events.Key], Awaitable[None]]
    ) -> None:
        parent = node.parent
        if parent is None or parent is node.app:
            # A key not kept is in the app's queue already: this callback comes after it.
            node.app.call_later(ended, key)
        elif key._stop_propagation or not (node.is_attached and node.is_parent_active):
            # Kept by ``node`` (Textual tells so only through this attribute), or dropped.
            node.app.call_later(ended, key)
        else:
            self.follow(key, parent, ended)
