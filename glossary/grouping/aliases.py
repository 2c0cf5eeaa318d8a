"""Merges the texts state outright: an abbreviation and its long form, a name and one given
in apposition."""

from __future__ import annotations

from glossary.discovery import (
    NameInfo,
    abbreviates,
    is_abbreviation,
)
from glossary.first_names import is_first_name
from glossary.folding import fold, name_key
from glossary.grouping.group import Group
from glossary.name_words import LEGAL_FORMS, NAMING_TITLES, head_kind


def merge_abbreviations(groups: dict[str, Group], found: dict[str, dict[str, NameInfo]]) -> None:
    """An abbreviation joins the long form a text introduces it with, or one it spells out
    that occurs in the same document."""
    by_name = {name: key for key, group in groups.items() for name in group.names}
    for names in found.values():
        for abbreviation, info in names.items():
            introduced = info.long_forms or is_abbreviation(abbreviation)  # "BaFin" introduced
            if not introduced or abbreviation not in by_name:
                continue
            if abbreviation in LEGAL_FORMS:  # "KG" cut off a firm is no "Krause-Gruppe"
                continue
            long_forms = list(info.long_forms) or _spelt_out(abbreviation, names)
            targets = {by_name[name] for name in long_forms if name in by_name}
            key = by_name[abbreviation]
            if len(targets) == 1 and key in groups and (target := targets.pop()) != key:
                if target in groups:  # a person's initials ("FDR") say no organisation
                    owner = groups[target]
                    votes = owner.votes
                    person = votes["person"] > votes["organisation"] and is_first_name(
                        owner.name.split()[0]
                    )
                    groups[target].absorb(groups.pop(key), with_kind=not person)
                    by_name.update({name: target for name in groups[target].names})


def _spelt_out(abbreviation: str, names: dict[str, NameInfo]) -> list[str]:
    """The names of a document whose words ``abbreviation`` spells; of several, those whose
    initials it is (``GNR``: ``Great Northern Railway``, not ``Great Northern``, which
    spells it with an ``r`` inside a word). A place's name (one the packages know, or with a
    place's head noun) and a person's must have each capital as the initial of one of its
    capitalised words: abbreviations stand for bodies far more often,
    and the text does not introduce this one (``NASA`` is no ``North Aral SeA``, ``BBC`` no
    ``Bay of BisCay``; ``ITV`` is ``Independent TeleVision``)."""
    capitals = fold("".join(char for char in abbreviation if char.isupper()))
    spelt = []
    for name, info in names.items():
        words = _without_legal_form(name.replace("-", " ")).split()
        if len(words) < 2 or not abbreviates(abbreviation, " ".join(words)):
            continue
        initials = "".join(fold(word[:1]) for word in words if word[:1].isupper())
        if initials == capitals or not (info.place or _needs_initials(words)):
            spelt.append(name)
    letters = fold(abbreviation)
    initialisms = [
        name
        for name in spelt
        if "".join(fold(word)[:1] for word in name.replace("-", " ").split()) == letters
    ]
    return initialisms if len(spelt) > 1 and initialisms else spelt


def _needs_initials(words: list[str]) -> bool:
    """Whether a name must have an abbreviation's capitals as the initials of its words: a
    place's (one with a place's head noun) or a person's (a given name first, no head noun:
    ``MDR`` is no ``Max DuisbeRg``; ``FDR`` is ``Franklin Delano Roosevelt``)."""
    heads = list(map(head_kind, words))
    return "place" in heads or (not any(heads) and is_first_name(words[0]))


def _without_legal_form(name: str) -> str:
    """A firm's name without the legal form an abbreviation leaves out (``DB`` for ``Deutsche
    Bahn AG``)."""
    words = name.split()
    return " ".join(words[:-1]) if len(words) > 2 and words[-1].rstrip(".") in LEGAL_FORMS else name


def merge_appositions(groups: dict[str, Group], found: dict[str, dict[str, NameInfo]]) -> None:
    """A name the text gives another in apposition (a birth name, ``also known as``) joins
    it; a surname alone after a person's full name is a maiden name, which stands for the
    given name with it (``Anna Schmidt, geborene Weber`` is ``Anna Weber``)."""
    for names in found.values():
        for name, info in names.items():
            for other in info.same_as:
                owner = _group_of(groups, name)
                target = _group_of(groups, _maiden_name(name, other, groups))
                if owner is not None and target is not None and owner != target:
                    groups[owner].apposed.update(groups[target].names)
                    groups[owner].absorb(groups.pop(target))


def merge_peerages(groups: dict[str, Group], found: dict[str, dict[str, NameInfo]]) -> None:
    """The place of a numbered peerage a text gives a person in apposition, alone or after a
    naming title, joins that person (``Palmerston``, ``Lord Palmerston`` → ``Henry John
    Temple``), unless the texts give that peerage to several people (the 6th and the 10th
    Duke of Devonshire); a peerage conferred later counts alike (``Benjamin Disraeli, who had
    been made Earl of Beaconsfield``). The place alone stays apart where another person's
    full name ends on it (``Ada Lovelace``, the earl's wife)."""
    holders: dict[str, dict[str, str]] = {}  # place -> holder's group -> a name of it
    for names in found.values():
        for name, info in names.items():
            for place in info.peerages:
                holder = _group_of(groups, name)
                if holder is not None:
                    holders.setdefault(place, {})[holder] = name
    for place, held in holders.items():
        if len(held) != 1:
            continue
        (name,) = held.values()
        alone = () if _someones_surname(place, groups, held) else (place,)
        titles = [title for title in sorted(NAMING_TITLES) if _may_bear(title, groups, held)]
        for titled in (*alone, *(f"{title} {place}" for title in titles)):
            holder, target = _group_of(groups, name), _group_of(groups, titled)
            if holder is not None and target is not None and target != holder:
                taken = groups.pop(target)  # a town's votes are the title's, not the peer's
                groups[holder].apposed.update(taken.names)
                groups[holder].absorb(taken, with_kind=False)
                groups[holder].votes["person"] += taken.votes["person"]


FEMALE_TITLE = "Lady"
"""The naming title of a peer's wife (``Lady Lovelace``) or of a woman peer."""


def _may_bear(title: str, groups: dict[str, Group], held: dict[str, str]) -> bool:
    """Whether the holder of a peerage may be the one the title names: ``Lady`` the holder
    only where the texts give her that title elsewhere; most peers are men, and ``Lady X``
    is then the wife (``Lady Lovelace`` beside ``Lord Lovelace``)."""
    if title != FEMALE_TITLE:
        return True
    return any(groups[key].titles[FEMALE_TITLE] for key in held if key in groups)


def _someones_surname(place: str, groups: dict[str, Group], held: dict[str, str]) -> bool:
    """Whether another person's full name ends on the peerage's place (``Ada Lovelace``
    beside ``William King, ... Earl of Lovelace``): the place alone may mean either; not
    where it is the peer's own surname."""
    ending = " " + name_key(place)
    if any(key.endswith(ending) for key in held):
        return False  # "George Gordon Byron, 6th Baron Byron": the peer's own surname
    return any(
        key.endswith(ending)
        and group.kind == "person"
        and key not in held
        and is_first_name(group.name.split()[0])  # not "Lord Lovelace"
        for key, group in groups.items()
    )


def _maiden_name(name: str, other: str, groups: dict[str, Group]) -> str:
    """The name ``other`` in apposition to ``name`` stands for: the person's given name with
    a surname given alone when the texts name them so (``Mary Sibthorp`` for ``Mary
    Ellison, née Sibthorp``); no name when they do not and another person of the texts has
    that surname (``Colonel Charles Sibthorp``, whom ``Sibthorp`` alone may mean)."""
    words = name.split()
    if " " in other or len(words) < 2 or not is_first_name(words[0]):
        return other
    full = f"{words[0]} {other}"
    if _group_of(groups, full) is not None:
        return full
    ending = " " + name_key(other)
    others = (key for key in groups if key.endswith(ending) and key != name_key(full))
    return "" if any(groups[key].kind == "person" for key in others) else other


def _group_of(groups: dict[str, Group], name: str) -> str | None:
    """The key of the group that holds ``name`` now (none for ``""``)."""
    if not name:
        return None
    key = name_key(name)
    if key in groups and name in groups[key].names:
        return key
    return next((key for key, group in groups.items() if name in group.names), None)
