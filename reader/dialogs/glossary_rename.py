"""Rename a glossary entry: one field with its name; Enter saves, Esc cancels."""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import Input, Label

from glossary.folding import name_key
from reader.i18n import N_, _
from reader.screens.base import ReaderModalScreen

__all__ = ["RenameDialog"]


class RenameDialog(ReaderModalScreen[str | None]):
    """Returns the new name (stripped), or None when cancelled.

    Args:
        name: The entry's name now, shown as data (never markup) and put in the field.
    """

    BINDINGS = [Binding("escape", "dismiss(None)", N_("Cancel"))]
    """Esc cancels."""

    DEFAULT_CSS = """
    RenameDialog { align: center middle; }
    RenameDialog > Vertical { width: 70; max-width: 95%; height: auto;
        border: round $accent; background: $surface; padding: 0 1; }
    RenameDialog .dialog--hint { color: $text-muted; }
    """

    def __init__(self, name: str) -> None:
        super().__init__()
        self.old_name = name
        """The entry's name before renaming."""

    def compose(self) -> ComposeResult:
        with Vertical():
            heading = Text(_("Rename") + " ", style="bold")
            heading.append(self.old_name)
            yield Label(heading)
            yield Input(self.old_name, id="rename-name")
            yield Label(
                Text(_("Enter: save (the old name stays an alias) · Esc: cancel")),
                classes="dialog--hint",
            )

    @on(Input.Submitted, "#rename-name")
    def save(self, event: Input.Submitted) -> None:
        name = " ".join(event.value.split())
        if not name_key(name):
            self.notify(_("A name needs at least one letter."), severity="warning")
            return
        self.dismiss(None if name == self.old_name else name)
