"""``reader notes``: add, list, delete, export and import highlights and notes.

Note text is user text: it is printed as plain text (``output.say``, the notes list's own
lines), never read as console markup. The plain list loads no Rich.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
from pathlib import Path
from typing import Any

from documents.atomic import write_atomic
from documents.errors import DocumentError
from documents.model import Document
from documents.sanitize import clean_field
from reader.cli.note_lines import NoteCells, NoteColumns, write_note_lines
from reader.cli.output import add_json_flag, emit_json, fail, say, terminal_width
from reader.library import Library, open_library
from reader.notes import (
    Annotation,
    Color,
    NotesError,
    NoteStore,
    Status,
    StoreProblem,
    Target,
    set_aside,
)
from reader.notes.export import place_in, read_w3c
from reader.notes.listing import ListedNote, place_unchanged
from reader.notes.model import Anchor
from reader.notes.recovery import recover
from reader.notes_export import documents_for, export_content


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("notes", help="highlights and notes: add, list, export, …")
    commands = parser.add_subparsers(title="notes commands", metavar="ACTION", required=True)

    add = commands.add_parser("add", help="highlight a quote of a document, with a note")
    add.add_argument("--doc", required=True, metavar="ID", help="document id (see `reader docs`)")
    add.add_argument("--quote", required=True, metavar="TEXT", help="exact text to highlight")
    add.add_argument("--note", default="", metavar="TEXT", help="the note (Markdown)")
    add.add_argument(
        "--color",
        default=Color.YELLOW.value,
        metavar="NAME",
        help="yellow, green, blue, pink or purple",
    )
    add.add_argument("--tag", action="append", default=[], metavar="T", help="a tag (repeatable)")
    add.add_argument(
        "--occurrence", type=int, metavar="N", help="which occurrence, if the quote occurs often"
    )
    add_json_flag(add)
    add.set_defaults(func=run, action=_add)

    listing = commands.add_parser("list", help="list notes with where they are now")
    listing.add_argument("--doc", metavar="ID", help="only this document's notes")
    add_json_flag(listing)
    listing.set_defaults(func=run, action=_list, needs_database=True)

    delete = commands.add_parser("delete", help="delete a note (an id prefix is enough)")
    delete.add_argument("id", metavar="ID")
    add_json_flag(delete)
    delete.set_defaults(func=run, action=_delete, needs_database=True)

    export = commands.add_parser("export", help="write all notes as Markdown or W3C JSON-LD")
    export.add_argument(
        "--format", choices=["md", "w3c"], help="md (default) or w3c (the default with --json)"
    )
    export.add_argument("-o", "--output", type=Path, metavar="FILE", help="default: stdout")
    export.add_argument("--doc", metavar="ID", help="only this document's notes")
    export.add_argument(
        "--json",
        action="store_true",
        help="print the notes as W3C JSON; with -o: report what was written as JSON",
    )
    export.set_defaults(func=run, action=_export, needs_database=True)

    imports = commands.add_parser("import", help="add notes from a W3C JSON-LD export")
    imports.add_argument("file", type=Path, metavar="FILE")
    add_json_flag(imports)
    imports.set_defaults(func=run, action=_import)

    aside = commands.add_parser(
        "set-aside",
        help="rename an unusable notes database (it is kept) and carry on with a fresh one",
    )
    aside.set_defaults(func=run, action=_set_aside, keep_problem=True)

    rescue = commands.add_parser(
        "recover",
        help="copy every readable note of a damaged database into a new one and use that",
    )
    rescue.set_defaults(func=run, action=_recover, keep_problem=True)


def run(args: argparse.Namespace) -> int:
    store = NoteStore.open()
    try:
        problem = store.problem
        if problem is not None and getattr(args, "needs_database", False):
            return fail(_unusable(problem), 1)
        if problem is not None and not getattr(args, "keep_problem", False):
            _warn(problem.message)
        return int(args.action(args, store))
    except (NotesError, DocumentError) as error:
        return fail(str(error), 2)
    except sqlite3.Error as error:
        return fail(f"notes database error: {error}", 1)
    except BrokenPipeError:
        raise  # the reader of the output left (``| head``): main ends quietly
    except OSError as error:
        return fail(str(error), 1)
    finally:
        store.close()


def _unusable(problem: StoreProblem) -> str:
    """Why the notes cannot be listed, and the two ways out."""
    return (
        f"{problem.message} Listing it would show nothing or only part of your notes. "
        "`reader notes recover` copies every readable note into a new database and uses it; "
        "`reader notes set-aside` keeps the file and starts afresh."
    )


def _warn(message: str) -> None:
    say(f"reader: warning: {clean_field(message)}", style="yellow", err=True, wrap=False)


def _add(args: argparse.Namespace, store: NoteStore) -> int:
    document = open_library().get(args.doc)
    start = _occurrence(document, args.quote, args.occurrence)
    path = str(document.path) if document.path else None
    target = Target.from_text(
        document.id, document.content_hash, document.text, start, start + len(args.quote), path
    )
    annotation = store.add(target, color=args.color, note=args.note, tags=args.tag)
    if args.json:
        return emit_json(
            {"id": annotation.id, "doc": document.id, "start": start, "end": target.end}
        )
    say(annotation.id)
    return 0


def _occurrence(document: Document, quote: str, occurrence: int | None) -> int:
    if not quote:
        raise NotesError("the quote is empty")
    starts, at = [], document.text.find(quote)
    while at != -1:
        starts.append(at)
        at = document.text.find(quote, at + 1)
    if not starts:
        raise NotesError(f"the quote does not occur in {document.id!r}")
    if occurrence is None:
        if len(starts) > 1:
            raise NotesError(
                f"the quote occurs {len(starts)} times in {document.id!r}; "
                f"choose one with --occurrence 1..{len(starts)}"
            )
        return starts[0]
    if not 1 <= occurrence <= len(starts):
        raise NotesError(
            f"--occurrence {occurrence} is out of range: the quote occurs {len(starts)} "
            f"time{'s' if len(starts) > 1 else ''} in {document.id!r}"
        )
    return starts[occurrence - 1]


def _selected(args: argparse.Namespace, store: NoteStore, library: Library) -> list[Annotation]:
    if not args.doc:
        return store.all()
    try:
        document = library.get(args.doc)
    except DocumentError:
        notes = [a for a in store.all() if a.target.doc_id == args.doc]
        if notes:  # a document that left the library keeps its notes
            return notes
        raise
    path = str(document.path) if document.path else None
    return store.for_document(document.id, document.content_hash, path)


def _list(args: argparse.Namespace, store: NoteStore) -> int:
    library = open_library()
    if not args.json and not args.doc:
        rows = store.listing_rows()
        listed = place_unchanged(rows, documents_for({row[1] for row in rows}, library, _warn))
        if listed is not None:  # every note where it was taken: nothing to anchor
            largest = max((note[3] for note in listed), default=0)
            cells = [_listed_cells(note) for note in listed]
            return _print_notes(cells, [], {note[1] for note in listed}, largest)
    annotations = _selected(args, store, library)
    documents = documents_for({a.target.doc_id for a in annotations}, library, _warn)
    placed = [(a, found) for a, _doc, found in place_in(annotations, documents)]
    if args.json:
        return emit_json([_row(a, found) for a, found in placed])
    wheres = [_where(a, found) for a, found in placed]
    pairs = [(a, w) for (a, _), w in zip(placed, wheres, strict=True)]
    return _print_notes(
        [_cells(pair) for pair in pairs if pair[1][2] is not Status.ORPHANED],
        [_cells(pair) for pair in pairs if pair[1][2] is Status.ORPHANED],
        {a.target.doc_id for a in annotations},
        max((end for _, end, _ in wheres), default=0),
    )


def _print_notes(
    kept: list[NoteCells], orphans: list[NoteCells], doc_ids: set[str], largest_offset: int
) -> int:
    """The notes table: placed notes, then orphans under their own title."""
    if not kept and not orphans:
        say("No notes yet. Add one with `reader notes add`.")
        return 0
    columns = NoteColumns.fit(terminal_width(), doc_ids, largest_offset)
    if kept:
        write_note_lines(sys.stdout, f"Notes ({len(kept):,})", columns, kept)
    if orphans:
        title = f"Orphaned notes ({len(orphans):,}; text not found, kept as stored)"
        write_note_lines(sys.stdout, title, columns, orphans)
    return 0


def _listed_cells(note: ListedNote) -> NoteCells:
    ident, doc_id, start, end, color, quote, was, text, tags = note
    return (
        ident,
        doc_id,
        _where_cell(start, end, was, moved=False),
        color,
        _quote_cell(quote, was),
        text,
        ", ".join(tags),
    )


def _where_cell(start: int, end: int, was: str | None, *, moved: bool) -> str:
    """The place column: "reworded" for a note on other words than it was written on."""
    mark = " reworded" if was is not None else " moved" if moved else ""
    return f"{start}–{end}{mark}"


def _quote_cell(quote: str, was: str | None) -> str:
    return quote if was is None else f"{quote} (text changed; written on: {was})"


def _where(annotation: Annotation, found: Anchor | None) -> tuple[int, int, Status]:
    """Where the note is now: the anchor's range, or the stored one when it is orphaned."""
    if found is None or found.status is Status.ORPHANED:
        return annotation.target.start, annotation.target.end, Status.ORPHANED
    return found.start, found.end, found.status


def _cells(item: tuple[Annotation, tuple[int, int, Status]]) -> NoteCells:
    annotation, (start, end, status) = item
    return (
        annotation.id,
        annotation.target.doc_id,
        _where_cell(start, end, annotation.was, moved=status is Status.MOVED),
        annotation.color.value,
        _quote_cell(annotation.target.exact, annotation.was),
        annotation.note,
        ", ".join(annotation.tags),
    )


def _row(annotation: Annotation, found: Anchor | None) -> dict[str, Any]:
    start, end, status = _where(annotation, found)
    compare = annotation.compare
    return {
        "id": annotation.id,
        "doc": annotation.target.doc_id,
        "start": start,
        "end": end,
        "quote": annotation.quote,
        "note": annotation.note,
        "color": annotation.color.value,
        "tags": list(annotation.tags),
        "created": annotation.created,
        "modified": annotation.modified,
        "status": status.value,
        "was": annotation.was,
        "compare": None
        if compare is None
        else {
            "doc": compare.doc_id,
            "start": compare.start,
            "end": compare.end,
            "quote": compare.exact,
        },
    }


def _delete(args: argparse.Namespace, store: NoteStore) -> int:
    removed = store.delete(store.resolve_id(args.id))
    if args.json:
        return emit_json({"deleted": removed.id})
    say(f"deleted {removed.id}")
    return 0


def _export(args: argparse.Namespace, store: NoteStore) -> int:
    printed_json = args.json and args.output is None  # JSON on stdout, as every --json prints
    if printed_json and args.format == "md":
        return fail("--json prints the notes as W3C JSON, not Markdown: drop --format md", 2)
    kind = args.format or ("w3c" if printed_json else "md")
    library = open_library()
    annotations = _selected(args, store, library)
    content = export_content(annotations, kind, library, _warn)
    if args.output is None:
        sys.stdout.write(content)
        return 0
    write_atomic(args.output, content)
    if args.json:
        return emit_json({"written": len(annotations), "path": str(args.output)})
    noun = "note" if len(annotations) == 1 else "notes"
    say(f"wrote {len(annotations)} {noun} to {args.output}", err=True)
    return 0


def _import(args: argparse.Namespace, store: NoteStore) -> int:
    result = store.import_annotations(read_w3c(args.file))
    if args.json:
        return emit_json(
            {
                "added": result.added,
                "updated": result.updated,
                "unchanged": result.unchanged,
                "kept_local": result.kept_local,
                "conflicts": [
                    {"local": local, "imported": copy} for local, copy in result.conflicts
                ],
            }
        )
    summary = f"imported {result.added} new, {result.updated} updated, {result.unchanged} unchanged"
    if result.kept_local:
        summary += f"; kept {result.kept_local} local notes whose edit is newer"
    if result.conflicts:
        summary += f"; {len(result.conflicts)} added beside a note edited on both sides"
    say(summary)
    for local, copy in result.conflicts:
        say(
            f"conflict: note {local} was edited here and in the import at the same time; "
            f"both kept (the imported version is {copy})",
            style="yellow",
        )
    return 0


def _set_aside(args: argparse.Namespace, store: NoteStore) -> int:
    if store.problem is None:
        say("The notes database is fine; nothing to do.")
        return 0
    store.close()
    aside = set_aside(store.problem.path)
    say(f"The unusable database was kept as {aside}; a fresh one is in use now.")
    return 0


def _recover(args: argparse.Namespace, store: NoteStore) -> int:
    if store.problem is None:
        say("The notes database is fine; nothing to recover.")
        return 0
    store.close()
    result = recover(store.problem.path)
    lines = [f"Recovered {result.recovered} notes into {store.problem.path}"]
    if result.from_side:
        lines.append(f"with the {result.from_side} notes written while it was unusable")
    say(", ".join(lines) + ".", wrap=False)
    if result.unreadable:
        say(f"{result.unreadable} stored notes could not be read.", style="yellow")
    say(f"The damaged file is kept unchanged as {result.damaged_kept_as}.", wrap=False)
    return 0
