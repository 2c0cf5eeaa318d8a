"""Fixtures for app tests: a ReaderApp on the bundled documents in a fresh READER_HOME."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reader import paths
from reader.app import ReaderApp
from reader.i18n import set_language
from reader.launch import choose_documents
from reader.library import open_library
from reader.settings import Settings


@pytest.fixture
def make_app(reader_home) -> Callable[..., ReaderApp]:  # noqa: ARG001 - fixture order
    """Build a ReaderApp the way the command line does, on the current READER_HOME."""

    def build(left: str | None = None, right: str | None = None) -> ReaderApp:
        set_language("en")
        settings = Settings.load(paths.settings_path())
        library = open_library()
        documents = choose_documents(library, settings, left, right)
        return ReaderApp(library, settings, paths.settings_path(), documents)

    return build
