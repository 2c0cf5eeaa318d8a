"""German words of one family for cross-links between two German passages: a verb of one and
the noun that names its action in the other ("wählten" / "Landtagswahl": Wahl; "bohrten" /
"Bohrungen"; "auszubauen" / "Ausbau"), which lemmas keep apart. The noun is one the shipped
lexicon knows (:func:`glossary.link_words.german_action_noun`), so that a made-up form never
meets; across the two languages the same verbs meet English words through their translations
(:mod:`glossary.link_translations`). Beside those, the regular derivations German makes without
the lexicon (:func:`relatives`): an adjective and its noun in -heit, -keit or -igkeit
("sicher" / "Sicherheit"), a noun and the verb made of it ("Regel" / "regeln")."""

from __future__ import annotations

from functools import lru_cache

from glossary.link_passages import Passage
from glossary.link_statistics import TermStatistics
from glossary.link_words import Match, german_action_noun, kept
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
        self._actions: dict[int, dict[str, tuple[str, ...]]] = {}
        """Each indexed passage's words with the words of their family (looked up once: a passage
        is compared with some 25 others per query, in both directions)."""

    def matches(self, ours: Passage, theirs: Passage) -> list[Match]:
        """The words of either passage one of whose family the other holds (and it does not
        hold the word itself), each weighted as a shared term of their mean rarity times
        ``factor``."""
        return [*self._related(ours, theirs, False), *self._related(theirs, ours, True)]

    def _related(self, words: Passage, other: Passage, flip: bool) -> list[Match]:
        """The words of ``words`` and the words of their family in ``other``, a noun for a
        verb or adjective and the other way round (the case they are written in tells: the
        noun "Gutachten" is no verb of "Gutachter"); ``flip`` puts the other's word first,
        for a match whose first word is the source's."""
        found: list[Match] = []
        for word, related in self._actions_of(words).items():
            if word in other.terms:
                continue
            noun = _capitalised(words, word)
            for key in related:
                if key in other.terms and _capitalised(other, key) != noun:
                    share = self._stats.pair_share(word, words.terms[word], key, other.terms[key])
                    weight = self.factor * share
                    found.append((key, word, weight) if flip else (word, key, weight))
        return found

    def _actions_of(self, passage: Passage) -> dict[str, tuple[str, ...]]:
        """:func:`_actions` of the passage, kept for indexed passages."""
        return kept(self._actions, passage, lambda: _actions(passage))


def _actions(passage: Passage) -> dict[str, tuple[str, ...]]:
    """The passage's words with the words of their family, but for those the passage holds
    itself: a verb's action noun as the lexicon knows it, and the :func:`relatives` of each
    word that is not only part of a compound."""
    lexicon = translations()
    actions = {}
    for term in passage.terms:
        noun = german_action_noun(term, passage, lexicon)
        found: tuple[str, ...] = (noun,) if noun is not None else ()
        if term not in passage.parts:
            found += relatives(term, _capitalised(passage, term))
        kept_found = tuple(key for key in found if key not in passage.terms)
        if kept_found:
            actions[term] = kept_found
    return actions


def _capitalised(passage: Passage, term: str) -> bool:
    """Whether the passage writes the term with a capital: German writes its nouns so."""
    return passage.words.get(term, term)[:1].isupper()


_QUALITY_NOUNS = ("heit", "keit", "igkeit")
"""Endings of the nouns German makes of adjectives ("Sicherheit", "Möglichkeit")."""


_VERB_NOUNS = ("e", "el", "er")
"""Endings of the nouns German makes verbs of by adding -n ("Regel" / "regeln", "Grenze" /
"grenzen"); "Zahl" / "zahlen" and "Stuhl" / "stuhlen" are no such pairs."""

_MIN_BASE = 3
"""Letters of the shortest base a derived word is traced back to."""


@lru_cache(maxsize=1 << 14)
def relatives(key: str, noun: bool) -> tuple[str, ...]:
    """The keys of the words German derives regularly from a word or it from them: an
    adjective's nouns in -heit, -keit, -igkeit ("sicher" / "Sicherheit") and back; a noun in
    -e, -el, -er and the verb in -n made of it ("Regel" / "regeln") and back. ``noun`` says
    the word is written with a capital; the relatives have the other case.

    No dictionary is asked: a relative counts only where another passage writes it, so a
    form no one writes ("Gutheit") never meets; and the app reads no dictionary when it
    links (its features are cached).
    Tried and left out: a noun of who does a thing and the verb ("Fahrer" / "fahren"), which
    cannot be told from "Messer" / "messen" or "Leber" / "leben" without word frequencies
    (no change in the tune half with them)."""
    if noun:
        found = [
            key[: -len(end)]
            for end in _QUALITY_NOUNS
            if key.endswith(end) and len(key) - len(end) >= _MIN_BASE
        ]
        if key.endswith(_VERB_NOUNS):
            found.append(key + "n")
        return tuple(found)
    found = [key + end for end in _QUALITY_NOUNS]
    if key.endswith("n") and key[:-1].endswith(_VERB_NOUNS) and len(key) > _MIN_BASE + 1:
        found.append(key[:-1])
    return tuple(found)


def family_terms(passage: Passage) -> dict[str, float]:
    """The :func:`relatives` of a German passage's words that it does not hold itself, each
    with the weight of its word: what the passage reaches other passages by."""
    found: dict[str, float] = {}
    for term, weight in passage.terms.items():
        if term in passage.parts:
            continue
        for key in relatives(term, _capitalised(passage, term)):
            if key not in passage.terms:
                found[key] = max(found.get(key, 0.0), weight)
    return found
