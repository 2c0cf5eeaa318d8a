"""Command palette: search, next/previous hit, search scope, rebuilding the index."""

from __future__ import annotations

from collections.abc import Callable

from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content

from reader.i18n import _


class SearchCommands(Provider):
    """The search actions of the reading screen."""

    def _commands(self) -> list[tuple[str, Callable[[], object], str]]:
        """(text, callback, help) of every command; empty when not on the reading screen."""
        # Imported here: the reading screen imports this module's neighbours, not the reverse.
        from reader.screens.reading_search import SearchActions

        screen = self.screen
        if not isinstance(screen, SearchActions):
            return []
        return [
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

    async def discover(self) -> Hits:
        for text, callback, help_text in self._commands():
            yield DiscoveryHit(Content(text), callback, text=text, help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for text, callback, help_text in self._commands():
            score = matcher.match(text)
            if score > 0:
                yield Hit(score, matcher.highlight(text), callback, text=text, help=help_text)
