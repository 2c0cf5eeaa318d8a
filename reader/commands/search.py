"""Command palette: search, next/previous hit, search scope, rebuilding the index."""

from __future__ import annotations

from reader.commands.base import CommandsProvider, PaletteCommand
from reader.features.search import SearchFeature
from reader.i18n import _


class SearchCommands(CommandsProvider):
    """The search actions of the reading screen."""

    def commands(self) -> list[PaletteCommand]:
        found = self.screen.query(SearchFeature)
        if not found:
            return []
        search = found.first()
        commands = [
            (_("Search: find in the documents"), search.action_search, "/"),
            (_("Search: next hit in this document"), search.action_next_hit, "n"),
            (_("Search: previous hit in this document"), search.action_previous_hit, "N"),
            (
                _("Search: scope (open documents, this document, library)"),
                search.action_toggle_search_scope,
                "ctrl+d",
            ),
            (_("Search: rebuild the index"), search.action_rebuild_index, ""),
        ]
        return [PaletteCommand(*command) for command in commands]
