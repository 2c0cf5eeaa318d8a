"""Where one German text uses a month as a ruler's given name (``August der Starke``,
``August II.``): a name opens there, though the month opens none elsewhere (``im August``)."""

from __future__ import annotations

from glossary.discovery.lexicon import _adjective_form
from glossary.discovery.tokenising import _Token
from glossary.discovery.word_classes import BYNAME_ARTICLES
from glossary.first_names import is_listed_first_name
from glossary.name_words import ROMAN

TIME_BEFORE_A_MONTH = frozenset("im seit bis ab vom zum anfang mitte ende".split())
"""Words that make the month after them a time: the article and capitalised adjective after it
are then a nominalised adjective of the clause (``Seit August der Neue im Amt ist``), not a
byname; a regnal numeral still names a ruler (``seit August II.``)."""


def months_as_given_names(text: str, words: list[_Token], months: frozenset[str]) -> set[int]:
    """The positions of months, listed as given names too, that stand right before a regnal
    numeral with its period (``August II.``) or a byname: an article and a capitalised
    adjective that no capitalised word follows (``August dem Starken``; not ``im August den
    Ersten Preis``)."""
    named: set[int] = set()
    for index in range(len(words) - 1):
        month = words[index].text
        if month not in months or not is_listed_first_name(month):
            continue  # most words: no month
        following = words[index + 1]
        if not following.joined:
            continue
        if following.text in ROMAN and text[following.end : following.end + 1] == ".":
            named.add(index)
        elif (
            following.text in BYNAME_ARTICLES
            and _byname_after(words, index + 2)
            and not (index and words[index - 1].text.lower() in TIME_BEFORE_A_MONTH)
        ):
            named.add(index)
    return named


def _byname_after(words: list[_Token], position: int) -> bool:
    """A capitalised adjective at ``position``, joined, and no capitalised word after it."""
    if position >= len(words) or not words[position].joined:
        return False
    if not (words[position].text[:1].isupper() and _adjective_form(words[position].text)):
        return False
    after = words[position + 1] if position + 1 < len(words) else None
    return after is None or not (after.joined and after.text[:1].isupper())
