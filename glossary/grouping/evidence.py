"""A group's kind evidence beyond the texts' clues: the packages' place names, the names a
group is listed with, and whether the texts use a name as a place, which several merges ask."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator

from glossary.discovery import (
    NameInfo,
)
from glossary.grouping.group import KINDS, Group
from glossary.name_words import (
    compound_head_kind,
    head_kind,
)


def add_gazetteer_votes(groups: Iterable[Group], places: dict[str, str]) -> None:
    """Countries, regions and cities the packages know are places, unless the text says
    otherwise (a title, a head noun)."""
    for group in groups:
        for name in group.names:
            found = places.get(name, "")
            if found:
                group.detail = group.detail or found
                weight = 3 if found == "country" else 1
                group.gazetteer = weight * (group.names[name] > 0)
                group.votes["place"] += group.gazetteer
                break
        if not group.detail:
            tail = group.name.split()[-1].split("-")[-1]
            head = head_kind(tail)
            group.detail = tail if head else ""


def is_place(key: str, groups: dict[str, Group]) -> bool:
    """Whether the texts use the name as a place (``in Denver``); a town of that name
    somewhere (``DuMont``, a town in New Jersey) is not enough."""
    group = groups.get(key)
    return group is not None and group.votes["place"] > group.gazetteer


def placed_beyond_articles(key: str, groups: dict[str, Group]) -> bool:
    """``is_place`` with more place votes than the one an article before each occurrence
    gives (``the Great Northern``, ``die Treuhand``, as ``die Normandie``): a head noun or a
    preposition (``Hudson River``, ``in Denver``) says place, an article alone may not."""
    group = groups.get(key)
    if group is None:
        return False
    return group.votes["place"] > group.gazetteer + sum(group.names.values())


def placed_in_text(key: str, groups: dict[str, Group]) -> bool:
    """``is_place`` without the votes a one-word German name's own compound head gives it,
    two an occurrence as any head noun's (``Hallberg``, a ``-berg``): they say what the word
    looks like, not that a text puts it to a place."""
    group = groups.get(key)
    if group is None:
        return False
    name = group.name
    own = (
        2 * sum(group.names.values())
        if " " not in name and compound_head_kind(name) == "place"
        else 0
    )
    return group.votes["place"] > group.gazetteer + own


def used_as_place(group: Group) -> bool:
    """Whether most of a known place's occurrences have a place clue in the texts (``in
    Jena``), beyond the packages' vote."""
    return 2 * (group.votes["place"] - group.gazetteer) >= sum(group.names.values())


def kinds_from_lists(groups: dict[str, Group], found: dict[str, dict[str, NameInfo]]) -> None:
    """A name with no clue of its own in the texts takes the kind of the names it is listed
    with, when they agree on one, those the texts say something about counting twice
    (``Lanzarote,
    Fuerteventura und El Hierro``; ``Ford, Toyota und Holden`` after ``Automarken``, even
    where a town has the name)."""
    owner = {name: key for key, group in groups.items() for name in group.names}
    kinds = {key: group.kind for key, group in groups.items() if group.votes}
    weight = {key: 2 if _text_votes(group) else 1 for key, group in groups.items()}
    for key, group in groups.items():
        if _text_votes(group):
            continue  # the text already says something about it
        listed: Counter[str] = Counter()
        for partner_key, count in _listed_with(key, group, found, owner):
            if partner_key in kinds:
                listed[kinds[partner_key]] += count * weight[partner_key]
        if listed:
            kind, count = listed.most_common(1)[0]
            if count > sum(listed.values()) / 2:  # beats a town of that name somewhere
                group.votes[kind] += 1 + (group.gazetteer if group.detail == "city" else 0)


def firms_by_their_lists(
    groups: dict[str, Group], found: dict[str, dict[str, NameInfo]]
) -> set[str]:
    """The one-word names the texts list only with organisations, twice or more (``Bayer, die
    BASF und Agfa``; ``Bayer`` ... ``Hoechst``): a firm named after its founder, not his
    surname alone. They get the organisations' votes, those the texts say something about
    counting twice, as in ``kinds_from_lists``."""
    owner = {name: key for key, group in groups.items() for name in group.names}
    kinds = {key: group.kind for key, group in groups.items() if group.votes}
    firms: set[str] = set()
    for key, group in groups.items():
        if " " in group.name:
            continue
        listed: Counter[str] = Counter()
        votes = 0
        for partner_key, count in _listed_with(key, group, found, owner):
            listed[kinds.get(partner_key, "")] += count
            votes += count * (2 if _text_votes(groups[partner_key]) else 1)
        if set(listed) == {"organisation"} and listed["organisation"] >= MIN_LISTINGS:
            group.votes["organisation"] += votes
            firms.add(key)
    return firms


MIN_LISTINGS = 2
"""How often a name must stand beside organisations in lists to count as one of them."""


def _listed_with(
    key: str, group: Group, found: dict[str, dict[str, NameInfo]], owner: dict[str, str]
) -> Iterator[tuple[str, int]]:
    """The key of each other group a text lists one of ``group``'s names with, and how often
    (``owner`` maps each name to its group's key), text by text and name by name."""
    for names in found.values():
        for name in group.names:
            info = names.get(name)
            for partner, count in (info.partners if info else Counter()).items():
                partner_key = owner.get(partner)
                if partner_key and partner_key != key:
                    yield partner_key, count


def _text_votes(group: Group) -> int:
    """The kind votes that come from the texts, not from the packages' place names."""
    return sum(group.votes[kind] for kind in KINDS) - group.gazetteer
