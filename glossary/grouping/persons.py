"""Merges of a person's fuller and shorter names: middle names, familiar and rendered given
names, the land
after ``von``, double surnames, regnal numerals, and a naming title moved to the card."""

from __future__ import annotations

from collections import Counter

from glossary.discovery.word_classes import COMMON_ZIPF, GENERATIONS
from glossary.first_names import is_first_name, is_listed_first_name, is_surname
from glossary.folding import name_key
from glossary.frequencies import zipf
from glossary.grouping.evidence import is_place
from glossary.grouping.group import PLACE_TYPES, Group, named_after
from glossary.grouping.keys import _name_words, _numerals
from glossary.grouping.surnames import _given_after, dominant, introduced_before, ruled_names
from glossary.name_words import (
    CONNECTORS,
    NAMING_TITLES,
    head_kind,
)
from glossary.nicknames import is_nickname, is_rendering


def merge_shortened(groups: dict[str, Group]) -> None:
    """A person's name without middle names joins the one full name it shortens (``Thomas
    Edison`` → ``Thomas Alva Edison``): same first and last word, the rest left out, the full
    name given first; the given names may be initials (``I. K. Brunel`` → ``Isambard Kingdom
    Brunel``); or
    without the given names before a surname of two words (``Lloyd George`` → ``David Lloyd
    George``; of two such people, the one named before it, then more often: ``Garrett
    Anderson`` is Elizabeth, not her daughter Louisa); or without the surname a woman took
    at marriage after her own (``Jocelyn Bell`` → ``Jocelyn Bell Burnell``)."""
    longer: dict[tuple[str, str], list[str]] = {}
    tails: dict[tuple[str, ...], set[str]] = {}
    married: dict[tuple[str, ...], list[str]] = {}
    for key, group in groups.items():
        words = _name_words(key)
        if len(words) >= 2 and group.kind == "person" and not _is_initial(words[0]):
            longer.setdefault((words[0][0] + ".", words[-1]), []).append(key)
        if len(words) >= 3 and group.kind == "person":
            longer.setdefault((words[0], words[-1]), []).append(key)
            written = group.name.split()
            if words[-2] not in CONNECTORS and len(written) == len(words):
                if taken_surname(written[-1]):
                    married.setdefault(tuple(words[:-1]), []).append(key)
            for name in group.names:  # "David Lloyd George", as the text writes it
                written = _name_words(name)
                for cut in range(1, len(written) - 1):
                    if not all(map(is_first_name, written[:cut])):
                        break
                    tail = tuple(_name_words(name_key(" ".join(written[cut:]))))
                    tails.setdefault(tail, set()).add(key)
    for key in list(groups):
        words = _name_words(key)
        if len(words) < 2 or key not in groups:
            continue
        owners = [
            owner
            for owner in longer.get((words[0], words[-1]), [])
            if owner != key
            and owner in groups
            and _subsequence(words, _name_words(owner))
            and not _named_first(groups[key], groups[owner])
        ]
        if not owners:
            surnamed = [owner for owner in tails.get(tuple(words), ()) if owner in groups]
            owner = dominant(introduced_before(surnamed, groups[key], groups), groups, groups[key])
            owners = [owner] if owner is not None and owner != key else []
        if not owners and groups[key].kind == "person":
            owners = [owner for owner in married.get(tuple(words), ()) if owner in groups]
        if len(owners) == 1:
            groups[owners[0]].absorb(groups.pop(key), with_kind=False)


def taken_surname(word: str) -> bool:
    """Whether ``word`` after a woman's name can be the surname she took at marriage: a
    surname or a rare word, not a head noun that names a thing after her (``Ada Lovelace
    Day``, ``Marie Curie Hospital``) nor a common word (``Prize``)."""
    if head_kind(word):
        return False
    common = max(zipf(word.lower(), "en"), zipf(word.lower(), "de")) >= COMMON_ZIPF
    return is_surname(word) or not common


def merge_familiar(groups: dict[str, Group]) -> None:
    """A person's name with a familiar form of the given name joins the one full name of the
    same surname it stands for (``Ed Hillary`` → ``Edmund Hillary``, ``Bill Clinton`` →
    ``William Jefferson Clinton``, ``Fritz Walter`` → ``Friedrich Walter``)."""
    by_surname: dict[str, list[str]] = {}
    for key, group in groups.items():
        words = _name_words(key)
        if len(words) >= 2 and group.kind == "person":
            by_surname.setdefault(words[-1], []).append(key)
    for members in by_surname.values():
        for key in members:
            words = _name_words(key)
            owners = [
                owner
                for owner in members
                if owner in groups
                and is_nickname(words[0], (full := _name_words(owner))[0])
                and _subsequence(words[1:], full[1:])
            ]
            if len(owners) == 1 and key in groups:
                groups[owners[0]].absorb(groups.pop(key), with_kind=False)


def merge_rendered(groups: dict[str, Group]) -> None:
    """A person's name with the given name rendered in another language or script joins the
    one name that is otherwise the same (``Lew Tolstoi`` → ``Leo Tolstoi``, ``Nikolai I.`` →
    ``Nikolaus I.``, ``William I`` → ``Wilhelm I``); a given name alone is no such name."""
    alike: dict[tuple[tuple[str, ...], tuple[str, ...]], list[str]] = {}
    for key, group in groups.items():
        words, numerals = _name_words(key), tuple(_numerals(key))
        if (len(words) >= 2 or numerals) and group.kind == "person":
            alike.setdefault((tuple(words[1:]), numerals), []).append(key)
    for members in alike.values():
        for key in members:
            given = _name_words(key)[0]
            owners = [
                owner
                for owner in members
                if owner != key and owner in groups and is_rendering(given, _name_words(owner)[0])
            ]
            if len(owners) == 1 and key in groups:
                kept, taken = owners[0], key  # the form a text names first heads the group
                if not named_after(groups[key], groups[kept]):
                    kept, taken = taken, kept
                groups[kept].absorb(groups.pop(taken), with_kind=False)


def merge_middle_names(groups: dict[str, Group]) -> None:
    """A given name alone that is the middle given name of exactly one person's full name,
    and begins or ends no other, joins that person when a text named them in full first
    (``Emanuel`` → ``Carl Philipp Emanuel Bach``, the name he went by); ``Philipp``, a
    middle name of two people there, stays apart, as does a numbered ruler's name."""
    middles: dict[str, set[str]] = {}
    outer: set[str] = ruled_names(groups)
    for key, group in groups.items():
        if group.kind != "person":
            continue
        for name in group.names:
            words = _name_words(name_key(name))
            if len(words) >= 2:
                outer.update((words[0], words[-1]))
            for word in words[1:-1]:
                if word not in CONNECTORS:
                    middles.setdefault(word, set()).add(key)
    for key in list(groups):
        owners = [owner for owner in middles.get(key, ()) if owner in groups and owner != key]
        if key in outer or len(owners) != 1 or not is_first_name(groups[key].name):
            continue
        if groups[key].kind == "person" and _given_after(groups[key], groups[owners[0]]):
            groups[owners[0]].absorb(groups.pop(key), with_kind=False)


def merge_designated(groups: dict[str, Group]) -> None:
    """A person's name of two words or more without the land or house after ``von``/``of``
    joins the one full name that has it (``Franz Ferdinand`` → ``Franz Ferdinand von
    Österreich-Este``, ``Henry VIII`` → ``Henry VIII of England``); a given name alone is
    left to the surname rules (``Otto``, ``Otto von Bismarck``)."""
    designated: dict[str, list[str]] = {}
    for key, group in groups.items():
        words = key.split()
        cut = next((i for i, word in enumerate(words) if word in CONNECTORS), 0)
        if cut >= 2 and group.kind == "person":
            designated.setdefault(" ".join(words[:cut]), []).append(key)
    for key in list(groups):
        owners = [owner for owner in designated.get(key, []) if owner in groups]
        if len(owners) == 1 and groups[key].kind == "person":
            groups[owners[0]].absorb(groups.pop(key), with_kind=False)


def _named_first(short: Group, full: Group) -> bool:
    """Whether a text names ``short`` before ``full`` and that has a middle name written
    out: a name without the middle names stands for one given in full before it; one given
    before is a namesake (``Sir William Cavendish`` in 1553, ``William Spencer Cavendish``
    the 6th Duke; ``John Adams``, his son ``John Quincy Adams``), unless the full name only
    adds initials (``John Glenn ... Senator John H. Glenn Jr.``)."""
    middle = _name_words(name_key(full.name))[1:-1]
    if all(map(_is_initial, middle)):
        return False
    shared = short.first.keys() & full.first.keys()
    return any(short.first[doc] < full.first[doc] for doc in shared)


def merge_double_surnames(groups: dict[str, Group]) -> None:
    """A person's given name with one part of a double surname joins the one full name
    with the whole (``Hans Stosch``, ``Irène Curie`` → ``Hans Stosch-Sarrasani``, ``Irène
    Joliot-Curie``)."""
    doubles: dict[tuple[str, str], list[str]] = {}
    for key, group in groups.items():
        words = group.name.split()
        if len(words) == 2 and "-" in words[1] and group.kind == "person":
            for part in words[1].split("-"):
                doubles.setdefault((name_key(words[0]), name_key(part)), []).append(key)
    for key in list(groups):
        words = [name_key(word) for word in groups[key].name.split()] if key in groups else []
        owners = doubles.get((words[0], words[-1]), []) if len(words) == 2 else []
        if len(owners) == 1 and owners[0] in groups and owners[0] != key:
            groups[owners[0]].absorb(groups.pop(key), with_kind=False)


def merge_regnal_names(groups: dict[str, Group]) -> None:
    """A ruler's name without the regnal numeral joins the one ruler of that name
    (``Elizabeth`` → ``Elizabeth II``, ``Gustav Adolf`` → ``Gustav II. Adolf``), unless
    another ruler (``Wilhelm I.``, ``Wilhelm II.``) or another person (``Elizabeth
    Blackwell``) has it too, or it is a place the packages know and the texts use as one,
    and when each text names the ruler with the numeral first (``Napoleon`` before
    ``Napoleon III.`` is his uncle). A son's name with a generation suffix (``Henry Ford
    junior``) or a numeral after a surname (``John D. Rockefeller III``) never takes the
    father's name, and a name alone that is another person's surname too (``Ford`` beside
    ``Henry Ford`` and ``Ford II``) stays apart."""
    rulers: dict[str, list[str]] = {}
    for key, group in groups.items():
        if _numerals(key) and group.kind == "person" and not _namesake_of_kin(key):
            rulers.setdefault(" ".join(_name_words(key)), []).append(key)
    full_names = [
        words for key in groups if len(words := _name_words(key)) >= 2 and not _numerals(key)
    ]
    first_words = Counter(words[0] for words in full_names)
    surnames = Counter(words[-1] for words in full_names)
    for key in list(groups):
        owners = rulers.get(key, [])
        known_place = groups[key].detail in PLACE_TYPES and is_place(key, groups)
        if len(owners) != 1 or _numerals(key) or known_place:
            continue
        if not named_after(groups[key], groups[owners[0]]) and not _numbered_next(
            groups[key], groups[owners[0]]
        ):
            continue  # "Napoleon ... Napoleon III.": the uncle came first
        if " " not in key and (first_words[key] or surnames[key]):
            continue  # "Elizabeth" may be Elizabeth Blackwell, "Ford" Henry Ford
        groups[owners[0]].absorb(groups.pop(key), with_kind=False)


MONARCHS = frozenset(
    """Kaiser Kaiserin König Königin Zar Zarin Sultan Kalif Schah Papst
    King Queen Emperor Empress Tsar Czar Tsarina Caliph Shah Pope""".split()
)
"""The titles of rulers who bear regnal numerals."""

NUMBERED_WITHIN = 400
"""How far (in characters, about two sentences) after a ruler's title and given name a text
may give the same ruler's numeral."""


def _numbered_next(short: Group, ruler: Group) -> bool:
    """Whether each text that names ``short`` first, with a ruler's title, gives the
    numbered name right after it (``Zarin Katharina erließ ein Manifest ... Katharina II.,
    selbst eine Prinzessin``): one ruler introduced by title, then by numeral; an earlier
    namesake is named apart, not in the next sentence with the title."""
    shared = short.first.keys() & ruler.first.keys()
    if not shared or not MONARCHS & set(short.titles):
        return False
    return all(0 < ruler.first[doc] - short.first[doc] <= NUMBERED_WITHIN for doc in shared)


def _namesake_of_kin(key: str) -> bool:
    """Whether a name's numeral tells a son or grandson from a father of the same name, not a
    ruler's: a generation suffix (``Henry Ford junior``, ``Lucas Cranach der Jüngere``) or a
    numeral after a word that is no given name (``John D. Rockefeller III``; a ruler's
    follows a given name: ``Gustav II. Adolf``, ``Friedrich Wilhelm III.``). The name
    without it is the father, never the same person."""
    words = _name_words(key)
    kin = set(_numerals(key)) & set(GENERATIONS.values())
    return bool(kin) or (len(words) >= 2 and not is_listed_first_name(words[-1].capitalize()))


def _subsequence(short: list[str], long: list[str]) -> bool:
    """Whether the words of ``short`` stand in ``long`` in order, an initial for a word it
    begins (``franklin d. roosevelt`` in ``franklin delano roosevelt``)."""
    remaining = iter(long)
    return all(any(_spells(word, other) for other in remaining) for word in short)


def _spells(word: str, other: str) -> bool:
    """``word`` is ``other`` or its initial (``d.`` for ``delano``)."""
    if _is_initial(word) and not other.endswith("."):
        return other.startswith(word[0])
    return word == other


def _is_initial(word: str) -> bool:
    """Whether a name's word (a key: ``d.``) is an initial."""
    return len(word) == 2 and word.endswith(".")


def titles_to_card(group: Group) -> None:
    """A naming title goes on the card where the person's group has a full name and the
    surname alone too (``Lord Nelson`` beside ``Nelson`` for Horatio Nelson): the surname is
    the mention. ``Lady Gaga`` with no other full name stays her name."""
    full = [name for name in group.names if len(name.split()) >= 2]
    for name in list(group.names):
        words = name.split()
        if group.kind == "person" and len(words) == 2 and words[0] in NAMING_TITLES:
            if words[1] in group.names and len(full) > 1:
                count = group.names.pop(name)
                group.names[words[1]] += count
                group.titles[words[0]] += count
