"""``reader show ID``: print a document, or its structure as JSON."""

from __future__ import annotations

import argparse
from dataclasses import asdict
from typing import Any

from rich.text import Text

from documents.errors import DocumentError
from documents.model import Document
from reader.cli import output
from reader.cli.docs_cmd import document_summary
from reader.cli.output import add_document_id, add_json_flag, emit_json, fail
from reader.library import open_library


def document_json(document: Document) -> dict[str, Any]:
    """The summary of ``reader docs`` plus the text and its structure."""
    return {
        **document_summary(document),
        "perspective": document.meta.perspective,
        "text": document.text,
        "outline": [
            {"level": h.level, "title": h.title, "start": h.start} for h in document.outline
        ],
        "paragraphs": [
            {"start": p.start, "end": p.end, "kind": p.kind.value, "truncated": p.truncated}
            for p in document.paragraphs
        ],
        "sentences": [{"start": s.start, "end": s.end} for s in document.sentences],
        "sections": [{**asdict(s), "role": s.role.value} for s in document.sections],
        "warnings": document.warnings,
    }


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("show", help="print a document (with --json: its structure)")
    add_document_id(parser)
    add_json_flag(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    try:
        document = open_library().get(args.id)
    except DocumentError as error:
        return fail(str(error))
    if args.json:
        return emit_json(document_json(document))
    output.console.print(Text(document.title, style="bold"))
    for paragraph in document.paragraphs:
        chunk = document.text[paragraph.start : paragraph.end]
        style = {"heading": "bold underline", "lead": "italic"}.get(paragraph.kind.value, "")
        suffix = " […]" if paragraph.truncated else ""
        output.console.print(Text(chunk + suffix, style=style), end="\n\n")
    return 0
