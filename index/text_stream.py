"""A large build's analysed-text postings kept as token streams, turned into posting lists
with array operations when the segment is written.

The pool's way (:meth:`index.schema.AnalyzedText.pool_postings`) visits every token of
every record in Python: a cache look-up, then a dictionary look-up and a list append per
term. That was over half the time of adding records to a large build. Here a record costs
a few calls that run in C: its tokens become numbers (one per distinct token of the
segment, given on first sight by a ``defaultdict``) appended to one array, and its field
length is a sum over a table of each token's term count. Each distinct token is analysed
once, when first met (as the pool's path does). At the flush, numpy expands the stream
into (term, document, position) entries, sorts them by term (stable, so documents and
positions stay in order) and groups them into postings; only the terms, and the few
postings of a term met more than once in a sentence, are visited in Python.

The postings are exactly the pool's: the same document numbers, weights and encoded values,
down to the shared bytes objects the pool uses for a single position or a count of one (a
block's pickle refers back to a repeated object, so identity shows in the file's bytes).
numpy costs about a tenth of a second to import, so only large builds use this
(:func:`index.writer.worth_streaming`).
"""

from __future__ import annotations

from array import array
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Iterator
from itertools import count
from typing import TYPE_CHECKING, Any

import numpy as np

from index.analysis import record_tokens, token_cache, token_terms
from index.pool import TermLists
from index.schema import AnalyzedText, single_positions

if TYPE_CHECKING:
    from numpy.typing import NDArray

__all__ = ["TextStream"]

_WINDOW = 1 << 16
"""Postings turned into Python lists at a time when a field's terms are yielded."""


class TextStream:
    """One analysed text field's tokens of a segment, in record order (see the module).

    Args:
        fieldname: The field's name.
        field: The field (its language, format and weights).
    """

    def __init__(self, fieldname: str, field: AnalyzedText) -> None:
        self.fieldname = fieldname
        self._field = field
        self._numbers: defaultdict[str, int] = defaultdict(count().__next__)
        """Token → its number in this stream, in the order first met."""
        self._term_numbers: defaultdict[str, int] = defaultdict(count().__next__)
        """Term → its number, in the order first met."""
        self._terms = array("i")
        """The term numbers of each token number's terms, one token number after another."""
        self._sizes: list[int] = []
        """How many terms each token number puts at its position."""
        self._stream = array("i")
        self._ends = array("q")
        """Where each record's tokens end in ``_stream``."""
        self._docs = array("i")
        """Each record's document number."""

    def add(self, value: str, docnum: int) -> int:
        """Add record ``docnum``'s value; its field length (number of terms)."""
        tokens = record_tokens(value)
        numbers = list(map(self._numbers.__getitem__, tokens))
        if len(self._numbers) > len(self._sizes):
            self._analyse(tokens, numbers)
        self._stream.extend(numbers)
        self._ends.append(len(self._stream))
        self._docs.append(docnum)
        return sum(map(self._sizes.__getitem__, numbers))

    def _analyse(self, tokens: list[str], numbers: list[int]) -> None:
        """The terms of the tokens first met in this record (numbered in the order met)."""
        language = self._field.language
        known = token_cache(language)
        token_of = dict(zip(numbers, tokens, strict=True))
        for number in range(len(self._sizes), len(self._numbers)):
            token = token_of[number]
            terms = known.get(token)
            if terms is None:
                terms = token_terms(token, language)
            self._terms.extend(map(self._term_numbers.__getitem__, terms))
            self._sizes.append(len(terms))

    def terms(self) -> Iterator[TermLists]:
        """Every term of the field once, in term order, with its postings in document order."""
        first_met = list(self._term_numbers)
        if not first_met:
            return
        by_term = sorted(range(len(first_met)), key=first_met.__getitem__)
        vocabulary = list(map(first_met.__getitem__, by_term))
        rank = np.empty(len(by_term), dtype=np.int32)
        rank[by_term] = np.arange(len(by_term), dtype=np.int32)
        entries = self._entries(rank)
        order = np.argsort(entries[0], kind="stable")
        terms, docs, positions = (column[order] for column in entries)
        first = np.ones(len(terms), dtype=bool)
        first[1:] = (terms[1:] != terms[:-1]) | (docs[1:] != docs[:-1])
        starts = np.flatnonzero(first)  # each posting's first entry
        del first
        counts = np.diff(starts, append=len(terms))
        bounds: list[int] = np.flatnonzero(np.diff(terms[starts], prepend=-1)).tolist()
        bounds.append(len(starts))  # each term's first posting, and the end
        fieldname = self.fieldname
        term = 0
        while term < len(vocabulary):
            # Python objects for a window of postings at a time, not for the whole field
            low = bounds[term]
            last = max(term + 1, bisect_right(bounds, low + _WINDOW) - 1)
            high = bounds[last]
            doc_list: list[int] = docs[starts[low:high]].tolist()
            count_list: list[int] = counts[low:high].tolist()
            weight_of = {size: self._field.weight(size) for size in set(count_list)}
            weights = list(map(weight_of.__getitem__, count_list))
            values = self._values(positions, starts[low:high], counts[low:high])
            for index in range(term, last):
                begin, end = bounds[index] - low, bounds[index + 1] - low
                yield (
                    fieldname,
                    vocabulary[index].encode("utf-8"),
                    doc_list[begin:end],
                    weights[begin:end],
                    values[begin:end],
                )
            term = last

    def _entries(self, rank: NDArray[Any]) -> tuple[NDArray[Any], NDArray[Any], NDArray[Any]]:
        """(term rank, document, position) of every term a token put at its position, in
        record and token order; ``rank`` is each term number's place in term order."""
        sizes = np.array(self._sizes, dtype=np.int64)
        ranks = rank[np.frombuffer(self._terms, dtype=np.int32)]
        first_rank = np.cumsum(sizes) - sizes  # where each token number's terms begin
        stream = np.frombuffer(self._stream, dtype=np.int32)
        ends = np.frombuffer(self._ends, dtype=np.int64)
        starts = np.concatenate(([0], ends[:-1]))
        record = np.repeat(np.arange(len(ends), dtype=np.int32), ends - starts)
        kept = np.flatnonzero(sizes[stream])  # tokens that put terms at a position
        kept_record = record[kept]
        del record
        # A kept token's position: the index of its record's first kept token in the
        # record, then one more for each kept token after it (as WordFilter numbers them).
        firsts = np.flatnonzero(np.diff(kept_record, prepend=-1))
        shift = firsts - (kept[firsts] - starts[kept_record[firsts]])
        positions = np.arange(len(kept)) - np.repeat(shift, np.diff(firsts, append=len(kept)))
        numbers = stream[kept]
        del kept
        per_token = sizes[numbers]
        token = np.repeat(np.arange(len(numbers), dtype=np.int32), per_token)
        nth = np.arange(len(token)) - np.repeat(np.cumsum(per_token) - per_token, per_token)
        terms = ranks[first_rank[numbers][token] + nth]
        docs = np.frombuffer(self._docs, dtype=np.int32)[kept_record][token]
        return terms, docs, positions.astype(np.int32)[token]

    def _values(
        self, positions: NDArray[Any], starts: NDArray[Any], counts: NDArray[Any]
    ) -> list[Any]:
        """Each posting's encoded value: the pool's shared object for one occurrence, the
        format's encoding of the positions (or the count) for more."""
        field = self._field
        if field.positional:
            first = positions[starts]
            shared = single_positions(int(first.max()))
            values = list(map(shared.__getitem__, first.tolist()))
        else:
            values = [field.posting([0])] * len(starts)
        for index in np.flatnonzero(counts > 1).tolist():
            start, size = int(starts[index]), int(counts[index])
            values[index] = field.posting(positions[start : start + size].tolist())
        return values
