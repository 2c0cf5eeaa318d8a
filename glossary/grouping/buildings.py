"""A building named with and without its head (``Höfði House`` and ``Höfði``, ``Klinikum
Siloah`` and ``Siloah``), a ship with and without its prefix (``HMS Pandora``, ``the
Pandora``)."""

from __future__ import annotations

from glossary.first_names import is_first_name
from glossary.folding import name_key
from glossary.gazetteer import place_type
from glossary.grouping.group import PLACE_TYPES, Group
from glossary.grouping.surnames import names_person
from glossary.name_words import ANY_SHIP_PREFIX

BUILDING_HEADS_AFTER = frozenset(
    "House Hall Castle Palace Abbey Priory Manor Lodge Cottage Parsonage".split()
)
"""English heads after a building's name that a text may leave out once it has named the
building (``at Höfði``); ``Court``, ``Tower`` or ``Bridge`` name other things alone too."""

BUILDING_HEADS_BEFORE = frozenset(
    """Schloss Kloster Palais Villa Klinikum Hotel Museum Theater Gasthof Gasthaus Kaufhaus
    Bankhaus Brauerei""".split()
)
"""German heads before a building's or a house's name that a text may leave out (``im
Klinikum Siloah`` ... ``am Siloah``); not a park's (``Nationalpark Sächsische Schweiz`` is
not the region it is named after)."""

SHIP_HEADS = ANY_SHIP_PREFIX - {"SS"}
"""A ship's prefixes, which a text leaves out once it has named the ship; not ``SS``, which
also begins the names of the SS's units (``SS Das Reich``)."""


def merge_building_short_forms(groups: dict[str, Group]) -> None:
    """A name alone joins the one building the texts name by it and a building's head
    (``Höfði House``, ``Höfði``), or the one ship they name by it and a prefix, unless the
    packages know the name as a place (``Windsor Castle`` and the town ``Windsor``) or it
    is the surname of a person the texts name in full (``Hamilton House``, ``Alexander
    Hamilton``), or it names two buildings (``Ashby Hall``, ``Ashby Manor``), or the texts
    tell of it as of something else (``_named_otherwise``)."""
    owners: dict[str, set[str]] = {}
    for key, group in groups.items():
        for name in group.names:
            bare = _without_building_head(name)
            if bare:
                owners.setdefault(name_key(bare), set()).add(key)
    for bare, keys in owners.items():
        held = groups.get(bare)
        if len(keys) != 1 or held is None or bare in keys:
            continue
        name = held.name
        if place_type(name) or held.detail in PLACE_TYPES or names_person([name], groups):
            continue
        if _named_otherwise(held):
            continue
        owner = next(iter(keys))
        if owner in groups:
            groups[owner].absorb(groups.pop(bare), with_kind=False)


OTHER_KINDS = ("person", "organisation", "event")
"""Kinds a building's or ship's short form is not: their evidence in the texts (a verb of
saying, a firm's word) outweighing the place's or ship's keeps the short form apart."""


def _named_otherwise(group: Group) -> bool:
    """Whether the texts tell of a name alone as of another thing than a building or ship:
    with a title (``Senator White``, ``Admiral Hood``), as a personal name or one that
    begins with a given name (``Ludwig``, ``Ronald Reagan``; not ``Museum Ludwig``, ``USS
    Ronald Reagan``), or with more evidence for a person, organisation or event than for a
    place or ship (``Parliament voted``)."""
    if group.titles or is_first_name(group.name.split()[0]):
        return True
    other = max(group.votes[kind] for kind in OTHER_KINDS)
    return other > group.votes["place"] + group.votes["vessel"]


def _without_building_head(name: str) -> str:
    """The name of a building without its head, or of a ship without its prefix (``""``
    when it has none)."""
    words = name.split()
    if len(words) < 2:
        return ""
    if words[-1] in BUILDING_HEADS_AFTER:
        return " ".join(words[:-1])
    if words[0] in BUILDING_HEADS_BEFORE or words[0] in SHIP_HEADS:
        return " ".join(words[1:])
    return ""
