"""The contexts a capitalised word stands in inside one document's sentences.

A German noun takes an article or an adjective, a place follows ``in`` or ``an der``, things
listed together are of one sort: ``_Context`` holds such uses per word, the functions here are
the tests on the tokens around one occurrence, and ``_ContextCounts`` counts them per document.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from glossary.discovery.lexicon import (
    _common_noun,
    _counts,
    _known_place,
    _modifies,
    inflected,
    plural_head,
)
from glossary.discovery.tokenising import _Token
from glossary.discovery.word_classes import (
    _AND,
    _DETERMINERS,
    ENGLISH_ARTICLES,
    GENDERED_ARTICLES,
)
from glossary.name_words import PLACE_BEFORE, compound_head_kind
from glossary.tagger import known_tag

_PLACE_PREPOSITIONS = frozenset(("in", "nach", "aus", "bei", "bis"))


_BETWEEN = "zwischen"


MAX_LISTED = 6
"""Members of a list looked back over for the preposition or the plural head that opens it."""


_INDEFINITE_ARTICLES = frozenset(
    "ein eine einer einen einem eines kein keine keinen keinem keiner keines".split()
)


MAX_ADJECTIVES = 2
"""Inflected adjectives an article may stand before the word by (``ein enges Tal``)."""


def after_indefinite(words: list[_Token], index: int) -> bool:
    """Whether an indefinite article, maybe with inflected adjectives, stands before the
    word at ``index`` with no punctuation between: a lower-case word with an adjective's
    ending (:func:`inflected`) after such an article can only be an adjective.
    ``_Context.indefinite`` counts the article right before the word only."""
    for step in range(MAX_ADJECTIVES + 1):
        at = index - step
        if at < 1 or not words[at].joined:
            return False
        before = words[at - 1].text
        if before.lower() in _INDEFINITE_ARTICLES:
            return True
        if step == MAX_ADJECTIVES or not inflected(before):
            return False
    return False


@dataclass(slots=True)
class _Context:
    """How often a capitalised word stands in each kind of context inside the text's
    sentences (``_ContextCounts.context``)."""

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
    the_one: int = 0
    """How often an English word inside a sentence follows ``the`` and stands alone, no
    capitalised word or ``of`` after it (``in the Temple for``, ``on the Strand``, ``the
    Treasury in 1959``): one thing named by a capitalised noun."""
    placed_one: int = 0
    """How often an English word inside a sentence follows a preposition (or ``to``) and
    stands alone so (``from Settle in``, ``appeared in Nature in``, ``behind Labour in``)."""
    bare_object: int = 0
    """How often an English word inside a sentence follows a verb or a preposition with no
    article and ends its phrase, no noun or adjective after it (``reached Reading in``,
    ``sailed to Mobile.``; not ``in Roman times``)."""
    determined: int = 0
    """How often an English word inside a sentence follows a determiner (``the Army``,
    ``its Board``)."""
    in_longer: int = 0
    """How often an English word inside a sentence has a capitalised word or ``of`` joined
    after it (``the Board of Trade``, ``the Board Room``): part of a longer name there."""


_ENGLISH_DETERMINERS = ENGLISH_ARTICLES | frozenset(
    "this that these those its his her their our my your every each any some no another".split()
)


_PLACE_WORDS = PLACE_BEFORE["en"]


def _governs(before: str) -> bool:
    """An English preposition, or ``to`` (``trade to Hull``): a capitalised noun after it with
    no article is a name (a common noun in the singular takes one)."""
    return known_tag(before, "en") in ("PRP", "TO0")


def _governs_object(before: str) -> bool:
    """An English preposition, ``to`` or a lexical verb (``reached``, ``left``): what
    follows it with no article is a name or a plural, or a noun in a house style."""
    tag = known_tag(before, "en") or ""
    return tag in ("PRP", "TO0") or tag.startswith("VV")


def _ends_phrase(after: _Token | None) -> bool:
    """Whether an English word with ``after`` next ends its noun phrase: punctuation or a
    word that is no noun, adjective or name follows (``Reading in 1840``, not ``Roman
    times``)."""
    if after is None or not after.joined:
        return True
    return not (known_tag(after.text, "en") or "NN").startswith(("NN", "AJ", "NP"))


def _relative_who(text: str, token: _Token, after: _Token | None, before: str) -> bool:
    """``X, who``: a capitalised English word with no article before it (not ``the British,
    who``), followed by a comma and ``who``."""
    if after is None or after.text != "who" or before.lower() in ENGLISH_ARTICLES:
        return False
    return text[token.end : after.start] == ", "


def _alone(after: _Token | None) -> bool:
    """Whether an English word with ``after`` next stands alone: no capitalised word or
    ``of`` joined to it, which would make it the first word of a longer name (``the Temple
    Church``, ``the Temple of Solomon``)."""
    if after is None or not after.joined:
        return True
    return not after.text[:1].isupper() and after.text != "of"


def _placed(text: str, words: list[_Token], index: int) -> bool:
    """Whether the word at ``index`` follows a preposition of place with no article, or
    stands later in a list of capitalised words whose first member does (``zwischen Kluse
    und Vohwinkel``, ``in Gehrden, Großburgwedel und Lehrte``)."""
    before = words[index - 1].text
    if before == _BETWEEN:  # "zwischen Arbeit und Familie": only with a name after "und"
        pair = words[index + 1 : index + 3]
        return len(pair) == 2 and pair[0].text in _AND and pair[1].text[:1].isupper()
    if before.lower() in _PLACE_PREPOSITIONS:
        return True  # "bei Erlangen", and "In Erlangen" at a sentence's start
    member = index
    for _ in range(MAX_LISTED):
        if member >= 3 and words[member - 1].text in _AND:
            member -= 2
        elif member >= 2 and text[words[member - 1].end : words[member].start] == ", ":
            member -= 1
        else:
            return False
        if not words[member].text[:1].isupper() or words[member].initial:
            return False
        opener = words[member - 1].text
        if opener.lower() in _PLACE_PREPOSITIONS or opener == _BETWEEN:
            return True
    return False


_LOCATING = frozenset("an in aus über durch entlang".split())
"""Prepositions that place a thing on a river or in a land with the definite article."""


_LOCATING_CONTRACTIONS = frozenset("im am ins zur".split())


def _located(words: list[_Token], index: int) -> bool:
    """Whether the word at ``index`` follows a preposition of place and the definite article
    in the singular, or their contraction (``an der Donau``, ``über die Ems``, ``im
    Emsland``, ``zur Nordsee``): how German places things on rivers and in lands (and in
    rooms: the caller asks for a word the lexicon does not know, without a plural)."""
    before = words[index - 1].text
    if before in _LOCATING_CONTRACTIONS:
        return True
    if before not in GENDERED_ARTICLES or index < 2 or not words[index - 1].joined:
        return False
    if before == "den" and words[index].text.endswith("n"):
        return False  # the dative plural: "an den Patenten"
    return words[index - 2].text.lower() in _LOCATING


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
            kind = plural_head(head.text)
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


def _thing_noun(word: str) -> bool:
    """A common noun that is no place's (``Kupfer``; not ``Marktplatz``): a name listed
    beside it is a thing of its sort, one listed beside a square may be a river (``zwischen
    Marktplatz und Weser``)."""
    return _common_noun(word) and compound_head_kind(word) != "place"


class _ContextCounts:
    """The contexts of each capitalised word inside the sentences of one document. Kept apart
    from the reader's verdicts because they are counted lazily, per word, from where the word
    stands: most capitalised words are judged no name before their contexts matter."""

    def __init__(
        self,
        text: str,
        language: str,
        words: list[_Token],
        inside_at: list[int],
        heads_name: Callable[[str], bool],
    ) -> None:
        """Args:
        text: The document.
        language: Its language code.
        words: Its tokens.
        inside_at: The indexes of the capitalised words inside a sentence.
        heads_name: Whether a word is what an article before the word in front of it may
            belong to (``die Westinghouse Company``): then the article is not counted.
        """
        self._text, self._language, self._words = text, language, words
        self._heads_name = heads_name
        self._inside_at: dict[str, list[int]] = {}
        """Where each capitalised word stands inside a sentence."""
        for index in inside_at:
            self._inside_at.setdefault(words[index].text, []).append(index)
        self._contexts: dict[str, _Context] = {}

    def positions(self, word: str) -> list[int]:
        """Where the text writes ``word`` inside a sentence, in order."""
        return self._inside_at.get(word, [])

    def context(self, word: str) -> _Context:
        """How often ``word`` stands in each kind of context inside a sentence, counted when
        first asked for: most capitalised words are judged no name before their contexts
        matter (most German nouns)."""
        known = self._contexts.get(word)
        if known is None:
            known = self._contexts[word] = _Context()
            for index in self._inside_at.get(word, ()):
                self._count_context(index, known)
        return known

    def _count_context(self, index: int, context: _Context) -> None:
        """Count the context of the capitalised word at ``index`` in ``context``."""
        words = self._words
        if index == 0:
            return
        token = words[index]
        after = words[index + 1] if index + 1 < len(words) else None
        if after is not None and after.joined and self._heads_name(after.text):
            return  # the article goes with the name's head ("die Westinghouse Company")
        before = words[index - 1].text
        modifies = _modifies(before)
        if modifies:
            context.modified += 1
        if before.lower() in _DETERMINERS:
            context.articled += 1
            if before.lower() in _INDEFINITE_ARTICLES:
                context.indefinite += 1
        elif modifies and before.islower():
            context.described += 1
        if token.joined and _counts(before):
            context.counted += 1
        if self._language == "en" and _relative_who(self._text, token, after, before):
            context.someone += 1
        if self._language == "en" and token.joined and _alone(after):
            if before == "the":
                context.the_one += 1
            elif before in _PLACE_WORDS or _governs(before):
                context.placed_one += 1
            if _ends_phrase(after) and (before in _PLACE_WORDS or _governs_object(before)):
                context.bare_object += 1
        elif self._language == "en":
            context.in_longer += 1
        if self._language == "en" and before.lower() in _ENGLISH_DETERMINERS:
            context.determined += 1
        if self._language != "de":
            return  # the rest is counted in German only
        if token.joined and _placed(self._text, words, index):
            context.placed += 1
        if token.joined and _located(words, index):
            context.located += 1
        neighbours = _list_neighbours(self._text, words, index)
        if not neighbours:
            return
        if any(map(_thing_noun, neighbours)):
            context.beside_noun += 1
        if any(map(_known_place, neighbours)):
            context.beside_place += 1
        if _listed_under(self._text, words, index):
            context.classed += 1
