"""Markdown: headings become the outline; inline markup is reduced to its text."""

from __future__ import annotations

from markdown_it import MarkdownIt
from markdown_it.token import Token

from documents.blocks import Block
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
