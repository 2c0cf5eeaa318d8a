"""The command palette: one provider per feature, all listed in ``PROVIDERS``.

``base`` holds the shared machinery; each feature module says which commands it offers.
The app lists loaders, not classes: Textual calls them when the palette first opens, so
start-up imports neither the palette (``textual.command``) nor the providers.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from textual.command import Provider

__all__ = ["PROVIDERS"]


def _loader(module: str, name: str) -> Callable[[], type[Provider]]:
    """A loader of provider ``name`` from ``reader.commands.<module>``."""

    def load() -> type[Provider]:
        provider: type[Provider] = getattr(
            importlib.import_module(f"reader.commands.{module}"), name
        )
        return provider

    load.__qualname__ = load.__name__ = f"load_{name}"
    return load


PROVIDERS = (
    _loader("reading", "ReadingCommands"),
    _loader("search", "SearchCommands"),
    _loader("glossary", "GlossaryCommands"),
    _loader("links", "LinkCommands"),
    _loader("notes", "NoteCommands"),
    _loader("library", "LibraryCommands"),
)
"""Every feature's provider, as loaders; the app adds them to Textual's own."""
