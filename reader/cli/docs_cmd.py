"""``reader docs``: list the documents of the library."""

from __future__ import annotations

import argparse
from typing import Any

from rich.table import Table
from rich.text import Text

from documents.model import Document
from reader.cli.output import add_json_flag, console, emit_json, fail
from reader.library import Library, open_library
from reader.notes.counts import note_counts


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


def library_rows(library: Library) -> list[dict[str, Any]]:
    """Each loadable document's summary with its library facts and note count."""
    documents = library.documents()
    counts = note_counts(documents)
    rows = []
    for document in documents:
        entry = library.entry(document.id)
        rows.append(
            {
                **document_summary(document),
                "bundled": entry.bundled,
                "origin": entry.origin or None,
                "size": entry.size,
                "added": entry.added or None,
                "version": entry.version,
                "notes": counts[document.id],
            }
        )
    return rows


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("docs", help="list the documents in the library")
    add_json_flag(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    library = open_library()
    rows = library_rows(library)
    for problem in library.problems:
        fail(problem)
    if args.json:
        return emit_json(rows)
    table = Table("id", "title", "lang", "published", "publisher", "chars", "notes")
    for row in rows:
        table.add_row(
            *(Text(str(row[k])) for k in ("id", "title", "language", "published", "publisher")),
            str(row["chars"]),
            str(row["notes"]),
        )
    console.print(table)
    return 0
