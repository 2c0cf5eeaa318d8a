"""Where a PDF's paragraphs break, read from each page's own line spacing and indents.

A PDF has no paragraphs, only lines at positions. Within a paragraph the baselines of a
column follow each other at one pitch (the leading), whatever the font size or line spacing
(single, 1.5, double); a paragraph is set apart by more space before it, or by an indented
first line, or by both. So the pitch is measured on each page (the median gap between a
column's consecutive lines of one size, and how much those gaps vary), not fixed as a share
of one file's spacing: a double-spaced page's lines stand 24 pt apart and its paragraphs
28, a tight page's 11 and 14.

* A gap wider than the page's pitch by more than its lines' own variation (at least a
  baseline's tolerance) is a paragraph break when the line before ends a sentence, or when
  the extra space is at least ``CLEAR_SPACE`` em: a line's height grows a little around a
  raised mark (a word processor's "auto" leading), never by half a line.
* A line indented from its column's left edge (where several lines of the page start),
  after a line that starts there and ends a sentence, opens a paragraph: a first-line indent
  marks paragraphs where no space does (books, LaTeX's default).
* Two or more lines in a row at one indent are an indented block (a quotation, a letter, a
  verse), not first-line indents: the block opens after a line that ends a sentence, keeps
  its lines together (a short line inside it ends no paragraph), and ends where the indent
  ends when its last line ends a sentence (a hanging indent's entry continues its first
  line, which ends none).
"""

from __future__ import annotations

import statistics
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from documents.formats.pdf_layout import BASELINE_TOLERANCE, Line

CLEAR_SPACE = 0.5
"""Extra space before a line, in ems of its size, that opens a paragraph on its own."""
SHORT_LINE_RATIO = 0.7
"""A line ending a sentence and shorter than this share of the usual line ends a paragraph."""
EDGE_LINES = 3
"""Lines of a page that start at one left edge to make it a column's edge."""
INDENT_MAX = 6.0
"""A first-line indent is at most this many ems (further right is another column)."""
MIN_GAPS = 3
"""A page with fewer line gaps than this takes the pitch of the whole document."""

SENTENCE_END = tuple(".!?…:\"'”»")


@dataclass(frozen=True, slots=True)
class Pitch:
    """A page's line pitch (points between a column's baselines) and how much it varies."""

    pitch: float
    noise: float


def _gaps(lines: list[Line]) -> list[float]:
    """The gaps between consecutive lines of one size going down a column (a jump up is the
    next column, lines on one baseline a table's cells)."""
    return [
        round(a.y - b.y, 1)
        for a, b in zip(lines, lines[1:], strict=False)
        if not a.heading and not b.heading and a.size == b.size and a.y - b.y > BASELINE_TOLERANCE
    ]


def _pitch(gaps: list[float]) -> Pitch | None:
    if not gaps:
        return None
    pitch = statistics.median(gaps)
    spread = statistics.median(abs(gap - pitch) for gap in gaps)
    return Pitch(pitch, max(BASELINE_TOLERANCE, 2 * spread))


def page_pitches(pages: list[list[Line]]) -> list[Pitch | None]:
    """Each page's pitch; one with fewer than ``MIN_GAPS`` gaps takes the document's."""
    gaps = [_gaps(lines) for lines in pages]
    whole = _pitch([gap for page in gaps for gap in page])
    return [_pitch(page) if len(page) >= MIN_GAPS else whole for page in gaps]


def left_edges(lines: list[Line]) -> set[float]:
    """Where the page's columns start: left edges at which ``EDGE_LINES`` lines or more start."""
    starts = Counter(round(line.x) for line in lines if not line.heading)
    return {float(x) for x, count in starts.items() if count >= EDGE_LINES}


def indented_block(lines: Sequence[Line | object], edges: set[float]) -> list[bool]:
    """For each of ``lines`` (a page's, in reading order; anything but a ``Line`` is none)
    whether it stands in an indented block: a run of two or more lines at one left edge that
    is indented from a column's edge (see the module's docstring)."""
    xs = [
        line.x if isinstance(line, Line) and not line.heading and _indent_of(line, edges) else None
        for line in lines
    ]
    inside = [False] * len(xs)
    for i, x in enumerate(xs):
        if x is None:
            continue
        for j in (i - 1, i + 1):
            other = xs[j] if 0 <= j < len(xs) else None
            if other is not None and abs(other - x) <= BASELINE_TOLERANCE:
                inside[i] = True
    return inside


def _indent_of(line: Line, edges: set[float]) -> bool:
    """Whether ``line`` starts indented from one of the page's column edges."""
    return any(BASELINE_TOLERANCE < line.x - edge <= INDENT_MAX * line.size for edge in edges)


def breaks(
    previous: Line,
    line: Line,
    pitch: Pitch | None,
    edges: set[float],
    width: float,
    blocks: tuple[bool, bool] = (False, False),
) -> bool:
    """Whether ``line`` opens a new paragraph after ``previous``: a size change, a gap wider
    than the page's pitch (see the module's docstring: so a caption's label set apart after
    a sentence's end opens one, while a sentence wrapped before its ``Figure 2.`` goes on),
    an indented first line, or a sentence ended on a short line or at a column's foot (the
    line stands higher than the one before: the next column). ``blocks`` says whether
    ``previous`` and ``line`` stand in an indented block (``indented_block``): entering or
    leaving one after a sentence's end breaks, and inside one only space or a size breaks."""
    ended = previous.text.endswith(SENTENCE_END)
    gap = previous.y - line.y
    extra = gap - pitch.pitch if pitch else 0.0
    wide = pitch is not None and extra > pitch.noise
    if previous.size != line.size or (wide and (ended or extra >= CLEAR_SPACE * line.size)):
        return True
    if blocks[0] != blocks[1]:
        return ended
    return not all(blocks) and (
        (ended and gap > BASELINE_TOLERANCE and _indented(previous, line, edges))
        or (ended and len(previous.text) < width * SHORT_LINE_RATIO)
        or (ended and line.y > previous.y + BASELINE_TOLERANCE)
    )


def _indented(previous: Line, line: Line, edges: set[float]) -> bool:
    """Whether ``line`` starts indented from the column edge that ``previous`` starts at."""
    if not any(abs(previous.x - edge) <= BASELINE_TOLERANCE for edge in edges):
        return False
    return BASELINE_TOLERANCE < line.x - previous.x <= INDENT_MAX * line.size
