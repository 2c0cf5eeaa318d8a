"""``reader meta ID [--set key=value]…``: show or correct a document's metadata."""

from __future__ import annotations

import argparse
from dataclasses import asdict
from typing import Any

from rich.table import Table
from rich.text import Text

from documents.errors import DocumentError
from reader.cli.output import add_document_id, add_json_flag, console, emit_json, fail
from reader.library import EDITABLE_FIELDS, LibraryEntry, open_library
from reader.library.dating import DATE_SOURCES, date_source


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "meta", help="show or correct a document's metadata (corrections survive re-import)"
    )
    add_document_id(parser)
    parser.add_argument(
        "--set",
        action="append",
        default=[],
        metavar="KEY=VALUE",
        help=f"correct a field ({', '.join(EDITABLE_FIELDS)}); an empty value clears it",
    )
    parser.add_argument(
        "--reset",
        action="append",
        default=[],
        metavar="KEY",
        help="undo your correction of a field: back to what the file says",
    )
    add_json_flag(parser)
    parser.set_defaults(func=run)


def entry_json(entry: LibraryEntry, published_from: str = "") -> dict[str, Any]:
    return {
        "id": entry.id,
        "meta": asdict(entry.meta),
        "published_from": published_from or None,
        "detected": asdict(entry.detected) if entry.detected else None,
        "corrections": entry.corrections,
        "bundled": entry.bundled,
    }


def run(args: argparse.Namespace) -> int:
    library = open_library()
    try:
        entry = library.entry(args.id)
        for assignment in args.set:
            key, sep, value = assignment.partition("=")
            if not sep:
                return fail(f"--set needs KEY=VALUE, not {assignment!r}")
            entry = library.set_meta(args.id, key.strip(), value)
        for key in args.reset:
            entry = library.reset_meta(args.id, key.strip())
        published_from = date_source(library, entry)
    except DocumentError as error:
        return fail(str(error))
    if args.json:
        return emit_json(entry_json(entry, published_from))
    corrected = [key for key in asdict(entry.meta) if key in entry.corrections]
    table = Table("field", "value", *(["by you"] if corrected else []))
    for key, value in asdict(entry.meta).items():
        mark = ["corrected" if key in corrected else ""] if corrected else []
        shown = Text(value)
        if key == "published" and published_from == "file":
            shown.append(f"  ({DATE_SOURCES[published_from]})", style="dim")
        table.add_row(key, shown, *mark)
    console.print(table)
    return 0
