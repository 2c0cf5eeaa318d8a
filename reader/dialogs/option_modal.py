"""A centred box with a heading over a list of options: the shape of the small pickers.

The outline and the document picker differ only in their heading, their options, which one
starts highlighted and what a choice returns; the box, its look and Esc live here once. A box
with many options (a library, a long outline) gets a filter line: what is typed there keeps
the options whose text holds every typed word, in any case and with or without accents, while
the arrow keys and Enter still work the list.
"""

from __future__ import annotations

from typing import TypeVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import Input, Label, OptionList
from textual.widgets.option_list import Option

from glossary.folding import fold
from reader.i18n import N_, _
from reader.screens.base import ReaderModalScreen

__all__ = ["OptionModal"]

ResultT = TypeVar("ResultT")


class OptionModal(ReaderModalScreen[ResultT | None]):
    """Subclasses supply the heading, the options and the start; Esc returns None."""

    BINDINGS = [
        Binding("escape", "dismiss(None)", N_("Close")),
        Binding("down", "move('cursor_down')", show=False),
        Binding("up", "move('cursor_up')", show=False),
        Binding("pagedown", "move('page_down')", show=False),
        Binding("pageup", "move('page_up')", show=False),
    ]
    """Esc closes without choosing; the arrows and pages move in the list while the filter
    line has the focus."""

    DEFAULT_CSS = """
    OptionModal { align: center middle; }
    OptionModal > Vertical { width: 70; max-width: 90%; height: auto; max-height: 80%;
        border: round $accent; background: $surface; padding: 0 1; }
    OptionModal OptionList { height: auto; max-height: 30; }
    OptionModal Input, OptionModal Input:focus { border: none; height: 1; padding: 0 1;
        margin: 1 0 0 0; background: $boost; }
    """

    def __init__(self) -> None:
        super().__init__()
        self._choices: list[Option] = []
        """Every option, in order, as :meth:`options` gave them."""
        self._folded: list[str] = []
        """Each option's text, folded for filtering."""

    def heading(self) -> Text:
        """The bold line above the options."""
        raise NotImplementedError

    def options(self) -> list[Option]:
        """The choices, top to bottom."""
        raise NotImplementedError

    def start_index(self) -> int | None:
        """The option highlighted when the box opens (None: the list's default)."""
        return None

    def filter_prompt(self) -> str | None:
        """The filter line's placeholder; None: the box has no filter line."""
        return None

    def option_text(self, option: Option) -> str:
        """The words of ``option`` that the filter looks in (its prompt's text)."""
        return str(option.prompt)

    def no_match(self, typed: str) -> Text:
        """The line shown when no option holds what was typed (``typed`` is data)."""
        return Text(_("Nothing matches “{typed}”.").replace("{typed}", typed), style="dim")

    def compose(self) -> ComposeResult:
        self._choices = self.options()
        self._folded = [fold(self.option_text(option)) for option in self._choices]
        with Vertical():
            yield Label(self.heading())
            prompt = self.filter_prompt()
            if prompt is not None:
                yield Input(placeholder=prompt, select_on_focus=False)
            yield OptionList(*self._choices)

    def on_mount(self) -> None:
        self._highlight_start()

    def _highlight_start(self) -> None:
        """Highlight the option :meth:`start_index` names, if any."""
        index = self.start_index()
        if index is not None:
            self.query_one(OptionList).highlighted = index

    def action_move(self, action: str) -> None:
        """Run one of the list's cursor actions, wherever the focus is."""
        getattr(self.query_one(OptionList), f"action_{action}")()

    def on_input_changed(self, event: Input.Changed) -> None:
        """Keep the options that hold every typed word; the first of them highlighted."""
        words = fold(event.value).split()
        options = self.query_one(OptionList)
        options.clear_options()
        if not words:
            options.add_options(self._choices)
            self._highlight_start()
            return
        kept = [
            option
            for option, text in zip(self._choices, self._folded, strict=True)
            if all(word in text for word in words)
        ]
        options.add_options(kept or [Option(self.no_match(event.value), disabled=True)])
        options.highlighted = 0 if kept else None

    def on_input_submitted(self, event: Input.Submitted) -> None:
        """Enter in the filter line chooses the highlighted option."""
        event.stop()
        options = self.query_one(OptionList)
        if options.highlighted is not None:
            options.action_select()
