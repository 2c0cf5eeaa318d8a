"""What a sentence says a name is: the head noun of its predicate (``X is a lake``).

Read by the kind clues (``X is an American television network``: an organisation) and by
the sentence starts, where a predicate is evidence that a rare first word is a name at all
(``Windermere is the largest lake in England``).
"""

from __future__ import annotations

from glossary.discovery.tokenising import _Token
from glossary.discovery.word_classes import _HYPHEN
from glossary.name_words import compound_head_kind, head_kind
from glossary.tagger import is_adjective, known_tag

COPULAS = frozenset("ist war sind waren is was are were".split())


INDEFINITE = frozenset("ein eine einer a an".split())


MAX_PREDICATE_WORDS = 4


_PREDICATE_ENDS = frozenset(
    "of in at for with from by to on von im in aus an bei mit für der des dem den zu".split()
)
"""Prepositions and articles that end the noun phrase of a predicate."""


def head_of_predicate(words: list[_Token], first: int, language: str) -> str:
    """The kind the head noun of a noun phrase from ``first`` on gives, or ``""``."""
    for token in words[first : first + MAX_PREDICATE_WORDS]:
        if not token.joined or token.text in _PREDICATE_ENDS:
            return ""  # "X was a member of the Party" says nothing of X's kind
        if language == "en":  # "a Maryland case": English compounds no heads
            kind = head_kind(token.text.capitalize() if token.text.islower() else token.text)
        else:
            kind = compound_head_kind(_HYPHEN.split(token.text)[-1].capitalize())
        if kind:
            return kind
        if token.text.islower() and language == "de":
            continue  # adjectives before the noun
        if language == "de" and not is_adjective(token.text, "de"):
            return ""  # the noun came, and says nothing
    return ""


_FINITE_VERBS = frozenset("VBD VBZ VDD VDZ VHD VHZ VVD VVZ VM0".split())
"""The tags of English finite verbs (``had``, ``lies``, ``agreed``, ``would``)."""


_RELATIVES = frozenset("who whom whose which that".split())


def opens_clause(words: list[_Token], first: int) -> bool:
    """Whether the English noun phrase from ``first`` on (after ``X, the``) is the subject of
    a clause of its own, a finite verb right after it with no comma or relative pronoun
    between (``by Dionne Warwick, the town had had enough``), not an apposition that says
    what ``X`` is (``Barclays, the bank, agreed``; ``Windermere, the largest lake``)."""
    for token in words[first : first + MAX_PREDICATE_WORDS + 1]:
        if not token.joined or token.text in _RELATIVES:
            return False
        if known_tag(token.text, "en") in _FINITE_VERBS:
            return True
    return False
