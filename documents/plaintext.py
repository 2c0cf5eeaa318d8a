"""Plain text: re-flow hard-wrapped, indented lines into paragraphs and find the headings.

The rules, all about layout and none about any particular text:

* Blank (or whitespace-only) lines separate blocks.
* Inside a block, indentation separates paragraphs. With a hanging indent (first line less
  indented than the next) a line that is less indented than the line before starts a new
  paragraph; with a first-line indent (first line deeper) a line that is deeper than the one
  before does.
* Lines are joined with single spaces. A hyphen at a line end is kept and joined directly
  before a capitalised word (``Ukraine-`` + ``Krieg``), kept with a space before a conjunction
  (``Besuchs-`` + ``und``: a suspended compound), and otherwise removed (``Souve-`` + ``ränität``).
* A paragraph of one short line with no sentence punctuation at its end, standing alone
  between blank lines, is a heading. Deeper-indented headings are lower in the outline.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from documents.blocks import Block
from documents.model import BlockKind

HEADING_MAX_CHARS = 90
HEADING_MAX_WORDS = 12
_SENTENCE_END = tuple(".!;:,…")
_SUSPENDING_WORDS = frozenset(
    {"und", "oder", "bzw", "sowie", "bis", "als", "wie", "and", "or", "nor", "to", "as"}
)
_WORD = re.compile(r"\w+")


@dataclass(slots=True)
class _RawParagraph:
    lines: list[str]
    indent: int
    standalone: bool
    """The paragraph is a whole block: blank lines (or the file's edges) on both sides."""


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def split_blocks(text: str) -> list[list[str]]:
    """Group lines into blocks separated by blank lines; trailing spaces dropped."""
    blocks: list[list[str]] = []
    current: list[str] = []
    for line in text.split("\n"):
        if line.strip():
            current.append(line.rstrip())
        elif current:
            blocks.append(current)
            current = []
    if current:
        blocks.append(current)
    return blocks


def _split_by_indent(lines: list[str]) -> list[list[str]]:
    if len(lines) < 2:
        return [lines]
    hanging = _indent(lines[0]) < _indent(lines[1])
    first_line_indent = _indent(lines[0]) > _indent(lines[1])
    paragraphs: list[list[str]] = [[lines[0]]]
    for previous, line in zip(lines, lines[1:], strict=False):
        starts_new = (hanging and _indent(line) < _indent(previous)) or (
            first_line_indent and _indent(line) > _indent(previous)
        )
        if starts_new:
            paragraphs.append([line])
        else:
            paragraphs[-1].append(line)
    return paragraphs


def reflow(lines: list[str]) -> str:
    """Join hard-wrapped lines into one line, mending hyphenation at the line ends."""
    text = ""
    for raw in lines:
        line = raw.strip()
        if not text:
            text = line
            continue
        if text.endswith("-") and len(text) > 1 and text[-2].isalpha():
            first_word = _WORD.match(line)
            word = first_word.group(0) if first_word else ""
            if word[:1].isupper() or word.isdigit():
                text += line
            elif word.lower() in _SUSPENDING_WORDS:
                text += " " + line
            else:
                text = text[:-1] + line
        else:
            text += " " + line
    return re.sub(r" {2,}", " ", text)


def raw_paragraphs(text: str) -> list[_RawParagraph]:
    """The paragraphs of a plain text, each with its lines and its first line's indent."""
    result = []
    for block in split_blocks(text):
        parts = _split_by_indent(block)
        for part in parts:
            result.append(_RawParagraph(part, _indent(part[0]), standalone=len(parts) == 1))
    return result


def looks_like_heading(paragraph: _RawParagraph) -> bool:
    """One short, unpunctuated line standing alone."""
    if len(paragraph.lines) != 1 or not paragraph.standalone:
        return False
    line = paragraph.lines[0].strip()
    if len(line) > HEADING_MAX_CHARS or len(line.split()) > HEADING_MAX_WORDS:
        return False
    if line.endswith(_SENTENCE_END) or not (line[0].isupper() or line[0].isdigit()):
        return False
    return any(ch.isalpha() for ch in line)


def heading_levels(indents: list[int]) -> dict[int, int]:
    """Map each distinct heading indentation to an outline level, shallowest first."""
    return {indent: level for level, indent in enumerate(sorted(set(indents)), start=1)}


def parse_plain_text(text: str) -> list[Block]:
    """Parse a plain text into paragraph and heading blocks."""
    paragraphs = raw_paragraphs(text)
    headings = [looks_like_heading(p) for p in paragraphs]
    levels = heading_levels([p.indent for p, h in zip(paragraphs, headings, strict=True) if h])
    blocks = []
    for paragraph, is_heading in zip(paragraphs, headings, strict=True):
        if is_heading:
            title = paragraph.lines[0].strip()
            blocks.append(Block(BlockKind.HEADING, title, level=levels[paragraph.indent]))
        else:
            blocks.append(Block(BlockKind.PARAGRAPH, reflow(paragraph.lines)))
    return blocks
