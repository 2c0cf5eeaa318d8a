"""Fixtures for the link and timeline UI tests: features of the seeds computed once per session.

Extracting the seeds' features takes seconds; every test gets a fresh READER_HOME, so the cache
directory of one session-wide computation is copied in instead of recomputing it per test.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from reader import paths
from reader.library import open_library
from reader.services import Services


@pytest.fixture(scope="session")
def seed_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A READER_HOME cache directory holding the seeds' parsed documents and features."""
    home = tmp_path_factory.mktemp("links-home")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("READER_HOME", str(home))
        Services(open_library()).link_index()
        return paths.cache_dir()


@pytest.fixture
def links_home(reader_home: Path, seed_cache: Path) -> Path:
    """This test's READER_HOME with the precomputed cache copied in."""
    shutil.copytree(seed_cache, reader_home / "cache", dirs_exist_ok=True)
    return reader_home
