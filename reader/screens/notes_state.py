"""What the notes mixins of the reading screen keep: the selection and the anchored notes.

A plain module so that the selection mixin (``reading_selection.py``) and the notes mixins
(``reading_notes.py``, ``reading_notes_panel.py``) share one state without importing each other.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reader.notes import Placed


@dataclass
class Selection:
    """A range of one pane's text being selected (half-open character offsets)."""

    pane_id: str
    anchor: int
    """The sentence where the selection started (the fixed end for j/k)."""
    start: int
    end: int
    by_mouse: bool = False


@dataclass
class NotesState:
    """The notes of the open panes, kept on the screen."""

    ready: bool = False
    """The store is open and the panes' annotations were asked for."""
    placed: dict[str, list[Placed]] = field(default_factory=dict)
    """Per pane id: its document's annotations, anchored in the current text."""
    selection: Selection | None = None
    colour: str = "yellow"
    """The colour ``h`` highlights in (keys 1 to 5 choose it)."""
