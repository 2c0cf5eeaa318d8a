"""Python's cyclic garbage collector waits for the first frame.

Starting the app creates some 140,000 objects that live as long as it does: modules, classes,
Textual's styles, the widgets, the documents. While they pile up, CPython's collector walks
them again and again (about 200 collections, 0.05 s of a 0.35 s start on a 2-core machine,
``benchmarks/startup.py``), finding almost nothing. So the launch pauses it, moves what the
imports created out of its sight for good (``gc.freeze``: modules and classes are never
garbage, and later full collections no longer walk them, 5 ms instead of 25 ms), and the first
frame on screen resumes it. Reference counting frees objects as always meanwhile; only
garbage in reference cycles waits, a few thousand objects.
"""

from __future__ import annotations

import gc

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


def resume() -> None:
    """Collect cycles again, if ``pause`` stopped it (otherwise the caller's state stands)."""
    if _paused:
        _paused.clear()
        gc.enable()
