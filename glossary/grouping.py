"""Names found in the library's documents, grouped into one entry per thing, with a kind.

Two names are one entry when they differ only in German endings (``Obersten``/``Oberste
Heeresleitung``), when they are spellings of one transliteration (``Lukaschenka``,
``Lukaschenko``, ``Lukashenko``), when one is the surname of exactly one full name
(``Ludendorff`` → ``Erich Ludendorff``), or when one is an abbreviation the texts introduce
for (or use beside) the other (``OHL`` → ``Oberste Heeresleitung``).

The kind is the one with most evidence: clues from the texts (titles, head nouns,
prepositions), the place names that ship in packages (countries, regions, cities) and the
company a name keeps in its group (a surname of a person is a person).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from glossary.discovery import NameInfo, abbreviates
from glossary.folding import fold, name_key
from glossary.name_words import ROMAN, head_kind

_ENDING = re.compile(r"(?:e|em|en|er|es|n|s|'s|’s)$")
_TRANSLIT = (
    ("dsch", "j"),
    ("tsch", "ch"),
    ("sch", "sh"),
    ("zh", "j"),
    ("kh", "ch"),
    ("ck", "k"),
    ("ph", "f"),
    ("w", "v"),
    ("j", "y"),
    ("ou", "u"),
)
_VOWELS = set("aeiouy")
_DOUBLE = re.compile(r"(.)\1+")
PERSON_PRIOR = 0.25
"""Votes for "person" per occurrence: the kind of a name that nothing else explains."""

KINDS = ("person", "place", "organisation", "event")
"""The kinds discovery gives; a finer type goes into ``detail``."""


@dataclass
class Group:
    """One discovered thing: its names, where they occur, and the evidence for its kind."""

    names: Counter[str] = field(default_factory=Counter)
    """Every name of the group with how often it was seen."""
    documents: set[str] = field(default_factory=set)
    votes: Counter[str] = field(default_factory=Counter)
    titles: Counter[str] = field(default_factory=Counter)
    detail: str = ""

    @property
    def name(self) -> str:
        """The fullest common name: the most words, then the most frequent, then the first."""
        return max(self.names, key=lambda name: (_words(name), self.names[name], -len(name)))

    @property
    def kind(self) -> str:
        """The kind with most votes. Without strong evidence a name is taken for a person:
        each occurrence adds a little to that, so one "in X" among many mentions of a
        person does not make a place of them."""
        votes = {kind: float(self.votes[kind]) for kind in KINDS}
        votes["person"] += PERSON_PRIOR * sum(self.names.values())
        return max(KINDS, key=lambda kind: votes[kind])

    def absorb(self, other: Group, *, with_kind: bool = True) -> None:
        """Take the names (and, with ``with_kind``, the kind evidence) of ``other``."""
        self.names.update(other.names)
        self.documents |= other.documents
        self.titles.update(other.titles)
        if with_kind:
            self.votes.update(other.votes)
            self.detail = self.detail or other.detail


def _words(name: str) -> int:
    return len([word for word in name.split() if word not in ROMAN])


def loose_key(name: str) -> str:
    """A key that ignores German endings on every word (``Obersten Heeresleitung``)."""
    return " ".join(_ENDING.sub("", word) or word for word in name_key(name).split())


def translit_key(name: str) -> str:
    """A key under which transliterations of one name meet (``Lukaschenko``, ``Lukashenko``)."""
    key = fold(name).replace("-", " ")
    for old, new in _TRANSLIT:
        key = key.replace(old, new)
    return _DOUBLE.sub(r"\1", key)


def group_names(found: dict[str, dict[str, NameInfo]]) -> list[Group]:
    """The groups of every name found, per document id, strongest evidence first."""
    groups: dict[str, Group] = {}
    for doc_id, names in found.items():
        for name, info in names.items():
            group = groups.setdefault(loose_key(name), Group())
            group.names[name] += info.count
            group.documents.add(doc_id)
            group.votes.update(info.votes)
            group.titles.update(info.titles)
    _merge_by(groups, lambda key, group: _translit_bucket(group.name))
    places = {name: info.place for names in found.values() for name, info in names.items()}
    _add_gazetteer_votes(groups.values(), places)
    _merge_abbreviations(groups, found)
    _merge_surnames(groups)
    _kinds_from_lists(groups, found)
    result = list(groups.values())
    result.sort(key=lambda group: -sum(group.names.values()))
    return result


def _translit_bucket(name: str) -> str:
    """Transliterations meet here; a final vowel may vary too (``Lukaschenka``/``-o``)."""
    key = translit_key(name)
    if len(key) >= 7 and key[-1] in _VOWELS:
        key = key[:-1] + "*"
    return key


def _merge_by(groups: dict[str, Group], bucket_of: Callable[[str, Group], str]) -> None:
    buckets: dict[str, str] = {}
    for key in list(groups):
        bucket = bucket_of(key, groups[key])
        owner = buckets.setdefault(bucket, key)
        if owner != key:
            groups[owner].absorb(groups.pop(key))


def _add_gazetteer_votes(groups: Iterable[Group], places: dict[str, str]) -> None:
    """Countries, regions and cities the packages know are places, unless the text says
    otherwise (a title, a head noun)."""
    for group in groups:
        for name in group.names:
            found = places.get(name, "")
            if found:
                group.detail = group.detail or found
                weight = 3 if found == "country" else 1
                group.votes["place"] += weight * (group.names[name] > 0)
                break
        if not group.detail:
            tail = group.name.split()[-1].split("-")[-1]
            head = head_kind(tail)
            group.detail = tail if head else ""


def _merge_abbreviations(groups: dict[str, Group], found: dict[str, dict[str, NameInfo]]) -> None:
    """An abbreviation joins the long form a text introduces it with, or one it spells out
    that occurs in the same document."""
    by_name = {name: key for key, group in groups.items() for name in group.names}
    for names in found.values():
        for abbreviation, info in names.items():
            if not abbreviation.isupper() or abbreviation not in by_name:
                continue
            long_forms = list(info.long_forms) or [
                name for name in names if " " in name and abbreviates(abbreviation, name)
            ]
            targets = {by_name[name] for name in long_forms if name in by_name}
            key = by_name[abbreviation]
            if len(targets) == 1 and key in groups and (target := targets.pop()) != key:
                if target in groups:
                    groups[target].absorb(groups.pop(key))
                    by_name.update({name: target for name in groups[target].names})


def _merge_surnames(groups: dict[str, Group]) -> None:
    """A one-word name that begins or ends exactly one multi-word person name joins it
    (``Ludendorff`` → ``Erich Ludendorff``, ``Genghis`` → ``Genghis Khan``)."""
    full: dict[str, set[str]] = {}
    for key, group in groups.items():
        words = [word for word in key.split() if word.upper() not in ROMAN]
        if len(words) >= 2 and group.kind == "person" and not {"of", "the"} & set(words):
            full.setdefault(words[-1], set()).add(key)
            full.setdefault(words[0], set()).add(key)
    for key in list(groups):
        if " " in key or key not in groups:
            continue
        owners = [owner for owner in full.get(key, set()) if owner in groups]
        # a surname may be a town's name too ("Wilson"): the full name decides the kind
        if len(owners) == 1 and groups[key].kind in ("person", "place"):
            groups[owners[0]].absorb(groups.pop(key), with_kind=False)


def _kinds_from_lists(groups: dict[str, Group], found: dict[str, dict[str, NameInfo]]) -> None:
    """A name with no clue of its own takes the kind of the names it is listed with, when
    they agree on one (``Lanzarote, Fuerteventura und El Hierro``)."""
    owner = {name: key for key, group in groups.items() for name in group.names}
    kinds = {key: group.kind for key, group in groups.items()}
    for key, group in groups.items():
        if any(group.votes[kind] for kind in KINDS):
            continue  # the text already says something about it
        listed: Counter[str] = Counter()
        for names in found.values():
            for name in group.names:
                info = names.get(name)
                for partner, count in (info.partners if info else Counter()).items():
                    partner_key = owner.get(partner)
                    if partner_key and partner_key != key and groups[partner_key].votes:
                        listed[kinds[partner_key]] += count
        if listed:
            kind, count = listed.most_common(1)[0]
            if count > sum(listed.values()) / 2:
                group.votes[kind] += 1
