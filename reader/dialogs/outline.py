"""The outline (table of contents) of a document: pick a heading to jump there."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from documents.model import Document
from reader.dialogs.option_modal import OptionModal
from reader.i18n import _


class OutlineScreen(OptionModal[int]):
    """Returns the character offset of the chosen heading, or None."""

    def __init__(self, document: Document, current_offset: int = 0) -> None:
        super().__init__()
        self.document = document
        self.current_offset = current_offset

    def heading(self) -> Text:
        return Text(_("Outline") + " — " + self.document.title, style="bold")

    def options(self) -> list[Option]:
        options = [
            Option(Text("  " * (h.level - 1) + h.title), id=str(h.start))
            for h in self.document.outline
        ]
        return options or [Option(Text(_("This document has no headings.")), disabled=True)]

    def filter_prompt(self) -> str | None:
        return _("Type to filter the headings") if self.document.outline else None

    def start_index(self) -> int | None:
        current = self.document.heading_before(self.current_offset)
        return None if current is None else self.document.outline.index(current)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(int(event.option.id) if event.option.id else None)
