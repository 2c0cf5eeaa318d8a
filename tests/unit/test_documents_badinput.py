"""Bad input: every problem with a file is one clear line naming it, never a traceback or hang."""

from __future__ import annotations

import codecs
import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from documents.cache import ParsedCache
from documents.errors import DocumentError
from documents.loader import load_document, supported_suffixes

READER = Path(sys.executable).parent / "reader"
GERMAN = "Ein Absatz über Minsk und Moskau, der am 24. Februar 2022 beginnt. Er endet hier.\n"

if importlib.util.find_spec("pytest_timeout"):
    generous_timeout = pytest.mark.timeout(120)
else:

    def generous_timeout(function):
        return function


def refused(path: Path, pattern: str) -> str:
    with pytest.raises(DocumentError, match=pattern) as caught:
        load_document(path)
    message = str(caught.value)
    assert "\n" not in message and "Traceback" not in message
    assert str(path) in message
    return message


def write_sparse(path: Path, size: int) -> None:
    """A file of ``size`` bytes without writing them (a single 'line' of NULs)."""
    with path.open("wb") as handle:
        handle.truncate(size)


@pytest.mark.parametrize(
    ("name", "make", "pattern"),
    [
        pytest.param("missing.txt", lambda p: None, "no such file", id="missing"),
        pytest.param("folder.txt", lambda p: p.mkdir(), "directory", id="directory-txt"),
        pytest.param("folder", lambda p: p.mkdir(), "directory", id="directory-bare"),
        pytest.param("folder.docx", lambda p: p.mkdir(), "directory", id="directory-odd"),
        pytest.param("empty.txt", lambda p: p.write_bytes(b""), "empty", id="empty"),
        pytest.param("empty.md", lambda p: p.write_bytes(b""), "empty", id="empty-md"),
        pytest.param(
            "blank.txt", lambda p: p.write_bytes(b"  \n\n\t \r\n"), "empty", id="whitespace"
        ),
        pytest.param(
            "blob.txt",
            lambda p: p.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00"),
            "binary",
            id="binary",
        ),
        pytest.param(
            "only-escapes.txt",
            lambda p: p.write_bytes(b"\x1b[31m\x1b[0m\x07\x00".replace(b"\x00", b"")),
            "no readable text",
            id="only-escape-sequences",
        ),
        pytest.param(
            "comment.md",
            lambda p: p.write_text("<!-- nichts -->\n"),
            "no readable text",
            id="markdown-without-text",
        ),
        pytest.param(
            "brief.docx",
            lambda p: p.write_bytes(b"PK\x03\x04"),
            "unsupported file type",
            id="unsupported-suffix",
        ),
        pytest.param(
            "bericht.txt",  # no NUL in its first bytes: it would be decoded into junk
            lambda p: p.write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj << >> endobj\n"),
            r"looks like a PDF, not text; rename it to \.pdf",
            id="pdf-named-txt",
        ),
        pytest.param(
            "buch.md",
            lambda p: p.write_bytes(
                b"PK\x03\x04" + bytes(26) + b"mimetypeapplication/epub+zip" + b"PK"
            ),
            r"looks like an EPUB book, not text; rename it to \.epub",
            id="epub-named-md",
        ),
        pytest.param(
            "archiv.txt",
            lambda p: p.write_bytes(b"PK\x03\x04" + bytes(26) + b"word/document.xml"),
            "looks like a ZIP archive",
            id="zip-named-txt",
        ),
        pytest.param(
            "notiz.pdf",
            lambda p: p.write_text("Nur eine Notiz, kein PDF.\n"),
            r"not a PDF \(it has no %PDF- header\); if it is text, name it \.txt",
            id="text-named-pdf",
        ),
    ],
)
def test_refused_with_one_line_naming_the_file(
    tmp_path: Path, name: str, make, pattern: str
) -> None:
    path = tmp_path / name
    make(path)
    refused(path, pattern)


def test_a_text_about_pdf_headers_is_text(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("Every PDF starts with %PDF- and a version number.\n", encoding="utf-8")
    assert "%PDF-" in load_document(path).text


def test_unsupported_suffix_lists_what_is_supported(tmp_path: Path) -> None:
    path = tmp_path / "tabelle.xlsx"
    path.write_bytes(b"x")
    message = refused(path, "unsupported")
    assert "'.xlsx'" in message
    for suffix in (".txt", ".md"):
        assert suffix in message and suffix in supported_suffixes()


@pytest.mark.parametrize("encoding", ["latin-1", "cp1252"])
def test_a_legacy_encoding_is_detected_not_corrupted(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "latin.txt"
    text = GERMAN + "\nDie Größe der Straße und die Maße der Übungen überraschen.\n"
    path.write_bytes(text.encode(encoding))
    document = load_document(path)
    assert "Größe der Straße" in document.text and "Übungen" in document.text
    assert "\ufffd" not in document.text and document.warnings == []


def test_reader_add_says_which_encoding_it_used(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from reader.cli import main

    latin, utf8 = tmp_path / "latin.txt", tmp_path / "utf8.txt"
    latin.write_bytes(("Größe und Maße.\n" + GERMAN).encode("latin-1"))
    utf8.write_text("Anderer Text über Größe.\n" + GERMAN, encoding="utf-8")
    assert main(["add", str(latin), str(utf8)]) == 0
    out = capsys.readouterr().out
    assert "read as Windows-1252" in out and "read as UTF-8" in out
    assert main(["add", str(latin), "--json"]) == 0  # already there: the JSON still parses
    capsys.readouterr()


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-8-sig", "utf-32"])
def test_unicode_with_a_bom_loads(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "bom.txt"
    bom = {"utf-16-le": codecs.BOM_UTF16_LE, "utf-16-be": codecs.BOM_UTF16_BE}.get(encoding, b"")
    path.write_bytes(bom + GERMAN.encode(encoding))
    document = load_document(path)
    assert document.text == GERMAN.strip()
    assert document.warnings == []
    assert len(document.sentences) == 2


def test_fifty_megabyte_single_line_is_refused_by_size(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    write_sparse(path, 50 * 1024 * 1024)
    message = refused(path, "too large")
    assert "MB" in message


def test_oversized_markdown_is_refused_too(tmp_path: Path) -> None:
    path = tmp_path / "huge.md"
    write_sparse(path, 21 * 1024 * 1024)
    refused(path, "too large")


@generous_timeout
def test_fifteen_megabyte_line_without_spaces_loads_or_fails_cleanly(tmp_path: Path) -> None:
    path = tmp_path / "oneline.txt"
    path.write_bytes(b"abcdefghij.ABCDEFGHIJ," * (15_000_000 // 22))
    try:
        document = load_document(path)
    except DocumentError as error:
        assert "\n" not in str(error) and path.name in str(error)
        return
    assert len(document.text) == path.stat().st_size
    assert document.sentences
    assert all(s.start < s.end for s in document.sentences)


def test_corrupt_cache_entry_is_ignored(tmp_path: Path) -> None:
    path = tmp_path / "doc.txt"
    path.write_text(GERMAN, encoding="utf-8")
    cache = ParsedCache(tmp_path / "cache")
    first = load_document(path, cache=cache)
    (entry,) = (tmp_path / "cache").iterdir()
    entry.write_text("{ not json", encoding="utf-8")
    again = load_document(path, cache=cache)
    assert again.text == first.text and again.sentences == first.sentences


def test_cache_returns_the_same_document(tmp_path: Path) -> None:
    path = tmp_path / "doc.txt"
    path.write_text(GERMAN, encoding="utf-8")
    cache = ParsedCache(tmp_path / "cache")
    first = load_document(path, cache=cache)
    second = load_document(path, cache=cache)
    assert (second.text, second.sentences, second.paragraphs) == (
        first.text,
        first.sentences,
        first.paragraphs,
    )


def test_unwritable_cache_does_not_stop_loading(tmp_path: Path) -> None:
    path = tmp_path / "doc.txt"
    path.write_text(GERMAN, encoding="utf-8")
    blocker = tmp_path / "cache"
    blocker.write_text("a file where the cache directory should be", encoding="utf-8")
    document = load_document(path, cache=ParsedCache(blocker))
    assert document.text == GERMAN.strip()


# --- the command line on a bad library entry ------------------------------------------------


def add_entries(reader_home: Path, entries: dict[str, Path]) -> None:
    reader_home.mkdir(parents=True, exist_ok=True)
    items = [{"id": i, "path": str(p), "meta": {}} for i, p in entries.items()]
    (reader_home / "library.json").write_text(json.dumps({"documents": items}), encoding="utf-8")


def run_reader(*args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "COLUMNS"}
    return subprocess.run(
        [str(READER), *args], capture_output=True, text=True, timeout=120, env=env
    )


@pytest.fixture
def bad_library(tmp_path: Path, reader_home: Path) -> dict[str, Path]:
    binary = tmp_path / "blob.txt"
    binary.write_bytes(b"\x00\x01\x02")
    huge = tmp_path / "huge.txt"
    write_sparse(huge, 50 * 1024 * 1024)
    folder = tmp_path / "folder.txt"
    folder.mkdir()
    entries = {
        "gone": tmp_path / "gone.txt",
        "blob": binary,
        "huge": huge,
        "folder": folder,
        "sheet": tmp_path / "sheet.xlsx",
    }
    add_entries(reader_home, entries)
    return entries


@pytest.mark.skipif(not READER.exists(), reason="console script not installed")
def test_reader_docs_reports_bad_entries_and_lists_the_rest(bad_library: dict[str, Path]) -> None:
    result = run_reader("docs", "--json")
    assert "Traceback" not in result.stderr
    assert result.returncode == 0
    rows = {row["id"]: row for row in json.loads(result.stdout)}
    # every entry has a row (review 21 F8); one that does not load has no counts
    assert set(rows) == {"swp-belarus-2023", "rs-belarus-2024", *bad_library}
    assert rows["swp-belarus-2023"]["chars"] and rows["rs-belarus-2024"]["chars"]
    assert all(rows[doc_id]["chars"] is None for doc_id in bad_library)
    # with --json, each problem is a JSON object of its own on stderr (the listing goes on)
    warnings = [json.loads(line)["warning"] for line in result.stderr.splitlines()]
    for doc_id in bad_library:
        assert any(warning.startswith(f"{doc_id}: ") for warning in warnings)
    plain = run_reader("docs")
    for doc_id in bad_library:
        assert any(line.startswith(f"reader: {doc_id}: ") for line in plain.stderr.splitlines())


@pytest.mark.skipif(not READER.exists(), reason="console script not installed")
@pytest.mark.parametrize(
    ("doc_id", "pattern"),
    [
        ("gone", "no such file"),
        ("blob", "binary"),
        ("huge", "too large"),
        ("folder", "directory"),
        ("sheet", "unsupported file type"),
    ],
)
def test_reader_show_bad_entry_is_one_line(
    bad_library: dict[str, Path], doc_id: str, pattern: str
) -> None:
    result = run_reader("show", doc_id, "--json")
    assert "Traceback" not in result.stderr
    assert result.returncode == 1
    assert result.stdout == ""
    assert pattern in result.stderr
    assert bad_library[doc_id].name in result.stderr


@pytest.mark.skipif(not READER.exists(), reason="console script not installed")
def test_long_path_error_stays_on_one_line(tmp_path: Path, reader_home: Path) -> None:
    deep = tmp_path / ("a-rather-long-directory-name-" * 4)
    deep.mkdir()
    blob = deep / "blob.txt"
    blob.write_bytes(b"\x00")
    add_entries(reader_home, {"blob": blob})
    result = run_reader("show", "blob")
    assert result.returncode == 1
    assert len(result.stderr.strip().splitlines()) == 1


@pytest.mark.skipif(not READER.exists(), reason="console script not installed")
@pytest.mark.parametrize(
    "content", ['{"documents": [{"id": "x"}]}', "[1, 2]"], ids=["entry-without-path", "list"]
)
def test_malformed_library_file_gives_no_traceback(reader_home: Path, content: str) -> None:
    reader_home.mkdir(parents=True, exist_ok=True)
    (reader_home / "library.json").write_text(content, encoding="utf-8")
    result = run_reader("docs", "--json")
    assert "Traceback" not in result.stderr
    assert result.returncode == 0
    assert len(json.loads(result.stdout)) == 2
    assert "library.json" in result.stderr


@pytest.mark.skipif(not READER.exists(), reason="console script not installed")
def test_unreadable_library_file_falls_back_to_the_bundled_documents(reader_home: Path) -> None:
    reader_home.mkdir(parents=True, exist_ok=True)
    (reader_home / "library.json").write_text("{ not json", encoding="utf-8")
    result = run_reader("docs", "--json")
    assert "Traceback" not in result.stderr
    assert result.returncode == 0
    assert len(json.loads(result.stdout)) == 2
    assert "library.json" in result.stderr
