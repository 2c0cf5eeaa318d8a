"""A JSON cache of parsed documents keyed by content hash: parsing and sentence splitting
are the slow part of opening a document, and a file's bytes determine their result."""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path
from typing import Any

from documents.atomic import write_atomic
from documents.blocks import ParsedText
from documents.model import BlockKind, Heading, Paragraph, Section, SectionRole, Span

PIPELINE_VERSION = 6
"""Bump when cleaning or splitting changes, so stale cache entries are ignored."""


class ParsedCache:
    """Parsed structure of documents on disk, one JSON file per content hash."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory

    def _path(self, content_hash: str) -> Path:
        return self.directory / f"{content_hash}.v{PIPELINE_VERSION}.json"

    def get(self, content_hash: str) -> dict[str, Any] | None:
        try:
            record = json.loads(self._path(content_hash).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        return record if isinstance(record, dict) else None

    def put(self, content_hash: str, record: dict[str, Any]) -> None:
        """Write atomically, so a crash never leaves a half-written entry behind."""
        try:
            self.directory.mkdir(parents=True, exist_ok=True)
            write_atomic(self._path(content_hash), json.dumps(record, ensure_ascii=False))
        except OSError:
            return


def to_record(
    parsed: ParsedText,
    text: str,
    parts: tuple[list[Paragraph], list[Span], list[Heading], list[Section]],
    warnings: list[str],
) -> dict[str, Any]:
    paragraphs, sentences, outline, sections = parts
    return {
        "title": parsed.title,
        "published": parsed.published,
        "language": parsed.language,
        "notes": parsed.notes,
        "warnings": warnings,
        "text": text,
        "paragraphs": [[p.start, p.end, p.kind.value, p.truncated] for p in paragraphs],
        "sentences": [[s.start, s.end] for s in sentences],
        "outline": [asdict(h) for h in outline],
        "sections": [[s.start, s.end, s.role.value, s.language, s.label] for s in sections],
    }


def from_record(
    record: dict[str, Any],
) -> tuple[list[Paragraph], list[Span], list[Heading], list[Section]]:
    return (
        [Paragraph(s, e, BlockKind(k), t) for s, e, k, t in record["paragraphs"]],
        [Span(s, e) for s, e in record["sentences"]],
        [Heading(**h) for h in record["outline"]],
        [Section(s, e, SectionRole(r), lang, label) for s, e, r, lang, label in record["sections"]],
    )
