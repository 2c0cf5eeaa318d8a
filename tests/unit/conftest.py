"""Fixtures the unit tests share."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

import pytest

from index import SearchIndex

if TYPE_CHECKING:
    from documents.model import Document

MakeIndex = Callable[[str, Sequence["Document"]], SearchIndex]
"""Builds a search index of documents in a fresh folder named after its test module."""


@pytest.fixture(scope="session")
def make_index(tmp_path_factory: pytest.TempPathFactory) -> MakeIndex:
    """A factory for module-scoped indexes: indexing is slow, so a module builds its index
    once and its tests only search it."""

    def make(name: str, documents: Sequence[Document]) -> SearchIndex:
        index = SearchIndex(tmp_path_factory.mktemp(name) / "index")
        index.sync(list(documents))
        return index

    return make
