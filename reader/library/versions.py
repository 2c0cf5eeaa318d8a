"""After a batch is added: the notes of each replaced version move to its new version."""

from __future__ import annotations

from typing import TYPE_CHECKING

from documents.errors import DocumentError
from reader import paths

if TYPE_CHECKING:
    from reader.library import AddReport, Library
    from reader.notes.store import NoteStore
    from reader.notes.versions import CarriedOver


def carry_notes_after_adding(library: Library, report: AddReport) -> None:
    """Fill ``report.carried`` with its own notes store, so a worker thread can call it
    (no notes database yet: nothing to carry, and none is created)."""
    if not any(item.status == "new version" for item in report.added):
        return
    if not paths.notes_db_path().exists():
        return
    # Imported here: adding new documents, the usual case, needs no notes (nor their
    # anchoring's fuzzy matching), and ``reader add`` starts faster without them.
    from reader.notes.store import NoteStore

    with NoteStore.open() as store:
        report.carried = carry_notes_to_new_versions(library, report, store)


def carry_notes_to_new_versions(
    library: Library, report: AddReport, store: NoteStore
) -> list[CarriedOver]:
    """Run ``carry_over`` for every "new version" of ``report``; documents that cannot be
    loaded keep their notes where they are (the add itself already reported them)."""
    from reader.notes.versions import Previous, carry_over

    results = []
    for item in report.added:
        entry = library.entry(item.id)
        if item.status != "new version" or not entry.previous:
            continue
        old = library.entry(entry.previous)
        try:
            current = library.get(entry.id)
        except DocumentError:
            continue
        previous = Previous(old.id, old.content_hash, str(old.path))
        result = carry_over(store, previous, current)
        if result.carried or result.left:
            results.append(result)
    return results
