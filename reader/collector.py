"""Python's cyclic garbage collector waits for the first frame.

Starting the app creates some 140,000 objects that live as long as it does: modules, classes,
Textual's styles, the widgets, the documents. While they pile up, CPython's collector walks
them again and again (about 200 collections, 0.05 s of a 0.35 s start on a 2-core machine,
``benchmarks/startup.py``), finding almost nothing. So the launch pauses it, moves what the
imports created out of its sight for good (``gc.freeze``: modules and classes are never
garbage, and later full collections no longer walk them, 5 ms instead of 25 ms), and the first
frame on screen resumes it. Reference counting frees objects as always meanwhile; only
garbage in reference cycles waits, a few thousand objects.

While the reader types, full collections wait for a pause (``TypingCollector``). A full
collection walks every container the app holds (the documents' structures, the glossary, the
widgets): 200-500 ms on a 2-core machine with a 1 MB library, and CPython starts one after
every ten collections of the middle generation, about one per query typed. A keystroke that
lands on one waits for it (the outliers of ``benchmarks/search_ui.py``). So the first key
raises the full collections' threshold, and once no key or mouse event has come for
``TYPING_PAUSE`` seconds it goes back, with the full collection CPython would have run by then
(if it would have) run there and then, between keystrokes rather than after one.

With a long library that collection still walks millions of containers (1.5 s at 10 MB),
and a key pressed while it runs waits. So what survives a collection is frozen (``gc.freeze``)
and the next one walks only what was made since; everything is walked again once the frozen
set has grown by a quarter since the last whole walk, CPython's own rule for its full
collections, which bounds how long garbage in cycles among frozen objects can wait.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Callable

_paused: list[bool] = []
"""Holds one entry while this module has the collector paused (a test may pause it itself)."""


def pause() -> None:
    """Stop cyclic collection until ``resume``, if it runs."""
    if gc.isenabled() and not _paused:
        gc.disable()
        _paused.append(True)


def freeze_imports() -> None:
    """Leave every object alive now (after the app's imports) out of future collections."""
    gc.freeze()


FROZEN_GROWTH = 1.25
"""How much the frozen set may grow between two walks of everything."""

_frozen_after_walk: list[int] = []
"""How many objects were frozen after the last walk of everything (none yet: empty)."""


def collect_and_freeze(everything: bool = False) -> None:
    """Collect what was made since the last freeze (or everything, if asked or once the
    frozen set has grown by ``FROZEN_GROWTH``), then freeze what survives."""
    if (
        everything
        or not _frozen_after_walk
        or (gc.get_freeze_count() > _frozen_after_walk[0] * FROZEN_GROWTH)
    ):
        gc.unfreeze()
        gc.collect()
        gc.freeze()
        _frozen_after_walk[:] = [gc.get_freeze_count()]
        return
    gc.collect()
    gc.freeze()


def resume() -> None:
    """Collect cycles again, if ``pause`` stopped it (otherwise the caller's state stands)."""
    if _paused:
        _paused.clear()
        gc.enable()


TYPING_PAUSE = 1.0
"""Seconds without input after which the reader counts as having paused."""
HELD_FULL_THRESHOLD = 1000
"""Middle-generation collections before a full one while typing (CPython's own is 10): with
some 7,000 new containers each, a bound on how long garbage in cycles can wait."""


class TypingCollector:
    """Defers Python's full collections from keystrokes to the pauses between them.

    Args:
        clock: Seconds, monotonic (a test steps it by hand).
    """

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self.clock = clock
        self.last_input = 0.0
        self.held: tuple[int, int, int] | None = None
        """CPython's thresholds, while the full ones are held back."""

    def input_seen(self) -> None:
        """A key or mouse event: hold full collections back until the next pause."""
        self.last_input = self.clock()
        if self.held is None:
            self.held = gc.get_threshold()
            young, middle, _ = self.held
            gc.set_threshold(young, middle, HELD_FULL_THRESHOLD)

    def tick(self) -> bool:
        """At a pause, give the thresholds back and run the full collection that was held
        back, if any was due; whether it ran."""
        if self.held is None or self.clock() - self.last_input < TYPING_PAUSE:
            return False
        due = gc.get_count()[2] > self.held[2]  # middle collections since the last full one
        self.stop()
        if due and gc.isenabled():  # a paused collector stays paused: its owner is building
            collect_and_freeze()
            return True
        return False

    def stop(self) -> None:
        """Give CPython its thresholds back (the app ends)."""
        if self.held is not None:
            gc.set_threshold(*self.held)
            self.held = None
