"""``reader remove ID``: take a document out of the library (its notes stay); an older
version put aside by a re-add (``ID-v1``) is deleted for good."""

from __future__ import annotations

import argparse
from typing import Any

from rich.text import Text

from documents.errors import DocumentError
from reader.cli import output
from reader.cli.output import add_document_id, add_json_flag, emit_json, fail
from reader.library import Library, open_library


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "remove", help="take a document out of the library (its notes stay, as orphans)"
    )
    add_document_id(parser)
    add_json_flag(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    library = open_library()
    newer = library.older_versions().get(args.id)
    if newer is not None:
        return _delete_older(args, library, newer)
    try:
        entry = library.remove(args.id)
    except DocumentError as error:
        return fail(str(error))
    back = "`reader add --seeds`" if entry.bundled else "adding the same file again"
    if args.json:
        return emit_json(
            {
                "removed": entry.id,
                "title": entry.meta.title,
                "bundled": entry.bundled,
                "deleted": False,  # as for an older version, deleted for good: one schema
            }
        )
    message = f"removed {entry.id} ({entry.meta.title}); its notes stay; {back} restores it"
    output.console.print(Text(message), soft_wrap=True)
    return 0


def _delete_older(args: argparse.Namespace, library: Library, newer: str) -> int:
    """Delete an older version for good (it was hidden already: removing it again would
    change nothing)."""
    try:
        entry = library.delete_older_version(args.id)
    except DocumentError as error:
        return fail(str(error))
    if args.json:
        return emit_json(
            {"removed": entry.id, "title": entry.meta.title, "bundled": False, "deleted": True}
        )
    message = f"deleted {entry.id}, the older version of {newer}; notes left on it stay"
    output.console.print(Text(message), soft_wrap=True)
    return 0
