"""A name the glossary holds is searched as a name: its endings and aliases, never its stem."""

from __future__ import annotations

import pytest
from test_index_records import make_document

from glossary.discovered import DiscoveryCache, Source, discovered_entries, with_discovered
from glossary.entities import Glossary, build_entry, load_glossary
from index import SearchIndex

TEXT = (
    "Im Sommer wurde es heiß. "
    "Der Sommer brachte Dürre. "
    "An der Somme kämpften Armeen. "
    "Die Sommes Ufer waren verwüstet. "
    "Die Schlacht an der Somme-Front begann."
)


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> SearchIndex:
    index = SearchIndex(tmp_path_factory.mktemp("names") / "index")
    index.sync([make_document("fluss", TEXT, title="Ein Fluss")])
    return index


@pytest.fixture(scope="module")
def glossary() -> Glossary:
    somme = build_entry({"id": "somme", "name": "Somme", "kind": "place", "aliases": ["Sòmme"]})
    return Glossary({"somme": somme})


def test_a_name_never_finds_an_ordinary_word_sharing_its_stem(
    index: SearchIndex, glossary: Glossary
) -> None:
    hits = index.search("Somme", aliases=glossary).hits
    assert [hit.sentence for hit in hits] and all(hit.sentence >= 2 for hit in hits)
    assert {hit.sentence for hit in hits} == {2, 3, 4}


def test_an_inflected_name_is_a_name_too(index: SearchIndex, glossary: Glossary) -> None:
    assert {hit.sentence for hit in index.search("sommes", aliases=glossary).hits} == {2, 3, 4}


def test_an_ordinary_word_keeps_its_stemmed_search(index: SearchIndex, glossary: Glossary) -> None:
    assert {0, 1} <= {hit.sentence for hit in index.search("Sommers", aliases=glossary).hits}


def test_without_a_glossary_the_stem_still_matches(index: SearchIndex) -> None:
    assert {hit.sentence for hit in index.search("Somme").hits} >= {0, 2}


def test_a_discovered_name_is_searched_as_a_name(index: SearchIndex) -> None:
    curated = load_glossary(None)
    entries = discovered_entries(curated, [Source("fluss", TEXT, "de")], DiscoveryCache(None))
    assert "Somme" in {name for entry in entries for name in entry.all_names()}
    hits = index.search("Somme", aliases=with_discovered(curated, entries)).hits
    assert hits and hits[0].sentence >= 2  # never a sentence about the Sommer first
