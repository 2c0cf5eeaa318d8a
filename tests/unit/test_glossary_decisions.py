"""The reader's decisions go to their glossary file, which stays readable TOML."""

from __future__ import annotations

import json
import tomllib
from pathlib import Path

import pytest

from glossary.decisions import (
    DecisionError,
    accept,
    file_state,
    merge,
    reject,
    reject_entry,
    split,
    undo,
)
from glossary.discovered import DiscoveryCache, Source, discovered_entries
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


def test_the_command_line_decides(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    article = tmp_path / "brussilow.txt"  # the seeds alone give no candidate
    article.write_text("General Alexei Brussilow griff bei Luzk an.\n", encoding="utf-8")
    assert main(["add", str(article)]) == 0
    capsys.readouterr()
    assert main(["glossary", "--candidates", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    name = rows[0]["name"]
    assert main(["glossary", name, "--reject"]) == 0
    capsys.readouterr()
    assert main(["glossary", "--candidates", "--json"]) == 0
    assert name not in {row["name"] for row in json.loads(capsys.readouterr().out)}
    assert "[[rejected]]" in paths.user_glossary_path().read_text(encoding="utf-8")
    assert main(["glossary", "Quarkschnitte", "--accept"]) == 1


def test_curated_entries_are_kept_whole(tmp_path: Path) -> None:
    path = tmp_path / "glossary.toml"
    curated = load_glossary(None).entries["sapad"]
    westen = found("found-westen", "Westen", "Westens", kind=Kind.PLACE)
    for refused in (
        lambda: merge(path, westen, curated),
        lambda: split(path, curated, ["Zapad"]),
        lambda: reject_entry(path, curated),
    ):
        with pytest.raises(DecisionError, match="curated entry"):
            refused()
    assert not path.exists()
    assert merge(path, curated, westen) == "sapad"  # the curated entry takes the names
    assert {"Westen", "Westens"} <= set(load_glossary(path).entries["sapad"].all_names())


def test_reject_entry_rejects_every_name_and_undo_restores_the_file(tmp_path: Path) -> None:
    path = tmp_path / "glossary.toml"
    westen = found("found-westen", "Westen", "Westens", kind=Kind.PLACE)
    before = file_state(path)
    assert reject_entry(path, westen) == ["Westen", "Westens"]
    after = file_state(path)
    assert load_glossary(path).rejected == ["Westen", "Westens"]
    undo(path, before, after)
    assert not path.exists()
    accept(path, westen)
    first = file_state(path)
    accept(path, westen, kind="event")
    with pytest.raises(DecisionError, match="changed since"):
        undo(path, None, first)  # the file moved on: that undo would lose a decision
    undo(path, first, file_state(path))
    assert file_state(path) == first


def test_ids_spell_out_german_letters_and_old_ids_still_apply(tmp_path: Path) -> None:
    """``Ostpreußen`` is found as ``found-ostpreussen`` (the ``ß`` once dropped out:
    ``found-ostpreu-en``); a decision the reader saved under the old id still holds, since
    the file keeps the id it was written with and discovery proposes no name it holds."""
    text = "Viele flohen aus Ostpreußen. In Ostpreußen blieben wenige, Ostpreußen war leer."
    source = Source("d", text, "de")
    entries = discovered_entries(load_glossary(None), [source], DiscoveryCache(None))
    assert "found-ostpreussen" in [entry.id for entry in entries]
    path = tmp_path / "glossary.toml"
    path.write_text('[[entry]]\nid = "user-ostpreu-en"\nname = "Ostpreußen"\nkind = "place"\n')
    accept(path, load_glossary(path).entries["user-ostpreu-en"], kind="organisation")
    glossary = load_glossary(path)
    assert glossary.entries["user-ostpreu-en"].kind == Kind.ORGANISATION
    proposed = discovered_entries(glossary, [source], DiscoveryCache(None))
    assert all("Ostpreußen" not in entry.all_names() for entry in proposed)


def test_a_second_decision_about_an_entry_rewrites_its_table_in_place(tmp_path: Path) -> None:
    """Trial 21: a kind changed twice wrote two tables of one id; editing the first did
    nothing. The reader's other fields stay; a table with their comments is left alone."""
    path = tmp_path / "glossary.toml"
    reject(path, "Becken")
    basin = found("found-stausee", "Stausee", kind=Kind.PLACE)
    entry_id = accept(path, basin, kind="concept")
    path.write_text(
        path.read_text(encoding="utf-8").replace(
            'kind = "concept"', 'kind = "concept"\ndescription = "der See hinter der Mauer"'
        ),
        encoding="utf-8",
    )
    accept(path, load_glossary(path).entries[entry_id], kind="event")
    accept(path, load_glossary(path).entries[entry_id], name="Vajont-Stausee")
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    assert data["rejected"] == [{"name": "Becken"}]
    [table] = data["entry"]
    assert (table["id"], table["name"], table["kind"]) == (entry_id, "Vajont-Stausee", "event")
    assert table["aliases"] == ["Stausee"]
    assert table["description"] == "der See hinter der Mauer"
    path.write_text(
        path.read_text(encoding="utf-8").replace("[[entry]]", "[[entry]]  # mein Eintrag"),
        encoding="utf-8",
    )
    accept(path, load_glossary(path).entries[entry_id], kind="place")
    assert len(tomllib.loads(path.read_text(encoding="utf-8"))["entry"]) == 2
    assert load_glossary(path).entries[entry_id].kind == Kind.PLACE


@pytest.mark.parametrize(
    "field",
    ['"meine Notiz" = "nachlesen"', '"a.b" = "zwei Teile"', 'description = "Glocke\\u007f"'],
)
def test_a_rewrite_never_breaks_the_readers_file(tmp_path: Path, field: str) -> None:
    """Review 21 F1: a quoted key came back bare (``meine Notiz = …``, or ``a.b`` as a
    sub-table; a raw U+007F is no TOML either) and the file stopped parsing: every decision
    was gone. A table the rewrite cannot write back as it was is patched by an appended one."""
    path = tmp_path / "glossary.toml"
    reject(path, "Becken")
    dam = found("found-damm", "Damm", kind=Kind.PLACE)
    accept(path, dam, kind="concept")
    path.write_text(path.read_text(encoding="utf-8") + field + "\n", encoding="utf-8")
    before = tomllib.loads(path.read_text(encoding="utf-8"))["entry"][0]
    entry_id = accept(path, dam, kind="event")
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    assert data["rejected"] == [{"name": "Becken"}]
    assert data["entry"][0] == before
    assert data["entry"][-1]["kind"] == "event"
    assert load_glossary(path).entries[entry_id].kind == Kind.EVENT


def test_an_entry_given_its_kind_can_still_be_split(tmp_path: Path) -> None:
    """Trial 22: 'Anak Krakatau' (the child island) grouped with 'Krakatau'; the reader set its
    kind first, which made it theirs, and then could not split the wrong grouping."""
    path = tmp_path / "glossary.toml"
    island = found("found-anak-krakatau", "Anak Krakatau", "Krakatau")
    own_id = accept(path, island, kind="place")
    own = load_glossary(path).entries[own_id]
    assert own.source == "curated"
    kept, new = split(path, own, ["Krakatau"])
    entries = load_glossary(path).entries
    assert kept == own_id and "Krakatau" not in entries[kept].all_names()
    assert entries[kept].kind == Kind.PLACE
    assert entries[new].name == "Krakatau"
    assert len(tomllib.loads(path.read_text(encoding="utf-8"))["entry"]) == 2


def test_an_own_entry_edited_by_hand_is_not_split(tmp_path: Path) -> None:
    """Names cannot leave a table the reader wrote comments into (an appended table would only
    add names): the split is refused with a reason, and the file is left as it was."""
    path = tmp_path / "glossary.toml"
    own_id = accept(path, found("found-anak-krakatau", "Anak Krakatau", "Krakatau"))
    path.write_text(path.read_text(encoding="utf-8") + "# mine\n", encoding="utf-8")
    before = file_state(path)
    with pytest.raises(DecisionError, match="by hand"):
        split(path, load_glossary(path).entries[own_id], ["Krakatau"])
    assert file_state(path) == before
