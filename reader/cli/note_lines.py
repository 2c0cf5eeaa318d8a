"""The notes list as plain aligned lines, written as they are made.

A Rich ``Table`` measures every cell of every row before it prints the first one, which took
half a minute for 50,000 notes. Here the column widths come from the terminal width and the few
values known beforehand (document ids, the largest offset), so each row is formatted once, in
constant time, and lines go out in batches. Cell widths (wide characters) still count, and
escapes and control characters in user text are removed, never sent to the terminal.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import IO

from rich.cells import cell_len, set_cell_size

from documents.sanitize import clean_field

__all__ = ["NoteCells", "NoteColumns", "clean_cell", "write_note_lines"]

_BATCH = 2000
"""Lines per write: few system calls, and the first lines appear at once."""

_GAP = "  "

_NARROW = re.compile(r"[\x20-\x7e\xa0-\xac\xae-\u02ff]*")
"""Printable Latin letters and signs: one cell each, so length is width (German text is)."""

NoteCells = tuple[str, str, str, str, str, str, str]
"""One note's id, document, where (range and status), colour, quote, note and tags."""


def clean_cell(text: str, width: int) -> str:
    """One line of ``text`` in exactly ``width`` cells: whitespace collapsed, controls replaced,
    clipped with an ellipsis.

    Args:
        text: User text (quote, note, tags).
        width: Cells the column has.
    """
    # A character takes at least one cell, so width + 1 characters are enough to measure.
    head = text[: width + 1]
    if _plain(head):  # already a clean line: the collapsed text begins with these characters
        return head.ljust(width) if len(head) <= width else head[: width - 1] + "…"
    text = " ".join(text.split())[: width + 1]
    if _NARROW.fullmatch(text):
        return text.ljust(width) if len(text) <= width else text[: width - 1] + "…"
    text = clean_field(text)  # the models clean their fields; this keeps the lines safe anyway
    if cell_len(text) > width:
        text = set_cell_size(text, width - 1) + "…"
    return set_cell_size(text, width)


def _plain(text: str) -> bool:
    """Whether ``text`` is one line of one-cell characters with no space to collapse.

    C-speed string tests instead of splitting and joining each cell (listing 50,000 notes
    formats 150,000 of them): printable rules out controls, line breaks and every whitespace
    but the plain space; ASCII or ``_NARROW`` says one cell per character.
    """
    return (
        text.isprintable()
        and text[:1] != " "
        and text[-1:] != " "
        and "  " not in text
        and (text.isascii() or _NARROW.fullmatch(text) is not None)
    )


_repeated_cell = lru_cache(maxsize=4096)(clean_cell)
"""``clean_cell`` for the columns whose values repeat (tag lists)."""


@lru_cache(maxsize=4096)
def clean_middle(text: str, width: int) -> str:
    """Like :func:`clean_cell`, but a text too long loses its middle, not its end: document
    ids differ at the end (``ignaz-semm…fieber-v1`` and ``…-v2``), so the end stays.

    Args:
        text: A document id (or other user text whose end tells values apart).
        width: Cells the column has.
    """
    text = clean_field(" ".join(text.split()))
    if cell_len(text) <= width:
        return set_cell_size(text, width)
    right = (width - 1) // 2
    tail = ""
    for char in reversed(text):
        if cell_len(char + tail) > right:
            break
        tail = char + tail
    return set_cell_size(set_cell_size(text, width - 1 - right) + "…" + tail, width)


@dataclass(frozen=True)
class NoteColumns:
    """Widths of the notes list's columns, fixed before the first row is printed.

    Args:
        doc: Cells for the longest document id, up to a third of the terminal.
        where: Cells for "start–end", followed by "moved" when the quote moved, "reworded"
            when the text under it changed since the note was written.
        quote: Cells for the quote.
        note: Cells for the note.
        tags: Cells for the tags.
    """

    doc: int
    where: int
    quote: int
    note: int
    tags: int

    @classmethod
    def fit(cls, total: int, doc_ids: Iterable[str], largest_offset: int) -> NoteColumns:
        """Columns for a terminal ``total`` cells wide; quote and note share what is left.

        Args:
            total: The terminal's width.
            doc_ids: Every document id that will be listed.
            largest_offset: The largest end offset that will be listed.
        """
        doc = min(max((cell_len(d) for d in doc_ids), default=3), total // 3)
        where = len(f"{largest_offset}–{largest_offset} reworded")
        fixed = 8 + doc + where + 6 + 12 + len(_GAP) * 6
        free = max(total - fixed, 40)  # narrower terminals wrap the lines
        return cls(doc=max(doc, 3), where=where, quote=free // 2, note=free - free // 2, tags=12)

    def line(self, cells: NoteCells) -> str:
        """One row: id, doc, where, colour, quote, note, tags."""
        ident, doc, where, colour, quote, note, tags = cells
        return _GAP.join(
            (
                clean_cell(ident[:8], 8),
                clean_middle(doc, self.doc),
                where.ljust(self.where),  # digits and a status word
                colour.ljust(6),  # a colour name from the store
                clean_cell(quote, self.quote),
                clean_cell(note, self.note),
                _repeated_cell(tags, self.tags),
            )
        ).rstrip()


def write_note_lines(
    out: IO[str], title: str, columns: NoteColumns, rows: Iterable[NoteCells]
) -> None:
    """Write a title, a header and one line per note.

    Args:
        out: Where to write (the console's file).
        title: Printed above the header.
        columns: The widths, from :meth:`NoteColumns.fit`.
        rows: The notes' cells; consumed once, as they come.
    """
    header = columns.line(("id", "doc", "where", "colour", "quote", "note", "tags"))
    batch = [clean_cell(title, cell_len(title)), header, "─" * cell_len(header)]
    for cells in rows:
        batch.append(columns.line(cells))
        if len(batch) >= _BATCH:
            out.write("\n".join(batch) + "\n")
            batch = []
    if batch:
        out.write("\n".join(batch) + "\n")
