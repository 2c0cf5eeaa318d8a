"""What discovery hands back about one name, and how a reading is stopped.

``NameInfo`` is what the discovery cache stores and what grouping reads, so it stands apart
from the code that fills it.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any


class DiscoveryCancelled(Exception):
    """The caller asked discovery to stop (the app is quitting)."""


def _counter() -> Counter[str]:
    """An empty ``Counter``, made without ``Counter.__init__`` (Python code that only calls
    ``update`` with nothing): five per name, for thousands of names a document, cost
    several times as much through it."""
    return Counter.__new__(Counter)


@dataclass
class NameInfo:
    """What one document says about one (cleaned) name."""

    count: int = 0
    votes: Counter[str] = field(default_factory=_counter)
    """Evidence for each kind, one vote per occurrence and clue."""
    titles: Counter[str] = field(default_factory=_counter)
    """Titles and roles seen before the name (``General``)."""
    long_forms: Counter[str] = field(default_factory=_counter)
    """For an abbreviation: the long forms the text introduces it with (``Oberste
    Heeresleitung (OHL)``)."""
    first: int = -1
    """Offset of the first occurrence."""
    place: str = ""
    """``country``, ``region`` or ``city`` when the packages' place names include it (kept
    with the reading, so grouping a cached library needs no place list)."""
    partners: Counter[str] = field(default_factory=_counter)
    """Names it stands in a list with (``Lanzarote, Fuerteventura und El Hierro``): things
    listed together are mostly of one kind."""
    same_as: Counter[str] = field(default_factory=_counter)
    """Other names the text gives it in apposition (``Marie Curie, geboren als Maria
    Skłodowska``, ``also known as``): one thing."""
    peerages: Counter[str] = field(default_factory=_counter)
    """The places of numbered peerages the text gives it in apposition (``Henry John Temple,
    3rd Viscount Palmerston``): ``Palmerston`` and ``Lord Palmerston`` name that person."""

    def to_json(self) -> dict[str, object]:
        """A JSON-ready form for the discovery cache."""
        return {
            "count": self.count,
            "votes": dict(self.votes),
            "titles": dict(self.titles),
            "long_forms": dict(self.long_forms),
            "first": self.first,
            "partners": dict(self.partners),
            "same_as": dict(self.same_as),
            "peerages": dict(self.peerages),
            "place": self.place,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> NameInfo:
        """The inverse of ``to_json``.

        Raises:
            KeyError, TypeError, ValueError: the data is not what ``to_json`` wrote.
        """
        return cls(
            count=int(data["count"]),
            votes=Counter(dict(data["votes"])),
            titles=Counter(dict(data["titles"])),
            long_forms=Counter(dict(data["long_forms"])),
            first=int(data["first"]),
            partners=Counter(dict(data["partners"])),
            same_as=Counter(dict(data["same_as"])),
            peerages=Counter(dict(data["peerages"])),
            place=str(data["place"]),
        )
