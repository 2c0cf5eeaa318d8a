"""Writing a segment's posting lists and term table a term at a time, in Whoosh 3's bytes.

Whoosh's field writer takes the sorted postings one by one: a loop with order checks, a
length lookup and four calls per posting, then per-posting type asserts and statistics in
its postings writer, three file writes per block and a hash-table entry per term. After the
analysis became cheap this was the largest cost of a build. Here each term comes from the
pool (:mod:`index.pool`) with all its postings; its blocks' statistics come from
``max``/``min``/``sum`` over the block, field lengths from the length bytes kept in memory,
and the bytes of many terms go to the files in one write. The bytes are Whoosh 3's own: the
same header, block info, pickled and compressed block data, term info and term table (a test
compares the files with those of Whoosh's writer).
"""

from __future__ import annotations

import zlib
from array import array
from collections.abc import Iterable, Mapping
from hashlib import md5
from operator import sub
from typing import Any

from whoosh.codec.whoosh3 import WHOOSH3_HEADER_MAGIC, W3FieldWriter, W3TermInfo
from whoosh.compat import dumps
from whoosh.filedb.filetables import OrderedHashWriter, md5_hash
from whoosh.filedb.filetables import _lengths as _KEY_VALUE_LENGTHS
from whoosh.filedb.filetables import _pointer as _POINTER
from whoosh.system import pack_int, pack_long, pack_ushort
from whoosh.util.numlists import GrowableArray

from index.pool import TermPostings

__all__ = ["BLOCK_DATA_PROTOCOL", "COMPRESSION_LEVEL", "COMPRESS_MIN_BYTES", "BulkFieldWriter"]

COMPRESSION_LEVEL = 1
"""zlib's level for block data. Whoosh uses 3; 1 makes the same index within a tenth of a
percent (blocks are small pickles of numbers) in a tenth less time to write a segment, and
any Whoosh reader decompresses either alike."""

COMPRESS_MIN_BYTES = 1024
"""Smaller block data is written uncompressed (its block info says so, and Whoosh's reader
reads each block as its info says). zlib sets up its whole state for a 32 KB window per
call, which costs more than compressing a few hundred bytes of pickled numbers does: with
128 here, zlib was over a quarter of writing a segment. From 1024 bytes on, the blocks left
to compress are the long lists of frequent words, where it saves the most bytes (measured
on the benchmark corpus: about 370 M instructions less per 0.5 MB built, for a segment 9 %
larger; no compression at all saved 430 M for 21 %)."""

BLOCK_DATA_PROTOCOL = 4
"""The pickle protocol of a block's data (document gaps, weights, values). Whoosh writes
protocol 2, where every bytes value (a posting's encoded positions, a block's joined
counts) is pickled as a call of ``_codecs.encode`` on a latin-1 string, and unpickled by
calling it again; protocol 4 has an opcode for bytes. Whoosh's reader unpickles the data
with ``loads``, which reads any protocol into the same tuple, so searches see the same
postings. Measured on a block of 20 positional postings: 28 → 3 µs to pickle, 29 → 2.4 µs
to unpickle, 702 → 381 bytes. The block info stays protocol 2 (no bytes in it, and
the reader takes it with ``pickle.load`` from the file)."""

_FLUSH_BYTES = 1 << 20
"""Posting bytes gathered before one write to the file."""

_TERM_INFO = W3TermInfo._struct
"""A term's statistics, as ``W3TermInfo.to_bytes`` packs them before the posting list's place."""


class BulkFieldWriter(W3FieldWriter):
    """Whoosh 3's field writer with a term-at-a-time :meth:`add_terms` (same files)."""

    def __init__(self, codec: Any, storage: Any, segment: Any) -> None:
        super().__init__(codec, storage, segment)
        self._tindex.__class__ = _TermTable  # the same table, written in fewer calls

    def add_terms(
        self, schema: Any, length_bytes: Mapping[str, array[int]], terms: Iterable[TermPostings]
    ) -> None:
        """Write every term's posting list and term table entry.

        Args:
            schema: The segment's schema.
            length_bytes: Per scorable field, each document's length byte (0: no terms).
            terms: (field, term bytes, flat postings) in (field, term) order, postings in
                document order (see :class:`index.pool.TermPool`).
        """
        assert self._codec._inlinelimit <= 1, "inlined posting lists are not written here"
        blocks = _BlockWriter(self, length_bytes)
        current = None
        for fieldname, btext, flat in terms:
            if fieldname != current:
                if current is not None:
                    blocks.flush()
                    self.finish_field()
                self.start_field(fieldname, schema[fieldname])
                blocks.start_field(fieldname, self._format.fixed_value_size())
                current = fieldname
            blocks.add(btext, flat)
        blocks.flush()
        if current is not None:
            self.finish_field()


class _BlockWriter:
    """Posting lists of one field after another, buffered, and their term table entries."""

    def __init__(self, writer: BulkFieldWriter, length_bytes: Mapping[str, array[int]]) -> None:
        self._writer = writer
        self._postfile = writer._postfile
        self._tindex: OrderedHashWriter = writer._tindex
        self._length_bytes = length_bytes
        self._blocklimit: int = writer._codec._blocklimit
        self._compression: int = writer._codec._compression
        self._chunks: list[bytes] = []
        self._offset = self._postfile.tell()
        """Where the next posting list starts in the file (the buffer included)."""
        self._buffered = 0
        self._entries: list[tuple[bytes, bytes]] = []
        self._column: array[int] | None = None
        self._fixed_size: int | None = None
        self._key_prefix = b""

    def start_field(self, fieldname: str, fixed_size: int | None) -> None:
        self._column = self._length_bytes.get(fieldname)
        self._fixed_size = fixed_size
        self._key_prefix = pack_ushort(self._writer._fieldid)

    def add(self, btext: bytes, flat: list[Any]) -> None:
        """One term: its blocks to the buffer, its term info to the table's entries."""
        if len(flat) == 3:
            self._add_single(btext, flat[0], flat[1], flat[2])
            return
        ids = flat[0::3]
        weights = flat[1::3]
        values = flat[2::3]
        count = len(ids)
        column = self._column
        if column is None:
            lbytes = None
        elif ids[-1] < len(column):  # ids ascend: every document has its byte
            lbytes = list(map(column.__getitem__, ids))
        else:
            size = len(column)
            lbytes = [column[d] if d < size else 0 for d in ids]
        chunks = self._chunks
        start = self._offset + self._buffered
        written = len(WHOOSH3_HEADER_MAGIC)
        chunks.append(WHOOSH3_HEADER_MAGIC)
        total_weight = 0.0
        min_byte: int | None = None
        max_byte = 0
        max_weight: float = 0
        limit = self._blocklimit
        for low in range(0, count, limit):
            high = min(low + limit, count)
            if count <= limit:  # one block, the usual case: no copies
                block_ids, unit, block_values = ids, weights, values
            else:
                block_ids, unit = ids[low:high], weights[low:high]
                block_values = values[low:high]
            if unit.count(1.0) == len(unit):  # a word once in each sentence, the usual case
                total_weight += high - low
                top = 1.0
                mini_weights = None
            else:
                block_weights = array("f", unit)
                total_weight += sum(block_weights)
                top = max(unit)
                if not top > 0:
                    top = 0
                mini_weights = _mini_weights(block_weights)
            max_weight = max(max_weight, top)
            if lbytes is None:
                present = []
            else:
                present = lbytes if count <= limit else lbytes[low:high]
                if 0 in present:
                    present = [b for b in present if b]
            low_byte = min(present) if present else 0
            high_byte = max(present) if present else 0
            if present:
                min_byte = low_byte if min_byte is None else min(min_byte, low_byte)
                max_byte = max(max_byte, high_byte)
            data = dumps(
                (_deltas(block_ids), mini_weights, _mini_values(block_values, self._fixed_size)),
                BLOCK_DATA_PROTOCOL,
            )
            compression = self._compression if len(data) >= COMPRESS_MIN_BYTES else 0
            if compression:
                data = zlib.compress(data, compression)
            info = dumps(
                (high - low, block_ids[-1], top, compression, low_byte, high_byte),
                2,
            )
            length = len(info) + len(data)
            chunks += (pack_int(-length if high == count else length), info, data)
            written += 4 + length
        self._buffered += written
        terminfo = _TERM_INFO.pack(
            0,
            total_weight,
            count,
            0 if min_byte is None else min_byte,
            max_byte,
            max_weight,
            ids[0],
            ids[-1],
        )
        self._entries.append(
            (self._key_prefix + btext, terminfo + pack_long(start) + pack_int(written))
        )
        if self._buffered >= _FLUSH_BYTES:
            self._write_postings()

    def _add_single(self, btext: bytes, docnum: int, weight: float, value: Any) -> None:
        """:meth:`add` for a term with one posting (about half of a segment's terms): the
        same bytes without the slices, arrays and block loop."""
        column = self._column
        length_byte = column[docnum] if column is not None and docnum < len(column) else 0
        stored_weight = _FLOAT32.get(weight)
        if stored_weight is None:
            stored_weight = array("f", (weight,))[0]
        top = weight if weight > 0 else 0
        fixed_size = self._fixed_size
        values: tuple[Any, ...] | bytes | None
        if fixed_size == 0:
            values = None
        elif fixed_size is None or fixed_size < 0:
            values = (value,) if value else ()
        else:
            values = value or b""
        data = dumps(
            ((docnum,), None if stored_weight == 1.0 else stored_weight, values),
            BLOCK_DATA_PROTOCOL,
        )
        compression = self._compression if len(data) >= COMPRESS_MIN_BYTES else 0
        if compression:
            data = zlib.compress(data, compression)
        info = dumps((1, docnum, top, compression, length_byte, length_byte), 2)
        length = len(info) + len(data)
        start = self._offset + self._buffered
        self._chunks += (WHOOSH3_HEADER_MAGIC, pack_int(-length), info, data)
        written = len(WHOOSH3_HEADER_MAGIC) + 4 + length
        self._buffered += written
        terminfo = _TERM_INFO.pack(
            0, stored_weight, 1, length_byte, length_byte, max(0, top), docnum, docnum
        )
        self._entries.append(
            (self._key_prefix + btext, terminfo + pack_long(start) + pack_int(written))
        )
        if self._buffered >= _FLUSH_BYTES:
            self._write_postings()

    def flush(self) -> None:
        """Write what is buffered: posting lists, then the term table's entries."""
        self._write_postings()
        _add_entries(self._tindex, self._entries)
        self._entries = []

    def _write_postings(self) -> None:
        if self._chunks:
            self._postfile.write(b"".join(self._chunks))
            self._offset += self._buffered
            self._chunks, self._buffered = [], 0


_FLOAT32 = {float(count): float(count) for count in range(1024)}
"""Weights a 32-bit float holds exactly, as the block's ``array("f")`` gives them back."""


def _deltas(ids: list[int]) -> tuple[int, ...]:
    """The first document number, then the gaps between the following ones."""
    return (ids[0], *map(sub, ids[1:], ids))


def _mini_weights(weights: array[float]) -> float | tuple[float, ...] | None:
    """As Whoosh minifies a block's weights: None when all are 1, one number when all equal."""
    first = weights[0]
    if weights.count(first) == len(weights):
        return None if first == 1.0 else first
    return tuple(weights)


def _mini_values(values: list[bytes | None], fixed_size: int | None) -> Any:
    """As Whoosh minifies a block's values (empty ones are left out, as it never adds them)."""
    if fixed_size == 0:
        return None
    if fixed_size is None or fixed_size < 0:
        return tuple(filter(None, values))
    return b"".join(filter(None, values))


def _add_entries(tindex: OrderedHashWriter, entries: list[tuple[bytes, bytes]]) -> None:
    """Add (key, value) entries to Whoosh's ordered term table in one write.

    What ``OrderedHashWriter.add`` does per entry: the key must grow, its position goes to the
    table's index, the length header, key and value to the file, the key's hash to a bucket.
    """
    if not entries:
        return
    dbfile = tindex.dbfile
    position = dbfile.tell()
    hashfn = _md5_low_bits if tindex.hashfn is md5_hash else tindex.hashfn
    buckets = tindex.buckets
    last = tindex.lastkey
    positions: list[int] = []
    parts: list[bytes] = []
    for key, value in entries:
        if key <= last:
            raise ValueError(f"Keys must increase: {last!r}..{key!r}")
        last = key
        positions.append(position)
        parts += (_KEY_VALUE_LENGTHS.pack(len(key), len(value)), key, value)
        digest = hashfn(key)
        buckets[digest & 255].append((digest, position))
        position += _KEY_VALUE_LENGTHS.size + len(key) + len(value)
    dbfile.write(b"".join(parts))
    tindex.lastkey = last
    _extend_index(tindex.index, positions)


def _md5_low_bits(key: bytes) -> int:
    """Whoosh's ``md5_hash``, the digest's last 32 bits as a number: the same value from
    the digest's last four bytes, without its hex string parsed as a 128-bit number (a
    third less time per term of the table)."""
    return int.from_bytes(md5(key).digest()[12:], "big")


def _extend_index(index: GrowableArray, positions: list[int]) -> None:
    """What ``index.append`` does for each of ``positions`` (ascending), in one call: the
    array takes the type its largest number needs, as it would have grown into."""
    if positions and isinstance(index.array, array):
        try:
            array(index.array.typecode, positions[-1:])
        except OverflowError:
            index._retype(positions[-1])
    index.array.extend(positions)


class _TermTable(OrderedHashWriter):
    """Whoosh's ordered term table, each of its 256 hash tables written in one piece
    (Whoosh writes each slot with a call of its own: two per term)."""

    def _write_hashes(self) -> None:
        dbfile = self.dbfile
        pack = _POINTER.pack
        for entries in self.buckets:
            numslots = 2 * len(entries)
            self.directory.append((dbfile.tell(), numslots))
            table: list[tuple[int, int]] = [_EMPTY_SLOT] * numslots
            for hashval, position in entries:
                slot = (hashval >> 8) % numslots
                while table[slot] is not _EMPTY_SLOT:
                    slot = (slot + 1) % numslots
                table[slot] = (hashval, position)
            dbfile.write(b"".join([pack(hashval, position) for hashval, position in table]))


_EMPTY_SLOT = (0, 0)
