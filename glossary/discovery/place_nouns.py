"""A place's other name told of a common noun standing for it (``a trading post called
Bangkok. Thais call the city Krung Thep``, ``Founded as Saint Petersburg, the city had been
renamed Petrograd``, ``Die Griechen nennen die Insel Kerkyra``): the noun stands for the
nearest name before it, when that is a place the packages know of the noun's sort."""

from __future__ import annotations

from glossary.discovery.tokenising import _Token
from glossary.gazetteer import place_type

TOWN_NOUNS = frozenset("city town village port Stadt Ort Dorf Hafen Hafenstadt".split())
"""Nouns for a town (not a role such as ``capital``, which passes from town to town)."""

LAND_NOUNS = frozenset(("country", "Land"))
"""Nouns for a land."""

ISLAND_NOUNS = frozenset(("island", "Insel"))
"""Nouns for an island, which the packages may list as a land or as a town (``Korfu``)."""

FITTING_TYPES = {
    **dict.fromkeys(TOWN_NOUNS, ("city", "region")),  # many towns are regions too
    **dict.fromkeys(LAND_NOUNS, ("country", "region")),
    **dict.fromkeys(ISLAND_NOUNS, ("country", "region", "city")),
}
"""What ``place_type`` may say of the place each noun stands for (a land is no town:
``Phibun``, a town too, is not the ``country`` renamed after his name is given)."""

ARTICLES = frozenset(("the", "die", "das", "den"))
"""The definite article that makes the noun stand for a place named before."""

ACTIVE = frozenset(
    "call calls called renamed spell spells spelt spelled nannte nannten nennt nennen".split()
)
"""Naming verbs that take the thing named and then its name (``call the city Y``)."""

NAMING_PARTICIPLES = frozenset(("renamed", "called", "named", "spelt", "spelled"))
"""English participles of a passive that gives the subject a name (``was renamed Y``)."""

AUXILIARIES = frozenset(("is", "was", "were", "are", "been", "has", "had", "have"))
"""Auxiliaries between the noun and the participle; at least one must stand there."""

INDEFINITE = frozenset(("a", "an", "new", "ein", "eine", "einen", "einem", "neue", "neuen"))
"""Words that bring in a new thing by the noun (``a new city``): the noun then stands for it."""

ADVERBS = frozenset(("later", "then", "soon", "officially", "also", "again", "now"))
"""Adverbs that may stand among the auxiliaries (``had then been renamed``)."""

MAX_SENTENCES = 1
"""How many sentence starts may lie between the place and the noun standing for it."""


def noun_renamed(words: list[_Token], named: list[tuple[int, int, str]], index: int) -> str:
    """The name before ``named[index]`` that a place noun, the object of a naming verb or
    the subject of a passive one, stands for; ``""`` when none fits (the nearest name is
    no place of the noun's sort: ``Phibun became prime minister ... his government renamed
    the country Thailand`` gives ``Phibun``, a town of the packages but no land, so nothing)."""
    first = named[index][0]
    noun_at = _noun_of_active(words, first)
    subject_end = noun_at - 3  # the one who names (``Die Griechen nennen die Insel``)
    if noun_at < 0:
        noun_at = _noun_of_passive(words, first)
    if noun_at < 1 or words[noun_at - 1].text.lower() not in ARTICLES:
        return ""
    before = [item for item in named[:index] if item[1] < noun_at - 1 and item[1] != subject_end]
    if not before:
        return ""
    _, last, place = before[-1]
    starts = sum(word.initial for word in words[last + 1 : noun_at])
    if _introduced(words, _sentence_start(words, last), noun_at):
        return ""  # "founded a new city on the Bosporus. The city was called ..."
    fits = place_type(place) in FITTING_TYPES[words[noun_at].text]
    return place if starts <= MAX_SENTENCES and fits else ""


def _noun_of_active(words: list[_Token], first: int) -> int:
    """The token of the place noun in ``VERB the NOUN Name``, or -1."""
    noun_at = first - 1
    if noun_at < 2 or not _place_noun(words[noun_at].text):
        return -1
    return noun_at if words[noun_at - 2].text.lower() in ACTIVE else -1


def _noun_of_passive(words: list[_Token], first: int) -> int:
    """The token of the place noun in ``the NOUN had been renamed Name``, or -1."""
    at = first - 1
    if at < 3 or words[at].text not in NAMING_PARTICIPLES:
        return -1
    at -= 1
    auxiliaries = 0
    while at > 0 and (words[at].text in AUXILIARIES or words[at].text in ADVERBS):
        auxiliaries += words[at].text in AUXILIARIES
        at -= 1
    return at if auxiliaries and _place_noun(words[at].text) else -1


def _place_noun(word: str) -> bool:
    return word in FITTING_TYPES


def _sentence_start(words: list[_Token], at: int) -> int:
    while at > 0 and not words[at].initial:
        at -= 1
    return at


def _introduced(words: list[_Token], start: int, noun_at: int) -> bool:
    """Whether the noun at ``noun_at`` stands after ``a``/``new`` earlier, from ``start``
    on: the text brought in a new place by it, not the one named before."""
    noun = words[noun_at].text.lower()
    return any(
        words[at].text.lower() == noun
        and any(word.text.lower() in INDEFINITE for word in words[max(at - 3, 0) : at])
        for at in range(start, noun_at)
    )
