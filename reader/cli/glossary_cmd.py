"""``reader glossary``: the glossary entries and their mentions in the library's documents."""

from __future__ import annotations

import argparse
from typing import Any

from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from documents.model import Document
from glossary.candidates import candidates
from glossary.entities import Entry, Glossary
from glossary.mentions import Mention
from reader.cli.output import add_json_flag, console, emit_json, fail
from reader.services import Services


def entry_json(entry: Entry, mentions: dict[str, list[Mention]]) -> dict[str, Any]:
    """One entry with its mentions in every document (``mentions`` maps doc id to mentions)."""
    return {
        "id": entry.id,
        "name": entry.name,
        "name_en": entry.name_en,
        "kind": str(entry.kind),
        "aliases": [alias.name for alias in entry.aliases],
        "description": entry.description,
        "dates": [{"value": d.value, "label": d.label} for d in entry.dates],
        "related": list(entry.related),
        "wikidata": entry.wikidata,
        "mentions": [
            {"doc": doc_id, "start": m.start, "end": m.end, "text": m.text}
            for doc_id, found in mentions.items()
            for m in found
            if m.entry_id == entry.id
        ],
    }


def all_mentions(services: Services, documents: list[Document]) -> dict[str, list[Mention]]:
    """Every document's mentions, from the cache when its text and the glossary are unchanged."""
    return {document.id: services.mentions(document) for document in documents}


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "glossary", help="list glossary entries with their mentions, or names still missing"
    )
    parser.add_argument(
        "term", nargs="?", help="only entries with this name or alias (any case, inflected)"
    )
    parser.add_argument(
        "--candidates",
        action="store_true",
        help="list names in the documents that look like entities but have no entry",
    )
    add_json_flag(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    services = Services()
    glossary = services.glossary
    for warning in glossary.warnings:  # the bundled entries still work: report and go on
        fail(warning)
    library = services.library
    documents = library.documents()
    for problem in library.problems:
        fail(problem)
    if args.candidates:
        return show_candidates(glossary, documents, as_json=args.json)
    entries = glossary.lookup(args.term) if args.term else list(glossary.entries.values())
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
    heading = Text.assemble((row["name"], "bold"), f"  ({row['name_en']}) · {row['kind']} · ")
    heading.append(row["id"], style="dim")
    console.print(heading)
    lines = []
    if row["aliases"]:
        lines.append(Text("auch: ").append(", ".join(row["aliases"])))
    lines.append(Text(row["description"]))
    for key_date in row["dates"]:
        lines.append(Text(f"{key_date['value']}: {key_date['label']}", style="cyan"))
    if row["related"]:
        lines.append(Text("verwandt: " + ", ".join(row["related"]), style="dim"))
    counts = {doc_id: 0 for doc_id in doc_ids}
    for mention in row["mentions"]:
        counts[mention["doc"]] += 1
    lines.append(Text("Erwähnungen: " + ", ".join(f"{d} {n}" for d, n in counts.items())))
    for line in lines:
        console.print(Padding(line, (0, 0, 0, 2)))
    console.print()


def show_candidates(glossary: Glossary, documents: list[Document], *, as_json: bool) -> int:
    """Names in the documents that look like entities but have no entry."""
    found = candidates(glossary, [document.text for document in documents])
    if as_json:
        return emit_json([{"name": c.name, "count": c.count} for c in found])
    table = Table("name", "count")
    for candidate in found:
        table.add_row(Text(candidate.name), str(candidate.count))
    console.print(table)
    return 0
