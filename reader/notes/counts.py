"""How many notes each document has, for the library screen and ``reader docs``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from reader import paths
from reader.notes.store import NoteStore

if TYPE_CHECKING:
    from collections.abc import Mapping

    from reader.library import Library


def note_counts(hashes: Mapping[str, str | None]) -> dict[str, int]:
    """Notes per document id, recognised by id or content hash (``hashes``: each document's,
    None when unknown); 0 for each without notes.

    Counting never creates the notes database: without one, every count is 0.
    """
    counts = dict.fromkeys(hashes, 0)
    if paths.notes_db_path().exists():
        with NoteStore.open() as store:
            for doc_id, content_hash in hashes.items():
                counts[doc_id] = len(store.for_document(doc_id, content_hash))
    return counts


def shown_note_counts(library: Library) -> dict[str, int]:
    """Notes per shown document of ``library``, recognised by id or the content hash its
    entry recorded: counting reads no document, so a library of long texts is counted at once."""
    return note_counts({entry.id: library.content_hash(entry.id) for entry in library.visible()})
