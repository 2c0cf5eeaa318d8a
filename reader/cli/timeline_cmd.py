"""``reader timeline``: the dated sentences of all documents (or one) in chronological order."""

from __future__ import annotations

import argparse
from typing import Any

from rich.table import Column, Table
from rich.text import Text

from documents.errors import DocumentError
from documents.model import Document
from glossary.reference_time import ReferenceTime, reference_times
from glossary.timeline import TimelineEntry, timeline
from reader.cli import output
from reader.cli.dating import document_dates
from reader.cli.links_cmd import selected_documents
from reader.cli.output import add_json_flag, emit_json, fail, whole_column
from reader.services import Services


def reference_json(reference: ReferenceTime | None) -> dict[str, Any] | None:
    """A sentence's narrative reference time, or ``None`` where the text has not set one."""
    if reference is None:
        return None
    return {
        "value": reference.value,
        "start": reference.start.isoformat(),
        "end": reference.end.isoformat(),
        "own": reference.own,
    }


def entry_json(entry: TimelineEntry, reference: ReferenceTime | None = None) -> dict[str, Any]:
    return {
        "doc": entry.doc,
        "start": entry.start,
        "end": entry.end,
        "text": entry.timex_text,
        "value": entry.value,
        "mod": entry.mod,
        "type": entry.type,
        "sentence": {
            "start": entry.sentence_start,
            "end": entry.sentence_end,
            "text": entry.text,
            "reference": reference_json(reference),
        },
    }


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("timeline", help="list dated sentences in chronological order")
    parser.add_argument("--doc", metavar="ID", help="only this document's dates")
    add_json_flag(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    services = Services()
    try:
        _, documents = selected_documents(services, args.doc)
    except DocumentError as error:
        return fail(str(error))
    found = document_dates(documents, show_progress=not args.json)
    entries = timeline(zip(documents, found, strict=True))
    if args.json:
        references = {doc.id: (doc, reference_times(doc)) for doc in documents}
        return emit_json([entry_json(entry, _reference(references, entry)) for entry in entries])
    dates = [_shown_date(entry) for entry in entries]
    table = Table(
        whole_column("date", dates),
        whole_column("doc", [entry.doc for entry in entries], share=0.4),
        Column("expression", ratio=1),
        Column("sentence", ratio=3),
    )
    for entry, date in zip(entries, dates, strict=True):
        table.add_row(
            Text(date),
            Text(entry.doc),
            Text(entry.timex_text),
            Text(entry.text),
        )
    output.console.print(table)
    return 0


def _shown_date(entry: TimelineEntry) -> str:
    """The normalised value, with its modifier (a present reference has no entry)."""
    return entry.value if not entry.mod else f"{entry.value} ({entry.mod})"


def _reference(
    references: dict[str, tuple[Document, list[ReferenceTime | None]]], entry: TimelineEntry
) -> ReferenceTime | None:
    """The reference time of the sentence an entry stands in."""
    document, times = references[entry.doc]
    index = document.sentence_index_at(entry.sentence_start)
    return times[index] if index is not None else None
