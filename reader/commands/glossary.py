"""Command palette: the glossary actions and every glossary entry by name."""

from __future__ import annotations

from functools import partial

from textual.markup import escape

from reader.commands.base import CommandsProvider, PaletteCommand
from reader.features.glossary import GlossaryFeature
from reader.i18n import _


class GlossaryCommands(CommandsProvider):
    """Glossary actions of the reading screen, and one command per entry (opens its card)."""

    def commands(self) -> list[PaletteCommand]:
        found = self.screen.query(GlossaryFeature)
        if not found:
            return []
        feature = found.first()
        actions = [
            (_("Glossary: all entries"), feature.action_glossary_panel, "e"),
            (_("Glossary: entities of this sentence"), feature.action_sentence_entities, "E"),
            (_("Glossary: mark mentions on/off"), feature.action_toggle_mentions, "m"),
            (_("Glossary: next mention of this entity"), feature.action_next_mention, "]"),
            (
                _("Glossary: previous mention of this entity"),
                feature.action_previous_mention,
                "[",
            ),
            (
                _("Glossary: first mention in the other pane"),
                feature.action_first_mention_other,
                "f",
            ),
        ]
        commands = [PaletteCommand(*action) for action in actions]
        if feature.glossary is not None:
            for entry in feature.glossary.entries.values():
                # The palette reads help as markup: escape the glossary's data.
                help_text = escape(" · ".join(p for p in (entry.name_en, str(entry.kind)) if p))
                commands.append(
                    PaletteCommand(
                        _("Glossary entry: {name}").format(name=entry.name),
                        partial(feature.open_glossary_card, entry.id),
                        help_text,
                        discoverable=False,
                    )
                )
        return commands
