"""Markdown: headings become the outline; inline markup is reduced to its text.

The title is the first heading, as a Markdown author writes it (``# Title``), even when
sub-headings follow it directly; a YAML front matter ``title:`` comes first.
"""

from __future__ import annotations

import re

from markdown_it import MarkdownIt
from markdown_it.token import Token

from documents.blocks import Block, ParsedText
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
_TITLE_LINE = re.compile(r"^title:[ \t]*(.+?)[ \t]*$", re.MULTILINE | re.IGNORECASE)


def parse_markdown_document(text: str, language: str = "") -> ParsedText:
    """Blocks and title of a Markdown file (front matter is metadata, not text).

    The first heading is the title when no other heading is as high (sub-headings may
    follow it directly, or a badge line precede it); it then leaves the outline.
    """
    title = ""
    front = _FRONT_MATTER.match(text)
    if front:
        found = _TITLE_LINE.search(front.group(1))
        title = found.group(1).strip("\"'") if found else ""
        text = text[front.end() :]
    blocks = parse_markdown(text)
    notes = []
    headings = [i for i, block in enumerate(blocks) if block.kind is BlockKind.HEADING]
    if not title and headings:
        first = blocks[headings[0]]
        if all(blocks[i].level > first.level for i in headings[1:]):
            title = first.text
            del blocks[headings[0]]
            notes.append(f"title from the first heading: {title}")
    return ParsedText(blocks, title=title, language=language, notes=notes)


def parse_markdown(text: str) -> list[Block]:
    """Parse Markdown into heading and paragraph blocks."""
    tokens = MarkdownIt("commonmark").parse(text)
    blocks: list[Block] = []
    for index, token in enumerate(tokens):
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
