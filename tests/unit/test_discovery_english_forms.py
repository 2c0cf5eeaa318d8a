"""English discovery: names whose form hides them (a title's possessive, a route named after
both its ends, a byname after a naming verb)."""

from __future__ import annotations

import pytest

from glossary.entities import Entry, Glossary, load_glossary
from tests.unit.test_glossary_discovery import discover as discover_in


@pytest.fixture(scope="module")
def curated() -> Glossary:
    return load_glossary(None)


def discover(curated: Glossary, text: str) -> dict[str, Entry]:
    return discover_in(curated, text, language="en")


def test_a_titles_possessive_with_no_determiner_opens_a_place(curated: Glossary) -> None:
    text = (
        "Barges sailed from Bishop's Stortford to London. Wool went by way of King's Lynn. "
        "All the King's Men was a novel. The company sold Rupert's Land in 1869."
    )
    found = discover(curated, text)
    assert "Bishop's Stortford" in found and "King's Lynn" in found
    assert "Rupert's Land" in found
    assert "Lynn" not in found and "Stortford" not in found
    assert "King's Men" not in found  # after "the": the king's own men


def test_a_canal_or_railway_is_named_after_both_its_ends(curated: Glossary) -> None:
    text = (
        "Coal came down the Leeds and Liverpool Canal. The Stockton and Darlington Railway "
        "opened in 1825. Traffic ran between the Thames and Fleet Street."
    )
    found = discover(curated, text)
    assert "Leeds and Liverpool Canal" in found
    assert "Stockton and Darlington Railway" in found
    assert "Fleet Street" in found and "Thames and Fleet Street" not in found


def test_a_byname_after_a_naming_verb_is_one_name(curated: Glossary) -> None:
    text = (
        "Arthur Pellow ruled the valley for thirty years. His tenants nicknamed him the Red "
        "Earl, and the abbey was called the Lantern of the Marsh. The Earl's heir sold it."
    )
    found = discover(curated, text)
    assert "Red Earl" in found and found["Red Earl"].kind == "person"
    assert "Lantern of the Marsh" in found
    assert "Earl" not in found  # the title alone stays anyone's


def test_the_and_a_capitalised_word_after_a_given_name_is_a_byname(curated: Glossary) -> None:
    text = (
        "The port was founded by Magnus the Navigator in 1250. In 1547 Ivan the Terrible took "
        "the town. In Florence the Medici ruled, and she gave Anne the Royal Charter."
    )
    found = discover(curated, text)
    assert found["Magnus the Navigator"].kind == "person"
    assert found["Ivan the Terrible"].kind == "person"
    assert "Florence the Medici" not in found and "Anne the Royal Charter" not in found


def test_a_known_place_after_a_verb_or_preposition_is_a_name(curated: Glossary) -> None:
    text = (
        "The railway reached Reading in 1840. Cotton ships sailed to Mobile. In Roman times "
        "the town grew, and the charter was translated into Latin."
    )
    found = discover(curated, text)
    assert found["Reading"].kind == "place" and found["Mobile"].kind == "place"
    assert "Roman" not in found and "Latin" not in found


def test_a_noun_always_capitalised_before_of_the_opens_a_name(curated: Glossary) -> None:
    text = (
        "The cemetery holds the Plot of the Nameless, where victims lie. She became a Fellow "
        "of the Royal Society in 1901."
    )
    found = discover(curated, text)
    assert "Plot of the Nameless" in found
    assert "Royal Society" in found and "Fellow of the Royal Society" not in found


def test_english_landscape_heads_end_a_places_name(curated: Glossary) -> None:
    text = (
        "Steam pumps came in the 1820s. Whittlesey Mere, the last great lake, was drained in "
        "1851. Wicken Fen was a marsh, and boats rounded Dungeness Point."
    )
    found = discover(curated, text)
    for name in ("Whittlesey Mere", "Wicken Fen", "Dungeness Point"):
        assert found[name].kind == "place", name


def test_a_landscape_named_by_a_plural_head_beside_its_common_noun(curated: Glossary) -> None:
    text = (
        "Sheep grazed on the Downs above the town. Few people crossed the Downs in winter. "
        "The downs near the coast are lower, and the hills inland are higher."
    )
    found = discover(curated, text)
    assert found["Downs"].kind == "place"
    assert "Hills" not in found
