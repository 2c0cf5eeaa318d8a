"""Grouping rules narrowed to where they hold (review 24): a bare ``written`` before a date,
short forms of buildings and ships, one vowel sound apart, a town's two word orders."""

from __future__ import annotations

from collections import Counter

import pytest

from glossary.entities import Glossary
from glossary.folding import name_key
from glossary.grouping.events import merge_town_word_order
from glossary.grouping.group import Group
from tests.unit.test_glossary_discovery import curated, discover

__all__ = ["curated"]  # the fixture, shared with the discovery tests


def test_written_before_a_date_is_no_other_spelling(curated: Glossary) -> None:
    found = discover(
        curated,
        "Her reply to Hartmann, written Easter Sunday, was short. The hymn Morning Star, "
        "written Easter Sunday 1820 in Bristol, spread quickly. Hartmann kept the reply.",
        language="en",
    )
    assert "Hartmann" in found and "Morning Star" in found
    assert found["Hartmann"] is not found.get("Easter Sunday")
    assert found["Morning Star"] is not found.get("Easter Sunday")
    assert found["Hartmann"] is not found["Morning Star"]


@pytest.mark.parametrize(
    ("text", "language", "building", "other"),
    [
        pytest.param(
            "The Ashcombe House stood empty for years. Later, Ashcombe, who chairs the "
            "council, spoke to reporters. Councillor Ashcombe opposed the sale.",
            "en",
            "Ashcombe House",
            "Ashcombe",
            id="a_titled_person",
        ),
        pytest.param(
            "Die Brauerei Kessler braut in Kulmbach Bier. Trainer Kessler sagte nach dem "
            "Spiel, die Mannschaft sei müde gewesen.",
            "de",
            "Brauerei Kessler",
            "Kessler",
            id="a_coach_and_a_brewery",
        ),
        pytest.param(
            "The frigate HMS Edward Grey left Portsmouth in May. Edward Grey, who had served "
            "as foreign secretary, would have been pleased.",
            "en",
            "HMS Edward Grey",
            "Edward Grey",
            id="a_ship_and_the_statesman_it_is_named_after",
        ),
        pytest.param(
            "The crew of HMS Talbot fought on. Admiral Talbot had given the ship his name.",
            "en",
            "HMS Talbot",
            "Talbot",
            id="a_ship_and_a_titled_admiral",
        ),
    ],
)
def test_a_person_is_no_short_form_of_a_building_or_ship(
    curated: Glossary, text: str, language: str, building: str, other: str
) -> None:
    found = discover(curated, text, language=language)
    assert building in found and other in found
    assert found[building] is not found[other]


def test_a_given_name_alone_is_no_short_form_of_a_museum(curated: Glossary) -> None:
    found = discover(
        curated,
        "Im Museum Friedrich eröffnete eine Ausstellung über Friedrich, den preußischen "
        "König, der die Sammlung begann.",
        language="de",
    )
    assert "Museum Friedrich" in found and "Friedrich" in found
    assert found["Museum Friedrich"] is not found["Friedrich"]


@pytest.mark.parametrize(
    ("text", "one", "other"),
    [
        pytest.param(
            "The chairman, Paul Dearson, presented the figures. The analyst Ruth Dierson "
            "doubted them. Dearson answered at length, but Dierson was not convinced.",
            "Dearson",
            "Dierson",
            id="two_surnames",
        ),
        pytest.param(
            "The firm Kleiber of Leeds makes valves. Its rival Klauber of York sued Kleiber, "
            "and Klauber lost the case.",
            "Kleiber",
            "Klauber",
            id="two_firms",
        ),
    ],
)
def test_names_one_vowel_sound_apart_that_are_no_places_stay_apart(
    curated: Glossary, text: str, one: str, other: str
) -> None:
    found = discover(curated, text, language="en")
    assert one in found and other in found
    assert found[one] is not found[other]


def _group(name: str, kind: str) -> Group:
    return Group(names=Counter({name: 2}), votes=Counter({kind: 3}))


def test_a_person_after_of_is_no_town_before_the_head() -> None:
    """``The Ballad of Mallory`` (a ballad about a man) and ``the Mallory Ballad`` (one of
    the town of that name) are one only when the texts say Mallory is a place."""
    groups = {
        name_key(name): _group(name, kind)
        for name, kind in [
            ("Ballad of Mallory", "event"),
            ("Mallory Ballad", "event"),
            ("Mallory", "person"),
        ]
    }
    merge_town_word_order(groups)
    assert name_key("Mallory Ballad") in groups and name_key("Ballad of Mallory") in groups
    groups = {
        name_key(name): _group(name, kind)
        for name, kind in [
            ("Ballad of Mallory", "event"),
            ("Mallory Ballad", "event"),
            ("Mallory", "place"),
        ]
    }
    merge_town_word_order(groups)
    assert len(groups) == 2
