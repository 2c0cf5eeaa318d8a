"""``reader meta ID [--set key=value]…``: show or correct a document's metadata."""

from __future__ import annotations

import argparse
from dataclasses import asdict
from typing import Any

from rich.table import Table
from rich.text import Text

from documents.errors import DocumentError
from reader.cli import output
from reader.cli.output import add_document_id, add_json_flag, emit_json, fail
from reader.library import (
    EDITABLE_FIELDS,
    REQUIRED_FIELDS,
    LibraryEntry,
    LibraryError,
    checked_meta,
    open_library,
)
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


def _check(key: str, value: str | None) -> None:
    """``checked_meta``, whose message for a required field names the flag that undoes a
    correction (the library's own message is the app's too, which has no flags)."""
    try:
        checked_meta(key, value)
    except LibraryError as error:
        if value is not None and not value.strip() and key in REQUIRED_FIELDS:
            raise LibraryError(f"{error}; `--reset {key}` goes back to the detected one") from None
        raise


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
    changes: list[tuple[str, str | None]] = []
    for assignment in args.set:
        key, sep, value = assignment.partition("=")
        if not sep:
            return fail(f"--set needs KEY=VALUE, not {assignment!r}")
        changes.append((key.strip(), value))
    changes += [(key.strip(), None) for key in args.reset]
    try:
        entry = library.entry(args.id)
        for key, value in changes:  # all checked before any is saved
            _check(key, value)
        for key, value in changes:
            if value is None:
                entry = library.reset_meta(args.id, key)
            else:
                entry = library.set_meta(args.id, key, value)
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
    output.console.print(table)
    return 0
