"""``reader notes``: add, list, delete, export, import; errors are one line, never a traceback."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from reader.cli import main
from reader.paths import notes_db_path

DOC = "rs-belarus-2024"  # a bundled document


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(["notes", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def _add(capsys: pytest.CaptureFixture[str], *extra: str) -> str:
    code, out, err = _run(
        capsys, "add", "--doc", DOC, "--quote", "Belarus", "--occurrence", "2", *extra
    )
    assert code == 0, err
    return out.strip()


def test_add_list_delete(capsys: pytest.CaptureFixture[str]) -> None:
    note = "[bold]nicht fett[/] [/] Ü 🐋"
    ident = _add(capsys, "--note", note, "--color", "pink", "--tag", "a", "--tag", "b")
    code, out, _ = _run(capsys, "list", "--json")
    (row,) = json.loads(out)
    assert row["id"] == ident and row["doc"] == DOC and row["quote"] == "Belarus"
    assert (row["note"], row["color"], row["tags"], row["status"]) == (
        note,
        "pink",
        ["a", "b"],
        "anchored",
    )
    assert set(row) >= {"start", "end", "created", "modified"}
    code, out, _ = _run(capsys, "list")
    assert code == 0 and "[bold]nicht" in out and "[/]" in out  # literal, not markup
    code, out, _ = _run(capsys, "list", "--doc", "swp-belarus-2023", "--json")
    assert json.loads(out) == []
    code, out, _ = _run(capsys, "delete", ident[:8])
    assert code == 0 and ident in out
    assert json.loads(_run(capsys, "list", "--json")[1]) == []


def test_every_notes_action_reports_as_json(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, out, _ = _run(
        capsys, "add", "--doc", DOC, "--quote", "Moskau", "--occurrence", "1", "--json"
    )
    added = json.loads(out)
    assert code == 0 and added["doc"] == DOC and added["end"] - added["start"] == len("Moskau")
    target = tmp_path / "notes.jsonld"
    code, out, _ = _run(capsys, "export", "--format", "w3c", "-o", str(target), "--json")
    assert code == 0 and json.loads(out) == {"written": 1, "path": str(target)}
    code, out, _ = _run(capsys, "import", str(target), "--json")
    assert code == 0 and json.loads(out)["unchanged"] == 1
    code, out, _ = _run(capsys, "export", "--json")  # trial 23: it was refused without -o
    assert code == 0 and json.loads(out) == json.loads(target.read_text("utf-8"))
    code, _, err = _run(capsys, "export", "--json", "--format", "md")
    assert code == 2 and "W3C JSON" in err and "\n" not in err.strip()
    code, out, _ = _run(capsys, "delete", added["id"][:8], "--json")
    assert code == 0 and json.loads(out) == {"deleted": added["id"]}


@pytest.mark.parametrize(
    ("argv", "words"),
    [
        (["add", "--doc", DOC, "--quote", "Belarus"], "occurs 32 times"),
        (["add", "--doc", DOC, "--quote", "Belarus", "--occurrence", "99"], "out of range"),
        (["add", "--doc", DOC, "--quote", "kommt nicht vor"], "does not occur"),
        (["add", "--doc", "nope", "--quote", "x"], "no document with id 'nope'"),
        (
            ["add", "--doc", DOC, "--quote", "Belarus", "--occurrence", "1", "--color", "red"],
            "colour",
        ),
        (["delete", "0000"], "no note"),
        (["import", "/does/not/exist.json"], "cannot be read"),
    ],
)
def test_errors_are_one_line_with_exit_code_2(
    capsys: pytest.CaptureFixture[str], argv: list[str], words: str
) -> None:
    code, out, err = _run(capsys, *argv)
    assert code == 2
    assert words in err and err.count("\n") == 1 and "Traceback" not in err


def test_export_and_import_through_files(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    _add(capsys, "--note", "eine Notiz", "--tag", "x")
    out_file = tmp_path / "notes.jsonld"
    assert _run(capsys, "export", "--format", "w3c", "-o", str(out_file))[0] == 0
    exported = json.loads(out_file.read_text(encoding="utf-8"))
    assert exported["type"] == "AnnotationCollection" and exported["total"] == 1
    code, markdown, _ = _run(capsys, "export", "--format", "md")
    assert code == 0 and "> Belarus" in markdown and "eine Notiz" in markdown
    notes_db_path().unlink()
    for suffix in ("-wal", "-shm"):
        Path(f"{notes_db_path()}{suffix}").unlink(missing_ok=True)
    code, out, _ = _run(capsys, "import", str(out_file))
    assert code == 0 and "1 new" in out
    code, again, _ = _run(capsys, "export", "--format", "w3c")
    assert json.loads(again) == exported


def test_a_damaged_database_is_reported_and_kept(capsys: pytest.CaptureFixture[str]) -> None:
    path = notes_db_path()
    path.write_bytes(b"this is not a database" * 100)
    code, out, err = _run(capsys, "list", "--json")
    assert code == 1 and out == ""
    assert "damaged" in err and "untouched" in err and err.count("\n") == 1
    assert "reader notes recover" in err
    assert path.read_bytes() == b"this is not a database" * 100
    ident = _add(capsys)  # works meanwhile, in the side store
    code, out, _ = _run(capsys, "set-aside")
    assert code == 0 and "kept as" in out
    code, out, err = _run(capsys, "list", "--json")
    assert err == "" and [row["id"] for row in json.loads(out)] == [ident]


def test_the_installed_command_runs_without_traceback() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "reader", "notes", "delete", "nope"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 2
    assert done.stderr.strip() == "reader: no note with an id starting 'nope'"


def test_the_quick_listing_prints_what_anchoring_would(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    _add(capsys, "--note", "Erste Nennung, Ümlaut", "--tag", "b", "--tag", "a")
    code, out, err = _run(capsys, "add", "--doc", DOC, "--quote", "Belarus", "--occurrence", "5")
    assert code == 0, err
    quick = _run(capsys, "list")[1]
    import reader.cli.notes_cmd as notes_cmd

    monkeypatch.setattr(notes_cmd, "place_unchanged", lambda rows, documents: None)
    anchored = _run(capsys, "list")[1]
    assert quick == anchored and quick.startswith("Notes (2)")
    assert "Erste Nennung, Üm" in quick and "b, a" in quick


def test_the_quick_listing_leaves_moved_and_missing_notes_to_anchoring() -> None:
    from dataclasses import replace

    from reader.library import open_library
    from reader.notes import NoteStore, Target
    from reader.notes.listing import place_unchanged

    document = open_library().get(DOC)
    with NoteStore.memory() as store:
        target = Target.from_text(document.id, document.content_hash, document.text, 0, 20)
        store.add(target, note="n", tags=["t"])
        rows = store.listing_rows()
        placed = place_unchanged(rows, [document])
        assert placed is not None and placed[0][2:4] == (0, 20) and placed[0][8] == ("t",)
        edited = replace(document, content_hash="other")
        assert place_unchanged(rows, [edited]) is None
        assert place_unchanged(rows, []) is None


@pytest.mark.parametrize("tags", ["not json", "[1]", '{"a": "b"}'])
def test_the_quick_listing_leaves_unreadable_tags_to_anchoring(tags: str) -> None:
    """Tags are parsed once per distinct value; a value that is no list of strings still sends
    the listing down the full path, however often it was seen before."""
    from reader.library import open_library
    from reader.notes import NoteStore, Target
    from reader.notes.listing import place_unchanged

    document = open_library().get(DOC)
    with NoteStore.memory() as store:
        target = Target.from_text(document.id, document.content_hash, document.text, 0, 20)
        store.add(target, note="n", tags=["t"])
        row = store.listing_rows()[0]
        assert place_unchanged([row, row], [document]) is not None
        assert place_unchanged([row, (*row[:-1], tags)], [document]) is None


def test_the_quick_listing_shows_reworded_notes(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Review22 F7: one note with a first wording (``was``, never cleared) sent every later
    listing down the full anchoring path; the quick path now prints "reworded" itself."""
    from dataclasses import replace

    import reader.cli.notes_cmd as notes_cmd
    from reader.notes import NoteStore

    ident = _add(capsys, "--note", "warum?")
    with NoteStore.open_strict(notes_db_path(), daily_backup=False) as store:
        store.put(replace(store.get(ident), was="Weißrussland"))
    place_in = notes_cmd.place_in
    monkeypatch.setattr(notes_cmd, "place_in", None)  # the full path is not taken
    quick = _run(capsys, "list")[1]
    monkeypatch.setattr(notes_cmd, "place_in", place_in)
    monkeypatch.setattr(notes_cmd, "place_unchanged", lambda rows, documents: None)
    assert quick == _run(capsys, "list")[1]
    assert " reworded " in quick and "(text chang" in quick
