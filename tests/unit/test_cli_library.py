"""``reader add``, ``remove``, ``meta`` and ``docs`` on the command line, with ``--json``."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from reader.cli import main, output
from reader.library import LibraryError, open_library

PAGE = Path(__file__).resolve().parents[1] / "data" / "pages" / "policy-article.html"
PAGE_ID = "belarus-zwischen-moskau-und-bruessel"


def _json(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, object]:
    code = main(list(argv))
    return code, json.loads(capsys.readouterr().out)


def test_add_reports_added_and_skipped(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "slides.pptx"
    bad.write_bytes(b"not a document")
    code, report = _json(capsys, "add", str(PAGE), str(bad), "--json")
    assert code == 1  # something could not be added
    assert report["added"] == [
        {
            "id": PAGE_ID,
            "path": str(PAGE),
            "title": "Belarus zwischen Moskau und Brüssel",
            "status": "added",
            "encoding": None,
            "replaces": None,
            "removed": [],
            "file_date": None,
        }
    ]
    assert report["skipped"][0]["path"] == str(bad)
    assert report["skipped"][0]["reason"].startswith("unsupported file type '.pptx'")
    assert report["summary"] == "1 added, 1 skipped (1 with problems)"
    code, again = _json(capsys, "add", str(PAGE), "--json")
    assert code == 0 and again["skipped"][0]["duplicate"] is True


def test_add_prints_a_summary_and_errors_on_stderr(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["add", str(PAGE), str(tmp_path / "missing.txt")]) == 1
    out, err = capsys.readouterr()
    assert PAGE_ID in out and "1 added, 1 skipped" in out
    assert err.strip() == f"reader: skipped {tmp_path / 'missing.txt'}: no such file"


def test_add_with_json_tells_each_failure_on_stderr_as_json(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Trial 24: ``add --json`` of an empty file wrote nothing to stderr, though the README
    promises every error there as a JSON object; a duplicate is no error."""
    empty = tmp_path / "leer.md"
    empty.write_text("", encoding="utf-8")
    assert main(["add", str(PAGE), str(empty), "--json"]) == 1
    out, err = capsys.readouterr()
    assert json.loads(out)["skipped"][0]["path"] == str(empty)
    [line] = err.splitlines()
    error = json.loads(line)
    assert error["code"] == 1 and error["error"].startswith(f"skipped {empty}: ")
    assert main(["add", str(PAGE), "--json"]) == 0
    assert capsys.readouterr().err == ""


def test_docs_lists_added_documents_with_library_facts(
    capsys: pytest.CaptureFixture[str],
) -> None:
    main(["add", str(PAGE), "--json"])
    capsys.readouterr()
    _code, rows = _json(capsys, "docs", "--json")
    row = rows[-1]
    assert row["id"] == PAGE_ID
    assert (row["publisher"], row["language"], row["published"]) == (
        "Ostpolitik Aktuell",
        "de",
        "2024-03-14",
    )
    assert row["size"] == PAGE.stat().st_size and row["notes"] == 0
    assert row["origin"] == str(PAGE) and row["bundled"] is False


def test_meta_sets_and_shows_corrections(capsys: pytest.CaptureFixture[str]) -> None:
    code, entry = _json(
        capsys, "meta", "swp-belarus-2023", "--set", "perspective=think tank", "--json"
    )
    assert code == 0
    assert entry["meta"]["perspective"] == "think tank"
    assert entry["corrections"] == {"perspective": "think tank"}
    assert main(["meta", "swp-belarus-2023", "--set", "published=soon"]) == 1
    assert "ISO date" in capsys.readouterr().err
    assert main(["meta", "swp-belarus-2023", "--set", "novalue"]) == 1
    assert "KEY=VALUE" in capsys.readouterr().err


def test_remove_and_bring_seeds_back(capsys: pytest.CaptureFixture[str]) -> None:
    code, removed = _json(capsys, "remove", "rs-belarus-2024", "--json")
    assert code == 0 and removed == {
        "removed": "rs-belarus-2024",
        "title": "Was wäre, wenn die USA Belarus nicht aufgegeben hätten",
        "bundled": True,
        "deleted": False,
    }
    _code, rows = _json(capsys, "docs", "--json")
    assert [r["id"] for r in rows] == ["swp-belarus-2023"]
    code, report = _json(capsys, "add", "--seeds", "--json")
    assert code == 0 and report["seeds_restored"] == ["rs-belarus-2024"]


def test_errors_are_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["remove", "nope"]) == 1
    assert capsys.readouterr().err.startswith("reader: no document with id 'nope'")
    assert main(["add"]) == 1
    assert "nothing to add" in capsys.readouterr().err


def test_a_damaged_pdf_gets_one_line_on_stderr_and_no_library_noise(tmp_path: Path) -> None:
    damaged = tmp_path / "cut.pdf"
    damaged.write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Catalog >>\nstream garbage")
    result = subprocess.run(
        [sys.executable, "-m", "reader", "add", str(damaged)],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
    )
    assert result.returncode == 1
    [line] = result.stderr.strip().splitlines()
    assert line.startswith(f"reader: skipped {damaged}: not a readable PDF")


def test_a_command_run_as_a_process_ends_with_its_code_and_all_its_output() -> None:
    """The process ends without the interpreter's teardown, after its output is flushed
    (piped output is buffered) and with the command's own exit code."""
    result = subprocess.run(
        [sys.executable, "-m", "reader", "add", str(PAGE), "--json"],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["summary"] == "1 added"
    again = subprocess.run(
        [sys.executable, "-m", "reader", "remove", "nope"], capture_output=True, text=True
    )
    assert again.returncode == 1
    assert again.stderr.startswith("reader: no document with id 'nope'")


def test_older_versions_are_listed_with_all_and_deleted_by_remove(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Trial 20: the version a re-add put aside was never listed, and could not be removed."""
    monkeypatch.setattr(output.console, "_width", 200)  # the status cell is read unwrapped
    essay = tmp_path / "essay.txt"
    essay.write_text("On Reading\n\nThe first version of the essay.\n", encoding="utf-8")
    assert main(["add", str(essay)]) == 0
    essay.write_text("On Reading\n\nThe second version of the essay.\n", encoding="utf-8")
    assert main(["add", str(essay)]) == 0
    out = " ".join(capsys.readouterr().out.split())
    assert "put aside as on-reading-v1: `reader docs --all` lists it" in out
    _code, shown = _json(capsys, "docs", "--json")
    assert "on-reading-v1" not in [row["id"] for row in shown]
    _code, everything = _json(capsys, "docs", "--all", "--json")
    [old] = [row for row in everything if row["id"] == "on-reading-v1"]
    assert (old["status"], old["newer"]) == ("older version", "on-reading")
    assert main(["docs", "--all"]) == 0
    assert "(older version of on-reading)" in capsys.readouterr().out
    stored = {row["id"]: row["path"] for row in everything}
    code, removed = _json(capsys, "remove", "on-reading-v1", "--json")
    assert code == 0 and removed["deleted"] is True
    assert not Path(stored["on-reading-v1"]).exists() and Path(stored["on-reading"]).exists()
    _code, after = _json(capsys, "docs", "--all", "--json")
    assert "on-reading-v1" not in [row["id"] for row in after]
    assert [row["status"] for row in after if row["id"] == "on-reading"] == ["shown"]


def test_add_says_what_cleaning_took_out(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Trial 20 and its review: page numbers and running lines left the text without a word."""
    monkeypatch.setattr(output.console, "_width", 200)
    prose = (
        "The orchard was planted in the spring and covered four acres of the common.",
        "Most of the young trees took root, though the pears suffered in the frost.",
        "A map of every row will be printed in the autumn issue of the bulletin.",
    )
    pages = [
        f"{line}\n"
        + f"Row {n} holds {4 + n} trees of {line.split()[1]} age.\n" * 6
        + f"\nOrchard Trust Bulletin, page {n}\n"
        for n, line in enumerate(prose, 1)
    ]
    survey = tmp_path / "orchard.txt"
    survey.write_text("\f".join(pages), encoding="utf-8")
    code, report = _json(capsys, "add", str(survey), "--json")
    assert code == 0
    [added] = report["added"]
    [running] = added["removed"]
    assert running["what"] == "running header/footer lines" and running["count"] == 3
    assert all("Orchard Trust Bulletin" in line for line in running["examples"])
    survey.write_text("\f".join(pages[::-1]), encoding="utf-8")  # other bytes: added anew
    assert main(["add", str(survey)]) == 0
    assert "dropped 3 running header/footer lines" in capsys.readouterr().out


def test_docs_all_lists_hidden_documents_without_parsing_them(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Review 20: ``--all`` parsed every older version only to list it, and left out one whose
    file was gone (its problem went to stderr)."""
    from reader.library import Library

    monkeypatch.setattr(output.console, "_width", 200)
    notes = tmp_path / "notes.txt"
    notes.write_text("Field Notes\n\nThe heron came back on Tuesday.\n", encoding="utf-8")
    assert main(["add", str(notes)]) == 0
    notes.write_text("Field Notes\n\nThe heron came back on Wednesday.\n", encoding="utf-8")
    assert main(["add", str(notes)]) == 0
    capsys.readouterr()
    _code, before = _json(capsys, "docs", "--all", "--json")
    [old] = [row for row in before if row["id"] == "field-notes-v1"]
    Path(old["path"]).unlink()
    loaded: list[str] = []
    real = Library.loaded
    monkeypatch.setattr(Library, "loaded", lambda self, i: loaded.append(i) or real(self, i))
    code, rows = _json(capsys, "docs", "--all", "--json")
    assert code == 0 and "field-notes-v1" not in loaded and "field-notes" in loaded
    [old] = [row for row in rows if row["id"] == "field-notes-v1"]
    assert (old["status"], old["file_missing"], old["chars"]) == ("older version", True, None)
    assert old["title"] == "Field Notes"
    assert main(["docs", "--all"]) == 0
    out, err = capsys.readouterr()
    assert "(older version of field-notes) (file missing) Field Notes" in " ".join(out.split())
    assert err == ""


def test_meta_clears_a_field_with_an_empty_value_and_resets_it(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, entry = _json(capsys, "meta", "rs-belarus-2024", "--set", "published=", "--json")
    assert code == 0
    assert entry["meta"]["published"] == "" and entry["corrections"] == {"published": ""}
    code, entry = _json(capsys, "meta", "rs-belarus-2024", "--reset", "published", "--json")
    assert code == 0
    assert entry["meta"]["published"] == "2024-02-13T20:33" and entry["corrections"] == {}
    assert main(["meta", "rs-belarus-2024", "--set", "title="]) == 1
    assert "title cannot be empty" in capsys.readouterr().err


def test_meta_marks_a_date_taken_from_a_pdfs_creation(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from datetime import UTC, datetime, timedelta

    from tests.data.fixtures.makers import write_pdf

    made = datetime.now(UTC) - timedelta(days=400)
    pages = [[(18, "Report"), (11, "The harbour was rebuilt after the storm of that winter.")]]
    stamp = made.strftime("D:%Y%m%d%H%M%SZ")
    pdf = write_pdf(tmp_path / "r.pdf", pages, metadata={"/CreationDate": stamp})
    _code, report = _json(capsys, "add", str(pdf), "--json")
    doc_id = report["added"][0]["id"]
    assert report["added"][0]["file_date"] == made.date().isoformat()
    pages[0].append((11, "Its quay was finished two years later."))
    other = write_pdf(tmp_path / "q.pdf", pages, metadata={"/CreationDate": stamp})
    assert main(["add", str(other)]) == 0
    said = capsys.readouterr().out
    assert f"dated {made.date().isoformat()}: the file's creation date" in said
    _code, entry = _json(capsys, "meta", doc_id, "--json")
    assert entry["published_from"] == "file"
    assert entry["meta"]["published"] == made.date().isoformat()
    assert main(["meta", doc_id]) == 0
    assert "the file's creation date" in capsys.readouterr().out
    _code, entry = _json(capsys, "meta", "rs-belarus-2024", "--json")
    assert entry["published_from"] == "text"  # its "Published On:" line
    _code, entry = _json(capsys, "meta", doc_id, "--set", "published=2019", "--json")
    assert entry["published_from"] == "you"


def test_meta_checks_every_change_before_saving_any(capsys: pytest.CaptureFixture[str]) -> None:
    """Review 21 F6: each --set was saved at once, so a bad second one exited 1 with the first
    already saved. The library's message is the app's too: the CLI adds its own flag."""
    argv = ["meta", "rs-belarus-2024", "--set", "author=Anna Berg", "--set", "published=gestern"]
    assert main(argv) == 1
    assert "published must be an ISO date" in capsys.readouterr().err
    assert open_library().entry("rs-belarus-2024").corrections == {}
    assert main(["meta", "rs-belarus-2024", "--reset", "colour"]) == 1
    capsys.readouterr()
    assert main(["meta", "rs-belarus-2024", "--set", "author=A", "--set", "title="]) == 1
    assert "`--reset title` goes back to the detected one" in capsys.readouterr().err
    assert open_library().entry("rs-belarus-2024").corrections == {}
    with pytest.raises(LibraryError) as raised:
        open_library().set_meta("rs-belarus-2024", "title", " ")
    assert "--reset" not in str(raised.value)


def test_meta_of_a_document_whose_file_is_gone_still_saves_and_shows(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Review 21 G2: telling where the date comes from parses the document; for an entry whose
    file is gone, ``--set`` saved and then exited 1 ("no such file"), and viewing it failed."""
    from tests.data.fixtures.makers import write_pdf

    pages = [[(18, "Report"), (11, "The dam held against the flood of that spring.")]]
    pdf = write_pdf(tmp_path / "d.pdf", pages, metadata={"/CreationDate": "D:20190304101500Z"})
    _code, report = _json(capsys, "add", str(pdf), "--json")
    doc_id = report["added"][0]["id"]
    open_library().entry(doc_id).path.unlink()
    code, entry = _json(capsys, "meta", doc_id, "--set", "author=Anna Berg", "--json")
    assert code == 0 and entry["meta"]["author"] == "Anna Berg"
    assert entry["published_from"] is None  # not known without the file
    assert main(["meta", doc_id]) == 0


def test_docs_lists_a_shown_document_whose_file_is_gone(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Review 21 F8: a hidden entry whose file is gone had its row (``file_missing``); a shown
    one was left out of the table and the JSON, named on stderr only."""
    text = tmp_path / "damm.txt"
    text.write_text("Der Damm\n\nDer Damm hielt dem Hochwasser stand.\n", encoding="utf-8")
    _code, report = _json(capsys, "add", str(text), "--json")
    doc_id = report["added"][0]["id"]
    open_library().entry(doc_id).path.unlink()
    code, rows = _json(capsys, "docs", "--json")
    assert code == 0
    [row] = [row for row in rows if row["id"] == doc_id]
    assert (row["status"], row["file_missing"], row["chars"]) == ("shown", True, None)
    assert row["title"] == "Der Damm"
    assert main(["docs"]) == 0
    assert doc_id in capsys.readouterr().out  # the table's id column is never cut
