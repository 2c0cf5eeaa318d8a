"""``reader index``: report on the search index, bring it up to date, or rebuild it."""

from __future__ import annotations

import argparse
from dataclasses import asdict
from typing import Any

from rich.table import Table
from rich.text import Text

from documents.errors import DocumentError
from index import SearchIndexError, SyncReport
from reader.cli import output
from reader.cli.output import add_json_flag, emit_json, fail, warn
from reader.services import Services


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("index", help="update the search index and show its state")
    parser.add_argument("--rebuild", action="store_true", help="build it again from scratch")
    add_json_flag(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    try:
        services = Services(give_back_memory=False)  # the process ends after the sync
        library = services.library
        report = services.sync_index(rebuild=args.rebuild)
        status = services.search_index.status()
    except (SearchIndexError, DocumentError, OSError) as error:
        return fail(str(error))
    for line in [*library.problems, *report.warnings]:
        warn(line)
    if args.json:
        return emit_json(
            {
                "status": {**asdict(status), "path": str(status.path)},
                "sync": asdict(report),
            }
        )
    if report.notice:
        output.console.print(Text(report.notice, style="yellow"))
    table = Table(show_header=False, box=None)
    for label, value in (
        ("state", status.state),
        ("documents", str(status.documents)),
        ("sentences", str(status.sentences)),
        ("size", f"{status.size_bytes / 1e6:.1f} MB"),
        ("path", str(status.path)),
        ("this run", _summary(report)),
    ):
        table.add_row(label, Text(value))
    output.console.print(table)
    return 1 if report.busy else 0


def _summary(report: SyncReport) -> str:
    if report.busy:
        return "skipped: another process is updating the index"
    counts = (
        f"{len(report.added)} added, {len(report.changed)} changed, "
        f"{len(report.removed)} removed, {report.unchanged} unchanged"
    )
    return ("rebuilt: " if report.rebuilt else "") + counts
