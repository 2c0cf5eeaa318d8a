"""A batch parsed partly by a forked child adds what one process adds, in the same order."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from documents import structure
from reader.library import add as adding
from reader.library import open_library

pytestmark = pytest.mark.skipif(not adding.can_fork(), reason="needs fork and two cores")

WORDS = "Der Hafen liegt still, und die Schiffe warten auf den Wind aus Westen".split()


def _folder(folder: Path) -> list[Path]:
    folder.mkdir()
    files = []
    for number in range(6):
        words = " ".join(WORDS[number:] + WORDS[:number])
        text = f"# Bericht {number}\n\n" + f"{words} im Jahr {1900 + number}. " * 40
        files.append(folder / f"{number}.txt")
        files[-1].write_text(text, encoding="utf-8")
    (folder / "6.txt").write_text("   \n", encoding="utf-8")  # no readable text
    (folder / "7.txt").write_text(files[0].read_text(encoding="utf-8"), encoding="utf-8")
    return files


def _added(monkeypatch: pytest.MonkeyPatch, home: Path, folder: Path) -> tuple[Any, ...]:
    monkeypatch.setenv("READER_HOME", str(home))
    library = open_library()
    report = library.add([folder])
    documents = [library.get(item.id) for item in report.added]
    return (
        [(a.id, a.title, a.status) for a in report.added],
        [(s.path.name, s.reason, s.duplicate) for s in report.skipped],
        [(d.meta, d.text, d.sentences, d.paragraphs) for d in documents],
    )


def test_parsing_ahead_in_a_child_adds_the_same(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _folder(tmp_path / "in")
    monkeypatch.setattr(adding, "PARSE_AHEAD_MIN_BYTES", 10**12)
    alone = _added(monkeypatch, tmp_path / "one", tmp_path / "in")
    monkeypatch.setattr(adding, "PARSE_AHEAD_MIN_BYTES", 1)
    monkeypatch.setattr(adding.threading, "active_count", lambda: 1)
    monkeypatch.setattr(adding, "core_to_spare", lambda: True)
    parsed_here: list[int] = []
    shape = structure.shape

    def counting(parsed: Any) -> Any:
        parsed_here.append(len(parsed_here))
        return shape(parsed)

    monkeypatch.setattr(structure, "shape", counting)
    files = sorted((tmp_path / "in").iterdir())
    assert adding._parse_ahead_from(open_library(), files) == 5  # the child takes 5, 6 and 7
    together = _added(monkeypatch, tmp_path / "two", tmp_path / "in")
    assert together == alone
    assert len(alone[0]) == 6 and alone[1][0][0] == "6.txt" and alone[1][1][2]
    # shaped here: 0-4 (6 has no text to shape, 7 is 0 again); 5 came from the child's parse
    assert len(parsed_here) == 5
