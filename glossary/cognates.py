"""Cognate keys: where a German and an English word of one origin meet.

Between two languages, cross-links compare words by these keys instead of lemmas. A key is the
whole word with its spelling evened out and one ending that the two languages trade for each
other removed ("Pandemie" / "pandemic" → ``pandem``, "Evakuierung" / "evacuation" → ``evaku``),
so two words meet only when they are the same word but for spelling and ending. A key of the
first letters alone let unrelated words meet ("reactor" / "Reaktion", "parade" /
"paradoxerweise", "contaminated" / "Kontakte"). Words of one origin that drifted further apart
("Regierung" / "government", "Kapitän" / "captain") meet as translations
(:mod:`glossary.translations`).

The module has no heavy imports, so that the link index can use it without loading the lemma
dictionaries.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

__all__ = ["cognate_key"]

MIN_LENGTH = 5
"""Shorter words are too often false friends ("Rat" / "rat", "Kind" / "kind") to meet so."""

MIN_STEM = 4
"""An ending is cut only when at least this many letters remain ("Million" keeps its ``ion``)."""

_UMLAUT_A = ("ä", "e")
"""German ``ä`` is often English ``e``: "Präsident" / "president", "Qualität" / "quality"."""

_SPELLING = (
    ("tsch", "ch"),  # "Tschad" / "Chad", "Gorbatschow" / "Gorbachev"
    ("sch", "sh"),
    ("ph", "f"),
    ("th", "t"),
    ("ch", "k"),
    ("kh", "k"),  # "Michail" / "Mikhail"
    ("ck", "k"),
)
_SOFT_C = re.compile(r"c(?=[eiy])")
"""Before e, i or y a ``c`` is said ``s``: "province" / "Provinz", "Medizin" / "medicine"."""

_LAST = (("c", "k"), ("z", "s"), ("y", "i"), ("j", "i"), ("w", "v"))
"""Last of all, ``c`` as ``k``, ``z`` as ``s``, and ``y`` and ``j`` as ``i``, ``w`` as ``v``:
German writes the sounds of ``y`` and ``v`` as ``j`` and ``w``, and so transliterates names
("Widjajewo" / "Vidyayevo", "Kolesnikow" / "Kolesnikov", "Charkiw" / "Kharkiv")."""
_DOUBLED = re.compile(r"(.)\1+")

_ENDINGS = tuple(
    sorted(
        (
            "ierung",  # "Evakuierung" / "evacuation"
            "ieren",  # "evakuieren" / "evacuate"
            "ation",
            "ismus",  # "Terrorismus" / "terrorism"
            "ikal",  # "political" / "politisch"
            "itet",  # "Universität" / "university"
            "iti",
            "ish",  # "politisch" / "politic-al", "britisch" / "British"
            "ism",
            "ung",  # "Warnung" / "warning"
            "ing",
            "ion",
            "ate",
            "ien",  # "Australien" / "Australia"
            "ia",
            "ie",  # "Pandemie" / "pandemic", "Energie" / "energy"
            "ik",
            "en",  # "pumpen" / "pump"
            "e",
            "i",
            "us",  # "sarcophagus" / "Sarkophag"
        ),
        key=len,
        reverse=True,
    )
)
"""Endings the two languages trade for each other, in evened spelling. One list serves both
languages, so that a word written alike in the two always keeps one key."""


def evened(word: str) -> str:
    """The word's letters with the spelling differences of German and English evened out:
    accents dropped, ``ä`` as ``e``, ``ph``/``th``/``ch``/``z``/``y`` as ``f``/``t``/``k``/``s``/
    ``i``, ``c`` as ``s`` before e, i and y and else as ``k``, doubled letters single."""
    folded = word.lower().replace(*_UMLAUT_A)
    folded = unicodedata.normalize("NFKD", folded)
    folded = "".join(char for char in folded if char.isalpha() and char.isascii())
    for written, said in _SPELLING:
        folded = folded.replace(written, said)
    folded = _SOFT_C.sub("s", folded)
    for written, said in _LAST:
        folded = folded.replace(written, said)
    return _DOUBLED.sub(r"\1", folded)


@lru_cache(maxsize=1 << 16)
def cognate_key(key: str) -> str | None:
    """The key under which a lemma meets its cognates in the other language, or ``None`` for
    words too short to tell: the evened word without the longest traded ending that leaves a
    stem of :data:`MIN_STEM` letters.

    Args:
        key: A lemma key (``glossary.wording.word_key``).
    """
    if key.replace(".", "", 1).isdigit():  # a number (glossary.numbers): one key in any language
        return key
    folded = evened(key)
    if len(folded) < MIN_LENGTH:
        return None
    for ending in _ENDINGS:
        if folded.endswith(ending) and len(folded) - len(ending) >= MIN_STEM:
            return folded[: -len(ending)]
    return folded
