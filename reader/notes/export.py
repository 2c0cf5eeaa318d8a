"""Export and import: W3C Web Annotation JSON-LD, and Markdown for reading.

The JSON-LD is an ``AnnotationCollection`` (https://www.w3.org/TR/annotation-model/): each item
has a ``TextualBody`` for the note (``purpose: commenting``), one per tag (``purpose:
tagging``) and one naming the highlight colour (``purpose: highlighting``), and a target whose
``source`` is ``urn:reader:doc:<id>`` with a ``TextQuoteSelector`` and a
``TextPositionSelector``. A comparison note has a second target.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any
from urllib.parse import quote, unquote

from documents.model import Document
from documents.sanitize import json_safe
from reader.notes.anchoring import anchor_all
from reader.notes.model import (
    Anchor,
    Annotation,
    Color,
    NotesError,
    Status,
    Target,
    format_timestamp,
    now_iso,
    parse_timestamp,
)

CONTEXT = "http://www.w3.org/ns/anno.jsonld"
DOC_URN = "urn:reader:doc:"
HASH_KEY = "reader:contentHash"
"""The document's content hash (SHA-256) beside ``source``; ``reader:`` is our IRI scheme."""
PATH_KEY = "reader:path"
MAX_POSITION = 2**31 - 1
"""Largest character offset an import may give (a 2 GB text); beyond it SQLite would overflow."""


class ImportFormatError(NotesError):
    """An import file is not a W3C annotation export this reader can take back."""

    title = "Cannot import notes"


# -- W3C JSON-LD ---------------------------------------------------------------------------------


def to_w3c(annotations: Iterable[Annotation]) -> dict[str, Any]:
    """An ``AnnotationCollection`` holding ``annotations``, ready for ``json.dumps``."""
    items = [_annotation_json(a) for a in annotations]
    return {
        "@context": CONTEXT,
        "type": "AnnotationCollection",
        "label": "Reader companion notes",
        "total": len(items),
        "items": items,
    }


def dumps_w3c(annotations: Iterable[Annotation]) -> str:
    """The JSON-LD text of ``to_w3c`` (UTF-8, not ASCII-escaped)."""
    return json_safe(json.dumps(to_w3c(annotations), ensure_ascii=False, indent=2)) + "\n"


def _annotation_json(a: Annotation) -> dict[str, Any]:
    body: list[dict[str, Any]] = []
    if a.note:
        body.append(
            {
                "type": "TextualBody",
                "value": a.note,
                "format": "text/markdown",
                "purpose": "commenting",
            }
        )
    body += [{"type": "TextualBody", "value": t, "purpose": "tagging"} for t in a.tags]
    body.append({"type": "TextualBody", "value": a.color.value, "purpose": "highlighting"})
    targets = [_target_json(a.target)]
    if a.compare is not None:
        targets.append(_target_json(a.compare))
    return {
        "id": f"urn:uuid:{a.id}",
        "type": "Annotation",
        "motivation": "commenting" if a.note else "highlighting",
        "created": a.created,
        "modified": a.modified,
        "body": body,
        "target": targets[0] if len(targets) == 1 else targets,
    }


def _target_json(t: Target) -> dict[str, Any]:
    result: dict[str, Any] = {
        "source": DOC_URN + quote(t.doc_id, safe=""),
        HASH_KEY: t.content_hash,
        "selector": [
            {"type": "TextQuoteSelector", "exact": t.exact, "prefix": t.prefix, "suffix": t.suffix},
            {"type": "TextPositionSelector", "start": t.start, "end": t.end},
        ],
    }
    if t.doc_path:
        result[PATH_KEY] = t.doc_path
    return result


def read_w3c(path: Path) -> list[Annotation]:
    """The annotations in a JSON-LD file written by ``dumps_w3c`` (or a compatible tool).

    Raises:
        ImportFormatError: with a one-line message naming the problem; nothing is returned.
    """
    try:
        raw = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise ImportFormatError(f"{path}: cannot be read ({error})") from None
    try:
        data = json.loads(raw)
    except ValueError as error:
        raise ImportFormatError(f"{path}: not JSON ({error})") from None
    except RecursionError:
        raise ImportFormatError(f"{path}: the JSON is nested too deeply to be notes") from None
    try:
        return from_w3c(data)
    except ImportFormatError as error:
        raise ImportFormatError(f"{path}: {error}") from None


def from_w3c(data: Any) -> list[Annotation]:
    """Annotations from a parsed ``AnnotationCollection``, a list of annotations or one.

    Raises:
        ImportFormatError: on the first item that cannot be understood.
    """
    if isinstance(data, dict) and data.get("type") == "AnnotationCollection":
        items = data.get("items")
        if items is None and isinstance(data.get("first"), dict):
            items = data["first"].get("items")
    elif isinstance(data, dict) and data.get("type") == "Annotation":
        items = [data]
    else:
        items = data
    if not isinstance(items, list):
        raise ImportFormatError("expected a W3C AnnotationCollection with a list of items")
    result = []
    for number, item in enumerate(items, 1):
        try:
            result.append(_parse_annotation(item))
        except ImportFormatError as error:
            raise ImportFormatError(f"item {number}: {error}") from None
        except (TypeError, ValueError, KeyError, AttributeError, OverflowError) as error:
            raise ImportFormatError(f"item {number}: malformed ({error})") from None
    return result


def _parse_annotation(item: Any) -> Annotation:
    if not isinstance(item, dict) or item.get("type") != "Annotation":
        raise ImportFormatError("not an object of type Annotation")
    bodies = item.get("body", [])
    bodies = bodies if isinstance(bodies, list) else [bodies]
    note, tags, color = "", [], Color.YELLOW
    for body in bodies:
        if isinstance(body, str):
            note = body
            continue
        value, purpose = body.get("value", ""), body.get("purpose", "commenting")
        if not isinstance(value, str):
            raise ImportFormatError("a body value is not text")
        if purpose == "tagging":
            tags.append(value)
        elif purpose == "highlighting":
            try:
                color = Color(value)
            except ValueError:
                raise ImportFormatError(f"unknown highlight colour {value!r}") from None
        else:
            note = value
    targets = item.get("target")
    targets = targets if isinstance(targets, list) else [targets]
    if not targets or len(targets) > 2:
        raise ImportFormatError("expected one target (or two for a comparison note)")
    parsed = [_parse_target(t) for t in targets]
    created = _timestamp(item.get("created") or now_iso(), "created")
    return Annotation(
        id=_annotation_id(item.get("id")),
        target=parsed[0],
        color=color,
        note=note,
        tags=tuple(tags),
        created=created,
        modified=_timestamp(item.get("modified") or created, "modified"),
        compare=parsed[1] if len(parsed) > 1 else None,
    )


def _annotation_id(value: object) -> str:
    """The id without its ``urn:uuid:`` scheme; an empty one could never be deleted."""
    if not isinstance(value, str) or not value.strip():
        raise ImportFormatError("annotation has no id")
    ident = value.strip().removeprefix("urn:uuid:").strip()
    if not ident:
        raise ImportFormatError(f"annotation id {value!r} is empty after its scheme")
    return ident


def _timestamp(value: object, name: str) -> str:
    """A ``created`` or ``modified`` time, parsed and written the way the store writes them."""
    try:
        return format_timestamp(parse_timestamp(value))
    except NotesError as error:
        raise ImportFormatError(f"{name}: {error}") from None


def _parse_target(target: Any) -> Target:
    if not isinstance(target, dict):
        raise ImportFormatError("target is not an object")
    source = target.get("source")
    if isinstance(source, dict):
        source = source.get("id")
    if not isinstance(source, str) or not source.startswith(DOC_URN):
        raise ImportFormatError(f"target source {source!r} is not a {DOC_URN}<id> URN")
    selectors = target.get("selector", [])
    selectors = selectors if isinstance(selectors, list) else [selectors]
    by_type = {s.get("type"): s for s in selectors if isinstance(s, dict)}
    quote_sel = by_type.get("TextQuoteSelector")
    if not quote_sel or not isinstance(quote_sel.get("exact"), str) or not quote_sel["exact"]:
        raise ImportFormatError("target has no TextQuoteSelector with an exact quote")
    exact = quote_sel["exact"]
    position = by_type.get("TextPositionSelector") or {"start": 0, "end": len(exact)}
    start, end = int(position["start"]), int(position["end"])
    if not 0 <= start <= end <= MAX_POSITION:
        raise ImportFormatError(
            f"TextPositionSelector {start}-{end} is not a range within 0-{MAX_POSITION}"
        )
    path = target.get(PATH_KEY)
    return Target(
        doc_id=unquote(source.removeprefix(DOC_URN)),
        content_hash=str(target.get(HASH_KEY) or ""),
        start=start,
        end=end,
        exact=exact,
        prefix=str(quote_sel.get("prefix") or ""),
        suffix=str(quote_sel.get("suffix") or ""),
        doc_path=str(path) if path else None,
    )


# -- placing annotations in the library's documents ----------------------------------------------


def find_document(target: Target, documents: Sequence[Document]) -> Document | None:
    """The document a target belongs to: by id, then content hash, then path."""
    for matches in (
        lambda d: d.id == target.doc_id,
        lambda d: bool(target.content_hash) and d.content_hash == target.content_hash,
        lambda d: bool(target.doc_path) and str(d.path) == target.doc_path,
    ):
        for document in documents:
            if matches(document):
                return document
    return None


def place_in(
    annotations: Sequence[Annotation], documents: Sequence[Document]
) -> list[tuple[Annotation, Document | None, Anchor | None]]:
    """Each annotation with its document and anchor (``None`` when the document is unknown)."""
    groups: dict[int, list[int]] = {}
    known: dict[tuple[str, str, str | None], Document | None] = {}
    found: list[Document | None] = []
    for annotation in annotations:  # thousands of notes, a handful of documents
        t = annotation.target
        key = (t.doc_id, t.content_hash, t.doc_path)
        if key not in known:
            known[key] = find_document(t, documents)
        found.append(known[key])
    for index, document in enumerate(found):
        if document is not None:
            groups.setdefault(id(document), []).append(index)
    anchors: list[Anchor | None] = [None] * len(annotations)
    for indexes in groups.values():
        document = found[indexes[0]]
        assert document is not None
        results = anchor_all([annotations[i].target for i in indexes], document.text)
        for i, result in zip(indexes, results, strict=True):
            anchors[i] = result
    return [(a, d, r) for a, d, r in zip(annotations, found, anchors, strict=True)]


# -- Markdown -----------------------------------------------------------------------------------


def to_markdown(
    annotations: Sequence[Annotation],
    documents: Sequence[Document],
    titles: Mapping[str, str] | None = None,
) -> str:
    """Notes for reading: by document and section heading, orphans in their own section.

    Args:
        annotations: The notes.
        documents: The notes' documents, loaded (their sentences are quoted).
        titles: Titles by document id, for a pair's partner (from the library's entries,
            so a partner is not loaded for its title alone); by default ``documents``'.
    """
    if titles is None:
        titles = {document.id: document.title for document in documents if document.title}
    placed = place_in(annotations, documents)
    lines = ["# Notes", ""]
    orphans = [p for p in placed if p[2] is not None and p[2].status is Status.ORPHANED]
    kept = [p for p in placed if p not in orphans]
    by_doc: dict[str, list[tuple[Annotation, Document | None, Anchor | None]]] = {}
    for entry in kept:
        key = entry[1].id if entry[1] is not None else entry[0].target.doc_id
        by_doc.setdefault(key, []).append(entry)
    for doc_id, entries in sorted(by_doc.items()):
        document = entries[0][1]
        title = document.title if document is not None and document.title else doc_id
        lines += [f"## {_inline(title)} (`{doc_id}`)", ""]
        if document is None:
            lines += ["*This document is not in the library; positions are as stored.*", ""]
        entries.sort(key=lambda e: e[2].start if e[2] is not None else e[0].target.start)
        section: str | None = None
        for annotation, doc, found in entries:
            heading = _heading(doc, found)
            if heading and heading != section:
                lines += [f"### {_inline(heading)}", ""]
            section = heading or section
            lines += _entry(annotation, found, titles)
    if orphans:
        lines += ["## Orphaned notes", ""]
        lines += ["*Their text was not found in the current documents; kept as stored.*", ""]
        for annotation, _doc, found in orphans:
            lines += _entry(annotation, found, titles, show_doc=True)
    return "\n".join(lines).rstrip() + "\n"


def _heading(document: Document | None, found: Anchor | None) -> str:
    if document is None or found is None:
        return ""
    heading = document.heading_before(found.start)
    return heading.title if heading is not None else ""


def _entry(
    annotation: Annotation,
    found: Anchor | None,
    titles: Mapping[str, str],
    show_doc: bool = False,
) -> list[str]:
    lines = _quoted(annotation.quote)
    if annotation.compare is not None:  # a note on a pair: the partner's sentence follows
        doc_id = annotation.compare.doc_id
        title = titles.get(doc_id) or doc_id
        lines += [">", f"> ⇄ *{_inline(title)}* (`{doc_id}`):", *_quoted(annotation.compare.exact)]
    if annotation.was is not None:  # the words the note answers, before the text changed
        lines += [
            ">",
            "> *(text changed since the note; it was written on:)*",
            *_quoted(annotation.was),
        ]
    lines.append("")
    if annotation.note:
        lines += [annotation.note, ""]
    facts = []
    if annotation.tags:
        facts.append("tags: " + ", ".join(f"`{t}`" for t in annotation.tags))
    facts.append(annotation.color.value)
    facts.append(annotation.modified[:10])
    if found is None or found.status is Status.ORPHANED:
        t = annotation.target
        facts.append(f"stored at characters {t.start}–{t.end}")
    else:
        facts.append(f"characters {found.start}–{found.end} ({found.status.value})")
    if show_doc:
        facts.append(f"document `{annotation.target.doc_id}`")
    facts.append(f"id `{annotation.id}`")
    return [*lines, " · ".join(facts), ""]


def _quoted(text: str) -> list[str]:
    """``text`` as the lines of a Markdown quote."""
    return [f"> {line}" if line else ">" for line in text.splitlines() or [""]]


def _inline(text: str) -> str:
    """One line of text for a Markdown heading."""
    return " ".join(text.split())
