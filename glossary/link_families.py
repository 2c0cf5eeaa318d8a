"""German words of one family for cross-links between two German passages, which lemmas keep
apart: a verb of one and the noun that names its action in the other ("wählten" /
"Landtagswahl": Wahl; "bohrten" / "Bohrungen"; "auszubauen" / "Ausbau"), or the one who does it
("spenden" / "Spender"; "Retter" / "Rettung"), and a quality and its adjective ("Sicherheit" /
"sichersten"). Each relative is one the shipped lexicon knows
(:func:`glossary.link_words.german_relatives`), so that a made-up form never meets; across the
two languages the same verbs meet English words through their translations
(:mod:`glossary.link_translations`)."""

from __future__ import annotations

from glossary.link_passages import Passage
from glossary.link_statistics import TermStatistics
from glossary.link_words import Match, german_relatives, kept
from glossary.translations import translations


class FamilyMatching:
    """Pairs of German words of one family in two passages, weighted as shared terms.

    Args:
        factor: Factor of such a pair against a shared term (``LinkWeights.word_family``).
        stats: The index's term statistics.
    """

    def __init__(self, factor: float, stats: TermStatistics) -> None:
        self.factor = factor
        self._stats = stats
        self._relatives: dict[int, dict[str, tuple[str, ...]]] = {}
        """Each indexed passage's words with their relatives (looked up once: a passage is
        compared with some 25 others per query, in both directions)."""

    def matches(self, ours: Passage, theirs: Passage) -> list[Match]:
        """The words of either passage whose relative the other holds (and not the word
        itself), each weighted as a shared term of their mean rarity times ``factor``."""
        return [*self._to_relatives(ours, theirs, False), *self._to_relatives(theirs, ours, True)]

    def _to_relatives(self, words: Passage, others: Passage, flip: bool) -> list[Match]:
        """The words of ``words`` and their relatives in ``others``; ``flip`` puts the
        relative first, for a match whose first word is the source's."""
        found: list[Match] = []
        for word, relatives in self._relatives_of(words).items():
            if word in others.terms:
                continue
            for relative in relatives:
                if relative in others.terms:
                    share = self._stats.pair_share(
                        word, words.terms[word], relative, others.terms[relative]
                    )
                    weight = self.factor * share
                    found.append((relative, word, weight) if flip else (word, relative, weight))
        return found

    def _relatives_of(self, passage: Passage) -> dict[str, tuple[str, ...]]:
        """The passage's words with their relatives, kept for indexed passages."""
        return kept(self._relatives, passage, lambda: _relatives(passage))


def _relatives(passage: Passage) -> dict[str, tuple[str, ...]]:
    """The passage's words that have relatives (:func:`german_relatives`), with them."""
    lexicon = translations()
    return {
        term: found for term in passage.terms if (found := german_relatives(term, passage, lexicon))
    }
