"""Markdown: headings become the outline; inline markup is reduced to its text.

The title is the first heading, as a Markdown author writes it (``# Title``), even when
sub-headings follow it directly; a YAML front matter ``title:`` comes first, and its
``date:`` and ``lang:`` are the document's date and language. A table's rows are lines of
their own (GitHub-flavoured tables: without them a table ran together into one paragraph
of pipes and dashes).
"""

from __future__ import annotations

import re

from markdown_it import MarkdownIt
from markdown_it.token import Token

from documents.blocks import Block, ParsedText, table_row
from documents.dateparse import parse_published
from documents.formats.common import language_code
from documents.model import BlockKind


def _inline_text(token: Token) -> str:
    """The visible text of an inline token: links and emphasis lose their markup."""
    pieces = []
    for child in token.children or []:
        if child.type in {"text", "code_inline"}:
            pieces.append(child.content)
        elif child.type in {"softbreak", "hardbreak"}:
            pieces.append(" ")
        elif child.type == "image":
            pieces.append(child.content)
    return " ".join("".join(pieces).split())


_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
_FIELD_LINE = re.compile(r"^([A-Za-z_]+):[ \t]*(.+?)[ \t]*$", re.MULTILINE)
_DATE_FIELDS = ("date", "published")
_LANGUAGE_FIELDS = ("lang", "language")


def _front_matter(block: str) -> dict[str, str]:
    """The one-line ``key: value`` fields of a YAML front matter, keys lower-cased and quotes
    taken off the values (lists and nested maps are not metadata the reader shows)."""
    return {key.lower(): value.strip("\"'") for key, value in _FIELD_LINE.findall(block)}


def parse_markdown_document(text: str, language: str = "") -> ParsedText:
    """Blocks and title of a Markdown file (front matter is metadata, not text).

    The first heading is the title when no other heading is as high (sub-headings may
    follow it directly, or a badge line precede it); it then leaves the outline.
    """
    fields: dict[str, str] = {}
    front = _FRONT_MATTER.match(text)
    if front:
        fields = _front_matter(front.group(1))
        text = text[front.end() :]
    title = fields.get("title", "")
    declared = next((language_code(fields[k]) for k in _LANGUAGE_FIELDS if k in fields), "")
    language = declared or language
    date = next((fields[k] for k in _DATE_FIELDS if k in fields), "")
    published = parse_published(date, language or "en") if date else ""
    blocks = parse_markdown(text)
    notes = []
    headings = [i for i, block in enumerate(blocks) if block.kind is BlockKind.HEADING]
    if not title and headings:
        first = blocks[headings[0]]
        if all(blocks[i].level > first.level for i in headings[1:]):
            title = first.text
            del blocks[headings[0]]
            notes.append(f"title from the first heading: {title}")
    return ParsedText(blocks, title=title, published=published, language=language, notes=notes)


def parse_markdown(text: str) -> list[Block]:
    """Parse Markdown into heading and paragraph blocks (a table row is a paragraph)."""
    tokens = MarkdownIt("commonmark").enable("table").parse(text)
    blocks: list[Block] = []
    cells: list[str] = []
    for index, token in enumerate(tokens):
        if token.type in {"th_open", "td_open"}:
            cells.append(_inline_text(tokens[index + 1]))
        elif token.type == "tr_close":
            row = table_row(cells)
            if row is not None:
                blocks.append(row)
            cells = []
        if token.type == "heading_open":
            content = _inline_text(tokens[index + 1])
            if content:
                blocks.append(Block(BlockKind.HEADING, content, level=int(token.tag[1])))
        elif token.type == "paragraph_open":
            content = _inline_text(tokens[index + 1])
            if content:
                blocks.append(Block(BlockKind.PARAGRAPH, content))
        elif token.type in {"fence", "code_block"} and token.content.strip():
            blocks.append(Block(BlockKind.PARAGRAPH, " ".join(token.content.split())))
    return blocks
