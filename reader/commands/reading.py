"""Command palette entries for the reading keys themselves (panes, outline, documents, help)."""

from __future__ import annotations

from functools import partial

from reader.commands.base import CommandsProvider, PaletteCommand
from reader.i18n import _

_SCREEN_COMMANDS = [
    ("Switch pane", "Move the focus to the other document (tab)", "switch_pane"),
    ("Outline", "Jump to a section of this document (o)", "outline"),
    ("Document", "Choose the document of this pane (p)", "pick_document"),
    ("Swap", "Exchange the two panes (x)", "swap_panes"),
    ("Keys", "Every key of this screen (?)", "help"),
]
_VIEW_COMMANDS = [
    ("Next sentence", "Move the sentence cursor forward (j)", "next_sentence"),
    ("Previous sentence", "Move the sentence cursor back (k)", "previous_sentence"),
    ("Top", "The beginning of this document (g)", "scroll_home"),
    ("Bottom", "The end of this document (G)", "scroll_end"),
]
"""(name, help, action); translated when the palette asks."""


class ReadingCommands(CommandsProvider):
    """Panes, outline, document picker, swap, help and the cursor, from the palette."""

    def commands(self) -> list[PaletteCommand]:
        # Imported here: the reading screen imports this module's neighbours, not the reverse.
        from reader.screens.reading import ReadingScreen

        screen = self.screen
        if not isinstance(screen, ReadingScreen):
            return []
        view = screen.panes.focused().view
        return [
            PaletteCommand(_(name), partial(screen.run_action, action), _(help_text))
            for name, help_text, action in _SCREEN_COMMANDS
        ] + [
            PaletteCommand(_(name), partial(view.run_action, action), _(help_text))
            for name, help_text, action in _VIEW_COMMANDS
        ]
