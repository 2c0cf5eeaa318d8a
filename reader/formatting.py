"""Dates and numbers written out in the UI's language with Babel.

Babel is imported when a date is first written, not with this module: its import (with its
time-zone detection) and a language's data cost ~35 ms, and the first frame takes its dates
from ``reader.remembered_dates``.
"""

from __future__ import annotations

import datetime as dt


def format_iso_date(value: str, language: str) -> str:
    """``2024-02-13T20:33`` → ``13. Februar 2024`` (de) / ``February 13, 2024`` (en).

    Partial dates keep their precision: ``2023-11`` → ``November 2023``, ``2023`` → ``2023``.
    Anything unparseable is returned unchanged; an unknown language writes English.
    """
    from babel import Locale, UnknownLocaleError
    from babel.dates import format_date, format_skeleton

    parts = value[:10].split("-")
    try:
        locale = Locale.parse(language or "en")
    except (ValueError, TypeError, UnknownLocaleError):
        locale = Locale.parse("en")
    try:
        numbers = [int(p) for p in parts if p]
        if len(numbers) >= 3:
            return format_date(dt.date(*numbers[:3]), format="long", locale=locale)
        if len(numbers) == 2:
            return format_skeleton("yMMMM", dt.date(numbers[0], numbers[1], 1), locale=locale)
    except (ValueError, TypeError):
        return value
    return value
