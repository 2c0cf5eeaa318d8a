"""The intermediate form every format is parsed into before the text is assembled."""

from __future__ import annotations

from dataclasses import dataclass, field

from documents.model import BlockKind


@dataclass(slots=True)
class Block:
    """One paragraph or heading, already re-flowed onto a single line."""

    kind: BlockKind
    text: str
    level: int = 1
    truncated: bool = False
    language: str | None = None
    """Set when the block belongs to an excerpt in another language than the document's."""
    section_label: str = ""
    """The label of the excerpt section this block opens (the first block of the run)."""


@dataclass(slots=True)
class ParsedText:
    """What a format parser found: blocks plus metadata the text itself declared."""

    blocks: list[Block]
    title: str = ""
    published: str = ""
    language: str = ""
    notes: list[str] = field(default_factory=list)
    """What cleaning removed or decided, for ``--verbose`` output and tests."""
