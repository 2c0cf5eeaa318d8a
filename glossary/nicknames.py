"""Short and familiar forms of given names (``Bill``/``William``, ``Ed``/``Edmund``,
``Fritz``/``Friedrich``), from the ``nicknames`` package (Apache 2.0; a hand-curated list of
English given names and their nicknames, inside the package).

The list is English. A German given name meets it through its English renderings in the
shipped Wiktionary lexicon (:mod:`glossary.translations`: ``Friedrich`` → ``Frederick``,
whose nicknames hold ``Fritz``). Only a name as written counts as the nickname: two formal
names that share a nickname (``Johannes``, ``Josef``: both may be called ``Joe``) are two
names. The list is loose (it gives ``Robert`` and ``Rupert`` as each other's nicknames), so a
familiar form must also be shorter than the name it stands for.
"""

from __future__ import annotations

from functools import cache

from nicknames import name_triplets
from rapidfuzz.distance import Levenshtein

from glossary.folding import fold
from glossary.translations import translations


@cache
def _nicknames() -> dict[str, frozenset[str]]:
    """Every listed given name with its nicknames, lower case."""
    found: dict[str, set[str]] = {}
    for triplet in name_triplets():
        found.setdefault(triplet.name1, set()).add(triplet.name2)
    return {name: frozenset(short) for name, short in found.items()}


def _renderings(name: str) -> set[str]:
    """A given name and its English forms (``friedrich`` → ``frederick``, ``fred`` ...)."""
    return {name, *translations().of(name, "de")}


def is_nickname(short: str, full: str) -> bool:
    """Whether the given name ``short`` is a familiar form of the given name ``full``
    (``Ed`` of ``Edmund``, ``Fritz`` of ``Friedrich``), and shorter."""
    short, full = fold(short), fold(full)
    if len(short) >= len(full):
        return False
    table = _nicknames()
    return any(short in table.get(form, ()) for form in _renderings(full))


SHORT_NAME = 5
"""A given name of at most this many letters may differ from its rendering in one letter
only (``Leo``/``Lew``; ``Karl``/``Kurt`` are two names); a longer one in two
(``Nikolaus``/``Nikolai``)."""


def is_rendering(one: str, other: str) -> bool:
    """Whether two given names are one name rendered in two languages: one is an English
    rendering of the other in the shipped lexicon (``Wilhelm``/``William``, ``Karl``/
    ``Charles``), or both begin alike and differ in a letter or two (``Leo``/``Lew``); not
    when one only extends the other (``Carl``/``Carla``, ``Louis``/``Louise``) or they
    differ in a Romance ending of sex (``Mario``/``Maria``): two people."""
    one, other = fold(one), fold(other)
    if one == other or min(len(one), len(other)) < 3:
        return False
    if other in _renderings(one) or one in _renderings(other):
        return True
    if one[0] != other[0] or differ_in_sex(one, other):
        return False
    edits = 1 if min(len(one), len(other)) <= SHORT_NAME else 2
    return Levenshtein.distance(one, other) <= edits


def differ_in_sex(one: str, other: str) -> bool:
    """Whether two given names are a man's and a woman's of one stem: one extends the other
    (``Carl``/``Carla``, ``Paul``/``Pauline``, ``Louis``/``Louise``) or they differ in a
    Romance ending (``Mario``/``Maria``): a brother and a sister, not one person."""
    one, other = fold(one), fold(other)
    if one != other and (one.startswith(other) or other.startswith(one)):
        return True
    return one[:-1] == other[:-1] and {one[-1:], other[-1:]} == {"a", "o"}
