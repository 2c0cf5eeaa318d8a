"""Query words that open compounds the splitter could not split at them.

The splitter (:mod:`index.decompound`) takes a compound's first part only from the words its
frequency list ranks high enough, so a rare word or a name ("Melasse", "Brussilow") is never a
part: "Melasseflut" and "Brussilowoffensive" are not split at all, and a search for the rare
word misses them. At query time the query word itself vouches for the rare first part: an
indexed surface word that is the query word, a linking element and a known word or compound
("melasse" + "flut", "brussilow" + "offensive") is searched too, with a lower weight. A word
the splitter knows is left alone (it splits compounds at it already), and a remainder that is
no word ("Rat" in "Ratte", "Dom" in "Domino") or only a suffix ("Lehr" in "Lehrling") matches
nothing. A surface the lexicon holds as a word of its own is no compound of the query word's
meaning ("Bernstein" and "Bernhard" for the town Bern, "Hallenbad" for Halle: review 23 B7).
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from index.analysis import fold
from index.decompound import is_known_word, is_lexicon_word, lexicon_ready, lexicon_words

__all__ = ["COMPOUND_WEIGHT", "MIN_OPENING", "compound_words", "may_open_compounds"]

COMPOUND_WEIGHT = 0.5
"""Of a compound's score against the query word's own: the word itself ranks first."""

MIN_OPENING = 4
"""Shortest query word looked for at the start of compounds (the splitter's shortest part)."""

MIN_REMAINDER = 3
"""Shortest word after the linking element ("See", "Amt"; the splitter's short parts)."""

_LINKS = ("", "s", "es", "n", "en", "e", "er", "ns", "ens")
"""Linking elements (Fugenelemente) between the query word and the rest of the compound."""

_SUFFIXES = frozenset({"ling", "tum", "nis", "ung", "heit", "keit", "schaft", "lich", "isch"})
"""Word endings that make a derivation, not a compound ("Lehrling", "Eigentum"): never the rest
of a compound, though a frequency list may hold some of them as words."""


@lru_cache(maxsize=1)
def _folded_words() -> frozenset[str]:
    """The splitter's words folded as the ``words`` field folds them (ä → a, ß → ss)."""
    return frozenset(map(fold, lexicon_words()))


def may_open_compounds(folded: str, name: bool) -> bool:
    """Whether ``folded`` (a query word as the ``words`` field folds it) may open compounds
    worth a scan of the index: no for a word the splitter knows, when its lexicon is in
    memory already (most query words of a German text: no scan); never reads the lexicon.
    Only an early exit: before the lexicon is loaded it says yes where it would later say
    no, and :func:`compound_words` then gives [] for such a word, so the results are the
    same."""
    if len(folded) < MIN_OPENING or not folded.isalpha():
        return False
    return name or not lexicon_ready() or folded not in _folded_words()


def _known(rest: str) -> bool:
    """Whether ``rest`` (folded) is a known word or compound."""
    if len(rest) < MIN_REMAINDER or rest in _SUFFIXES:
        return False
    return rest in _folded_words() or is_known_word(rest)


LONGEST_LINK = max(map(len, _LINKS))
"""Letters a linking element adds to the query word ("-ens-"): a word no longer than that is
the query word inflected or linked, not another word."""


def _opens_with_longer_word(opening: str, surface: str) -> bool:
    """Whether ``surface`` opens with a lexicon word longer than ``opening`` and its linking
    element: "bernsteinkette" is a compound of "Bernstein", not of "Bern" (review 23 B7). A
    word that is the opening and a linking element ("Hammer" for "Hamm" + "er") cannot be
    told from a compound of the name and stays."""
    shortest = len(opening) + LONGEST_LINK + 1
    return any(
        is_lexicon_word(surface[:end]) for end in range(shortest, len(surface) - MIN_REMAINDER + 1)
    )


def compound_words(opening: str, surfaces: Iterable[str], name: bool) -> list[str]:
    """The ``surfaces`` (folded words beginning with ``opening``) that are ``opening``, a
    linking element and a known word or compound, in the given order.

    For a name, always (names are searched in the ``words`` field, which holds no parts);
    for another word only when the splitter does not know it (else it splits compounds at
    it already). The splitter's lexicon is read as soon as some surface is long enough, and
    a surface is checked against it too: that is most query words, since every word outside
    the German lexicon (an English word of four letters or more, a rare word, a name) opens
    a scan. Reading it costs about a twentieth of a second where it is kept beside the index
    (``keep_lexicon_in``) and about a second where it must be built, once per process.
    """
    longer = [surface for surface in surfaces if len(surface) >= len(opening) + MIN_REMAINDER]
    if not longer or (not name and opening in _folded_words()):
        return []
    found = []
    for surface in longer:
        if is_lexicon_word(surface) or _opens_with_longer_word(opening, surface):
            continue
        remainder = surface[len(opening) :]
        if any(remainder.startswith(link) and _known(remainder[len(link) :]) for link in _LINKS):
            found.append(surface)
    return found
