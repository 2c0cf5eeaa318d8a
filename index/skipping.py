"""Skipping ahead in a posting list by bisection inside its current block.

An AND or a phrase of two frequent words (a glossary alias such as "Minsk Putin") walks both
posting lists in step, each asking the other to skip to its next document. Whoosh's
``W3LeafMatcher.skip_to`` finds the target inside a block by stepping one posting at a time
through three method calls each (``is_active``, ``id``, ``next``): most of an alias query's
time at 10 MB. The block's document numbers are sorted, so a bisection lands on the same
posting; blocks are skipped exactly as before.
"""

from __future__ import annotations

from bisect import bisect_left

from whoosh.codec.whoosh3 import W3LeafMatcher
from whoosh.matching import ReadTooFar

__all__ = ["skip_by_bisection", "whoosh_skip_to"]

whoosh_skip_to = W3LeafMatcher.skip_to
"""Whoosh's own stepping ``skip_to`` (kept for the test that compares the two)."""


def _skip_to(self: W3LeafMatcher, targetid: int) -> None:
    """``W3LeafMatcher.skip_to``: the first posting at or after ``targetid``."""
    if not self.is_active():
        raise ReadTooFar
    if targetid <= self.id():
        return
    if targetid > self._maxid:
        self._skip_to_block(lambda: targetid > self._maxid)
        if not self.is_active():
            return
        self.id()  # loads the new block's document numbers
    # The block's last number is at least ``targetid``, so this stays inside the block.
    self._i = bisect_left(self._ids, targetid, self._i)


def skip_by_bisection() -> None:
    """Make Whoosh's on-disk posting lists skip by bisection (idempotent)."""
    setattr(W3LeafMatcher, "skip_to", _skip_to)  # noqa: B010
