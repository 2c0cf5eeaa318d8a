"""``reader docs`` and ``reader show``: JSON fields, valid offsets, clear errors."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from reader import __version__
from reader.cli import main, output
from tests.conftest import SEEDS

READER = Path(sys.executable).parent / "reader"
SEED_IDS = ["swp-belarus-2023", "rs-belarus-2024"]
DOCS_FIELDS = {
    "id",
    "title",
    "language",
    "published",
    "publisher",
    "author",
    "path",
    "chars",
    "sentences",
}


def run_json(capsys: pytest.CaptureFixture[str], *argv: str) -> object:
    assert main(list(argv)) == 0
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    return json.loads(out)


def assert_ranges(text: str, ranges: list[dict], *, disjoint: bool = True) -> None:
    """Half-open ranges inside ``text``, sorted, and (for sentences, paragraphs) disjoint."""
    previous_end = 0
    for item in ranges:
        start, end = item["start"], item["end"]
        assert isinstance(start, int) and isinstance(end, int)
        assert 0 <= start < end <= len(text)
        if disjoint:
            assert start >= previous_end
        previous_end = end


def test_docs_json_lists_both_seeds(capsys: pytest.CaptureFixture[str]) -> None:
    rows = run_json(capsys, "docs", "--json")
    assert isinstance(rows, list)
    by_id = {row["id"]: row for row in rows}
    assert set(SEED_IDS) <= set(by_id)
    for doc_id in SEED_IDS:
        row = by_id[doc_id]
        assert DOCS_FIELDS <= set(row)
        assert row["title"] and row["publisher"]
        assert row["language"] == "de"
        assert Path(row["path"]).parent == SEEDS
        assert row["chars"] > 5000 and row["sentences"] > 50
    assert by_id["swp-belarus-2023"]["published"] == "2023"
    assert by_id["rs-belarus-2024"]["published"] == "2024-02-13T20:33"
    assert by_id["rs-belarus-2024"]["title"].startswith("Was wäre, wenn")


@pytest.mark.parametrize("width", [80, 120])
def test_docs_table_shows_whole_ids_and_dates(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, width: int
) -> None:
    monkeypatch.setattr(output.console, "_width", width)
    assert main(["docs"]) == 0
    out, err = capsys.readouterr()
    cells = "".join(line.split("│")[1].strip() for line in out.splitlines() if "│" in line)
    for doc_id in SEED_IDS:
        assert doc_id in cells  # folded, perhaps, but never cut with an ellipsis
    assert "2024-02-13" in out and "T20:33" not in out
    assert ("Stiftung" in out) is (width >= 100) and err == ""


@pytest.mark.parametrize("width", [80, 120, 160])
def test_docs_table_keeps_every_column_beside_a_long_id(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    width: int,
) -> None:
    """Trial 22: with the 46-character id of an English title, the table lost its last
    columns at the right edge (the id's minimum width came after the others had shrunk)."""
    essay = tmp_path / "essay.md"
    essay.write_text(
        "# Listening to Krakatoa: What the Loudest Sound Taught Us\n\nA sentence of it.\n",
        encoding="utf-8",
    )
    assert main(["add", str(essay)]) == 0
    capsys.readouterr()
    monkeypatch.setattr(output.console, "_width", width)
    assert main(["docs"]) == 0
    out = capsys.readouterr().out
    header = next(line for line in out.splitlines() if "title" in line)
    assert header.rstrip().endswith("notes ┃")
    cells = "".join(line.split("│")[1].strip() for line in out.splitlines() if "│" in line)
    assert "listening-to-krakatoa-what-the-loudest-sound" in cells


@pytest.mark.parametrize("doc_id", SEED_IDS)
def test_show_json_structure_and_offsets(capsys: pytest.CaptureFixture[str], doc_id: str) -> None:
    shown = run_json(capsys, "show", doc_id, "--json")
    assert isinstance(shown, dict)
    assert {
        "id",
        "title",
        "language",
        "published",
        "text",
        "outline",
        "paragraphs",
        "sentences",
    } <= set(shown)
    assert shown["id"] == doc_id and shown["language"] == "de"
    text = shown["text"]
    assert_ranges(text, shown["paragraphs"])
    assert_ranges(text, shown["sentences"])
    for sentence in shown["sentences"]:
        chunk = text[sentence["start"] : sentence["end"]]
        assert chunk == chunk.strip() and "\n\n" not in chunk
    starts = [h["start"] for h in shown["outline"]]
    assert starts == sorted(starts)
    for heading in shown["outline"]:
        assert {"level", "title", "start"} <= set(heading) and heading["level"] >= 1
        assert text.startswith(heading["title"], heading["start"])
    paragraph_starts = {p["start"] for p in shown["paragraphs"]}
    assert set(starts) <= paragraph_starts


def test_show_json_swp_outline(capsys: pytest.CaptureFixture[str]) -> None:
    shown = run_json(capsys, "show", "swp-belarus-2023", "--json")
    assert len(shown["outline"]) == 10
    assert shown["outline"][0]["title"] == "Schwindende Kontrolle"


def test_show_json_agrees_with_docs(capsys: pytest.CaptureFixture[str]) -> None:
    rows = {row["id"]: row for row in run_json(capsys, "docs", "--json")}
    for doc_id in SEED_IDS:
        shown = run_json(capsys, "show", doc_id, "--json")
        assert len(shown["text"]) == rows[doc_id]["chars"]
        assert len(shown["sentences"]) == rows[doc_id]["sentences"]
        assert shown["published"] == rows[doc_id]["published"]


def test_show_human_output(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["show", "rs-belarus-2024"]) == 0
    out, _ = capsys.readouterr()
    assert "Was wäre, wenn die USA Belarus nicht aufgegeben hätten" in out
    assert "Published On" not in out and "putschguertel" not in out
    assert "[…]" in out


@pytest.mark.parametrize("doc_id", ["no-such-document", "[bold]markup[/bold]"])
def test_show_unknown_id(capsys: pytest.CaptureFixture[str], doc_id: str) -> None:
    assert main(["show", doc_id, "--json"]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    lines = err.strip().splitlines()
    assert len(lines) == 1
    assert doc_id in lines[0] and "swp-belarus-2023" in lines[0]


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["--version"])
    assert exited.value.code == 0
    assert capsys.readouterr().out.strip() == f"reader {__version__}"


@pytest.mark.parametrize(
    ("argv", "needle"),
    [
        (["frobnicate"], "invalid choice: 'frobnicate'"),
        (["docs", "--frob"], "unrecognized arguments: --frob"),
        (["show"], "the following arguments are required: id"),
        (["--lang", "fr", "docs"], "invalid choice: 'fr'"),
    ],
)
def test_usage_errors_exit_2_with_a_clear_message(
    capsys: pytest.CaptureFixture[str], argv: list[str], needle: str
) -> None:
    with pytest.raises(SystemExit) as exited:
        main(argv)
    assert exited.value.code == 2
    out, err = capsys.readouterr()
    assert out == "" and needle in err and "Traceback" not in err


def test_help_lists_docs_and_show(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["--help"])
    assert exited.value.code == 0
    out = capsys.readouterr().out
    assert "docs" in out and "show" in out


@pytest.mark.skipif(not READER.exists(), reason="console script not installed")
def test_installed_console_script() -> None:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    result = subprocess.run(
        [str(READER), "docs", "--json"], capture_output=True, text=True, timeout=120, env=env
    )
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert [row["id"] for row in json.loads(result.stdout)][:2] == SEED_IDS
    unknown = subprocess.run(
        [str(READER), "show", "nope"], capture_output=True, text=True, timeout=120, env=env
    )
    assert unknown.returncode == 1
    assert len(unknown.stderr.strip().splitlines()) == 1 and "nope" in unknown.stderr
