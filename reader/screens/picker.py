"""Choose which document a pane shows."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Label, OptionList
from textual.widgets.option_list import Option

from reader.formatting import format_iso_date
from reader.i18n import _, ui_language
from reader.library import Library


class DocumentPicker(ModalScreen[str | None]):
    """Returns the chosen document id, or None."""

    BINDINGS = [Binding("escape", "dismiss(None)", "Close")]
    DEFAULT_CSS = """
    DocumentPicker { align: center middle; }
    DocumentPicker > Vertical { width: 80; max-width: 95%; height: auto; max-height: 80%;
        border: round $accent; background: $surface; padding: 0 1; }
    DocumentPicker OptionList { height: auto; max-height: 30; }
    """

    def __init__(self, library: Library, current: str, pane_label: str) -> None:
        super().__init__()
        self.library = library
        self.current = current
        self.pane_label = pane_label

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label(
                Text(_("Show in the {pane} pane").format(pane=self.pane_label), style="bold")
            )
            options = []
            for entry in self.library.visible():
                line = Text(entry.meta.title or entry.id, style="bold")
                date = format_iso_date(entry.meta.published, ui_language())
                line.append(f"\n  {entry.id} · {entry.meta.publisher} · {date}", style="dim")
                options.append(Option(line, id=entry.id))
            yield OptionList(*options)

    def on_mount(self) -> None:
        option_list = self.query_one(OptionList)
        ids = [entry.id for entry in self.library.visible()]
        if self.current in ids:
            option_list.highlighted = ids.index(self.current)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option.id)
