"""One-word German names the text only ever writes after an indefinite article.

German names rarely take ``ein``: a word no list or lexicon knows as a name, that follows
``ein``, ``eine``, ``einem`` … each time the text writes it inside a sentence, maybe with
adjectives between (``eine weite Heidelandschaft``), is a common noun, whatever else made it
look like a name (a rare compound, a head noun). A word with name evidence and no common-noun
sense keeps it: the article then names a thing after its maker or a member of a family (``eine
Boeing``, ``ein Rembrandt``, ``eine Hohenzollern``); a word the German noun lexicon knows as a
common noun goes whatever else names it (``mit einem Atlas``, ``ein Vetter``: review 23 B2).
"""

from __future__ import annotations

from collections.abc import Callable

from glossary.discovery.contexts import after_indefinite
from glossary.discovery.dynasties import is_dynasty
from glossary.discovery.name_info import NameInfo
from glossary.discovery.tokenising import _Token
from glossary.discovery.wiktionary import wiktionary_evidence
from glossary.first_names import is_first_name, is_surname
from glossary.gazetteer import place_type, small_town
from glossary.noun_lexicon import noun_lexicon
from glossary.tagger import proper_noun_evidence


def drop_indefinite_nouns(
    found: dict[str, NameInfo], words: list[_Token], positions: Callable[[str], list[int]]
) -> None:
    """Take out of ``found`` every one-word name without name evidence (``_named``) each of
    whose occurrences ``positions`` (its places inside a sentence) puts after an indefinite
    article; a name also written at a sentence's start, or inside a longer name, has
    occurrences the article misses, and stays."""
    for name in [name for name in found if " " not in name]:
        places = positions(name)
        if len(places) < found[name].count:
            continue  # the name at a sentence's start too: no article there to go by
        if all(after_indefinite(words, index) for index in places) and (
            _common_noun(name) or not _named(name)
        ):
            del found[name]


def _common_noun(word: str) -> bool:
    """Whether the German noun lexicon has ``word`` as a common noun (tag ``N``)."""
    return any("N" in entry.tags for entry in noun_lexicon().entries(word))


def _named(word: str) -> bool:
    """Whether the packages know ``word`` as a name: a place, a given name or a surname, a
    dynasty, or a proper noun to the tagger or the German Wiktionary."""
    if place_type(word) or small_town(word) or is_first_name(word) or is_surname(word):
        return True
    if is_dynasty(word):
        return True
    return proper_noun_evidence(word, "de") > 0 or wiktionary_evidence(word) > 0
