"""German compounds of common words (``Kriegsdienstleister``, ``Gebirgshöhen``): names
rarely split that way, so name discovery counts such a word as an ordinary noun."""

from __future__ import annotations

from functools import lru_cache

from glossary.frequencies import at_least

PART_ZIPF = 2.8
"""A part of a compound must be at least this frequent in German (wordfreq)."""

MIN_PART = 4
"""Both parts have at least this many letters: shorter ones match by chance (``Samar|kand``)."""

_LINKS = ("", "s", "es", "n", "en", "e")


@lru_cache(maxsize=65536)
def is_compound(word: str) -> bool:
    """``word`` (lower case) splits into frequent German words, with the usual linking
    letters. Heads are tried first: they are a few dictionary look-ups, while a tail may be
    split again."""
    for cut in range(MIN_PART, len(word) - MIN_PART + 1):
        head = word[:cut]
        stems = [head[: len(head) - len(link)] for link in _LINKS if head.endswith(link)]
        # "droh|kulisse": a verb stem is a head too ("drohen")
        if not any(_frequent(stem) or _frequent(stem + "en") for stem in stems if len(stem) >= 3):
            continue
        tail = word[cut:]
        if _frequent(tail) or is_compound(tail):
            return True
    return False


@lru_cache(maxsize=1 << 14)
def _frequent(word: str) -> bool:
    """Frequent enough to be a part of a compound (cached: compounds share their parts, and
    every cut of a word asks about several stems)."""
    return at_least(word, "de", PART_ZIPF)
