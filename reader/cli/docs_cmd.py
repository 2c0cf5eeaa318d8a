"""``reader docs``: list the documents of the library."""

from __future__ import annotations

import argparse
from typing import Any

from rich.table import Table
from rich.text import Text

from documents.model import Document
from reader.cli.output import add_json_flag, console, emit_json, fail
from reader.library import open_library


def document_summary(document: Document) -> dict[str, Any]:
    return {
        "id": document.id,
        "title": document.title,
        "language": document.language,
        "published": document.published,
        "publisher": document.meta.publisher,
        "path": str(document.path) if document.path else None,
        "chars": len(document.text),
        "sentences": len(document.sentences),
    }


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("docs", help="list the documents in the library")
    add_json_flag(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    library = open_library()
    documents = library.documents()
    for problem in library.problems:
        fail(problem)
    rows = [document_summary(d) for d in documents]
    if args.json:
        return emit_json(rows)
    table = Table("id", "title", "lang", "published", "publisher", "chars", "sentences")
    for row in rows:
        table.add_row(
            *(Text(str(row[k])) for k in ("id", "title", "language", "published", "publisher")),
            str(row["chars"]),
            str(row["sentences"]),
        )
    console.print(table)
    return 0
