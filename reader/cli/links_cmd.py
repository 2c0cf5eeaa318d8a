"""``reader links``: the cross-links of every sentence to the other documents, best first."""

from __future__ import annotations

import argparse
from typing import Any

from rich.table import Table
from rich.text import Text

from documents.errors import DocumentError
from documents.model import Document
from glossary.links import Link, SentenceRef
from reader.cli import output
from reader.cli.output import add_json_flag, emit_json, fail, warn, working
from reader.services import LINK_TEXT_LIMIT, Services, too_long_for_links
from reader.widgets.timeline_labels import period_reason


def selected_documents(
    services: Services, doc_id: str | None
) -> tuple[list[Document], list[Document]]:
    """All loadable documents, and those the command reports on (``--doc`` or all); a line
    on stderr names each one too long to take part (``LINK_TEXT_LIMIT``).

    Raises:
        DocumentError: for an unknown ``--doc``.
    """
    documents = services.library.documents()
    for document in documents:
        if too_long_for_links(document):
            megabytes = len(document.text) / 1e6
            warn(
                f"{document.id} is left out of cross-links and the timeline "
                f"({megabytes:.1f} million characters; the limit is "
                f"{LINK_TEXT_LIMIT / 1e6:.0f} million)",
                style="",
                prefix="reader: ",
            )
    if doc_id is None:
        return documents, documents
    chosen = services.library.get(doc_id)
    return documents, [chosen]


def _sentence(ref: SentenceRef, documents: dict[str, Document]) -> dict[str, Any]:
    text = documents[ref.doc].text[ref.start : ref.end]
    return {"doc": ref.doc, "start": ref.start, "end": ref.end, "text": text}


def link_json(link: Link, documents: dict[str, Document]) -> dict[str, Any]:
    return {
        "source": _sentence(link.source, documents),
        "target": _sentence(link.target, documents),
        "score": link.score,
        "kind": link.kind,
        "reasons": {
            "dates": link.reasons.dates,
            "periods": [
                {
                    "value": time.value,
                    "text": time.text,
                    "inherited": time.inherited,
                    "earlier": time.earlier,
                }
                for time in link.reasons.times
            ],
            "entities": link.reasons.entities,
            "terms": link.reasons.terms,
            "keys": link.reasons.keys,
            "names": [list(pair) for pair in link.reasons.names],
            "words": [list(pair) for pair in link.reasons.words],
        },
    }


def _pair(pair: tuple[str, str]) -> str:
    """A reason as the two passages write it: ``Manövern / Militärmanöver``, or one form."""
    return pair[0] if pair[0] == pair[1] else f"{pair[0]} / {pair[1]}"


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "links", help="list each sentence's best links to the other documents, with reasons"
    )
    parser.add_argument("--doc", metavar="ID", help="only links from this document")
    add_json_flag(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    services = Services()
    try:
        documents, sources = selected_documents(services, args.doc)
    except DocumentError as error:
        return fail(str(error))
    with working("finding names, dates and words for cross-links", not args.json):
        index = services.link_index()
    by_id = {document.id: document for document in documents}
    links = [
        link
        for source in sources
        for _, found in sorted(index.links_for_document(source.id).items())
        for link in found
    ]
    if args.json:
        return emit_json([link_json(link, by_id) for link in links])
    if not links:
        output.console.print(Text(_no_links(sources, documents)))
        return 0
    table = Table("source", "score", "target", "reasons", show_lines=True)
    languages = {document.id: document.language or "de" for document in documents}
    for link in links:
        source, target = _sentence(link.source, by_id), _sentence(link.target, by_id)
        reasons = link.reasons
        language = languages.get(link.source.doc, "de")
        table.add_row(
            Text(f"{source['doc']} · {source['text']}"),
            f"{link.score:.2f}\n{link.kind}",
            Text(f"{target['doc']} · {target['text']}"),
            Text(
                "\n".join(
                    f"{label}: {', '.join(values[:5])}"
                    for label, values in (
                        ("period", [period_reason(time, language) for time in reasons.times]),
                        ("names", [_pair(pair) for pair in reasons.names]),
                        ("words", [_pair(pair) for pair in reasons.words]),
                    )
                    if values
                )
            ),
        )
    output.console.print(table)
    return 0


def _no_links(sources: list[Document], documents: list[Document]) -> str:
    """Why the table would be empty: no other document to link to, or none of the sentences
    is close enough to a sentence of another document."""
    names = ", ".join(source.id for source in sources) if len(sources) < 4 else "the library"
    if len(documents) < 2:
        return f"No links: {names} has no other document in the library to link to."
    return (
        f"No links from {names}: no passage shares a period, a name or enough words "
        "with a passage of another document."
    )
