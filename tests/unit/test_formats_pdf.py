"""PDF: reading order, headings, paragraphs, hyphenation, running heads, refusals."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest

from documents.errors import DocumentError
from documents.formats import describe
from documents.formats.pdf import describe as describe_pdf
from documents.loader import load_document, read_raw
from documents.model import BlockKind
from tests.data.fixtures.makers import pdf_bytes, write_blank_pdf, write_pdf
from tests.unit.document_texts import refusal

BODY = 11.0
PAGE_ONE = [
    (9, "Bericht zur Lage 2024"),
    (18, "Einleitung"),
    (BODY, "Die Souve-"),
    (BODY, "ränität des Staates ist ein Thema, das in dieser Analyse sehr"),
    (BODY, "ausführlich behandelt wird."),
    (BODY, ""),
    (BODY, "Der zweite Absatz beschreibt die Lage in der Region und setzt"),
    (BODY, "sich auf der nächsten Seite fort, ohne dass ein Satz endet, und"),
    (9, "1"),
]
PAGE_TWO = [
    (9, "Bericht zur Lage 2024"),
    (BODY, "schließt erst hier mit einem Punkt."),
    (14, "Zweiter Teil"),
    (BODY, "Ein kurzer Text auf Seite zwei."),
    (9, "2"),
]
PAGE_THREE = [
    (9, "Bericht zur Lage 2024"),
    (BODY, "Schlusswort der Autorinnen und Autoren zu den Empfehlungen."),
    (9, "3"),
]
EXPECTED = [
    "Einleitung",
    "Die Souveränität des Staates ist ein Thema, das in dieser Analyse sehr ausführlich "
    "behandelt wird.",
    "Der zweite Absatz beschreibt die Lage in der Region und setzt sich auf der nächsten "
    "Seite fort, ohne dass ein Satz endet, und schließt erst hier mit einem Punkt.",
    "Zweiter Teil",
    "Ein kurzer Text auf Seite zwei.",
    "Schlusswort der Autorinnen und Autoren zu den Empfehlungen.",
]


def _paragraphs(path: Path) -> list[str]:
    document = load_document(path)
    return [document.text[p.start : p.end] for p in document.paragraphs]


def test_text_headings_from_font_sizes_and_running_heads_dropped(tmp_path: Path) -> None:
    path = write_pdf(tmp_path / "r.pdf", [PAGE_ONE, PAGE_TWO, PAGE_THREE])
    document = load_document(path)
    # no metadata title: the opening heading becomes the title, the rest is the text
    assert document.title == "Einleitung"
    assert _paragraphs(path) == EXPECTED[1:]
    assert [(h.level, h.title) for h in document.outline] == [(2, "Zweiter Teil")]
    assert "Bericht zur Lage" not in document.text
    assert [(r.what, r.count) for r in document.removed] == [
        ("running header/footer/page-number lines", 6)
    ]
    assert "Bericht zur Lage" in document.removed[0].examples[0]
    # reader add reports what was removed: a PDF without furniture reports nothing
    assert load_document(write_pdf(tmp_path / "plain.pdf", [PAGE_TWO[1:2]])).removed == []


def test_headings_from_the_outline(tmp_path: Path) -> None:
    path = write_pdf(
        tmp_path / "o.pdf",
        [PAGE_ONE, PAGE_TWO, PAGE_THREE],
        outline=[("Einleitung", 0), ("Zweiter Teil", 1), ("Schluss", 2)],
        metadata={"/Title": "Bericht zur Lage", "/Author": "A. Autorin"},
    )
    document = load_document(path, describe(read_raw(path)))
    assert (document.title, document.meta.author) == ("Bericht zur Lage", "A. Autorin")
    titles = [(h.level, h.title) for h in document.outline]
    # bookmarks become headings; one without a matching line opens its page; the
    # declared title is the header, not a heading of the text
    assert titles == [(1, "Einleitung"), (1, "Zweiter Teil"), (1, "Schluss")]
    kinds = {document.text[p.start : p.end]: p.kind for p in document.paragraphs}
    assert kinds["Schluss"] is BlockKind.HEADING


def test_junk_metadata_title_is_ignored(tmp_path: Path) -> None:
    path = write_pdf(
        tmp_path / "j.pdf",
        [PAGE_ONE, PAGE_TWO],
        metadata={"/Title": "Microsoft Word - bericht_v3.docx"},
    )
    assert load_document(path).title == "Einleitung"


def test_encrypted_pdf_is_refused(tmp_path: Path) -> None:
    path = write_pdf(tmp_path / "secret.pdf", [PAGE_ONE], password="geheim")
    with pytest.raises(DocumentError, match="encrypted"):
        load_document(path)


def test_image_only_pdf_is_refused(tmp_path: Path) -> None:
    path = write_blank_pdf(tmp_path / "scan.pdf")
    with pytest.raises(DocumentError, match="no text layer"):
        load_document(path)


def test_damaged_pdf_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "cut.pdf"
    path.write_bytes(pdf_bytes([PAGE_ONE])[:200])
    with pytest.raises(DocumentError, match="cut.pdf"):
        load_document(path)


@pytest.mark.parametrize(
    ("damage", "said"),
    [
        (lambda data: data[: len(data) // 2], "damaged or incomplete"),
        (lambda data: b"%PDF-1.4\n" + bytes(range(256)) * 8, "damaged or incomplete"),
        (lambda data: data.replace(b"startxref", b"startxxxx"), "damaged or incomplete"),
        (lambda data: data.replace(b"BT", b"BT [( 1 0 0 Tj ] ] } >> <<", 1), "page 1 is damaged"),
    ],
)
def test_a_damaged_pdf_is_said_in_words(
    tmp_path: Path, damage: Callable[[bytes], bytes], said: str
) -> None:
    path = tmp_path / "kaputt.pdf"
    path.write_bytes(damage(pdf_bytes([PAGE_ONE])))
    assert said in refusal(path, "not a readable PDF: ")


def test_content_hash_is_of_the_file_bytes(tmp_path: Path) -> None:
    path = write_pdf(tmp_path / "h.pdf", [PAGE_ONE])
    assert load_document(path).content_hash == hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize(
    ("created", "published"),
    [
        ("D:20190304101500+01'00'", "2019-03-04"),
        ("D:20261206200000", "2026-12-06"),  # no zone given: its own day
        (datetime.now(UTC).strftime("D:%Y%m%d%H%M%SZ"), datetime.now(UTC).date().isoformat()),
    ],
    ids=["long-before", "no-zone", "made-now"],
)
def test_a_creation_date_is_the_same_fallback_whenever_the_file_is_added(
    tmp_path: Path, created: str, published: str
) -> None:
    """Review 21 F5: a creation date within a day of adding was dropped, so the same bytes
    had a date in a library built the next day and none in one built today. The file's own
    date is a fallback either way; the library says it is the file's (``reader meta``)."""
    path = write_pdf(tmp_path / "c.pdf", [PAGE_TWO[1:2]], metadata={"/CreationDate": created})
    assert describe_pdf(read_raw(path)).published == published


def test_the_parsed_text_takes_no_date_from_the_metadata(tmp_path: Path) -> None:
    path = write_pdf(
        tmp_path / "m.pdf", [PAGE_TWO[1:2]], metadata={"/CreationDate": "D:20190304101500Z"}
    )
    assert load_document(path).published == ""
