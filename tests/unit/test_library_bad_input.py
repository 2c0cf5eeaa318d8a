"""Bad input in a batch: one clear message each, nothing half-added, the rest still added."""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from reader import paths
from reader.library import open_library
from tests.data.fixtures.makers import pdf_bytes, write_blank_pdf, write_epub, write_pdf

GOOD = "# Good\n\nA perfectly ordinary document that should always be added.\n"


def _unsupported(folder: Path) -> Path:
    path = folder / "letter.docx"
    path.write_bytes(b"PK\x03\x04 not really a Word file")
    return path


def _encrypted(folder: Path) -> Path:
    return write_pdf(folder / "secret.pdf", [[(11, "Geheimer Text.")]], password="pw")


def _image_only(folder: Path) -> Path:
    return write_blank_pdf(folder / "scan.pdf")


def _broken_epub(folder: Path) -> Path:
    path = write_epub(folder / "book.epub", [("One", "<p>Some text in a chapter.</p>")])
    path.write_bytes(path.read_bytes()[:200])
    return path


def _damaged_pdf(folder: Path) -> Path:
    path = folder / "cut.pdf"
    path.write_bytes(pdf_bytes([[(11, "Text.")]])[:150])
    return path


def _huge(folder: Path) -> Path:
    path = folder / "huge.pdf"
    with path.open("wb") as handle:
        handle.truncate(200 * 1000 * 1000)  # sparse: takes no disk space
    return path


def _missing(folder: Path) -> Path:
    return folder / "gone.txt"


def _empty(folder: Path) -> Path:
    path = folder / "empty.txt"
    path.write_text("  \n\n", encoding="utf-8")
    return path


BAD: dict[str, tuple[Callable[[Path], Path], str]] = {
    "unsupported": (_unsupported, "unsupported file type '.docx'"),
    "encrypted": (_encrypted, "the PDF is encrypted"),
    "image-only": (_image_only, "no text layer"),
    "broken-epub": (_broken_epub, "the archive is broken"),
    "damaged-pdf": (_damaged_pdf, "not a readable PDF"),
    "huge": (_huge, "200.0 MB is too large (the limit is 100 MB)"),
    "missing": (_missing, "no such file"),
    "empty": (_empty, "the file is empty"),
}


def _assert_only_good_added(report: object, bad: Path, message: str) -> None:
    assert [a.title for a in report.added] == ["Good"]
    [skipped] = report.skipped
    assert skipped.path == bad and message in skipped.reason and "\n" not in skipped.reason
    library = open_library()
    assert [e.meta.title for e in library.entries if not e.bundled] == ["Good"]
    stored = sorted(p.suffix for p in (paths.data_dir() / "documents").iterdir())
    assert stored == [".md"]  # no copy, no temporary file of the bad one


@pytest.mark.parametrize("kind", list(BAD))
def test_bad_file_is_skipped_with_one_message(tmp_path: Path, kind: str) -> None:
    make, message = BAD[kind]
    bad = make(tmp_path)
    good = tmp_path / "good.md"
    good.write_text(GOOD, encoding="utf-8")
    report = open_library().add([bad, good])
    _assert_only_good_added(report, bad, message)
    assert report.summary() == "1 added, 1 skipped (1 with problems)"


def test_huge_file_is_refused_by_size_without_reading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    huge = _huge(tmp_path)
    original = Path.read_bytes

    def guarded(self: Path) -> bytes:
        assert self != huge, "the 200 MB file was read"
        return original(self)

    monkeypatch.setattr(Path, "read_bytes", guarded)
    started = time.monotonic()
    report = open_library().add([huge])
    assert time.monotonic() - started < 1.0
    assert "too large" in report.skipped[0].reason


def test_file_vanishing_while_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    vanishing = tmp_path / "vanishing.txt"
    vanishing.write_text("Ein Text, der gleich verschwindet, mitten im Lesen.\n", "utf-8")
    good = tmp_path / "good.md"
    good.write_text(GOOD, encoding="utf-8")
    original = Path.read_bytes

    def vanish(self: Path) -> bytes:
        if self == vanishing:
            self.unlink()
            raise FileNotFoundError(2, "No such file or directory", str(self))
        return original(self)

    monkeypatch.setattr(Path, "read_bytes", vanish)
    report = open_library().add([vanishing, good])
    _assert_only_good_added(report, vanishing, "cannot be read (No such file or directory)")


@pytest.mark.skipif(
    hasattr(os, "geteuid") and os.geteuid() == 0,
    reason="runs as root, where file permissions are not enforced",
)
def test_file_without_permission(tmp_path: Path) -> None:
    locked = tmp_path / "locked.txt"
    locked.write_text("Geheim, aber eigentlich ein ganz normaler Text.\n", "utf-8")
    locked.chmod(0)
    good = tmp_path / "good.md"
    good.write_text(GOOD, encoding="utf-8")
    try:
        report = open_library().add([locked, good])
    finally:
        locked.chmod(0o644)
    _assert_only_good_added(report, locked, "permission denied")


def test_a_mixed_folder_adds_what_it_can_and_says_why_not(tmp_path: Path) -> None:
    folder = tmp_path / "inbox"
    folder.mkdir()
    for make, _message in BAD.values():
        if make is not _missing:
            make(folder)
    (folder / "good.md").write_text(GOOD, encoding="utf-8")
    write_pdf(folder / "report.pdf", [[(18, "Bericht"), (11, "Ein Satz über die Lage.")]])
    report = open_library().add([folder])
    assert sorted(a.path.name for a in report.added) == ["good.md", "report.pdf"]
    assert len(report.failed) == len(BAD) - 1
    assert report.summary() == f"2 added, {len(BAD) - 1} skipped ({len(BAD) - 1} with problems)"
