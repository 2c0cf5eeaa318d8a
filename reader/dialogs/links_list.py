"""`L`: a sentence's cross-links with their reasons; Enter follows the chosen one."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from rich.console import Group
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Label, OptionList
from textual.widgets.option_list import Option

from reader.i18n import _, ui_language
from reader.widgets.timeline_labels import value_label

if TYPE_CHECKING:
    from documents.model import Document
    from glossary.entities import Glossary
    from glossary.links import Link

SENTENCE_CHARS = 240
"""Longer target sentences are cut (the compare view and the pane show them whole)."""


@dataclass
class LinkRow:
    """One link as the UI shows it: target, score and reasons in words."""

    title: str
    """Title of the target document."""
    colour: str
    """The target document's colour."""
    text: str
    """The target sentence."""
    score: float
    dates: list[str] = field(default_factory=list)
    """Shared dates, in the UI's language."""
    entities: list[str] = field(default_factory=list)
    """Names of the shared glossary entries."""
    terms: list[str] = field(default_factory=list)
    """Shared analysed terms, most telling first."""

    def reasons(self) -> list[Text]:
        """One line per kind of evidence the link has."""
        lines = []
        for label, values in (
            (_("Dates"), self.dates),
            (_("Entities"), self.entities),
            (_("Terms"), self.terms),
        ):
            if values:
                line = Text(f"{label}: ", style="bold")
                line.append(", ".join(values))
                lines.append(line)
        return lines

    def prompt(self) -> Group:
        """The option shown in the list: title and score, sentence, reasons."""
        head = Text("■ ", style=self.colour)
        head.append(self.title, style=f"bold {self.colour}")
        head.append(f"  {self.score:.2f}", style="dim")
        text = self.text if len(self.text) <= SENTENCE_CHARS else self.text[:SENTENCE_CHARS] + "…"
        return Group(head, Text(text), *self.reasons(), Text(""))


def link_row(link: Link, target: Document, glossary: Glossary, colour: str) -> LinkRow:
    """A link in words: entity names from the glossary (English names in an English UI)."""
    language = ui_language()
    names = []
    for entity in link.reasons.entities:
        entry = glossary.get(entity)
        if entry is None:
            names.append(entity)
        else:
            names.append(entry.name_en or entry.name if language == "en" else entry.name)
    return LinkRow(
        title=target.title,
        colour=colour,
        text=target.sentence_text(link.target.index),
        score=link.score,
        dates=[value_label(value, language) for value in link.reasons.dates],
        entities=names,
        terms=list(link.reasons.terms[:6]),
    )


class LinksListScreen(ModalScreen[int | None]):
    """Returns the position of the chosen link, or None."""

    BINDINGS = [Binding("escape", "dismiss(None)", _("Close"))]
    DEFAULT_CSS = """
    LinksListScreen { align: center middle; }
    LinksListScreen > Vertical { width: 100; max-width: 95%; height: auto; max-height: 85%;
        border: round $accent; background: $surface; padding: 0 1; }
    LinksListScreen .links--source { color: $text-muted; margin-bottom: 1; }
    LinksListScreen OptionList { height: auto; max-height: 40; }
    """

    def __init__(self, source: str, rows: list[LinkRow]) -> None:
        """Args:
        source: The sentence whose links these are.
        rows: The links, best first.
        """
        super().__init__()
        self.source = source
        self.rows = rows

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label(Text(_("Cross-links"), style="bold"))
            yield Label(Text(self.source), classes="links--source")
            yield OptionList(*(Option(row.prompt(), id=str(i)) for i, row in enumerate(self.rows)))

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(int(event.option.id) if event.option.id is not None else None)
