"""Giving memory back after a heavy job: word caches emptied, freed heap returned to the system.

A job over a long text (reading names, scanning mentions, indexing) fills per-word memo
caches of up to 65,536 entries each (about 100 MB together after a 4 MB text) and frees far
more than it keeps; without help the process stays at its high-water mark for the rest of
the session. The caches only save time: emptied, they give the same answers and fill again
with the words the next job asks about.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable
from functools import cache

from reader import collector

CACHED_PACKAGES = ("glossary.", "index.")
"""Packages whose per-word memo caches a finished heavy job empties."""

WORD_CACHE_SIZE = 4096
"""Caches bounded at this many entries or more hold words (smaller ones hold a few tables
or compiled patterns that are worth keeping)."""


def word_caches(packages: Iterable[str] = CACHED_PACKAGES) -> list[Callable[[], None]]:
    """The ``cache_clear`` of every loaded ``lru_cache`` of at least ``WORD_CACHE_SIZE``
    entries in modules of ``packages`` (unbounded caches are kept: they hold tables)."""
    prefixes = tuple(packages)
    clears = []
    for name, module in list(sys.modules.items()):
        if module is None or not name.startswith(prefixes):
            continue
        for value in list(vars(module).values()):
            parameters = getattr(value, "cache_parameters", None)
            if parameters is None or getattr(value, "__module__", None) != name:
                continue
            size = parameters().get("maxsize")
            if size is not None and size >= WORD_CACHE_SIZE:
                clears.append(value.cache_clear)
    return clears


def release_memory() -> None:
    """Empty the word caches, collect garbage and hand free heap pages back to the system."""
    for clear in word_caches():
        clear()
    collector.collect_and_freeze(everything=True)
    trim = _malloc_trim()
    if trim is not None:
        trim(0)


@cache
def _malloc_trim() -> Callable[[int], int] | None:
    """glibc's ``malloc_trim``, which returns the free pages of every heap arena (threads
    get their own arenas, which otherwise keep what a worker freed); None elsewhere."""
    if not sys.platform.startswith("linux"):
        return None
    import ctypes.util  # only after a heavy job: ctypes is off the app's start path

    name = ctypes.util.find_library("c")
    try:
        trim: Callable[[int], int] = ctypes.CDLL(name).malloc_trim
    except (OSError, AttributeError, TypeError):  # not glibc (musl has no malloc_trim)
        return None
    return trim
