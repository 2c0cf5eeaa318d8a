"""Exports from the app go to new files under the data directory; none overwrites another."""

from __future__ import annotations

import pytest

from documents.model import Document
from reader.library import Library, open_library
from reader.notes import NoteStore, Target
from reader.notes_export import export_content, export_to_data_dir


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


def _whole(document: Document, word: str) -> Target:
    start = document.text.index(word)
    return Target.from_text(
        document.id, document.content_hash, document.text, start, start + len(word)
    )


def test_a_markdown_export_names_partners_without_loading_them(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Review 20 A5: a removed partner made the export parse every document in the library
    (``documents_for`` fell back to all of them), and any partner was parsed for its title."""
    library = open_library()
    noted, partner = library.get("rs-belarus-2024"), library.get("swp-belarus-2023")
    gone = Target.from_text("weg-2020", "hash-weg", "Ein Satz, der ging.", 0, 9)
    with NoteStore.memory() as store:
        store.add(_whole(noted, "Belarus"), note="Paar", compare=_whole(partner, "Belarus"))
        store.add(_whole(noted, "Belarus"), note="Paar mit entferntem", compare=gone)
        notes = store.all()
    loaded: list[str] = []
    get = Library.get

    def counted(self: Library, doc_id: str) -> Document:
        loaded.append(doc_id)
        return get(self, doc_id)

    monkeypatch.setattr(Library, "get", counted)
    monkeypatch.setattr(Library, "documents", lambda _: pytest.fail("every document parsed"))
    problems: list[str] = []
    markdown = export_content(notes, "md", library, problems.append)
    assert loaded == [noted.id] and not problems
    assert f"> ⇄ *{partner.title}* (`{partner.id}`):" in markdown
    assert "> ⇄ *weg-2020* (`weg-2020`):" in markdown
