"""What the reading view needs from placed annotations: spans, sentence markers, lookups."""

from __future__ import annotations

from collections.abc import Sequence

from documents.model import Document
from reader.notes.model import Placed


def highlights(placed: Sequence[Placed]) -> list[Placed]:
    """The annotations that have a place in the text, by start (orphans left out)."""
    return sorted((p for p in placed if not p.orphaned), key=lambda p: (p.start, p.end))


def notes_by_sentence(placed: Sequence[Placed], document: Document) -> dict[int, list[Placed]]:
    """Sentence index -> the annotations with a note that start in that sentence (markers)."""
    markers: dict[int, list[Placed]] = {}
    for item in highlights(placed):
        if item.annotation.note:
            index = document.sentence_index_at(item.start)
            if index is not None:
                markers.setdefault(index, []).append(item)
    return markers


def at_offset(placed: Sequence[Placed], offset: int) -> list[Placed]:
    """The annotations covering ``offset`` (where the cursor is), innermost first."""
    covering = [p for p in placed if not p.orphaned and p.start <= offset < p.end]
    return sorted(covering, key=lambda p: p.end - p.start)
