"""Fixtures for app tests: a ReaderApp on the bundled documents in a fresh READER_HOME."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from reader import paths
from reader.app import ReaderApp
from reader.i18n import set_language
from reader.launch import choose_documents
from reader.library import open_library
from reader.services import Services
from reader.settings import Settings


@pytest.fixture
def make_app(reader_home) -> Callable[..., ReaderApp]:  # noqa: ARG001 - fixture order
    """Build a ReaderApp the way the command line does, on the current READER_HOME."""

    def build(left: str | None = None, right: str | None = None) -> ReaderApp:
        set_language("en")
        settings = Settings.load(paths.settings_path())
        library = open_library()
        documents = choose_documents(library, settings, left, right)
        return ReaderApp(Services(library), settings, paths.settings_path(), documents)

    return build


@pytest.fixture(scope="session")
def built_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seeds' index, built once per session (each test copies it into its READER_HOME)."""
    from reader.services import Services

    home = tmp_path_factory.mktemp("search-index-home")
    previous = os.environ.get("READER_HOME")
    os.environ["READER_HOME"] = str(home)
    try:
        services = Services()
        assert not services.sync_index().busy
        services.search_index.close()
        return paths.index_dir()
    finally:
        if previous is None:
            del os.environ["READER_HOME"]
        else:
            os.environ["READER_HOME"] = previous


@pytest.fixture
def indexed(built_index: Path, reader_home: Path) -> Path:  # noqa: ARG001 - fixture order
    """READER_HOME with the seeds already indexed (the app's sync finds nothing to do)."""
    shutil.copytree(built_index, paths.index_dir())
    return paths.index_dir()
