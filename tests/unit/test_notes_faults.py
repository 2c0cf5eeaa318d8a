"""Faults the notes store survives: SIGKILL mid-save, two writers at once."""

from __future__ import annotations

import os
import random
import select
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from reader.notes import NoteStore, Target

WRITER = Path(__file__).parent / "notes_helpers" / "writer.py"
TEXT = "Der Wal singt im Meer. Die Möwe ruft am Strand. Das Boot schaukelt im Hafen."
TRIALS = 200


READ_DEADLINE = 120.0
"""Seconds a read from the child may take before the test fails (instead of hanging CI)."""


def _write_until_killed(db: Path, out: int) -> None:
    """The child: add small notes forever, reporting each id after its commit.

    Only SIGKILL should end it; if it fails by itself it says why (``error: …``), so the
    parent reports the writer's failure instead of mistaking it for a lost note.
    """
    try:
        store = NoteStore.open_strict(db, daily_backup=False)
        target = Target.from_text("doc", "hash", TEXT, 4, 7)
        os.write(out, b"ready\n")
        number = 0
        while True:
            annotation = store.add(target, note=f"note {number}", tags=["crash"])
            os.write(out, f"{annotation.id}\n".encode())
            number += 1
    except BaseException as error:  # noqa: BLE001 - reported to the parent, then exit
        os.write(out, f"error: {error!r}\n".encode()[:500])
    finally:
        os._exit(1)


def _read_line(fd: int) -> str:
    """One complete line from the child, byte by byte so nothing after it is consumed.

    Fails (rather than blocking forever) if the child neither writes nor exits in time, and
    if the pipe ends first or the child reports an error: neither is a saved note.
    """
    data = b""
    while not data.endswith(b"\n"):
        ready, _w, _x = select.select([fd], [], [], READ_DEADLINE)
        assert ready, f"the writer sent nothing for {READ_DEADLINE:.0f} s (stuck?)"
        byte = os.read(fd, 1)
        assert byte, f"the writer exited by itself after {data!r}"
        data += byte
    line = data.decode()
    assert not line.startswith("error:"), f"the writer failed by itself: {line}"
    return line


def _read_all(fd: int) -> str:
    """Everything the (dead) child wrote; the deadline guards against a stray write end."""
    chunks = []
    while True:
        ready, _w, _x = select.select([fd], [], [], READ_DEADLINE)
        assert ready, "the pipe of a killed writer never reached its end"
        if not (chunk := os.read(fd, 65536)):
            break
        chunks.append(chunk)
    os.close(fd)
    return b"".join(chunks).decode()


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork() for 200 cheap processes")
def test_sigkill_mid_save_loses_no_reported_note(tmp_path: Path) -> None:
    db = tmp_path / "notes.sqlite3"
    NoteStore.open_strict(db).close()
    rng = random.Random(20240601)
    reported: set[str] = set()
    trials_with_saves = 0
    for trial in range(TRIALS):
        read_end, write_end = os.pipe()
        pid = os.fork()
        if pid == 0:  # the child never returns
            os.close(read_end)
            _write_until_killed(db, write_end)
        os.close(write_end)
        seen: list[str] = []
        if trial % 5:  # most kills land among the saves, every fifth at any moment
            assert _read_line(read_end) == "ready\n"
            seen = [_read_line(read_end).strip() for _ in range(rng.randint(1, 4))]
        time.sleep(rng.uniform(0.0, 0.003))  # then somewhere in the next save(s)
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        # Only complete lines were reported: a torn last line was not yet "saved".
        rest = [line for line in _read_all(read_end).split("\n")[:-1] if line != "ready"]
        failed = [line for line in rest if line.startswith("error:")]
        assert not failed, f"trial {trial}: the writer failed by itself: {failed[0]}"
        lines = seen + rest
        trials_with_saves += bool(lines)
        reported.update(lines)
        with NoteStore.open_strict(db, daily_backup=False) as store:
            stored = {a.id for a in store.all()}
            missing = reported - stored
            assert not missing, f"trial {trial}: {len(missing)} reported notes lost"
            if trial % 25 == 0 or trial == TRIALS - 1:
                assert store.integrity_ok()
    assert trials_with_saves > TRIALS // 2  # the kills did land while saving
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()


def _start_writer(db: Path, count: int, label: str) -> subprocess.Popen[str]:
    process = subprocess.Popen(
        [sys.executable, str(WRITER), str(db), str(count), label],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    assert process.stdout.readline().strip() == "ready"
    return process


def test_two_processes_adding_at_once_keep_all_notes(tmp_path: Path) -> None:
    db = tmp_path / "notes.sqlite3"
    NoteStore.open_strict(db).close()
    writers = [_start_writer(db, 150, label) for label in ("app", "cli")]
    for process in writers:  # both start together
        assert process.stdin is not None
        process.stdin.write("go\n")
        process.stdin.flush()
    ids = []
    for process in writers:
        out, _ = process.communicate(timeout=120)
        assert process.returncode == 0
        ids += out.split()
    assert len(ids) == 300
    with NoteStore.open_strict(db) as store:
        assert {a.id for a in store.all()} == set(ids)
        assert len(store.filter(tag="app")) == len(store.filter(tag="cli")) == 150
        assert store.integrity_ok()


def test_a_store_sees_notes_another_process_added(tmp_path: Path) -> None:
    db = tmp_path / "notes.sqlite3"
    with NoteStore.open_strict(db) as store:
        assert len(store) == 0
        writer = _start_writer(db, 3, "other")
        assert writer.stdin is not None
        writer.stdin.write("go\n")
        writer.stdin.flush()
        out, _ = writer.communicate(timeout=60)
        assert {a.id for a in store.filter("other")} == set(out.split())
