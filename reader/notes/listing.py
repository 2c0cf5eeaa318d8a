"""Where listed notes are, without building them, when their documents have not changed.

Anchoring tries a quote at its stored offset first: when the document still has the content
hash the quote was taken from and the quote is still at that offset, the note is anchored
exactly there, whatever else anchoring could try. That is the common case, and checking it
needs only the stored row, so ``reader notes list`` can place 50,000 notes without creating
50,000 annotations. Any other note (document edited, missing or renamed, quote not found)
sends the listing down the full path (``reader.notes.export.place_in``).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from functools import lru_cache

from documents.model import Document
from reader.notes.export import find_document
from reader.notes.model import Target
from reader.notes.store import ListingRow

__all__ = ["ListedNote", "place_unchanged"]

ListedNote = tuple[str, str, int, int, str, str, str | None, str, tuple[str, ...]]
"""id, doc id, start, end (where it is now), colour, quote, first wording (``was``), note,
tags; values as stored."""


def place_unchanged(
    rows: Sequence[ListingRow], documents: Sequence[Document]
) -> list[ListedNote] | None:
    """Every row placed at its stored offset, or None if any note needs real anchoring.

    Args:
        rows: From ``NoteStore.listing_rows``, in listing order.
        documents: The library documents the notes may belong to.
    """
    found: dict[tuple[str, str, str | None], Document | None] = {}
    placed: list[ListedNote] = []
    for ident, doc_id, doc_hash, doc_path, start, _, exact, was, color, note, tags in rows:
        key = (doc_id, doc_hash, doc_path)
        if key not in found:  # thousands of notes, a handful of documents
            target = Target(doc_id, doc_hash, 0, 0, "", doc_path=doc_path)
            found[key] = find_document(target, documents)
        document = found[key]
        if (
            document is None
            or document.content_hash != doc_hash
            or not exact
            or not document.text.startswith(exact, start)
        ):
            return None
        tag_list = _tag_list(tags)
        if tag_list is None:
            return None
        end = start + len(exact)
        placed.append((ident, doc_id, start, end, color, exact, was, note, tag_list))
    return placed


@lru_cache(maxsize=4096)
def _tag_list(tags: str) -> tuple[str, ...] | None:
    """A row's tags (a JSON list of strings), or None if they are not one.

    Parsed once per distinct value: a reader's notes share a few tag lists, and parsing each
    row's took a third of placing 50,000 notes.
    """
    try:
        tag_list = json.loads(tags)
    except ValueError:
        return None
    if not (isinstance(tag_list, list) and all(isinstance(t, str) for t in tag_list)):
        return None
    return tuple(tag_list)
