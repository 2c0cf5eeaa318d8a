"""Whoosh's filtered top-N collection, taking a precomputed score list in one loop.

Imported on the first search, not with the index package: Whoosh's collectors are not needed
before then, and the app imports the index package while it starts.

Whoosh privates read here, only on the pinned Whoosh 2.7.4 (``_PRIVATE_LAYOUT``; any other
release collects as Whoosh's ``FilterCollector`` does): the ``FilterCollector``'s ``_allow``
and ``_restrict``, the ``TopCollector``'s ``_collect``, ``ListMatcher._ids/_weights/_i``.
"""

from __future__ import annotations

from heapq import nlargest
from itertools import islice
from operator import itemgetter

from whoosh.collectors import Collector, FilterCollector, TopCollector

from index.installed import whoosh_is_pinned
from index.union import _ScoreList

__all__ = ["TopScoresCollector"]

_PRIVATE_LAYOUT = whoosh_is_pinned()
"""The Whoosh whose collector and list matcher layout ``collect_matches`` was checked against."""


class TopScoresCollector(FilterCollector):  # type: ignore[misc]  # Whoosh is untyped
    """Whoosh's filtered top-N collection, taking a precomputed score list in one loop.

    For any other matcher it is Whoosh's ``FilterCollector`` around ``child``. A
    ``PreloadedUnion``'s matcher already holds every document's score, but Whoosh hands each
    to the heap through a generator and four method calls (``matches``, ``collect``,
    ``score``, the filter's test): a third of a prefix query's time. Here the filter is one
    comprehension over the list, and only the segment's best ``limit`` documents (by score,
    ties to the lower number) go to the heap, in order: the heap keeps the best ``limit`` by
    (score, lower number) of all it is offered, and every other document of the segment
    already has ``limit`` better ones, so the hits and the totals are the same. The heap's
    least score is noted (``minscore``) exactly when Whoosh would note it: only when a document
    replaces another, not when pushes alone fill the heap.

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
            not _PRIVATE_LAYOUT
            or type(matcher) is not _ScoreList
            or not isinstance(child, TopCollector)
            or child.final_fn is not None
        ):
            super().collect_matches()
            return
        allow, restrict = self._allow, self._restrict
        offset, items, limit = child.offset, child.items, child.limit
        first = matcher._i
        scored = zip(matcher._ids[first:], matcher._weights[first:], strict=True)
        hidden = restrict or frozenset()
        if allow is None:
            kept = [(number, score) for number, score in scored if offset + number not in hidden]
        else:
            kept = [
                (number, score)
                for number, score in scored
                if offset + number in allow and offset + number not in hidden
            ]
        self.filtered_count += len(matcher._ids) - first - len(kept)
        least = child.minscore
        replaces = _replaces(items, limit, kept)
        # Only this segment's best ``limit`` (ties: the lower number first, as a stable
        # selection keeps them) can enter the heap; the rest are counted as turned away.
        best = sorted(nlargest(limit, kept, key=itemgetter(1))) if len(kept) > limit else kept
        child.total += len(kept) - len(best)
        collect = child._collect
        for number, score in best:
            if len(items) >= limit and score <= items[0][0]:
                child.total += 1  # what ``_collect`` counts before it turns the score away
            else:
                collect(offset + number, score)
        child.minscore = items[0][0] if replaces else least


def _replaces(items: list[tuple[float, int]], limit: int, kept: list[tuple[int, float]]) -> bool:
    """Whether Whoosh, offered ``kept`` one by one, would replace a document in the heap:
    only then does it note the heap's least score (``minscore``), which later segments skip
    blocks by. Before the first replacement the least score is that of the full heap."""
    free = max(limit - len(items), 0)
    if len(kept) <= free:
        return False
    least = min([score for score, _number in items] + [score for _number, score in kept[:free]])
    return any(score > least for _number, score in islice(kept, free, None))
