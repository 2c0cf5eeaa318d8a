"""Command palette: the library actions (library screen, adding, one pane, remove, metadata)."""

from __future__ import annotations

from collections.abc import Callable

from reader.commands.base import CommandsProvider, PaletteCommand
from reader.features.library import LibraryFeature
from reader.i18n import _

__all__ = ["LibraryCommands"]


class LibraryCommands(CommandsProvider):
    """Library commands of the reading screen, and of the library screen when it is open."""

    def commands(self) -> list[PaletteCommand]:
        return [PaletteCommand(*command) for command in self._commands()]

    def _commands(self) -> list[tuple[str, Callable[[], object], str]]:
        """(text, callback, help) of every command available on the current screen."""
        # Imported here: the screens import their neighbours, not this module.
        from reader.screens.library import LibraryScreen

        screen = self.screen
        found = screen.query(LibraryFeature)
        if found:
            library = found.first()
            return [
                (_("Library: show all documents"), library.action_open_library, "ctrl+l"),
                (_("Library: add a document or folder"), library.action_add_document, "A"),
                (
                    _("Library: read this document alone, full width"),
                    library.action_single_pane,
                    _("one pane"),
                ),
                (_("Library: restore hidden bundled documents"), library.action_restore_seeds, ""),
            ]
        if isinstance(screen, LibraryScreen):
            return [
                (_("Library: open the marked documents"), screen.action_open, "enter"),
                (_("Library: add a document or folder"), screen.action_add, "A"),
                (_("Library: remove this document"), screen.action_remove, "d"),
                (_("Library: correct this document's metadata"), screen.action_edit_meta, "M"),
                (_("Library: read this document alone, full width"), screen.action_single, "0"),
                (_("Library: change the sort order"), screen.action_sort, "s"),
                (_("Library: filter"), screen.action_filter, "/"),
                (_("Library: restore hidden bundled documents"), screen.action_restore, "r"),
            ]
        return []
