"""Command palette entries for cross-links and the timeline (on the reading screen only)."""

from __future__ import annotations

from functools import partial

from reader.commands.base import CommandsProvider, PaletteCommand
from reader.features.links import LinksFeature
from reader.i18n import _

_COMMANDS = [
    ("Follow link", "Show the best-linked passage of the other document (l)", "follow_link"),
    ("List links", "The sentence's cross-links with their reasons (L)", "list_links"),
    ("Sync panes by links", "Keep the other pane on the best-linked passage (y)", "toggle_sync"),
    ("Compare linked pair", "The sentence and its best link side by side (c)", "compare"),
    (
        "Note on this pair",
        "A comparison note on the sentence and its best link (C)",
        "note_on_pair",
    ),
    ("Timeline", "The dates of both documents in one chronology (t)", "timeline"),
]
"""(name, help, action); translated when the palette asks."""


class LinkCommands(CommandsProvider):
    """Follow, list, sync, compare and the timeline, from the palette."""

    def commands(self) -> list[PaletteCommand]:
        found = self.screen.query(LinksFeature)
        if not found:
            return []
        links = found.first()
        return [
            PaletteCommand(_(name), partial(links.run_action, action), _(help_text))
            for name, help_text, action in _COMMANDS
        ]
