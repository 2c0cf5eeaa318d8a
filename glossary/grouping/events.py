"""An event named by a German compound alone and with what sets it apart: an adjective before
it or its place after ``von``/``bei``/``in`` (``Hopfenkrieg``, ``Großer Hopfenkrieg``,
``Hopfenkrieg von Spalt``); an English one with and without ``of`` and its place; a thing
named after its town before or after its head (``Saalfelder Aufstand``, ``Aufstand von
Saalfeld``)."""

from __future__ import annotations

import re

from glossary.folding import name_key
from glossary.gazetteer import place_type
from glossary.grouping.evidence import is_place
from glossary.grouping.group import PLACE_TYPES, Group
from glossary.name_words import compound_head_kind, head_kind

PLACE_WORDS = frozenset(("von", "bei", "in"))
"""The prepositions before the place an event is named after (``Eisflut von Meißen``)."""

MAX_PLACE_WORDS = 2
"""The most words of that place (``Eisflut von Bad Schandau``)."""

ORDINAL = re.compile(
    r"(?:erst|zweit|dritt|viert|fünft|sechst|siebt|acht|neunt|zehnt|elft|zwölft|letzt)e[nmrs]?",
    re.IGNORECASE,
)
"""A German ordinal adjective (``Zweite``, ``Letzter``; not ``Erstaunliche``): it tells one
event of a series from another, so it is no mere description."""

Shape = tuple[str, str]
"""The adjective before an event's compound and the place after it (either may be ``""``)."""


def merge_event_short_forms(groups: dict[str, Group]) -> None:
    """A one-word German compound on an event's head (``Eisflut``; not the head alone,
    ``Krieg``) is one event with the events named by it with an adjective before it or a
    place after it, when those names agree: one adjective at most, one place at most, no
    ordinal (``Erste Eisflut``, ``Zweite Eisflut`` are two floods; ``Eisflut von Meißen``,
    ``Eisflut von Pirna`` two as well), and names with an adjective and names with a place
    only where one name has both (``Große Eisflut`` and ``Eisflut von Meißen`` may be two
    floods a century apart). A place the packages know or a name with a title stays apart."""
    owners: dict[str, set[str]] = {}
    shapes: dict[str, set[Shape]] = {}
    for key, group in groups.items():
        if group.kind != "event":
            continue
        for name in group.names:
            parts = _event_parts(name)
            if parts is not None:
                compound, shape = parts
                owners.setdefault(name_key(compound), set()).add(key)
                shapes.setdefault(name_key(compound), set()).add(shape)
    for short, keys in owners.items():
        held = groups.get(short)
        if held is None or held.titles or held.detail in PLACE_TYPES:
            continue
        if not _agree(shapes[short]):
            continue
        members = sorted(key for key in keys if key in groups and key != short)
        if not members:
            continue
        owner = members[0]
        for other in members[1:]:
            groups[owner].absorb(groups.pop(other))
        groups[owner].absorb(groups.pop(short), with_kind=False)


def _agree(shapes: set[Shape]) -> bool:
    """Whether the adjectives and places an event's compound is named with can be one event's:
    one adjective, one place, no ordinal, and a name with both where there are both."""
    adjectives = {adjective for adjective, _ in shapes if adjective}
    places = {place for _, place in shapes if place}
    if len(adjectives) > 1 or len(places) > 1:
        return False
    if any(ORDINAL.fullmatch(adjective) for adjective in adjectives):
        return False
    return not (adjectives and places) or any(all(shape) for shape in shapes)


def _event_parts(name: str) -> tuple[str, Shape] | None:
    """The compound an event's name is built on, with its adjective and place: ``Große
    Eisflut`` → ``("Eisflut", ("Große", ""))``; none for a name of another shape."""
    words = name.split()
    at = next((index for index, word in enumerate(words) if _event_compound(word)), -1)
    if at < 0 or at > 1 or len(words) == 1:
        return None
    adjective = words[0] if at == 1 else ""
    rest = words[at + 1 :]
    if adjective and not adjective[:1].isupper():
        return None
    if rest and (rest[0] not in PLACE_WORDS or not 1 <= len(rest) - 1 <= MAX_PLACE_WORDS):
        return None
    if rest and not all(word[:1].isupper() for word in rest[1:]):
        return None
    return words[at], (adjective, " ".join(rest[1:]))


def _event_compound(word: str) -> bool:
    """Whether a word is a compound on an event's head, not the head alone (``Eisflut``,
    ``Hopfenkrieg``; not ``Krieg``)."""
    return word.isalpha() and compound_head_kind(word) == "event" and not head_kind(word)


def town_adjectives(town: str) -> set[str]:
    """The German adjectives a town's name makes (``Saalfeld`` → ``Saalfelder``, ``Bremen``
    → ``Bremer``, ``München`` → ``Münchner``, ``Goslar`` → ``Goslarer``); not the
    irregular ones (``Halle`` makes ``Hallenser``, while ``Haller`` is Schwäbisch Hall's)."""
    forms = {town + "er"}
    if town.endswith("en"):
        forms |= {town[:-2] + "er", town[:-2] + "ner"}
    elif town.endswith("e"):
        forms.add(town[:-1] + "er")
    return forms


def merge_town_word_order(groups: dict[str, Group]) -> None:
    """A thing named after its town before and after its head is one thing: German puts the
    town's adjective before it or the town after ``von`` (``Saalfelder Aufstand``,
    ``Aufstand von Saalfeld``), English the town before it or after ``of`` (``Bombay
    Presidency``, ``Presidency of Bombay``). Not for people (``Thomas of York`` is no ``York
    Thomas``), and only when the texts or the packages know the word after ``von`` or
    ``of`` as a place (``Ballade von Kessler``, after a person, is no ``Kesslerer Ballade``).
    Two dates of one town's events are not compared: a text that dates ``Schlacht von
    Leipzig`` and ``Leipziger Schlacht`` apart still gets one entry."""
    before: dict[str, str] = {}
    for key, group in groups.items():
        if group.kind != "person":
            before.update({name_key(name): key for name in group.names if " " in name})
    for key in [key for key, group in groups.items() if group.kind != "person"]:
        for name in list(groups[key].names) if key in groups else ():
            owner = next((before[k] for k in _fronted(name, groups) if k in before), key)
            if owner != key and owner in groups:
                groups[key].absorb(groups.pop(owner))


def _fronted(name: str, groups: dict[str, Group]) -> list[str]:
    """The keys of ``name`` with its town after ``von`` or ``of`` put before its head, as
    an adjective in German (none for a name of another shape, or when no place follows)."""
    words = name.split()
    if len(words) < 3 or words[-2] not in TOWN_WORDS or not _a_place(words[-1], groups):
        return []
    head, town = " ".join(words[:-2]), words[-1]
    fronts = town_adjectives(town) if words[-2] == "von" else {town}
    return [name_key(f"{front} {head}") for front in sorted(fronts)]


def _a_place(name: str, groups: dict[str, Group]) -> bool:
    """Whether the texts use ``name`` as a place or the packages know it as one."""
    return name[:1].isupper() and (is_place(name_key(name), groups) or bool(place_type(name)))


TOWN_WORDS = frozenset(("von", "of"))
"""The word before the town a thing is named after, when it follows the head."""


def merge_short_of_place(groups: dict[str, Group]) -> None:
    """An English event's name without ``of`` and its place is that event when the texts name
    one event so (``Great Smog``, ``Great Smog of London``; ``Great Fire`` beside ``Great
    Fire of London`` and ``Great Fire of Rome`` stays apart). Two words at least: ``Siege``
    alone is no name of ``Siege of Leningrad``."""
    owners: dict[str, set[str]] = {}
    for key, group in groups.items():
        if group.kind != "event":
            continue
        for name in group.names:
            short, of, place = name.partition(" of ")
            if of and " " in short and _a_place(place, groups):
                owners.setdefault(name_key(short), set()).add(key)
    for short, keys in owners.items():
        held = groups.get(short)
        if len(keys) == 1 and held is not None and held.kind == "event":
            owner = next(iter(keys))
            if owner != short and owner in groups:
                groups[owner].absorb(groups.pop(short))
