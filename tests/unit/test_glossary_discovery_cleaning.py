"""Discovery's cleaning of names: the word before a name that says its kind, a possessor
glued to a place, a town's adjective before a plural, a person inside a hyphenated name, and
the nominative an entry is headed by."""

from __future__ import annotations

import pytest

from glossary.entities import Glossary
from glossary.headwords import nominative
from tests.unit.test_glossary_discovery import curated, discover

__all__ = ["curated"]  # the fixture, shared with the discovery tests


def test_a_firms_descriptor_is_no_part_of_its_name(curated: Glossary) -> None:
    text = (
        "Später kaufte der Verlag Kettler das Blatt. In der Buchhandlung Merbold lagen "
        "Karten aus. Das Werk ging 1999 im Konzern Calvanis auf."
    )
    found = discover(curated, text)
    assert "Verlag Kettler" not in found
    assert found["Kettler"].kind == "organisation"
    assert found["Merbold"].kind == "organisation"
    assert found["Calvanis"].kind == "organisation"  # a name that ends on "s"


def test_a_places_possessor_is_a_name_of_its_own(curated: Glossary) -> None:
    found = discover(curated, "Im Rom Caesars lebten viele Sklaven.")
    assert "Rom Caesars" not in found and "Rom Caesar" not in found
    assert found["Rom"].kind == "place"
    assert found["Caesar"].kind == "person"  # the genitive folded


def test_a_person_named_only_in_an_institutions_name_has_no_entry(curated: Glossary) -> None:
    found = discover(curated, "Sie lernte Deutsch am Schiller-Institut in Lissabon.")
    assert found["Schiller-Institut"].kind == "organisation"
    assert "Schiller" not in found


def test_a_towns_adjective_before_a_plural_is_no_name(curated: Glossary) -> None:
    text = "Die Kölner Brauereien klagten, und Hamburger Reeder verkauften Schiffe."
    found = discover(curated, text)
    assert "Kölner Brauereien" not in found and "Hamburger Reeder" not in found


def test_an_english_library_is_an_organisation(curated: Glossary) -> None:
    text = "He worked in the Radcliffe Library and wrote to the Crichton Asylum."
    found = discover(curated, text, language="en")
    assert found["Radcliffe Library"].kind == "organisation"
    assert found["Crichton Asylum"].kind == "organisation"


@pytest.mark.parametrize(
    ("name", "headword"),
    [
        ("Dreißigjährigen Krieges", "Dreißigjähriger Krieg"),
        ("Ersten Weltkrieg", "Erster Weltkrieg"),
        ("Erste Weltkrieg", "Erster Weltkrieg"),
        ("Heiligen Römischen Reiches", "Heiliges Römisches Reich"),
        ("Lucas Cranach dem Älteren", "Lucas Cranach der Ältere"),
        ("Ludwig den Frommen", "Ludwig der Fromme"),
        ("Albrecht des Bären", "Albrecht des Bären"),  # a noun, no adjective: left alone
        ("Deutschen Bahn", "Deutsche Bahn"),  # feminine: "-e"
        ("Napoleonischen Kriege", "Napoleonische Kriege"),  # a plural
        ("Blauen Plumbo", "Blaue Plumbo"),  # a noun of no known gender keeps "-e"
        ("Britischen Sektor", "Britischer Sektor"),  # the noun lexicon's gender decides
        ("Nördlichen Eismeers", "Nördliches Eismeer"),  # its lemma of a genitive too
        ("Sächsischen Oberbergamts", "Sächsisches Oberbergamt"),  # a compound's last part
        ("Städelschen Kunstinstitut", "Städelsches Kunstinstitut"),  # an adjective of a name
        ("Hohen Tauern", "Hohe Tauern"),  # a name the lexicon knows has no noun's gender
        ("Golden Gate", "Golden Gate"),
    ],
)
def test_an_entry_is_headed_by_the_strong_nominative(name: str, headword: str) -> None:
    assert nominative(name) == headword


def test_a_ships_prefix_opens_a_ships_name(curated: Glossary) -> None:
    found = discover(curated, "Die SMS Seeadler kaperte Schiffe. Die MS Wilhelm Gustloff sank.")
    assert found["SMS Seeadler"].kind == "vessel"
    assert found["MS Wilhelm Gustloff"].kind == "vessel"  # no second name at the given name
    found = discover(curated, "Darwin sailed on HMS Beagle in 1831.", language="en")
    assert found["HMS Beagle"].kind == "vessel"


def test_an_english_firms_owner_after_of_is_a_name_of_its_own(curated: Glossary) -> None:
    text = "The Eastern Shipping Company of John Smith failed. The Bank of England lent."
    found = discover(curated, text, language="en")
    assert found["Eastern Shipping Company"].kind == "organisation"
    assert found["John Smith"].kind == "person"
    assert found["Bank of England"].kind == "organisation"


def test_a_party_meeting_of_the_state_is_an_event(curated: Glossary) -> None:
    found = discover(curated, "Der Reichsparteitag begann, während der Reichstag schwieg.")
    assert found["Reichsparteitag"].kind == "event"
    assert found["Reichstag"].kind == "organisation"


def test_a_brand_name_noun_names_a_firm_not_a_role(curated: Glossary) -> None:
    found = discover(curated, "Die Fabrik verkaufte Filme unter ihrem Markennamen Velutin.")
    assert found["Velutin"].kind == "organisation"
    assert not found["Velutin"].titles


def test_a_chemical_element_is_no_name(curated: Glossary) -> None:
    found = discover(curated, "Im Erz fand sie neben Uranpecherz auch Thulium und Lutetium.")
    assert "Thulium" not in found and "Lutetium" not in found


def test_a_place_on_a_route_after_ueber(curated: Glossary) -> None:
    text = "Die Flotte segelte über Varnos nach Kelmira. Er schrieb über Temesch nach Jahren."
    found = discover(curated, text)
    assert found["Varnos"].kind == "place"
    assert found["Temesch"].kind == "person"  # "über" is "about", "nach Jahren" no route


def test_a_german_house_is_named_with_haus(curated: Glossary) -> None:
    text = "Sie wohnten im Haus Sommerberg. Im Barkenhoff, dem Haus Heinrich Vogelers, sang man."
    found = discover(curated, text)
    assert found["Haus Sommerberg"].kind == "place" and "Sommerberg" not in found
    assert "Haus Heinrich Vogeler" not in found and "Haus Heinrich Vogelers" not in found


def test_a_place_named_with_an_owners_possessive_is_one_place(curated: Glossary) -> None:
    text = (
        "The yacht rounded St Agnes's Head at dusk and anchored off Abel's Harbour. "
        "Later Abel's nephew sold the boat."
    )
    found = discover(curated, text, language="en")
    assert found["St Agnes's Head"].kind == "place"
    assert found["Abel's Harbour"].kind == "place"
    assert "Abel's nephew" not in found  # a common noun in lower case stays outside


def test_a_title_before_a_plural_noun_names_a_firm(curated: Glossary) -> None:
    text = "Shares of General Turbines rose after Major Fisheries bought the plant in Hull."
    found = discover(curated, text, language="en")
    assert found["General Turbines"].kind == "organisation"
    assert found["Major Fisheries"].kind == "organisation"
    assert "Turbines" not in found


def test_a_firm_named_and_company_keeps_its_partners(curated: Glossary) -> None:
    text = (
        "The engines came from Thomas Pellow and Sons in Leeds; the yard of Harker and "
        "Company cast the hull."
    )
    found = discover(curated, text, language="en")
    assert found["Thomas Pellow and Sons"].kind == "organisation"
    assert found["Harker and Company"].kind == "organisation"


def test_an_uninflected_adjective_before_a_town_is_part_of_its_name(curated: Glossary) -> None:
    text = "Er zog von Schwäbisch Gmünd nach Hessisch Oldendorf, das auf Englisch Oldendorf heißt."
    found = discover(curated, text)
    assert found["Schwäbisch Gmünd"].kind == "place"
    assert found["Hessisch Oldendorf"].kind == "place"
    assert "Englisch Oldendorf" not in found  # a language, not a town's adjective


def test_a_ship_is_known_by_what_it_does(curated: Glossary) -> None:
    text = "1908 lief die Wotan vom Stapel. Die Kormoran lief aus. 1912 sank die Pallada."
    found = discover(curated, text)
    assert found["Wotan"].kind == "vessel"
    assert found["Kormoran"].kind == "vessel"
    assert found["Pallada"].kind == "vessel"
    text = "The Halcyon sailed from Leith in May. Twenty men served aboard the Northern Star."
    found = discover(curated, text, language="en")
    assert found["Halcyon"].kind == "vessel"
    assert found["Northern Star"].kind == "vessel"


def test_head_nouns_of_a_dock_a_race_and_a_picture_gallery(curated: Glossary) -> None:
    text = "The barque docked at the Surrey Commercial Dock after the Great Wool Race of 1871."
    found = discover(curated, text, language="en")
    assert found["Surrey Commercial Dock"].kind == "place"
    assert found["Great Wool Race"].kind == "event"
    found = discover(curated, "Das Bild hängt in der Neuen Pinakothek in München.")
    assert found["Neue Pinakothek"].kind == "organisation"


def test_an_ordinary_noun_on_a_short_head_is_no_named_compound(curated: Glossary) -> None:
    text = "Im Herbst ließ der Landgraf den Reformator Ulrich Zwingli nach Marburg holen."
    found = discover(curated, text)
    assert "Reformator" not in found
    assert found["Ulrich Zwingli"].kind == "person"


def test_a_thing_that_a_town_somewhere_is_named_after_is_no_name(curated: Glossary) -> None:
    text = (
        "Im Erz steckte auch Uran. Aus Uran gewann man später Radium, und das Uran ging nach "
        "Moskau. Im Herbst lief die Bark aus Hamburg aus; die Bark trug Salpeter. An der Mosel "
        "wuchs Wein."
    )
    found = discover(curated, text)
    assert "Uran" not in found and "Bark" not in found
    assert found["Mosel"].kind == "place"


def test_a_markdown_tables_heading_is_no_name(curated: Glossary) -> None:
    text = (
        "The floods of the decade, by river:\n"
        "| Event | River | Date |\n|---|---|---|\n| Great Flood | Severn | 1947 |\n"
    )
    found = discover(curated, text, language="en")
    assert "Event" not in found and "River" not in found


def test_an_english_adjective_made_of_a_name_is_no_name(curated: Glossary) -> None:
    text = (
        'The climb was a Herculean task through "a Stygian gorge" in a Kafkaesque '
        "wilderness. Adrian said the Christian hymns were old. Settlers from the Caribbean "
        "came later."
    )
    found = discover(curated, text, language="en")
    assert not {"Herculean", "Stygian", "Kafkaesque"} & set(found)
    assert found["Caribbean"].kind == "place"
    assert found["Adrian"].kind == "person"  # a given name before a verb


def test_an_offices_tail_is_no_entry_of_its_own(curated: Glossary) -> None:
    text = (
        "In 1852 Gladstone became Chancellor of the Exchequer, and Sidney Herbert was "
        "Secretary of State for War. The Queen of the Netherlands sent a gift, and the Earl "
        "of Dunmore a letter."
    )
    found = discover(curated, text, language="en")
    assert "Exchequer" not in found and "War" not in found
    assert found["Netherlands"].kind == "place"
    assert "Dunmore" in found  # a peerage's place names the earl


def test_an_abstract_noun_after_an_der_is_no_place(curated: Glossary) -> None:
    text = (
        "Nach dem Studium in Zürich arbeitete Hellmer an der Thermodynamik. An der Mosel "
        "wuchs Wein, Magellan segelte über den Pazifik, und Siedler zogen ins Gouvernement "
        "Samara."
    )
    found = discover(curated, text)
    assert "Thermodynamik" not in found
    assert "Gouvernement Samara" in found
    assert found["Mosel"].kind == "place" and found["Pazifik"].kind == "place"


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        pytest.param(
            "The old town became a UNESCO Biosphere Reserve; the NATO Rapid Group trained there.",
            {"UNESCO Biosphere Reserve": "organisation", "NATO Rapid Group": "organisation"},
            id="an_abbreviation_before_common_nouns_names_no_person",
        ),
        pytest.param(
            "The brig lay off the Scillonias for a week, then ran past Ushant to the Thames.",
            {"Scillonias": "place", "Ushant": "place"},
            id="off_and_past_are_english_prepositions_of_place",
        ),
        pytest.param(
            "In 1824 Sir Thornbury Giles sailed for Madras with his family.",
            {"Thornbury Giles": "person"},
            id="a_knight_whose_surname_ends_on_s_is_no_team",
        ),
        pytest.param(
            "The airship Norge flew from Kings Bay over the North Pole to Alaska.",
            {"North Pole": "place"},
            id="a_side_of_the_compass_is_no_given_name",
        ),
        pytest.param(
            "The steamer crossed the Irish Channel at night and the Bristol Channel at dawn; "
            "the crew watched the Weather Channel.",
            {
                "Irish Channel": "place",
                "Bristol Channel": "place",
                "Weather Channel": "organisation",
            },
            id="a_channel_after_a_place_or_an_adjective_is_a_strait",
        ),
        pytest.param(
            "The keepers rowed out from Penzance to Bishop Rock and on to Wolf Rock.",
            {"Bishop Rock": "place", "Wolf Rock": "place"},
            id="a_rock_at_sea_is_a_place_though_a_title_opens_it",
        ),
        pytest.param(
            "In 1999 the licence passed to BelloChem. Its founder MacKinnon kept his shares.",
            {"BelloChem": "organisation", "MacKinnon": "person"},
            id="one_word_of_two_capitalised_words_is_a_firm",
        ),
    ],
)
def test_an_english_name_has_its_kind(curated: Glossary, text: str, kinds: dict[str, str]) -> None:
    found = discover(curated, text, language="en")
    for name, kind in kinds.items():
        assert found[name].kind == kind


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        pytest.param(
            "Das Silber kam aus der Grube Heinrich Mettler bei Annaberg.",
            {"Heinrich Mettler": "place"},
            id="a_mine_named_after_a_person_is_a_place",
        ),
        pytest.param(
            "Erhalten ist ein Brief, in dem Hermann Lorenz den Plan beschreibt.",
            {"Hermann Lorenz": "person"},
            id="a_person_after_a_relative_pronoun_is_no_place",
        ),
        pytest.param(
            "Vom Gipfel sah man an klaren Tagen bis zur Rhön.",
            {"Rhön": "place"},
            id="a_name_after_a_contracted_article_is_no_person",
        ),
    ],
)
def test_a_german_name_has_its_kind(curated: Glossary, text: str, kinds: dict[str, str]) -> None:
    found = discover(curated, text)
    for name, kind in kinds.items():
        assert found[name].kind == kind
