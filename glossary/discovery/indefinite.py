"""One-word German names the text only ever writes after an indefinite article.

German names rarely take ``ein``: a word that follows ``ein``, ``eine``, ``einem`` … each
time the text writes it inside a sentence, maybe with adjectives between (``mit einem
Atlas``, ``ein enges Seitental``, ``ein Vetter Friedrich Barbarossas``), is a common noun,
whatever else made it look like a name (a rare word, a town's name, a head noun).
"""

from __future__ import annotations

from collections.abc import Callable

from glossary.discovery.contexts import _INDEFINITE_ARTICLES
from glossary.discovery.lexicon import _ADJECTIVE_ENDINGS
from glossary.discovery.name_info import NameInfo
from glossary.discovery.tokenising import _Token

MAX_ADJECTIVES = 2
"""Inflected adjectives an article may stand before the word by (``ein enges Seitental``)."""


def drop_indefinite_nouns(
    found: dict[str, NameInfo], words: list[_Token], positions: Callable[[str], list[int]]
) -> None:
    """Take out of ``found`` every one-word name each of whose occurrences ``positions``
    (its places inside a sentence) puts after an indefinite article; a name also written at
    a sentence's start, or inside a longer name, has occurrences the article misses, and
    stays."""
    for name in [name for name in found if " " not in name]:
        places = positions(name)
        if len(places) < found[name].count:
            continue  # the name at a sentence's start too: no article there to go by
        if all(_after_indefinite(words, index) for index in places):
            del found[name]


def _after_indefinite(words: list[_Token], index: int) -> bool:
    """Whether an indefinite article, maybe with inflected adjectives, stands before the
    word at ``index`` with no punctuation between."""
    for step in range(MAX_ADJECTIVES + 1):
        at = index - step
        if at < 1 or not words[at].joined:
            return False
        before = words[at - 1].text
        if before.lower() in _INDEFINITE_ARTICLES:
            return True
        if step == MAX_ADJECTIVES or not _inflected(before):
            return False
    return False


def _inflected(word: str) -> bool:
    """A lower-case word with an adjective's ending (``enges``, ``alten``), which the
    lexicon need not know: after an indefinite article it can only be an adjective."""
    return word.islower() and len(word) > MIN_ADJECTIVE and word.endswith(_ADJECTIVE_ENDINGS)


MIN_ADJECTIVE = 3
"""Letters a word needs beyond which an ending is an adjective's (not ``der``, ``den``)."""
