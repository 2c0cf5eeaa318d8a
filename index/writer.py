"""A Whoosh segment writer for bulk indexing: the same segments, less Python per posting.

Profiling a build showed most of the time in Whoosh's generic per-posting path rather than in
the analysis: each posting was checked and sized on its own as it entered the sorting pool,
and while the segment was flushed each posting looked its document's field length up in the
length column on disk, through a file-exists check per lookup; the postings were then written
one call per posting. This writer

* adds a record's postings to the pool as one batch (no per-posting asserts; the pool's
  memory estimate is kept per batch, so large builds still spill sorted runs to disk),
* keeps every document's field length bytes in memory as they are written and hands them to
  the segment flush, which is exactly what the length column would have answered,
* writes each term's posting list in one go (:mod:`index.postings`).

The files it writes are ordinary Whoosh 3 segments, readable by any Whoosh reader, with the
same documents, terms, postings and lengths (a test compares them with Whoosh's own writer).
"""

from __future__ import annotations

from array import array
from typing import Any

from whoosh.codec.whoosh3 import W3Codec, W3PerDocWriter, W3Segment
from whoosh.filedb.filestore import Storage
from whoosh.index import FileIndex
from whoosh.util.numeric import byte_to_length, length_to_byte
from whoosh.writing import PostingPool, SegmentWriter

from index.postings import BulkFieldWriter

__all__ = ["BulkWriter"]

_POSTING_BYTES = 150
"""Memory estimate of one pooled posting tuple beyond its term and value bytes (Whoosh's own
estimate, summed): the pool spills a sorted run to disk when the estimate passes ``limitmb``."""


class _LengthKeepingPerDocWriter(W3PerDocWriter):
    """Whoosh's per-document writer that also keeps each field length byte in memory."""

    def __init__(self, codec: W3Codec, storage: Storage, segment: W3Segment) -> None:
        super().__init__(codec, storage, segment)
        self.length_bytes: dict[str, array[int]] = {}
        """Field name → the length byte of each document number (0: no terms)."""

    def add_field(self, fieldname: str, fieldobj: Any, value: Any, length: int) -> None:
        super().add_field(fieldname, fieldobj, value, length)
        if length:
            column = self.length_bytes.get(fieldname)
            if column is None:
                column = self.length_bytes[fieldname] = array("B")
            missing = self._docnum - len(column)
            if missing > 0:
                column.extend(bytes(missing))
            column.append(length_to_byte(length))


class _MemoryLengths:
    """The ``doc_field_length`` that a segment flush asks for, answered from memory.

    Mirrors Whoosh's per-document reader: 0 for a field without any length, None for a
    document without terms in a field that has lengths, else the (byte-rounded) length.
    """

    def __init__(self, length_bytes: dict[str, array[int]]) -> None:
        self._columns = length_bytes
        self._lengths = [byte_to_length(b) for b in range(256)]

    def doc_field_length(self, docnum: int, fieldname: str, default: int = 0) -> int | None:
        column = self._columns.get(fieldname)
        if column is None:
            return default
        lbyte = column[docnum] if docnum < len(column) else 0
        return self._lengths[lbyte] if lbyte else None


class _BulkCodec(W3Codec):
    """Whoosh 3 codec whose per-document writer keeps lengths in memory.

    Segments are stamped with a plain ``W3Codec``, so nothing of this module is pickled into
    the index's table of contents.
    """

    def per_document_writer(self, storage: Storage, segment: W3Segment) -> W3PerDocWriter:
        return _LengthKeepingPerDocWriter(self, storage, segment)

    def field_writer(self, storage: Storage, segment: W3Segment) -> BulkFieldWriter:
        return BulkFieldWriter(self, storage, segment)

    def new_segment(self, storage: Storage, indexname: str) -> W3Segment:
        return W3Segment(W3Codec(), indexname)


class _BatchPool(PostingPool):
    """The posting pool with a batch ``extend`` (one size estimate per batch)."""

    def extend(self, items: list[tuple[str, bytes, int, float, bytes]], size: int) -> None:
        self.currentsize += size
        if self.currentsize > self.limit:
            self.save()
        self.current.extend(items)


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
        limitmb = kwargs.get("limitmb", 128)
        self.pool = _BatchPool(self._tempstorage, self.newsegment, limitmb=limitmb)
        self._extra_segments: list[W3Segment] = []

    def add_document(self, **fields: Any) -> None:
        """Add one record: its postings to the pool, stored values and lengths per document."""
        self._check_state()
        schema = self.schema
        docnum = self.docnum
        perdoc = self.perdocwriter
        self._check_fields(schema, fields)
        perdoc.start_doc(docnum)
        batch: list[tuple[str, bytes, int, float, bytes]] = []
        size = 0
        for fieldname in sorted(fields):
            value = fields[fieldname]
            if value is None:
                continue
            field = schema[fieldname]
            length = 0
            if field.indexed:
                scorable = field.scorable
                for tbytes, freq, weight, vbytes in field.index(value):
                    if scorable:
                        length += freq
                    batch.append((fieldname, tbytes, docnum, float(weight), vbytes))
                    size += _POSTING_BYTES + len(fieldname) + 2 * len(tbytes) + len(vbytes or b"")
            perdoc.add_field(fieldname, field, value if field.stored else None, length)
            column = field.column_type
            if column:
                perdoc.add_column_value(fieldname, column, field.to_column_value(value))
        perdoc.finish_doc()
        self.pool.extend(batch, size)
        self._added = True
        self.docnum += 1

    def _flush_segment(self) -> None:
        """Write the pooled postings, taking each document's field length from memory."""
        self.perdocwriter.close()
        lengths = _MemoryLengths(self.perdocwriter.length_bytes)
        self.fieldwriter.add_postings(self.schema, lengths, self.pool.iter_postings())
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

    def add_segment(self, segment: W3Segment) -> None:
        """Commit ``segment`` (written by :meth:`write_segment` elsewhere) after this one's."""
        self._extra_segments.append(segment)

    def _commit_toc(self, segments: list[W3Segment]) -> None:
        super()._commit_toc([*segments, *self._extra_segments])
