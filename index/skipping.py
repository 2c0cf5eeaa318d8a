"""Skipping ahead in a posting list by bisection inside its current block.

An AND or a phrase of two frequent words (a glossary alias such as "Minsk Putin") walks both
posting lists in step, each asking the other to skip to its next document. Whoosh's
``W3LeafMatcher.skip_to`` finds the target inside a block by stepping one posting at a time
through three method calls each (``is_active``, ``id``, ``next``): most of an alias query's
time at 10 MB. The block's document numbers are sorted, so a bisection lands on the same
posting; blocks are skipped exactly as before.

Two such lists that meet seldom (the words of a two-word name) still took a skip per
alternation, some 25 per common document. So an intersection of two on-disk lists brings the
one behind up to the other and then intersects what is left of both current blocks at once, as
sets: the first common number there is the next match (any earlier one would lie in both
blocks); with none, the block that ends first is done.
"""

from __future__ import annotations

from bisect import bisect_left

from whoosh.codec.whoosh3 import W3LeafMatcher
from whoosh.matching import IntersectionMatcher, ReadTooFar

from index.installed import whoosh_is_pinned

__all__ = ["skip_by_bisection", "whoosh_find_next", "whoosh_skip_to"]

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


whoosh_find_next = IntersectionMatcher._find_next
"""Whoosh's own alternating intersection (for other matchers, and the test that compares)."""


def _find_next(self: IntersectionMatcher) -> bool:
    """``IntersectionMatcher._find_next``: both sides on their next common document.

    Returns False, as Whoosh's does with skips that report nothing.
    """
    a, b = self.a, self.b
    if type(a) is not W3LeafMatcher or type(b) is not W3LeafMatcher:
        return bool(whoosh_find_next(self))
    while a.is_active() and b.is_active():
        a_id, b_id = a.id(), b.id()
        if a_id == b_id:
            return False
        behind, ahead = (a, b) if a_id < b_id else (b, a)
        behind.skip_to(ahead.id())
        if not behind.is_active() or behind.id() == ahead.id():
            return False  # ended, or the skip landed on a common document: no set to build
        behind_ids, ahead_ids = behind._ids, ahead._ids
        common = set(behind_ids[behind._i :]).intersection(ahead_ids[ahead._i :])
        if common:
            first = min(common)
            behind._i = bisect_left(behind_ids, first, behind._i)
            ahead._i = bisect_left(ahead_ids, first, ahead._i)
            return False
        ends_first = behind if behind_ids[-1] < ahead_ids[-1] else ahead
        ends_first.skip_to(ends_first._ids[-1] + 1)
    return False


def skip_by_bisection() -> None:
    """Make Whoosh's on-disk posting lists skip by bisection and intersect block by block
    (idempotent). Only on the pinned Whoosh, whose matchers' private layout (``_ids``, ``_i``,
    ``_blocklength``, ``_next_block``) this reads; any other keeps its own stepping."""
    if not whoosh_is_pinned():
        return
    setattr(W3LeafMatcher, "skip_to", _skip_to)  # noqa: B010
    setattr(IntersectionMatcher, "_find_next", _find_next)  # noqa: B010
