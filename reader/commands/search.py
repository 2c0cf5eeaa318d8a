"""Command palette: search, next/previous hit, search scope, rebuilding the index."""

from __future__ import annotations

from reader.commands.base import CommandsProvider, PaletteCommand
from reader.i18n import _


class SearchCommands(CommandsProvider):
    """The search actions of the reading screen."""

    def commands(self) -> list[PaletteCommand]:
        # Imported here: the reading screen imports this module's neighbours, not the reverse.
        # ReadingScreen: the search, hit and index actions live in three of its mixins.
        from reader.screens.reading import ReadingScreen

        screen = self.screen
        if not isinstance(screen, ReadingScreen):
            return []
        commands = [
            (_("Search: find in the documents"), screen.action_search, "/"),
            (_("Search: next hit in this document"), screen.action_next_hit, "n"),
            (_("Search: previous hit in this document"), screen.action_previous_hit, "N"),
            (
                _("Search: scope (open documents, this document, library)"),
                screen.action_toggle_search_scope,
                "ctrl+d",
            ),
            (_("Search: rebuild the index"), screen.action_rebuild_index, ""),
        ]
        return [PaletteCommand(*command) for command in commands]
