"""Calendar words: the names of months, weekdays, seasons, parts of the day and time units.

Two passages that both say "im Juni" or "last summer" share a word, but what they share is a
time, and time is weighed by the dates themselves (a June of another year is no link at all).
So a link between passages whose only shared words are calendar words rests on nothing: these
words are never theme evidence on their own. The words come from the date tagger's vocabulary
(CLDR's month, weekday and unit names through Babel, the tagger's season and day-part words),
under their lemma keys and, for words meeting another language, their cognate keys.
"""

from __future__ import annotations

from functools import cache

from glossary.cognates import cognate_key
from glossary.timex_lang_de import WORDS as GERMAN
from glossary.timex_lang_en import WORDS as ENGLISH
from glossary.timex_lexicon import lexicon
from glossary.word_keys import word_key

CALENDAR_UNITS = frozenset({"Y", "M", "W", "D", "Q", "DE", "CE", "H"})
"""Units that name a stretch of the calendar; "second" and "minute" also mean other things."""

AMBIGUOUS = frozenset({"fall", "march", "spring"})
"""Calendar words that are as often other words: German "Fall" is a case, "march" and "spring"
also a walk and a source of water."""


@cache
def calendar_keys() -> frozenset[str]:
    """Lemma keys of the calendar words of German and English, and the cognate keys under
    which the month and weekday names meet across the two."""
    words: set[str] = set()
    names: set[str] = set()
    for language in (GERMAN, ENGLISH):
        calendar = lexicon(language.code)
        names.update(calendar.full_months)
        names.update(day.lower() for day in calendar.weekdays)
        words.update(word for word, unit in calendar.units.items() if unit in CALENDAR_UNITS)
        words.update(language.seasons)
        words.update(language.day_parts)
    keys = {word_key(word) for word in words | names}
    cognates = {cognate_key(word_key(name)) for name in names}
    return frozenset((keys | {cognate for cognate in cognates if cognate}) - AMBIGUOUS)


def is_calendar_word(key: str) -> bool:
    """Whether a lemma or cognate key is a calendar word's."""
    return key in calendar_keys()
