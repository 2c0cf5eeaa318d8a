"""Python's cyclic garbage collector paused while a document is read.

Reading a document makes a few hundred thousand small objects (a tuple per word, the
counters of each name) in no reference cycle; while they pile up, the collector walks them
and the loaded models again and again and finds nothing: 10 to 25 % of the reading of a
1 MB text. Reference counting frees objects as always meanwhile; only cycles made during the
reading (by any thread) wait for its end.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """No cyclic collection inside; the collector's state is restored after (it stays off
    when someone else had paused it: the app's start does)."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()
