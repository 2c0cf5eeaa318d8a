"""Which documents the app opens: command line, then the last session, then the library."""

from __future__ import annotations

import subprocess
import sys

from reader.launch import choose_documents
from reader.library import open_library
from reader.settings import Settings

SWP, RS = "swp-belarus-2023", "rs-belarus-2024"


def ids(documents) -> list[str]:
    return [document.id for document in documents]


def test_default_is_the_first_two_documents() -> None:
    assert ids(choose_documents(open_library(), Settings(), None, None)) == [SWP, RS]


def test_last_session_layout_is_kept() -> None:
    settings = Settings(left=RS, right=SWP)
    assert ids(choose_documents(open_library(), settings, None, None)) == [RS, SWP]


def test_single_pane_is_remembered() -> None:
    settings = Settings(left=RS, single_pane=True)
    assert ids(choose_documents(open_library(), settings, None, None)) == [RS]


def test_command_line_wins_and_asks_for_two_panes() -> None:
    settings = Settings(left=RS, single_pane=True)
    assert ids(choose_documents(open_library(), settings, SWP, RS)) == [SWP, RS]


def test_unknown_remembered_id_falls_back_to_the_library() -> None:
    settings = Settings(left="gone", right="also-gone")
    assert ids(choose_documents(open_library(), settings, None, None)) == [SWP, RS]


def test_a_document_asked_for_on_the_right_opens_on_the_right() -> None:
    assert ids(choose_documents(open_library(), Settings(), None, SWP)) == [RS, SWP]
    assert ids(choose_documents(open_library(), Settings(left=SWP), None, SWP)) == [RS, SWP]


def test_without_a_terminal_the_app_is_a_one_line_error() -> None:
    """Input from a file or /dev/null gives the app no keys (and Textual's input thread an
    end-of-file to read for ever): one line on stderr instead."""
    result = subprocess.run(
        [sys.executable, "-m", "reader", "--lang", "en"],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 1
    [line] = result.stderr.strip().splitlines()
    assert line.startswith("reader: the app reads its keys from a terminal")
