"""An event named by a German compound alone and with what sets it apart: an adjective before
it or its place after ``von``/``bei``/``in`` (``Hopfenkrieg``, ``Großer Hopfenkrieg``,
``Hopfenkrieg von Spalt``)."""

from __future__ import annotations

import re

from glossary.folding import name_key
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
