"""German compounds of common words (``Kriegsdienstleister``, ``Gebirgshöhen``): names
rarely split that way, so name discovery counts such a word as an ordinary noun."""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache, partial

from glossary.frequencies import as_listed, frequent_words

PART_ZIPF = 2.8
"""A part of a compound must be at least this frequent in German (wordfreq)."""

MIN_PART = 4
"""Both parts have at least this many letters: shorter ones match by chance (``Samar|kand``)."""

_LINKS_BY_LAST = {"s": ("s", "es"), "n": ("n", "en"), "e": ("e",)}
"""The linking letters a compound's head may end in (``Kriegs-``, ``Sonnen-``, ``Hunde-``),
by their last letter: a head is tried only without the ones it ends in."""


@lru_cache(maxsize=65536)
def is_compound(word: str) -> bool:
    """``word`` (lower case) splits into frequent German words, with the usual linking
    letters. Heads are tried first: they are a few set look-ups, while a tail may be split
    again."""
    frequent = _frequent_parts().__contains__
    if "ß" in word:  # the lists spell it "ss"
        frequent = partial(_listed_in, _frequent_parts())
    for cut in range(MIN_PART, len(word) - MIN_PART + 1):
        if not _known_head(word[:cut], frequent):
            continue
        tail = word[cut:]
        if frequent(tail) or is_compound(tail):
            return True
        if any(frequent(bare) for bare in _uninflected(tail)):
            return True  # "Spiegel|teleskop|en": a compound takes its case at the tail
    return False


def _known_head(head: str, frequent: Callable[[str], bool]) -> bool:
    """Whether a compound's head, as it stands or without a linking letter, is a frequent
    word or a verb's stem (``droh|kulisse``: ``drohen``)."""
    if frequent(head) or frequent(head + "en"):  # a head has MIN_PART letters at least
        return True
    for link in _LINKS_BY_LAST.get(head[-1], ()):
        stem = head[: -len(link)]
        if head.endswith(link) and len(stem) >= 3 and (frequent(stem) or frequent(stem + "en")):
            return True
    return False


TAIL_ENDINGS = ("en", "n", "e", "es", "s", "er", "ern")
"""The case and plural endings a German noun (a compound's tail) may carry."""


MIN_BARE_TAIL = MIN_PART + 1
"""A tail without its ending keeps more letters than a part must: short ones match by
chance (``Vill|inge|n``)."""


def _uninflected(tail: str) -> list[str]:
    """A compound's tail without each case or plural ending it may carry, keeping
    ``MIN_BARE_TAIL`` letters or more (``teleskopen`` → ``teleskop``)."""
    return [
        tail[: -len(end)]
        for end in TAIL_ENDINGS
        if tail.endswith(end) and len(tail) - len(end) >= MIN_BARE_TAIL
    ]


def _frequent_parts() -> frozenset[str]:
    """The words frequent enough to be a part of a compound."""
    return frequent_words("de", PART_ZIPF)


def _listed_in(words: frozenset[str], word: str) -> bool:
    return as_listed(word) in words
