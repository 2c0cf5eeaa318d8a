"""Writing a segment's posting lists a term at a time instead of a posting at a time.

Whoosh's field writer takes the sorted postings one by one: a loop with order checks, a
length lookup and four calls per posting, then per-posting type asserts and statistics in
its postings writer. After the analysis became cheap this was the largest cost of a build.
Here each term's postings are gathered with one ``groupby`` and written in blocks whose
statistics come from ``max``/``min``/``sum`` over the block. The bytes are Whoosh 3's own:
the same header, block info, pickled and compressed block data and term info (a test
compares the files with those of Whoosh's writer).
"""

from __future__ import annotations

import zlib
from array import array
from collections.abc import Iterable
from itertools import groupby
from operator import itemgetter
from typing import Any

from whoosh.codec.whoosh3 import WHOOSH3_HEADER_MAGIC, W3FieldWriter, W3TermInfo
from whoosh.compat import dumps
from whoosh.system import pack_ushort
from whoosh.util.numeric import length_to_byte

COMPRESS_MIN_BYTES = 128
"""Smaller block data is written uncompressed (its block info says so, and Whoosh's reader
reads each block as its info says): zlib barely shrinks a few dozen bytes of pickled numbers
and its set-up cost per call was the largest single cost of writing a segment."""

Posting = tuple[str, bytes, int, float, bytes | None]
"""(field name, term bytes, document number, weight, encoded value), as the pool sorts them."""


class _Block:
    """The statistics of one block that ``W3TermInfo.add_block`` reads."""

    __slots__ = ("_weights", "_count", "_min", "_max", "_max_weight", "_first", "_last")

    def __init__(
        self, ids: array[int], weights: array[float], lengths: list[int], max_weight: float
    ) -> None:
        self._weights = weights
        self._count = len(ids)
        self._first, self._last = ids[0], ids[-1]
        self._min = min(lengths) if lengths else None
        self._max = max(lengths) if lengths else 0
        self._max_weight = max_weight

    def __len__(self) -> int:
        return self._count

    def min_id(self) -> int:
        return self._first

    def max_id(self) -> int:
        return self._last

    def min_length(self) -> int | None:
        return self._min

    def max_length(self) -> int:
        return self._max

    def max_weight(self) -> float:
        return self._max_weight


class BulkFieldWriter(W3FieldWriter):
    """Whoosh 3's field writer with a term-at-a-time ``add_postings`` (same files)."""

    def add_postings(self, schema: Any, lengths: Any, items: Iterable[Posting]) -> None:
        codec = self._codec
        if codec._inlinelimit > 1:  # inlined short lists are not written here
            super().add_postings(schema, lengths, items)
            return
        field_length = lengths.doc_field_length if lengths else (lambda docnum, fieldname: 0)
        current = None
        for (fieldname, btext), group in groupby(items, key=itemgetter(0, 1)):
            postings = [posting for posting in group if posting[2] != -1]
            if not postings:
                continue
            if fieldname != current:
                if current is not None:
                    self.finish_field()
                self.start_field(fieldname, schema[fieldname])
                current = fieldname
            self._write_term(btext, postings, field_length)
        if current is not None:
            self.finish_field()

    def _write_term(self, btext: bytes, postings: list[Posting], field_length: Any) -> None:
        fieldname = self._fieldname
        ids = array("I", [posting[2] for posting in postings])
        weights = [posting[3] for posting in postings]
        values = [posting[4] for posting in postings]
        lengths = [field_length(docnum, fieldname) for docnum in ids]
        terminfo = W3TermInfo()
        postfile = self._postfile
        start = postfile.tell()
        postfile.write(WHOOSH3_HEADER_MAGIC)
        size = self._codec._blocklimit
        for low in range(0, len(ids), size):
            high = low + size
            block = _BlockData(ids[low:high], weights[low:high], values[low:high])
            block.write(self, terminfo, lengths[low:high], last=high >= len(ids))
        terminfo.set_extent(start, postfile.tell() - start)
        self._tindex.add(pack_ushort(self._fieldid) + btext, terminfo.to_bytes())


class _BlockData:
    """One block of a posting list, minified and written as ``W3PostingsWriter`` does."""

    def __init__(self, ids: array[int], weights: list[float], values: list[bytes | None]) -> None:
        self.ids = ids
        self.raw_weights = weights
        self.weights = array("f", weights)
        self.values = [value for value in values if value]

    def _mini_weights(self) -> float | tuple[float, ...] | None:
        weights = self.weights
        first = weights[0]
        if weights.count(first) == len(weights):
            return None if first == 1.0 else first
        return tuple(weights)

    def _mini_values(self, fixed_size: int | None) -> Any:
        if fixed_size is None or fixed_size < 0:
            return tuple(self.values)
        if fixed_size == 0:
            return None
        return b"".join(self.values)

    def write(
        self, writer: BulkFieldWriter, terminfo: W3TermInfo, lengths: list[int], last: bool
    ) -> None:
        ids = self.ids
        max_weight = max(self.raw_weights)
        if not max_weight > 0:
            max_weight = 0
        present = [length for length in lengths if length]
        block = _Block(ids, self.weights, present, max_weight)
        terminfo.add_block(block)
        deltas = (ids[0], *(b - a for a, b in zip(ids, ids[1:], strict=False)))
        fixed_size = writer._format.fixed_value_size()
        data = dumps((deltas, self._mini_weights(), self._mini_values(fixed_size)), 2)
        compression = writer._codec._compression if len(data) >= COMPRESS_MIN_BYTES else 0
        if compression:
            data = zlib.compress(data, compression)
        info = dumps(
            (
                len(ids),
                ids[-1],
                max_weight,
                compression,
                length_to_byte(block.min_length()),
                length_to_byte(block.max_length()),
            ),
            2,
        )
        postfile = writer._postfile
        length = len(info) + len(data)
        postfile.write_int(-length if last else length)
        postfile.write(info)
        postfile.write(data)
