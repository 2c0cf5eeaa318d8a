"""A discovered German name as a headword: in the nominative, as a dictionary lists it.

A text may name a thing only in another case (``bei der Deutschen Bahn``, ``des
Dreißigjährigen Krieges``); the entry is then headed by the nominative after the definite
article (``Deutsche Bahn``, ``Dreißigjährige Krieg``): adjectives in the weak ``-en`` take
``-e``, and a last noun in the genitive loses its ``s`` or ``es`` when the lexicon gives
that as its lemma; a head noun in the genitive before the name it heads loses it when that
leaves a head (``des Landkreises Kitzingen``: ``Landkreis Kitzingen``). The form the text
writes stays a name of the entry.
"""

from __future__ import annotations

import re

from glossary.name_words import compound_head_kind
from glossary.tagger import is_adjective, known_lemma

_DERIVED = re.compile(r"[A-ZÄÖÜ]\w{2,}(?:isch|jährig|lich|ig)en")
"""Adjectives the lexicon may not know, by their derivational ending (``Dreißigjährigen``)."""
_GENITIVES = ("es", "s")


def nominative(name: str) -> str:
    """``name`` with its weak adjectives and its genitive head in the nominative, or
    ``name`` itself when it has no such word (or is not German)."""
    words = name.split(" ")
    if len(words) == 2 and words[1][:1].isupper() and _nominative_head(words[0]) != words[0]:
        return " ".join([_nominative_head(words[0]), words[1]])
    if len(words) < 2 or not _weak_adjective(words[0]):
        return name
    changed = [word[:-1] if _weak_adjective(word) else word for word in words[:-1]]
    return " ".join([*changed, _nominative_noun(words[-1])])


def _weak_adjective(word: str) -> bool:
    """A capitalised German adjective in the weak ``-en`` (``Deutschen``, ``Obersten``); not
    one whose stem ends so (``Golden``, lemma ``golden``)."""
    lower = word.lower()
    if not word[:1].isupper() or not lower.endswith("en"):
        return False
    if _DERIVED.fullmatch(word):
        return True
    return is_adjective(lower, "de") and known_lemma(lower, "de") != lower


def _nominative_noun(word: str) -> str:
    """A German noun in the genitive singular as its lemma (``Krieges`` → ``Krieg``)."""
    lemma = known_lemma(word, "de")
    for ending in _GENITIVES:
        if word.endswith(ending) and lemma == word[: -len(ending)]:
            return lemma
    return word


def _nominative_head(word: str) -> str:
    """A German head noun in the genitive singular as its nominative, when only that form
    is a head (``Landkreises`` → ``Landkreis``, ``Amtes`` → ``Amt``), or ``word``."""
    for ending in _GENITIVES:
        stem = word.removesuffix(ending)
        if stem != word and compound_head_kind(stem) and not compound_head_kind(word):
            return stem
    return word
