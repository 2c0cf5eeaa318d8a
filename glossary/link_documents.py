"""Documents as wholes for cross-links: each one's most frequent content words, and how close
two documents are (the cosine of their tf-idf vectors over documents). A reader links first
within the documents that tell the same story; :class:`glossary.links.LinkIndex` scales its
candidates' scores by this closeness. Apart from the sentence index because it keeps its own
statistics and caches, over documents rather than sentences."""

from __future__ import annotations

import heapq
import math
from collections import defaultdict

from glossary.features import SentenceFeatures
from glossary.link_passages import log_tf
from glossary.link_weights import LinkWeights

DOCUMENT_TERMS = 60
"""A document as a whole is compared by its most frequent content words: what it is about
(and all of them would cost a library of thousands of documents seconds to weigh)."""


STORY_KEYS = 20
"""A document's entities and months beside its words: the most frequent twenty."""
STORY_PRECISIONS = frozenset({"day", "week", "month"})
"""Periods narrow enough to tell which story a document tells (a year holds many)."""


def story_keys(sentence: SentenceFeatures) -> list[str]:
    """What a sentence adds to its document as a whole besides its words, in any language:
    the entities it names (``@`` and the id) and the months of the days and months it states
    (``#`` and the month): two tellings of one story share them even where their words meet
    only through the lexicon."""
    months = [
        f"#{date.value[:7]}"
        for date in sentence.dates
        if date.precision in STORY_PRECISIONS and date.value[:4].isdigit()
    ]
    return [f"@{entity}" for entity in sorted(sentence.entities)] + months


class DocumentAffinities:
    """The documents added so far as wholes, and their affinities (cached until the next add).

    Args:
        weights: The scoring constants (``affinity_floor``, ``same_language_pivots``).
    """

    def __init__(self, weights: LinkWeights) -> None:
        self.weights = weights
        self._documents: dict[str, dict[str, float]] = {}
        """Each document's terms as a whole (under cognate and German-noun keys when its
        language is known, so that documents of two languages compare), for its affinities."""
        self._counts: dict[str, int] = defaultdict(int)
        """How many documents hold each key of ``_documents``."""
        self._languages: dict[str, str | None] = {}
        """Each document's language (``None`` when unknown)."""
        self._affinities: dict[tuple[str, str], float] = {}
        """Cached document affinities; ``add`` clears them."""
        self._vectors: dict[str, dict[str, float]] = {}
        """Cached unit tf-idf vectors of ``_documents``; ``add`` clears them."""
        self._idf: dict[str, float] = {}
        """Cached IDF over documents of the terms of ``_documents``; ``add`` clears it."""
        self._closest: dict[str, str | None] = {}
        """Cached :meth:`closest` document of each; ``add`` clears it."""

    def add(
        self, doc: str, language: str | None, whole: dict[str, float], story: dict[str, float]
    ) -> None:
        """Keep a document's ``DOCUMENT_TERMS`` weightiest keys (``whole``: its terms, under
        cognate and German-noun keys when its language is known) and its ``STORY_KEYS``
        weightiest ``story`` keys (:func:`story_keys`, the same in any language); clears the
        caches."""
        self._languages[doc] = language
        self._affinities.clear()
        self._closest.clear()
        self._vectors.clear()
        self._idf.clear()
        kept = heapq.nlargest(DOCUMENT_TERMS, whole.items(), key=lambda item: (item[1], item[0]))
        told = heapq.nlargest(STORY_KEYS, story.items(), key=lambda item: (item[1], item[0]))
        self._documents[doc] = dict(kept) | dict(told)
        for key in self._documents[doc]:
            self._counts[key] += 1

    def closeness(self, doc: str, others: set[str]) -> dict[str, float]:
        """How close each of ``others`` is to ``doc`` as a whole, 0..1: 1 for the closest among
        them when it reaches ``weights.affinity_floor``, less for the others and below the floor.

        Two passages about different events can share a period or a common word; a reader
        links first within the documents that tell the same story from two sides.
        """
        affinities = {other: self.affinity(doc, other) for other in others}
        best = max(max(affinities.values(), default=0.0), self.weights.affinity_floor)
        return {other: affinity / best if best else 1.0 for other, affinity in affinities.items()}

    def closest(self, doc: str) -> str | None:
        """The document of the library closest to ``doc`` as a whole, if it reaches
        ``weights.affinity_floor`` (cached until the next ``add``)."""
        if doc not in self._closest:
            others = (other for other in self._documents if other != doc)
            affinity, best = max(((self.affinity(doc, o), o) for o in others), default=(0.0, None))
            self._closest[doc] = best if affinity >= self.weights.affinity_floor else None
        return self._closest[doc]

    def partner(self, doc: str) -> str | None:
        """The document that ``doc`` and it are each the other's :meth:`closest`: two
        tellings of one story, where a link needs less word evidence (``weights.story``). Two
        commentaries on neighbouring questions (a minimum wage, a four-day week) may be close,
        but each has its own other side closer."""
        closest = self.closest(doc)
        return closest if closest is not None and self.closest(closest) == doc else None

    def affinity(self, a: str, b: str) -> float:
        """Cosine of two documents' tf-idf vectors (cached until the next ``add``). Between two
        German documents the German-noun keys count ``weights.same_language_pivots``: they are
        the documents' own nouns, met already as themselves. Between two documents of another
        language they count not at all: there they are the words' translations, and an English
        word has several ("power": Macht, Stärke, Leistung, Gewalt ...), so that two English
        texts on unrelated things met by one word many times over ("power", "plant", "open")."""
        key = (a, b) if a < b else (b, a)
        if key not in self._affinities:
            ours, theirs = self._vector(a), self._vector(b)
            if len(ours) > len(theirs):
                ours, theirs = theirs, ours
            languages = self._languages
            same = languages.get(a) is not None and languages.get(a) == languages.get(b)
            pivot, across = 1.0, 1.0
            if same:
                pivot = self.weights.same_language_pivots if languages[a] == "de" else 0.0
            elif languages.get(a) is not None and languages.get(b) is not None:
                across = self.weights.cross_language
            dot = sum(
                weight * theirs[term] * (pivot if term.startswith("=") else 1.0)
                for term, weight in ours.items()
                if term in theirs
            )
            self._affinities[key] = dot * across
        return self._affinities[key]

    def _vector(self, doc: str) -> dict[str, float]:
        """A document's unit tf-idf vector (IDF over documents), cached until the next ``add``."""
        if doc not in self._vectors:
            count, counts, idf = len(self._documents), self._counts, self._idf
            vector = {}
            squares = 0.0
            for term, weight in self._documents[doc].items():
                if term not in idf:
                    idf[term] = math.log(1.0 + count / counts[term])
                value = log_tf(weight) * idf[term]
                squares += value * value
                if counts[term] > 1:  # a term of this document alone meets no other
                    vector[term] = value
            norm = math.sqrt(squares) or 1.0
            self._vectors[doc] = {term: value / norm for term, value in vector.items()}
        return self._vectors[doc]
