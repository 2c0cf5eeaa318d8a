"""EPUB: the spine's chapters become sections with headings; broken archives are refused."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from documents.errors import DocumentError
from documents.formats import describe
from documents.loader import load_document, read_raw
from tests.data.fixtures.makers import write_epub

CHAPTERS = [
    (
        "Chapter One",
        "<h1>Chapter One</h1><p>It was a bright cold day in April, and the clocks were "
        "striking thirteen.</p><p>Winston Smith slipped quickly through the glass doors.</p>",
    ),
    (
        "The Second Chapter",
        "<div><p>A chapter without a heading of its own takes its title from the table of "
        "contents.</p><ul><li>First point of a list.</li><li>Second point.</li></ul></div>",
    ),
    ("Three", "<h1>Three</h1><h2>A subsection</h2><p>Text under the subsection heading.</p>"),
]


def test_chapters_become_headed_sections(tmp_path: Path) -> None:
    document = load_document(write_epub(tmp_path / "book.epub", CHAPTERS, title="A Book"))
    assert document.title == "A Book"
    assert [(h.level, h.title) for h in document.outline] == [
        (1, "A Book"),
        (2, "Chapter One"),
        (2, "The Second Chapter"),
        (2, "Three"),
        (3, "A subsection"),
    ]
    paragraphs = [document.text[p.start : p.end] for p in document.paragraphs]
    assert paragraphs[2:5] == [
        "It was a bright cold day in April, and the clocks were striking thirteen.",
        "Winston Smith slipped quickly through the glass doors.",
        "The Second Chapter",
    ]
    assert "First point of a list." in paragraphs
    assert document.language == "en"


def test_metadata_from_dublin_core(tmp_path: Path) -> None:
    path = write_epub(tmp_path / "book.epub", CHAPTERS, title="A Book", language="en-US")
    meta = describe(read_raw(path))
    assert (meta.title, meta.language, meta.publisher, meta.published, meta.author) == (
        "A Book",
        "en",
        "Test Press",
        "2021-05-04",
        "Ada Author",
    )


def test_broken_archive_is_refused(tmp_path: Path) -> None:
    path = write_epub(tmp_path / "book.epub", CHAPTERS)
    path.write_bytes(path.read_bytes()[:300])
    with pytest.raises(DocumentError, match="broken"):
        load_document(path)


def test_zip_that_is_not_a_book_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "notes.epub"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("readme.txt", "not a book")
    with pytest.raises(DocumentError, match="not a readable EPUB"):
        load_document(path)
