"""Whoosh's filtered top-N collection, taking a precomputed score list in one loop.

Imported on the first search, not with the index package: Whoosh's collectors are not needed
before then, and the app imports the index package while it starts.

Whoosh privates read here, only on the pinned Whoosh 2.7.4 (``_PRIVATE_LAYOUT``; any other
release collects as Whoosh's ``FilterCollector`` does): the ``FilterCollector``'s ``_allow``
and ``_restrict``, the ``TopCollector``'s ``_collect``, ``ListMatcher._ids/_weights/_i``.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable

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
    ``score``, the filter's test): a third of a prefix query's time. Here the masked document
    records are taken out by bisection (a filter of documents is one comprehension), and only
    the segment's best ``limit`` documents (by score, ties to the lower number; chosen by one
    sort in C) go to the heap, in number order: the heap keeps the best ``limit`` by
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
        numbers, scores = list(matcher._ids[first:]), list(matcher._weights[first:])
        if allow is None:
            _leave_out(numbers, scores, restrict or (), offset)
        else:
            hidden = restrict or frozenset()
            kept = [
                (number, score)
                for number, score in zip(numbers, scores, strict=True)
                if offset + number in allow and offset + number not in hidden
            ]
            numbers = [number for number, _score in kept]
            scores = [score for _number, score in kept]
        self.filtered_count += len(matcher._ids) - first - len(numbers)
        least = child.minscore
        replaces = _replaces(items, limit, scores)
        best = _best(numbers, scores, limit)
        child.total += len(numbers) - len(best)
        collect = child._collect
        for number, score in best:
            if len(items) >= limit and score <= items[0][0]:
                child.total += 1  # what ``_collect`` counts before it turns the score away
            else:
                collect(offset + number, score)
        child.minscore = items[0][0] if replaces else least


def _leave_out(numbers: list[int], scores: list[float], hidden: Iterable[int], offset: int) -> None:
    """Remove the ``hidden`` global document numbers from this segment's ``numbers`` (sorted)
    and their ``scores``, in place: the few document records are looked up by bisection
    instead of testing every one of the thousands of matches against them."""
    places = []
    for number in hidden:
        place = bisect_left(numbers, number - offset)
        if place < len(numbers) and numbers[place] == number - offset:
            places.append(place)
    for place in sorted(places, reverse=True):
        del numbers[place], scores[place]


def _best(numbers: list[int], scores: list[float], limit: int) -> list[tuple[int, float]]:
    """The ``limit`` best (number, score) pairs, ties to the lower number, in number order:
    what ``heapq.nlargest`` keeps, by one sort in C (a stable sort, reversed, keeps equal
    scores in number order)."""
    if len(scores) <= limit:
        return list(zip(numbers, scores, strict=True))
    order = sorted(range(len(scores)), key=scores.__getitem__, reverse=True)[:limit]
    order.sort()
    return [(numbers[place], scores[place]) for place in order]


def _replaces(items: list[tuple[float, int]], limit: int, scores: list[float]) -> bool:
    """Whether Whoosh, offered ``scores`` one by one, would replace a document in the heap:
    only then does it note the heap's least score (``minscore``), which later segments skip
    blocks by. Before the first replacement the least score is that of the full heap."""
    free = max(limit - len(items), 0)
    if len(scores) <= free:
        return False
    least = min([score for score, _number in items] + scores[:free])
    return max(scores[free:]) > least
