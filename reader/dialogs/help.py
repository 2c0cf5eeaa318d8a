"""`?`: every key of the screen underneath, with what it does."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.keys import format_key
from textual.widgets import Static

from reader.i18n import _
from reader.screens.base import ReaderModalScreen


def _key_label(keys: str) -> str:
    """``right_square_bracket,pagedown`` → ``] / pgdn``, as the footer writes keys."""
    return " / ".join(format_key(k.strip()) for k in keys.split(","))


class HelpScreen(ReaderModalScreen[None]):
    """Lists the bindings that are active on the screen below it."""

    BINDINGS = [
        Binding("escape,question_mark,q", "dismiss", "Close"),
        Binding("g,home", "scroll('home')", "Top", show=False),
        Binding("G,end", "scroll('end')", "Bottom", show=False),
        Binding("j,down", "scroll('down')", "Scroll down", show=False),
        Binding("k,up", "scroll('up')", "Scroll up", show=False),
        Binding("space,pagedown", "scroll('page_down')", "Page down", show=False),
        Binding("b,pageup", "scroll('page_up')", "Page up", show=False),
    ]
    """The reader's own scrolling keys work here too."""
    DEFAULT_CSS = """
    HelpScreen { align: center middle; }
    HelpScreen > VerticalScroll { width: 76; max-width: 95%; height: 80%;
        border: round $accent; background: $surface; padding: 0 1; }
    """

    def __init__(self, bindings: list[tuple[str, str]]) -> None:
        super().__init__()
        self.key_rows = bindings

    def compose(self) -> ComposeResult:
        table = Table(title=_("Keys"), expand=True, show_edge=False)
        table.add_column(_("Key"), style="bold", no_wrap=True)
        table.add_column(_("Action"))
        for keys, description in self.key_rows:
            table.add_row(Text(keys), Text(description))
        with VerticalScroll():
            yield Static(table)
            yield Static(
                Text(_("Ctrl+P opens the command palette with every action."), style="dim")
            )

    def action_scroll(self, where: str) -> None:
        """Scroll the key list: ``home``, ``end``, ``up``, ``down``, ``page_up``, ``page_down``."""
        scroll = self.query_one(VerticalScroll)
        moves = {
            "home": scroll.scroll_home,
            "end": scroll.scroll_end,
            "up": scroll.scroll_up,
            "down": scroll.scroll_down,
            "page_up": scroll.scroll_page_up,
            "page_down": scroll.scroll_page_down,
        }
        moves[where](animate=False)


def collect_bindings(*owners: object) -> list[tuple[str, str]]:
    """(keys, translated description) of every described binding of the given classes, in
    their order (the reading screen passes itself, then each feature widget); an action
    already listed is not listed again."""
    rows: list[tuple[str, str]] = []
    seen: set[str] = set()
    for owner in owners:
        for binding in getattr(owner, "BINDINGS", []):
            if not isinstance(binding, Binding) or not binding.description:
                continue
            if binding.action in seen:
                continue
            seen.add(binding.action)
            rows.append((_key_label(binding.key), _(binding.description)))
    return rows
