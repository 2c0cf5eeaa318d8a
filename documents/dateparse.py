"""Parse a publication date written out in words, with month names from Babel's locale data."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from babel import Locale

_NUMERIC = re.compile(
    r"^(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?:[T ](?P<hh>\d{1,2}):(?P<mm>\d{2}))?$"
)
_DOTTED = re.compile(
    r"^(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{4})(?:,?\s+(?P<hh>\d{1,2}):(?P<mm>\d{2}))?"
)


@lru_cache(maxsize=8)
def month_numbers(language: str) -> dict[str, int]:
    """Lower-cased month names and abbreviations of a language (plus English) to 1-12."""
    names: dict[str, int] = {}
    for locale in _locales(language):
        for context in ("format", "stand-alone"):
            for width in ("wide", "abbreviated"):
                for number, name in locale.months[context][width].items():
                    names[name.lower().rstrip(".")] = number
    return names


@lru_cache(maxsize=8)
def weekday_names(language: str) -> frozenset[str]:
    """Lower-cased full weekday names of a language (plus English): ``Easter Sunday`` is a
    day, not a person."""
    return frozenset(
        name.lower()
        for locale in _locales(language)
        for name in locale.days["format"]["wide"].values()
    )


def _locales(language: str) -> list[Locale]:
    """Babel's locales of ``language`` and of English, those Babel knows."""
    from babel import Locale, UnknownLocaleError  # here: most texts give no date in words

    found = []
    for code in dict.fromkeys((language or "en", "en")):
        try:
            found.append(Locale.parse(code))
        except (ValueError, UnknownLocaleError):
            continue
    return found


def _iso(year: int, month: int, day: int | None, hour: str | None, minute: str | None) -> str:
    if not 1 <= month <= 12 or (day is not None and not 1 <= day <= 31):
        return ""
    value = f"{year:04d}-{month:02d}"
    if day is not None:
        value += f"-{day:02d}"
        if hour is not None and minute is not None and int(hour) < 24 and int(minute) < 60:
            value += f"T{int(hour):02d}:{minute}"
    return value


def parse_published(value: str, language: str = "en") -> str:
    """Turn ``13. Februar 2024 20:33``, ``February 13, 2024`` or ``2024-02-13`` into ISO 8601.

    Returns "" when the value is not a recognisable date.
    """
    value = value.strip()
    for pattern in (_NUMERIC, _DOTTED):
        match = pattern.match(value)
        if match:
            return _iso(int(match["y"]), int(match["m"]), int(match["d"]), match["hh"], match["mm"])
    months = month_numbers(language)
    words = re.findall(r"\d{1,2}:\d{2}|\d+|[^\W\d_]+", value)
    year = next((int(w) for w in words if w.isdigit() and len(w) == 4), None)
    month = next((months[w.lower()] for w in words if w.lower() in months), None)
    if year is None or month is None:
        return str(year) if year and not month else ""
    day = next((int(w) for w in words if w.isdigit() and len(w) <= 2), None)
    time = next((w for w in words if ":" in w), None)
    hour, minute = time.split(":") if time else (None, None)
    return _iso(year, month, day, hour, minute)
