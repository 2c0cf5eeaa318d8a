"""Assemble parsed blocks into the document text and its ranges."""

from __future__ import annotations

from documents.blocks import Block
from documents.model import BlockKind, Heading, Paragraph, Section, SectionRole, Span
from documents.sentences import split_sentences

PARAGRAPH_SEPARATOR = "\n\n"
_WHOLE = frozenset({BlockKind.HEADING, BlockKind.CODE})
"""Blocks that are one sentence each: a heading, and code (whose lines are no sentences)."""


def _sections(blocks: list[Block], ranges: list[tuple[int, int]], language: str) -> list[Section]:
    sections: list[Section] = []
    for block, (start, end) in zip(blocks, ranges, strict=True):
        role = block.role
        if role is SectionRole.BODY and block.language:
            role = SectionRole.EXCERPT
        block_language = block.language or language
        last = sections[-1] if sections else None
        if (
            last
            and last.role is role
            and last.language == block_language
            and not block.section_label
        ):
            sections[-1] = Section(last.start, end, role, block_language, last.label)
        else:
            sections.append(Section(start, end, role, block_language, block.section_label))
    return sections


def assemble(
    blocks: list[Block], language: str
) -> tuple[str, list[Paragraph], list[Span], list[Heading], list[Section]]:
    """Join blocks into one text; return it with paragraphs, sentences, outline and sections."""
    parts: list[str] = []
    ranges: list[tuple[int, int]] = []
    cursor = 0
    for block in blocks:
        if parts:
            cursor += len(PARAGRAPH_SEPARATOR)
        parts.append(block.text)
        ranges.append((cursor, cursor + len(block.text)))
        cursor += len(block.text)
    text = PARAGRAPH_SEPARATOR.join(parts)
    paragraphs, sentences, outline = [], [], []
    for block, (start, end) in zip(blocks, ranges, strict=True):
        paragraphs.append(Paragraph(start, end, block.kind, block.truncated))
        if block.kind is BlockKind.HEADING:
            outline.append(Heading(block.level, block.text, start, end))
        if block.kind in _WHOLE:
            sentences.append(Span(start, end))
            continue
        for s, e in split_sentences(block.text, block.language or language):
            sentences.append(Span(start + s, start + e))
    return text, paragraphs, sentences, outline, _sections(blocks, ranges, language)
