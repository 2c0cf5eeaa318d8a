"""``Group``, one discovered thing with its names and kind evidence: what every merge reads
and joins, and what the glossary shows."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from glossary.discovery import (
    TOWN,
)
from glossary.folding import name_key
from glossary.grouping.keys import _name_words, _numerals, uninflected
from glossary.name_words import (
    NAMING_TITLES,
)

PERSON_PRIOR = 0.25
"""Votes for "person" per occurrence: the kind of a name that nothing else explains."""


PLACE_TYPES = frozenset(("country", "region", "city"))
"""What ``glossary.gazetteer.place_type`` says of a place the packages know."""


SHIP_NOUN_VOTES = 2
"""The votes one ship's noun before a name gives (``discovery.clues``)."""

PART_MARK = "#"
"""Joins a long document's id and the number of one of its parts (``doc#2``): discovery reads
such a document in parts (``glossary.discovered.sources``), which group as documents do."""


def document_of(source: str) -> str:
    """The document a source of names is (itself, or the document it is a part of)."""
    return source.split(PART_MARK, 1)[0]


KINDS = ("person", "place", "organisation", "event", "vessel")
"""The kinds discovery gives (a ship only from a ship's noun before its name); a finer type
goes into ``detail``."""


@dataclass
class Group:
    """One discovered thing: its names, where they occur, and the evidence for its kind."""

    names: Counter[str] = field(default_factory=Counter)
    """Every name of the group with how often it was seen."""
    documents: set[str] = field(default_factory=set)
    votes: Counter[str] = field(default_factory=Counter)
    titles: Counter[str] = field(default_factory=Counter)
    detail: str = ""
    gazetteer: int = 0
    """The place votes that come from the packages' place names, not from the texts."""
    first: dict[str, int] = field(default_factory=dict)
    """Per document, the offset where the group is first named (unknown: not there)."""
    apposed: set[str] = field(default_factory=set)
    """Names it took because a text gave them in apposition (``Mary Ellison, née Sibthorp``
    → ``Mary Sibthorp``): a maiden name, whose surname alone may be a kinsman's."""

    def to_json(self) -> dict[str, object]:
        """The group as JSON data, for the cache of a library's grouped names."""
        return {
            "names": dict(self.names),
            "documents": sorted(self.documents),
            "votes": dict(self.votes),
            "titles": dict(self.titles),
            "detail": self.detail,
            "gazetteer": self.gazetteer,
            "first": self.first,
            "apposed": sorted(self.apposed),
        }

    @classmethod
    def from_json(cls, row: dict[str, Any]) -> Group:
        """A group as ``to_json`` wrote it."""
        return cls(
            names=Counter(row["names"]),
            documents=set(row["documents"]),
            votes=Counter(row["votes"]),
            titles=Counter(row["titles"]),
            detail=str(row["detail"]),
            gazetteer=int(row["gazetteer"]),
            first={str(doc): int(at) for doc, at in row["first"].items()},
            apposed=set(row["apposed"]),
        )

    @property
    def name(self) -> str:
        """The fullest common name: the most words, then a ruler's with the numeral, then a
        base form rather than an inflected one (``Denver``, not ``Denvers``), then the most
        frequent, then the shortest."""
        keys = {name_key(name) for name in self.names}

        def rank(name: str) -> tuple[int, bool, bool, int, int]:
            inflected = any(form in keys for form in uninflected(name_key(name)))
            numbered = bool(_numerals(name))  # "Elizabeth II", not "Elizabeth"
            return (_words(name), numbered, not inflected, self.names[name], -len(name))

        return max(self.names, key=rank)

    @property
    def kind(self) -> str:
        """The kind with most votes. Without strong evidence a name is taken for a person:
        each occurrence adds a little to that, so one "in X" among many mentions of a
        person does not make a place of them. A name the text once gives a ship's noun
        (``der Kreuzer Exeter``) is a ship, however often an article or a town's list
        speaks for a place (``die Exeter``)."""
        if self.votes["vessel"] >= SHIP_NOUN_VOTES:
            return "vessel"
        votes = {kind: float(self.votes[kind]) for kind in KINDS}
        if self.detail not in PLACE_TYPES:  # the packages know it as a place: no default
            votes["person"] += PERSON_PRIOR * sum(self.names.values())
        return max(KINDS, key=lambda kind: votes[kind])

    @property
    def shown_detail(self) -> str:
        """The detail to show with the kind: a kind of place only for a place or a state,
        since "Queen Victoria" is a person, whatever else the packages know by that name."""
        if self.detail in (*PLACE_TYPES, TOWN) and self.kind not in ("place", "state"):
            return ""
        return self.detail

    def absorb(self, other: Group, *, with_kind: bool = True) -> None:
        """Take the names (and, with ``with_kind``, the kind evidence) of ``other``."""
        self.names.update(other.names)
        self.documents |= other.documents
        self.titles.update(other.titles)
        self.apposed |= other.apposed
        for doc_id, offset in other.first.items():
            self.first[doc_id] = min(offset, self.first.get(doc_id, offset))
        if with_kind:
            self.votes.update(other.votes)
            self.gazetteer += other.gazetteer
            self.detail = self.detail or other.detail


def named_after(short: Group, full: Group) -> bool:
    """Whether each text that has both names gives ``full`` before ``short``."""
    shared = short.first.keys() & full.first.keys()
    return bool(shared) and all(full.first[doc] < short.first[doc] for doc in shared)


def _words(name: str) -> int:
    """How many words of a name say who it is: those of ``_name_words`` (no regnal numeral
    or generation suffix, with or without its period), without a naming title
    (``Horatio Nelson`` heads a group before ``Lord Nelson``)."""
    words = _name_words(name)
    return len(words) - bool(words and words[0] in NAMING_TITLES)
