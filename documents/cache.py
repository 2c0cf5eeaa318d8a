"""A JSON cache of parsed documents keyed by content hash: parsing and sentence splitting
are the slow part of opening a document, and a file's bytes determine their result."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import asdict
from pathlib import Path
from typing import Any

from documents.atomic import write_atomic_parts
from documents.blocks import ParsedText
from documents.model import (
    BlockKind,
    Heading,
    Paragraph,
    Removal,
    Section,
    SectionRole,
    Span,
    Spans,
)

PIPELINE_VERSION = 60
"""Bump when cleaning, splitting or metadata change, so stale cache entries are ignored."""


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
            write_atomic_parts(self._path(content_hash), _json_parts(record))
        except OSError:
            return


TEXT_CHUNK = 1 << 20
"""Characters of a document's text encoded as JSON at a time when its entry is written."""


def _json_parts(record: dict[str, Any]) -> Iterator[str]:
    """``json.dumps(record)`` in pieces: the document text, most of the entry, is escaped a
    megabyte at a time instead of as one string beside the text itself (the peak memory of
    adding a 20 MB document)."""
    rest = {key: value for key, value in record.items() if key != "text"}
    if "text" not in record:
        yield json.dumps(rest, ensure_ascii=False)
        return
    head = json.dumps(rest, ensure_ascii=False)[:-1]
    yield (head + ", " if rest else head) + '"text": "'
    text = record["text"]
    for start in range(0, len(text), TEXT_CHUNK):
        yield json.dumps(text[start : start + TEXT_CHUNK], ensure_ascii=False)[1:-1]
    yield '"}'


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
        "author": parsed.author,
        "language": parsed.language,
        "notes": parsed.notes,
        "removed": [[r.what, r.count, list(r.examples)] for r in parsed.removed],
        "byline": None if parsed.byline is None else _span(paragraphs[parsed.byline]),
        "warnings": warnings,
        "text": text,
        "paragraphs": [[p.start, p.end, p.kind.value, p.truncated] for p in paragraphs],
        "sentences": [[s.start, s.end] for s in sentences],
        "outline": [asdict(h) for h in outline],
        "sections": [[s.start, s.end, s.role.value, s.language, s.label] for s in sections],
    }


def _span(paragraph: Paragraph) -> list[int]:
    return [paragraph.start, paragraph.end]


def byline_span(record: dict[str, Any]) -> Span | None:
    """Where the record's byline stands in its text (see ``to_record``)."""
    return None if record["byline"] is None else Span(*record["byline"])


def removals(record: dict[str, Any]) -> list[Removal]:
    """What cleaning took out of the record's text (see ``to_record``)."""
    return [Removal(what, count, tuple(examples)) for what, count, examples in record["removed"]]


def from_record(
    record: dict[str, Any],
) -> tuple[list[Paragraph], Spans, list[Heading], list[Section]]:
    return (
        [Paragraph(s, e, BlockKind(k), t) for s, e, k, t in record["paragraphs"]],
        Spans.of_pairs(record["sentences"]),
        [Heading(**h) for h in record["outline"]],
        [Section(s, e, SectionRole(r), lang, label) for s, e, r, lang, label in record["sections"]],
    )
