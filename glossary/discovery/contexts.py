"""The contexts a capitalised word stands in inside one document's sentences.

A German noun takes an article or an adjective, a place follows ``in`` or ``an der``, things
listed together are of one sort: ``_Context`` counts such uses per word, and the functions here
are the tests on the tokens around one occurrence.
"""

from __future__ import annotations

from dataclasses import dataclass

from glossary.discovery.lexicon import _umlaut_plural_head
from glossary.discovery.tokenising import _Token
from glossary.discovery.word_classes import _AND

_PLACE_PREPOSITIONS = frozenset(("in", "nach", "aus", "bei", "bis"))


_BETWEEN = "zwischen"


@dataclass(slots=True)
class _Context:
    """How often a capitalised word stands in each kind of context inside the text's
    sentences (``_Reader.context``)."""

    modified: int = 0
    """How often a word follows an article, a possessive or a lower-case adjective."""
    articled: int = 0
    """How often a word follows an article, a possessive or a demonstrative."""
    described: int = 0
    """How often a word follows a lower-case adjective (``die russische Luftwaffe``)."""
    counted: int = 0
    """How often a word follows a number (``drei Fumbles``, ``24 Interceptions``): things
    that are counted are common nouns, names are not."""
    indefinite: int = 0
    """How often a word follows an indefinite article (``ein Landgericht``): a common
    noun's use, never a name's."""
    placed: int = 0
    """How often a word follows a preposition of place with no article (``in Preußen``,
    ``nach Persien``)."""
    located: int = 0
    """How often a word follows a preposition of place with the definite article
    (``an der Donau``, ``im Emsland``, ``zur Nordsee``): a river's or a land's use."""
    beside_noun: int = 0
    """How often a word stands in a list beside a common noun (``Juristen, Schreiber
    und Boten``): things listed together are of one sort."""
    beside_place: int = 0
    """How often a word stands in a list beside a place the packages know (``Lesum und
    Weser``, ``Barmen, Elberfeld und Vohwinkel``): listed with a place, a place."""
    classed: int = 0
    """How often a word stands later in a list that a plural head opens (``die Städte
    Barmen, Elberfeld und Vohwinkel``): each of them is a thing of that sort."""
    someone: int = 0
    """How often an English word inside a sentence, with no article, is followed by ``,
    who`` (``recovered by Ward, who returned it``): a person or a body, a name however
    common the word is."""


_ENGLISH_ARTICLES = frozenset(("the", "a", "an"))


def _relative_who(text: str, token: _Token, after: _Token | None, before: str) -> bool:
    """``X, who``: a capitalised English word with no article before it (not ``the British,
    who``), followed by a comma and ``who``."""
    if after is None or after.text != "who" or before.lower() in _ENGLISH_ARTICLES:
        return False
    return text[token.end : after.start] == ", "


def _placed(words: list[_Token], index: int) -> bool:
    """Whether the word at ``index`` follows a preposition of place with no article, or
    ``und`` after a capitalised word that does (``zwischen Kluse und Vohwinkel``)."""
    before = words[index - 1].text
    if before == _BETWEEN:  # "zwischen Arbeit und Familie": only with a name after "und"
        pair = words[index + 1 : index + 3]
        return len(pair) == 2 and pair[0].text in _AND and pair[1].text[:1].isupper()
    if before in _PLACE_PREPOSITIONS:
        return True
    if before not in _AND or index < 3 or not words[index - 2].text[:1].isupper():
        return False
    return words[index - 3].text in _PLACE_PREPOSITIONS or words[index - 3].text == _BETWEEN


_LOCATING = frozenset("an in aus über durch entlang".split())
"""Prepositions that place a thing on a river or in a land with the definite article."""


_LOCATING_ARTICLES = frozenset("der die dem den".split())


_LOCATING_CONTRACTIONS = frozenset("im am ins zur".split())


def _located(words: list[_Token], index: int) -> bool:
    """Whether the word at ``index`` follows a preposition of place and the definite article
    in the singular, or their contraction (``an der Donau``, ``über die Ems``, ``im
    Emsland``, ``zur Nordsee``): how German places things on rivers and in lands (and in
    rooms: the caller asks for a word the lexicon does not know, without a plural)."""
    before = words[index - 1].text
    if before in _LOCATING_CONTRACTIONS:
        return True
    if before not in _LOCATING_ARTICLES or index < 2 or not words[index - 1].joined:
        return False
    if before == "den" and words[index].text.endswith("n"):
        return False  # the dative plural: "an den Patenten"
    return words[index - 2].text.lower() in _LOCATING


MAX_LISTED = 6
"""Members of a list looked back over for the plural head that opens it."""


def _listed_under(text: str, words: list[_Token], index: int) -> str:
    """The kind of the plural head that opens the list the word at ``index`` stands in after
    its first member (``Elberfeld`` and ``Vohwinkel`` in ``die Städte Barmen, Elberfeld und
    Vohwinkel``), or ``""``. The first member gets its kind from the head right before it."""
    member = index
    for _ in range(MAX_LISTED):
        before = words[member - 1] if member >= 1 else None
        if before is not None and before.text in _AND and before.joined and member >= 2:
            member -= 2
        elif before is not None and text[before.end : words[member].start] == ", ":
            member -= 1
        else:
            return ""
        token = words[member]
        if token.initial or not token.text[:1].isupper() or member < 1:
            return ""
        head = words[member - 1]
        if token.joined and head.text[:1].isupper():
            kind = _umlaut_plural_head(head.text)
            if kind:
                return kind
    return ""


def _list_neighbours(text: str, words: list[_Token], index: int) -> list[str]:
    """The capitalised words inside a sentence that the word at ``index`` stands beside in a
    list (``,``, ``und``, ``oder``): ``Schreiber`` in ``Juristen, Schreiber und Boten``."""
    neighbours = []
    if index >= 2 and words[index - 1].text in _AND and words[index - 1].joined:
        neighbours.append(words[index - 2])
    elif text[words[index - 1].end : words[index].start] == ", ":
        neighbours.append(words[index - 1])
    if index + 2 < len(words):
        after = words[index + 1]
        if after.joined and after.text[:1].isupper():
            return []  # the first word of a longer name ("Anthony van Dyck")
        if after.text in _AND and after.joined and words[index + 2].joined:
            neighbours.append(words[index + 2])
        elif text[words[index].end : after.start] == ", ":
            neighbours.append(after)
    return [token.text for token in neighbours if not token.initial]
