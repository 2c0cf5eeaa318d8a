"""Word frequencies (wordfreq's lists) by direct look-up in a compact table.

Name discovery asks for tens of thousands of words, and ``wordfreq.zipf_frequency``
tokenises each one first, which costs more than the look-up. And wordfreq keeps each list it
reads as a dict of Python strings and floats: the large German, English and French lists took
about 130 MB of the app's memory. Here each list is read once and kept as one sorted array of
integers, a word's hash and its frequency band together (8 bytes a word, 11 MB for the three);
the strings are freed. A hash of 52 bits makes a false match about one look-up in 10^10 for
a word not in the list. The words asked about are single lower-case words already.
"""

from __future__ import annotations

import math
from array import array
from bisect import bisect_right
from functools import cache, lru_cache

BAND_BITS = 11
"""Bits of the frequency band (wordfreq's centibels below 1; the lists reach about 900)."""
HASH_MASK = (1 << 52) - 1
"""Bits of a word's hash kept beside its band in one signed 64-bit entry."""
BAND_MASK = (1 << BAND_BITS) - 1
STRIDE = 64
"""Entries between two of the look-up index (the index holds 1/64 of them as Python ints)."""


class FrequencyTable:
    """One language's word list: ``frequency(word)`` exactly as wordfreq's dict gives it."""

    def __init__(self, bands: list[list[str]]) -> None:
        """``bands``: wordfreq's cBpack, the words of each centibel band, most frequent first."""
        entries = sorted(
            _hash(word) << BAND_BITS | band for band, words in enumerate(bands) for word in words
        )
        self._entries = array("q", entries)
        self._index = self._entries[::STRIDE].tolist()
        """Every ``STRIDE``-th entry as a list: bisecting the array boxes an integer per
        step, so the search narrows to one stride in the list first (3× faster look-ups)."""

    def frequency(self, word: str) -> float:
        """The word's frequency, 0 when it is not in the list (a word listed twice takes its
        last band, as wordfreq's dict does)."""
        key = _hash(word) << BAND_BITS
        probe = key | BAND_MASK
        block = bisect_right(self._index, probe)
        low = max(block - 1, 0) * STRIDE
        high = min(block * STRIDE, len(self._entries))
        index = bisect_right(self._entries, probe, low, high) - 1
        if index < 0 or self._entries[index] >> BAND_BITS != key >> BAND_BITS:
            return 0.0
        return _band_frequency(self._entries[index] & BAND_MASK)

    @property
    def words(self) -> int:
        return len(self._entries)


def _hash(word: str) -> int:
    """52 bits of the hash of the word's UTF-8 bytes: ``hash(str)`` hashes the string's
    internal buffer, so "h0" (Latin-1 bytes 68 30) and "と" (UCS-2 bytes 68 30) collide."""
    return hash(word.encode()) & HASH_MASK


@cache
def table(language: str) -> FrequencyTable:
    """The language's 'best' wordfreq list, read once per process."""
    from wordfreq import available_languages, read_cBpack

    return FrequencyTable(read_cBpack(available_languages("best")[language]))


@lru_cache(maxsize=1024)
def _band_frequency(band: int) -> float:
    return float(10 ** (-band / 100))  # wordfreq's cB_to_freq(-band)


def zipf(word: str, language: str) -> float:
    """The Zipf frequency of one lower-case word (0 when unknown): 3 is once per million."""
    if not word.isalpha():
        return zipf_frequency(word, language)
    frequency = table(language).frequency(_listed(word))
    return math.log10(frequency) + 9 if frequency else 0.0


def at_least(word: str, language: str, zipf_value: float) -> bool:
    """Whether one lower-case word is at least this frequent (no logarithm taken)."""
    return table(language).frequency(_listed(word)) >= _frequency_of(zipf_value)


def zipf_frequency(word: str, language: str) -> float:
    """``wordfreq.zipf_frequency(word, language)`` to the last digit, from the compact table:
    the word is tokenised as wordfreq does, the tokens' frequencies combined (1/f = 1/f1 +
    1/f2 …, digits smashed and weighted), rounded to three significant digits, and an unknown
    word reads as once per billion (Zipf 0)."""
    from wordfreq.numbers import digit_freq, smash_numbers
    from wordfreq.tokens import lossy_tokenize

    minimum = 1e-9  # wordfreq's zipf_to_freq(0)
    tokens = lossy_tokenize(word, language)
    frequencies = table(language)
    one_over = 0.0
    for token in tokens:
        smashed = smash_numbers(token)
        frequency = frequencies.frequency(smashed)
        if not frequency:
            one_over = 0.0
            break
        if smashed != token:
            frequency *= digit_freq(token)
        one_over += 1.0 / frequency
    unrounded = max(1.0 / one_over, minimum) if one_over else minimum
    rounded = round(unrounded, math.floor(-math.log(unrounded, 10)) + 3)
    return round(math.log(rounded, 10) + 9, 2)


def _listed(word: str) -> str:
    """The word as wordfreq's lists spell it: ``ß`` folded to ``ss`` (``strasse``)."""
    return word.replace("ß", "ss") if "ß" in word else word


@lru_cache(maxsize=64)
def _frequency_of(zipf_value: float) -> float:
    return float(10 ** (zipf_value - 9))
