"""Term statistics of the link index: how rare a term is among the indexed sentences, its IDF,
a passage's tf-idf norm, and what two different terms that mean one thing add. Apart from
:class:`glossary.links.LinkIndex` because the index, its synonym matching and its translation
matching all weigh terms by them."""

from __future__ import annotations

import math
from collections.abc import Mapping, Sized

from glossary.link_passages import log_tf


class TermStatistics:
    """IDF-based weights of terms over the indexed sentences.

    Args:
        sentences: The index's sentences; read for their number, which grows as documents are
            added.
        terms: The index's postings by lemma key, which :meth:`pair_share` reads.
    """

    def __init__(self, sentences: Sized, terms: Mapping[str, Sized]) -> None:
        self._sentences = sentences
        self._terms = terms

    def rarity(self, postings: Mapping[str, Sized], key: str) -> float:
        """IDF over sentences scaled to 0..1 by the largest possible IDF, ``log N``."""
        n = max(len(self._sentences), 2)
        df = max(len(postings.get(key, ())), 1)
        return min(1.0, math.log(n / df) / math.log(n))

    def term_idf(self, term: str, postings: Mapping[str, Sized]) -> float:
        """IDF over sentences, ``log(1 + N / df)``."""
        df = max(len(postings.get(term, ())), 1)
        return math.log(1.0 + len(self._sentences) / df)

    def vector_norm(self, terms: dict[str, float], postings: Mapping[str, Sized]) -> float:
        """The norm of the sublinear tf-idf vector of ``terms`` (1.0 when it is empty)."""
        return (
            math.sqrt(sum((log_tf(w) * self.term_idf(t, postings)) ** 2 for t, w in terms.items()))
            or 1.0
        )

    def pair_share(self, a: str, a_weight: float, b: str, b_weight: float) -> float:
        """What two different terms that mean one thing add, as a shared term would: the
        product of their tf-idf weights, scaled by their mean rarity."""
        return (
            log_tf(a_weight)
            * log_tf(b_weight)
            * self.term_idf(a, self._terms)
            * self.term_idf(b, self._terms)
            * math.sqrt(self.rarity(self._terms, a) * self.rarity(self._terms, b))
        )
