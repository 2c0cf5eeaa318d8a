"""The command palette: one provider per feature, all listed in ``PROVIDERS``.

``base`` holds the shared machinery; each feature module says which commands it offers.
"""

from __future__ import annotations

from reader.commands.glossary import GlossaryCommands
from reader.commands.library import LibraryCommands
from reader.commands.links import LinkCommands
from reader.commands.notes import NoteCommands
from reader.commands.reading import ReadingCommands
from reader.commands.search import SearchCommands

__all__ = [
    "PROVIDERS",
    "GlossaryCommands",
    "LibraryCommands",
    "LinkCommands",
    "NoteCommands",
    "ReadingCommands",
    "SearchCommands",
]

PROVIDERS = (
    ReadingCommands,
    SearchCommands,
    GlossaryCommands,
    LinkCommands,
    NoteCommands,
    LibraryCommands,
)
"""Every feature's provider; the app adds them to Textual's own."""
