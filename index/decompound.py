"""German compound splitting over word frequencies (Koehn & Knight 2003).

A reader searching "Krieg" should find "Angriffskrieg". A compound is split into known words
(with linking elements such as -s-, -es-, -n- removed) when the geometric mean of the parts'
frequencies beats the frequency of the whole word; the frequencies come from ``wordfreq``'s German
list, so no lexicon has to be maintained here.
"""

from __future__ import annotations

import math
from functools import lru_cache

import wordfreq

__all__ = ["split_compound"]

MIN_PART = 3
"""Shortest part considered: "Tag", "Rat", "Amt" are real heads."""

MIN_WORD = 2 * MIN_PART + 1
"""Shorter words are never split (cheap fast path for most tokens)."""

MIN_ZIPF = 2.0
"""Parts rarer than this (per billion words ≈ 100) are mostly names and typos, not lexicon."""

MAX_PARTS = 4
"""Bounds the search; German compounds in running text rarely have more."""

_LINKS = ("", "s", "es", "n", "en", "er", "e", "ns", "ens")
"""Linking elements (Fugenelemente) that may end a non-final part."""

_NOT_PARTS = frozenset(
    "aber alle als also auch auf aus bei bis das dem den der des die durch ein eine einer für gegen"
    " hin hinter mit nach nicht noch nur ober oder ohne sich sie über um und unter uns von vor was"
    " wer wie wir zu zum zur zwischen"
    " ung heit keit lich isch chen lein schaft ion tät ität tum nis sam bar ier ling".split()
)
"""Function words and suffixes that frequency lists contain but that never head a compound part."""


@lru_cache(maxsize=1)
def _lexicon() -> dict[str, float]:
    """Natural log of the frequency of every alphabetic German word above ``MIN_ZIPF``."""
    floor = 10 ** (MIN_ZIPF - 9)
    return {
        word: math.log(freq)
        for word, freq in wordfreq.get_frequency_dict("de").items()
        if freq >= floor and word.isalpha() and word not in _NOT_PARTS
    }


def _lookup(part: str) -> float | None:
    """Log frequency of a part, or None when it is not a usable word."""
    if len(part) < MIN_PART:
        return None
    return _lexicon().get(part)


def _first_parts(word: str, end: int) -> list[tuple[str, float]]:
    """Known lemmas for the non-final part ``word[:end]``, linking element removed.

    Tries each linking element and the dropped final -e (Grenz-schließung ← Grenze).
    """
    prefix = word[:end]
    found: dict[str, float] = {}
    for link in _LINKS:
        if link and not prefix.endswith(link):
            continue
        stem = prefix[: len(prefix) - len(link)]
        for lemma in (stem, stem + "e"):
            score = _lookup(lemma)
            if score is not None:
                found[lemma] = score
    return list(found.items())


@lru_cache(maxsize=1 << 16)
def _segmentations(word: str, depth: int) -> tuple[tuple[tuple[str, ...], float], ...]:
    """All splits of ``word`` into at most ``depth`` known parts, as (parts, sum of log freqs)."""
    results: list[tuple[tuple[str, ...], float]] = []
    whole = _lookup(word)
    if whole is not None:
        results.append(((word,), whole))
    if depth > 1:
        for end in range(MIN_PART, len(word) - MIN_PART + 1):
            heads = _first_parts(word, end)
            if not heads:
                continue
            for rest, rest_score in _segmentations(word[end:], depth - 1):
                for lemma, score in heads:
                    results.append(((lemma, *rest), score + rest_score))
    return tuple(results)


@lru_cache(maxsize=1 << 18)
def split_compound(word: str) -> tuple[str, ...]:
    """The parts of a German compound, or () when the word is better left whole.

    Args:
        word: One lowercase word (umlauts and ß as written).

    Returns:
        The parts as found in the frequency list (inflected heads stay inflected: the stemmer
        reduces them like any token), e.g. ("krieg", "dienst", "leister").
    """
    key = word.replace("ß", "ss")
    if len(key) < MIN_WORD or not key.isalpha():
        return ()
    whole = _lexicon().get(key, -math.inf)
    best: tuple[str, ...] = ()
    best_score = whole
    for parts, total in _segmentations(key, MAX_PARTS):
        if len(parts) > 1 and total / len(parts) > best_score:
            best, best_score = parts, total / len(parts)
    return best
