"""Command palette entries for cross-links and the timeline.

Textual 8.2's palette lists only its system commands, not the screen's bindings, so every link
action is offered here too (on the reading screen only).
"""

from __future__ import annotations

from functools import partial

from textual.command import DiscoveryHit, Hit, Hits, Provider

from reader.i18n import _


def link_commands() -> list[tuple[str, str, str]]:
    """(name, help, action) of each command, translated."""
    return [
        (
            _("Follow link"),
            _("Show the best-linked passage of the other document (l)"),
            "follow_link",
        ),
        (_("List links"), _("The sentence's cross-links with their reasons (L)"), "list_links"),
        (
            _("Sync panes by links"),
            _("Keep the other pane on the best-linked passage (y)"),
            "toggle_sync",
        ),
        (_("Compare linked pair"), _("The sentence and its best link side by side (c)"), "compare"),
        (_("Timeline"), _("The dates of both documents in one chronology (t)"), "timeline"),
    ]


class LinkCommands(Provider):
    """Follow, list, sync, compare and the timeline, from the palette."""

    def _available(self) -> list[tuple[str, str, str]]:
        from reader.screens.reading_links import LinkActions

        return link_commands() if isinstance(self.screen, LinkActions) else []

    async def discover(self) -> Hits:
        for name, help_text, action in self._available():
            yield DiscoveryHit(name, partial(self.screen.run_action, action), help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for name, help_text, action in self._available():
            if (score := matcher.match(name)) > 0:
                yield Hit(
                    score,
                    matcher.highlight(name),
                    partial(self.screen.run_action, action),
                    help=help_text,
                )
