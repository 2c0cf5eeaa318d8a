"""Discovery: abbreviations beside numbers, women's titles, capitalised particles
and newspapers (issue 15, session 24)."""

from __future__ import annotations

import pytest

from glossary.entities import Glossary
from glossary.name_words import is_title
from tests.unit.test_glossary_discovery import curated, discover

__all__ = ["curated"]  # the fixture, shared with the discovery tests


@pytest.mark.parametrize(
    ("text", "abbreviation"),
    [
        pytest.param(
            "Der Umbau der Halle kostete 4 Mio. Euro und dauerte zwei Jahre.",
            "Mio",
            id="a_count_before_the_abbreviation",
        ),
        pytest.param(
            "Den Grundriss der Halle zeigt Abb. 3 auf der nächsten Seite.",
            "Abb",
            id="a_reference_number_after_the_abbreviation",
        ),
    ],
)
def test_an_abbreviation_beside_a_number_is_no_name(
    curated: Glossary, text: str, abbreviation: str
) -> None:
    assert abbreviation not in discover(curated, text)


def test_a_short_town_before_a_year_is_still_a_name(curated: Glossary) -> None:
    found = discover(curated, "Im Herbst zog die Familie nach Ulm. 1893 kam der Sohn zur Welt.")
    assert found["Ulm"].kind == "place"


@pytest.mark.parametrize(
    ("title", "is_one"),
    [("Oberbürgermeisterin", True), ("Staatssekretärin", True), ("Drin", False)],
)
def test_a_womans_title_is_a_title(title: str, is_one: bool) -> None:
    assert is_title(title) is is_one


def test_a_womans_title_stays_out_of_her_name(curated: Glossary) -> None:
    found = discover(
        curated, "Am Abend eröffnete Oberbürgermeisterin Gisela Brandhorst das neue Hallenbad."
    )
    assert "Gisela Brandhorst" in found
    assert "Oberbürgermeisterin" not in found
    assert "Oberbürgermeisterin Gisela Brandhorst" not in found


@pytest.mark.parametrize(
    ("text", "name", "language"),
    [
        pytest.param(
            "Die Sängerin Lucia De Santis trat im Stadttheater auf.",
            "Lucia De Santis",
            "de",
            id="german",
        ),
        pytest.param(
            "The painter Paolo Di Marco left Naples for London in 1921.",
            "Paolo Di Marco",
            "en",
            id="english",
        ),
    ],
)
def test_a_capitalised_particle_opens_the_family_name(
    curated: Glossary, text: str, name: str, language: str
) -> None:
    found = discover(curated, text, language=language)
    assert found[name].kind == "person"


def test_a_town_adjective_and_a_firm_word_stay_out_of_the_firms_name(curated: Glossary) -> None:
    found = discover(
        curated, "Im Jahr 1998 übernahm der Stuttgarter Verlag Kohlhaase die kleine Druckerei."
    )
    assert found["Kohlhaase"].kind == "organisation"
    assert not [name for name in found if "Verlag" in name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param(
            "Im Finale traf die Schweizerin auf Wang. 6:3 und 6:4 gewann sie am Ende.",
            "Wang",
            id="a_tennis_score",
        ),
        pytest.param(
            "Das erste Tor erzielte Kane. 2:0 stand es dann zur Pause, "
            "nachdem Sané getroffen hatte.",
            "Kane",
            id="a_football_score",
        ),
    ],
)
def test_a_name_once_before_a_score_or_count_is_still_a_name(
    curated: Glossary, text: str, name: str
) -> None:
    assert name in discover(curated, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param(
            "The state's Chief Medical Examiner, Dr. Hana Ruiz, signed the report.",
            "Chief Medical Examiner",
            id="a_role",
        ),
        pytest.param("She won a Golden Globe for the part in 1998.", "Golden Globe", id="an_award"),
    ],
)
def test_a_role_or_award_ending_on_a_newspapers_word_is_no_organisation(
    curated: Glossary, text: str, name: str
) -> None:
    found = discover(curated, text, language="en")
    assert name not in found or found[name].kind != "organisation"
