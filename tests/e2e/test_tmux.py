"""End to end: start the installed `reader` command in a real terminal (tmux) and read it."""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed"),
]

READER = Path(sys.executable).with_name("reader")
TMUX = ("tmux", "-L", "reader-tests")
"""A tmux server of the tests' own: the user's sessions, or their `tmux kill-server`, never
meet the tests' (one was killed that way in the middle of a run)."""


def tmux(*args: str) -> str:
    return subprocess.run([*TMUX, *args], check=True, capture_output=True, text=True).stdout


def session_alive(session: str) -> bool:
    result = subprocess.run([*TMUX, "has-session", "-t", session], capture_output=True)
    return result.returncode == 0


def wait_for(session: str, needles: list[str], timeout: float = 30.0) -> str:
    """Poll the pane until every needle is on screen (or time runs out)."""
    deadline = time.monotonic() + timeout
    screen = ""
    while time.monotonic() < deadline:
        screen = tmux("capture-pane", "-p", "-t", session)
        if all(needle in screen for needle in needles):
            return screen
        time.sleep(0.2)
    return screen


def wait_until_gone(session: str, needle: str, timeout: float = 30.0) -> bool:
    """Poll the pane until ``needle`` is no longer on screen; whether it went in time."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if needle not in tmux("capture-pane", "-p", "-t", session):
            return True
        time.sleep(0.2)
    return False


def reader_command(reader_home: Path, *args: str) -> str:
    """The shell command that runs `reader` in a pane, sized by the pane alone.

    tmux hands its server's environment to new panes; a COLUMNS or LINES in it (from whatever
    started the server) would override the pane's real size, so both are removed.
    """
    env = f"env -u COLUMNS -u LINES READER_HOME={reader_home} TERM=xterm-256color"
    return " ".join([env, str(READER), "--lang", "de", *args])


def start_reader(reader_home: Path, columns: int, rows: int) -> str:
    """Start `reader` in a detached tmux session of that size; return the session's name."""
    session = f"reader-e2e-{uuid.uuid4().hex[:8]}"
    command = reader_command(reader_home)
    tmux("new-session", "-d", "-s", session, "-x", str(columns), "-y", str(rows), command)
    return session


def open_outline_then_quit(session: str, entry: str) -> None:
    """`o` opens the outline showing `entry`, Escape closes it, `q` ends the app and session."""
    tmux("send-keys", "-t", session, "o")
    screen = wait_for(session, ["Gliederung", "Schwindende Kontrolle"])
    assert entry in screen
    tmux("send-keys", "-t", session, "Escape")
    # q only once the outline is gone: an Escape still unread when q arrives is read with it
    # as Alt+q (on a loaded machine a fixed pause was not always enough).
    assert wait_until_gone(session, "Gliederung —"), "Escape did not close the outline"
    tmux("send-keys", "-t", session, "q")
    # Quitting waits for the index step under way on a first start; a loaded machine is slow.
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline and session_alive(session):
        time.sleep(0.2)
    assert not session_alive(session), "q did not quit the app"


def test_reader_shows_both_documents_in_a_terminal(reader_home: Path) -> None:
    session = start_reader(reader_home, 120, 40)
    try:
        # The panes draw one after another: wait for every part, not just the first lines.
        needles = ["Die russische Vollinvasion", "Russlands Invasion der", "13. Februar 2024"]
        screen = wait_for(session, needles)
        assert "Die russische Vollinvasion" in screen
        assert "Russlands Invasion der" in screen
        assert "13. Februar 2024" in screen
        assert "wahlentruestung" not in screen and "Published On" not in screen
        open_outline_then_quit(session, "Kriegsbeginn als Zäsur")
    finally:
        subprocess.run([*TMUX, "kill-session", "-t", session], capture_output=True)


def test_small_terminal_keeps_text_and_essential_keys(reader_home: Path) -> None:
    """At 80x24 both documents keep lines of text and the footer keeps search, keys and quit."""
    session = start_reader(reader_home, 80, 24)
    try:
        keys = ["/ Suche", "o Gliederung", "? Tasten", "q Beenden"]
        screen = wait_for(session, ["Die russische Vollinvasion", "Russlands Invasion der", *keys])
        assert "Die russische Vollinvasion" in screen
        assert "Russlands Invasion der" in screen
        footer = screen.rstrip().splitlines()[-1]
        for key in keys:
            assert key in footer
        open_outline_then_quit(session, "Schwindende Kontrolle")
    finally:
        subprocess.run([*TMUX, "kill-session", "-t", session], capture_output=True)
