"""Command palette: the glossary actions, every glossary entry by name, and the reader's
decisions on the glossary card or panel that is open."""

from __future__ import annotations

from functools import partial

from textual.markup import escape

from reader.commands.base import CommandsProvider, PaletteCommand
from reader.dialogs.glossary_card import GlossaryCard
from reader.dialogs.glossary_panel import GlossaryPanel
from reader.features.glossary import GlossaryFeature
from reader.i18n import _


class GlossaryCommands(CommandsProvider):
    """Glossary actions of the reading screen, and one command per entry (opens its card);
    on a card or the panel, the decisions about its entry."""

    def commands(self) -> list[PaletteCommand]:
        screen = self.screen
        if isinstance(screen, GlossaryCard | GlossaryPanel):
            return self.decision_commands(screen)
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
            (_("Glossary: undo the last decision"), feature.undo, ""),
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

    def decision_commands(self, screen: GlossaryCard | GlossaryPanel) -> list[PaletteCommand]:
        """The decisions about the entry the card shows or the panel highlights."""
        if screen.context.decider is None:
            return []
        labels = {
            "accept": (_("Glossary: accept this entry"), "a"),
            "rename": (_("Glossary: rename this entry"), "r"),
            "kind": (_("Glossary: change the kind of this entry"), "k"),
            "merge": (_("Glossary: merge this entry with another"), "m"),
            "split": (_("Glossary: split names off this entry"), "s"),
            "reject": (_("Glossary: reject this entry (never proposed again)"), "x"),
            "undo": (_("Glossary: undo the last decision"), "ctrl+z"),
        }
        return [
            PaletteCommand(text, partial(screen.action_decide, action), key)
            for action, (text, key) in labels.items()
        ]
