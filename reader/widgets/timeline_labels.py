"""Dates of the timeline and of link reasons in the UI's language."""

from __future__ import annotations

import re
from datetime import date

from babel.dates import format_interval, format_skeleton

from glossary.features import RANGE_JOIN
from glossary.links import SharedTime
from reader.formatting import format_iso_date
from reader.i18n import _

_CALENDAR = re.compile(r"^(\d{4}(?:-\d{2}(?:-\d{2})?)?)(?:T.*)?$")
_WEEK = 7
"""A span of fewer days than this (a week) is shown by its days: "22.–28. März 2021"."""


def mod_words() -> dict[str, str]:
    """What a TIMEX3 ``mod`` adds before a date, translated."""
    return {
        "START": _("early"),
        "MID": _("mid"),
        "END": _("late"),
        "BEFORE": _("before"),
        "AFTER": _("since"),
        "APPROX": _("about"),
    }


def value_label(
    value: str, language: str, first: date | None = None, last: date | None = None
) -> str:
    """A normalised value in words: ``2020-08`` → ``August 2020``; seasons and other spans
    by their interval (``Jun – Aug 2021``) when it is known; else the value itself."""
    match = _CALENDAR.match(value)
    if match:
        return format_iso_date(match.group(1), language)
    start, join, end = value.partition(RANGE_JOIN)
    if join and _CALENDAR.match(start) and _CALENDAR.match(end):  # a range: "1923–1933"
        return f"{value_label(start, language)}–{value_label(end, language)}"
    if value == "PRESENT_REF":
        now = _("now")
        return f"{now} ({format_skeleton('yMMM', first, locale=language)})" if first else now
    if first is not None and last is not None:
        if (last - first).days < _WEEK:  # "in derselben Woche", "wenige Tage später"
            return format_interval(first, last, "yMMMd", locale=language)
        if (first.year, first.month) == (last.year, last.month):
            return format_skeleton("yMMMM", first, locale=language)
        return format_interval(first, last, "yMMM", locale=language)
    return value


def period_words(time: SharedTime, language: str) -> str:
    """A period two linked passages share, as the one that states it writes it ("Sommer
    2021"); when both only carry it on, as the text that set it earlier writes it, or else in
    words in ``language``."""
    if time.text or time.earlier:
        return time.text or time.earlier
    return value_label(
        time.value, language, date.fromordinal(time.first), date.fromordinal(time.last)
    )


def period_reason(time: SharedTime, language: str) -> str:
    """A shared period as a link's reason: :func:`period_words`, marked as context when a
    passage only carries it on from earlier text ("23. November" stated in one sentence, the
    other written with no date at all): the reader should not look for it in both."""
    words = period_words(time, language)
    return f"{words} ({_('context')})" if time.inherited else words


def entry_label(
    value: str, mod: str | None, language: str, first: date | None, last: date | None
) -> str:
    """A date with its mod: ``early March 2022``."""
    label = value_label(value, language, first, last)
    word = mod_words().get(mod or "")
    return f"{word} {label}" if word else label
