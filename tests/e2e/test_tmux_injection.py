"""End to end: hostile notes, tags and titles never reach a real terminal as control sequences.

The app runs in tmux with ``pipe-pane`` recording every byte it writes to the terminal; the
notes panel and the document picker show the hostile strings, then the recording is searched
for the sequences they carried (clipboard write, window title, clear screen, C1, bidi).
"""

from __future__ import annotations

import shutil
import subprocess
import time
import uuid
from pathlib import Path

import pytest

from reader.cli import main
from tests.e2e.test_tmux import TMUX, reader_command, session_alive, tmux, wait_for

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed"),
]

DOC = "rs-belarus-2024"
TITLE = "Feind\x1b]0;PWNED-TITLE\x07lich\u202eer Titel\x9b2J"
NOTE = "Notiz\x1b]52;c;SU5KRUNURUQ=\x07mit\x1b[2JGift\x9d0;PWNED-C1\x9c"
TAG = "etikett\x1b]0;PWNED-TAG\x1b\\"
FORBIDDEN = [
    b"\x1b]52;c;SU5KRUNURUQ",
    b"PWNED",
    b"mit\x1b[2J",
    b"\xc2\x9b",  # C1 CSI, UTF-8 encoded
    b"\xc2\x9d",  # C1 OSC
    b"\xe2\x80\xae",  # right-to-left override
]


def _press_until(session: str, key: str, needles: list[str]) -> str:
    """Press ``key`` until every needle shows (the app may still be starting its workers)."""
    screen = ""
    for _attempt in range(3):
        tmux("send-keys", "-t", session, key)
        screen = wait_for(session, needles, timeout=15)
        if all(needle in screen for needle in needles):
            break
    return screen


def test_hostile_user_text_never_reaches_the_terminal(reader_home: Path, tmp_path: Path) -> None:
    assert main(["meta", DOC, "--set", f"title={TITLE}"]) == 0
    assert main(["notes", "add", "--doc", DOC, "--quote", "Belarus", "--occurrence", "2",
                 "--note", NOTE, "--tag", TAG]) == 0  # fmt: skip
    raw = tmp_path / "terminal.bin"
    session = f"reader-inject-{uuid.uuid4().hex[:8]}"
    panes = ["--left", DOC, "--right", "swp-belarus-2023"]
    command = "sleep 1; " + reader_command(reader_home, *panes)
    tmux("new-session", "-d", "-s", session, "-x", "120", "-y", "40", command)
    try:
        tmux("pipe-pane", "-o", "-t", session, f"cat >> {raw}")
        assert "Russlands Invasion der" in wait_for(session, ["Russlands Invasion der"])
        screen = _press_until(session, "C-n", ["NotizmitGift", "etikett"])
        assert "NotizmitGift" in screen and "etikett" in screen
        tmux("send-keys", "-t", session, "Escape")
        time.sleep(1.0)
        screen = _press_until(session, "p", ["Seite anzeigen", "Feindlicher Titel"])
        assert "Feindlicher Titel" in screen
        tmux("send-keys", "-t", session, "Escape")
        time.sleep(1.0)
        tmux("send-keys", "-t", session, "q")
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and session_alive(session):
            time.sleep(0.2)
    finally:
        subprocess.run([*TMUX, "kill-session", "-t", session], capture_output=True)
    written = raw.read_bytes()
    assert len(written) > 10_000  # the recording holds the whole session
    for sequence in FORBIDDEN:
        assert sequence not in written, f"{sequence!r} reached the terminal"
