"""Double family names after a noble particle (``von Bohlen und Halbach``): one name where
the text writes the pair more than once, two names joined by ``und`` where it does not
(``Philipp von Hessen und Georg von Sachsen``); and a family name that opens with a
capitalised particle (``Maria Di Stasio``)."""

from __future__ import annotations

from collections import Counter

from glossary.discovery.tokenising import _Token
from glossary.first_names import is_first_name

NOBLE_PARTICLES = frozenset(("von", "zu"))

MIN_REPEATS = 2
"""How often a text must write ``von X und Y`` for the pair to be one family name: once may
be two people or places listed (``von Schiller und Goethe``)."""


def double_predicates(words: list[_Token]) -> Counter[tuple[str, str]]:
    """How often the text writes each pair of capitalised words joined by ``und`` after a
    noble particle, the second up to a hyphen (``Halbach-Stiftung``)."""
    pairs: Counter[tuple[str, str]] = Counter()
    for index in range(1, len(words) - 2):
        if words[index - 1].text not in NOBLE_PARTICLES:
            continue  # most words
        first, link, second = words[index], words[index + 1], words[index + 2]
        if link.text == "und" and link.joined and second.joined:
            if first.text[:1].isupper() and second.text[:1].isupper():
                pairs[first.text, second.text.split("-")[0]] += 1
    return pairs


def double_name(words: list[_Token], end: int, pairs: Counter[tuple[str, str]]) -> int:
    """2 where ``und`` and a second family name follow the family name at ``end`` after a
    noble particle, as a pair the text repeats (``pairs``: ``double_predicates``), else 0."""
    if end < 1 or end + 2 >= len(words) or words[end - 1].text not in NOBLE_PARTICLES:
        return 0
    link, second = words[end + 1], words[end + 2]
    if link.text != "und" or not (link.joined and second.joined):
        return 0
    return 2 if pairs[words[end].text, second.text.split("-")[0]] >= MIN_REPEATS else 0


CAPITALISED_PARTICLES = frozenset("Di De Da Del Della Du Van Le La".split())
"""Particles that Italian, French, Portuguese and Dutch family names write with a capital
(``Di Stasio``, ``De Niro``, ``Van Gogh``); German and English write no word so."""


def capitalised_particle(words: list[_Token], end: int) -> bool:
    """Whether a capitalised particle and a capitalised word follow the given name at
    ``end``, each after a space: the particle opens the family name (``Maria Di Stasio``)."""
    if end + 2 >= len(words) or words[end + 1].text not in CAPITALISED_PARTICLES:
        return False
    family = words[end + 2]
    return family.joined and family.text[:1].isupper() and is_first_name(words[end].text)
