"""Merge a glossary entry with another: pick the other by typing part of any of its names.

The list is filtered fuzzily as you type (``lksh`` finds *Lukaschenko*), over every name of
each entry, umlauts and case folded; up and down move through it while the field keeps the
focus, Enter picks.
"""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.fuzzy import FuzzySearch
from textual.widgets import Input, Label, OptionList
from textual.widgets.option_list import Option

from glossary.entities import Entry
from glossary.folding import fold, name_key
from reader.dialogs.glossary_kinds import kind_label
from reader.i18n import N_, _
from reader.screens.base import ReaderModalScreen
from reader.text_fit import shorten

__all__ = ["MergeDialog"]

MAX_ROWS = 60
"""Rows listed at most; typing narrows the list."""


class MergeDialog(ReaderModalScreen[str | None]):
    """Returns the id of the entry to merge with, or None.

    Args:
        entry: The entry the reader started from (not listed).
        candidates: The entries it may be merged with, most relevant first.
    """

    BINDINGS = [
        Binding("escape", "dismiss(None)", N_("Cancel")),
        Binding("down", "move(1)", N_("Next entry"), show=False),
        Binding("up", "move(-1)", N_("Previous entry"), show=False),
    ]
    """Up and down move through the list while the field keeps the focus."""

    DEFAULT_CSS = """
    MergeDialog { align: center middle; }
    MergeDialog > Vertical { width: 80; max-width: 95%; height: 70%;
        border: round $accent; background: $surface; padding: 0 1; }
    MergeDialog OptionList { height: 1fr; border: none; }
    MergeDialog .dialog--hint { color: $text-muted; }
    """

    def __init__(self, entry: Entry, candidates: list[Entry]) -> None:
        super().__init__()
        self.entry = entry
        """The entry the reader started from."""
        self.candidates = candidates
        """Entries it may be merged with."""
        self._search = FuzzySearch()

    def compose(self) -> ComposeResult:
        with Vertical():
            heading = Text(_("Merge") + " ", style="bold")
            heading.append(self.entry.name)
            heading.append(" " + _("with…"), style="bold")
            yield Label(heading)
            yield Input(placeholder=_("Type part of a name"), id="merge-filter")
            yield OptionList(*self._options(""), id="merge-list")
            yield Label(Text(_("↑↓ choose · Enter: merge · Esc: cancel")), classes="dialog--hint")

    def matching(self, query: str) -> list[Entry]:
        """The candidates that match ``query`` fuzzily, best first (all when empty)."""
        query = fold(" ".join(query.split())).lower()
        if not name_key(query):
            return self.candidates[:MAX_ROWS]
        scored = []
        for order, entry in enumerate(self.candidates):
            score = max(
                self._search.match(query, fold(name).lower())[0] for name in entry.all_names()
            )
            if score > 0:
                scored.append((-score, order, entry))
        return [entry for *_rank, entry in sorted(scored, key=lambda row: row[:2])][:MAX_ROWS]

    def _options(self, query: str) -> list[Option]:
        entries = self.matching(query)
        if not entries:
            return [Option(Text(_("No entry matches."), style="dim"), disabled=True)]
        options = []
        for entry in entries:
            found = entry.source == "discovered"
            row = Text("◇ " if found else "  ", no_wrap=True, overflow="ellipsis")
            row.stylize("italic" if found else "")
            row.append(shorten(entry.name, 50))
            row.append("  · " + kind_label(str(entry.kind)), style="dim")
            others = [name for name in entry.all_names() if name != entry.name]
            if others:
                row.append("  · " + shorten(", ".join(others), 40), style="dim")
            options.append(Option(row, id=entry.id))
        return options

    def on_mount(self) -> None:
        self.query_one(Input).focus()
        self._highlight_first()

    def _highlight_first(self) -> None:
        option_list = self.query_one(OptionList)
        option_list.highlighted = 0 if option_list.get_option_at_index(0).id else None

    @on(Input.Changed, "#merge-filter")
    def filter_candidates(self, event: Input.Changed) -> None:
        option_list = self.query_one(OptionList)
        option_list.set_options(self._options(event.value))
        self._highlight_first()

    async def action_move(self, step: int) -> None:
        await self.query_one(OptionList).run_action("cursor_down" if step > 0 else "cursor_up")

    @on(Input.Submitted, "#merge-filter")
    def pick_highlighted(self) -> None:
        option_list = self.query_one(OptionList)
        if option_list.highlighted is not None:
            self.dismiss(option_list.get_option_at_index(option_list.highlighted).id)

    @on(OptionList.OptionSelected, "#merge-list")
    def pick(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option.id)
