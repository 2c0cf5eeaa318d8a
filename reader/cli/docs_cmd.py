"""``reader docs``: list the documents of the library."""

from __future__ import annotations

import argparse
from typing import Any

from rich.table import Column, Table
from rich.text import Text

from documents.model import Document
from reader.cli.output import add_json_flag, console, emit_json, fail, whole_column
from reader.library import Library, open_library
from reader.notes.counts import note_counts

WIDE_ENOUGH_FOR_PUBLISHER = 100
"""Below this many columns the publisher is left out (``--json`` has it) so titles stay legible."""


def document_summary(document: Document) -> dict[str, Any]:
    return {
        "id": document.id,
        "title": document.title,
        "language": document.language,
        "published": document.published,
        "publisher": document.meta.publisher,
        "author": document.meta.author,
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
    published = [str(row["published"])[:10] for row in rows]
    wide = console.width >= WIDE_ENOUGH_FOR_PUBLISHER
    table = Table(
        whole_column("id", [row["id"] for row in rows], share=0.4),
        Column("title", ratio=2),
        "lang",
        whole_column("published", published),
        *([Column("publisher", ratio=1)] if wide else []),
        "chars",
        "notes",
    )
    for row, day in zip(rows, published, strict=True):
        publisher = [Text(str(row["publisher"]))] if wide else []
        table.add_row(
            Text(row["id"]),
            Text(str(row["title"])),
            Text(str(row["language"])),
            Text(day),
            *publisher,
            str(row["chars"]),
            str(row["notes"]),
        )
    console.print(table)
    return 0
