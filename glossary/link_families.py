"""German words of one family for cross-links between two German passages: a verb of one and
the noun that names its action in the other ("wählten" / "Landtagswahl": Wahl; "bohrten" /
"Bohrungen"; "auszubauen" / "Ausbau"), which lemmas keep apart. The noun is one the shipped
lexicon knows (:func:`glossary.link_words.german_action_noun`), so that a made-up form never
meets; across the two languages the same verbs meet English words through their translations
(:mod:`glossary.link_translations`)."""

from __future__ import annotations

from glossary.link_passages import Passage
from glossary.link_statistics import TermStatistics
from glossary.link_words import Match, german_action_noun
from glossary.translations import translations


def family_matches(
    ours: Passage, theirs: Passage, stats: TermStatistics, factor: float
) -> list[Match]:
    """The verbs of either German passage whose action noun the other holds (and it does not),
    each weighted as a shared term of their mean rarity times ``factor``."""
    return [
        *_verbs_to_nouns(ours, theirs, stats, factor, flip=False),
        *_verbs_to_nouns(theirs, ours, stats, factor, flip=True),
    ]


def _verbs_to_nouns(
    verbs: Passage, nouns: Passage, stats: TermStatistics, factor: float, flip: bool
) -> list[Match]:
    """The verbs of ``verbs`` and their action nouns in ``nouns``; ``flip`` puts the noun
    first, for a match whose first word is the source's."""
    lexicon = translations()
    found: list[Match] = []
    for verb, weight in verbs.terms.items():
        if verb in nouns.terms:  # the same verb on both sides meets as itself
            continue
        noun = german_action_noun(verb, verbs, lexicon)
        if noun is None or noun not in nouns.terms or noun in verbs.terms:
            continue
        share = factor * stats.pair_share(verb, weight, noun, nouns.terms[noun])
        found.append((noun, verb, share) if flip else (verb, noun, share))
    return found
