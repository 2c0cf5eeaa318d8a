"""The command palette's shared machinery: each feature lists its commands, this runs them.

Textual 8.2's palette lists only its system commands, not the screen's bindings, so every
feature offers its actions through a ``CommandsProvider`` subclass that only says which
commands the current screen has.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content
from textual.fuzzy import Matcher


@dataclass(frozen=True, slots=True)
class PaletteCommand:
    """One palette entry: its text, what it runs, a help line, and whether it is listed
    before the user types (long lists such as every glossary entry are only searched)."""

    text: str
    run: Callable[[], object]
    help: str = ""
    discoverable: bool = True


def highlight(matcher: Matcher, candidate: str) -> Content:
    """``candidate`` with the matched letters emphasised, never parsed as markup (unlike
    ``Matcher.highlight``, which reads its candidate as markup: entry names are data)."""
    content = Content(candidate)
    score, offsets = matcher.fuzzy_search.match(matcher.query, candidate)
    if not score:
        return content
    for offset in offsets:
        if not candidate[offset].isspace():
            content = content.stylize("bold underline", offset, offset + 1)
    return content


class CommandsProvider(Provider):
    """Base of the features' palette providers."""

    def commands(self) -> list[PaletteCommand]:
        """The commands available on the current screen (empty where there are none)."""
        raise NotImplementedError

    async def discover(self) -> Hits:
        for command in self.commands():
            if command.discoverable:
                yield DiscoveryHit(
                    Content(command.text), command.run, text=command.text, help=command.help
                )

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for command in self.commands():
            score = matcher.match(command.text)
            if score > 0:
                yield Hit(
                    score,
                    highlight(matcher, command.text),
                    command.run,
                    text=command.text,
                    help=command.help,
                )
