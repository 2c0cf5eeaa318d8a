"""End to end: closing the terminal ends the app, its state saved, even behind make.

A window that runs ``make run`` makes make the leader of the terminal's session: when the
window closes, make alone receives the hang-up signal and waits for the reader, whose
terminal now returns end-of-file on every read (Textual's input thread then spun at 60-75 %
of a core for ever). The app must notice the hang-up itself (reader/terminal.py).
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.e2e.test_tmux import TMUX, reader_command, tmux, wait_for

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed"),
    pytest.mark.skipif(sys.platform != "linux", reason="reads processes from /proc"),
]

DEADLINE = 30.0
"""Seconds allowed for each step: a loaded 2-core machine is slow, a stuck app never ends."""


def running(pid: int) -> bool:
    """Whether the process is alive (a zombie has ended; nobody may be left to reap it)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except FileNotFoundError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"


def wait_until(condition: Callable[[], bool], what: str) -> None:
    """Poll ``condition`` until it holds; fail with ``what`` after DEADLINE."""
    deadline = time.monotonic() + DEADLINE
    while not condition():
        assert time.monotonic() < deadline, what
        time.sleep(0.2)


def reader_process(session: str) -> int:
    """The reader's pid: the pane's own process, or behind make that process's child."""
    pane = int(tmux("list-panes", "-t", session, "-F", "#{pane_pid}").split()[0])
    children = Path(f"/proc/{pane}/task/{pane}/children").read_text().split()
    return int(children[0]) if children else pane


def saved_positions(settings: Path) -> dict[str, int]:
    try:
        return dict(json.loads(settings.read_text())["positions"])
    except (FileNotFoundError, json.JSONDecodeError):
        return {}


@pytest.mark.parametrize("behind_make", [True, False], ids=["make-run", "alone"])
def test_closed_terminal_ends_the_app_with_its_state_saved(
    reader_home: Path, tmp_path: Path, behind_make: bool
) -> None:
    command = "exec " + reader_command(reader_home)
    if behind_make:  # as `make run` does; the outer make's settings stay out of it
        makefile = tmp_path / "Makefile"
        makefile.write_text(f"run:\n\t@{command}\n")
        command = f"exec env -u MAKEFLAGS -u MFLAGS -u MAKELEVEL make -s -f {makefile} run"
    session = f"reader-hangup-{uuid.uuid4().hex[:8]}"
    tmux("new-session", "-d", "-s", session, "-x", "120", "-y", "40", command)
    pid = 0
    try:
        assert "Die russische Vollinvasion" in wait_for(session, ["Die russische Vollinvasion"])
        pid = reader_process(session)
        assert "reader" in Path(f"/proc/{pid}/cmdline").read_text()
        settings = reader_home / "settings.json"
        tmux("send-keys", "-t", session, "j")
        wait_until(lambda: any(saved_positions(settings).values()), "position never saved")
        positions = saved_positions(settings)
        settings.unlink()  # only the app's own end writes it again

        tmux("kill-session", "-t", session)
        wait_until(lambda: not running(pid), "the app outlived its terminal")
        assert saved_positions(settings) == positions
    finally:
        end_session(session, pid)


def end_session(session: str, pid: int) -> None:
    """Leave nothing behind when the test fails: the session, and the app it started."""
    subprocess.run([*TMUX, "kill-session", "-t", session], capture_output=True)
    if pid and running(pid):
        os.kill(pid, signal.SIGKILL)
