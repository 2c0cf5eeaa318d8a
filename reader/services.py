"""The cores wired together once, for the app and the command line alike.

Each service is created on first use (``cached_property``), so a command that only lists
documents never loads the glossary, and the app can build the slow ones in workers. Every
location comes from ``reader.paths`` (READER_HOME relocates all of it).
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from reader import paths
from reader.library import Library, open_library

if TYPE_CHECKING:
    from glossary.entities import Glossary


class Services:
    """The library plus lazily created glossary, search index, notes store and link data."""

    def __init__(self, library: Library | None = None) -> None:
        self.library = library or open_library()

    @cached_property
    def glossary(self) -> Glossary:
        """The bundled glossary merged with the user's file (problems are in ``.warnings``)."""
        from glossary.entities import load_glossary

        return load_glossary(paths.user_glossary_path())
