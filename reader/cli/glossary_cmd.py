"""``reader glossary``: the glossary entries and their mentions in the library's documents."""

from __future__ import annotations

import argparse
from collections import Counter
from typing import Any

from rich.padding import Padding
from rich.text import Text

from documents.model import Document
from glossary.entities import Entry
from glossary.mentions import MentionTable
from reader.cli import output
from reader.cli.glossary_decide import add_decision_flags, decide, wants_decision
from reader.cli.output import add_json_flag, emit_json, fail, warn, working
from reader.services import Services


def entry_json(entry: Entry, mentions: dict[str, MentionTable]) -> dict[str, Any]:
    """One entry with its mentions in every document (``mentions`` maps doc id to mentions)."""
    return {
        "id": entry.id,
        "name": entry.name,
        "name_en": entry.name_en,
        "kind": str(entry.kind),
        "aliases": [alias.name for alias in entry.aliases if alias.name != entry.name],
        "description": entry.description,
        "dates": [{"value": d.value, "label": d.label} for d in entry.dates],
        "related": list(entry.related),
        "wikidata": entry.wikidata,
        "source": entry.source,
        "detail": entry.detail,
        "titles": list(entry.titles),
        "mentions": [
            {"doc": doc_id, "start": m.start, "end": m.end, "text": m.text}
            for doc_id, found in mentions.items()
            for m in found.of_entry(entry.id)
        ],
    }


def all_mentions(services: Services, documents: list[Document]) -> dict[str, MentionTable]:
    """Every document's mentions, from the cache when its text and the glossary are unchanged."""
    return {document.id: services.mentions(document) for document in documents}


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "glossary",
        help="list glossary entries (curated and discovered in the documents) with mentions",
    )
    parser.add_argument(
        "term", nargs="?", help="only entries with this name or alias (any case, inflected)"
    )
    parser.add_argument(
        "--candidates",
        action="store_true",
        help="only the entries discovered in the documents, still to be reviewed",
    )
    add_decision_flags(parser)
    add_json_flag(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    services = Services()
    with working("reading the names in the library's documents", not args.json):
        glossary = services.glossary
    for warning in glossary.warnings:  # the bundled entries still work: report and go on
        warn(warning, style="red", prefix="reader: ")
    if wants_decision(args):
        return decide(args, glossary)
    library = services.library
    documents = library.documents()
    for problem in library.problems:
        warn(problem, style="red", prefix="reader: ")
    entries = glossary.lookup(args.term) if args.term else list(glossary.entries.values())
    if args.candidates:
        entries = [entry for entry in entries if entry.source == "discovered"]
    if args.term and not entries and not args.json:
        return fail(f"no glossary entry matches {args.term!r}")
    mentions = all_mentions(services, documents) if entries else {}
    rows = [entry_json(entry, mentions) for entry in entries]
    if args.json:
        return emit_json(rows)
    for row in rows:
        print_entry(row, [document.id for document in documents])
    return 0


def print_entry(row: dict[str, Any], doc_ids: list[str]) -> None:
    """An entry for people: names, description, dates, related ids and mention counts."""
    heading = Text.assemble((row["name"], "bold"))
    if row["name_en"]:
        heading.append(f"  ({row['name_en']})")
    kind = f"{row['kind']} ({row['detail']})" if row["detail"] else row["kind"]
    heading.append(f" · {kind} · ")
    heading.append(row["id"], style="dim")
    if row["source"] == "discovered":
        heading.append(" · found, not reviewed", style="italic")
    output.console.print(heading)
    lines = []
    if row["titles"]:
        lines.append(Text("titles: ").append(", ".join(row["titles"])))
    if row["aliases"]:
        lines.append(Text("also: ").append(", ".join(row["aliases"])))
    if row["description"]:
        lines.append(Text(row["description"]))
    for key_date in row["dates"]:
        lines.append(Text(f"{key_date['value']}: {key_date['label']}", style="cyan"))
    if row["related"]:
        lines.append(Text("related: " + ", ".join(row["related"]), style="dim"))
    counts = Counter(mention["doc"] for mention in row["mentions"])
    found = ", ".join(f"{doc_id} {counts[doc_id]}" for doc_id in doc_ids if counts[doc_id])
    lines.append(Text(f"mentions: {found or 'none in the documents'}"))
    for line in lines:
        output.console.print(Padding(line, (0, 0, 0, 2)))
    output.console.print()
