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


def tmux(*args: str) -> str:
    return subprocess.run(["tmux", *args], check=True, capture_output=True, text=True).stdout


def session_alive(session: str) -> bool:
    result = subprocess.run(["tmux", "has-session", "-t", session], capture_output=True)
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


def test_reader_shows_both_documents_in_a_terminal(reader_home: Path) -> None:
    session = f"reader-e2e-{uuid.uuid4().hex[:8]}"
    command = f"env READER_HOME={reader_home} TERM=xterm-256color {READER} --lang de"
    tmux("new-session", "-d", "-s", session, "-x", "120", "-y", "40", command)
    try:
        screen = wait_for(session, ["Die russische Vollinvasion", "Russlands Invasion der"])
        assert "Die russische Vollinvasion" in screen
        assert "Russlands Invasion der" in screen
        assert "13. Februar 2024" in screen
        assert "wahlentruestung" not in screen and "Published On" not in screen
        tmux("send-keys", "-t", session, "o")
        screen = wait_for(session, ["Gliederung", "Schwindende Kontrolle"])
        assert "Kriegsbeginn als Zäsur" in screen
        tmux("send-keys", "-t", session, "Escape")
        time.sleep(1.0)  # an Escape followed at once by q would arrive as Alt+q
        tmux("send-keys", "-t", session, "q")
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and session_alive(session):
            time.sleep(0.2)
        assert not session_alive(session), "q did not quit the app"
    finally:
        subprocess.run(["tmux", "kill-session", "-t", session], capture_output=True)
