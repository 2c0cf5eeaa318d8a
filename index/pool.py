"""The postings of a segment being written, gathered by term as records are added.

Whoosh's writer puts every posting into a pool as a tuple of five objects (field, term bytes,
document number, weight, value) and sorts the whole pool when the segment is flushed; once the
pool's memory estimate passes ``limitmb`` it pickles each posting to a run file on disk and
merges the runs posting by posting. At ~200 bytes a posting a 5 MB text already spilled with
the app's 128 MB, and reading the runs back cost a third of a 10 MB build. This pool keeps one
flat list per term (document number, weight, value, document number, ...), so a posting costs
three references (the record's number, a shared weight, and its value, which is shared too
when it is a common one), and the flush sorts terms, not postings: documents are added in
order, so each term's postings already are. When the estimate still passes the limit, the
terms are written to a run file a term at a time and merged by term at the flush.

The analysed text fields' terms are kept as the text the token cache holds, not as bytes:
the same term objects come back on every record, so no term is encoded and hashed again per
posting; each is encoded once at the flush (UTF-8 keeps the order of the text).

The flush yields each term once with all its postings in document order: what Whoosh's pool
yields grouped by term.
"""

from __future__ import annotations

import heapq
import pickle
from collections.abc import Collection, Iterable, Iterator
from itertools import groupby
from operator import itemgetter
from typing import Any, BinaryIO

from whoosh.filedb.filestore import Storage
from whoosh.util import random_name

__all__ = ["TermPostings", "TermPool"]

TermPostings = tuple[str, bytes, list[Any]]
"""(field name, term bytes, [document number, weight, value, document number, ...])."""

_POSTING_BYTES = 40
"""Memory estimate of one posting: three list slots and a share of the values not shared."""

_TERM_BYTES = 200
"""Memory estimate of a term's own entry: dictionary slot, bytes object and list."""


class TermPool:
    """Postings by field and term, spilled to run files beyond ``limitmb`` (see module).

    Args:
        tempstore: Where run files go (the writer's scratch storage).
        limitmb: Memory estimate beyond which the pool is written to a run file.
        text_fields: The fields whose terms are added as text (:meth:`field_terms`).
    """

    def __init__(
        self, tempstore: Storage, limitmb: float = 128, text_fields: Collection[str] = ()
    ) -> None:
        self._tempstore = tempstore
        self._limit = limitmb * 1024 * 1024
        self._size = 0
        self._text_fields = frozenset(text_fields)
        self._fields: dict[str, dict[Any, list[Any]]] = {}
        """Field → term (text in a text field, else bytes) → flat postings."""
        self._runs: list[str] = []
        self._ordered = True
        """False once a posting came in out of document order (then each term is sorted)."""

    def add_postings(
        self, fieldname: str, docnum: int, postings: Iterable[tuple[bytes, float, Any]]
    ) -> None:
        """Add one record's postings in one field: (term bytes, weight, value) each.

        Records must come in document order (as a writer adds them); :meth:`add` takes any.
        A text field's terms are kept as text (a value its fast path does not take).
        """
        terms = self._fields.get(fieldname)
        if terms is None:
            terms = self._fields[fieldname] = {}
        pairs: Iterable[tuple[Any, float, Any]] = postings
        if fieldname in self._text_fields:
            pairs = [(term.decode("utf-8"), weight, value) for term, weight, value in postings]
        known = len(terms)
        count = 0
        for tbytes, weight, value in pairs:
            flat = terms.get(tbytes)
            if flat is None:
                terms[tbytes] = [docnum, weight, value]
            else:
                flat += (docnum, weight, value)
            count += 1
        self._grow(count * _POSTING_BYTES + (len(terms) - known) * _TERM_BYTES)

    def field_terms(self, fieldname: str) -> dict[str, list[Any]]:
        """The terms of a text field with their flat postings, for a caller that adds a
        record's postings in place (:meth:`index.schema.AnalyzedText.pool_postings`) and
        then reports them with :meth:`grew`; records in document order, as for
        :meth:`add_postings`."""
        assert fieldname in self._text_fields, "terms of other fields are bytes"
        terms = self._fields.get(fieldname)
        if terms is None:
            terms = self._fields[fieldname] = {}
        return terms

    def grew(self, postings: int, new_terms: int) -> None:
        """Count postings and terms added through :meth:`field_terms` (may spill the pool)."""
        self._grow(postings * _POSTING_BYTES + new_terms * _TERM_BYTES)

    def add(self, item: tuple[str, bytes, int, float, Any]) -> None:
        """Add one posting as Whoosh's pool takes it (merged segments come this way).

        A posting with document number -1 (Whoosh's marker for a spelling-only word) is
        dropped: this project's fields keep no separate spelling words.
        """
        fieldname, tbytes, docnum, weight, value = item
        if docnum < 0:
            return
        term = tbytes.decode("utf-8") if fieldname in self._text_fields else tbytes
        terms = self._fields.setdefault(fieldname, {})
        flat = terms.get(term)
        if flat is None:
            terms[term] = [docnum, weight, value]
            self._grow(_POSTING_BYTES + _TERM_BYTES)
            return
        if flat[-3] > docnum:
            self._ordered = False
        flat += (docnum, weight, value)
        self._grow(_POSTING_BYTES)

    def _grow(self, size: int) -> None:
        self._size += size
        if self._size > self._limit:
            self._save()

    def _save(self) -> None:
        """Write the pool to a run file, terms in order, and start again empty."""
        path = f"{random_name()}.run"
        run = self._tempstore.create_file(path)
        try:
            for entry in self._in_memory():
                pickle.dump(entry, run, pickle.HIGHEST_PROTOCOL)
        finally:
            run.close()
        self._runs.append(path)
        self._fields = {}
        self._size = 0

    def _in_memory(self) -> Iterator[TermPostings]:
        ordered = self._ordered
        for fieldname in sorted(self._fields):
            terms = self._fields[fieldname]
            text = fieldname in self._text_fields
            for term in sorted(terms):
                flat = terms[term]
                yield (
                    fieldname,
                    term.encode("utf-8") if text else term,
                    flat if ordered else _by_document(flat),
                )

    def terms(self) -> Iterator[TermPostings]:
        """Every term once, in (field, term) order, with its postings in document order."""
        if not self._runs:
            yield from self._in_memory()
            return
        sources = [_read_run(self._tempstore.open_file(path).raw_file()) for path in self._runs]
        sources.append(self._in_memory())
        merged = heapq.merge(*sources, key=itemgetter(0, 1))
        for (fieldname, tbytes), group in groupby(merged, key=itemgetter(0, 1)):
            flat: list[Any] = []
            for _, _, part in group:  # runs in the order written: documents stay in order
                flat += part
            yield fieldname, tbytes, flat if self._ordered else _by_document(flat)

    def release(self) -> None:
        """Drop the postings once they are written: freeing a large pool's millions of
        references takes a while (0.3 s of CPU at 10 MB), which a caller with time to spare
        (waiting for its helper process) spends now rather than when the writer is dropped."""
        self._fields = {}
        self._size = 0

    def cleanup(self) -> None:
        """Remove the run files (the writer's scratch storage is removed after it anyway)."""
        for path in self._runs:
            if self._tempstore.file_exists(path):
                self._tempstore.delete_file(path)
        self._runs = []


def _read_run(file: BinaryIO) -> Iterator[TermPostings]:
    with file:
        while True:
            try:
                yield pickle.load(file)
            except EOFError:
                return


def _by_document(flat: list[Any]) -> list[Any]:
    """A term's flat postings sorted by document number (stable, as Whoosh's sort is)."""
    triples = sorted(zip(flat[0::3], flat[1::3], flat[2::3], strict=True), key=itemgetter(0))
    return [part for triple in triples for part in triple]
