"""Wrapping a document into visual lines: computed with one regex pass per paragraph.

A 5 MB document wraps in a fraction of a second because the regular expression engine does
the greedy line filling; the view then renders only the lines on screen. The lines are kept
as columns of numbers (:class:`Layout`), not one object each: a 20 MB text has 310,000 lines,
which as objects took 40 MB for as long as it was open.
"""

from __future__ import annotations

import bisect
import re
from array import array
from collections.abc import Iterator
from dataclasses import dataclass
from enum import IntEnum
from functools import lru_cache

from documents.blocks import is_figure_mark
from documents.model import BlockKind, Document, Paragraph, SectionRole
from reader.widgets.table_layout import RULE_WIDTH, CellPiece, align_table, cell_columns


class LineKind(IntEnum):
    """How a visual line is styled."""

    BLANK = 0
    BODY = 1
    LEAD = 2
    HEADING1 = 3
    HEADING2 = 4
    NOTICE = 5
    """A line the reader adds (an excerpt's label, a break-off marker): not document text."""
    QUOTE = 6
    ROW = 7
    """A table row: its cells are joined by `` | `` in the text; in an aligned table, a
    line of the row, its ``cells`` the pieces of each cell it shows."""
    CODE = 8
    """One line of program code, never re-wrapped: a longer line is cut at the pane's edge."""
    CAPTION = 9
    """A figure's or table's caption: set apart from the running text it interrupts."""
    ASIDE = 10
    """A box beside the article (key figures, a summary), drawn with a bar of its own."""
    RULE = 11
    """A rule between two rows of a table whose rows take several lines (not text)."""
    FIGURE = 12
    """A figure mark (``[Abbildung]``): where a picture stood, drawn as one, not as prose."""


@dataclass(frozen=True, slots=True)
class VisualLine:
    """One screen line: a range of the document text, or a notice the reader adds."""

    start: int
    end: int
    kind: LineKind
    notice: str = ""
    """A NOTICE's text, a RULE's drawing."""
    indent: int = 0
    cells: tuple[CellPiece, ...] = ()
    """An aligned table row's pieces of its cells, column by column."""


@lru_cache(maxsize=32)
def _wrap_pattern(width: int) -> re.Pattern[str]:
    return re.compile(rf"[^\n]{{1,{width}}}(?:\s+|$)|\S{{1,{width}}}")


def wrap_range(text: str, start: int, end: int, width: int) -> list[tuple[int, int]]:
    """Greedy-wrap ``text[start:end]`` at ``width`` columns; ranges exclude trailing spaces."""
    lines = []
    for match in _wrap_pattern(max(width, 8)).finditer(text, start, end):
        line_end = match.end()
        while line_end > match.start() and text[line_end - 1] == " ":
            line_end -= 1
        if line_end > match.start():
            lines.append((match.start(), line_end))
    return lines


@dataclass(frozen=True, slots=True)
class Notices:
    """Reader-added texts in the UI's language."""

    excerpt: str = "Excerpt · {language}"
    breaks_off: str = "⋯ the text breaks off here"
    notes: str = "Author's notes"
    """The label of footnotes/endnotes (not "Notes": the reader's own notes are called that)."""
    front: str = "Front matter"


class Layout:
    """The visual lines of a document, by index; each made as a :class:`VisualLine` when asked
    for (the view asks only for the lines it draws)."""

    def __init__(self) -> None:
        self.starts = array("q")
        """Where each line starts in the text (sorted: searchable with ``bisect``)."""
        self._ends = array("q")
        self._kinds = array("B")
        self._indents = array("B")
        self._notices: dict[int, str] = {}
        self._cells: dict[int, tuple[CellPiece, ...]] = {}
        self._piece_starts = array("q")
        """Where each shown piece of an aligned table's cell starts (sorted): a row's lines
        overlap in the text (line 1 runs from cell A into cell B, line 2 starts in A
        again), so a cell's text is found by its piece, not by the lines' starts."""
        self._piece_ends = array("q")
        self._piece_lines = array("q")
        self._piece_columns = array("q")

    def append(self, line: VisualLine) -> None:
        """Add ``line`` at the end."""
        if line.notice:
            self._notices[len(self.starts)] = line.notice
        if line.cells:
            self._cells[len(self.starts)] = line.cells
        self.starts.append(line.start)
        self._ends.append(line.end)
        self._kinds.append(line.kind)
        self._indents.append(line.indent)

    def append_row(self, row_lines: list[VisualLine]) -> None:
        """Add the lines of one aligned table row and index its cells' pieces by offset."""
        first = len(self.starts)
        pieces = sorted(
            (piece.start, piece.end, first + number, column)
            for number, line in enumerate(row_lines)
            for piece, column in zip(line.cells, cell_columns(line.cells), strict=True)
            if piece.end > piece.start
        )
        for line in row_lines:
            self.append(line)
        for start, end, number, column in pieces:
            self._piece_starts.append(start)
            self._piece_ends.append(end)
            self._piece_lines.append(number)
            self._piece_columns.append(column)

    def position_of(self, offset: int) -> tuple[int, int]:
        """The (line, column) where character ``offset`` is drawn (columns counted from the
        line's text, past its indent); text lines win over blank ones."""
        piece = bisect.bisect_right(self._piece_starts, offset) - 1
        if piece >= 0 and offset <= self._piece_ends[piece]:
            start = self._piece_starts[piece]
            return self._piece_lines[piece], self._piece_columns[piece] + offset - start
        line = max(bisect.bisect_right(self.starts, offset) - 1, 0)
        return line, offset - self.starts[line] if self else 0

    def line_of_offset(self, offset: int) -> int:
        """The visual line showing character ``offset`` (see ``position_of``)."""
        return self.position_of(offset)[0]

    def offset_at(self, index: int, column: int) -> int:
        """The character drawn at ``column`` of line ``index`` (the line's nearest character
        when the column holds none: a cell's padding, a rule, past the end)."""
        line = self[index]
        for piece, left in zip(line.cells, cell_columns(line.cells), strict=True):
            if column < left + piece.width + RULE_WIDTH or piece is line.cells[-1]:
                return min(piece.start + max(column - left, 0), max(piece.end - 1, piece.start))
        return min(line.start + column, max(line.end - 1, line.start))

    def __len__(self) -> int:
        return len(self.starts)

    def __getitem__(self, index: int) -> VisualLine:
        start, end = self.starts[index], self._ends[index]
        kind, indent = LineKind(self._kinds[index]), self._indents[index]
        index %= len(self)
        notice, cells = self._notices.get(index, ""), self._cells.get(index, ())
        return VisualLine(start, end, kind, notice, indent, cells)

    def __iter__(self) -> Iterator[VisualLine]:
        return (self[index] for index in range(len(self)))


_BLOCK_LINES = {
    BlockKind.LEAD: LineKind.LEAD,
    BlockKind.QUOTE: LineKind.QUOTE,
    BlockKind.ROW: LineKind.ROW,
    BlockKind.CAPTION: LineKind.CAPTION,
    BlockKind.ASIDE: LineKind.ASIDE,
}
_INDENTS = {LineKind.QUOTE: 2, LineKind.ASIDE: 2, LineKind.FIGURE: 2}
"""Columns the view draws before a line's text (a bar), which clicks must skip."""


def code_lines(text: str, start: int, end: int, width: int) -> Iterator[tuple[int, int]]:
    """The lines of the code in ``text[start:end]`` as they stand (indentation and blank lines
    kept; the text has no tabs, ``sanitize`` spelt them out as spaces); a line wider than
    ``width`` is cut one column short, for the view's cut marker."""
    for line in text[start:end].split("\n"):
        shown = len(line) if len(line) <= width else max(width - 1, 1)
        yield start, start + shown
        start += len(line) + 1


def _section_labels(document: Document, width: int, notices: Notices) -> dict[int, str]:
    """The rules that set notes, front matter and excerpts apart, by where they start."""
    labels = {}
    for section in document.sections:
        if section.role is SectionRole.EXCERPT:
            labels[section.start] = notices.excerpt.format(language=section.language.upper())
        elif section.role in (SectionRole.NOTES, SectionRole.FRONT):
            name = notices.notes if section.role is SectionRole.NOTES else notices.front
            labels[section.start] = f"── {name} ".ljust(width, "─")
    return labels


def layout_document(document: Document, width: int, notices: Notices) -> Layout:
    """All visual lines of ``document`` wrapped at ``width`` columns (code lines kept as they
    are, a table's rows in aligned columns without a blank line between them)."""
    text = document.text
    lines = Layout()
    labels = _section_labels(document, width, notices)
    paragraphs = document.paragraphs
    index = 0
    while index < len(paragraphs):
        paragraph = paragraphs[index]
        label = labels.get(paragraph.start)
        if lines:
            lines.append(VisualLine(paragraph.start, paragraph.start, LineKind.BLANK))
        if label is not None:
            lines.append(VisualLine(paragraph.start, paragraph.start, LineKind.NOTICE, label))
        if paragraph.kind is BlockKind.ROW:
            end = index + 1
            while (
                end < len(paragraphs)
                and paragraphs[end].kind is BlockKind.ROW
                and paragraphs[end].start not in labels
            ):
                end += 1
            _lay_out_table(lines, text, paragraphs[index:end], width, notices)
            index = end
            continue
        index += 1
        if paragraph.kind is BlockKind.CODE:
            for start, end in code_lines(text, paragraph.start, paragraph.end, width):
                lines.append(VisualLine(start, end, LineKind.CODE))
            continue
        if paragraph.kind is BlockKind.HEADING:
            heading = document.heading_before(paragraph.start)
            kind = LineKind.HEADING1 if heading is None or heading.level <= 1 else LineKind.HEADING2
        elif _is_figure(text, paragraph):
            kind = LineKind.FIGURE
        else:
            kind = _BLOCK_LINES.get(paragraph.kind, LineKind.BODY)
        _wrap_paragraph(lines, text, paragraph, kind, width, notices)
    return lines


def _is_figure(text: str, paragraph: Paragraph) -> bool:
    """Whether ``paragraph`` is a figure mark (looked at only when bracketed: one look at two
    characters for every other paragraph)."""
    return (
        paragraph.kind in (BlockKind.PARAGRAPH, BlockKind.CAPTION)
        and text.startswith("[", paragraph.start)
        and text[paragraph.end - 1] == "]"
        and is_figure_mark(text[paragraph.start : paragraph.end])
    )


def _wrap_paragraph(
    lines: Layout, text: str, paragraph: Paragraph, kind: LineKind, width: int, notices: Notices
) -> None:
    """Append the lines of ``paragraph`` wrapped at ``width`` (less its kind's indent)."""
    indent = _INDENTS.get(kind, 0)
    for start, end in wrap_range(text, paragraph.start, paragraph.end, width - indent):
        lines.append(VisualLine(start, end, kind, indent=indent))
    if paragraph.truncated:
        lines.append(VisualLine(paragraph.end, paragraph.end, LineKind.NOTICE, notices.breaks_off))


def _lay_out_table(
    lines: Layout, text: str, rows: list[Paragraph], width: int, notices: Notices
) -> None:
    """Append a table's rows in aligned columns; with a rule between rows when a row takes
    more than one line (else a wrapped cell's next line reads as the next row). A table
    too wide to align is wrapped row by row, its cells as they stand."""
    table = align_table(text, [(row.start, row.end) for row in rows], width, wrap_range)
    if table is None:
        for row in rows:
            _wrap_paragraph(lines, text, row, LineKind.ROW, width, notices)
        return
    rule = table.rule() if any(len(row_lines) > 1 for row_lines in table.rows) else ""
    for row, row_lines in zip(rows, table.rows, strict=True):
        if rule and row is not rows[0]:
            lines.append(VisualLine(row.start, row.start, LineKind.RULE, rule))
        drawn = []
        for pieces in row_lines:
            shown = [piece for piece in pieces if piece.end > piece.start] or pieces
            start, end = shown[0].start, max(piece.end for piece in shown)
            drawn.append(VisualLine(start, end, LineKind.ROW, cells=tuple(pieces)))
        lines.append_row(drawn)
        if row.truncated:
            lines.append(VisualLine(row.end, row.end, LineKind.NOTICE, notices.breaks_off))
