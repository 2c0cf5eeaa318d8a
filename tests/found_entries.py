"""Discovery replaced by a fixed list of found entries, for tests of what the reader decides
about them (the names are in the bundled texts; whatever discovery proposes today)."""

from __future__ import annotations

from typing import Any

import pytest

import glossary.discovered as discovered
from glossary.entities import Alias, Entry, Kind
from glossary.folding import name_key

FOUND = [
    ("found-westen", ("Westen", "Westens"), Kind.PLACE),
    ("found-opposition", ("Opposition",), Kind.ORGANISATION),
    ("found-markup", ("[bold]Fett[/]",), Kind.PERSON),
]
"""The entries discovery "finds": id, names as written, kind."""


def propose_found_entries(monkeypatch: pytest.MonkeyPatch) -> None:
    """Discovery proposes ``FOUND``, minus rejected names and names the glossary has."""

    def fake(
        glossary: Any,
        documents: Any,
        cache: Any,
        rejected: Any = (),
        cancelled: Any = None,
        catalogue: Any = None,
    ) -> list[Entry]:
        refused = {name_key(name) for name in rejected}
        known = {name_key(n) for entry in glossary.entries.values() for n in entry.all_names()}
        entries = []
        for entry_id, names, kind in FOUND:
            kept = [name for name in names if name_key(name) not in refused | known]
            if kept:
                aliases = tuple(Alias(name, exact=True) for name in kept)
                entries.append(Entry(entry_id, kept[0], "", kind, aliases, "", source="discovered"))
        return entries

    monkeypatch.setattr(discovered, "discovered_entries", fake)
