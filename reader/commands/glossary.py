"""Command palette: the glossary actions and every glossary entry by name."""

from __future__ import annotations

from functools import partial

from textual.markup import escape

from reader.commands.base import CommandsProvider, PaletteCommand
from reader.i18n import _


class GlossaryCommands(CommandsProvider):
    """Glossary actions of the reading screen, and one command per entry (opens its card)."""

    def commands(self) -> list[PaletteCommand]:
        # Imported here: the reading screen imports this module's neighbours, not the reverse.
        from reader.screens.reading_glossary import GlossaryActions

        screen = self.screen
        if not isinstance(screen, GlossaryActions):
            return []
        actions = [
            (_("Glossary: all entries"), screen.action_glossary_panel, "e"),
            (_("Glossary: entities of this sentence"), screen.action_sentence_entities, "E"),
            (_("Glossary: mark mentions on/off"), screen.action_toggle_mentions, "m"),
            (_("Glossary: next mention of this entity"), screen.action_next_mention, "]"),
            (
                _("Glossary: previous mention of this entity"),
                screen.action_previous_mention,
                "[",
            ),
            (
                _("Glossary: first mention in the other pane"),
                screen.action_first_mention_other,
                "f",
            ),
        ]
        commands = [PaletteCommand(*action) for action in actions]
        if screen.glossary is not None:
            for entry in screen.glossary.entries.values():
                # The palette reads help as markup: escape the glossary's data.
                help_text = escape(" · ".join(p for p in (entry.name_en, str(entry.kind)) if p))
                commands.append(
                    PaletteCommand(
                        _("Glossary entry: {name}").format(name=entry.name),
                        partial(screen.open_glossary_card, entry.id),
                        help_text,
                        discoverable=False,
                    )
                )
        return commands
