"""Shared fixtures: every test gets its own READER_HOME, never the real home directory."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"


@pytest.fixture(autouse=True)
def reader_home(
    tmp_path: Path, tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """Relocate all user state into a fresh temporary directory."""
    home = tmp_path / "reader-home"
    monkeypatch.setenv("READER_HOME", str(home))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    # Whoosh keeps a RAM index's scratch files in the temporary folder under a fixed name
    # (MAIN.tmp), which two tests running at once would share and remove under each other.
    # A folder of its own beside tmp_path, which some tests expect to find empty.
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path_factory.mktemp("tempdir")))
    return home
