"""A table's rows laid out as aligned columns: each cell wrapped within its column's width.

A table reaches the pane as consecutive ROW paragraphs, each row's cells joined by `` | ``
in the text (``documents.blocks.table_row``); the text keeps no grid. Drawn as they stand,
rows of cells of different lengths left every column at another place (trial 24). Here the
widths come from the cells: a column as wide as its longest cell while the table fits the
pane, otherwise the room shared out so that short columns keep their width and long ones
wrap within theirs. A visual line of a row then shows the n-th wrapped piece of every cell,
each piece a range of the text, so the cursor, marks and clicks still map to offsets.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

from documents.blocks import CELL_SEPARATOR

WrapRange = Callable[[str, int, int, int], list[tuple[int, int]]]
"""Greedy wrapping of ``text[start:end]`` at a width (``layout.wrap_range``)."""

RULE_WIDTH = len(CELL_SEPARATOR)
"""Columns between two cells on screen (the view draws `` │ ``)."""
MIN_COLUMN = 8
"""The narrowest a wrapped column is made: narrower, a cell is a heap of word pieces. A
table whose columns cannot all have it is drawn row by row, as text."""


@dataclass(frozen=True, slots=True)
class CellPiece:
    """What one visual line shows of one cell: ``[start, end)`` of the text (empty once
    the cell's text is used up), in a column ``width`` wide."""

    start: int
    end: int
    width: int


def cell_columns(pieces: Sequence[CellPiece]) -> list[int]:
    """The column where each of a row line's ``pieces`` is drawn: the cells before it, each
    padded to its width, and a rule (``RULE_WIDTH``) after each. The view draws by this and
    the layout maps offsets by it, so a character is found where it is drawn."""
    columns, left = [], 0
    for piece in pieces:
        columns.append(left)
        left += piece.width + RULE_WIDTH
    return columns


def cell_ranges(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The ranges of the cells of the row ``text[start:end]``: the row's text is its cells
    joined by ``CELL_SEPARATOR`` (``documents.blocks.table_row``, which writes a cell's own
    bar with no-break spaces), and the document model keeps no other cell boundary."""
    cells = []
    while (cut := text.find(CELL_SEPARATOR, start, end)) != -1:
        cells.append((start, cut))
        start = cut + RULE_WIDTH
    cells.append((start, end))
    return cells


def column_widths(natural: Sequence[int], width: int) -> list[int] | None:
    """Each column's width, the columns' ``natural`` widths (their longest cells) given and
    ``width`` columns of room (rules included); None when the columns cannot all be
    ``MIN_COLUMN`` wide. Columns narrower than an even share keep their width; the others
    share what is left."""
    count = len(natural)
    room = width - RULE_WIDTH * (count - 1)
    if sum(natural) <= room:
        return list(natural)
    if room < MIN_COLUMN * count:
        return None
    widths = list(natural)
    wrapped = set(range(count))
    left = room
    while fitting := [i for i in wrapped if natural[i] <= left // len(wrapped)]:
        wrapped -= set(fitting)
        left -= sum(natural[i] for i in fitting)
    share, extra = divmod(left, len(wrapped))
    for rank, column in enumerate(sorted(wrapped)):
        widths[column] = share + (rank < extra)
    return widths


@dataclass(frozen=True, slots=True)
class AlignedTable:
    """A table laid out: its columns' widths and, row by row, the row's visual lines, each
    line the pieces of the row's cells."""

    widths: list[int]
    rows: list[list[list[CellPiece]]]

    def rule(self) -> str:
        """A rule across the columns, crossing the cell rules (`` │ ``)."""
        return "─┼─".join("─" * width for width in self.widths)


def align_table(
    text: str,
    rows: Sequence[tuple[int, int]],
    width: int,
    wrap: WrapRange,
) -> AlignedTable | None:
    """The table whose rows span ``rows`` of ``text`` in aligned columns within ``width``;
    None when it is too wide to align (see ``column_widths``).

    Args:
        wrap: Greedy wrapping of a range of the text at a width (the layout's).
    """
    cells = [cell_ranges(text, start, end) for start, end in rows]
    natural = [0] * max(len(row) for row in cells)
    for row in cells:
        for column, (start, end) in enumerate(row):
            natural[column] = max(natural[column], end - start)
    widths = column_widths(natural, width)
    if widths is None:
        return None
    return AlignedTable(widths, list(_row_lines(text, cells, widths, wrap)))


def _row_lines(
    text: str, cells: list[list[tuple[int, int]]], widths: list[int], wrap: WrapRange
) -> Iterator[list[list[CellPiece]]]:
    for row in cells:
        pieces = [
            wrap(text, start, end, widths[column])
            if end - start > widths[column]
            else [(start, end)]
            for column, (start, end) in enumerate(row)
        ]
        yield [
            [
                CellPiece(*cell[line], widths[column])
                if line < len(cell)
                else CellPiece(row[column][1], row[column][1], widths[column])
                for column, cell in enumerate(pieces)
            ]
            for line in range(max(len(cell) for cell in pieces))
        ]
