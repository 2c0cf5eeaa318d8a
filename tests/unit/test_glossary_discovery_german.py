"""German discovery: what makes a word a name, where a name ends, and which kind it gets."""

from __future__ import annotations

import pytest

from glossary.discovery.lexicon import _named_compound
from glossary.entities import Glossary
from tests.unit.test_glossary_discovery import curated, discover

__all__ = ["curated"]  # the fixture, shared with the discovery tests


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        pytest.param(
            "Sie starb wenige Tage später an einer Embolie.",
            "Embolie",
            id="a_rare_word_after_an_indefinite_article",
        ),
        pytest.param(
            "Worpswede liegt am Rand des Teufelsmoors. In Worpswede malten viele.",
            "Rand",
            id="a_common_noun_that_names_a_town_abroad",
        ),
        pytest.param(
            "Erzarbeiter gruben den Stollen bis zum Winter.",
            "Erzarbeiter",
            id="a_trade_compound_on_a_short_frequent_first_word",
        ),
        pytest.param(
            "Die Mineure bohrten in Schichten. Aus Airolo kamen die Mineure zurück.",
            "Mineure",
            id="the_plural_of_a_french_trade_noun",
        ),
        pytest.param(
            "Um 1880 besaß die Reederei zweihundert Dampfer und fast achthundert Schleppkähne.",
            "Schleppkähne",
            id="a_noun_counted_by_a_cardinal_in_one_word",
        ),
        pytest.param(
            "Ohne Wenn und Aber stimmte er zu, doch das Aber kam später.",
            "Aber",
            id="a_conjunction_made_a_neuter_noun",
        ),
        pytest.param(
            "Die Wachen zogen in der Nacht zum Montag ab.",
            "Nacht",
            id="a_noun_whose_lower_case_form_is_an_adverb",
        ),
        pytest.param(
            "Dass sie im Hafen Schiffe beluden, wusste jeder am Kai.",
            "Schiffe",
            id="a_plural_after_a_places_head_noun",
        ),
        pytest.param(
            "Viele hofften, in der Stadt Arbeit zu finden.",
            "Arbeit",
            id="a_frequent_noun_after_a_places_head_noun",
        ),
        pytest.param(
            "Sie handelten mit Wolle, Kupfer und Guano aus Übersee.",
            "Guano",
            id="a_word_listed_with_common_nouns",
        ),
        pytest.param(
            "Wir trafen uns in der Halle am Markt.",
            "Halle",
            id="a_town_spelt_like_a_noun_with_a_plural_after_an_article",
        ),
        pytest.param(
            "Die Glocke goss der Meister aus Bronze, den Sockel aus Granit.",
            "Bronze",
            id="a_material_after_aus_that_wiktionary_knows_as_a_noun",
        ),
        pytest.param(
            "Drei Tage später fanden Bauern das Boot. Schneider nähten die Segel.",
            "Schneider",
            id="a_plural_of_a_trade_that_is_a_surname_too",
        ),
        pytest.param(
            "Seit Jahren arbeiten die Klärwerke zu langsam.",
            "Klärwerke",
            id="the_plural_of_a_compound_wiktionary_knows",
        ),
        pytest.param(
            "Im Winter ließ der Wärter das Becken leer laufen.",
            "Becken",
            id="a_noun_the_tagger_reads_as_a_surname_without_its_ending",
        ),
        pytest.param(
            "Hinter dem Dorf stand die alte Mühle, und am Wehr rauschte das Wasser.",
            "Mühle",
            id="a_noun_in_e_the_tagger_reads_as_a_surname_without_its_ending",
        ),
        pytest.param(
            "Die Stadt war von Mooren und Heiden umgeben.",
            "Mooren",
            id="a_plural_after_von_that_follows_no_name",
        ),
    ],
)
def test_an_ordinary_noun_is_no_name(curated: Glossary, text: str, noun: str) -> None:
    assert noun not in discover(curated, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param(
            "Nördlich des Flusses liegt die Eifel, südlich der Hunsrück.", "Eifel", id="a_range"
        ),
        pytest.param(
            "Die Güter lagen zwischen dem Lech und dem Bodensee.", "Bodensee", id="a_lake"
        ),
        pytest.param("Die Brücke führt über die Salzach.", "Salzach", id="a_river"),
        pytest.param("Das Tal trennt die Vogesen vom Schwarzwald.", "Vogesen", id="a_plural_range"),
        pytest.param(
            "Die Truppen sammelten sich am Isonzo und später im Kaukasus.",
            "Isonzo",
            id="a_river_after_am",
        ),
        pytest.param(
            "Die Fischer lebten am Atlantik, ihre Verwandten im Allgäu.",
            "Atlantik",
            id="an_ocean_the_tagger_half_reads_as_a_name_after_am",
        ),
        pytest.param(
            "Die Reisegruppe fuhr zum Harz und übernachtete in Wernigerode.",
            "Harz",
            id="a_range_after_zum",
        ),
        pytest.param(
            "Die Wanderer kamen am Nachmittag vom Harz herunter und zogen weiter nach Nordhausen.",
            "Harz",
            id="a_range_after_vom",
        ),
        pytest.param(
            "Die Seilschaft erreichte den Gipfel des Monte Cevedale erst am Abend.",
            "Monte Cevedale",
            id="a_mountain_whose_prefix_is_a_given_name_too_after_an_article",
        ),
        pytest.param(
            "Die Hirten trieben das Vieh über die Dörfer Vallarsa und Trambileno ins Tal.",
            "Trambileno",
            id="a_village_after_a_head_nouns_plural_in_er",
        ),
    ],
)
def test_a_toponym_named_once_is_a_place(curated: Glossary, text: str, name: str) -> None:
    assert discover(curated, text)[name].kind == "place"


def test_a_common_noun_after_am_is_no_river_of_the_town(curated: Glossary) -> None:
    text = "Worpswede liegt am Rand des Teufelsmoors. In Worpswede malten viele."
    found = discover(curated, text)
    assert "Worpswede am Rand" not in found
    assert found["Worpswede"].kind == "place"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param(
            "Gerhart Hauptmann verbrachte viele Sommer auf Hiddensee.",
            "Gerhart Hauptmann",
            id="a_given_name_and_a_title_as_surname_at_a_sentence_start",
        ),
        pytest.param(
            "Im selben Frühjahr heiratete sie Rainer Maria Rilke.",
            "Rainer Maria Rilke",
            id="a_given_name_that_is_a_surname_too_before_another_given_name",
        ),
        # a noble predicate is part of the name
        pytest.param(
            "Der Jurist Helmuth James Graf von Moltke wurde hingerichtet.",
            "Helmuth James Graf von Moltke",
            id="two_given_names_graf_and_von",
        ),
        pytest.param(
            "Oberst Claus Schenk Graf von Stauffenberg stellte die Tasche ab.",
            "Claus Schenk Graf von Stauffenberg",
            id="a_title_a_given_name_and_a_second_name_before_graf",
        ),
        pytest.param(
            "Schon 1807 schrieb Karl Freiherr vom Stein seine Denkschrift.",
            "Karl Freiherr vom Stein",
            id="freiherr_vom",
        ),
    ],
)
def test_a_persons_full_name_is_one_name(curated: Glossary, text: str, name: str) -> None:
    assert discover(curated, text)[name].kind == "person"


def test_a_surname_that_is_a_nouns_form_after_a_given_name(curated: Glossary) -> None:
    found = discover(curated, "Hans Mühle übernahm die Werkstatt seines Vaters.")
    assert found["Hans Mühle"].kind == "person"


def test_a_trades_plural_after_a_given_name_is_a_surname(curated: Glossary) -> None:
    found = discover(curated, "Hans Schneider kam. Später sagte Schneider nichts.")
    assert found["Hans Schneider"].kind == "person"


def test_a_masculine_noun_after_die_is_a_name(curated: Glossary) -> None:
    found = discover(curated, "Im Frühjahr lief die Kormoran aus Kiel aus.")
    assert "Kormoran" in found


def test_a_firms_name_runs_to_its_legal_form(curated: Glossary) -> None:
    text = (
        "Die Hallberg Antriebstechnik GmbH beliefert die Nordwind Energie AG mit Getrieben. "
        "Hallberg Antriebstechnik GmbH meldete mehr Umsatz."
    )
    found = discover(curated, text)
    assert found["Hallberg Antriebstechnik GmbH"].kind == "organisation"
    assert found["Nordwind Energie AG"].kind == "organisation"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param(
            "Analysten der Landesbank Baden-Württemberg blieben skeptisch.",
            "Landesbank Baden-Württemberg",
            id="a_head_first_before_a_land_whose_name_ends_like_a_mountain",
        ),
        pytest.param(
            "Für die Regeln sorgt der Internationale Skiverband mit dem Deutschen Skiverband.",
            "Internationale Skiverband",
            id="a_compound_on_an_organisations_head",
        ),
        pytest.param(
            "Die Ratingagentur Moody's bestätigte ihre Note.",
            "Moody",
            id="a_head_noun_before_a_name_with_an_english_possessive",
        ),
    ],
)
def test_an_organisations_kind(curated: Glossary, text: str, name: str) -> None:
    assert discover(curated, text)[name].kind == "organisation"


def test_a_head_noun_says_nothing_across_a_sentence_end(curated: Glossary) -> None:
    text = (
        "Die Verletzten starben in einer Moskauer Klinik.\n\nPrypjat wurde erst am "
        "Nachmittag geräumt. Die Stadt Prypjat ist heute leer."
    )
    found = discover(curated, text)
    assert found["Prypjat"].kind == "place"
    assert "Moskauer Klinik" not in found  # a town's adjective after "einer": no name


def test_a_town_named_once_at_a_sentence_start(curated: Glossary) -> None:
    found = discover(curated, "Heilbronn. Die Firma hat weniger verdient als erwartet.")
    assert found["Heilbronn"].kind == "place"


def test_a_head_in_the_genitive_before_its_town_names_the_land(curated: Glossary) -> None:
    found = discover(curated, "Viele Dörfer des Landkreises Kitzingen fielen wüst.")
    assert found["Landkreises Kitzingen"].name == "Landkreis Kitzingen"  # the nominative
    assert found["Landkreises Kitzingen"].kind == "place"


def test_a_surname_ending_like_an_agent_noun(curated: Glossary) -> None:
    text = (
        "Die Kessler Antriebstechnik AG verdiente weniger. Ab 2027 liefert Kessler Getriebe an "
        "Scania, und Kessler baut dafür das Werk um."
    )
    found = discover(curated, text)
    assert found["Kessler"] is found["Kessler Antriebstechnik AG"]


def test_the_place_after_a_compound_place_head_and_von(curated: Glossary) -> None:
    found = discover(curated, "Die Schüler spielten in der Weststadt von Karlsruhe Fußball.")
    assert found["Karlsruhe"].kind == "place"


def test_a_given_name_before_a_surname_that_is_a_place_head(curated: Glossary) -> None:
    text = "Im September gründeten Jens Reich und andere eine Gruppe. Der Händler Hermann Berg kam."
    found = discover(curated, text)
    assert found["Jens Reich"].kind == "person"
    assert found["Hermann Berg"].kind == "person"


def test_a_compound_on_kirche_is_a_building(curated: Glossary) -> None:
    text = "Sie trafen sich in der Nikolaikirche und in der Thomaskirche zum Gebet."
    found = discover(curated, text)
    assert found["Nikolaikirche"].kind == "place"
    assert found["Thomaskirche"].kind == "place"


def test_an_abbreviation_before_a_common_noun_is_the_name(curated: Glossary) -> None:
    text = "Drei Sekretäre der SED-Bezirksleitung unterschrieben. Die CDU-Fraktion schwieg."
    found = discover(curated, text)
    assert found["SED"].kind == "organisation"
    assert "SED-Bezirksleitung" not in found
    assert "CDU" in found


def test_a_word_of_quantity_opens_no_name(curated: Glossary) -> None:
    text = "Am Abend standen Tausende Bergleute vor dem Tor, dahinter Hunderte Frauen."
    found = discover(curated, text)
    assert not [name for name in found if name.startswith(("Tausende", "Hunderte"))]


def test_a_preposition_at_a_sentence_start_is_no_given_name(curated: Glossary) -> None:
    found = discover(curated, "Die Fähre legte ab. Von Rostock aus fuhr sie nach Gedser.")
    assert "Von Rostock" not in found
    assert found["Rostock"].kind == "place"


def test_a_street_is_named_by_a_compound_german_never_writes_in_the_plural(
    curated: Glossary,
) -> None:
    text = "Der Zug sammelte sich in der Feldstraße und bog dann in eine Seitenstraße ein."
    found = discover(curated, text)
    assert found["Feldstraße"].kind == "place"
    assert "Seitenstraße" not in found


def test_a_school_or_a_hospital_named_after_its_town(curated: Glossary) -> None:
    found = discover(curated, "Er lernte an der Kunstgewerbeschule Dresden zeichnen.")
    assert found["Kunstgewerbeschule Dresden"].kind == "organisation"


def test_a_territory_head_before_a_land_no_list_holds(curated: Glossary) -> None:
    found = discover(curated, "Er wurde 1820 im Fürstentum Hohenzollern geboren und zog fort.")
    assert found["Fürstentum Hohenzollern"].kind == "place"


def test_a_catalogue_name_after_a_head_and_fuer_ends_a_longer_name(curated: Glossary) -> None:
    text = "Bei der Wahl siegte die Allianz für Deutschland, ein Bündnis dreier Parteien."
    assert discover(curated, text)["Allianz für Deutschland"].kind == "organisation"


def test_a_peoples_or_federal_body_named_by_one_compound(curated: Glossary) -> None:
    text = "Die Volkspolizei nahm Hunderte fest. Später prüfte die Bundesnetzagentur den Fall."
    found = discover(curated, text)
    assert found["Volkspolizei"].kind == "organisation"
    assert found["Bundesnetzagentur"].kind == "organisation"


def test_the_election_of_a_state_body_is_an_event(curated: Glossary) -> None:
    found = discover(curated, "Nach der Landtagswahl bildete sich eine neue Regierung.")
    assert found["Landtagswahl"].kind == "event"
    assert "Stichwahl" not in discover(curated, "Es kam zu einer Stichwahl am Sonntag.")


def test_a_community_or_union_of_members_is_an_organisation(curated: Glossary) -> None:
    text = "Später ging er an die Deutsche Forschungsgemeinschaft in Bonn."
    assert discover(curated, text)["Deutsche Forschungsgemeinschaft"].kind == "organisation"


def test_a_role_noun_the_lexicon_lacks_is_no_name(curated: Glossary) -> None:
    text = "Nach dem Studium in Zürich folgte er als Adjutant dem General nach Straßburg."
    assert "Adjutant" not in discover(curated, text)


def test_a_head_and_a_short_number_name_one_thing(curated: Glossary) -> None:
    text = "Der Verkehr läuft über die Bundesstraße 27 nach Süden. In der Stadt lebten 30 Menschen."
    found = discover(curated, text)
    assert found["Bundesstraße 27"].kind == "place"
    assert not [name for name in found if name.startswith("Stadt")]


def test_a_compound_body_head_before_a_surname_names_the_body(curated: Glossary) -> None:
    text = (
        "Er hatte Verbindungen zur Wehrsportgruppe Hoffmann. Die Automarken Ford und Opel fehlten."
    )
    found = discover(curated, text)
    assert found["Wehrsportgruppe Hoffmann"].kind == "organisation"
    assert "Automarken Ford" not in found


def test_names_listed_after_a_plural_head_in_en_take_its_kind(curated: Glossary) -> None:
    text = "Auf dem Fest schenken nur die Brauereien Ayinger, Krombacher und Warsteiner aus."
    found = discover(curated, text)
    assert found["Krombacher"].kind == "organisation"
    assert found["Warsteiner"].kind == "organisation"


def test_a_counted_town_adjective_and_noun_are_no_name(curated: Glossary) -> None:
    text = "Ausschenken dürfen nur die sechs Kölner Brauereien, die am Rhein liegen."
    assert "Kölner Brauereien" not in discover(curated, text)


def test_a_head_von_and_a_catalogue_name_is_a_genitive_not_a_name(curated: Glossary) -> None:
    text = "Der Angriff kam aus dem Gebiet von Belarus, sagte die Regierung von Belarus."
    found = discover(curated, text)
    assert not {name for name in found if "von Belarus" in name}


def test_a_town_after_the_head_of_one_of_its_parts_and_von_is_the_name(
    curated: Glossary,
) -> None:
    text = (
        "Die Fähre lag im Hafen von Stralsund. Über die Brücken von Dresden zogen Truppen. "
        "Der Golf von Biskaya ist stürmisch."
    )
    found = discover(curated, text)
    assert found["Stralsund"].kind == "place"
    assert found["Dresden"].kind == "place"
    assert not {name for name in found if name.startswith(("Hafen", "Brücken"))}
    assert found["Golf von Biskaya"].kind == "place"  # a gulf keeps its "von"


def test_the_genitive_of_a_listed_place_is_folded(curated: Glossary) -> None:
    text = "Die Dörfer Westfalens waren leer, die Fischer verließen die Küsten Schlesiens."
    found = discover(curated, text)
    assert {"Westfalen", "Schlesien"} <= set(found)
    assert not {"Westfalens", "Schlesiens"} & set(found)


def test_what_an_inflected_title_rules_after_von_is_a_place(curated: Glossary) -> None:
    text = "Die Hochzeit des Fürsten von Anhalt fand statt, dem Grafen von Tecklenburg zum Trotz."
    found = discover(curated, text)
    assert found["Anhalt"].kind == "place"
    assert found["Tecklenburg"].kind == "place"


def test_a_ship_is_no_person_and_keeps_its_whole_name(curated: Glossary) -> None:
    text = (
        "Das Schlachtschiff Prinz Eugen lief aus, begleitet vom Zerstörer Z 39 und dem "
        "U-Boot U-99. Später sank die Robert Ley im Hafen. Der Leichte Kreuzer folgte, und "
        "man sah die Klinik, die Robert Koch leitete."
    )
    found = discover(curated, text)
    assert found["Prinz Eugen"].kind == "vessel"
    assert found["Robert Ley"].kind == "vessel"
    assert {"Z 39", "U-99"} <= set(found)
    assert "Leichte Kreuzer" not in found  # a class of ship, not one
    assert found["Robert Koch"].kind == "person"  # a relative pronoun, no article


def test_a_ships_noun_opens_its_name_whatever_the_word(curated: Glossary) -> None:
    text = (
        "Die Viermastbark Albatros kenterte im Sturm. Der dänische Frachter Nordlys nahm "
        "die Männer auf, die Albatros sank. Dann brachte das Schiff Kohle nach Kiel."
    )
    found = discover(curated, text)
    assert found["Albatros"].kind == "vessel"
    assert found["Nordlys"].kind == "vessel"
    assert "Kohle" not in found  # a common noun the lexicon knows: the ship's cargo


def test_two_names_joined_by_an_ampersand_are_a_firm(curated: Glossary) -> None:
    text = "Die Werft Howaldt & Kruse baute Fähren. Später kaufte Howaldt & Kruse ein Dock."
    assert discover(curated, text)["Howaldt & Kruse"].kind == "organisation"


def test_a_church_named_with_a_saints_latin_genitive_is_a_place(curated: Glossary) -> None:
    text = "Getauft wurde sie 1850 in der Nikolaikirche, getraut in der Jakobikirche."
    found = discover(curated, text)
    assert found["Jakobikirche"].kind == "place"


def test_a_rulers_byname_after_an_article_is_part_of_the_name(curated: Glossary) -> None:
    text = (
        "Die Mark Brandenburg eroberte Albrecht der Bär, und Otto der Große ließ sich 962 "
        "krönen. Als Otto der Stadt Rechte gab, jubelten die Bürger."
    )
    found = discover(curated, text)
    assert found["Albrecht der Bär"].kind == "person"
    assert found["Otto der Große"].kind == "person"
    assert "Otto der Stadt" not in found


def test_a_full_name_with_von_after_a_firms_von_is_its_owner(curated: Glossary) -> None:
    text = "Die Glocke kam aus der Gießerei von Johann von Hagen in Lübeck."
    found = discover(curated, text)
    assert found["Johann von Hagen"].kind == "person"
    assert not [name for name in found if name.startswith("Gießerei von")]


def test_die_before_a_mans_title_names_a_ship(curated: Glossary) -> None:
    text = (
        "Die Admiral Scheer lief im Oktober aus. Kapitän zur See Theodor Krancke führte sie. "
        "Später begegnete sie dem Hilfskreuzer Jervis Bay; die Königin Luise sah man nie."
    )
    found = discover(curated, text)
    assert found["Admiral Scheer"].kind == "vessel"
    assert found["Theodor Krancke"].kind == "person"
    assert "See" not in found  # part of the rank
    assert found["Jervis Bay"].kind == "vessel"


def test_the_first_name_listed_after_a_plural_head_is_one_of_its_kind(
    curated: Glossary,
) -> None:
    text = "Im Hafen lagen die Segler der Reedereien Sloman, Laeisz und Rickmers."
    found = discover(curated, text)
    assert found["Sloman"].kind == "organisation"
    assert found["Rickmers"].kind == "organisation"


def test_a_town_that_is_a_common_word_too_is_a_place_in_places_contexts(
    curated: Glossary,
) -> None:
    text = (
        "Die Kaufleute handelten mit Nowgorod, Bergen und Brügge. Aus Bergen kam Stockfisch. "
        "Bis Ende Mai blieb der Hafen zu. Die Fahne zeigte Schwarz, Rot und Gold."
    )
    found = discover(curated, text)
    assert found["Bergen"].kind == "place"
    assert not {"Ende", "Rot", "Gold"} & set(found)


def test_a_surname_after_a_given_names_von_is_the_persons_whatever_it_means(
    curated: Glossary,
) -> None:
    text = "Die Sternwarte entwarf der Baumeister Friedrich von Gärtner, der 1847 starb."
    assert discover(curated, text)["Friedrich von Gärtner"].kind == "person"


def test_an_adjective_byname_in_another_case_is_part_of_the_name(curated: Glossary) -> None:
    text = "Nach 814 diente er Ludwig dem Frommen als Berater. Später gab Otto den Mönchen Wald."
    found = discover(curated, text)
    assert found["Ludwig dem Frommen"].kind == "person"
    assert "Otto den Mönchen" not in found


def test_a_noun_byname_the_text_repeats_is_the_name_in_every_case(curated: Glossary) -> None:
    text = (
        "1157 nannte sich Albrecht der Bär Markgraf. Mit Albrecht dem Bären verband ihn ein "
        "Bündnis. Sein Vetter Heinrich der Löwe, Herzog von Sachsen, stritt mit ihm. Gegen "
        "Heinrich den Löwen kam er nicht an. Nach dem Sturz Heinrichs des Löwen blieb er."
        " Später gab Otto den Mönchen Wald."
    )
    found = discover(curated, text)
    assert found["Albrecht dem Bären"] is found["Albrecht der Bär"]
    lion = found["Heinrich der Löwe"]
    assert found["Heinrich den Löwen"] is lion and found["Heinrichs des Löwen"] is lion
    assert "Vetter" in lion.titles  # after a possessive: his role, not his name
    assert "Otto den Mönchen" not in found


def test_a_compound_on_a_bodys_head_before_a_town_is_one_name(curated: Glossary) -> None:
    text = (
        "Die Polizeidirektion Kiel zählte 412 Einsätze. Die Staatsanwaltschaft Wuppertal "
        "erhob Anklage. Der Abfallwirtschaftsbetrieb Kiel meldete weniger Müll."
    )
    found = discover(curated, text)
    for name in ("Polizeidirektion Kiel", "Staatsanwaltschaft Wuppertal"):
        assert found[name].kind == "organisation"
    assert "Abfallwirtschaftsbetrieb Kiel" in found
    firm = discover(curated, "Brenner darf den Getriebehersteller Dnipro aus Dnipro kaufen.")
    assert "Getriebehersteller Dnipro" not in firm  # what the firm is, then its name


def test_a_role_after_a_possessive_needs_a_name_after_it(curated: Glossary) -> None:
    text = (
        "Putin stellte Prigoschin und seinen Söldnern Straffreiheit in Aussicht. Sein "
        "Aufsatz Von der Beicht erschien 1521."
    )
    found = discover(curated, text)
    assert "Straffreiheit" not in found and "Von" not in found


def test_a_federation_is_an_organisation_and_the_verbs_object_not_its_name(
    curated: Glossary,
) -> None:
    text = (
        "Seit 1395 führte die Rheinische Konföderation Krieg gegen Holland. 1402 schloss "
        "die Gilde Frieden mit den Städten."
    )
    found = discover(curated, text)
    assert found["Rheinische Konföderation"].kind == "organisation"
    assert not [name for name in found if name.endswith(("Krieg", "Frieden"))]


def test_a_word_of_foreign_shape_is_a_name_though_it_takes_an_article(
    curated: Glossary,
) -> None:
    text = (
        "Die Flöße fuhren den Ucayali hinab und trieben dann auf dem Huallaga weiter. "
        "Am Ufer sahen sie einen hohen Viadukt. Die Lastkähne lagen im Hafen."
    )
    found = discover(curated, text)
    assert found["Huallaga"].kind == "place"
    assert not {"Viadukt", "Lastkähne"} & set(found)  # described, or a German plural


def test_the_people_of_a_land_are_no_name_of_foreign_shape(curated: Glossary) -> None:
    text = (
        "Die Soldaten bauten einen Stützpunkt, doch die Belarusier leisteten Widerstand. "
        "Auch die Kasachen und die Georgier blieben skeptisch."
    )
    assert not {"Belarusier", "Kasachen", "Georgier"} & set(discover(curated, text))


def test_a_person_named_only_in_a_streets_compound_is_no_entry(curated: Glossary) -> None:
    text = (
        "Die Kundgebung begann auf dem Konrad-Adenauer-Platz. Der Schüler Hans Brenner "
        "starb 1944; heute erinnert die Hans-Brenner-Straße an ihn."
    )
    found = discover(curated, text)
    assert "Konrad-Adenauer-Platz" in found and "Konrad-Adenauer" not in found
    assert found["Hans-Brenner"] is found["Hans Brenner"]  # named alone too: one person


def test_a_town_named_by_its_river_is_one_name_though_the_river_is_a_word(
    curated: Glossary,
) -> None:
    text = "Die Brüder gründeten Städte wie Frankfurt an der Oder und bauten Berlin aus."
    found = discover(curated, text)
    assert found["Frankfurt an der Oder"].kind == "place"


def test_a_surname_that_is_a_common_word_after_a_title_and_a_given_name(
    curated: Glossary,
) -> None:
    text = (
        "Oberbürgermeister Ulf Kämpfer (SPD) kündigte eine Prüfung an. Dann schickte Kaiser "
        "Wilhelm Truppen nach China. Die Truppen kamen im Sommer an."
    )
    found = discover(curated, text)
    assert found["Ulf Kämpfer"].kind == "person"
    assert "Wilhelm Truppen" not in found  # the text writes the noun after an article


def test_a_possessors_genitive_after_a_name_is_a_second_name(curated: Glossary) -> None:
    text = (
        "Das Weimar Goethes war eine kleine Residenz. Goethe kam 1775 nach Weimar. Otto "
        "Hahns Labor lag in Dahlem, wo Otto Hahn lebte. Die Bestätigung von Setanta Sports "
        "kam spät; der Sport blieb."
    )
    found = discover(curated, text)
    assert "Weimar Goethe" not in found and found["Weimar"] is not found["Goethe"]
    assert "Otto" not in found and found["Otto Hahn"].kind == "person"  # the whole name
    assert "Setanta Sports" in found  # "Sport" is no name


def test_a_compound_events_genitive_is_folded(curated: Glossary) -> None:
    found = discover(curated, "Während des Burenkriegs kämpfte er in Afrika.")
    assert found["Burenkrieg"].kind == "event" and "Burenkriegs" not in found


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        pytest.param(
            "Die Fischer wohnten am Pulvermoor. Im Pulvermoor stach man bis 1950 Torf.",
            "Pulvermoor",
            "place",
            id="a_compound_on_a_places_head_after_an_and_the_article",
        ),
        pytest.param(
            "Die Frachter fahren auf dem Elbe-Lübeck-Kanal und im Küstenkanal bis Dörpen.",
            "Küstenkanal",
            "place",
            id="a_canal_named_by_a_common_modifier",
        ),
        pytest.param(
            "Die Kapelle spielt jedes Jahr auf dem Julifest vor dem Rathaus.",
            "Julifest",
            "event",
            id="a_feast_named_after_a_month",
        ),
        pytest.param(
            "Im Frühjahr trat der Junge in die Hitlerjugend ein.",
            "Hitlerjugend",
            "organisation",
            id="a_youth_organisation_named_after_a_person",
        ),
    ],
)
def test_a_compound_on_a_closed_class_head_is_a_name(
    curated: Glossary, text: str, name: str, kind: str
) -> None:
    assert discover(curated, text)[name].kind == kind


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        pytest.param(
            "Die Kinder spielten in einem Schlosspark. Im Schlosspark blühten Rosen.",
            "Schlosspark",
            id="a_place_compound_after_an_indefinite_article",
        ),
        pytest.param(
            "Der Bus hält am Bahnhofsvorplatz.",
            "Bahnhofsvorplatz",
            id="a_compound_on_a_longer_common_noun_that_ends_in_a_places_head",
        ),
        pytest.param(
            "Der Zug hielt am alten Kopfbahnhof. Im Kopfbahnhof warteten viele.",
            "Kopfbahnhof",
            id="a_place_compound_after_an_adjective",
        ),
        pytest.param(
            "Die Daten kamen aus der Radarstation am Hang.",
            "Radarstation",
            id="a_rare_compound_on_a_facilitys_head",
        ),
        pytest.param(
            "Im Sommer badeten alle im Baggersee hinter dem Dorf.",
            "Baggersee",
            id="a_sort_of_lake_the_wiktionary_lexicon_translates",
        ),
        pytest.param(
            "Das Dorf liegt am Zusammenfluss der beiden Bäche.",
            "Zusammenfluss",
            id="a_compound_on_an_adverb",
        ),
    ],
)
def test_a_common_compound_on_a_places_head_is_no_name(
    curated: Glossary, text: str, noun: str
) -> None:
    assert noun not in discover(curated, text)


@pytest.mark.parametrize(
    ("word", "kind"),
    [
        pytest.param("Oktoberfest", "event", id="a_frequent_feast_named_after_a_month"),
        pytest.param("Operator", "", id="a_frequent_word_that_ends_in_a_short_head"),
        pytest.param("Bundesstaat", "", id="a_frequent_compound_the_lexicon_knows"),
    ],
)
def test_a_frequent_compound_of_a_name_and_a_head(word: str, kind: str) -> None:
    assert _named_compound(word) == kind


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param(
            "Die Fähre setzte an der Oder über, nicht weit von der Mündung.",
            "Oder",
            id="a_river_spelt_like_a_conjunction_after_a_feminine_article",
        ),
        pytest.param(
            "Der Radweg verläuft zwischen Marktplatz und Weser am Deich entlang.",
            "Weser",
            id="a_river_paired_with_a_square",
        ),
        pytest.param(
            "Die alte Eisenbahnbrücke führt über die Mosel nach Traben-Trarbach.",
            "Mosel",
            id="a_river_that_a_town_abroad_shares_after_a_preposition_and_article",
        ),
        pytest.param(
            "Im Sommer setzten die Truppen auf die Insel Alsen über.",
            "Alsen",
            id="an_island_after_its_head_noun",
        ),
        pytest.param(
            "Die Straßenbahn endet am Bahnhof Zoo neben dem Tiergarten.",
            "Zoo",
            id="a_station_named_by_a_common_noun_after_its_head_noun",
        ),
        pytest.param(
            "Das Kloster stand hoch über der Ruhr, mitten im Wald.",
            "Ruhr",
            id="a_river_the_tagger_half_knows_as_a_name_after_a_preposition_and_article",
        ),
    ],
)
def test_a_place_named_by_a_common_word_is_found(curated: Glossary, text: str, name: str) -> None:
    assert name in discover(curated, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param(
            "Der Bundesrechnungshof rügte die Ausgaben des Ministeriums.",
            "Bundesrechnungshof",
            id="a_federal_audit_court",
        ),
        pytest.param(
            "1887 gründeten die Brüder die Elektrizitäts-Aktiengesellschaft in Berlin.",
            "Elektrizitäts-Aktiengesellschaft",
            id="a_firm_hyphenated_before_a_compound_on_an_organisations_head",
        ),
    ],
)
def test_an_organisation_written_as_one_word_is_found(
    curated: Glossary, text: str, name: str
) -> None:
    assert name in discover(curated, text)


def test_a_hyphenated_compound_of_a_frequent_noun_and_a_head_is_no_name(
    curated: Glossary,
) -> None:
    assert "Hafen-Verwaltung" not in discover(curated, "Die Hafen-Verwaltung baute die Halle.")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a prize goes on with für and its field
        pytest.param(
            "Für ihre Versuche mit Röntgenstrahlen bekam die Forscherin den Nobelpreis für Chemie.",
            "Nobelpreis für Chemie",
            id="prize_with_fuer-a_field",
        ),
        pytest.param(
            "Den Nobelpreis für Physiologie oder Medizin teilten sich zwei Ärzte aus Basel.",
            "Nobelpreis für Physiologie oder Medizin",
            id="prize_with_fuer-two_fields_joined_by_oder",
        ),
        # a dynasty in the plural is a name
        pytest.param(
            "Nach dem Tod des letzten Königs stritten die Staufer und ihre Gegner um die Krone.",
            "Staufer",
            id="dynasty_in_the_plural-a_plural_wiktionary_lists_as_an_ordinary_noun",
        ),
        pytest.param(
            "Das Land fiel an die Wettiner, die dort bis 1918 herrschten.",
            "Wettiner",
            id="dynasty_in_the_plural-a_plural_no_lexicon_knows",
        ),
        pytest.param(
            "Unter den Karolingern wuchs die Abtei zu einem Zentrum der Buchmalerei.",
            "Karolingern",
            id="dynasty_in_the_plural-in_the_dative_plural",
        ),
        # a battle's compound goes on with bei and its place
        pytest.param(
            "Die russische Flotte sank in der Seeschlacht bei Tsushima fast ganz.",
            "Seeschlacht bei Tsushima",
            id="battle_with_bei-a_compound_on_schlacht",
        ),
        pytest.param(
            "Im Seegefecht bei Helgoland trafen sich die Geschwader im Mai.",
            "Seegefecht bei Helgoland",
            id="battle_with_bei-a_compound_on_gefecht",
        ),
        # the title after a work's noun is a name
        pytest.param(
            "Im Frühjahr erschien der Roman Buddenbrooks bei einem Verlag in Berlin.",
            "Buddenbrooks",
            id="title_after_a_works_noun-one_word",
        ),
        pytest.param(
            "Sie las im Zug den Roman Der Zauberberg, der ihr sehr gefiel.",
            "Der Zauberberg",
            id="title_after_a_works_noun-with_its_article",
        ),
        pytest.param(
            "Über den Roman Krieg und Frieden schrieb sie eine lange Arbeit.",
            "Krieg und Frieden",
            id="title_after_a_works_noun-two_words_joined_by_und",
        ),
        # a building named after its place keeps its head
        pytest.param(
            "Die Zisterzienser zogen 1180 ins Kloster Lehnin an der Havel.",
            "Kloster Lehnin",
            id="building_keeps_its_head-a_monastery",
        ),
        pytest.param(
            "Im Herbst 1944 kam sie in das Konzentrationslager Ravensbrück.",
            "Konzentrationslager Ravensbrück",
            id="building_keeps_its_head-a_camp",
        ),
    ],
)
def test_a_name_that_runs_on_past_its_head_word_is_found(
    curated: Glossary, text: str, name: str
) -> None:
    assert name in discover(curated, text)


@pytest.mark.parametrize(
    ("text", "prefix"),
    [
        pytest.param(
            "Der Milchpreis für die Bauern fiel im Sommer um zwei Cent.",
            "Milchpreis",
            id="a_price_before_fuer_is_no_prize",
        ),
        pytest.param(
            "Später las er das Buch Goethes in Weimar noch einmal.",
            "Goethes",
            id="a_persons_genitive_after_a_works_noun_is_no_title",
        ),
    ],
)
def test_a_word_before_fuer_or_after_a_works_noun_opens_no_name(
    curated: Glossary, text: str, prefix: str
) -> None:
    found = discover(curated, text)
    assert not any(name.startswith(prefix) for name in found)


def test_a_german_noun_english_knows_only_as_a_name_is_one(curated: Glossary) -> None:
    """Wiktionary lists ``Gestapo`` as an ordinary noun; English writes it often, and only as
    the name of that one body."""
    text = "Im Herbst verhaftete die Gestapo den Pfarrer in seiner Wohnung."
    assert "Gestapo" in discover(curated, text)


def test_a_catalogue_word_after_a_given_name_is_a_persons_surname(curated: Glossary) -> None:
    """The catalogue's ``Wagner`` is the mercenary group; after a given name it is the
    composer's surname, and discovery reads his whole name."""
    text = "Im Festspielhaus dirigierte er Werke von Richard Wagner, dem Gründer der Festspiele."
    found = discover(curated, text)
    assert found["Richard Wagner"].kind == "person"


def test_a_catalogue_place_after_a_full_name_stays_the_place(curated: Glossary) -> None:
    """*Pompeo* is a given name too, but after *Mike* it is the surname: the catalogue's
    *Belarus* after it is the country he visited, not part of his name."""
    text = "Im Februar 2020 besuchte der damalige Außenminister Mike Pompeo Belarus."
    found = discover(curated, text)
    assert not any("Belarus" in name for name in found)


def test_a_dynasty_is_not_its_founders_inflected_name(curated: Glossary) -> None:
    text = "Bayern bekam Otto von Wittelsbach, und die Wittelsbacher regierten es bis 1918."
    found = discover(curated, text)
    assert found["Wittelsbacher"] is not found["Otto von Wittelsbach"]


def test_an_age_of_history_is_a_name_unless_one_of_many(curated: Glossary) -> None:
    found = discover(curated, "Nach der Reformation löste der Rat das Kloster auf.")
    assert "Reformation" in found
    found = discover(curated, "Die alte Oper erlebte damals eine Renaissance in Wien.")
    assert "Renaissance" not in found


def test_a_common_noun_a_text_writes_as_a_surname_after_a_given_name(curated: Glossary) -> None:
    """``Diesel`` is an ordinary noun to every lexicon; the text never writes it after an
    article, and twice, so after ``Rudolf`` it is his surname."""
    text = (
        "In Augsburg begann Rudolf Diesel 1893 mit dem Bau eines Motors. "
        "Diesel hatte jahrelang gerechnet."
    )
    assert "Rudolf Diesel" in discover(curated, text)


def test_a_frequent_noun_after_a_given_name_is_the_verbs_object(curated: Glossary) -> None:
    text = "Er gab Peter Geld für das Essen, und Geld war damals knapp."
    assert "Peter Geld" not in discover(curated, text)


def test_a_castle_no_lexicon_knows_is_a_place_but_not_a_sort_of_castle(curated: Glossary) -> None:
    text = (
        "Hoch über dem Dorf steht die Quastenburg. Im Winter war die Quastenburg leer. "
        "Die Bauern flohen in eine Wallburg am Hang. Die Grafen hatten ihre Stammburg im Tal."
    )
    found = discover(curated, text)
    assert found["Quastenburg"].kind == "place"
    assert "Wallburg" not in found
    assert "Stammburg" not in found


def test_a_month_before_a_byname_or_a_numeral_is_a_rulers_given_name(curated: Glossary) -> None:
    text = (
        "Der Kurfürst hieß in Polen August II. und im Volk August der Starke. "
        "Von August dem Starken erzählt man viel. Im August 1719 heiratete sein Sohn."
    )
    found = discover(curated, text)
    assert found["August der Starke"].kind == "person"
    assert found["August dem Starken"] is found["August der Starke"]
    assert "August" not in found


def test_a_foreign_name_in_s_takes_des_for_its_genitive_and_stays_a_name(
    curated: Glossary,
) -> None:
    text = (
        "Im Jahr 14 zog Drusillus, der Neffe des Marcellinus, nach Gallien. Die Reiter des "
        "Drusillus siegten, und die Briefe des Marcellinus erreichten Rom erst spät."
    )
    found = discover(curated, text)
    assert "Drusillus" in found
    assert "Marcellinus" in found


def test_a_plural_after_a_bare_preposition_or_in_a_list_is_no_land(curated: Glossary) -> None:
    """A toponym that is otherwise a noun's plural is a land only after a direction and its
    article: German sets the indefinite plurals of ordinary nouns after bare prepositions."""
    found = discover(
        curated,
        "Die Pflanze wächst in Wiesen und Wäldern. Die Partei verlor bei Wahlen in Hessen. "
        "Die Familien lebten in Häusern aus Lehm. Die Firma rechnet in Franken ab.",
    )
    assert not {"Wiesen", "Wahlen", "Häusern", "Franken"} & set(found)
    found = discover(curated, "Die Franken zogen über den Fluss. Er zahlte zehn Franken.")
    assert "Franken" not in found


def test_a_double_family_name_after_von_is_one_name_where_the_text_repeats_it(
    curated: Glossary,
) -> None:
    text = (
        "Die Erbin heiratete Kurt von Selbach und Hallenberg. Der Sohn, Max von Selbach und "
        "Hallenberg, übernahm das Werk. Der Dichter Paul von Kleist und Goethe lasen dort."
    )
    found = discover(curated, text)
    assert "Kurt von Selbach und Hallenberg" in found
    assert "Max von Selbach und Hallenberg" in found
    assert "Paul von Kleist und Goethe" not in found


def test_a_range_named_in_the_plural_after_a_direction_and_its_article(curated: Glossary) -> None:
    found = discover(curated, "Die Säumer trugen das Salz über die Pässe südlich der Alpen.")
    assert found["Alpen"].kind == "place"
    found = discover(curated, "Der Bischof verhandelte lange mit den Franken am Fluss.")
    assert "Franken" not in found


def test_a_word_of_position_before_a_listed_land_is_the_lands_part(curated: Glossary) -> None:
    found = discover(curated, "Viele Siedler kamen damals aus Oberschwaben und der Kurpfalz.")
    assert "Oberschwaben" in found
    assert "Niederlage" not in discover(curated, "Nach der Niederlage floh er nach Norden.")


def test_a_month_after_a_word_of_time_opens_no_byname(curated: Glossary) -> None:
    """After ``seit``, ``im`` or ``Mitte`` the month is a time, and the article with a
    capitalised adjective after it belongs to the clause."""
    found = discover(curated, "Seit August der Neue im Amt ist, tagt der Rat öfter.")
    assert not any(name.startswith("August") for name in found)
    found = discover(curated, "Die Stadt huldigte August dem Starken.")
    assert "August dem Starken" in found or "August der Starke" in found


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        pytest.param(
            "Den Antrag stellte der Bayerische Land- und Forstwirtschaftsverband im Mai.",
            "Bayerische Land- und Forstwirtschaftsverband",
            "organisation",
            id="an_association_whose_head_completes_a_truncated_compound",
        ),
        pytest.param(
            "Die Prüfung übernahm das Hafen- und Schifffahrtsamt Emden im Auftrag des Bundes.",
            "Hafen- und Schifffahrtsamt Emden",
            "organisation",
            id="an_office_named_after_its_town_opened_by_a_truncated_compound",
        ),
        pytest.param(
            "Den Antrag stellte der Bayerische Land\u2010 und Forstwirtschaftsverband im Mai.",
            "Bayerische Land\u2010 und Forstwirtschaftsverband",
            "organisation",
            id="a_typeset_hyphen_stays_in_the_name",
        ),
        pytest.param(
            "Im Herbst fuhren wir mit dem Boot über den Sigmaringer See bis hinüber nach Laiz.",
            "Sigmaringer See",
            "place",
            id="a_lake_named_by_the_adjective_of_a_town_in_ingen",
        ),
        pytest.param(
            "Vom Ufer aus schwammen zwei Hunde durch den Tuttlinger See.",
            "Tuttlinger See",
            "place",
            id="a_lake_named_by_the_adjective_of_a_town_after_durch_den",
        ),
        pytest.param(
            "Im Jahr 1856 bekräftigte das Pariser Protokoll die Neutralität des Landes.",
            "Pariser Protokoll",
            "event",
            id="a_protocol_named_after_a_town",
        ),
        pytest.param(
            "Die Bregenzer Festspiele eröffneten 1946 auf zwei Kähnen im Hafen.",
            "Bregenzer Festspiele",
            "event",
            id="a_festival_named_after_a_town",
        ),
        pytest.param(
            "Die Verbündeten schrieben ihre Pläne im Protokoll von Compiègne nieder.",
            "Protokoll von Compiègne",
            "event",
            id="a_protocol_named_after_its_place_with_von",
        ),
    ],
)
def test_a_german_name_is_found_whole(curated: Glossary, text: str, name: str, kind: str) -> None:
    assert discover(curated, text)[name].kind == kind


@pytest.mark.parametrize(
    ("text", "names"),
    [
        pytest.param(
            "Die Schiffe fuhren zwischen Nord- und Ostsee hin und her.",
            {"Nordsee", "Ostsee"},
            id="two_seas_coordinated_stay_two_names",
        ),
        pytest.param(
            "Entdeckt wurde die Kernspaltung von Otto Hahn - und Fritz Straßmann half ihm dabei.",
            {"Otto Hahn", "Fritz Straßmann"},
            id="a_dash_between_spaces_joins_no_names",
        ),
        pytest.param(
            "Die Firma gründeten Werner Siemens - und Johann Georg Halske brachte das Geld.",
            {"Werner Siemens", "Johann Georg Halske"},
            id="a_dash_between_spaces_before_a_full_name",
        ),
    ],
)
def test_coordinated_names_stay_apart(curated: Glossary, text: str, names: set[str]) -> None:
    assert set(discover(curated, text)) == names


def test_a_small_towns_people_are_no_name(curated: Glossary) -> None:
    found = discover(curated, "Damals zogen viele Tuttlinger Bergleute in die Städte am Rhein.")
    assert not any(name.startswith("Tuttlinger") for name in found)


def test_a_protocol_alone_is_no_name(curated: Glossary) -> None:
    found = discover(
        curated, "Im Protokoll der Sitzung stand nichts. Das Protokoll wurde verlesen."
    )
    assert not any("Protokoll" in name for name in found)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Im Keller des Annexes lagerten die Funde.", id="after_des"),
        pytest.param(
            "Vom Dach eines verlassenen Speichers sah man den ganzen Hafen.",
            id="after_eines_and_an_adjective",
        ),
    ],
)
def test_an_ordinary_nouns_genitive_after_des_is_no_name(curated: Glossary, text: str) -> None:
    found = discover(curated, text)
    assert not {"Annexes", "Annex", "Speichers", "Speicher"} & set(found)


def test_an_english_plural_after_die_stays_a_teams_name(curated: Glossary) -> None:
    found = discover(curated, "Die Panthers gewannen. Der Sieg der Panthers war knapp.")
    assert "Panthers" in found


def test_an_article_of_another_language_alone_is_no_name(curated: Glossary) -> None:
    """A title in Italian or French opens with an article; alone it names nothing, inside a
    name it stays (``Le Havre``)."""
    text = "Im Buch „Il ponte sul fiume“ schreibt Lucia Ferrante. „La nuit tombe“ las Ines Vogt."
    found = discover(curated, text + " Das Schiff fuhr nach Le Havre.")
    assert "Il" not in found and "La" not in found
    assert "Le Havre" in found


@pytest.mark.parametrize(
    "text",
    [
        "Tomas Richter sah von Pordoi aus die Gipfel. Am Abend schlief er.",
        "Der Weg führte die Wanderer nach Pordoi hin. Dort rasteten sie.",
    ],
)
def test_von_x_aus_and_nach_x_hin_name_a_place(curated: Glossary, text: str) -> None:
    assert discover(curated, text)["Pordoi"].kind == "place"


def test_aus_with_its_own_phrase_leaves_a_person_after_von(curated: Glossary) -> None:
    found = discover(curated, "Ein Brief von Goethe aus Weimar kam an. Goethe schrieb viel.")
    assert found["Goethe"].kind == "person"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param(
            "Beim Grubenunglück von Marienthal starben 1911 dreißig Bergleute.",
            "Grubenunglück von Marienthal",
            id="a_compound_on_unglueck_and_von",
        ),
        pytest.param(
            "Das Erdbeben von Messina zerstörte 1908 die Stadt.",
            "Erdbeben von Messina",
            id="a_compound_on_beben",
        ),
        pytest.param(
            "Nach dem Grubenunglück bei Marcinelle trauerte ganz Belgien.",
            "Grubenunglück bei Marcinelle",
            id="a_compound_on_unglueck_and_bei",
        ),
    ],
)
def test_a_disaster_named_after_its_place_is_an_event(
    curated: Glossary, text: str, name: str
) -> None:
    assert discover(curated, text)[name].kind == "event"


def test_a_town_adjective_and_a_disaster_compound_name_an_event(curated: Glossary) -> None:
    text = "Die Hamburger Sturmflut kostete 1962 über dreihundert Menschen das Leben."
    assert discover(curated, text)["Hamburger Sturmflut"].kind == "event"


@pytest.mark.parametrize(
    "text",
    [
        "Nach dem Sturz von Mussolini floh der König nach Brindisi.",
        "Der Einsturz von Gebäuden drohte, und eine Flut von Briefen kam an.",
    ],
)
def test_a_bare_fall_or_a_common_noun_after_von_names_no_event(
    curated: Glossary, text: str
) -> None:
    found = discover(curated, text)
    assert not any(" von " in name for name in found)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        pytest.param(
            "Der Kostenvoranschlag von Siemens lag weit über dem Budget der Stadt.",
            "Siemens",
            id="an_estimate_by_a_firm",
        ),
        pytest.param(
            "Die Kostenexplosion bei Stuttgart 21 beschäftigte den Landtag.",
            "Stuttgart",
            id="a_cost_explosion",
        ),
        pytest.param(
            "Der Kurssturz bei Wirecard traf viele Anleger.", "Wirecard", id="a_share_price_fall"
        ),
        pytest.param(
            "Nach dem Verkehrsunfall bei Ulm war die Autobahn gesperrt.",
            "Ulm",
            id="an_everyday_accident",
        ),
        pytest.param(
            "Der Preissturz bei Aldi freute die Kundschaft in Bremen.",
            "Aldi",
            id="a_price_fall_of_my_own",
        ),
    ],
)
def test_a_cost_or_price_compound_before_von_or_bei_names_no_event(
    curated: Glossary, text: str, kept: str
) -> None:
    found = discover(curated, text)
    assert kept in found
    assert not any(" von " in name or " bei " in name for name in found)


def test_a_synod_named_after_its_town(curated: Glossary) -> None:
    found = discover(curated, "Die Dordrechter Synode tagte 1618 lange.")
    assert found["Dordrechter Synode"].kind == "event"


@pytest.mark.parametrize(
    ("text", "author", "town"),
    [
        pytest.param(
            "Ein Jahr danach\n\nVon Mara Beispiel\n\nDas Dorf liegt still im Tal.",
            "Mara Beispiel",
            None,
            id="a_surname_that_is_a_common_noun",
        ),
        pytest.param(
            "Ein Jahr danach\n\nVon Jonas Winter, Kassel\n\nDas Dorf liegt still im Tal.",
            "Jonas Winter",
            "Kassel",
            id="the_town_after_the_comma",
        ),
    ],
)
def test_a_bylines_von_names_its_author_and_town(
    curated: Glossary, text: str, author: str, town: str | None
) -> None:
    found = discover(curated, text)
    assert found[author].kind == "person"
    assert "Mara" not in found and "Jonas" not in found
    if town:
        assert found[town].kind == "place"


def test_von_inside_a_sentence_still_places_a_name(curated: Glossary) -> None:
    found = discover(curated, "Der Zug kam von Kassel Hauptbahnhof. Kassel ist groß.")
    assert found["Kassel"].kind == "place"


def test_an_english_bylines_by_names_its_author_whole(curated: Glossary) -> None:
    text = "Ten years on\n\nBy Jonas Winter, Leeds\n\nThe village lies quiet in the valley."
    found = discover(curated, text, language="en")
    assert found["Jonas Winter"].kind == "person"
    assert found["Leeds"].kind == "place"


@pytest.mark.parametrize(
    ("text", "language", "person"),
    [
        pytest.param(
            "Der Blaue Reiter\n\nVon Paul Klee, Franz Marc und August Macke stammen die "
            "schönsten Bilder der Sammlung. Marc starb 1916.",
            "de",
            "Franz Marc",
            id="a_list_of_painters",
        ),
        pytest.param(
            "Letters\n\nBy Charles Dickens, Wilkie Collins received many letters. Collins "
            "kept them all.",
            "en",
            "Wilkie Collins",
            id="a_sentence_after_the_comma",
        ),
        pytest.param(
            "Aus dem Verlag\n\nVon Anna Seghers, Christa Wolf und Irmtraud Morgner erschienen "
            "dort viele Bücher. Wolf lebte in Berlin.",
            "de",
            "Christa Wolf",
            id="a_list_of_writers",
        ),
    ],
)
def test_a_name_after_a_lines_opening_von_and_a_comma_stays_a_person(
    curated: Glossary, text: str, language: str, person: str
) -> None:
    found = discover(curated, text, language=language)
    assert found[person].kind == "person"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param(
            "Die Wanderkarte zeigt das Meißner Bergland und die Elbe.",
            "Meißner Bergland",
            id="a_landscape_after_an_adjective_that_is_a_surname_too",
        ),
        pytest.param(
            "Die Opfer des Petersburger Blutsonntags wurden begraben.",
            "Petersburger Blutsonntags",
            id="a_rare_noun_in_the_genitive",
        ),
    ],
)
def test_a_town_adjective_that_is_a_name_word_keeps_the_noun_it_names(
    curated: Glossary, text: str, name: str
) -> None:
    assert name in discover(curated, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param(
            "Nach dem Krieg regelte die Tauberfelder Konvention die Grenze neu.",
            "Tauberfelder Konvention",
            id="an_adjective_no_lexicon_knows_before_a_head",
        ),
        pytest.param(
            "Im Frühjahr regelte die Wetterauer Konvention den Zoll neu.",
            "Wetterauer Konvention",
            id="an_agreement_named_after_a_land",
        ),
        pytest.param(
            "Der Ammerländer Bund tagte im Winter in der Mühle.",
            "Ammerländer Bund",
            id="a_league_named_after_a_land",
        ),
    ],
)
def test_a_town_adjective_no_list_holds_opens_the_name_of_its_noun(
    curated: Glossary, text: str, name: str
) -> None:
    assert name in discover(curated, text)


@pytest.mark.parametrize(
    "text",
    [
        "Im Herbst brachten die Flößer Stämme aus dem Wald.",
        "Abends tranken wir Moosbrunner Wasser aus der Quelle.",
        "Auf dem Markt verkauften die Ammerländer Bauern ihren Käse.",
        "Ein Wetterauer Händler brachte das Salz.",
        "Im Krieg wurden die Ortenauer Schanzen gestürmt. Die Schanzen fielen.",
    ],
)
def test_an_unlisted_town_adjective_before_a_common_noun_names_nothing(
    curated: Glossary, text: str
) -> None:
    found = discover(curated, text)
    assert not [name for name in found if " " in name], found


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        pytest.param(
            "Vom Turm sah man eine Heidelandschaft mit kleinen Seen.",
            "Heidelandschaft",
            id="a_rare_compound_after_eine",
        ),
        pytest.param(
            "Im Norden lag eine weite Heidelandschaft mit Seen.",
            "Heidelandschaft",
            id="an_adjective_between",
        ),
        pytest.param(
            "Auf der Reise fand sie sich mit einem Atlas zurecht.",
            "Atlas",
            id="a_common_noun_that_is_also_a_name",
        ),
        pytest.param(
            "Hinter dem Dorf lag ein alter Wall aus Erde.",
            "Wall",
            id="a_common_noun_a_surname_list_holds",
        ),
    ],
)
def test_a_word_only_after_an_indefinite_article_is_no_name(
    curated: Glossary, text: str, noun: str
) -> None:
    assert noun not in discover(curated, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Im Jahr 1961 flog eine Boeing der Lufthansa nach New York.", "Boeing"),
        ("Die Fürstin war eine Hohenzollern und sprach fließend Französisch.", "Hohenzollern"),
        ("Im Museum hängt ein Rembrandt neben zwei Stillleben.", "Rembrandt"),
    ],
)
def test_a_name_after_an_indefinite_article_stays_a_name(
    curated: Glossary, text: str, name: str
) -> None:
    assert name in discover(curated, text)


@pytest.mark.parametrize(
    "text",
    [
        "Die Kinder spielten im Hof hinter der Schule.",
        "Der Gesandte blieb zwei Jahre am Hof in Madrid.",
    ],
)
def test_a_town_that_is_a_noun_after_a_contraction_is_no_name(curated: Glossary, text: str) -> None:
    assert "Hof" not in discover(curated, text)


def test_a_town_that_is_a_noun_written_bare_stays_a_town(curated: Glossary) -> None:
    text = "Der Zug fuhr von Hof nach Plauen. In Hof stieg sie aus."
    assert discover(curated, text)["Hof"].kind == "place"


def test_initials_before_a_surname_stay_with_it(curated: Glossary) -> None:
    found = discover(curated, "Im Jahr 1880 zeichnete H. J. G. Ferzenaar die Insel.")
    assert found["H. J. G. Ferzenaar"].kind == "person"
    assert "J. G. Ferzenaar" not in found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param(
            "Nach der Jütlandschlacht zählte man die Toten.", "Jütlandschlacht", id="a_sea"
        ),
        pytest.param("Der Kurlandaufstand wurde niedergeschlagen.", "Kurlandaufstand", id="a_land"),
    ],
)
def test_an_event_compound_on_a_toponym_only_wiktionary_lists(
    curated: Glossary, text: str, name: str
) -> None:
    assert discover(curated, text)[name].kind == "event"
