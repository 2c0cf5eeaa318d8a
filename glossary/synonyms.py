"""Synonym sets from OpenThesaurus: where two German passages say one thing in other words.

Lemmas and compound parts only meet where the two texts use the same word; a reader also links
"Streitkräfte" with "Armee" and "Manöver" with "Übung". OpenThesaurus (Daniel Naber and
contributors, LGPL 2.1) is a German thesaurus of synonym sets built by hand; its text dump ships
in ``glossary/data/openthesaurus-de.tsv`` (licence beside it), trimmed to single nouns and turned
into a sorted index of word keys (:mod:`glossary.key_index`) by ``benchmarks/trim_thesaurus.py``,
so nothing is fetched at run time and a process reads the file in a few milliseconds.

A word belongs to as many sets as it has senses ("Übung" is practice, a ritual and a military
exercise). Two words that share a set meet; how much that tells falls with the size of the set: a
set of 27 near-synonyms for "a great many" ("Flut", "Armee", "Heer", …) says little about either.

English nouns have their sets from WordNet 3.0 (Princeton University), trimmed the same way into
``glossary/data/wordnet-en.tsv`` by ``benchmarks/trim_wordnet.py``, each word in the sets of its
two most frequent senses only ("drill" meets "exercise", "Übung" through its translation
"practice").
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

from glossary.key_index import SortedIndex, index_text
from glossary.word_keys import word_key

__all__ = ["Thesaurus", "english_thesaurus", "index_lines", "thesaurus"]

DATA = Path(__file__).resolve().parent / "data" / "openthesaurus-de.tsv"
ENGLISH_DATA = DATA.with_name("wordnet-en.tsv")

SPECIFIC_SIZE = 4
"""Sets of up to this many words are specific: their words meet with full weight."""


def index_lines(sets: Iterable[str]) -> list[str]:
    """The index of synonym sets written one a line (words separated by ``;``): a line per word
    key, ``key<TAB>set:size set:size…``, sorted by key (sets are numbered in the given order)."""
    found: dict[str, list[str]] = {}
    number = 0
    for line in sets:
        keys = {key for key in word_key(line).split(";") if key}
        if len(keys) < 2:
            continue
        for key in keys:
            found.setdefault(key, []).append(f"{number}:{len(keys)}")
        number += 1
    return index_text((key, " ".join(ids)) for key, ids in found.items())


class Thesaurus:
    """Synonym sets by word key, looked up in a sorted index (see :func:`index_lines`).

    Args:
        lines: The index's lines; lines starting with ``#`` (the licence notice) are skipped.
    """

    def __init__(self, lines: list[str]) -> None:
        self._index = SortedIndex(lines)
        self._found: dict[str, tuple[int, ...]] = {}
        self._sizes: dict[int, int] = {}

    @classmethod
    def from_sets(cls, sets: Iterable[str]) -> Thesaurus:
        """A thesaurus of sets written one a line, words separated by ``;``."""
        return cls(index_lines(sets))

    def sets(self, key: str) -> tuple[int, ...]:
        """The ids of the synonym sets of a word key (none for a word it does not know)."""
        if key in self._found:
            return self._found[key]
        value = self._index.get(key)
        ids: tuple[int, ...] = ()
        if value is not None:
            pairs = [item.split(":") for item in value.split()]
            for set_id, size in pairs:
                self._sizes[int(set_id)] = int(size)
            ids = tuple(int(set_id) for set_id, _ in pairs)
        self._found[key] = ids
        return ids

    def specificity(self, set_id: int) -> float:
        """How much sharing a set tells (a set found by :meth:`sets`): 1 for a small set, less
        for a large one."""
        return min(1.0, math.sqrt(SPECIFIC_SIZE / self._sizes[set_id]))

    def meeting(self, ours: str, theirs: str) -> float:
        """How close two word keys are: the specificity of the most specific set they share,
        0 when they share none (a word is not its own synonym here: that is a shared lemma)."""
        if ours == theirs:
            return 0.0
        shared = set(self.sets(ours)) & set(self.sets(theirs))
        return max((self.specificity(set_id) for set_id in shared), default=0.0)


@lru_cache(maxsize=1)
def thesaurus() -> Thesaurus:
    """The shipped German thesaurus, read once per process."""
    return Thesaurus(DATA.read_text(encoding="utf-8").splitlines())


@lru_cache(maxsize=1)
def english_thesaurus() -> Thesaurus:
    """The shipped English noun synonym sets (WordNet), read once per process."""
    return Thesaurus(ENGLISH_DATA.read_text(encoding="utf-8").splitlines())
