"""A yes/no question in a modal: `ConfirmDialog(question)` returns True or False."""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, Static

from reader.i18n import N_, _
from reader.screens.base import ReaderModalScreen

__all__ = ["ConfirmDialog"]


class ConfirmDialog(ReaderModalScreen[bool]):
    """Asks one question; `y`/Enter on "yes" returns True, `n`/Esc returns False. The
    arrows move between the buttons, as in most dialogs a reader knows.

    Args:
        question: What the user confirms, shown as plain text (never markup).
        yes: The label of the confirming button.
        no: The label of the cancelling button.
    """

    BINDINGS = [
        Binding("escape,n", "dismiss(False)", N_("Cancel")),
        Binding("y", "dismiss(True)", N_("Yes")),
        Binding("left", "app.focus_previous", show=False),
        Binding("right", "app.focus_next", show=False),
    ]
    """Esc or `n` cancels, `y` confirms; left and right move between the buttons."""

    DEFAULT_CSS = """
    ConfirmDialog { align: center middle; }
    ConfirmDialog > Vertical { width: 64; max-width: 95%; height: auto;
        border: round $warning; background: $surface; padding: 1 2; }
    ConfirmDialog Horizontal { height: auto; margin-top: 1; align-horizontal: right; }
    ConfirmDialog Button { margin-left: 2; }
    ConfirmDialog .confirm--question { width: 1fr; height: auto; }
    """

    def __init__(self, question: str, yes: str | None = None, no: str | None = None) -> None:
        super().__init__()
        self.question = question
        """The question, plain text."""
        self.yes_label = yes or _("Yes")
        """The confirming button's label."""
        self.no_label = no or _("Cancel")
        """The cancelling button's label."""

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(Text(self.question), classes="confirm--question")
            with Horizontal():
                yield Button(self.no_label, id="no")
                yield Button(self.yes_label, variant="error", id="yes")

    def on_mount(self) -> None:
        self.query_one("#no", Button).focus()

    @on(Button.Pressed)
    def answer(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id == "yes")
