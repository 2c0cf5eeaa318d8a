"""Choose which document a pane shows."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from reader.dialogs.option_modal import OptionModal
from reader.formatting import format_iso_date
from reader.i18n import _, ui_language
from reader.library import Library


class DocumentPicker(OptionModal[str]):
    """Returns the chosen document id, or None."""

    DEFAULT_CSS = """
    DocumentPicker > Vertical { width: 80; max-width: 95%; }
    """

    def __init__(self, library: Library, current: str, pane_label: str) -> None:
        super().__init__()
        self.library = library
        self.current = current
        self.pane_label = pane_label

    def heading(self) -> Text:
        return Text(_("Show in the {pane} pane").format(pane=self.pane_label), style="bold")

    def options(self) -> list[Option]:
        options = []
        for entry in self.library.visible():
            line = Text(entry.meta.title or entry.id, style="bold")
            date = format_iso_date(entry.meta.published, ui_language())
            details = (entry.id, entry.meta.publisher, date)
            line.append("\n  " + " · ".join(part for part in details if part), style="dim")
            options.append(Option(line, id=entry.id))
        return options

    def filter_prompt(self) -> str | None:
        return _("Type to filter by title, id, publisher or date")

    def start_index(self) -> int | None:
        ids = [entry.id for entry in self.library.visible()]
        return ids.index(self.current) if self.current in ids else None

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option.id)
