"""A centred box with a heading over a list of options: the shape of the small pickers.

The outline and the document picker differ only in their heading, their options, which one
starts highlighted and what a choice returns; the box, its look and Esc live here once.
"""

from __future__ import annotations

from typing import TypeVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import Label, OptionList
from textual.widgets.option_list import Option

from reader.screens.base import ReaderModalScreen

__all__ = ["OptionModal"]

ResultT = TypeVar("ResultT")


class OptionModal(ReaderModalScreen[ResultT | None]):
    """Subclasses supply the heading, the options and the start; Esc returns None."""

    BINDINGS = [Binding("escape", "dismiss(None)", "Close")]
    """Esc closes without choosing."""

    DEFAULT_CSS = """
    OptionModal { align: center middle; }
    OptionModal > Vertical { width: 70; max-width: 90%; height: auto; max-height: 80%;
        border: round $accent; background: $surface; padding: 0 1; }
    OptionModal OptionList { height: auto; max-height: 30; }
    """

    def heading(self) -> Text:
        """The bold line above the options."""
        raise NotImplementedError

    def options(self) -> list[Option]:
        """The choices, top to bottom."""
        raise NotImplementedError

    def start_index(self) -> int | None:
        """The option highlighted when the box opens (None: the list's default)."""
        return None

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label(self.heading())
            yield OptionList(*self.options())

    def on_mount(self) -> None:
        index = self.start_index()
        if index is not None:
            self.query_one(OptionList).highlighted = index
