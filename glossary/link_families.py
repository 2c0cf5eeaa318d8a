"""German words of one family for cross-links between two German passages: a verb of one and
the noun that names its action in the other ("wählten" / "Landtagswahl": Wahl; "bohrten" /
"Bohrungen"; "auszubauen" / "Ausbau"), which lemmas keep apart. The noun is one the shipped
lexicon knows (:func:`glossary.link_words.german_action_noun`), so that a made-up form never
meets; across the two languages the same verbs meet English words through their translations
(:mod:`glossary.link_translations`)."""

from __future__ import annotations

from glossary.link_passages import Passage
from glossary.link_statistics import TermStatistics
from glossary.link_words import Match, german_action_noun, kept
from glossary.translations import translations


class FamilyMatching:
    """Pairs of a German verb and its action noun in two passages, weighted as shared terms.

    Args:
        factor: Factor of such a pair against a shared term (``LinkWeights.word_family``).
        stats: The index's term statistics.
    """

    def __init__(self, factor: float, stats: TermStatistics) -> None:
        self.factor = factor
        self._stats = stats
        self._actions: dict[int, dict[str, str]] = {}
        """Each indexed passage's verbs with their action nouns (looked up once: a passage
        is compared with some 25 others per query, in both directions)."""

    def matches(self, ours: Passage, theirs: Passage) -> list[Match]:
        """The verbs of either passage whose action noun the other holds (and it does not),
        each weighted as a shared term of their mean rarity times ``factor``."""
        return [*self._to_nouns(ours, theirs, False), *self._to_nouns(theirs, ours, True)]

    def _to_nouns(self, verbs: Passage, nouns: Passage, flip: bool) -> list[Match]:
        """The verbs of ``verbs`` and their action nouns in ``nouns``; ``flip`` puts the noun
        first, for a match whose first word is the source's."""
        found: list[Match] = []
        for verb, noun in self._actions_of(verbs).items():
            if noun in nouns.terms and verb not in nouns.terms:
                share = self._stats.pair_share(verb, verbs.terms[verb], noun, nouns.terms[noun])
                weight = self.factor * share
                found.append((noun, verb, weight) if flip else (verb, noun, weight))
        return found

    def _actions_of(self, passage: Passage) -> dict[str, str]:
        """:func:`_actions` of the passage, kept for indexed passages."""
        return kept(self._actions, passage, lambda: _actions(passage))


def _actions(passage: Passage) -> dict[str, str]:
    """The passage's verbs with the action nouns the lexicon knows, but for a noun the passage
    holds itself."""
    lexicon = translations()
    actions = {}
    for verb in passage.terms:
        noun = german_action_noun(verb, passage, lexicon)
        if noun is not None and noun not in passage.terms:
            actions[verb] = noun
    return actions
