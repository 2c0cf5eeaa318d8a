"""Word frequencies (wordfreq) by direct look-up: name discovery asks for tens of thousands
of words, and ``wordfreq.zipf_frequency`` tokenises each one first, which costs more than
the look-up. The words asked about are single lower-case words already."""

from __future__ import annotations

import math
from functools import lru_cache

from wordfreq import get_frequency_dict, zipf_frequency


def zipf(word: str, language: str) -> float:
    """The Zipf frequency of one lower-case word (0 when unknown): 3 is once per million."""
    if not word.isalpha():
        return float(zipf_frequency(word, language))
    frequency = get_frequency_dict(language).get(_listed(word))
    return math.log10(frequency) + 9 if frequency else 0.0


def at_least(word: str, language: str, zipf_value: float) -> bool:
    """Whether one lower-case word is at least this frequent (no logarithm taken)."""
    frequency = get_frequency_dict(language).get(_listed(word), 0.0)
    return frequency >= _frequency_of(zipf_value)


def _listed(word: str) -> str:
    """The word as wordfreq's lists spell it: ``ß`` folded to ``ss`` (``strasse``)."""
    return word.replace("ß", "ss") if "ß" in word else word


@lru_cache(maxsize=64)
def _frequency_of(zipf_value: float) -> float:
    return float(10 ** (zipf_value - 9))
