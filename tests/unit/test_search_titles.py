"""A glossary name typed with a title or role before it is searched as the name alone."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from test_index_records import make_document

from glossary.entities import Glossary, build_entry
from index import SearchIndex

if TYPE_CHECKING:
    from conftest import MakeIndex

GERMAN = (
    "Bürgermeisterin Ada Morgenroth eröffnete im Mai die neue Bibliothek. "  # 0
    "Morgenroth sprach lange über die Kosten. "  # 1
    "Der Rat stimmte Ada Morgenroth am Ende zu. "  # 2
    "Im Herbst regnete es oft."  # 3
)

ENGLISH = (
    "Sir Henry Wexford built the iron pier in 1871. "  # 0
    "Henry Wexford never saw it finished. "  # 1
    "A storm broke the pier in two."  # 2
)


@pytest.fixture(scope="module")
def index(make_index: MakeIndex) -> SearchIndex:
    return make_index(
        "titles",
        [
            make_document("rathaus", GERMAN, title="Die Bibliothek"),
            make_document("pier", ENGLISH, title="The Pier", language="en"),
        ],
    )


@pytest.fixture(scope="module")
def glossary() -> Glossary:
    morgenroth = build_entry(
        {"id": "morgenroth", "name": "Ada Morgenroth", "kind": "person", "aliases": ["Morgenroth"]}
    )
    wexford = build_entry({"id": "wexford", "name": "Henry Wexford", "kind": "person"})
    lady = build_entry({"id": "lady-ada", "name": "Lady Ada", "kind": "person"})
    return Glossary(
        {
            "morgenroth": replace(morgenroth, titles=("Bürgermeisterin",)),
            "wexford": wexford,
            "lady-ada": lady,
        }
    )


def found(index: SearchIndex, query: str, glossary: Glossary) -> set[tuple[str, int]]:
    return {(hit.doc, hit.sentence) for hit in index.search(query, aliases=glossary).hits}


@pytest.mark.parametrize(
    ("query", "name"),
    [
        ("Bürgermeisterin Morgenroth", "Morgenroth"),  # the card's role
        ("bürgermeisterin ada morgenroth", "ada morgenroth"),  # any case
        ("Präsidentin Morgenroth", "Morgenroth"),  # a title before names in general
        ("Sir Henry Wexford", "Henry Wexford"),  # a name of two words
        ('"Sir Henry Wexford"', '"Henry Wexford"'),  # a phrase
    ],
)
def test_a_title_before_a_name_finds_what_the_name_finds(
    index: SearchIndex, glossary: Glossary, query: str, name: str
) -> None:
    result = index.search(query, aliases=glossary)
    assert not result.fell_back
    assert {(hit.doc, hit.sentence) for hit in result.hits} == found(index, name, glossary)
    assert len(result.hits) >= 2
    assert any("title" in note for note in result.notes)


def test_a_word_that_is_no_title_of_the_name_still_counts(
    index: SearchIndex, glossary: Glossary
) -> None:
    result = index.search("Bibliothek Morgenroth", aliases=glossary)
    assert {(hit.doc, hit.sentence) for hit in result.hits} == {("rathaus", 0)}


def test_a_title_before_no_name_is_searched_as_a_word(
    index: SearchIndex, glossary: Glossary
) -> None:
    assert found(index, "Bürgermeisterin Bibliothek", glossary) == {("rathaus", 0)}
    assert found(index, "Sir", glossary) == {("pier", 0)}


def test_a_title_that_belongs_to_the_name_stays() -> None:
    lady = build_entry({"id": "lady-ada", "name": "Lady Ada", "kind": "person"})
    ada = build_entry({"id": "ada", "name": "Ada", "kind": "person"})
    glossary = Glossary({"lady-ada": lady, "ada": ada})
    assert not glossary.is_title_of("Lady", "Ada")
    assert Glossary({"ada": ada}).is_title_of("Lady", "Ada")


@pytest.mark.parametrize(
    ("title", "name", "kind"),
    [("Bürgermeister", "Lübeck", "place"), ("Präsident", "Hanse", "organisation")],
)
def test_a_general_title_before_a_place_or_body_is_a_search_word(
    title: str, name: str, kind: str
) -> None:
    entry = build_entry({"id": "e", "name": name, "kind": kind})
    assert not Glossary({"e": entry}).is_title_of(title, name)


def test_a_title_before_a_place_keeps_the_query_narrow(tmp_path: Path) -> None:
    index = SearchIndex(tmp_path / "index")
    text = "Der Bürgermeister von Lübeck kam spät. Lübeck lag im Nebel. In Lübeck schneite es."
    index.sync([make_document("nebel", text, title="Nebel")])
    glossary = Glossary({"e": build_entry({"id": "e", "name": "Lübeck", "kind": "place"})})
    assert found(index, "Bürgermeister Lübeck", glossary) == {("nebel", 0)}
