"""The note bar: the notes of the cursor sentence, docked at the bottom of a pane."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text
from textual.widgets import Static

from reader.i18n import n_

if TYPE_CHECKING:
    from reader.notes import Annotation

MAX_NOTE_CHARS = 2000
"""Longer notes (up to 1 MB) are cut here in the bar; the editor shows them whole."""
MAX_BAR_NOTES = 20
"""Notes rendered in the bar at most (it shows 8 lines); the notes panel lists the rest. A
sentence with hundreds of notes took seconds to render them all at every cursor move."""


def note_text(annotations: list[Annotation]) -> Table:
    """The notes rendered as Markdown with their tags; nothing in them is read as markup.

    The Markdown parser is imported here, when a note is first shown, not at start-up."""
    from reader.widgets.note_markdown import NoteMarkdown

    rows = Table.grid()
    rows.add_column(width=2)
    rows.add_column(ratio=1)
    for annotation in annotations[:MAX_BAR_NOTES]:
        note = annotation.note
        if len(note) > MAX_NOTE_CHARS:
            note = note[:MAX_NOTE_CHARS].rsplit(None, 1)[0] + " …"
        parts: list[RenderableType] = [NoteMarkdown(note)] if note.strip() else []
        if annotation.tags:
            parts.append(Text(" ".join("#" + tag for tag in annotation.tags), style="italic"))
        rows.add_row(Text("✎", style="bold"), Group(*parts))
    if len(annotations) > MAX_BAR_NOTES:
        more = n_(
            "… {count} more note here: the notes panel (ctrl+n) lists them all",
            "… {count} more notes here: the notes panel (ctrl+n) lists them all",
            len(annotations) - MAX_BAR_NOTES,
        )
        rows.add_row("", Text(more, style="italic"))
    return rows


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
        # No notes here (the usual case at start-up): no need for the Markdown parser yet.
        self.update(note_text(self.annotations) if self.annotations else "")
        self.set_class(bool(self.annotations), "-shown")
