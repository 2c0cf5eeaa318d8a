"""A sorted text index of word keys, read in milliseconds and looked up by bisection.

The lexical resources shipped as data files (:mod:`glossary.synonyms`, :mod:`glossary.translations`)
hold tens of thousands of words; parsing them into dictionaries at start would cost a warm start
more than the rest of the links. Written as sorted ``key<TAB>value`` lines instead, a file is read
as one string and split into lines, and a key is found by bisection when it is first asked for.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable

__all__ = ["SortedIndex", "index_text"]


def index_text(entries: Iterable[tuple[str, str]]) -> list[str]:
    """The lines of an index of ``(key, value)`` entries, sorted by key (keys are unique and
    hold no tab or line break)."""
    return [f"{key}\t{value}" for key, value in sorted(entries)]


class SortedIndex:
    """Lines ``key<TAB>value`` sorted by key; lines starting with ``#`` (a notice) are skipped.

    A tab sorts before any character of a key, so the lines sort as their keys do.
    """

    def __init__(self, lines: list[str]) -> None:
        self._lines = [line for line in lines if line and line[0] != "#"]

    def get(self, key: str) -> str | None:
        """The value of ``key``, or ``None`` when the index does not hold it."""
        prefix = key + "\t"
        at = bisect_left(self._lines, prefix)
        if at < len(self._lines) and self._lines[at].startswith(prefix):
            return self._lines[at][len(prefix) :]
        return None
