"""``reader add PATH…``: add files and folders to the library (and ``--seeds`` back)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rich.text import Text

from documents.errors import DocumentError
from documents.reading import encoding_name
from reader.cli import output
from reader.cli.note_lines import clean_cell
from reader.cli.output import add_json_flag, emit_json, fail
from reader.library import AddReport, open_library
from reader.library.dating import DATE_SOURCES
from reader.library.versions import carry_notes_after_adding

if TYPE_CHECKING:
    from reader.notes.versions import CarriedOver


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "add", help="add documents (.txt, .md, .html, .pdf, .epub; folders recursively)"
    )
    parser.add_argument("paths", nargs="*", type=Path, metavar="PATH", help="files or folders")
    parser.add_argument(
        "--seeds", action="store_true", help="bring back the bundled documents you removed"
    )
    add_json_flag(parser)
    parser.set_defaults(func=run)


def carried_json(result: CarriedOver) -> dict[str, Any]:
    return {
        "previous": result.previous,
        "current": result.current,
        "in_place": result.in_place,
        "moved": [note.id for note in result.moved],
        "left": [note.id for note in result.left],
        "reworded": [note.id for note in result.reworded],
    }


def report_json(report: AddReport, seeds: list[str]) -> dict[str, Any]:
    return {
        "added": [
            {
                "id": a.id,
                "path": str(a.path),
                "title": a.title,
                "status": a.status,
                "encoding": a.encoding or None,
                "replaces": a.replaces or None,
                "removed": [
                    {"what": r.what, "count": r.count, "examples": list(r.examples)}
                    for r in a.removed
                ],
                "file_date": a.file_date or None,
            }
            for a in report.added
        ],
        "skipped": [
            {"path": str(s.path), "reason": s.reason, "duplicate": s.duplicate}
            for s in report.skipped
        ],
        "seeds_restored": seeds,
        "notes": [carried_json(c) for c in report.carried],
        "summary": report.summary(),
    }


def run(args: argparse.Namespace) -> int:
    if not args.paths and not args.seeds:
        return fail("nothing to add: give files or folders, or --seeds")
    library = open_library()
    try:
        seeds = library.restore_seeds() if args.seeds else []
        report = library.add(args.paths)
    except DocumentError as error:
        return fail(str(error))
    code = 1 if report.failed else 0
    carry_notes_after_adding(library, report)
    if args.json:
        emit_json(report_json(report, seeds))  # after carrying: it lists the notes
        for skipped in report.skipped:  # the README's promise: each error on stderr too
            if not skipped.duplicate:
                fail(f"skipped {skipped.path}: {skipped.reason}", code)
        return code
    for seed in seeds:
        output.console.print(Text(f"restored  {seed}"))
    for item in report.added:
        line = Text(f"{item.status:<11} {item.id}  {item.title}")
        if item.encoding:
            line.append(f"  (read as {encoding_name(item.encoding)})", style="dim")
        if item.replaces:
            line.append(
                f"  (the old version is put aside as {item.replaces}: `reader docs --all`"
                f" lists it, `reader remove {item.replaces}` deletes it)",
                style="dim",
            )
        output.console.print(line, soft_wrap=True)
        for removal in item.removed:  # what cleaning took out, so nothing goes unsaid
            output.console.print(
                Text(f"            {removal.describe()}", style="dim"), soft_wrap=True
            )
        if item.file_date:
            output.console.print(
                Text(
                    f"            dated {item.file_date}: {DATE_SOURCES['file']}"
                    f" (`reader meta {item.id} --set published=` corrects or clears it)",
                    style="dim",
                ),
                soft_wrap=True,
            )
    for skipped in report.skipped:
        if skipped.duplicate:
            output.console.print(
                Text(f"skipped     {skipped.path}: {skipped.reason}"), soft_wrap=True
            )
        else:
            fail(f"skipped {skipped.path}: {skipped.reason}")
    for result in report.carried:
        output.console.print(Text(f"  {result.current}: {result.summary()}"), soft_wrap=True)
        for note in result.moved:
            quote = clean_cell(note.quote, 50).rstrip()
            output.console.print(Text(f"    moved  {note.id[:8]}  “{quote}”"), soft_wrap=True)
    if args.paths:
        output.console.print(Text(report.summary(), style="bold"))
    return code
