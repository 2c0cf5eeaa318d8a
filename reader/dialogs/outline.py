"""The outline (table of contents) of a document: pick a heading to jump there."""

from __future__ import annotations

from rich.padding import Padding
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
        self._titles: dict[str, str] = {}
        """Each heading's title by its option's id (what the filter looks in)."""

    def heading(self) -> Text:
        return Text(_("Outline") + " — " + self.document.title, style="bold")

    def options(self) -> list[Option]:
        """The headings, each indented by its level: a padding, not spaces, so that a long
        heading's next lines keep the indent (trial 24: they wrapped to column 0)."""
        self._titles = {str(h.start): h.title for h in self.document.outline}
        options = [
            Option(Padding(Text(h.title), (0, 0, 0, 2 * (h.level - 1))), id=str(h.start))
            for h in self.document.outline
        ]
        return options or [Option(Text(_("This document has no headings.")), disabled=True)]

    def option_text(self, option: Option) -> str:
        return self._titles.get(option.id or "", str(option.prompt))

    def filter_prompt(self) -> str | None:
        return _("Type to filter the headings") if self.document.outline else None

    def start_index(self) -> int | None:
        current = self.document.heading_before(self.current_offset)
        return None if current is None else self.document.outline.index(current)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(int(event.option.id) if event.option.id else None)
