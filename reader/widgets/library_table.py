"""The library's documents as a table: one row each, filtered and sorted by the screen.

Sorting, filtering and cell formatting are plain functions so the library screen only
decides *what* to show (marks, filter words, sort key) and this module *how*.
"""

from __future__ import annotations

from babel.numbers import format_decimal
from rich.text import Text
from textual.widgets import DataTable

from reader.formatting import format_iso_date
from reader.i18n import _, ui_language
from reader.library import LibraryEntry
from reader.text_fit import shorten

__all__ = [
    "SORT_KEYS",
    "LibraryTable",
    "entry_matches",
    "format_size",
    "sort_label",
    "sorted_entries",
]

SORT_KEYS = ("title", "date", "publisher", "added")
"""What `s` cycles through."""


def format_size(size: int, language: str) -> str:
    """``35705`` → ``34.9 KB`` (``34,9 KB`` in German)."""
    if size < 1024:
        return f"{size} B"
    value, unit = size / 1024, "KB"
    if value >= 1024:
        value, unit = value / 1024, "MB"
    return f"{format_decimal(value, format='#,##0.#', locale=language)} {unit}"


def sort_label(key: str) -> str:
    """The sort key as the heading names it, in the UI's language."""
    return {
        "title": _("title"),
        "date": _("date"),
        "publisher": _("publisher"),
        "added": _("date added"),
    }[key]


def sorted_entries(entries: list[LibraryEntry], key: str) -> list[LibraryEntry]:
    """Title and publisher A→Z; publication date and date added newest first (unknown last)."""
    if key == "date":
        dated = sorted((e for e in entries if e.meta.published), key=lambda e: e.meta.published)
        return dated[::-1] + [e for e in entries if not e.meta.published]
    if key == "added":
        added = sorted((e for e in entries if e.added), key=lambda e: e.added)
        return added[::-1] + [e for e in entries if not e.added]
    field_of = {"title": lambda e: e.meta.title or e.id, "publisher": lambda e: e.meta.publisher}
    return sorted(entries, key=lambda e: (field_of[key](e).casefold(), e.id))


def entry_matches(entry: LibraryEntry, words: list[str]) -> bool:
    """Every typed word occurs in the id, title, publisher, language or date."""
    meta = entry.meta
    date = format_iso_date(meta.published, ui_language()) if meta.published else ""
    haystack = " ".join(
        (entry.id, meta.title, meta.publisher, meta.language, meta.published, date)
    ).casefold()
    return all(word in haystack for word in words)


def _pane_label(doc_id: str, marks: list[str]) -> str:
    """``▣`` for the only marked document, ``1``/``2`` for the left/right one."""
    if doc_id not in marks:
        return ""
    if len(marks) == 1:
        return "▣"
    return "1" if marks[0] == doc_id else "2"


NARROW_BELOW_COLUMNS = 110
"""Narrower tables show the essential columns only (pane, title, publisher, date, notes)."""

WIDE_COLUMNS = ("pane", "title", "publisher", "date", "language", "size", "notes", "added")
NARROW_COLUMNS = ("pane", "title", "publisher", "date", "notes")


class LibraryTable(DataTable):
    """One row per document: pane mark, title, publisher, dates, language, size, notes.

    Every column fits on screen: a narrow table drops the minor columns and shortens titles
    and publishers, always with an ellipsis where it cuts.
    """

    def __init__(self) -> None:
        super().__init__(cursor_type="row", zebra_stripes=True)
        self.shown_ids: list[str] = []
        """The ids of the rows, in order."""
        self._shown: tuple[list[LibraryEntry], list[str], dict[str, int]] = ([], [], {})
        self._columns: tuple[str, ...] = ()
        self._title_width = 36

    def on_resize(self) -> None:
        width = self.size.width
        columns = WIDE_COLUMNS if width >= NARROW_BELOW_COLUMNS else NARROW_COLUMNS
        title_width = 36 if columns is WIDE_COLUMNS else max(16, min(36, width - 50))
        if (columns, title_width) != (self._columns, self._title_width):
            self._columns, self._title_width = columns, title_width
            self.show_entries(*self._shown)

    @property
    def _publisher_width(self) -> int:
        return 22 if self._columns is WIDE_COLUMNS else 14

    def _add_columns(self) -> None:
        labels = {
            "pane": (_("Pane"), 4),
            "title": (_("Title"), self._title_width),
            "publisher": (_("Publisher"), self._publisher_width),
            "date": (_("Date"), None),
            "language": (_("Lang."), None),
            "size": (_("Size"), None),
            "notes": (_("Notes"), None),
            "added": (_("Added"), None),
        }
        for key in self._columns or WIDE_COLUMNS:
            label, width = labels[key]
            self.add_column(label, key=key, width=width)

    def show_entries(
        self, entries: list[LibraryEntry], marks: list[str], note_counts: dict[str, int]
    ) -> None:
        """Refill the rows, keeping the highlighted document under the cursor.

        Args:
            entries: The rows, already filtered and sorted.
            marks: The ids marked for the panes ([left] or [left, right]).
            note_counts: Notes per id; a missing id shows ``…`` (still being counted).
        """
        self._shown = (entries, marks, note_counts)
        keep = self.highlighted_id()
        language = ui_language()
        self.clear(columns=True)
        self._add_columns()
        self.shown_ids = [entry.id for entry in entries]
        for entry in entries:
            meta = entry.meta
            notes = note_counts.get(entry.id)
            cells = {
                "pane": Text(_pane_label(entry.id, marks), style="bold"),
                "title": Text(shorten(meta.title or entry.id, self._title_width)),
                "publisher": Text(shorten(meta.publisher, self._publisher_width)),
                "date": Text(format_iso_date(meta.published, language) if meta.published else ""),
                "language": Text(meta.language),
                "size": Text(format_size(entry.size, language), justify="right"),
                "notes": Text("…" if notes is None else str(notes), justify="right"),
                "added": Text(
                    format_iso_date(entry.added, language) if entry.added else _("bundled")
                ),
            }
            self.add_row(*(cells[str(key.value)] for key in self.columns), key=entry.id)
        if keep in self.shown_ids:
            self.move_cursor(row=self.shown_ids.index(keep), animate=False)

    def highlighted_id(self) -> str | None:
        """The id of the row under the cursor, if there are rows."""
        if not self.shown_ids or not 0 <= self.cursor_row < len(self.shown_ids):
            return None
        return self.shown_ids[self.cursor_row]
