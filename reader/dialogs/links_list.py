"""`L`: a sentence's cross-links with their reasons; Enter follows the chosen one."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from rich.console import Group
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import Label, OptionList
from textual.widgets.option_list import Option

from reader.i18n import N_, _, ui_language
from reader.screens.base import ReaderModalScreen
from reader.text_fit import shorten
from reader.widgets.timeline_labels import period_reason

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
    """Shared periods as a passage writes them (in words where both only carry them on)."""
    entities: list[str] = field(default_factory=list)
    """Shared names as the two passages write them."""
    terms: list[str] = field(default_factory=list)
    """Shared words as they stand in the two passages, most telling first."""
    kind: str = ""
    """What the link rests on: "time", "entity" or "theme" (shared words only)."""

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
        if self.kind:
            head.append(f"  {self.label()}", style="italic")
        return Group(head, Text(shorten(self.text, SENTENCE_CHARS)), *self.reasons(), Text(""))

    def label(self) -> str:
        """The link's kind in words its reasons bear out: a theme link shares words, which
        show that the two passages use the same terms, not that they ask the same question
        (one shared title, "Staatspräsident" / "President", is no question)."""
        if self.kind != "theme":
            return kind_label(self.kind)
        if self.terms:
            return _("same words")
        return kind_label("entity" if self.entities else "time" if self.dates else self.kind)


def kind_label(kind: str) -> str:
    """A link's kind in the UI's language."""
    return {"time": _("same time"), "entity": _("same name")}.get(kind, kind)


def _as_written(pair: tuple[str, str]) -> str:
    """A reason as the two passages write it: ``Manövern / Militärmanöver``, or once."""
    return pair[0] if pair[0] == pair[1] else f"{pair[0]} / {pair[1]}"


def link_row(link: Link, target: Document, glossary: Glossary, colour: str) -> LinkRow:
    """A link in words the reader finds in the two passages: periods, names and words as they
    are written there; a period a passage only carries on from earlier text is marked so."""
    language = ui_language()
    names = [_as_written(pair) for pair in link.reasons.names]
    if not names:  # features cached before names were kept: the glossary's names
        names = [
            entry.name_en or entry.name if language == "en" else entry.name
            for entry in map(glossary.get, link.reasons.entities)
            if entry is not None
        ]
    periods = [period_reason(time, language) for time in link.reasons.times]
    return LinkRow(
        title=target.title,
        colour=colour,
        text=target.sentence_text(link.target.index),
        score=link.score,
        dates=periods,
        entities=names,
        terms=[_as_written(pair) for pair in link.reasons.words[:6]],
        kind=link.kind,
    )


class LinksListScreen(ReaderModalScreen[int | None]):
    """Returns the position of the chosen link, or None."""

    BINDINGS = [Binding("escape", "dismiss(None)", N_("Close"))]
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
