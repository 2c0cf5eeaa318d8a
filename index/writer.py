"""A Whoosh segment writer for bulk indexing: the same segments, less Python per posting.

Profiling a build showed most of the time in Whoosh's generic per-posting path rather than in
the analysis: each posting was checked, sized and pooled as a tuple of its own, the pool was
sorted posting by posting (and pickled to disk posting by posting once it grew past its
memory limit), and while the segment was flushed each posting looked its document's field
length up in the length column on disk; the postings were then written one call per posting.
This writer

* adds a record's postings to a pool that gathers them by term (:mod:`index.pool`), the
  analysed text fields' postings built in one pass with their common values shared
  (:meth:`index.schema.AnalyzedText.pool_postings`), other fields' postings computed once
  per distinct value;
* keeps every document's field length bytes in memory and hands them to the segment flush,
  which is exactly what the length column would have answered;
* writes each term's posting list in one go and many terms in one write
  (:mod:`index.postings`);
* stores each record's fields as one deflate block without compression
  (:func:`stored_deflate`), which Whoosh reads like its own compressed ones.

The files it writes are ordinary Whoosh 3 segments, readable by any Whoosh reader, with the
same documents, terms, postings and lengths (a test compares them with Whoosh's own writer).
"""

from __future__ import annotations

import struct
import zlib
from array import array
from typing import Any

from whoosh.codec.whoosh3 import LENGTHS_COLUMN, W3Codec, W3PerDocWriter, W3Segment, _lenfield
from whoosh.columns import Column, CompressedBytesColumn, PickleColumn, VarBytesColumn
from whoosh.compat import dumps
from whoosh.fields import STORED, FieldType
from whoosh.filedb.filestore import Storage
from whoosh.index import FileIndex
from whoosh.util.numeric import length_to_byte
from whoosh.writing import SegmentWriter

from index.pool import TermPool
from index.postings import COMPRESSION_LEVEL, BulkFieldWriter
from index.schema import AnalyzedText

__all__ = ["BulkWriter"]

_MEMO_LIMIT = 100_000
"""Distinct (field, value) postings remembered for fields other than analysed text."""

_MAX_STORED_BLOCK = 65535
"""The most bytes one deflate block without compression holds (RFC 1951, 3.2.4)."""


def stored_deflate(data: bytes) -> bytes:
    """``data`` as a zlib stream of one block without compression, without zlib's set-up
    (for values of a few kilobytes, the very bytes of ``zlib.compress(data, 0)``).

    Each record's stored fields (a pickle of a few hundred bytes) are kept this way. Whoosh
    compresses them at level 3; zlib spends most of a call on them setting up its state
    (about 50 µs a call on the benchmark machine at any level, 0 included, against the
    0.5 µs of these few bytes), which was a quarter of a build's CPU. The stored-fields
    column is about a quarter larger (about 5 % of an index); Whoosh's reader decompresses
    it like its own.

    Args:
        data: The bytes to store; longer than one block they go to ``zlib.compress``.
    """
    size = len(data)
    if size > _MAX_STORED_BLOCK:
        return zlib.compress(data, 0)
    # zlib header (deflate, 32 KB window, no dictionary, level 0), then the final block
    # marker, its length and the length's complement, the data and its Adler-32.
    return b"".join(
        (_STORED_HEADER, _LENGTHS.pack(size, size ^ 0xFFFF), data, _ADLER.pack(zlib.adler32(data)))
    )


_STORED_HEADER = b"\x78\x01\x01"
_LENGTHS = struct.Struct("<HH")
_ADLER = struct.Struct(">I")


class _StoredBlocksColumn(CompressedBytesColumn):
    """Whoosh's compressed bytes column, each value written by :func:`stored_deflate`."""

    def writer(self, dbfile: Any) -> VarBytesColumn.Writer:
        return self.Writer(dbfile, 0, "zlib")

    class Writer(CompressedBytesColumn.Writer):
        def add(self, docnum: int, v: bytes) -> None:
            VarBytesColumn.Writer.add(self, docnum, stored_deflate(v))

        def add_record(self, docnum: int, fields: dict[str, Any]) -> None:
            """What the pickling wrapper's ``add`` and :meth:`add` do for a record's stored
            fields, in one call."""
            VarBytesColumn.Writer.add(self, docnum, stored_deflate(dumps(fields, 2)))


_STORED_COLUMN = PickleColumn(_StoredBlocksColumn())


class _LengthKeepingPerDocWriter(W3PerDocWriter):
    """Whoosh's per-document writer that keeps the field length bytes in memory.

    Whoosh writes each length byte to its column file as the document is added; here the
    bytes stay in one array per field, which the posting lists read while the segment is
    flushed and which is written to the same column file, in one piece, when it closes.
    """

    def __init__(self, codec: W3Codec, storage: Storage, segment: W3Segment) -> None:
        super().__init__(codec, storage, segment)
        self.length_bytes: dict[str, array[int]] = {}
        """Field name → the length byte of each document number (0: no terms)."""
        self._stored: _StoredBlocksColumn.Writer = self._get_column("_stored")._child
        """The stored-fields column's writer inside its pickling wrapper."""

    def _create_column(self, fieldname: str, column: Column) -> None:
        """Whoosh's column, but the stored fields in blocks of :func:`stored_deflate`."""
        super()._create_column(fieldname, _STORED_COLUMN if fieldname == "_stored" else column)

    def add_field(self, fieldname: str, fieldobj: Any, value: Any, length: int) -> None:
        if value is not None:
            self._storedfields[fieldname] = value
        if length:
            column = self.length_bytes.get(fieldname)
            if column is None:
                column = self.length_bytes[fieldname] = array("B")
            missing = self._docnum - len(column)
            if missing > 0:
                column.extend(bytes(missing))
            column.append(_BYTE_OF[length] if length < len(_BYTE_OF) else length_to_byte(length))
            self._fieldlengths[fieldname] += length

    def finish_doc(self) -> None:
        """Whoosh's ``finish_doc``: the stored fields go straight to the column's writer
        (:meth:`_StoredBlocksColumn.Writer.add_record`), not through three wrappers."""
        stored = self._storedfields
        if stored:
            self._stored.add_record(self._docnum, stored)
            stored.clear()  # as Whoosh's: ``close`` finishes the last document again
        self._indoc = False

    def close(self) -> None:
        for fieldname, column in self.length_bytes.items():
            # What Whoosh's length column holds: a byte per document up to the last one
            # with a length, 0 for a document without (lengths are never 0 bytes).
            name = _lenfield(fieldname)
            self._create_column(name, LENGTHS_COLUMN)
            self._get_column(name)._dbfile.write(column.tobytes())
        super().close()


_BYTE_OF = [length_to_byte(length) for length in range(1024)]
"""The length byte of each short field length (a sentence has far fewer words)."""


class _BulkCodec(W3Codec):
    """Whoosh 3 codec whose per-document writer keeps lengths in memory.

    Segments are stamped with a plain ``W3Codec``, so nothing of this module is pickled into
    the index's table of contents.
    """

    def __init__(self) -> None:
        super().__init__(compression=COMPRESSION_LEVEL)

    def per_document_writer(self, storage: Storage, segment: W3Segment) -> W3PerDocWriter:
        return _LengthKeepingPerDocWriter(self, storage, segment)

    def field_writer(self, storage: Storage, segment: W3Segment) -> BulkFieldWriter:
        return BulkFieldWriter(self, storage, segment)

    def new_segment(self, storage: Storage, indexname: str) -> W3Segment:
        return W3Segment(W3Codec(), indexname)


class BulkWriter(SegmentWriter):
    """A ``SegmentWriter`` that adds records with less overhead (see the module docstring).

    Supports what this project's schema uses: indexed, stored and column fields, no term
    vectors, no separate spelling fields, no boosts.

    Args:
        ix: The index to write to.
        **kwargs: As for ``SegmentWriter`` (``timeout``, ``limitmb`` ...).
    """

    def __init__(self, ix: FileIndex, **kwargs: Any) -> None:
        super().__init__(ix, codec=_BulkCodec(), **kwargs)
        text = [name for name, field in self.schema.items() if isinstance(field, AnalyzedText)]
        self.pool = TermPool(self._tempstorage, kwargs.get("limitmb", 128), text)
        self._extra_segments: list[W3Segment] = []
        self._fields: dict[str, FieldType] = dict(self.schema.items())
        self._memo: dict[tuple[str, Any], tuple[list[tuple[bytes, float, Any]], int]] = {}
        self._plans: dict[tuple[str, ...], list[tuple[str, FieldType]]] = {}
        """A record's fields in the order they are added, by the record's own order of them
        (a record of this project has one of a few shapes)."""
        self._finished: list[W3Segment] | None = None
        """The segments to commit, once :meth:`finish_segment` has written this one's."""

    def add_document(self, **fields: Any) -> None:
        """Add one record: its postings to the pool, stored values and lengths per document."""
        self._check_state()
        known = self._fields
        if not known.keys() >= fields.keys():
            self._check_fields(self.schema, fields)
        docnum = self.docnum
        perdoc = self.perdocwriter
        pool = self.pool
        perdoc.start_doc(docnum)
        stored = perdoc._storedfields
        keys = tuple(fields)
        plan = self._plans.get(keys)
        if plan is None:
            plan = self._plans[keys] = [(name, known[name]) for name in sorted(keys)]
        for fieldname, field in plan:
            value = fields[fieldname]
            if value is None:
                continue
            if field.__class__ is STORED:
                stored[fieldname] = value  # what ``perdoc.add_field`` does without a length
                continue
            length = 0
            if field.indexed:
                if isinstance(field, AnalyzedText) and isinstance(value, str):
                    growth = field.pool_postings(value, docnum, pool.field_terms(fieldname))
                    pool.grew(growth.postings, growth.new_terms)
                    length = growth.length
                else:
                    postings, length = self._postings(fieldname, field, value)
                    pool.add_postings(fieldname, docnum, postings)
            perdoc.add_field(fieldname, field, value if field.stored else None, length)
            column = field.column_type
            if column:
                perdoc.add_column_value(fieldname, column, field.to_column_value(value))
        perdoc.finish_doc()
        self._added = True
        self.docnum += 1

    def _postings(
        self, fieldname: str, field: FieldType, value: Any
    ) -> tuple[list[tuple[bytes, float, Any]], int]:
        """(term bytes, weight, value) of each posting and the field length, as Whoosh's
        writer takes them from ``field.index``; remembered per value (kinds, document ids,
        dates repeat on every record)."""
        key = (fieldname, value) if isinstance(value, (str, int)) else None
        found = self._memo.get(key) if key is not None else None
        if found is None:
            postings, length = [], 0
            for tbytes, freq, weight, vbytes in field.index(value):
                postings.append((tbytes, float(weight), vbytes))
                length += freq
            found = (postings, length if field.scorable else 0)
            if key is not None:
                if len(self._memo) >= _MEMO_LIMIT:
                    self._memo.clear()
                self._memo[key] = found
        return found

    def _flush_segment(self) -> None:
        """Write the pooled postings, taking each document's field length from memory."""
        self.perdocwriter.close()
        self.fieldwriter.add_terms(self.schema, self.perdocwriter.length_bytes, self.pool.terms())
        self.fieldwriter.close()

    def write_segment(self) -> W3Segment:
        """Finish this writer's segment without committing it (a helper process's part).

        The files stay in the index folder; the writer holding the lock commits the segment
        with :meth:`add_segment`. The index's scratch folder is shared with that writer, so
        it is left in place (this writer's own scratch files are gone by now).
        """
        segment = self._finalize_segment()
        self.is_closed = True
        return segment

    def abandon_segment(self) -> None:
        """Close the files of a segment that will not be committed (a cancelled part); the
        scratch folder is left to the writer holding the lock, as :meth:`write_segment` does."""
        self._close_segment()
        self.is_closed = True

    def finish_segment(self) -> None:
        """Merge what the merge policy picks and write this writer's segment now, so that
        :meth:`commit` only writes the table of contents (with :meth:`add_segment`'s).

        A large build calls this before it waits for its helper process: both segments are
        written at the same time instead of one after the other.
        """
        self._check_state()
        segments = self._merge_segments(None, None, None)
        if self._added:
            segments.append(self._finalize_segment())
        else:
            self._close_segment()
        self.pool.release()
        self._finished = segments

    def commit(self, mergetype: Any = None, optimize: Any = None, merge: Any = None) -> None:
        """Commit as Whoosh does, or after :meth:`finish_segment` only the table of contents."""
        if self._finished is None:
            super().commit(mergetype, optimize, merge)
            return
        self._check_state()
        self._commit_toc(self._finished)
        self._finish()

    def cancel(self) -> None:
        """Cancel as Whoosh does; a segment already finished is left out of the table of
        contents (the next commit's clean-up removes its files, as a helper's)."""
        if self._finished is None:
            super().cancel()
            return
        self._check_state()
        self._finish()

    def add_segment(self, segment: W3Segment) -> None:
        """Commit ``segment`` (written by :meth:`write_segment` elsewhere) after this one's."""
        self._extra_segments.append(segment)

    def _commit_toc(self, segments: list[W3Segment]) -> None:
        super()._commit_toc([*segments, *self._extra_segments])
