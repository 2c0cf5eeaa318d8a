"""The reader's decisions go to their glossary file, which stays readable TOML."""

from __future__ import annotations

import json
import tomllib
from pathlib import Path

import pytest

from glossary.decisions import DecisionError, accept, merge, reject, split
from glossary.entities import Alias, Entry, Kind, load_glossary
from reader import paths
from reader.cli import main


def found(entry_id: str, *names: str, kind: Kind = Kind.PERSON) -> Entry:
    return Entry(
        id=entry_id,
        name=names[0],
        name_en="",
        kind=kind,
        aliases=tuple(Alias(name, exact=True) for name in names),
        description="",
        source="discovered",
    )


def test_accept_rename_and_kind(tmp_path: Path) -> None:
    path = tmp_path / "glossary.toml"
    entry = found("found-brussilow", "Brussilow", "Alexei Brussilow")
    new_id = accept(path, entry, name="Alexei Alexejewitsch Brussilow", kind="person")
    glossary = load_glossary(path)
    accepted = glossary.entries[new_id]
    assert accepted.name == "Alexei Alexejewitsch Brussilow"
    assert {"Brussilow", "Alexei Brussilow"} <= set(accepted.all_names())
    assert tomllib.loads(path.read_text(encoding="utf-8"))["entry"][0]["id"] == new_id
    accept(path, accepted, kind="organisation")  # a later decision patches the earlier one
    assert load_glossary(path).entries[new_id].kind == Kind.ORGANISATION


def test_merge_split_and_reject(tmp_path: Path) -> None:
    path = tmp_path / "glossary.toml"
    ohl = found("found-ohl", "OHL", kind=Kind.ORGANISATION)
    long_form = found("found-oberste-heeresleitung", "Oberste Heeresleitung")
    merged_id = merge(path, long_form, ohl)
    assert "OHL" in load_glossary(path).entries[merged_id].all_names()
    both = found("found-x", "Somme", "Sommes", "Somme-Schlacht")
    kept, new = split(path, both, ["Somme-Schlacht"], kind="event")
    entries = load_glossary(path).entries
    assert "Somme-Schlacht" not in entries[kept].all_names()
    assert entries[new].name == "Somme-Schlacht" and entries[new].kind == Kind.EVENT
    reject(path, 'Präsidial"dekret')
    assert load_glossary(path).rejected == ['Präsidial"dekret']
    with pytest.raises(DecisionError):
        split(path, both, ["Somme", "Sommes", "Somme-Schlacht"])
    with pytest.raises(DecisionError):
        accept(path, both, kind="monster")


def test_the_command_line_decides(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["glossary", "--candidates", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    name = rows[0]["name"]
    assert main(["glossary", name, "--reject"]) == 0
    capsys.readouterr()
    assert main(["glossary", "--candidates", "--json"]) == 0
    assert name not in {row["name"] for row in json.loads(capsys.readouterr().out)}
    assert "[[rejected]]" in paths.user_glossary_path().read_text(encoding="utf-8")
    assert main(["glossary", "Quarkschnitte", "--accept"]) == 1
