"""Length-preserving text folding, so offsets found in folded text are offsets in the original.

Case and diacritics are folded (``Kalinoŭski`` and ``Kalinouski``, ``Lukašenka`` in any case),
one character for one character: ``str.casefold`` would turn ``ß`` into ``ss`` and shift every
offset after it.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

SEPARATOR = re.compile(r"[\s\-‐‑–]+")
"""What may stand between the words of a multi-word name: spaces, line breaks, hyphens or an
en dash (``Molotov–Ribbentrop Pact``)."""

_NON_ASCII = re.compile(r"[^\x00-\x7f]")


_MARKED_LETTER = re.compile(r"LATIN SMALL LETTER (?:DOTLESS ([A-Z])|([A-Z]) WITH [A-Z ]+)")
"""The Unicode name of a Latin letter with a mark that has no decomposition: a stroke, a bar,
no dot (``ł``, ``ø``, ``đ``, ``ı``): readers take it for the plain letter (``Kırıkkale``,
``Kirikkale``)."""


@lru_cache(maxsize=4096)
def fold_char(char: str) -> str:
    """One character, lower-cased and stripped of its diacritics, strokes and bars; never
    more than one."""
    lower = char.lower()
    if len(lower) != 1:  # "İ" lower-cases to two characters
        lower = unicodedata.normalize("NFD", char)[0].lower()
    base = unicodedata.normalize("NFD", lower)[0]
    if not base.isalpha():
        return lower
    marked = None if base.isascii() else _MARKED_LETTER.fullmatch(unicodedata.name(base, ""))
    return (marked[1] or marked[2]).lower() if marked else base


def fold(text: str) -> str:
    """``text`` folded for matching; ``len(fold(text)) == len(text)`` always holds."""
    lower = text.lower()
    if len(lower) != len(text):
        return "".join(fold_char(char) for char in text)
    # str.lower runs in C; only the few non-ASCII characters need the slow path.
    return _NON_ASCII.sub(lambda match: fold_char(match.group()), lower)


_SPELLED_OUT = str.maketrans(
    {"ß": "ss", "ä": "ae", "ö": "oe", "ü": "ue", "æ": "ae", "œ": "oe", "ø": "oe", "ł": "l"}
)
"""Letters an id spells out (German writes ``ss``, ``ae`` ... when it has no ``ß``, ``ä``),
and letters with no decomposition that ``fold`` would keep."""

_NOT_IN_SLUG = re.compile(r"[^a-z0-9]+")


def slug(name: str) -> str:
    """``name`` as lower-case ASCII words joined by hyphens, for an id: German letters
    spelled out (``Ostpreußen`` → ``ostpreussen``, ``Lübeck`` → ``luebeck``), other
    diacritics dropped (``Pétain`` → ``petain``); ``""`` when no letter or digit is left.
    Ids are not keys: the reader's decisions are kept by name or by the id they wrote."""
    return _NOT_IN_SLUG.sub("-", fold(name.lower().translate(_SPELLED_OUT))).strip("-")


_APOSTROPHES = str.maketrans(dict.fromkeys("’‘ʼ´`", "'"))
"""Typographic apostrophes, the modifier letter and the accents typed for want of one (´ `),
which one text sets where another types ``'`` (``L’Aquila``, ``L'Aquila``, ``D´Annunzio``)."""


def name_key(name: str) -> str:
    """The form under which two spellings of a name count as the same name: case,
    diacritics, separators and the kind of apostrophe aside."""
    return SEPARATOR.sub(" ", fold(name).translate(_APOSTROPHES)).strip()
