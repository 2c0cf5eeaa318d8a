"""Synonym matching for cross-links: pairs of different nouns of two German passages that
share a set of the shipped thesaurus (:mod:`glossary.synonyms`), weighted as shared terms.
Apart from :class:`glossary.links.LinkIndex` because it is one way words meet, with its own
cache of the passages' synonym sets, and reads the index only through its term statistics."""

from __future__ import annotations

from collections import defaultdict

from glossary.link_passages import Passage
from glossary.link_statistics import TermStatistics
from glossary.link_weights import LinkWeights
from glossary.link_words import Match, SynonymView, all_set_ids, one_each, synonym_view
from glossary.synonyms import Thesaurus


class SynonymMatching:
    """Pairs of nouns of one synonym set, and the indexed passages' synonym sets.

    Args:
        weights: The scoring constants (``synonym``).
        stats: The index's term statistics.
    """

    def __init__(self, weights: LinkWeights, stats: TermStatistics) -> None:
        self.weights = weights
        self._stats = stats
        self._views: dict[int, tuple[SynonymView, frozenset[int]]] = {}
        """Each German passage's nouns with their synonym sets, and all those sets (none for
        other languages)."""

    def keep(self, sid: int, passage: Passage, sets: Thesaurus) -> SynonymView:
        """Keep an indexed passage's nouns with their synonym sets (and all those sets), for
        :meth:`matches` and :meth:`kept`; returns them."""
        view = synonym_view(passage, sets)
        self._views[sid] = view, all_set_ids(view)
        return view

    def kept(self, sid: int) -> SynonymView:
        """An indexed passage's nouns with their synonym sets, as :meth:`keep` kept them."""
        return self._views[sid][0]

    def matches(self, ours: Passage, theirs: Passage, sets: Thesaurus) -> list[Match]:
        """Pairs of different nouns of one synonym set, each noun in one pair at most (its
        closest), weighted as a shared term of their mean rarity times ``weights.synonym`` and
        the set's specificity."""
        (ours_view, ours_ids), (theirs_view, theirs_ids) = (
            self._view(ours, sets),
            self._view(theirs, sets),
        )
        shared = ours_ids & theirs_ids
        if not shared:  # most pairs: nothing more to look at
            return []
        theirs_by_set: dict[int, list[str]] = defaultdict(list)
        for b, set_ids in theirs_view.items():
            if b not in ours.terms:
                for set_id in shared.intersection(set_ids):
                    theirs_by_set[set_id].append(b)
        closest: dict[tuple[str, str], float] = {}
        for a, set_ids in ours_view.items():
            if a in theirs.terms:
                continue
            for set_id in shared.intersection(set_ids):
                for b in theirs_by_set.get(set_id, ()):
                    closest[a, b] = max(closest.get((a, b), 0.0), sets.specificity(set_id))
        found = []
        for (a, b), closeness in closest.items():
            share = self._stats.pair_share(a, ours.terms[a], b, theirs.terms[b])
            found.append((a, b, self.weights.synonym * closeness * share))
        return one_each(found)

    def _view(self, passage: Passage, sets: Thesaurus) -> tuple[SynonymView, frozenset[int]]:
        """The passage's nouns with their synonym sets, and all those sets; kept by :meth:`keep`
        for indexed passages."""
        if passage.sid is not None and passage.sid in self._views:
            return self._views[passage.sid]
        view = synonym_view(passage, sets)
        return view, all_set_ids(view)
