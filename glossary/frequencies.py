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
import re
from array import array
from bisect import bisect_right
from functools import cache, lru_cache

BAND_BITS = 11
"""Bits of the frequency band (wordfreq's centibels below 1; the lists reach about 900)."""
HASH_MASK = (1 << 52) - 1
"""Bits of a word's hash kept beside its band in one signed 64-bit entry."""
BAND_MASK = (1 << BAND_BITS) - 1
BUCKET_BITS = 16
"""Bits of the hash that pick a bucket of the look-up index (65,536 buckets, 256 KB)."""
BUCKETS = 1 << BUCKET_BITS
BUCKET_SHIFT = 52 + BAND_BITS - BUCKET_BITS
BUCKET_HASH_SHIFT = 52 - BUCKET_BITS
"""The same bucket from the hash alone (before the band's bits are added)."""


class FrequencyTable:
    """One language's word list: ``frequency(word)`` exactly as wordfreq's dict gives it."""

    def __init__(self, bands: list[list[str]]) -> None:
        """``bands``: wordfreq's cBpack, the words of each centibel band, most frequent first.

        Built with numpy (loaded with the tagger anyway): sorting and indexing the German
        list's 635,000 entries as Python integers took most of a second per process."""
        import numpy as np

        hashes = np.array([_hash(word) for words in bands for word in words], dtype=np.int64)
        sizes = [len(words) for words in bands]
        entries = np.sort(hashes << BAND_BITS | np.repeat(np.arange(len(bands)), sizes))
        self._entries = array("q", entries.tobytes())
        buckets = np.arange(BUCKETS, dtype=np.int64) << BUCKET_SHIFT  # the end of the last
        starts = np.append(np.searchsorted(entries, buckets), len(entries))  # (2**63: no int64)
        self._starts = array("I", starts.astype(np.uint32).tobytes())
        """Where each bucket of entries (the top bits of the hash) begins: the hashes are
        uniform, so a bucket holds about ten entries and a look-up bisects only those (3×
        faster than bisecting an index of every 64th entry, in the same memory)."""

    def band(self, word: str) -> int:
        """The word's frequency band, -1 when it is not in the list (a word listed twice
        takes its last band, as wordfreq's dict does)."""
        hashed = hash(word.encode()) & HASH_MASK  # _hash, inlined: a call per look-up
        bucket = hashed >> BUCKET_HASH_SHIFT
        starts, entries = self._starts, self._entries
        low = starts[bucket]
        index = bisect_right(entries, hashed << BAND_BITS | BAND_MASK, low, starts[bucket + 1]) - 1
        if index < low:
            return -1
        entry = entries[index]
        return entry & BAND_MASK if entry >> BAND_BITS == hashed else -1

    def frequency(self, word: str) -> float:
        """The word's frequency, 0 when it is not in the list."""
        band = self.band(word)
        return _band_frequency(band) if band >= 0 else 0.0

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


_BAND_ZIPF = [math.log10(_band_frequency(band)) + 9 for band in range(BAND_MASK + 1)]
"""The Zipf frequency of each band, worked out once (65 KB)."""


@lru_cache(maxsize=1 << 12)
def zipf(word: str, language: str) -> float:
    """The Zipf frequency of one lower-case word (0 when unknown): 3 is once per million.

    Cached for the last few thousand words (under 1 MB): name discovery asks several times
    about each new word within a few microseconds (how common it is here, in English, as a
    compound's part), and a look-up in the table costs ten times a cache hit."""
    if not word.isalpha():
        return zipf_frequency(word, language)
    band = table(language).band(word.replace("ß", "ss") if "ß" in word else word)  # _listed
    return _BAND_ZIPF[band] if band >= 0 else 0.0


def at_least(word: str, language: str, zipf_value: float) -> bool:
    """Whether one lower-case word is at least this frequent (no logarithm taken): its band
    is one of the first ones, whose frequency reaches the value's."""
    return 0 <= table(language).band(as_listed(word)) < _bands_at_least(zipf_value)


@cache
def frequent_words(language: str, zipf_value: float) -> frozenset[str]:
    """The words of the language's list that ``at_least`` finds at least this frequent, as
    wordfreq spells them (``ss`` for ``ß``): a set look-up of a string, which caches its own
    hash, where ``at_least`` encodes, hashes and bisects. For thresholds that keep the set
    small (German at Zipf 2.8: 54,000 words, 5 MB), asked about many parts of many words."""
    from wordfreq import available_languages, read_cBpack

    bands = read_cBpack(available_languages("best")[language])
    limit = _bands_at_least(zipf_value)
    words: set[str] = set()
    for band, listed in enumerate(bands):
        if band < limit:
            words.update(listed)
        else:  # a word listed again further down takes that band, as in ``table``
            words.difference_update(listed)
    return frozenset(words)


@lru_cache(maxsize=64)
def _bands_at_least(zipf_value: float) -> int:
    """How many bands, from the most frequent, are at least this frequent (the bands'
    frequencies fall with each one)."""
    least = _frequency_of(zipf_value)
    return sum(_band_frequency(band) >= least for band in range(BAND_MASK + 1))


def zipf_frequency(word: str, language: str) -> float:
    """``wordfreq.zipf_frequency(word, language)`` to the last digit, from the compact table:
    the word is tokenised as wordfreq does, the tokens' frequencies combined (1/f = 1/f1 +
    1/f2 …, digits smashed and weighted), rounded to three significant digits, and an unknown
    word reads as once per billion (Zipf 0)."""
    from wordfreq.numbers import digit_freq, smash_numbers

    minimum = 1e-9  # wordfreq's zipf_to_freq(0)
    tokens = _tokens(word, language)
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


_HYPHENATED = re.compile(r"[a-zäöüß]+(?:-[a-zäöüß]+)+")
_SPLIT_AT_HYPHENS = frozenset(("de", "en", "fr"))
"""Languages whose wordfreq tokens of ``_HYPHENATED`` words are their parts."""


def _tokens(word: str, language: str) -> list[str]:
    """wordfreq's tokens of one word (``lossy_tokenize``). Lower-case letters joined by
    hyphens (``brussilow-offensive``, discovery's most frequent case) are cut at the hyphens
    and case-folded here, as wordfreq's Unicode word boundaries and case folding do, in a
    tenth of the time."""
    if language in _SPLIT_AT_HYPHENS and _HYPHENATED.fullmatch(word):
        return [as_listed(part) for part in word.split("-")]
    from wordfreq.tokens import lossy_tokenize

    return lossy_tokenize(word, language)


def as_listed(word: str) -> str:
    """The word as wordfreq's lists spell it: ``ß`` folded to ``ss`` (``strasse``)."""
    return word.replace("ß", "ss") if "ß" in word else word


@lru_cache(maxsize=64)
def _frequency_of(zipf_value: float) -> float:
    return float(10 ** (zipf_value - 9))
