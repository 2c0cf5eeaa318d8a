"""A name's multi-word aliases matched once per index generation, not once per search.

An alias such as "Alexander Lukaschenko" is a phrase in each text field, and every search for
the name (every keystroke of a query that holds it) walked its words' position lists again:
in the benchmark's alias queries the phrase alias was about a third of the time. What a phrase
matches, and each match's score, depends only on the phrase and the searcher (one index
generation: a changed index gets a new searcher), so the first search records its matches
per segment and later ones replay them.

The replay gives the union above it the same documents with the same scores in the same
order, so the sums and the hits are the same numbers. Only a search that needs the phrase's
current spans (none of ours) or another weighting than the searcher's goes to Whoosh.
"""

from __future__ import annotations

from weakref import WeakKeyDictionary

from whoosh import query as wq
from whoosh.matching import Matcher, NullMatcher
from whoosh.searching import SearchContext, Searcher

from index.union import _ScoreList

__all__ = ["CachedPhrase"]

_PER_SEGMENT = 256
"""Phrases kept per segment searcher; the oldest is dropped first (a glossary's aliases)."""

_Key = tuple[str, tuple[str, ...], int, float]
_MATCHES: WeakKeyDictionary[Searcher, dict[_Key, tuple[list[int], list[float]]]] = (
    WeakKeyDictionary()
)
"""Per segment searcher, each phrase's matching documents and their scores."""


class CachedPhrase(wq.Phrase):  # type: ignore[misc]  # Whoosh is untyped
    """``wq.Phrase`` whose matches are recorded by the first search and replayed after."""

    def matcher(self, searcher: Searcher, context: SearchContext | None = None) -> Matcher:
        weighting = searcher.weighting if context is None else context.weighting
        if weighting is not searcher.weighting or (context is not None and context.needs_current):
            return super().matcher(searcher, context)
        key = (self.fieldname, tuple(self.words), self.slop, self.boost)
        known = _MATCHES.setdefault(searcher, {})
        found = known.get(key)
        if found is None:
            found = _record(super().matcher(searcher, context))
            if len(known) >= _PER_SEGMENT:
                known.pop(next(iter(known)))
            known[key] = found
        ids, scores = found
        return _ScoreList(ids, weights=scores) if ids else NullMatcher()


def _record(matcher: Matcher) -> tuple[list[int], list[float]]:
    """Every document ``matcher`` matches, in order, with the score it gives each."""
    ids: list[int] = []
    scores: list[float] = []
    while matcher.is_active():
        ids.append(matcher.id())
        scores.append(matcher.score())
        matcher.next()
    return ids, scores
