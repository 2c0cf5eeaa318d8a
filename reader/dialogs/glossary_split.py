"""Split a glossary entry: tick the names that leave it to become an entry of their own."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import Label, SelectionList
from textual.widgets.selection_list import Selection

from reader.i18n import N_, _
from reader.screens.base import ReaderModalScreen

__all__ = ["SplitDialog"]


class SplitDialog(ReaderModalScreen[list[str] | None]):
    """Returns the names that leave the entry (some, never all), or None.

    Args:
        name: The entry's name, shown as data.
        names: All its names, main name first.
    """

    BINDINGS = [
        Binding("escape", "dismiss(None)", N_("Cancel")),
        Binding("enter", "split", N_("Split"), priority=True),
    ]
    """Space ticks a name, Enter splits, Esc cancels."""

    DEFAULT_CSS = """
    SplitDialog { align: center middle; }
    SplitDialog > Vertical { width: 70; max-width: 95%; height: auto; max-height: 80%;
        border: round $accent; background: $surface; padding: 0 1; }
    SplitDialog SelectionList { height: auto; max-height: 20; border: none; }
    SplitDialog .dialog--hint { color: $text-muted; }
    """

    def __init__(self, name: str, names: list[str]) -> None:
        super().__init__()
        self.entry_name = name
        """The entry's name."""
        self.names = names
        """Every name of the entry."""

    def compose(self) -> ComposeResult:
        with Vertical():
            heading = Text(_("Split") + " ", style="bold")
            heading.append(self.entry_name)
            heading.append(": " + _("which names leave it?"), style="bold")
            yield Label(heading)
            yield SelectionList[int](
                *(Selection(Text(name), index) for index, name in enumerate(self.names)),
                id="split-names",
            )
            yield Label(
                Text(_("Space: tick a name · Enter: split · Esc: cancel")),
                classes="dialog--hint",
            )

    def action_split(self) -> None:
        chosen = self.query_one(SelectionList).selected
        if not chosen or len(chosen) == len(self.names):
            self.notify(
                _("Tick some of the names, not all: they become an entry of their own."),
                severity="warning",
            )
            return
        self.dismiss([self.names[index] for index in sorted(chosen)])
