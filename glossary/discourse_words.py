"""Discourse nouns: the nouns a text uses to speak of texts and of questions in general.

"Frage", "Geschichte", "Bericht", "article", "story", "issue" name what a passage is or asks,
not what it is about: an opinion piece on a speed limit and a report on a mine rescue both
ask "die Frage" and tell "a story". Like calendar words (:mod:`glossary.calendar_words`),
they are never theme evidence on their own: a link whose only shared words are such nouns
(and calendar words) rests on nothing. A closed class (the genre, text and question nouns of
the two languages, the "shell nouns" of the linguistics of discourse), not a list of topics;
kept under their lemma keys and the cognate keys under which they meet across the two.
"""

from __future__ import annotations

from functools import cache

from glossary.cognates import cognate_key

GERMAN = frozenset(
    "frage problem thema sache tatsache aspekt beispiel"
    " geschichte bericht artikel text beitrag meldung".split()
)
"""The German question and fact nouns, then the genre and text nouns. Left out for its other
sense: "Fall" (a fall, as of a wall), "Punkt" (a point in space)."""

ENGLISH = frozenset(
    "question issue problem matter fact aspect example"
    " story report article text piece account".split()
)
"""The English question and fact nouns, then the genre and text nouns. Left out for their
other senses: "case" (a court case), "way" (a road), "point" (a place)."""


@cache
def discourse_keys() -> frozenset[str]:
    """Lemma keys of the discourse nouns of German and English, and the cognate keys that a
    noun of each language shares ("Problem" / "problem"); not a cognate key of one language
    only, which other words have too ("story" and "store" are both ``stor``)."""
    shared = {cognate_key(word) for word in GERMAN} & {cognate_key(word) for word in ENGLISH}
    return GERMAN | ENGLISH | {key for key in shared if key is not None}


def is_discourse_word(key: str) -> bool:
    """Whether a lemma or cognate key is a discourse noun."""
    return key in discourse_keys()
