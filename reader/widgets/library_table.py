"""The library's documents as a table: one row each, filtered and sorted by the screen.

Sorting, filtering and cell formatting are plain functions so the library screen only
decides *what* to show (marks, filter words, sort key) and this module *how*.
"""

from __future__ import annotations

from babel.numbers import format_decimal
from rich.cells import cell_len
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


WIDE_COLUMNS = ("pane", "title", "publisher", "date", "language", "size", "notes", "added")
NARROW_COLUMNS = ("pane", "title", "publisher", "date", "notes")
"""Shown when the wide set would leave the title less than ``MIN_TITLE`` cells."""
WIDE_WITHOUT_PUBLISHER = tuple(key for key in WIDE_COLUMNS if key != "publisher")
"""The wide columns when no document has a publisher: an empty column would take room."""
NARROW_WITHOUT_PUBLISHER = tuple(key for key in NARROW_COLUMNS if key != "publisher")
"""The narrow columns when no document has a publisher."""
MAX_TITLE, MIN_TITLE = 36, 16
"""The title gets up to ``MAX_TITLE`` cells before the publisher, and more if it needs none."""
PUBLISHER_WIDTH = {WIDE_COLUMNS: 22, NARROW_COLUMNS: 14}
RIGHT_ALIGNED = ("size", "notes")


def _headers() -> dict[str, str]:
    return {
        "pane": _("Pane"),
        "title": _("Title"),
        "publisher": _("Publisher"),
        "date": _("Date"),
        "language": _("Lang."),
        "size": _("Size"),
        "notes": _("Notes"),
        "added": _("Added"),
    }


class LibraryTable(DataTable):
    """One row per document: pane mark, title, publisher, dates, language, size, notes.

    Every column fits on screen: the widths come from the cells and the table's width, a
    narrow table drops the minor columns, and a cell too long for its column is shortened,
    always with an ellipsis.
    """

    def __init__(self) -> None:
        super().__init__(cursor_type="row", zebra_stripes=True)
        self.shown_ids: list[str] = []
        """The ids of the rows, in order."""
        self._rows: list[dict[str, str]] = []
        """Each row's cells in full, by column key."""
        self._marks: list[str] = []

    def on_resize(self) -> None:
        self._redraw(self.highlighted_id())

    def show_entries(
        self, entries: list[LibraryEntry], marks: list[str], note_counts: dict[str, int]
    ) -> None:
        """Refill the rows, keeping the highlighted document under the cursor.

        Args:
            entries: The rows, already filtered and sorted.
            marks: The ids marked for the panes ([left] or [left, right]).
            note_counts: Notes per id; a missing id shows ``…`` (still being counted).
        """
        keep = self.highlighted_id()
        language = ui_language()
        self.shown_ids = [entry.id for entry in entries]
        self._marks = marks
        self._rows = []
        for entry in entries:
            meta = entry.meta
            notes = note_counts.get(entry.id)
            self._rows.append(
                {
                    "pane": _pane_label(entry.id, marks),
                    "title": meta.title or entry.id,
                    "publisher": meta.publisher,
                    "date": format_iso_date(meta.published, language) if meta.published else "",
                    "language": meta.language,
                    "size": format_size(entry.size, language),
                    "notes": "…" if notes is None else str(notes),
                    "added": format_iso_date(entry.added, language)
                    if entry.added
                    else _("bundled"),
                }
            )
        self._redraw(keep)

    def _widths(self, columns: tuple[str, ...], room: int) -> dict[str, int]:
        """Each column's width: its widest cell, the title and the publisher the rest.

        The title comes first (up to ``MAX_TITLE``), the publisher takes what it leaves (up
        to its cap, at least its heading), and room the publishers do not need goes back to
        the title: a short or empty publisher column never cuts a title short.
        """
        headers = _headers()
        widths = {
            key: max([cell_len(headers[key])] + [cell_len(row[key]) for row in self._rows])
            for key in columns
        }
        publisher_cap = min(widths.get("publisher", 0), PUBLISHER_WIDTH.get(columns, 0))
        publisher_least = min(publisher_cap, cell_len(headers["publisher"]))
        others = sum(width for key, width in widths.items() if key not in ("title", "publisher"))
        free = room - others - 2 * self.cell_padding * len(columns)
        longest = widths["title"]
        title = min(longest, MAX_TITLE, free - publisher_least)
        publisher = max(0, min(publisher_cap, free - title)) if "publisher" in columns else 0
        if "publisher" in columns:
            widths["publisher"] = publisher
        widths["title"] = min(longest, free - publisher)
        return widths

    def _layout(self) -> tuple[tuple[str, ...], dict[str, int]]:
        """The columns that fit the table's width, and their widths (no publisher column
        when no document has one)."""
        room = self.size.width - self.styles.scrollbar_size_vertical
        wide: tuple[str, ...] = WIDE_COLUMNS
        narrow: tuple[str, ...] = NARROW_COLUMNS
        if not any(row["publisher"] for row in self._rows):
            wide, narrow = WIDE_WITHOUT_PUBLISHER, NARROW_WITHOUT_PUBLISHER
        widths = self._widths(wide, room)
        longest = max((cell_len(row["title"]) for row in self._rows), default=0)
        if widths["title"] >= min(MIN_TITLE, longest):
            return wide, widths
        widths = self._widths(narrow, room)
        widths["title"] = max(widths["title"], 1)
        return narrow, widths

    def _redraw(self, keep: str | None) -> None:
        """Lay the rows out for the current width; ``keep`` stays under the cursor."""
        columns, widths = self._layout()
        headers = _headers()
        self.clear(columns=True)
        for key in columns:
            self.add_column(headers[key], key=key, width=widths[key])
        for doc_id, row in zip(self.shown_ids, self._rows, strict=True):
            cells = [
                Text(
                    shorten(row[key], widths[key]),
                    style="bold" if key == "pane" else "",
                    justify="right" if key in RIGHT_ALIGNED else "left",
                )
                for key in columns
            ]
            self.add_row(*cells, key=doc_id)
        if keep in self.shown_ids:
            self.move_cursor(row=self.shown_ids.index(keep), animate=False)

    def highlighted_id(self) -> str | None:
        """The id of the row under the cursor, if there are rows."""
        if not self.shown_ids or not 0 <= self.cursor_row < len(self.shown_ids):
            return None
        return self.shown_ids[self.cursor_row]
