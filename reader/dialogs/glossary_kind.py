"""Choose the kind of a glossary entry from the list of kinds."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from glossary.entities import Kind
from reader.dialogs.glossary_kinds import kind_label
from reader.dialogs.option_modal import OptionModal
from reader.i18n import _

__all__ = ["KindDialog"]


class KindDialog(OptionModal[str]):
    """Returns the chosen kind's value (``person``, ``place`` …), or None.

    Args:
        name: The entry's name, shown as data.
        current: Its kind now (highlighted when the list opens).
    """

    def __init__(self, name: str, current: str) -> None:
        super().__init__()
        self.entry_name = name
        """The entry's name."""
        self.current = current
        """Its kind now."""

    def heading(self) -> Text:
        heading = Text(_("Kind of") + " ", style="bold")
        heading.append(self.entry_name)
        return heading

    def options(self) -> list[Option]:
        return [
            Option(Text(("● " if kind == self.current else "  ") + kind_label(kind)), id=kind)
            for kind in Kind
        ]

    def start_index(self) -> int | None:
        values = [kind.value for kind in Kind]
        return values.index(self.current) if self.current in values else 0

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(None if event.option.id == self.current else event.option.id)
