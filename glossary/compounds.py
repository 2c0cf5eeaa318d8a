"""German compounds of common words (``Kriegsdienstleister``, ``Gebirgshöhen``): names
rarely split that way, so name discovery counts such a word as an ordinary noun."""

from __future__ import annotations

from functools import lru_cache, partial

from glossary.frequencies import as_listed, frequent_words

PART_ZIPF = 2.8
"""A part of a compound must be at least this frequent in German (wordfreq)."""

MIN_PART = 4
"""Both parts have at least this many letters: shorter ones match by chance (``Samar|kand``)."""

_LINKS = ("", "s", "es", "n", "en", "e")


@lru_cache(maxsize=65536)
def is_compound(word: str) -> bool:
    """``word`` (lower case) splits into frequent German words, with the usual linking
    letters. Heads are tried first: they are a few set look-ups, while a tail may be split
    again."""
    frequent = _frequent_parts().__contains__
    if "ß" in word:  # the lists spell it "ss"
        frequent = partial(_listed_in, _frequent_parts())
    for cut in range(MIN_PART, len(word) - MIN_PART + 1):
        head = word[:cut]
        stems = [head[: len(head) - len(link)] for link in _LINKS if head.endswith(link)]
        # "droh|kulisse": a verb stem is a head too ("drohen")
        if not any(frequent(stem) or frequent(stem + "en") for stem in stems if len(stem) >= 3):
            continue
        tail = word[cut:]
        if frequent(tail) or is_compound(tail):
            return True
        if any(frequent(bare) for bare in _uninflected(tail)):
            return True  # "Spiegel|teleskop|en": a compound takes its case at the tail
    return False


_TAIL_ENDINGS = ("en", "n", "e", "es", "s", "er", "ern")


MIN_BARE_TAIL = MIN_PART + 1
"""A tail without its ending keeps more letters than a part must: short ones match by
chance (``Vill|inge|n``)."""


def _uninflected(tail: str) -> list[str]:
    """A compound's tail without each case or plural ending it may carry, keeping
    ``MIN_BARE_TAIL`` letters or more (``teleskopen`` → ``teleskop``)."""
    return [
        tail[: -len(end)]
        for end in _TAIL_ENDINGS
        if tail.endswith(end) and len(tail) - len(end) >= MIN_BARE_TAIL
    ]


def _frequent_parts() -> frozenset[str]:
    """The words frequent enough to be a part of a compound."""
    return frequent_words("de", PART_ZIPF)


def _listed_in(words: frozenset[str], word: str) -> bool:
    return as_listed(word) in words
