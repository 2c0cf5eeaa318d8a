"""What a PDF page's geometry says that its content stream's order does not.

A PDF draws its text in any order: a generator may set the page number and the footnotes
before the body (reportlab's page templates do), so the first lines of the stream are not
the top of the page. Everything here reads positions and font sizes instead:

* A page's edge lines are its highest and lowest baselines, wherever they stand in the
  stream (``edge_lines``).
* A note reference is a short mark (``1``, ``*``, ``†``) set smaller than the text around
  it and not lowered (a subscript, as in H₂O, is lowered): as a plain digit it glued onto
  the word before (``Salz1``); it is shown as a mark apart (``Salz ¹``,
  ``documents.note_marks``). A mark set smaller at the start of a line opens a footnote
  (``Line.mark``).
* Footnotes are the lines at a page's foot, below its lowest line of body text, set smaller
  than the body, the first opening with a mark (``take_footnotes``): they are kept as notes,
  set apart from the body, each opening with its mark in brackets (``[1] …``) as the
  Markdown reader writes its footnotes.
* Cells of a table row share a baseline but stand apart (pypdf gives each cell a line of
  its own): two such rows in a row are a table, one row block each (``Row``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from documents.blocks import Block
from documents.formats.common import clean_text
from documents.model import BlockKind, SectionRole
from documents.note_marks import note_placeholder, show_note_marks
from documents.pages import EDGE_LINES, edge_indices
from documents.plaintext import reflow

SMALL_RATIO = 0.9
"""A mark or a line set at most this share of the size around it is set smaller."""
BASELINE_TOLERANCE = 1.0
"""Baselines closer than this (points) are one baseline."""

GLYPH_WIDTH = 0.6
"""A generous average glyph width, in ems: where a run placed on its own ends at the latest."""
CELL_GAP = 2.0
"""A run placed this many ems beyond where the text before it ends stands apart (a cell)."""

_MARK = re.compile(r"\d{1,3}|[*†‡§]{1,3}")
_UNIT = re.compile(r"(?<![^\W\d_])(?:[kcmd]?m|ft|in|yd|mi)$")
"""A unit of length before a raised 2 or 3: an area's or a volume's exponent, no note."""
_PLAIN_MARK = re.compile(r"(\d{1,3}|[*†‡]{1,3})\s+(?=\S)")
"""A footnote's number set in the text's own size, followed by its words."""


@dataclass(slots=True)
class Piece:
    """A run of text as the PDF shows it, in one font size."""

    text: str
    size: float
    lowered: bool = False
    """Set below the baseline (a subscript): never a note mark."""
    x: float = 0.0
    """Where the run starts, when the PDF places it on its own (else the line's start)."""


@dataclass(slots=True)
class Line:
    """One line of a page: its text, baseline, left edge and (largest) font size."""

    text: str = ""
    y: float = 0.0
    x: float = 0.0
    size: float = 0.0
    heading: int = 0
    """Outline level when the line is a heading, else 0."""
    mark: str = ""
    """The note mark set smaller at the start of the line (a footnote's number); it stays
    in ``text`` too, which a footnote block strips."""
    pieces: list[Piece] = field(default_factory=list)
    cells: list[str] = field(default_factory=list)
    """The line's parts that stand apart (a table row's cells), when there are several."""
    references: list[str] = field(default_factory=list)
    """The labels of the note references set smaller after a word on the line."""


@dataclass(slots=True)
class Row:
    """A table row: the cells that share a baseline, left to right."""

    cells: list[str]


def finish(line: Line) -> None:
    """Set the line's size (its largest run's), text and cells from its pieces."""
    line.size = max((piece.size for piece in line.pieces if piece.text.strip()), default=0.0)
    texts = [show_note_marks(clean_text("".join(cell))) for cell in _cells(line)]
    line.text = " ".join(text for text in texts if text)
    line.cells = texts if len(texts) > 1 else []


def _cells(line: Line) -> list[list[str]]:
    """The texts of the line's pieces, a new cell wherever a run stands apart (``CELL_GAP``).

    A note reference set smaller after a word becomes a placeholder (and joins
    ``line.references``); a smaller mark opening the line is also ``line.mark`` (a
    footnote's number, should the line be one)."""
    cells: list[list[str]] = [[]]
    end = None  # where the text so far ends at the latest; None before the line's first word
    for index, piece in enumerate(line.pieces):
        if _is_mark(line.pieces, index):
            label = piece.text.strip()
            if end is not None:
                cells[-1].append(note_placeholder(label))
                line.references.append(label)
                continue
            line.mark = label  # and it stays in the text: ²³⁵U in a body line
        if end is not None and piece.text.strip() and piece.x > end + CELL_GAP * piece.size:
            cells.append([])
        cells[-1].append(piece.text)
        if piece.text.strip():
            end = max(end or piece.x, piece.x) + len(piece.text) * GLYPH_WIDTH * piece.size
    return cells


def _is_mark(pieces: list[Piece], index: int) -> bool:
    """Whether ``pieces[index]`` is a note mark: a short mark set smaller than the text
    beside it on its line (the nearest runs holding text: a blank run's size says nothing),
    not lowered, and glued to the word before it (or opening the line)."""
    piece = pieces[index]
    if piece.lowered or not _MARK.fullmatch(piece.text.strip()):
        return False
    before = "".join(p.text for p in pieces[:index])
    if before.strip() and (before[-1].isspace() or piece.text[0].isspace()):
        return False
    if _UNIT.search(before) and piece.text in {"2", "3"}:
        return False  # an exponent: m², km³
    words = [p for p in pieces if p.text.strip()]
    position = next(n for n, p in enumerate(words) if p is piece)
    beside = [p.size for p in words[max(position - 1, 0) : position] + words[position + 1 :][:1]]
    return any(beside) and piece.size <= max(beside) * SMALL_RATIO


def _baselines(lines: Iterable[Line]) -> list[float]:
    """The distinct baselines, highest first (within ``BASELINE_TOLERANCE``)."""
    found: list[float] = []
    for y in sorted((line.y for line in lines), reverse=True):
        if not found or found[-1] - y > BASELINE_TOLERANCE:
            found.append(y)
    return found


def edge_lines(lines: list[Line]) -> set[int]:
    """The positions of the page's edge lines: those on its ``EDGE_LINES`` highest and lowest
    baselines. A page whose lines lack positions falls back on the stream's order."""
    baselines = _baselines(lines)
    if len(baselines) <= 2 * EDGE_LINES:
        return set(edge_indices(len(lines)))
    edges = baselines[:EDGE_LINES] + baselines[-EDGE_LINES:]
    return {
        i
        for i, line in enumerate(lines)
        if any(abs(line.y - y) <= BASELINE_TOLERANCE for y in edges)
    }


def alone_on_baseline(lines: list[Line], index: int) -> bool:
    """Whether no other line of the page shares the baseline of ``lines[index]`` (a page
    number stands alone; a number in a table's last row has its row beside it)."""
    y = lines[index].y
    return not any(
        abs(line.y - y) <= BASELINE_TOLERANCE for i, line in enumerate(lines) if i != index
    )


def take_footnotes(lines: list[Line], body_size: float) -> list[Line]:
    """Remove the page's footnote lines and return them, top to bottom: the lines below the
    lowest body line, all set smaller than the body, one on each baseline (a table's cells
    share one), the first opening with a mark set smaller, or with a number in the text's
    size that a note reference on the page's body names."""
    body = [line.y for line in lines if line.size > body_size * SMALL_RATIO]
    if not body:
        return []
    bottom = min(body)
    foot = [line for line in lines if line.y < bottom - BASELINE_TOLERANCE]
    if not foot or any(line.size > body_size * SMALL_RATIO or line.cells for line in foot):
        return []
    if len(_baselines(foot)) < len(foot):
        return []  # cells side by side: a table set small at the page's foot
    foot.sort(key=lambda line: -line.y)
    plain = _PLAIN_MARK.match(foot[0].text)
    referenced = {label for line in lines if line not in foot for label in line.references}
    if not (foot[0].mark or (plain and plain.group(1) in referenced)):
        return []  # a small-set block opening with a number ("12 Stunden …") answers no note
    lines[:] = [line for line in lines if line not in foot]
    return foot


def note_blocks(lines: list[Line]) -> list[Block]:
    """Footnote lines as note blocks, one per note, each opening with its mark in brackets."""
    notes: list[tuple[str, list[str]]] = []
    for line in lines:
        plain = _PLAIN_MARK.match(line.text)
        mark = line.mark or (plain.group(1) if plain else "")
        if mark and (line.mark or not notes or _follows(notes[-1][0], mark)):
            opening = len(line.mark) if line.mark else plain.end() if plain else 0
            text = line.text[opening:].lstrip()
            notes.append((mark, [text]))
        elif notes:
            notes[-1][1].append(line.text)
    return [
        Block(BlockKind.PARAGRAPH, f"[{mark}] {reflow(texts)}", role=SectionRole.NOTES)
        for mark, texts in notes
    ]


def _follows(previous: str, mark: str) -> bool:
    """Whether a number set in the text's own size opens the next note (``2`` after ``1``)
    rather than going on with the note before ("… von 1920 bis\n1925 …")."""
    return previous.isdigit() and mark.isdigit() and int(mark) == int(previous) + 1


def group_rows(lines: list[Line]) -> list[Line | Row]:
    """The page's lines with each table row as a :class:`Row`: cells that share a baseline
    (lines next to each other in the stream, left to right, or runs of one line far apart),
    where two such rows follow each other."""
    runs: list[list[Line]] = []
    for line in lines:
        last = runs[-1] if runs else None
        if (
            last
            and not line.heading
            and abs(last[-1].y - line.y) <= BASELINE_TOLERANCE
            and line.x > last[-1].x
        ):
            last.append(line)
        else:
            runs.append([line])
    cells = [[cell for line in run for cell in (line.cells or [line.text])] for run in runs]
    items: list[Line | Row] = []
    for index, run in enumerate(runs):
        neighbours = cells[max(index - 1, 0) : index] + cells[index + 1 : index + 2]
        if len(cells[index]) > 1 and any(len(other) > 1 for other in neighbours):
            items.append(Row(cells[index]))
        else:
            items.extend(run)
    return items


def page_notes(pages: list[list[Line]], body_size: float) -> list[Block]:
    """Take every page's footnotes out of its lines; return them as note blocks in order."""
    return [block for lines in pages for block in note_blocks(take_footnotes(lines, body_size))]
