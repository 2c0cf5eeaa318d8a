"""What a sentence is compared by in cross-links: its terms, or its paragraph neighbours' too
when it is thin (:class:`Passage`), and the sublinear term frequency every comparison weighs
them with. Apart from :mod:`glossary.links` because indexing, candidates and scoring all read it."""

from __future__ import annotations

import math
from dataclasses import dataclass

from glossary.features import SentenceFeatures
from glossary.link_weights import LinkWeights


@dataclass(frozen=True, slots=True)
class Passage:
    """A sentence with the terms it is compared by: its own, or its passage's when thin."""

    sentence: SentenceFeatures
    terms: dict[str, float]
    words: dict[str, str]
    sid: int | None = None
    """The sentence's id in the index, when it is indexed (its norms are then cached)."""
    parts: frozenset[str] = frozenset()
    """Terms that stand in the passage only as parts of compounds."""
    dated: frozenset[str] = frozenset()
    """Terms that stand in the passage only inside date expressions: they meet the
    translation of a word only when it too stands in a date."""

    @classmethod
    def alone(cls, sentence: SentenceFeatures) -> Passage:
        """The sentence read by itself, without its neighbours."""
        return cls(
            sentence,
            sentence.terms,
            sentence.words,
            parts=frozenset(sentence.parts),
            dated=frozenset(sentence.dated),
        )


def log_tf(weight: float) -> float:
    """Sublinear term frequency; a compound part's weight below 1 is kept as it is."""
    return weight if weight <= 1.0 else 1.0 + math.log(weight)


def passage_of(sentences: list[SentenceFeatures], number: int, weights: LinkWeights) -> Passage:
    """Sentence ``number`` with its terms (and forms as written, and the terms that are only
    compound parts or only in dates), with its neighbours' in the same paragraph at a lower
    weight when the sentence alone has fewer than ``weights.thin`` terms."""
    sentence = sentences[number]
    if sum(sentence.terms.values()) >= weights.thin:
        return Passage.alone(sentence)
    terms, words = dict(sentence.terms), dict(sentence.words)
    parts, whole = set(sentence.parts), sentence.terms.keys() - sentence.parts
    dated, undated = set(sentence.dated), sentence.terms.keys() - sentence.dated
    for other in (number - 1, number + 1):
        if 0 <= other < len(sentences) and sentences[other].paragraph == sentence.paragraph:
            neighbour = sentences[other]
            for term, weight in neighbour.terms.items():
                terms[term] = terms.get(term, 0.0) + weights.context * weight
                words.setdefault(term, neighbour.words.get(term, term))
            parts |= neighbour.parts
            whole |= neighbour.terms.keys() - neighbour.parts
            dated |= neighbour.dated
            undated |= neighbour.terms.keys() - neighbour.dated
    return Passage(
        sentence, terms, words, parts=frozenset(parts - whole), dated=frozenset(dated - undated)
    )
