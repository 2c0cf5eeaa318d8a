"""Re-adding an edited file makes a new version that takes its notes along, re-anchored."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from test_index_records import make_document

from reader.cli import main
from reader.notes import NoteStore, Target
from reader.notes.versions import Previous, carry_over

FIRST = "Der Wal singt im Meer."
SECOND = "Die Möwe ruft am Strand."
THIRD = "Das Boot schaukelt im Hafen."


def _write(path: Path, *sentences: str) -> None:
    path.write_text("Eine Geschichte\n\n" + " ".join(sentences) + "\n", encoding="utf-8")


def _json(capsys: pytest.CaptureFixture[str], *argv: str) -> object:
    assert main([*argv, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_notes_follow_the_new_version(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "geschichte.txt"
    _write(source, FIRST, SECOND, THIRD)
    (added,) = _json(capsys, "add", str(source))["added"]
    old = added["id"]
    for quote, note in ((FIRST, "bleibt"), (SECOND, "verschwindet"), (THIRD, "wandert")):
        assert main(["notes", "add", "--doc", old, "--quote", quote, "--note", note]) == 0
    capsys.readouterr()

    _write(source, FIRST, THIRD)  # the second sentence is cut: the third moves up
    assert main(["add", str(source)]) == 0
    out = capsys.readouterr().out
    new = old  # the new version keeps the document's id; the old one is put aside as -v1
    assert f"{new}: notes: 2 carried over from {old}-v1 (1 moved)" in out
    assert "1 listed as orphaned" in out and "moved" in out and "Das Boot schaukelt" in out

    rows = _json(capsys, "notes", "list", "--doc", new)
    # re-anchored in the new text: quote, context and offsets are the new version's; the note
    # whose text is gone is listed with the document it was written on, not lost
    assert {(r["note"], r["status"]) for r in rows} == {
        ("bleibt", "anchored"),
        ("wandert", "anchored"),
        ("verschwindet", "orphaned"),
    }
    moved = next(r for r in rows if r["note"] == "wandert")
    shown = _json(capsys, "show", new)
    assert shown["text"][moved["start"] : moved["end"]] == THIRD
    assert main(["notes", "export", "--format", "w3c", "--doc", new]) == 0
    exported = json.loads(capsys.readouterr().out)
    selectors = {
        selector["type"]: selector
        for item in exported["items"]
        if item["body"][0]["value"] == "wandert"
        for selector in item["target"]["selector"]
    }
    position = selectors["TextPositionSelector"]
    assert shown["text"][position["start"] : position["end"]] == THIRD
    assert selectors["TextQuoteSelector"]["exact"] == THIRD


def test_the_json_report_names_the_moved_notes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "kurz.txt"
    _write(source, FIRST, THIRD)
    (added,) = _json(capsys, "add", str(source))["added"]
    assert main(["notes", "add", "--doc", added["id"], "--quote", THIRD]) == 0
    ident = capsys.readouterr().out.strip()
    _write(source, SECOND, FIRST, THIRD)
    report = _json(capsys, "add", str(source))
    (carried,) = report["notes"]
    assert carried["moved"] == [ident] and carried["in_place"] == 0 and carried["left"] == []
    assert carried["reworded"] == []  # moved in the same words: nothing to keep
    (row,) = _json(capsys, "notes", "list", "--doc", added["id"])
    assert row["was"] is None


def test_a_note_on_reworded_text_keeps_the_words_it_was_written_on(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Trial 22: a paragraph inserted above and the note's sentence reworded; the note moved
    to the new wording and the words it answered were gone without a word."""
    source = tmp_path / "toll.md"
    said = "The death toll bothers me most of all in this story."
    source.write_text(f"# Toll\n\n{FIRST} {said}\n", encoding="utf-8")
    (added,) = _json(capsys, "add", str(source))["added"]
    doc = added["id"]
    assert main(["notes", "add", "--doc", doc, "--quote", said, "--note", "why?"]) == 0
    ident = capsys.readouterr().out.strip()
    reworded = "The death toll troubles me most of all in this story."
    source.write_text(f"# Toll\n\n{SECOND}\n\n{FIRST} {reworded}\n", encoding="utf-8")
    assert main(["add", str(source)]) == 0
    out = capsys.readouterr().out
    assert "1 now on reworded text" in out

    (row,) = _json(capsys, "notes", "list", "--doc", doc)
    assert row["quote"] == reworded and row["was"] == said
    assert main(["notes", "list"]) == 0
    listed = capsys.readouterr().out
    assert " reworded " in listed  # the table's quote column is cut: JSON has the words
    assert main(["notes", "export", "--format", "md", "--doc", doc]) == 0
    exported = capsys.readouterr().out
    assert f"> {reworded}" in exported and f"> {said}" in exported

    # a second edit keeps the first wording: what the note was written on
    source.write_text(f"# Toll\n\n{FIRST} The death toll troubles me most in this story.\n")
    assert main(["add", str(source)]) == 0
    capsys.readouterr()
    (row,) = _json(capsys, "notes", "list", "--doc", doc)
    assert row["was"] == said and row["id"] == ident


def _carried(tmp_path: Path, old: str, quote: str, new: str, was: str | None = None) -> object:
    """The note on ``quote`` of text ``old`` after carrying it over to text ``new``."""
    start = old.index(quote)
    with NoteStore.open_strict(tmp_path / "notes.sqlite3", daily_backup=False) as store:
        note = store.add(Target.from_text("old", "h1", old, start, start + len(quote)))
        store.put(replace(note, was=was))
        report = carry_over(store, Previous("old", "h1", None), make_document("new", new))
        (after,) = store.all()
    return report.reworded, after.was


def test_a_new_parse_or_spacing_is_no_rewording(tmp_path: Path) -> None:
    """Review22 F7: a note taken before soft hyphens were dropped, or on other spaces or quote
    marks, answers the same words: it is not reported reworded and keeps no ``was``."""
    old = "Die Flut\u00adwellen kamen \u201ezweimal\u201c  am Tag."
    new = 'Die Flutwellen kamen "zweimal" am Tag.'
    assert _carried(tmp_path, old, old, new) == ([], None)


def test_a_version_that_says_the_first_words_again_clears_was(tmp_path: Path) -> None:
    old = "Der Wal sang im Meer."
    assert _carried(tmp_path, old, old, FIRST, was=FIRST) == ([], None)
