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
* The first paragraph (or the second, under a one-line heading such as a date line) is a
  heading, the title, also when it is two or three short lines without a final stop
  before a paragraph of longer lines: a title that was wrapped.
* A rule (a line of only dashes, underscores or box lines) followed by a line that opens
  with a footnote mark (``¹``, ``1``, ``[1]``, ``*``, ``†``) starts footnotes: the rule
  goes, and each footnote is a paragraph of its own, never a heading. The marks in the
  body stay as they are: they are the reader's only pointer to the note.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from documents.blocks import Block
from documents.model import BlockKind

HEADING_MAX_CHARS = 90
HEADING_MAX_WORDS = 12
_ENDS_NO_HEADING = tuple(".!;:,…")
"""How a heading's (last) line never ends."""
_ENDS_NO_TITLE_LINE = tuple(".!?;,…")
"""How a wrapped title's lines never end (a letter's salutation ends with a comma)."""
_SUSPENDING_WORDS = frozenset(
    {"und", "oder", "bzw", "sowie", "bis", "als", "wie", "and", "or", "nor", "to", "as"}
)
_WORD = re.compile(r"\w+")
_RULE = re.compile(r"[-_–—―‒─━═‗⎯]{3,}")
_RULE_LINE = re.compile(r"\n[ \t]*[-_–—―‒─━═‗⎯]{3,}[ \t]*(?=\n|\Z)")
"""A rule on a line of its own, found from the newline before it (so the regex engine skips
from newline to newline; a rule on a text's first line has no body to set notes apart from)."""
_FOOTNOTE = re.compile(r"(?:[¹²³⁰⁴-⁹]+\s*|\d{1,3}\)?\s+|\[\d{1,3}\]\s*|\*{1,3}\s*|[†‡]\s*)\w")
"""A line that opens with a footnote's mark."""
_NOTE_END = tuple(".!?…)\"'»«“”")
TITLE_MAX_LINES = 3
TITLE_LINE_MAX_CHARS = 60
"""A wrapped title's lines are at most this long and shorter than the text's lines."""
TITLE_BODY_MIN_CHARS = 40
"""The paragraph under a wrapped title has lines at least this long on average: prose."""


@dataclass(slots=True)
class _RawParagraph:
    lines: list[str]
    indent: int
    standalone: bool
    """The paragraph is a whole block: blank lines (or the file's edges) on both sides."""
    footnote: bool = False
    """A footnote below a rule: a paragraph, however short."""


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


def _opens_footnote(line: str) -> bool:
    return _FOOTNOTE.match(line.lstrip()) is not None


def _footnotes(lines: list[str]) -> list[list[str]]:
    """Footnote lines split into one list per footnote, each opening with its mark. A line
    that opens with a number goes on the note before unless that one ended with a stop
    (a wrapped sentence may go on with "12 men came back")."""
    notes: list[list[str]] = []
    for line in lines:
        if notes and not (_opens_footnote(line) and notes[-1][-1].rstrip().endswith(_NOTE_END)):
            notes[-1].append(line)
        else:
            notes.append([line])
    return notes


def _rule_at(block: list[str], following: list[str] | None) -> int | None:
    """Where a footnote rule stands in ``block`` (``following`` is the next block)."""
    for index, line in enumerate(block):
        if _RULE.fullmatch(line.strip()):
            after = block[index + 1] if index + 1 < len(block) else (following or [""])[0]
            if _opens_footnote(after):
                return index
    return None


def raw_paragraphs(text: str) -> list[_RawParagraph]:
    """The paragraphs of a plain text, each with its lines and its first line's indent."""
    blocks = split_blocks(text)
    if _RULE_LINE.search(text) is not None:  # one pass: most texts have no rule at all
        return _with_footnotes(blocks)
    result = []
    for block in blocks:
        parts = _split_by_indent(block)
        for part in parts:
            result.append(_RawParagraph(part, _indent(part[0]), standalone=len(parts) == 1))
    return result


def _with_footnotes(blocks: list[list[str]]) -> list[_RawParagraph]:
    """``raw_paragraphs`` of blocks among which a footnote rule may stand."""
    result = []
    in_notes = False
    for number, block in enumerate(blocks):
        if in_notes and _opens_footnote(block[0]):
            notes = block
        else:
            following = blocks[number + 1] if number + 1 < len(blocks) else None
            rule = _rule_at(block, following)
            in_notes = rule is not None
            if rule is None:
                result.extend(_indented_paragraphs(block))
                continue
            result.extend(_indented_paragraphs(block[:rule]))
            notes = block[rule + 1 :]
        for note in _footnotes(notes):
            result.append(_RawParagraph(note, _indent(note[0]), False, footnote=True))
    return result


def _indented_paragraphs(block: list[str]) -> list[_RawParagraph]:
    if not block:
        return []
    parts = _split_by_indent(block)
    return [_RawParagraph(part, _indent(part[0]), standalone=len(parts) == 1) for part in parts]


def looks_like_heading(paragraph: _RawParagraph) -> bool:
    """One short, unpunctuated line standing alone (and no footnote)."""
    if len(paragraph.lines) != 1 or not paragraph.standalone or paragraph.footnote:
        return False
    line = paragraph.lines[0].strip()
    if len(line) > HEADING_MAX_CHARS or len(line.split()) > HEADING_MAX_WORDS:
        return False
    if line.endswith(_ENDS_NO_HEADING) or not (line[0].isupper() or line[0].isdigit()):
        return False
    return any(ch.isalpha() for ch in line)


def wrapped_title(paragraphs: list[_RawParagraph], index: int = 0) -> bool:
    """Whether paragraph ``index`` is a title wrapped over two or three lines: short lines,
    no final stop, before a paragraph of at least three longer lines (a poem's couplet has
    a stanza of lines as short as its own after it)."""
    if len(paragraphs) < index + 2:
        return False
    title, following = paragraphs[index], paragraphs[index + 1]
    if not 2 <= len(title.lines) <= TITLE_MAX_LINES or not title.standalone:
        return False
    lines = [line.strip() for line in title.lines]
    body = [line.strip() for line in following.lines]
    longest = max(len(line) for line in lines)
    return (
        longest <= TITLE_LINE_MAX_CHARS
        and len(body) >= 3
        and sum(map(len, body)) / len(body) >= max(TITLE_BODY_MIN_CHARS, longest)
        and not any(line.endswith(_ENDS_NO_TITLE_LINE) for line in lines[:-1])
        and not lines[-1].endswith(_ENDS_NO_HEADING)
        and (lines[0][0].isupper() or lines[0][0].isdecimal())
    )


def heading_levels(indents: list[int]) -> dict[int, int]:
    """Map each distinct heading indentation to an outline level, shallowest first."""
    return {indent: level for level, indent in enumerate(sorted(set(indents)), start=1)}


def parse_plain_text(text: str) -> list[Block]:
    """Parse a plain text into paragraph and heading blocks."""
    paragraphs = raw_paragraphs(text)
    headings = [looks_like_heading(p) for p in paragraphs]
    for index in (0, 1):  # the title, or the title under a first line (a date line)
        if wrapped_title(paragraphs, index) and (index == 0 or headings[0]):
            headings[index] = True
            break
    levels = heading_levels([p.indent for p, h in zip(paragraphs, headings, strict=True) if h])
    blocks = []
    for paragraph, is_heading in zip(paragraphs, headings, strict=True):
        if is_heading:
            lines = paragraph.lines
            title = lines[0].strip() if len(lines) == 1 else reflow(lines)
            blocks.append(Block(BlockKind.HEADING, title, level=levels[paragraph.indent]))
        else:
            blocks.append(Block(BlockKind.PARAGRAPH, reflow(paragraph.lines)))
    return blocks
