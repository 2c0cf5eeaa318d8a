"""The mention finder on made-up sentences: inflection, compounds, quotes, breaks, precision."""

from __future__ import annotations

import json
from array import array
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from glossary.entities import Glossary, build_entry, load_glossary
from glossary.folding import fold
from glossary.mentions import MentionCache, find_mentions


@pytest.fixture(scope="module")
def glossary() -> Glossary:
    return load_glossary(None)


def small_glossary() -> Glossary:
    """A made-up catalogue exercising the alias flags."""
    raws = [
        {"id": "river", "name": "Flussland", "kind": "state", "aliases": ["FL"]},
        {
            "id": "plan",
            "name": "Flussplan",
            "kind": "programme",
            "aliases": [{"name": "Fahrplan", "common": True}],
            "related": ["river"],
        },
        {"id": "sky", "name": "Blue Sky", "kind": "agreement",
         "aliases": [{"name": "Blue Sky", "exact": True}]},
    ]  # fmt: skip
    return glossary_of(raws)


def glossary_of(raws: list[dict[str, Any]]) -> Glossary:
    """A glossary of made-up catalogue entries, in the catalogue's raw form."""
    entries = [build_entry(raw) for raw in raws]
    return Glossary({entry.id: entry for entry in entries})


def found(glossary: Glossary, text: str) -> list[tuple[str, str]]:
    return [(m.entry_id, m.text) for m in find_mentions(glossary, text)]


@pytest.mark.parametrize(
    ("text", "entry_id", "surface"),
    [
        ("Die Vertiefung des Unionsstaats stockte.", "union-state", "Unionsstaats"),
        ("Die Organe des Unionsstaates tagten.", "union-state", "Unionsstaates"),
        ("Lukaschenkas Macht wankte.", "lukaschenka", "Lukaschenkas"),
        ("Ein Gespräch mit Lukashenko.", "lukaschenka", "Lukashenko"),
        ("Die Minsker Führung schwieg.", "minsk", "Minsker"),
        ("Die Lage Moskaus war schwierig.", "moscow", "Moskaus"),
        ("Die Umsetzung der Unionsprogramme lief.", "union-programmes", "Unionsprogramme"),
        ("Mit den Unionsprogrammen ging es voran.", "union-programmes", "Unionsprogrammen"),
        ("Die Staaten der Vereinten Nationen.", "un", "Vereinten Nationen"),
        ("Vor der Generalversammlung der Vereinten Nationen.", "unga",
         "Generalversammlung der Vereinten Nationen"),
        ("Die Dauer des Kriegs in der Ostukraine.", "donbas-war", "Kriegs in der Ostukraine"),
    ],
)  # fmt: skip
def test_inflected_names_are_found(
    glossary: Glossary, text: str, entry_id: str, surface: str
) -> None:
    assert (entry_id, surface) in found(glossary, text)


@pytest.mark.parametrize(
    ("text", "entry_id", "surface"),
    [
        ("Das Manöver Sapad-2021 war groß.", "sapad", "Sapad"),
        ("Die Wagner-Söldner zogen ab, als Prigoschin starb.", "wagner", "Wagner"),
        ("Das Lukaschenka-Regime blieb.", "lukaschenka", "Lukaschenka"),
        ("Ein Nato-Beitritt kam nicht in Frage.", "nato", "Nato"),
        ("Die EU-Sanktionen wirkten.", "eu", "EU"),
        ("Er kämpfte im Kalinouski-Regiment.", "kalinouski-regiment", "Kalinouski-Regiment"),
    ],
)
def test_hyphenated_compounds_mark_the_name_part(
    glossary: Glossary, text: str, entry_id: str, surface: str
) -> None:
    assert (entry_id, surface) in found(glossary, text)


@pytest.mark.parametrize(
    ("text", "entry_id", "surface"),
    [
        ("Das Manöver »Sapad« begann.", "sapad", "Sapad"),
        ("Der „Unionsstaat“ wuchs.", "union-state", "Unionsstaat"),
        ('Sie nannten es "Zapad 2017".', "sapad", "Zapad"),
        ("Das ‚Kalinoŭski-Regiment‘ kämpfte.", "kalinouski-regiment", "Kalinoŭski-Regiment"),
    ],
)
def test_quotation_marks_do_not_hide_names(
    glossary: Glossary, text: str, entry_id: str, surface: str
) -> None:
    assert (entry_id, surface) in found(glossary, text)


@pytest.mark.parametrize(
    ("text", "entry_id"),
    [
        ("Die Organisation des Vertrags\n   über kollektive Sicherheit tagte.", "csto"),
        ("Ein Treffen mit Wladimir\nPutin.", "putin"),
        ("Das Kastus-\nKalinouski-Regiment.", "kalinouski-regiment"),
        ("Die Gemeinschaft  Unabhängiger\r\nStaaten.", "cis"),
    ],
)
def test_line_breaks_inside_multi_word_names(glossary: Glossary, text: str, entry_id: str) -> None:
    mentions = find_mentions(glossary, text)
    assert [m.entry_id for m in mentions] == [entry_id]
    assert "\n" in mentions[0].text


@pytest.mark.parametrize(
    ("text", "entry_id"),
    [
        ("Die OVKS tagte.", "csto"),
        ("The CSTO met.", "csto"),
        ("Die ODKB tagte.", "csto"),
        ("Die Organisation des Vertrags über kollektive Sicherheit tagte.", "csto"),
        ("Die Europäische Union und die EU.", "eu"),
    ],
)
def test_full_names_and_abbreviations_both_found(
    glossary: Glossary, text: str, entry_id: str
) -> None:
    assert {m.entry_id for m in find_mentions(glossary, text)} == {entry_id}


@pytest.mark.parametrize(
    "text",
    [
        "Der Preis betrug 5 EUR.",
        "Europas Zukunft.",  # "Europa" is an entry of its own, never the EU
        "Die Eu-Frage.",
        "Auf eu lautet die Endung.",
        "The GUSTO was fine.",
        "let us go",
        "Ein Ovks ist kein Wort.",
    ],
)
def test_short_aliases_are_whole_word_and_case_sensitive(glossary: Glossary, text: str) -> None:
    ids = {m.entry_id for m in find_mentions(glossary, text)}
    assert not ids & {"eu", "usa", "cis", "csto"}


def test_mentions_are_sorted_longest_first_and_nested_names_count(glossary: Glossary) -> None:
    text = "Die Militärdoktrin des Unionsstaats und die Annexion der Krim; dann Putin."
    mentions = find_mentions(glossary, text)
    assert [(m.entry_id, m.text) for m in mentions] == [
        ("union-military-doctrine", "Militärdoktrin des Unionsstaats"),
        ("union-state", "Unionsstaats"),
        ("crimea-annexation", "Annexion der Krim"),
        ("crimea", "Krim"),
        ("putin", "Putin"),
    ]
    assert all(text[m.start : m.end] == m.text for m in mentions)


def test_a_longer_name_of_the_same_entry_hides_its_shorter_names(glossary: Glossary) -> None:
    mentions = find_mentions(glossary, "Alexander Lukaschenka sprach.")
    assert [m.text for m in mentions] == ["Alexander Lukaschenka"]


def test_offsets_survive_characters_that_fold_to_two() -> None:
    text = "İstanbul, Straße, dann Flussland."
    assert fold(text) and len(fold(text)) == len(text)
    [mention] = find_mentions(small_glossary(), text)
    assert text[mention.start : mention.end] == "Flussland"


def test_common_word_alias_needs_an_unambiguous_name_nearby() -> None:
    glossary = small_glossary()
    assert found(glossary, "Der Fahrplan der Bahn.") == []
    assert found(glossary, "Flussland beschloss den Fahrplan.") == [
        ("river", "Flussland"),
        ("plan", "Fahrplan"),
    ]


def test_exact_alias_needs_its_capitalisation() -> None:
    glossary = small_glossary()
    assert found(glossary, "under a blue sky") == []
    assert found(glossary, "das „Blue Sky“-Abkommen") == [("sky", "Blue Sky")]


def test_adjectives_are_not_mentions(glossary: Glossary) -> None:
    assert found(glossary, "Die russische und belarussische Seite; Russian troops.") == []


def test_empty_glossary_finds_nothing() -> None:
    assert find_mentions(Glossary({}), "Putin und Minsk") == []


def test_cache_returns_the_same_mentions(glossary: Glossary, tmp_path: Path) -> None:
    cache = MentionCache(tmp_path / "mentions")
    text = "Lukaschenka traf Putin in Minsk."
    first = cache.find(glossary, text)
    assert cache.path_for(glossary, text).exists()
    assert cache.find(glossary, text) == first == find_mentions(glossary, text)


def test_cache_recovers_from_a_corrupt_file(glossary: Glossary, tmp_path: Path) -> None:
    cache = MentionCache(tmp_path)
    text = "Sapad und Zapad."
    cache.path_for(glossary, text).write_text("{not json", encoding="utf-8")
    assert [m.entry_id for m in cache.find(glossary, text)] == ["sapad", "sapad"]


def test_cache_file_names_each_entry_once_then_holds_three_numbers_a_mention(
    glossary: Glossary, tmp_path: Path
) -> None:
    cache = MentionCache(tmp_path)
    text = "Putin traf Putin. Lukaschenka und Putin in Minsk."
    fresh = cache.find(glossary, text)
    head, _, body = cache.path_for(glossary, text).read_bytes().partition(b"\n")
    data = json.loads(head)
    assert sorted(data["entries"]) == sorted({m.entry_id for m in fresh})
    assert data["count"] == len(fresh) == 5
    assert len(body) == (4 + 8 + 8) * len(fresh)
    again = cache.find(glossary, text)
    assert again == fresh == find_mentions(glossary, text)
    assert again.counts() == {"putin": 3, "lukaschenka": 1, "minsk": 1}
    assert [m.start for m in again.of_entry("putin")] == [0, 11, 34]


def _damaged(tmp_path: Path, glossary: Glossary, text: str) -> list[bytes]:
    """Cache files that do not fit ``text``: each must be recomputed, never believed."""
    cache = MentionCache(tmp_path)
    good = cache.path_for(glossary, text)
    cache.find(glossary, text)
    data = good.read_bytes()
    head, _, body = data.partition(b"\n")
    fields = json.loads(head)
    numbers = array("I", [0, 0])
    starts, ends = array("q", [0, 10]), array("q", [5, 500])  # past the end of the text
    far = json.dumps({**fields, "count": 2}).encode() + b"\n"
    return [
        b"{not json",
        head + b"\n" + body[:-3],  # cut short
        json.dumps({**fields, "entries": []}).encode() + b"\n" + body,  # no such entry
        json.dumps({**fields, "order": "middle"}).encode() + b"\n" + body,
        far + numbers.tobytes() + starts.tobytes() + ends.tobytes(),
    ]


def test_cache_recomputes_a_file_that_does_not_fit(glossary: Glossary, tmp_path: Path) -> None:
    cache = MentionCache(tmp_path)
    text = "Sapad und Zapad."
    for data in _damaged(tmp_path, glossary, text):
        cache.path_for(glossary, text).write_bytes(data)
        assert cache.find(glossary, text) == find_mentions(glossary, text)
        assert [m.entry_id for m in cache.find(glossary, text)] == ["sapad", "sapad"]


@pytest.mark.parametrize("stretch", [1, 40, 300])
def test_a_text_read_in_stretches_has_the_mentions_of_the_whole(
    glossary: Glossary, stretch: int
) -> None:
    from documents.catalog import read_catalog
    from documents.loader import load_document

    matcher = glossary.matcher
    for entry in read_catalog():
        text = load_document(entry.path, meta=entry.meta).text
        whole = matcher.scan_table(text, stretch=len(text))
        assert len(matcher.stretches(text, stretch)) > 3
        assert matcher.scan_table(text, stretch=stretch) == whole
        assert len(whole) > 100


def test_the_common_rule_looks_at_the_whole_text_across_stretches() -> None:
    glossary = small_glossary()
    text = "Der Fahrplan kam. " + "Nichts, " * 200 + "Der Flussplan gilt."
    alone = "Der Fahrplan kam. " + "Nichts, " * 200 + "Ende."
    for stretch in (10, len(text)):
        found = glossary.matcher.scan_table(text, stretch=stretch)
        assert [m.text for m in found] == ["Fahrplan", "Flussplan"]
        assert list(glossary.matcher.scan_table(alone, stretch=stretch)) == []


def test_a_name_with_a_stop_character_is_never_cut() -> None:
    entry = build_entry({"id": "a", "name": "Ost, West", "kind": "concept"})
    matcher = Glossary({entry.id: entry}).matcher
    text = "Zwischen Ost, West und Nord. " * 50
    assert all(text[stop - 1] != "," for _, stop in matcher.stretches(text, 10))
    assert len(matcher.scan_table(text, stretch=10)) == 50


def test_verifiers_are_compiled_when_a_match_needs_them(glossary: Glossary) -> None:
    from glossary import mentions

    mentions._compiled.cache_clear()
    matcher = mentions.Matcher(glossary.entries.values())
    assert mentions._compiled.cache_info().currsize == 0
    assert [m.text for m in matcher.scan("Die EU und die Eu.")] == ["EU"]
    assert mentions._compiled.cache_info().currsize >= 1


@pytest.mark.parametrize("piece_chars", [150, 2_000])
def test_names_compiled_in_pieces_find_what_one_expression_finds(
    glossary: Glossary, piece_chars: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    from documents.catalog import read_catalog
    from documents.loader import load_document
    from glossary import mentions

    whole = mentions.Matcher(glossary.entries.values())
    monkeypatch.setattr(mentions, "PIECE_CHARS", piece_chars)
    cut = mentions.Matcher(glossary.entries.values())
    assert len(whole._pieces) == 1 and len(cut._pieces) > 3
    made_up = "Die Generalversammlung der Vereinten Nationen, die EU und die Eu, Unionsstaates."
    texts = [load_document(entry.path, meta=entry.meta).text for entry in read_catalog()]
    for text in [made_up, *texts]:
        assert cut.scan_table(text) == whole.scan_table(text)
        assert cut.scan(text, strict=False) == whole.scan(text, strict=False)


def test_a_middle_name_is_no_mention_of_what_it_also_names() -> None:
    """ "Washington" in "George Washington Goethals" is no mention of the city; "Aragon" in
    "Friedrich von Aragon der Ältere" is the land he is named after; the first and the last
    word of a person's name, and names inside an organisation's, count as before."""
    raws = [
        {"id": "goethals", "name": "George Washington Goethals", "kind": "person"},
        {"id": "friedrich", "name": "Friedrich von Aragon der Ältere", "kind": "person"},
        {"id": "london", "name": "Jack London", "kind": "person"},
        {"id": "washington", "name": "Washington", "kind": "place"},
        {"id": "aragon", "name": "Aragon", "kind": "place"},
        {"id": "city", "name": "London", "kind": "place"},
        {"id": "railroad", "name": "Washington Railroad", "kind": "organisation"},
    ]
    glossary = glossary_of(raws)
    text = "George Washington Goethals, Friedrich von Aragon der Ältere, Jack London, die "
    text += "Washington Railroad."
    assert found(glossary, text) == [
        ("goethals", "George Washington Goethals"),
        ("friedrich", "Friedrich von Aragon der Ältere"),
        ("aragon", "Aragon"),
        ("london", "Jack London"),
        ("city", "London"),
        ("railroad", "Washington Railroad"),
        ("washington", "Washington"),
    ]


def test_a_relatives_full_name_is_no_mention_of_the_person_sharing_the_surname() -> None:
    """ "Karl Brenner" is the father, not his daughter "Ida Brenner", whose surname alone
    names her elsewhere; a place at the end of a person's name still counts."""
    raws = [
        {"id": "ida", "name": "Ida Brenner", "kind": "person", "aliases": ["Brenner"]},
        {"id": "karl", "name": "Karl Brenner", "kind": "person"},
        {"id": "florida", "name": "Florida", "kind": "place"},
        {"id": "francisco", "name": "Francisco Florida", "kind": "person"},
    ]
    glossary = glossary_of(raws)
    text = "Ihr Vater Karl Brenner schrieb an Brenner. Francisco Florida segelte."
    assert found(glossary, text) == [
        ("karl", "Karl Brenner"),
        ("ida", "Brenner"),
        ("francisco", "Francisco Florida"),
        ("florida", "Florida"),
    ]


def test_a_discovered_name_takes_only_a_proper_names_endings() -> None:
    """A name found in the texts is a proper name: "Brück" (a town) is mentioned in
    "Brücks" and "Brücker", never in the common noun "Brücke"; a curated term such as
    "Flussplan" still takes the endings of a common noun ("Flussplanen")."""
    raw = {
        "id": "found-bruck",
        "name": "Brück",
        "kind": "place",
        "aliases": [{"name": "Brück", "exact": True}],
    }
    town = replace(build_entry(raw), source="discovered")
    plan = build_entry({"id": "plan", "name": "Flussplan", "kind": "programme"})
    glossary = Glossary({town.id: town, plan.id: plan})
    text = "Die Brücke, die Brücken, Brücks Rathaus, der Brücker Markt, in Brück, Flussplanen."
    assert found(glossary, text) == [
        ("found-bruck", "Brücks"),
        ("found-bruck", "Brücker"),
        ("found-bruck", "Brück"),
        ("plan", "Flussplanen"),
    ]
