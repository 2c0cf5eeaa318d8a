"""Whoosh's filtered top-N collection, taking a precomputed score list in one loop.

Imported on the first search, not with the index package: Whoosh's collectors are not needed
before then, and the app imports the index package while it starts.
"""

from __future__ import annotations

from whoosh.collectors import Collector, FilterCollector, TopCollector

from index.union import _ScoreList

__all__ = ["TopScoresCollector"]


class TopScoresCollector(FilterCollector):  # type: ignore[misc]  # Whoosh is untyped
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
