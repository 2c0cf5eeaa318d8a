"""Import never overwrites a newer local edit, and hostile files give one-line errors."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from reader.cli import main
from reader.notes import Annotation, NoteStore, Target
from reader.notes.export import ImportFormatError, read_w3c, to_w3c
from reader.paths import notes_db_path

TEXT = "Der Wal singt im Meer. Die Möwe ruft am Strand."
DOC = "rs-belarus-2024"


def _store_with_note(tmp_path: Path) -> tuple[NoteStore, Any]:
    store = NoteStore.open_strict(tmp_path / "n.sqlite3", daily_backup=False)
    note = store.add(Target.from_text("doc", "h", TEXT, 4, 7), note="lokal")
    return store, note


def _file(tmp_path: Path, data: Any) -> Path:
    path = tmp_path / "import.jsonld"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def _exported(store: NoteStore, **changes: Any) -> dict[str, Any]:
    data = to_w3c(store.all())
    data["items"][0].update(changes)
    return data


@pytest.mark.parametrize("junk", ["9999", {"year": 2099}, "9999-12-31T00:00:00Z", "gestern", 17])
def test_junk_timestamps_are_refused_and_never_win(tmp_path: Path, junk: object) -> None:
    store, note = _store_with_note(tmp_path)
    data = _exported(store, modified=junk)
    data["items"][0]["body"][0]["value"] = "aus dem Import"
    with pytest.raises(ImportFormatError, match="modified"):
        read_w3c(_file(tmp_path, data))
    assert store.get(note.id).note == "lokal"


def test_a_newer_local_edit_is_kept_and_an_older_one_updated(tmp_path: Path) -> None:
    store, note = _store_with_note(tmp_path)
    old = _exported(store, modified="2000-01-01T00:00:00Z")
    old["items"][0]["body"][0]["value"] = "alt"
    result = store.import_annotations(read_w3c(_file(tmp_path, old)))
    assert (result.kept_local, result.updated) == (1, 0)
    assert store.get(note.id).note == "lokal"
    # "9999" used to win as text; a later local edit still wins over any import time
    store.update(note.id, note="lokal 2")
    result = store.import_annotations(read_w3c(_file(tmp_path, old)))
    assert result.kept_local == 1 and store.get(note.id).note == "lokal 2"


def test_a_later_import_wins_over_an_older_local_note(tmp_path: Path) -> None:
    store = NoteStore.open_strict(tmp_path / "n.sqlite3", daily_backup=False)
    target = Target.from_text("doc", "h", TEXT, 4, 7)
    store.put(Annotation("a1", target, note="alt", created="2020-01-01T00:00:00.000Z"))
    data = to_w3c([Annotation("a1", target, note="neu", created="2021-01-01T00:00:00+01:00")])
    result = store.import_annotations(read_w3c(_file(tmp_path, data)))
    assert result.updated == 1 and store.get("a1").note == "neu"


def test_a_real_conflict_keeps_both_and_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["notes", "add", "--doc", DOC, "--quote", "Belarus", "--occurrence", "2",
                 "--note", "hier"]) == 0  # fmt: skip
    ident = capsys.readouterr().out.strip()
    with NoteStore.open_strict(notes_db_path()) as store:
        data = _exported(store)
    data["items"][0]["body"][0]["value"] = "dort"  # same time, other text
    code = main(["notes", "import", str(_file(tmp_path, data))])
    out = capsys.readouterr().out
    assert code == 0 and "conflict" in out and "both kept" in out and ident in out
    assert main(["notes", "list", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert sorted(r["note"] for r in rows) == ["dort", "hier"]


def _item(**changes: Any) -> dict[str, Any]:
    item = {
        "id": "urn:uuid:abc",
        "type": "Annotation",
        "created": "2024-01-01T00:00:00Z",
        "target": {
            "source": f"urn:reader:doc:{DOC}",
            "selector": [
                {"type": "TextQuoteSelector", "exact": "Belarus"},
                {"type": "TextPositionSelector", "start": 0, "end": 7},
            ],
        },
    }
    item.update(changes)
    return item


def _deep(levels: int) -> str:
    return "[" * levels + "]" * levels


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (json.dumps([_item(target={**_item()["target"], "selector": [
            {"type": "TextQuoteSelector", "exact": "Belarus"},
            {"type": "TextPositionSelector", "start": 10**30, "end": 10**30 + 7}]})]),
         "TextPositionSelector"),
        (json.dumps([_item(target={**_item()["target"], "selector": [
            {"type": "TextQuoteSelector", "exact": "Belarus"},
            {"type": "TextPositionSelector", "start": 1e400, "end": 1e400}]})]),
         "malformed"),
        (_deep(100_000), "nested too deeply"),
        (json.dumps([_item(id="urn:uuid:")]), "empty"),
        (json.dumps([_item(id={"x": 1})]), "no id"),
        (json.dumps([_item(modified="9999")]), "modified"),
    ],
)  # fmt: skip
def test_hostile_imports_are_one_line_errors_and_change_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: str, words: str
) -> None:
    assert main(["notes", "add", "--doc", DOC, "--quote", "Belarus", "--occurrence", "2"]) == 0
    capsys.readouterr()
    path = tmp_path / "bad.jsonld"
    path.write_text(content, encoding="utf-8")
    code = main(["notes", "import", str(path)])
    out, err = capsys.readouterr()
    assert code == 2 and words in err and err.count("\n") == 1 and "Traceback" not in err
    assert main(["notes", "list", "--json"]) == 0
    assert len(json.loads(capsys.readouterr().out)) == 1


def test_short_ids_stay_deletable(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    items = [_item(id="urn:uuid:a"), _item(id="urn:uuid:ab"), _item(id="urn:uuid:abc")]
    assert main(["notes", "import", str(_file(tmp_path, items))]) == 0
    capsys.readouterr()
    assert main(["notes", "delete", "a"]) == 0  # the exact id wins over the prefix
    assert "deleted a" in capsys.readouterr().out
    assert main(["notes", "delete", "ab"]) == 0
    code = main(["notes", "delete", "x"])
    assert code == 2
    capsys.readouterr()
    assert main(["notes", "import", str(_file(tmp_path, [_item(id="urn:uuid:abd")]))]) == 0
    capsys.readouterr()
    assert main(["notes", "delete", "ab"]) == 2  # ab is gone: abc and abd both start so
    err = capsys.readouterr().err
    assert "2 notes" in err and "abc" in err and "abd" in err


def test_reimporting_an_export_after_the_note_was_carried_over_changes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Trial 21: the export taken before a re-add clashed with the carried-over note (a new
    place, the same time) and was kept beside it: the highlight showed twice."""
    text = tmp_path / "damm.txt"
    body = "Der Damm hielt dem Hochwasser stand. Die Stadt blieb trocken."
    text.write_text(f"Der Damm\n\n{body}\n", encoding="utf-8")
    assert main(["add", str(text)]) == 0
    assert main(["notes", "add", "--doc", "der-damm", "--quote", "Die Stadt", "--note", "gut"]) == 0
    export = tmp_path / "notes.jsonld"
    assert main(["notes", "export", "--format", "w3c", "-o", str(export)]) == 0
    text.write_text(f"Der Damm\n\nEin neuer erster Satz. {body}\n", encoding="utf-8")
    assert main(["add", str(text)]) == 0
    assert "1 moved" in capsys.readouterr().out
    assert main(["notes", "import", str(export)]) == 0
    out = capsys.readouterr().out
    assert "imported 0 new, 0 updated, 1 unchanged" in out and "conflict" not in out
    assert main(["notes", "list", "--json"]) == 0
    [row] = json.loads(capsys.readouterr().out)
    assert row["note"] == "gut"


def test_an_older_copy_in_other_words_is_not_taken_the_local_one_wins(tmp_path: Path) -> None:
    store, note = _store_with_note(tmp_path)
    moved = Target.from_text("doc", "h2", "Neu. " + TEXT, 9, 12)
    store.put(Annotation(note.id, moved, note="lokal", created=note.created))
    same = _exported(store, modified="2000-01-01T00:00:00Z")
    assert store.import_annotations(read_w3c(_file(tmp_path, same))).unchanged == 1
    other = _exported(store, modified="2000-01-01T00:00:00Z")
    other["items"][0]["body"][0]["value"] = "anders"
    assert store.import_annotations(read_w3c(_file(tmp_path, other))).kept_local == 1


def test_a_copy_repointed_on_the_same_version_is_no_carried_over_note(tmp_path: Path) -> None:
    """Review 21 F4: only a note re-anchored onto another version of its document is the same
    note wherever its quote stands. A copy the reader re-pointed on the other machine (same
    version, another passage) met by a local note saved later in the same words was called
    unchanged: the reader was not told that the copies differ."""
    store, note = _store_with_note(tmp_path)
    repointed = replace(
        store.get(note.id),
        target=Target.from_text("doc", "h", TEXT, 27, 31),
        modified="2000-01-01T00:00:00Z",
    )
    result = store.import_annotations([repointed])
    assert (result.unchanged, result.kept_local) == (0, 1)
    assert store.get(note.id).target.exact == "Wal"


def test_a_comparison_note_pointing_elsewhere_is_not_the_same_words(tmp_path: Path) -> None:
    """Carry-over never moves ``compare``, so two comparison notes comparing with different
    passages differ, even when their own quote was carried over to a new version."""
    store = NoteStore.open_strict(tmp_path / "n.sqlite3", daily_backup=False)
    other = "Ein Schiff liegt im Hafen. Der Kapitän schläft."
    note = store.add(
        Target.from_text("doc", "h", TEXT, 4, 7),
        note="vergleich",
        compare=Target.from_text("other", "o", other, 4, 10),
    )
    moved = Target.from_text("doc", "h2", "Neu. " + TEXT, 9, 12)
    store.put(replace(note, target=moved))
    copy = replace(note, compare=Target.from_text("other", "o", other, 31, 38))
    result = store.import_annotations([copy])  # the same time, as carry-over keeps it
    assert (result.unchanged, len(result.conflicts)) == (0, 1)


def test_an_older_copy_of_a_carried_over_note_is_told_as_a_newer_local_edit(
    tmp_path: Path,
) -> None:
    """Review 21 F4 (15:50): carry-over keeps ``modified``, so only a copy of the same time is
    the note before it was carried over; an older one met a local note edited since (a colour
    changed and changed back), and the summary says the local edit was kept."""
    store, note = _store_with_note(tmp_path)
    before = store.get(note.id)
    moved = Target.from_text("doc", "h2", "Neu. " + TEXT, 9, 12)
    store.put(before.edited(target=moved))
    result = store.import_annotations([replace(before, modified="2000-01-01T00:00:00Z")])
    assert (result.unchanged, result.kept_local) == (0, 1)
    assert store.get(note.id).target == moved


def test_a_newer_import_keeps_the_words_the_note_was_written_on(tmp_path: Path) -> None:
    """Review22 F7: the W3C form carries no ``was``; a newer copy read back from an export
    updated the note and erased the first wording it was kept for."""
    store, note = _store_with_note(tmp_path)
    store.put(replace(store.get(note.id), was="Wale", modified="2000-01-01T00:00:00Z"))
    (copy,) = read_w3c(_file(tmp_path, _exported(store, modified="2001-01-01T00:00:00Z")))
    result = store.import_annotations([replace(copy, note="neu")])
    assert result.updated == 1
    assert (store.get(note.id).note, store.get(note.id).was) == ("neu", "Wale")
