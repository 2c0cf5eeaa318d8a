"""``reader docs``: list the documents of the library."""

from __future__ import annotations

import argparse
from typing import Any

from rich.table import Column, Table
from rich.text import Text

from documents.model import Document
from reader.cli import output
from reader.cli.output import add_json_flag, emit_json, warn, whole_column
from reader.library import Library, LibraryEntry, open_library
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


def _entry_summary(entry: LibraryEntry) -> dict[str, Any]:
    """A document's summary from its library entry alone (a hidden one, or one that does not
    load): its size in characters and sentences is not known (None)."""
    return {
        "id": entry.id,
        "title": entry.meta.title,
        "language": entry.meta.language,
        "published": entry.meta.published,
        "publisher": entry.meta.publisher,
        "author": entry.meta.author,
        "path": str(entry.path),
        "chars": None,
        "sentences": None,
    }


def library_rows(library: Library, *, everything: bool = False) -> list[dict[str, Any]]:
    """Each shown document's summary with its library facts and note count; with
    ``everything`` the hidden ones too (older versions, removed documents), each row saying
    which it is under ``status`` and, for an older version, its ``newer`` version's id.

    Only the shown documents are loaded (their size is listed); a hidden one, or a shown one
    that does not load, is listed from its entry, also when its file is gone
    (``file_missing``)."""
    older = library.older_versions()
    summaries: dict[str, dict[str, Any]] = {}
    hashes: dict[str, str | None] = {}
    for entry in library.entries if everything else library.visible():
        if entry.hidden:
            summaries[entry.id] = _entry_summary(entry)
            hashes[entry.id] = library.content_hash(entry.id)
        elif (document := library.loaded(entry.id)) is not None:
            summaries[entry.id] = document_summary(document)
            hashes[entry.id] = document.content_hash
        else:  # shown but unreadable (its file is gone): listed all the same
            summaries[entry.id] = _entry_summary(entry)
            hashes[entry.id] = library.content_hash(entry.id)
    counts = note_counts(hashes)
    rows = []
    for doc_id, summary in summaries.items():
        entry = library.entry(doc_id)
        status = "older version" if entry.id in older else "removed" if entry.hidden else "shown"
        rows.append(
            {
                **summary,
                "bundled": entry.bundled,
                "origin": entry.origin or None,
                "size": entry.size,
                "added": entry.added or None,
                "version": entry.version,
                "notes": counts[doc_id],
                "status": status,
                "newer": older.get(entry.id),
                "file_missing": not entry.path.is_file(),
            }
        )
    return rows


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("docs", help="list the documents in the library")
    parser.add_argument(
        "--all",
        action="store_true",
        help="also older versions put aside by a re-add (ID-v1) and removed documents",
    )
    add_json_flag(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    library = open_library()
    rows = library_rows(library, everything=args.all)
    for problem in library.problems:
        warn(problem, style="red", prefix="reader: ")
    if args.json:
        return emit_json(rows)
    published = [str(row["published"])[:10] for row in rows]
    wide = output.console.width >= WIDE_ENOUGH_FOR_PUBLISHER
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
            _title_cell(row),
            Text(str(row["language"])),
            Text(day),
            *publisher,
            "" if row["chars"] is None else str(row["chars"]),
            str(row["notes"]),
        )
    output.console.print(table)
    return 0


def _title_cell(row: dict[str, Any]) -> Text:
    """The title, after what a hidden document is ("older version of ID" or "removed") and
    whether its file is gone."""
    cell = Text()
    if row["newer"]:
        cell.append(f"(older version of {row['newer']}) ", style="dim")
    elif row["status"] == "removed":
        cell.append("(removed) ", style="dim")
    if row["file_missing"]:
        cell.append("(file missing) ", style="dim")
    return cell.append(str(row["title"]))
