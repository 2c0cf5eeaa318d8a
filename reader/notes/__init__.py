"""Highlights and notes: value types, anchoring, the SQLite store, export and import.

Plain Python (no Textual, no Rich), so the app, the command line and tests share it.
"""

from reader.notes.anchoring import anchor, anchor_all
from reader.notes.model import (
    Anchor,
    Annotation,
    Color,
    NoteNotFound,
    NotesError,
    Placed,
    Status,
    Target,
    parse_color,
)
from reader.notes.spans import at_offset, highlights, notes_by_sentence
from reader.notes.store import (
    ImportResult,
    NoteStore,
    StoreProblem,
    StoreUnusable,
    set_aside,
    side_path,
)

__all__ = [
    "Anchor",
    "Annotation",
    "Color",
    "ImportResult",
    "NoteNotFound",
    "NoteStore",
    "NotesError",
    "Placed",
    "Status",
    "StoreProblem",
    "StoreUnusable",
    "Target",
    "anchor",
    "anchor_all",
    "at_offset",
    "highlights",
    "notes_by_sentence",
    "parse_color",
    "set_aside",
    "side_path",
]
