"""The note bar: the notes of the cursor sentence, docked at the bottom of a pane."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual.widgets import Static

if TYPE_CHECKING:
    from reader.notes import Annotation

MAX_NOTE_CHARS = 2000
"""Longer notes (up to 1 MB) are cut here in the bar; the editor shows them whole."""


def note_text(annotations: list[Annotation]) -> Text:
    """The notes and tags as plain text: note text is never read as markup."""
    text = Text()
    for annotation in annotations:
        if text:
            text.append("\n")
        text.append("✎ ", style="bold")
        note = annotation.note
        if len(note) > MAX_NOTE_CHARS:
            note = note[:MAX_NOTE_CHARS] + "…"
        text.append(note)
        if annotation.tags:
            text.append("  " + " ".join("#" + tag for tag in annotation.tags), style="italic")
    return text


class NoteBar(Static):
    """Shows the notes of the annotations under the cursor; hidden when there are none."""

    DEFAULT_CSS = """
    NoteBar { dock: bottom; height: auto; max-height: 8; display: none;
        background: $boost; border-top: solid $warning; padding: 0 1; overflow-y: auto; }
    NoteBar.-shown { display: block; }
    """

    def __init__(self) -> None:
        super().__init__("", markup=False)
        self.annotations: list[Annotation] = []
        """What the bar shows now."""

    def show_notes(self, annotations: list[Annotation]) -> None:
        """Show these annotations' notes (those without a note are left out)."""
        self.annotations = [a for a in annotations if a.note or a.tags]
        self.update(note_text(self.annotations))
        self.set_class(bool(self.annotations), "-shown")
