"""Exports from the app go to new files under the data directory; none overwrites another."""

from __future__ import annotations

from reader.library import open_library
from reader.notes import NoteStore, Target
from reader.notes_export import export_to_data_dir


def test_two_exports_in_one_second_are_two_files() -> None:
    library = open_library()
    document = library.get("rs-belarus-2024")
    start = document.text.index("Belarus")
    with NoteStore.open() as store:
        store.add(
            Target.from_text(document.id, document.content_hash, document.text, start, start + 7)
        )
        notes = store.all()
    problems: list[str] = []
    first = export_to_data_dir(notes, "w3c", library, problems.append)
    second = export_to_data_dir(notes, "w3c", library, problems.append)
    assert first != second and first.exists() and second.exists() and not problems
    assert first.read_text("utf-8") == second.read_text("utf-8")
