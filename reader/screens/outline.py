"""The outline (table of contents) of a document: pick a heading to jump there."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Label, OptionList
from textual.widgets.option_list import Option

from documents.model import Document
from reader.i18n import _


class OutlineScreen(ModalScreen[int | None]):
    """Returns the character offset of the chosen heading, or None."""

    BINDINGS = [Binding("escape", "dismiss(None)", "Close")]
    DEFAULT_CSS = """
    OutlineScreen { align: center middle; }
    OutlineScreen > Vertical { width: 70; max-width: 90%; height: auto; max-height: 80%;
        border: round $accent; background: $surface; padding: 0 1; }
    OutlineScreen OptionList { height: auto; max-height: 30; }
    """

    def __init__(self, document: Document, current_offset: int = 0) -> None:
        super().__init__()
        self.document = document
        self.current_offset = current_offset

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label(Text(_("Outline") + " — " + self.document.title, style="bold"))
            options = [
                Option(Text("  " * (h.level - 1) + h.title), id=str(h.start))
                for h in self.document.outline
            ]
            if not options:
                options = [Option(Text(_("This document has no headings.")), disabled=True)]
            yield OptionList(*options)

    def on_mount(self) -> None:
        option_list = self.query_one(OptionList)
        current = self.document.heading_before(self.current_offset)
        if current is not None:
            option_list.highlighted = self.document.outline.index(current)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(int(event.option.id) if event.option.id else None)
