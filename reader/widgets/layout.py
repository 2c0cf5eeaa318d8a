"""Wrapping a document into visual lines: computed with one regex pass per paragraph.

A 5 MB document wraps in a fraction of a second because the regular expression engine does
the greedy line filling; the view then renders only the lines on screen. The lines are kept
as columns of numbers (:class:`Layout`), not one object each: a 20 MB text has 310,000 lines,
which as objects took 40 MB for as long as it was open.
"""

from __future__ import annotations

import re
from array import array
from collections.abc import Iterator
from dataclasses import dataclass
from enum import IntEnum
from functools import lru_cache

from documents.model import BlockKind, Document, SectionRole


class LineKind(IntEnum):
    """How a visual line is styled."""

    BLANK = 0
    BODY = 1
    LEAD = 2
    HEADING1 = 3
    HEADING2 = 4
    NOTICE = 5
    """A line the reader adds (an excerpt's label, a break-off marker): not document text."""


@dataclass(frozen=True, slots=True)
class VisualLine:
    """One screen line: a range of the document text, or a notice the reader adds."""

    start: int
    end: int
    kind: LineKind
    notice: str = ""
    indent: int = 0


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

    def append(self, line: VisualLine) -> None:
        """Add ``line`` at the end."""
        if line.notice:
            self._notices[len(self.starts)] = line.notice
        self.starts.append(line.start)
        self._ends.append(line.end)
        self._kinds.append(line.kind)
        self._indents.append(line.indent)

    def __len__(self) -> int:
        return len(self.starts)

    def __getitem__(self, index: int) -> VisualLine:
        start, end = self.starts[index], self._ends[index]
        kind, indent = LineKind(self._kinds[index]), self._indents[index]
        return VisualLine(start, end, kind, self._notices.get(index % len(self), ""), indent)

    def __iter__(self) -> Iterator[VisualLine]:
        return (self[index] for index in range(len(self)))


def layout_document(document: Document, width: int, notices: Notices) -> Layout:
    """All visual lines of ``document`` wrapped at ``width`` columns."""
    text = document.text
    lines = Layout()
    excerpt_starts = {s.start: s for s in document.sections if s.role is SectionRole.EXCERPT}
    for paragraph in document.paragraphs:
        if lines:
            lines.append(VisualLine(paragraph.start, paragraph.start, LineKind.BLANK))
        section = excerpt_starts.get(paragraph.start)
        if section is not None:
            label = notices.excerpt.format(language=section.language.upper())
            lines.append(VisualLine(paragraph.start, paragraph.start, LineKind.NOTICE, label))
        if paragraph.kind is BlockKind.HEADING:
            heading = document.heading_before(paragraph.start)
            kind = LineKind.HEADING1 if heading is None or heading.level <= 1 else LineKind.HEADING2
            indent = 0
        else:
            kind = LineKind.LEAD if paragraph.kind is BlockKind.LEAD else LineKind.BODY
            indent = 2 if kind is LineKind.LEAD else 0
        for start, end in wrap_range(text, paragraph.start, paragraph.end, width - indent):
            lines.append(VisualLine(start, end, kind, indent=indent))
        if paragraph.truncated:
            lines.append(
                VisualLine(paragraph.end, paragraph.end, LineKind.NOTICE, notices.breaks_off)
            )
    return lines
