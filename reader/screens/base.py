"""Base classes of the reader's screens: key descriptions translated when they are shown.

``BINDINGS`` are class attributes, evaluated when a module is imported, so their descriptions
and tooltips are English messages marked with ``N_()``. Textual's footer and key panel read a
screen's ``active_bindings``; these screens hand them out translated into the UI language of
the moment. Key handling does not read ``active_bindings``: only what is shown changes.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TypeVar

from textual.binding import ActiveBinding
from textual.screen import ModalScreen, Screen

from reader.i18n import _

ResultType = TypeVar("ResultType")


def translated_bindings(active: dict[str, ActiveBinding]) -> dict[str, ActiveBinding]:
    """``active`` with each description and tooltip in the UI language."""
    return {
        key: found._replace(
            binding=replace(
                found.binding,
                description=_(found.binding.description) if found.binding.description else "",
                tooltip=_(found.binding.tooltip) if found.binding.tooltip else "",
            ),
            tooltip=_(found.tooltip) if found.tooltip else "",
        )
        for key, found in active.items()
    }


class ReaderScreen(Screen[ResultType]):
    """A full screen of the reader."""

    @property
    def active_bindings(self) -> dict[str, ActiveBinding]:
        return translated_bindings(super().active_bindings)


class ReaderModalScreen(ModalScreen[ResultType]):
    """A dialog of the reader."""

    @property
    def active_bindings(self) -> dict[str, ActiveBinding]:
        return translated_bindings(super().active_bindings)
