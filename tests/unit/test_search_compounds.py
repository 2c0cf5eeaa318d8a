"""A search word finds the compounds it opens when the splitter could not split them there."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from test_index_records import make_document

from glossary.entities import Glossary, build_entry
from index import SearchIndex
from index.compound_query import compound_words, may_open_compounds

if TYPE_CHECKING:
    from conftest import MakeIndex

TEXT = (
    "Im Januar 1919 barst in Boston ein Tank voller Melasse. "  # 0
    "Die Melasseflut riss Häuser und Wagen mit. "  # 1
    "Nach der Melasseflut roch der Hafen noch wochenlang süß. "  # 2
    "Eine Ratte lief über den Platz. "  # 3
    "Abends spielten die Kinder Domino. "  # 4
    "Brussilow befahl den Angriff im Osten. "  # 5
    "Die Brussilowoffensive begann im Juni 1916. "  # 6
    "In der Verdunschlacht fielen Hunderttausende. "  # 7
    "Bei Verdun lag dichter Nebel. "  # 8
    "Die Brussilowka floss träge durch das Dorf. "  # 9
    "Nach einer Schrecksekunde bremste der Fahrer. "  # 10
    "Am Seeufer lagen drei Boote."  # 11
)


@pytest.fixture(scope="module")
def index(make_index: MakeIndex) -> SearchIndex:
    return make_index("compounds", [make_document("flut", TEXT, title="Eine Flut")])


def sentences(index: SearchIndex, query: str, glossary: Glossary | None = None) -> list[int]:
    return [hit.sentence for hit in index.search(query, aliases=glossary).hits]


def test_a_rare_first_part_finds_its_compounds_below_the_word_itself(index: SearchIndex) -> None:
    found = sentences(index, "Melasse")
    assert set(found) == {0, 1, 2}
    assert found[0] == 0


def test_a_name_finds_the_compound_it_opens(index: SearchIndex) -> None:
    assert sentences(index, "Brussilow")[:1] == [5]
    assert set(sentences(index, "Brussilow")) == {5, 6}


def test_a_name_from_the_glossary_finds_the_compound_it_opens(index: SearchIndex) -> None:
    entries = {
        "verdun": build_entry({"id": "verdun", "name": "Verdun", "kind": "place"}),
        "brussilow": build_entry({"id": "brussilow", "name": "Brussilow", "kind": "person"}),
    }
    glossary = Glossary(entries)
    assert set(sentences(index, "Verdun", glossary)) == {7, 8}
    assert set(sentences(index, "Brussilow", glossary)) == {5, 6}


def test_letters_that_merely_begin_a_word_find_nothing_more(index: SearchIndex) -> None:
    assert 3 not in sentences(index, "Rat")
    assert 4 not in sentences(index, "Dom")
    assert 9 not in sentences(index, "Brussilow")  # "ka" is no word


def test_a_word_finds_no_compound_where_the_splitter_read_a_fragment_as_it(
    index: SearchIndex,
) -> None:
    """ "Schrecksekunde" was split as schreck + see + kunde: the lake found every second."""
    assert sentences(index, "See") == [11]
    assert 10 in sentences(index, "Sekunde")


def test_the_rest_must_be_a_word_or_compound_not_a_suffix() -> None:
    surfaces = ["brussilowling", "brussilowoffensive", "brussilowka", "brussilowsfront"]
    found = compound_words("brussilow", surfaces, name=False)
    assert found == ["brussilowoffensive", "brussilowsfront"]


def test_a_word_the_splitter_knows_is_left_to_the_splitter() -> None:
    assert not compound_words("feuerwehr", ["feuerwehrhaus"], name=False)
    assert compound_words("feuerwehr", ["feuerwehrboot"], name=True)  # names are unsplit
    assert compound_words("melasse", ["melasseflut"], name=False)
    assert not may_open_compounds("rat", name=False)
    assert may_open_compounds("melasse", name=False)


def test_a_word_of_its_own_is_no_compound_of_a_name_it_begins_with() -> None:
    """Review 23 B7: the town Bern found every Bernstein (amber) and Bernhard, Halle every
    Hallenbad; a surface the lexicon holds as a word of its own is left out."""
    assert not compound_words("bern", ["bernstein", "bernhard", "bernsteins"], name=True)
    assert not compound_words("halle", ["hallenbad"], name=True)
    assert not compound_words("bern", ["bernsteinkette"], name=True)
    assert compound_words("verdun", ["verdunschlacht"], name=True) == ["verdunschlacht"]
