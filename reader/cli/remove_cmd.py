"""``reader remove ID``: take a document out of the library (its notes stay)."""

from __future__ import annotations

import argparse
from typing import Any

from rich.text import Text

from documents.errors import DocumentError
from reader.cli.output import add_document_id, add_json_flag, console, emit_json, fail
from reader.library import open_library


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "remove", help="take a document out of the library (its notes stay, as orphans)"
    )
    add_document_id(parser)
    add_json_flag(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    try:
        entry = open_library().remove(args.id)
    except DocumentError as error:
        return fail(str(error))
    back = "`reader add --seeds`" if entry.bundled else "adding the same file again"
    if args.json:
        return emit_json({"removed": entry.id, "title": entry.meta.title, "bundled": entry.bundled})
    message = f"removed {entry.id} ({entry.meta.title}); its notes stay; {back} restores it"
    console.print(Text(message), soft_wrap=True)
    return 0
