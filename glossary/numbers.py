"""Numbers as one key in any writing: "33", "thirty-three" and "dreiunddreißig" are the same
count, and an English text spells out what a German one writes in digits ("all thirty-three
were well" / "Allen 33 gehe es gut").

The number words are the date tagger's (:mod:`glossary.timex_lang_de`,
:mod:`glossary.timex_lang_en`); a year or a day of a date never reaches here (the link features
blank the digits of dates first).
"""

from __future__ import annotations

import re
from functools import lru_cache

from glossary import timex_lang_de, timex_lang_en

DIGITS = r"(?<![\d.,])\d{1,3}(?:([.,])\d{3}(?:\1\d{3})*)?(?![.,]?\d)"
"""A whole number in digits, thousands grouped by "." or "," ("30.000", "100,000"); not a
decimal ("2,5" is no 2 and no 5)."""

DECIMAL = r"(?<![\d.,])\d{1,3}[.,]\d{1,2}(?![.,]?\d)"
"""A number with one or two decimals ("57,1", "2.5"); three digits after the mark group
thousands (:data:`DIGITS`)."""

NUMBER = rf"{DECIMAL}|{DIGITS}"
"""A number in digits, a decimal first: a pattern of no group of its own before ``DIGITS``'."""

_DIGITS = re.compile(DIGITS)

_DECIMAL = re.compile(DECIMAL)

_DECIMAL_MARKS = {"de": ",", "en": "."}
"""The mark each language writes before decimals: German "57,1 Prozent" is English "57.1 %"."""

_WORDS = {"de": timex_lang_de.WORDS.numbers, "en": timex_lang_en.WORDS.numbers}

_NOT_COUNTS = frozenset({"a", "an", "one", "ein", "eine", "einem", "einen", "einer", "eines"})
"""Articles the tagger reads as "one" in "a week", and "one", as often a pronoun ("no one",
"one of them"): no count of their own."""

_FRACTIONS = frozenset({"anderthalb", "zweieinhalb"})
"""Numbers with a fraction: no whole count."""


@lru_cache(maxsize=4)
def _counts(language: str) -> dict[str, int]:
    words = _WORDS.get(language, {})
    return {
        word.replace("ß", "ss"): value
        for word, value in words.items()
        if word not in _NOT_COUNTS and word not in _FRACTIONS and " " not in word
    }


def number_key(token: str, language: str) -> str | None:
    """The key of a number written in digits or in words ("33" for "thirty-three",
    "dreiunddreißig" and "33"; "30000" for "30.000"; "2.5" for German "2,5"), None for any
    other token."""
    if token[:1].isdigit():
        if _DIGITS.fullmatch(token):
            return re.sub(r"[.,]", "", token)
        return _decimal_key(token, language)
    counts = _counts(language)
    word = token.lower().replace("ß", "ss")
    if word in counts:
        return str(counts[word])
    if language == "en" and "-" in word:  # "thirty-three"
        tens, _, unit = word.partition("-")
        if counts.get(tens, 0) in range(20, 100, 10) and counts.get(unit, 0) in range(1, 10):
            return str(counts[tens] + counts[unit])
    if language == "de" and "und" in word:  # "dreiunddreißig", "einundzwanzig"
        unit, _, tens = word.partition("und")
        unit_value = 1 if unit == "ein" else counts.get(unit, 0)
        if counts.get(tens, 0) in range(20, 100, 10) and unit_value in range(1, 10):
            return str(counts[tens] + unit_value)
    return None


def _decimal_key(token: str, language: str) -> str | None:
    """A decimal's key with a point ("57.1" for German "57,1" and English "57.1"), when it is
    written with its language's decimal mark (a German "1.5" is no decimal); else None."""
    mark = _DECIMAL_MARKS.get(language)
    if mark is None or not _DECIMAL.fullmatch(token) or mark not in token:
        return None
    return token.replace(mark, ".")
