"""An OR of many terms (a prefix, wildcard or fuzzy expansion) scored in one pass.

Whoosh's default OR is a binary tree of union matchers whose block-quality bookkeeping, in pure
Python, costs more than scoring every match; its array variant clears a 2048-slot array in a
Python loop per block. ``PreloadedUnion`` adds up each term's scores per document once and hands
the collector a sorted list. On-disk posting lists scored from weight and field length (BM25F),
also behind the filter that hides a segment's deleted documents, are read a block at a time,
with the field lengths taken from the segment's length column read once: Whoosh's per-posting
path (``id()``, ``score()``, ``next()`` and a six-call field length lookup) was most of a
prefix query's time. The scores are the same numbers.
"""

from __future__ import annotations

from functools import lru_cache
from weakref import WeakKeyDictionary

from whoosh import query as wq
from whoosh.codec.whoosh3 import LENGTHS_COLUMN, W3LeafMatcher, _lenfield
from whoosh.collectors import Collector, FilterCollector, TopCollector
from whoosh.matching import FilterMatcher, ListMatcher, Matcher, NullMatcher
from whoosh.reading import IndexReader
from whoosh.scoring import BM25FScorer, WeightLengthScorer
from whoosh.searching import SearchContext, Searcher
from whoosh.util.numeric import byte_to_length

_LENGTHS: WeakKeyDictionary[IndexReader, dict[str, bytes | None]] = WeakKeyDictionary()
"""Per open segment reader, each field's length byte per document (read once)."""


class PreloadedUnion(wq.Or):
    """An OR of term leaves whose matcher is a precomputed, sorted score list.

    Only for term leaves: nothing needs its current match's spans.
    """

    def _matcher(
        self, subs: list[wq.Query], searcher: Searcher, context: SearchContext | None
    ) -> Matcher:
        scored = context is None or context.weighting is not None
        scores: dict[int, float] = {}
        for sub in subs:
            matcher = sub.matcher(searcher, context)
            source = _block_source(searcher.reader(), matcher) if scored else None
            if source is not None:
                _add_block_scores(*source, scores)
                continue
            while matcher.is_active():
                number = matcher.id()
                scores[number] = scores.get(number, 0.0) + (matcher.score() if scored else 1.0)
                matcher.next()
        if not scores:
            return NullMatcher()
        ids = sorted(scores)
        return _ScoreList(ids, weights=[scores[number] * self.boost for number in ids])


def _block_source(
    reader: IndexReader, matcher: Matcher
) -> tuple[W3LeafMatcher, frozenset[int], bytes] | None:
    """The on-disk posting list behind ``matcher``, the documents it leaves out (deleted ones)
    and the length bytes of its field, when it is a plain posting list scored from weight and
    length (perhaps behind the filter a segment with deletions puts on it); else None."""
    excluded: frozenset[int] = frozenset()
    if isinstance(matcher, FilterMatcher):
        if not matcher._exclude or matcher.boost != 1.0:
            return None
        excluded = frozenset(matcher._ids)
        matcher = matcher.child
    if not isinstance(matcher, W3LeafMatcher) or not isinstance(matcher.scorer, WeightLengthScorer):
        return None
    perdoc = getattr(reader, "_perdoc", None)
    if matcher._term is None or perdoc is None:
        return None
    fieldname = matcher._term[0]
    fields = _LENGTHS.setdefault(reader, {})
    if fieldname not in fields:
        column = perdoc._cached_reader(_lenfield(fieldname), LENGTHS_COLUMN)
        fields[fieldname] = (
            column._dbfile.get(column._basepos, column._count)
            if column is not None and column._fixedlen == 1
            else None
        )
    lengths = fields[fieldname]
    return None if lengths is None else (matcher, excluded, lengths)


def _add_block_scores(
    matcher: W3LeafMatcher, excluded: frozenset[int], lengths: bytes, scores: dict[int, float]
) -> None:
    """Add each posting's score (the scorer's ``_score`` of its weight and its document's
    field length, as ``matcher.score()`` computes it) to ``scores``, a block at a time, from
    the matcher's current posting on and leaving out ``excluded`` documents.

    A BM25F score is computed here from the same numbers in the same order: the part that
    depends only on the field length is looked up per length byte (256 values), so a posting
    costs arithmetic, not four calls (``_score``, ``bm25``, ``byte_to_length``)."""
    scorer = matcher.scorer
    score = scorer._score
    bm25 = isinstance(scorer, BM25FScorer) and type(scorer)._score is BM25FScorer._score
    if bm25:
        idf, k1_plus_1 = scorer.idf, scorer.K1 + 1
        norms = _length_norms(scorer.K1, scorer.B, scorer.avgfl)
    get = scores.get
    count = len(lengths)
    while matcher.is_active():
        matcher.id()  # loads the block's document numbers
        matcher.weight()  # and its weights
        first = matcher._i
        for number, weight in zip(matcher._ids[first:], matcher._weights[first:], strict=True):
            if number in excluded:
                continue
            lbyte = lengths[number] if number < count else 0
            if bm25 and lbyte:
                value = idf * ((weight * k1_plus_1) / (weight + norms[lbyte]))
            else:
                value = score(weight, byte_to_length(lbyte) if lbyte else None)
            scores[number] = get(number, 0.0) + value
        matcher._next_block()


@lru_cache(maxsize=64)
def _length_norms(k1: float, b: float, average: float) -> tuple[float, ...]:
    """Per field length byte, the length part of BM25 (``K1 * ((1 - B) + B * fl / avgfl)``,
    as ``whoosh.scoring.bm25`` computes it); byte 0 (no length) is never looked up."""
    return (0.0,) + tuple(
        k1 * ((1 - b) + b * byte_to_length(lbyte) / average) for lbyte in range(1, 256)
    )


class _ScoreList(ListMatcher):
    """Precomputed scores; the best is computed once, not per collector call (``max_quality``
    is asked every time the top-N threshold rises)."""

    _best: float | None = None

    def max_quality(self) -> float:
        if self._best is None:
            self._best = max(self._weights)
        return self._best

    def block_max_weight(self) -> float:
        return self.max_quality()


class TopScoresCollector(FilterCollector):
    """Whoosh's filtered top-N collection, taking a precomputed score list in one loop.

    For any other matcher it is Whoosh's ``FilterCollector`` around ``child``. A
    ``PreloadedUnion``'s matcher already holds every document's score, but Whoosh hands each
    to the heap through a generator and four method calls (``matches``, ``collect``,
    ``score``, the filter's test): a third of a prefix query's time. Here each document is
    tested and pushed in the same order, with the same heap and the same tie rule, so the
    hits are the same; a score that cannot enter the full heap is skipped before the call.

    Args:
        child: The collector ``searcher.collector(limit=...)`` chose.
        allow: Only these global document numbers (None: all).
        restrict: Never these (None: none).
    """

    def __init__(self, child: Collector, allow: set[int] | None, restrict: set[int] | None) -> None:
        super().__init__(child, allow=allow, restrict=restrict)

    def collect_matches(self) -> None:
        child = self.child
        matcher = child.matcher
        if (
            type(matcher) is not _ScoreList
            or not isinstance(child, TopCollector)
            or child.final_fn is not None
        ):
            super().collect_matches()
            return
        allow, restrict = self._allow, self._restrict
        offset, items, limit, collect = child.offset, child.items, child.limit, child._collect
        first = matcher._i
        for number, score in zip(matcher._ids[first:], matcher._weights[first:], strict=True):
            docnum = offset + number
            if (allow is not None and docnum not in allow) or (
                restrict is not None and docnum in restrict
            ):
                self.filtered_count += 1
            elif len(items) >= limit and score <= items[0][0]:
                child.total += 1  # what ``_collect`` counts before it turns the score away
            else:
                collect(docnum, score)
