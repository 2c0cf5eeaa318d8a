"""Command palette: the glossary actions and every glossary entry by name."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content
from textual.fuzzy import Matcher
from textual.markup import escape

from reader.i18n import _


def _highlight(matcher: Matcher, candidate: str) -> Content:
    """``candidate`` with the matched letters emphasised; never parsed as markup (unlike
    ``Matcher.highlight``, which reads its candidate as markup)."""
    content = Content(candidate)
    score, offsets = matcher.fuzzy_search.match(matcher.query, candidate)
    if not score:
        return content
    for offset in offsets:
        if not candidate[offset].isspace():
            content = content.stylize("bold underline", offset, offset + 1)
    return content


class GlossaryCommands(Provider):
    """Glossary actions of the reading screen, and one command per entry (opens its card)."""

    def _commands(self) -> list[tuple[str, Callable[[], object], str]]:
        """(text, callback, help) of every command; empty when not on the reading screen."""
        # Imported here: the reading screen imports this module's neighbours, not the reverse.
        from reader.screens.reading_glossary import GlossaryActions

        screen = self.screen
        if not isinstance(screen, GlossaryActions):
            return []
        commands: list[tuple[str, Callable[[], object], str]] = [
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
        if screen.glossary is not None:
            for entry in screen.glossary.entries.values():
                # The palette reads help as markup: escape the glossary's data.
                help_text = escape(" · ".join(p for p in (entry.name_en, str(entry.kind)) if p))
                commands.append(
                    (
                        _("Glossary entry: {name}").format(name=entry.name),
                        partial(screen.open_glossary_card, entry.id),
                        help_text,
                    )
                )
        return commands

    async def discover(self) -> Hits:
        for text, callback, help_text in self._commands()[:6]:
            yield DiscoveryHit(Content(text), callback, text=text, help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for text, callback, help_text in self._commands():
            score = matcher.match(text)
            if score > 0:
                yield Hit(score, _highlight(matcher, text), callback, text=text, help=help_text)
