"""Cognate keys: where a German and an English word of one origin meet.

Between two languages, cross-links compare words by these keys instead of lemmas. The module has
no heavy imports, so that the link index can use it without loading the lemma dictionaries.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

__all__ = ["cognate_key"]

COGNATE_LENGTH = 5
"""Cognates across German and English share their first letters once spelling is evened out:
"Pandemie"/"pandemic", "Sanktionen"/"sanctions", "Kanal"/"canal", "Millionen"/"million"."""

_SPELLING = (("ph", "f"), ("th", "t"), ("ck", "k"), ("c", "k"), ("z", "s"), ("y", "i"))
_DOUBLED = re.compile(r"(.)\1+")


@lru_cache(maxsize=1 << 16)
def cognate_key(key: str) -> str | None:
    """The key under which a lemma meets its cognates in the other language, or ``None`` for
    words too short to tell (the key is the first letters of the word, spelling evened out).

    Args:
        key: A lemma key (``glossary.wording.word_key``).
    """
    folded = unicodedata.normalize("NFKD", key)
    folded = "".join(char for char in folded if char.isalpha() and char.isascii())
    for written, said in _SPELLING:
        folded = folded.replace(written, said)
    folded = _DOUBLED.sub(r"\1", folded)
    return folded[:COGNATE_LENGTH] if len(folded) >= COGNATE_LENGTH else None
