"""Decoding a posting block's document numbers and weights in C loops.

Whoosh's ``W3LeafMatcher`` turns a block's stored gaps into document numbers with a Python
generator (``delta_decode``) and fills a block of equal weights (the common "once in this
sentence") one generator step per posting. A prefix query's fifty frequent words read a
hundred blocks or more, every AND, phrase and alias reads the blocks it lands in: these two
loops were a third of reading a block. ``itertools.accumulate`` gives the same running sums
and repeating a one-item array the same weights.
"""

from __future__ import annotations

from array import array
from itertools import accumulate

from whoosh.codec.whoosh3 import W3LeafMatcher

from index.installed import whoosh_is_pinned

__all__ = ["decode_blocks_in_c", "whoosh_read_ids", "whoosh_read_weights"]

whoosh_read_ids = W3LeafMatcher._read_ids
"""Whoosh's own decoding of document numbers (kept for the test that compares the two)."""
whoosh_read_weights = W3LeafMatcher._read_weights
"""Whoosh's own filling of weights (kept for the same test)."""


def _read_ids(self: W3LeafMatcher) -> None:
    """``W3LeafMatcher._read_ids``: the block's document numbers from their gaps."""
    if self._data is None:
        self._read_data()
    ids = self._data[0]
    self._ids = ids if self._byteids else tuple(accumulate(ids))


def _read_weights(self: W3LeafMatcher) -> None:
    """``W3LeafMatcher._read_weights``: None stands for all ones, a float for all equal."""
    if self._data is None:
        self._read_data()
    weights = self._data[1]
    if weights is None:
        self._weights = array("f", (1.0,)) * self._blocklength
    elif isinstance(weights, float):
        self._weights = array("f", (weights,)) * self._blocklength
    else:
        self._weights = weights


def decode_blocks_in_c() -> None:
    """Make Whoosh's on-disk posting lists decode their blocks this way (idempotent). Only
    on the pinned Whoosh, whose block layout (``_data``, ``_byteids``, ``_blocklength``) this
    reads; any other decodes as it does."""
    if not whoosh_is_pinned():
        return
    setattr(W3LeafMatcher, "_read_ids", _read_ids)  # noqa: B010
    setattr(W3LeafMatcher, "_read_weights", _read_weights)  # noqa: B010
