"""English discovery: kinds and names from English grammar, orthography and packaged data."""

from __future__ import annotations

import pytest

from glossary.discovered import DiscoveryCache, Source, discovered_entries
from glossary.entities import Entry, Glossary, load_glossary
from glossary.gazetteer import place_type


@pytest.fixture(scope="module")
def curated() -> Glossary:
    return load_glossary(None)


def discover(curated: Glossary, text: str) -> dict[str, Entry]:
    entries = discovered_entries(curated, [Source("doc", text, "en")], DiscoveryCache(None))
    return {name: entry for entry in entries for name in entry.all_names()}


def test_a_state_its_full_name_calls_a_union_is_a_country(curated: Glossary) -> None:
    assert place_type("Soviet Union") == "country"  # "Union of Soviet Socialist Republics"
    found = discover(curated, "The Soviet Union, led by Boris Petrovic, made threats.")
    assert found["Soviet Union"].kind == "place"
    assert place_type("Socialist Union") == ""
