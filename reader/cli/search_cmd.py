"""``reader search``: search the library from the shell (syncs the index first).

Passages are document text: they are printed through ``rich.text.Text``, never as markup.
"""

from __future__ import annotations

import argparse
from datetime import date
from typing import Any

from rich.text import Text

from documents.errors import DocumentError
from glossary.entities import date_range
from index import Hit, QueryError, SearchIndexError
from index.query import check_query, clean_query
from index.store import REBUILDING
from reader.cli import output
from reader.cli.output import add_json_flag, emit_json, fail, warn
from reader.features.search_query import split_date_filter
from reader.services import Services


def _first_day(value: str) -> date:
    """``--from 2022`` means from 1 January 2022."""
    return _days(value)[0]


def _last_day(value: str) -> date:
    """``--to 2022-02`` means up to 28 February 2022."""
    return _days(value)[1]


def _days(value: str) -> tuple[date, date]:
    try:
        return date_range(value)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"not a date: {value!r} (use 2020, 2020-06 or 2020-06-30)"
        ) from None


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "search",
        help='search all documents (German-aware; AND, OR, NOT, "phrases", prefix*, fuzzy~)',
    )
    parser.add_argument("query", nargs="+", metavar="QUERY", help="words to look for")
    parser.add_argument("--doc", action="append", metavar="ID", help="only this document")
    parser.add_argument(
        "--from", dest="date_from", type=_first_day, metavar="DATE",
        help="only sentences mentioning a time on or after DATE (YYYY, YYYY-MM, YYYY-MM-DD)",
    )  # fmt: skip
    parser.add_argument(
        "--to", dest="date_to", type=_last_day, metavar="DATE",
        help="only sentences mentioning a time on or before DATE",
    )  # fmt: skip
    parser.add_argument("--limit", type=int, default=20, metavar="N", help="most hits (20)")
    add_json_flag(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    try:
        query, date_from, date_to = split_date_filter(" ".join(args.query))
    except ValueError as error:
        return fail(str(error), 2)
    date_from, date_to = date_from or args.date_from, date_to or args.date_to
    if date_from and date_to and date_from > date_to:
        return fail(f"the dates leave nothing to search: {date_from} is after {date_to}", 2)
    try:
        check_query(clean_query(query)[0])  # before the library, the index and the names load
        services = Services()
        library = services.library
        unknown = sorted(set(args.doc or ()) - set(library.ids()))
        if unknown:
            return fail(f"no document with id {unknown[0]!r} (see `reader docs`)", 2)
        documents = library.documents()
        report = services.sync_index()
        result = services.search_index.search(
            query, args.doc, date_from, date_to, max(1, args.limit), services.glossary
        )
    except QueryError as error:
        return fail(str(error), 2)
    except (SearchIndexError, DocumentError, OSError) as error:
        return fail(str(error))
    if (report.rebuilding or report.read_only) and not result.hits:
        return fail(report.notice or REBUILDING)  # "No hits." would not be true
    for line in [*library.problems, *([report.notice] if report.notice else [])]:
        warn(line)
    if args.json:
        return emit_json([hit.to_json() for hit in result.hits])
    titles = {document.id: document.title for document in documents}
    for note in result.notes:
        output.console.print(Text(note, style="italic"))
    for hit in result.hits:
        output.console.print(_heading(hit, titles.get(hit.doc, "")))
        output.console.print(_passage(hit), soft_wrap=False)
    if not result.hits:
        output.console.print(Text("No hits.", style="dim"))
    return 0


def _heading(hit: Hit, title: str) -> Text:
    where = " · ".join(part for part in (hit.doc, title, hit.heading) if part)
    line = Text(f"{where}  [{hit.start}–{hit.end}]  {hit.score:.2f}", style="bold")
    if hit.via:
        line.append("  via " + ", ".join(hit.via), style="cyan")
    if hit.title_match and not hit.highlights:
        line.append("  (title)", style="cyan")
    return line


def _passage(hit: Hit) -> Text:
    """The sentence on one line, matched words marked (newlines become spaces, same offsets)."""
    text = Text("  " + " ".join(hit.passage.split("\n")))
    for start, end in hit.highlights:
        text.stylize("bold reverse", start - hit.start + 2, end - hit.start + 2)
    return text
