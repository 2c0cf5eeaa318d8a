"""A damaged notes database: a clear failure, then ``reader notes recover`` saves what it can.

Each trial damages one page of a real database. The damaged file must never change, opening it
must leave no ``-wal``/``-shm`` beside it, and the recovered notes must be exact copies of the
originals: all of them when an index page was hit, all but the rows on the page when a table
page was hit.
"""

from __future__ import annotations

import hashlib
import json
import random
import sqlite3
from pathlib import Path

import pytest

from reader.cli import main
from reader.notes import Annotation, NoteStore, Target
from reader.notes.db import to_row
from reader.notes.recovery import salvage
from reader.notes.schema import MIGRATIONS, migrate
from reader.paths import notes_db_path

TRIALS = 12
NOTES = 120
PAGE = 4096
TEXT = "Der Wal singt im Meer. Die Möwe ruft am Strand."


def _build(path: Path) -> dict[str, str]:
    with NoteStore.open_strict(path, daily_backup=False) as store:
        target = Target.from_text("doc", "h", TEXT, 4, 7)
        notes = {store.add(target, note=f"Notiz {n} " + "x" * 300).id for n in range(NOTES)}
        return {a.id: a.note for a in store.all() if a.id in notes}


def _pages(path: Path, kind: int) -> list[int]:
    """Page numbers (1-based) whose b-tree page type is ``kind`` (13: table leaf, 10: index)."""
    data = path.read_bytes()
    return [n + 1 for n in range(1, len(data) // PAGE) if data[n * PAGE] == kind]


def _damage(path: Path, page: int, rng: random.Random) -> int:
    """Overwrite ``page`` with noise; return how many rows its header said it held."""
    data = bytearray(path.read_bytes())
    start = (page - 1) * PAGE
    cells = int.from_bytes(data[start + 3 : start + 5], "big")
    data[start : start + PAGE] = rng.randbytes(PAGE)
    path.write_bytes(bytes(data))
    return cells


@pytest.mark.parametrize("trial", range(TRIALS))
def test_recover_keeps_every_readable_note(trial: int, capsys: pytest.CaptureFixture[str]) -> None:
    rng = random.Random(trial)
    path = notes_db_path()
    originals = _build(path)
    table_page = trial % 2 == 0
    page = rng.choice(_pages(path, 13 if table_page else 10))
    cells = _damage(path, page, rng)
    lost = cells if table_page else 0
    before = hashlib.sha256(path.read_bytes()).hexdigest()

    code = main(["notes", "list"])
    out, err = capsys.readouterr()
    assert code == 1 and out == "" and "reader notes recover" in err and "Traceback" not in err
    assert not Path(f"{path}-wal").exists() and not Path(f"{path}-shm").exists()
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before

    assert main(["notes", "recover"]) == 0
    out = capsys.readouterr().out
    kept = next(path.parent.glob("notes.sqlite3.damaged-*"))
    assert str(kept) in out
    assert hashlib.sha256(kept.read_bytes()).hexdigest() == before

    assert main(["notes", "list", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert all(originals[row["id"]] == row["note"] for row in rows)
    assert len(rows) == NOTES - lost


def test_notes_written_meanwhile_are_merged(capsys: pytest.CaptureFixture[str]) -> None:
    path = notes_db_path()
    path.write_bytes(b"kaputt" * 1000)
    assert main(["notes", "add", "--doc", "rs-belarus-2024", "--quote", "Belarus",
                 "--occurrence", "2", "--note", "inzwischen"]) == 0  # fmt: skip
    capsys.readouterr()
    assert main(["notes", "recover"]) == 0
    assert "1 notes written while it was unusable" in capsys.readouterr().out
    assert main(["notes", "list", "--json"]) == 0
    assert [r["note"] for r in json.loads(capsys.readouterr().out)] == ["inzwischen"]
    assert next(path.parent.glob("notes.sqlite3.damaged-*")).read_bytes() == b"kaputt" * 1000


def test_a_newer_database_is_not_recovered(capsys: pytest.CaptureFixture[str]) -> None:
    path = notes_db_path()
    _build(path)
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE schema_version SET version = 99")
    conn.close()
    before = path.read_bytes()
    code = main(["notes", "recover"])
    assert code == 2 and "newer version" in capsys.readouterr().err
    assert path.read_bytes() == before


def test_a_schema_1_database_is_salvaged_whole() -> None:
    """A damaged file of the previous release has no ``was`` column (review22 F1)."""
    path = notes_db_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(path, isolation_level=None)
    migrate(conn, path, MIGRATIONS[:1])
    target = Target.from_text("doc", "h", TEXT, 4, 7)
    notes = [Annotation(id=f"n{n}", target=target, note=f"alt {n}") for n in range(2)]
    for note in notes:
        row = to_row(note)[:-1]  # no ``was`` in schema 1
        conn.execute(f"INSERT INTO annotations VALUES ({', '.join('?' * len(row))})", row)
    conn.close()

    found = salvage(path)
    assert found.unreadable == 0
    assert sorted(a.note for a in found.annotations) == ["alt 0", "alt 1"]
    assert all(a.was is None for a in found.annotations)
