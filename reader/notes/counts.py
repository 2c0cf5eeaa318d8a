"""How many notes each document has, for the library screen and ``reader docs``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from reader import paths
from reader.notes.store import NoteStore

if TYPE_CHECKING:
    from collections.abc import Sequence

    from documents.model import Document


def note_counts(documents: Sequence[Document]) -> dict[str, int]:
    """Notes per document id, recognised by content hash; 0 for each without notes.

    Counting never creates the notes database: without one, every count is 0.
    """
    counts = {document.id: 0 for document in documents}
    if paths.notes_db_path().exists():
        with NoteStore.open() as store:
            for document in documents:
                counts[document.id] = len(store.for_document(document.id, document.content_hash))
    return counts
