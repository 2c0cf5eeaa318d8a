"""The library screen's note counts read no document: the entries' recorded hashes do."""

from __future__ import annotations

from pathlib import Path

import pytest

import reader.library
from reader.cli import main
from reader.library import open_library
from reader.notes.counts import shown_note_counts


def test_shown_documents_are_counted_without_being_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    essay = tmp_path / "deich.txt"
    essay.write_text("Der Deich\n\nDer Deich hielt dem Hochwasser stand.\n", encoding="utf-8")
    assert main(["add", str(essay)]) == 0
    assert main(["notes", "add", "--doc", "der-deich", "--quote", "Hochwasser"]) == 0
    capsys.readouterr()
    library = open_library()
    read: list[str] = []
    real = reader.library.load_document
    monkeypatch.setattr(reader.library, "load_document", lambda *a: read.append(a[2]) or real(*a))
    counts = shown_note_counts(library)
    assert counts["der-deich"] == 1 and counts["rs-belarus-2024"] == 0
    assert read == []
