"""The catalogue: soundness of the bundled data, the user file, lookups and name expansion."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from glossary.entities import (
    BUNDLED_PATH,
    Glossary,
    Kind,
    _read_entries,
    build_entry,
    date_range,
    load_glossary,
    soundness_problems,
)
from glossary.folding import name_key


@pytest.fixture(scope="module")
def bundled() -> Glossary:
    return load_glossary(None)


def test_bundled_catalogue_is_sound(bundled: Glossary) -> None:
    raw_ids = [raw["id"] for raw, _ in _read_entries(BUNDLED_PATH, [])]
    assert len(raw_ids) == len(set(raw_ids)) == len(bundled.entries)
    assert bundled.warnings == []
    assert soundness_problems(bundled.entries.values()) == []
    owners: dict[str, str] = {}
    for entry in bundled.entries.values():
        for name in entry.all_names():
            assert owners.setdefault(name_key(name), entry.id) == entry.id, name
        assert all(related in bundled.entries for related in entry.related)
        for key_date in entry.dates:
            start, end = date_range(key_date.value)
            assert start <= end and key_date.label
        assert entry.description and entry.name_en


@pytest.mark.parametrize(
    ("entry_id", "names"),
    [
        ("sapad", {"Sapad", "Zapad"}),
        ("union-state", {"Unionsstaat", "Union State"}),
        ("csto", {"OVKS", "ODKB", "CSTO", "Organisation des Vertrags über kollektive Sicherheit"}),
        ("kalinouski-regiment", {"Kalinouski-Regiment", "Kastuś Kalinoŭski Regiment"}),
        ("lukaschenka", {"Lukaschenka", "Lukaschenko", "Lukashenko", "Lukašenka"}),
        ("kyiv", {"Kyjiw", "Kiew", "Kyiv"}),
        ("nato", {"NATO", "Nato"}),
    ],
)
def test_required_entries_know_their_names(bundled: Glossary, entry_id: str, names: set) -> None:
    entry = bundled.get(entry_id)
    assert entry is not None
    assert names <= set(entry.all_names())


def test_sapad_editions_are_dated(bundled: Glossary) -> None:
    sapad = bundled.entries["sapad"]
    years = {date_range(d.value)[0].year for d in sapad.dates}
    assert {2017, 2021} <= years
    assert sapad.kind is Kind.EXERCISE


@pytest.mark.parametrize(
    ("value", "start", "end"),
    [
        ("2021", date(2021, 1, 1), date(2021, 12, 31)),
        ("2024-02", date(2024, 2, 1), date(2024, 2, 29)),
        ("2021-12", date(2021, 12, 1), date(2021, 12, 31)),
        ("2017-09-14/2017-09-20", date(2017, 9, 14), date(2017, 9, 20)),
        ("2014-04/2022-02-24", date(2014, 4, 1), date(2022, 2, 24)),
    ],
)
def test_date_values_parse(value: str, start: date, end: date) -> None:
    assert date_range(value) == (start, end)


@pytest.mark.parametrize("value", ["21", "2021-13", "2021-02-30", "2022/2021", "Sept. 2021", ""])
def test_bad_date_values_are_rejected(value: str) -> None:
    with pytest.raises(ValueError):
        date_range(value)


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_user_entries_merge_with_bundled_ones(tmp_path: Path) -> None:
    user = write(
        tmp_path / "glossary.toml",
        """
[[entry]]
id = "sapad"
aliases = ["Westmanöver"]
description = "Meine eigene Beschreibung."

[[entry]]
id = "my-river"
name = "Flussland"
kind = "place"
aliases = [{ name = "Fahrplan", common = true }]
related = ["sapad"]
""",
    )
    glossary = load_glossary(user)
    assert glossary.warnings == []
    sapad = glossary.entries["sapad"]
    assert {"Zapad", "Westmanöver"} <= set(sapad.all_names())
    assert sapad.description == "Meine eigene Beschreibung."
    assert sapad.dates == load_glossary(None).entries["sapad"].dates
    assert glossary.entries["my-river"].aliases[0].common
    assert [e.id for e in glossary.lookup("Westmanövers")] == ["sapad"]
    assert glossary.fingerprint != load_glossary(None).fingerprint


def test_broken_user_file_is_reported_with_line_and_bundled_still_works(tmp_path: Path) -> None:
    user = write(tmp_path / "glossary.toml", '[[entry]]\nid = "x"\nname = "Unclosed\n')
    glossary = load_glossary(user)
    [warning] = glossary.warnings
    assert str(user) in warning and "line 3" in warning
    assert "sapad" in glossary.entries


def test_invalid_user_entry_is_skipped_with_its_line(tmp_path: Path) -> None:
    user = write(
        tmp_path / "glossary.toml",
        """[[entry]]
id = "fine"
name = "Gutland"
kind = "state"

[[entry]]
id = "bad"
name = "Schlechtland"
kind = "planet"

[[entry]]
id = "sapad"
dates = [{ value = "Herbst 2025", label = "Sapad-2025" }]
""",
    )
    glossary = load_glossary(user)
    assert "fine" in glossary.entries and "bad" not in glossary.entries
    assert any("line 6" in w and "planet" in w for w in glossary.warnings)
    assert any("line 11" in w and "Herbst 2025" in w for w in glossary.warnings)
    assert glossary.entries["sapad"].dates == load_glossary(None).entries["sapad"].dates


@pytest.mark.parametrize(
    ("text", "needle"),
    [
        ('title = "no entries here"\n', "only [[entry]]"),
        ('[[entry]]\nid = "x"\nname = "X"\nkind = "state"\nrelated = ["nowhere"]\n', "nowhere"),
        ('[[entry]]\nid = "x2"\nname = "Putin"\nkind = "person"\n', "already a name"),
        ('[[entry]]\nid = "Bad Id"\nname = "X"\nkind = "state"\n', "id"),
        ('[[entry]]\nid = "x3"\nname = "X"\nkind = "state"\ncolour = "red"\n', "colour"),
    ],
)
def test_user_file_problems_become_warnings(tmp_path: Path, text: str, needle: str) -> None:
    glossary = load_glossary(write(tmp_path / "glossary.toml", text))
    assert any(needle in warning for warning in glossary.warnings)
    assert "union-state" in glossary.entries


def test_unreadable_user_file_is_a_warning(tmp_path: Path) -> None:
    user = tmp_path / "glossary.toml"
    user.write_bytes(b"\xff\xfe\x00broken")
    glossary = load_glossary(user)
    assert glossary.warnings and str(user) in glossary.warnings[0]


def test_missing_user_file_is_fine(tmp_path: Path) -> None:
    assert load_glossary(tmp_path / "absent.toml").warnings == []


@pytest.mark.parametrize(
    ("term", "entry_id"),
    [
        ("zapad", "sapad"),
        ("Unionsstaats", "union-state"),
        ("LUKASCHENKAS", "lukaschenka"),
        ("union state", "union-state"),
        ("csto", "csto"),
        ("eu", "eu"),
        ("Kalinowski", "kalinouski-regiment"),
    ],
)
def test_lookup_is_case_and_inflection_tolerant(
    bundled: Glossary, term: str, entry_id: str
) -> None:
    assert bundled.lookup(term)[0].id == entry_id


def test_lookup_also_finds_partial_names(bundled: Glossary) -> None:
    ids = [entry.id for entry in bundled.lookup("krieg")]
    assert {"milk-war", "georgian-war", "donbas-war"} <= set(ids)
    assert bundled.lookup("   ") == []


def test_lookup_lists_names_that_begin_with_the_term_before_those_that_hide_it() -> None:
    raws = [
        {"id": "migrants", "name": "Migrantenkrise", "kind": "event"},
        {"id": "grant", "name": "Ulysses S. Grant", "kind": "person"},
        {"id": "granada", "name": "Granada", "kind": "place"},
    ]
    entries = [build_entry(raw) for raw in raws]
    glossary = Glossary({entry.id: entry for entry in entries})
    assert [entry.id for entry in glossary.lookup("Grant")] == ["grant", "migrants"]
    assert [entry.id for entry in glossary.lookup("gran")] == ["grant", "granada", "migrants"]


@pytest.mark.parametrize(
    ("word", "expected", "absent"),
    [
        ("Sapad", {"Zapad"}, "Sapad"),
        ("Lukaschenko", {"Lukaschenka", "Alexander Lukashenko"}, "Lukaschenko"),
        ("OVKS", {"CSTO", "Organisation des Vertrags über kollektive Sicherheit"}, "OVKS"),
        ("Kiew", {"Kyjiw", "Kyiv"}, "Kiew"),
    ],
)
def test_other_names_for_search_expansion(
    bundled: Glossary, word: str, expected: set, absent: str
) -> None:
    names = bundled.other_names(word)
    assert expected <= set(names) and absent not in names


def test_other_names_of_an_unknown_word_is_empty(bundled: Glossary) -> None:
    assert bundled.other_names("Haus") == []
    assert bundled.other_names("Sapadmanöverplan") == []


def test_the_broad_entities_are_the_countries() -> None:
    """A link resting on a country alone is weak; a person, a city or an event is no country."""
    broad = load_glossary(None).broad_entities()
    assert {"france", "uk", "belarus"} <= broad
    assert broad.isdisjoint({"putin", "minsk", "europe", "nato"})
