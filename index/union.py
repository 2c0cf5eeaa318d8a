"""An OR of many terms (a prefix, wildcard or fuzzy expansion) scored in one pass.

Whoosh's default OR is a binary tree of union matchers whose block-quality bookkeeping, in pure
Python, costs more than scoring every match; its array variant clears a 2048-slot array in a
Python loop per block. ``PreloadedUnion`` adds up each term's scores per document once and hands
the collector a sorted list. On-disk posting lists scored from weight and field length (BM25F),
also behind the filter that hides a segment's deleted documents, are read a block at a time,
with the field lengths taken from the segment's length column read once: Whoosh's per-posting
path (``id()``, ``score()``, ``next()`` and a six-call field length lookup) was most of a
prefix query's time. The scores are the same numbers.

Whoosh privates read here, only on the pinned Whoosh 2.7.4 (``_PRIVATE_LAYOUT``; any other
release gets Whoosh's own union of the terms, the same documents and scores):
``ListMatcher._ids/_weights/_i/_scorer/_all_weights``, ``W3LeafMatcher._ids/_weights/_data/
_i/_term/_next_block``, ``FilterMatcher._ids/_exclude``, ``SegmentReader._terms/_perdoc``,
``W3TermsReader._tindex/_codec/_postfile``, the per-document columns' ``_cached_reader``,
``_dbfile``, ``_basepos``, ``_count``, ``_fixedlen``, ``BM25F._field_B`` and
``whoosh.codec.whoosh3._lenfield``.
"""

from __future__ import annotations

from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from functools import lru_cache
from math import log
from weakref import WeakKeyDictionary

from whoosh import query as wq
from whoosh.codec.whoosh3 import (
    LENGTHS_COLUMN,
    W3LeafMatcher,
    W3TermInfo,
    W3TermsReader,
    _lenfield,
)
from whoosh.fields import FieldType
from whoosh.matching import FilterMatcher, ListMatcher, Matcher, NullMatcher, UnionMatcher
from whoosh.reading import IndexReader, TermNotFound
from whoosh.scoring import BM25F, BM25FScorer, WeightingModel
from whoosh.searching import SearchContext, Searcher
from whoosh.util.numeric import byte_to_length

from index.installed import whoosh_is_pinned

_PRIVATE_LAYOUT = whoosh_is_pinned()
"""The Whoosh whose private layout the fast paths below were checked against."""

_LENGTHS: WeakKeyDictionary[IndexReader, dict[str, bytes | None]] = WeakKeyDictionary()
"""Per open segment reader, each field's length byte per document (read once)."""

_DELETED: WeakKeyDictionary[IndexReader, frozenset[int]] = WeakKeyDictionary()
"""Per open segment reader, its deleted documents (Whoosh makes the set at every lookup)."""


@dataclass(frozen=True, slots=True)
class ScannedTerms:
    """What the scan of a prefix's terms (``index.query.prefix_frequencies``) learned, so the
    union of the terms it chose opens their posting lists without looking each term up again
    in each segment's hash table (a lookup per term and segment, and an exception for each
    segment without the term, were a third of a prefix query's matching)."""

    fieldname: str
    located: dict[IndexReader, dict[bytes, tuple[int, int]]]
    """Per segment whose scan went through every term of the prefix, each term's info as
    (position, length) in the segment's term table held in memory; a term missing here is
    not in that segment."""
    frequencies: dict[bytes, int] | None
    """Each scanned term's document frequency summed over the segments (what Whoosh's idf
    asks each segment for), or None when a segment's scan stopped at its cap."""


class PreloadedUnion(wq.Or):
    """An OR of term leaves whose matcher is a precomputed, sorted score list.

    Only for term leaves: nothing needs its current match's spans.
    """

    def __init__(
        self,
        subqueries: list[wq.Query],
        boost: float = 1.0,
        scale: float | None = None,
        scanned: ScannedTerms | None = None,
    ) -> None:
        super().__init__(subqueries, boost=boost, scale=scale)
        self.scanned = scanned
        """The scan that chose the terms, if one did (a fuzzy expansion has none)."""

    def normalize(self) -> wq.Query:
        normal = super().normalize()
        if isinstance(normal, PreloadedUnion):  # rebuilt by Whoosh: keep what the scan found
            normal.scanned = self.scanned
        return normal

    def _matcher(
        self, subs: list[wq.Query], searcher: Searcher, context: SearchContext | None
    ) -> Matcher:
        if not _PRIVATE_LAYOUT:
            whooshs: Matcher = super()._matcher(subs, searcher, context)
            return whooshs
        weighting = searcher.weighting if context is None else context.weighting
        if weighting is not searcher.weighting:
            return self._scored(subs, searcher, context)
        key = (tuple(subs), self.boost)
        known = _UNIONS.setdefault(searcher, {})
        found = known.get(key)
        if found is None:
            found = self._scored(subs, searcher, context)
            if len(known) >= UNIONS_KEPT:
                known.pop(next(iter(known)))
            known[key] = found
        return found.copy() if isinstance(found, _ScoreList) else found

    def _scored(
        self, subs: list[wq.Query], searcher: Searcher, context: SearchContext | None
    ) -> Matcher:
        """Every matching document's summed score in this segment, as a sorted list."""
        weighting = searcher.weighting if context is None else context.weighting
        scores: dict[int, float] = {}
        for sub in subs:
            if weighting is not None and _add_term_scores(
                searcher, sub, weighting, scores, self.scanned
            ):
                continue
            matcher = sub.matcher(searcher, context)
            if weighting is None:
                while matcher.is_active():
                    scores[matcher.id()] = scores.get(matcher.id(), 0.0) + 1.0
                    matcher.next()
                continue
            _add_scores(scores, _tree_scores(matcher, searcher.reader()))
        if not scores:
            return NullMatcher()
        ids = sorted(scores)
        return _ScoreList(ids, weights=[scores[number] * self.boost for number in ids])


UNIONS_KEPT = 8
"""Score lists kept per segment searcher (one index generation): the same prefix searched
again soon (typed back to, the scope toggled) is not scored again. A list of the widest
prefix (``schn*``, ~4,000 documents) is ~0.3 MB, so few are kept."""

_UNIONS: WeakKeyDictionary[Searcher, dict[tuple[tuple[wq.Query, ...], float], Matcher]] = (
    WeakKeyDictionary()
)
"""Per segment searcher, its last ``UNIONS_KEPT`` unions' matchers, unused (copied to use)."""


@dataclass(frozen=True, slots=True)
class _Bm25:
    """One term's BM25F parameters, as Whoosh's ``BM25FScorer`` takes them."""

    idf: float
    k1: float
    b: float
    average_length: float


def _add_term_scores(
    searcher: Searcher,
    term: wq.Query,
    weighting: WeightingModel,
    scores: dict[int, float],
    scanned: ScannedTerms | None = None,
) -> bool:
    """Add ``term``'s BM25F score in each document of this segment to ``scores``.

    The posting list is opened without a scorer: Whoosh's ``Term.matcher`` first asks whether
    the term is there, then builds a scorer that looks the term up twice more, about half of
    the work of a prefix query's fifty terms in each segment. Where ``scanned`` knows the
    term, its info and document frequency come from there instead of from lookups.

    Returns:
        False, having added nothing, unless ``term`` is a plain term of a scored field in a
        Whoosh 3 segment and ``weighting`` is plain BM25F; the caller then uses Whoosh's
        matcher.
    """
    if (
        type(weighting) is not BM25F
        or type(term) is not wq.Term
        or term.boost != 1.0
        or term.minquality
    ):
        return False
    fieldname = term.fieldname
    field = _field_scoring(searcher, fieldname, weighting)
    if field is None:
        return False
    try:
        text = field.field.to_bytes(term.text)
    except ValueError:
        return False
    reader = searcher.reader()
    known = scanned.located.get(reader) if scanned and scanned.fieldname == fieldname else None
    if known is not None:
        if text not in known:
            return True  # the scan saw every term of the prefix here: not in this segment
        matcher: Matcher = _open_located(reader, fieldname, text, known[text])
    else:
        try:
            matcher = reader.postings(fieldname, text)
        except TermNotFound:
            return True  # not in this segment: nothing to add
        if isinstance(matcher, FilterMatcher) and matcher._exclude:
            matcher = matcher.child  # its deleted documents are left out below
    if not isinstance(matcher, W3LeafMatcher):
        return False
    frequency = (
        None if scanned is None or scanned.frequencies is None else scanned.frequencies.get(text)
    )
    bm25 = _Bm25(
        # Whoosh's idf (WeightingModel.idf) from the summed frequency, else looked up.
        searcher.get_parent().idf(fieldname, text)
        if frequency is None
        else log(field.documents / (frequency + 1)) + 1,
        field.k1,
        field.b,
        field.average_length,
    )
    _add_block_scores(matcher, field.deleted, field.lengths, bm25, scores)
    return True


@dataclass(frozen=True, slots=True)
class _FieldScoring:
    """What scoring a field's terms in one segment takes besides the term itself: the same
    for the fifty terms of a prefix, so looked up once per segment searcher (Whoosh's
    average field length alone sums the segments' lengths at every call)."""

    field: FieldType
    lengths: bytes
    """The segment's field length byte per document."""
    deleted: frozenset[int]
    k1: float
    b: float
    average_length: float
    documents: int
    """Every document of the index, deleted ones included (Whoosh's idf counts them)."""


_FIELD_SCORING: WeakKeyDictionary[Searcher, dict[tuple[str, WeightingModel], _FieldScoring | None]]
_FIELD_SCORING = WeakKeyDictionary()
"""Per segment searcher (one index generation), each field's scoring under a weighting."""


def _field_scoring(searcher: Searcher, fieldname: str, weighting: BM25F) -> _FieldScoring | None:
    """The field's scoring in this segment, or None unless it is a scored field of a Whoosh 3
    segment (the caller then uses Whoosh's matcher)."""
    known = _FIELD_SCORING.setdefault(searcher, {})
    key = (fieldname, weighting)
    if key not in known:
        reader = searcher.reader()
        field = searcher.schema[fieldname] if fieldname in searcher.schema else None
        lengths = (
            _length_bytes(reader, fieldname)
            if field is not None
            and field.scorable
            and isinstance(getattr(reader, "_terms", None), W3TermsReader)
            else None
        )
        parent = searcher.get_parent()
        known[key] = (
            None
            if field is None or lengths is None
            else _FieldScoring(
                field,
                lengths,
                _deleted(reader),
                weighting.K1,
                weighting._field_B.get(fieldname, weighting.B),
                parent.avg_field_length(fieldname) or 1,
                parent.doc_count_all(),
            )
        )
    return known[key]


def _tree_scores(matcher: Matcher, reader: IndexReader) -> dict[int, float]:
    """Every document ``matcher`` matches, with the score ``matcher.score()`` gives it there.

    An OR of several fields' terms and phrases (a word's alias "über seit" is the frequent
    term ``seit`` in one field and a phrase in two others) is a tree of Whoosh union matchers
    whose per-posting calls cost about 5 µs a posting: most of a first alias search with a
    frequent word. A union node's score is its left side's plus its right side's where both
    match (``UnionMatcher.score``), so the tree is scored from its leaves up with the same
    additions in the same order: a BM25F term leaf a block at a time, a score list as it is,
    any other matcher (an intersection, a phrase walk) stepped through as Whoosh scores it.
    """
    if type(matcher) is UnionMatcher:
        left = _tree_scores(matcher.a, reader)
        _add_scores(left, _tree_scores(matcher.b, reader))
        return left
    leaf = _leaf_scores(matcher, reader)
    if leaf is not None:
        return leaf
    scores: dict[int, float] = {}
    while matcher.is_active():
        scores[matcher.id()] = matcher.score()
        matcher.next()
    return scores


def _add_scores(scores: dict[int, float], more: dict[int, float]) -> None:
    """Add ``more``'s scores to ``scores`` (``scores[n] + more[n]`` where both have one); when
    no document has both (the usual case: another field, an alias that matches elsewhere)
    in one C-level update, as ``0.0 + x`` and ``x`` are the same number."""
    if scores.keys().isdisjoint(more):
        scores.update(more)
        return
    get = scores.get
    for number, score in more.items():
        found = get(number)
        scores[number] = score if found is None else found + score


def _leaf_scores(matcher: Matcher, reader: IndexReader) -> dict[int, float] | None:
    """A term leaf's or a score list's scores in bulk, or None for any other matcher."""
    if type(matcher) in (_ScoreList, ListMatcher) and matcher._scorer is None:
        if matcher._all_weights is not None or matcher._weights is None:
            return None
        first = matcher._i
        return dict(zip(matcher._ids[first:], matcher._weights[first:], strict=True))
    excluded: AbstractSet[int] = frozenset()
    if type(matcher) is FilterMatcher and matcher._exclude and matcher.boost == 1.0:
        excluded, matcher = matcher._ids, matcher.child  # a segment's deleted documents
    if type(matcher) is not W3LeafMatcher or type(matcher.scorer) is not BM25FScorer:
        return None
    scorer: BM25FScorer = matcher.scorer
    lengths = _length_bytes(reader, matcher._term[0])
    if lengths is None:
        return None
    scores: dict[int, float] = {}
    bm25 = _Bm25(scorer.idf, scorer.K1, scorer.B, scorer.avgfl)
    _add_block_scores(matcher, excluded, lengths, bm25, scores)
    return scores


def _open_located(
    reader: IndexReader, fieldname: str, text: bytes, location: tuple[int, int]
) -> Matcher:
    """The term's posting list in this segment from its info at ``location`` in the term
    table, as ``W3TermsReader.matcher`` opens it after looking the term up."""
    terms = reader._terms
    position, length = location
    info = W3TermInfo.from_bytes(bytes(terms._tindex.dbfile._buf[position : position + length]))
    return terms._codec.postings_reader(
        terms._postfile, info, reader.schema[fieldname].format, term=(fieldname, text)
    )


def _deleted(reader: IndexReader) -> frozenset[int]:
    """The segment's deleted documents, as ``SegmentReader.postings`` filters them out."""
    found = _DELETED.get(reader)
    if found is None:
        found = _DELETED[reader] = frozenset(reader._perdoc.deleted_docs())
    return found


def _length_bytes(reader: IndexReader, fieldname: str) -> bytes | None:
    """The segment's field length byte per document, read once per open segment."""
    perdoc = getattr(reader, "_perdoc", None)
    if perdoc is None:
        return None
    fields = _LENGTHS.setdefault(reader, {})
    if fieldname not in fields:
        column = perdoc._cached_reader(_lenfield(fieldname), LENGTHS_COLUMN)
        fields[fieldname] = (
            column._dbfile.get(column._basepos, column._count)
            if column is not None and column._fixedlen == 1
            else None
        )
    return fields[fieldname]


def _add_block_scores(
    matcher: W3LeafMatcher,
    excluded: AbstractSet[int],
    lengths: bytes,
    bm25: _Bm25,
    scores: dict[int, float],
) -> None:
    """Add each posting's score (``whoosh.scoring.bm25`` of its weight and its document's
    field length, as ``matcher.score()`` computes it with a BM25F scorer) to ``scores``, a
    block at a time, from the matcher's current posting on and leaving out ``excluded``
    documents. The part that depends only on the length is looked up per length byte (256
    values), so a posting costs arithmetic, not five calls; same numbers, same order.

    A block is scored in one list comprehension and, when none of its documents has a score
    yet (a sentence seldom holds two words of one prefix), added with one ``dict.update``; a
    block whose weights are all one (Whoosh stores None for them and its reader makes an
    array of ones) is scored without them: ``1.0 * x`` and ``1.0 + x`` are ``x`` and ``1 + x``
    exactly."""
    idf, k1_plus_1 = bm25.idf, bm25.k1 + 1
    norms = _length_norms(bm25.k1, bm25.b, bm25.average_length)
    get = scores.get
    count = len(lengths)
    while matcher.is_active():
        matcher.id()  # loads the block's data and document numbers
        first = matcher._i
        ids = matcher._ids[first:]
        if ids[-1] >= count or not excluded.isdisjoint(ids):
            matcher.weight()
            for number, weight in zip(ids, matcher._weights[first:], strict=True):
                if number in excluded:
                    continue
                norm = norms[lengths[number] if number < count else 0]
                scores[number] = get(number, 0.0) + idf * ((weight * k1_plus_1) / (weight + norm))
        else:
            if matcher._data[1] is None:
                block = [idf * (k1_plus_1 / (1.0 + norms[lengths[number]])) for number in ids]
            else:
                matcher.weight()
                block = [
                    idf * ((weight * k1_plus_1) / (weight + norms[lengths[number]]))
                    for number, weight in zip(ids, matcher._weights[first:], strict=True)
                ]
            if scores.keys().isdisjoint(ids):
                scores.update(zip(ids, block, strict=True))
            else:
                for number, score in zip(ids, block, strict=True):
                    scores[number] = get(number, 0.0) + score
        matcher._next_block()


@lru_cache(maxsize=64)
def _length_norms(k1: float, b: float, average: float) -> tuple[float, ...]:
    """Per field length byte, the length part of BM25 (``K1 * ((1 - B) + B * fl / avgfl)``
    in ``whoosh.scoring.bm25``); a document without a length byte counts as length 1, as
    Whoosh's scorer reads it (``doc_field_length(..., default=1)``)."""
    return tuple(
        k1 * ((1 - b) + b * (byte_to_length(lbyte) if lbyte else 1) / average)
        for lbyte in range(256)
    )


class _ScoreList(ListMatcher):
    """Precomputed scores; the best is computed once, not per collector call (``max_quality``
    is asked every time the top-N threshold rises)."""

    _best: float | None = None

    def max_quality(self) -> float:
        if not _PRIVATE_LAYOUT:
            whooshs: float = super().max_quality()
            return whooshs
        if self._best is None:
            self._best = max(self._weights)
        return self._best

    def block_max_weight(self) -> float:
        return self.max_quality()
