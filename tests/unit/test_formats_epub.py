"""EPUB: the spine's chapters become sections with headings; broken archives are refused."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from ebooklib import epub

from documents.errors import DocumentError
from documents.formats import describe
from documents.loader import load_document, read_raw
from documents.model import BlockKind, SectionRole
from documents.note_marks import show_note_marks
from tests.data.fixtures.makers import write_epub
from tests.unit.document_texts import paragraph_kinds_and_texts, paragraph_texts, refusal

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
    # the title is the pane's header, not a heading of the text too
    assert [(h.level, h.title) for h in document.outline] == [
        (1, "Chapter One"),
        (1, "The Second Chapter"),
        (1, "Three"),
        (2, "A subsection"),
    ]
    paragraphs = [document.text[p.start : p.end] for p in document.paragraphs]
    assert paragraphs[1:4] == [
        "It was a bright cold day in April, and the clocks were striking thirteen.",
        "Winston Smith slipped quickly through the glass doors.",
        "The Second Chapter",
    ]
    assert "• First point of a list." in paragraphs
    assert document.language == "en"


@pytest.mark.parametrize(
    ("opening", "title"),
    [
        ("<h1>The Salt Road</h1>", "The Salt Road"),
        ("<h1>THE SALT  ROAD.</h1>", "The Salt Road"),
        ("<h1>Die Salzstraße</h1>", "Die Salzstraße: Handel im Mittelalter"),
    ],
)
def test_a_first_heading_that_repeats_the_title_is_the_title(
    tmp_path: Path, opening: str, title: str
) -> None:
    chapter = opening + "<h2>Chapter One</h2><p>The carts left at dawn.</p><p>They came back.</p>"
    document = load_document(write_epub(tmp_path / "t.epub", [("One", chapter)], title=title))
    assert document.title == title
    assert [(h.level, h.title) for h in document.outline] == [(1, "Chapter One")]
    assert document.text.startswith("Chapter One")


@pytest.mark.parametrize("opening", ["Salt", "The Salt Road Begins", "The Salt Road: Chapter One"])
def test_a_chapter_heading_that_only_resembles_the_title_stays(
    tmp_path: Path, opening: str
) -> None:
    chapter = f"<h1>{opening}</h1><p>The carts left at dawn.</p><p>They came back at dusk.</p>"
    path = write_epub(tmp_path / "r.epub", [("One", chapter)], title="The Salt Road")
    document = load_document(path)
    assert [h.title for h in document.outline] == [opening]
    assert document.text.startswith(opening)


@pytest.mark.parametrize(
    "title", ["Der Leuchtturm: Erzählungen", "The Lighthouse: Stories", "Der Leuchtturm. Gedichte"]
)
def test_a_collection_keeps_the_heading_of_the_piece_it_is_named_after(
    tmp_path: Path, title: str
) -> None:
    """A book named after its first piece (review 24 E10): the heading names the piece."""
    first = title.split(":")[0].split(".")[0]
    chapters = [
        ("One", f"<h1>{first}</h1><p>Der Wärter stieg jeden Abend hinauf.</p><p>Er blieb.</p>"),
        ("Two", "<h1>Die Fähre</h1><p>Die Fähre kam nicht.</p><p>Niemand wartete.</p>"),
    ]
    document = load_document(write_epub(tmp_path / "c.epub", chapters, title=title))
    assert [h.title for h in document.outline] == [first, "Die Fähre"]


@pytest.mark.parametrize(
    ("opening", "lead"),
    [
        ("<p>The ferry left at six, as it had for forty years.</p>", False),
        ('<p class="lead">The ferry left at six, as it had for forty years.</p>', True),
        ('<p class="chapter-standfirst">The ferry left at six, as it had for years.</p>', True),
        ('<section role="doc-abstract"><p>The ferry left at six, each day.</p></section>', True),
        ('<div epub:type="abstract"><p>The ferry left at six, each day.</p></div>', True),
        ('<div class="lead-image"><img src="f.png"/><p>The ferry at six.</p></div>', False),
        ('<div class="intro-layout"><p>The ferry left at six, each day.</p></div>', False),
    ],
)
def test_a_lead_is_what_the_markup_marks(tmp_path: Path, opening: str, lead: bool) -> None:
    chapter = f"<h1>Crossing</h1>{opening}<p>The crossing took an hour in calm weather.</p>"
    document = load_document(write_epub(tmp_path / "f.epub", [("Crossing", chapter)]))
    kinds = [p.kind for p in document.paragraphs if p.kind is not BlockKind.HEADING]
    assert kinds == [BlockKind.LEAD if lead else BlockKind.PARAGRAPH, BlockKind.PARAGRAPH]


@pytest.mark.parametrize(
    "wrapper",
    [
        '<section class="intro"><h1>Introduction</h1>{}</section>',  # a chapter, not a lead
        '<article class="story intro">{}</article>',  # a whole text
        '<div class="intro">{}</div>',  # a small box: its first paragraph only
    ],
)
def test_a_lead_class_on_a_container_makes_no_chapter_a_lead(tmp_path: Path, wrapper: str) -> None:
    """Review 24 E2: a lead is one paragraph, never every paragraph of a chapter."""
    body = (
        "<p>The canals of the town are the subject of this book, and they earn a long look.</p>"
        "<p>Each chapter follows one canal from its digging to its filling, lock by lock.</p>"
    )
    chapter = (
        "<h1>Canals</h1>" + wrapper.format(body) if "<h1>" not in wrapper else wrapper.format(body)
    )
    document = load_document(write_epub(tmp_path / "w.epub", [("Canals", chapter)]))
    kinds = [p.kind for p in document.paragraphs if p.kind is not BlockKind.HEADING]
    leads = 1 if wrapper.startswith("<div") else 0
    assert kinds == [BlockKind.LEAD] * leads + [BlockKind.PARAGRAPH] * (2 - leads)


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


_CONTAINER = (
    '<?xml version="1.0"?><container version="1.0" '
    'xmlns="urn:oasis:names:tc:opendocument:xmlns:container"><rootfiles><rootfile '
    'full-path="OPS/book.opf" media-type="application/oebps-package+xml"/></rootfiles></container>'
)
_CHAPTER = (
    '<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"><body>'
    "<p>The ferry crossed the sound twice a day.</p></body></html>"
)


def _package(
    spine: str = '<spine><itemref idref="c1"/></spine>',
    manifest: str = '<item id="c1" href="c1.xhtml" media-type="application/xhtml+xml"/>',
) -> str:
    return (
        '<?xml version="1.0"?><package xmlns="http://www.idpf.org/2007/opf" version="3.0" '
        'unique-identifier="u"><metadata xmlns:dc="http://purl.org/dc/elements/1.1/">'
        '<dc:identifier id="u">x</dc:identifier><dc:title>Ferries</dc:title>'
        f"<dc:language>en</dc:language></metadata><manifest>{manifest}</manifest>{spine}"
        "</package>"
    )


_ENCRYPTION = (
    '<encryption xmlns="urn:oasis:names:tc:opendocument:xmlns:container" '
    'xmlns:enc="http://www.w3.org/2001/04/xmlenc#"><enc:EncryptedData><enc:EncryptionMethod '
    'Algorithm="http://www.w3.org/2001/04/xmlenc#aes128-cbc"/><enc:CipherData>'
    '<enc:CipherReference URI="OPS/c1.xhtml"/></enc:CipherData></enc:EncryptedData></encryption>'
)
_SOUND = {
    "META-INF/container.xml": _CONTAINER,
    "OPS/book.opf": _package(),
    "OPS/c1.xhtml": _CHAPTER,
}
BROKEN_BOOKS = {
    "no container": ({"META-INF/container.xml": None}, "has no META-INF/container.xml"),
    "container not XML": ({"META-INF/container.xml": "<container"}, "is not valid XML"),
    "no package file": ({"OPS/book.opf": None}, "package file OPS/book.opf is missing"),
    "package not XML": (
        {"OPS/book.opf": _package().replace("</metadata>", "<metadata>")},
        "package file OPS/book.opf is not valid XML (line 1)",
    ),
    "no spine": ({"OPS/book.opf": _package(spine="")}, "names no reading order"),
    "empty spine": ({"OPS/book.opf": _package(spine="<spine></spine>")}, "no reading order"),
    "spine names an unlisted file": (
        {"OPS/book.opf": _package(spine='<spine><itemref idref="c9"/></spine>')},
        "its reading order names no file that its package file OPS/book.opf lists",
    ),
    "chapter missing from the zip": (
        {"OPS/c1.xhtml": None},
        "the file OPS/c1.xhtml that its package file lists is missing from the archive",
    ),
    "chapter not XHTML": (
        {"OPS/c1.xhtml": "\x89PNG\r\n\x1a\n\x00\x00"},
        "its one chapter file holds no readable text",
    ),
    "DRM": (
        {"META-INF/encryption.xml": _ENCRYPTION, "OPS/c1.xhtml": "\x8f\x03\xa1" * 40},
        "it is protected by DRM",
    ),
}


@pytest.mark.parametrize("case", BROKEN_BOOKS)
def test_a_broken_book_is_said_in_words(tmp_path: Path, case: str) -> None:
    changes, said = BROKEN_BOOKS[case]
    path = tmp_path / "ferries.epub"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/epub+zip")
        for name, content in {**_SOUND, **changes}.items():
            if content is not None:
                archive.writestr(name, content)
    assert said in refusal(path, "not a readable EPUB: ")


def test_fonts_obfuscated_as_the_standard_allows_are_no_drm(tmp_path: Path) -> None:
    path = tmp_path / "fonts.epub"
    fonts = _ENCRYPTION.replace(
        "http://www.w3.org/2001/04/xmlenc#aes128-cbc", "http://www.idpf.org/2008/embedding"
    ).replace("OPS/c1.xhtml", "OPS/font.otf")
    with zipfile.ZipFile(path, "w") as archive:
        for name, content in {**_SOUND, "META-INF/encryption.xml": fonts}.items():
            archive.writestr(name, content)
    assert load_document(path).text == "The ferry crossed the sound twice a day."


NOTED = [
    (
        "Titelseite",
        '<section epub:type="titlepage"><h1>Die Brücke am Fluss</h1><p>von Ida Brenner</p>'
        "<p>Eigenverlag, 2023 · Lizenz CC0</p></section>",
    ),
    (
        "Der Bau",
        "<h2>Der Bau</h2><p>Im Jahr 1874 wurde der erste Pfeiler gesetzt."
        '<a epub:type="noteref" href="chap_3.xhtml#n1" id="r1"><sup>1</sup></a> Die Arbeiter '
        "kamen aus Graubünden.</p><p>Der Fluss stieg im Mai.<sup>"
        '<a href="chap_3.xhtml#n2" role="doc-noteref">2</a></sup> Danach ruhte der Bau.</p>'
        '<p>Die Flut\u00adwelle kam am 3.<a href="chap_3.xhtml#n3"><sup>3</sup></a> Juni.</p>',
    ),
    (
        "Anmerkungen",
        '<h2>Anmerkungen</h2><aside epub:type="endnote" id="n1"><p>1 Laut dem Baubuch von '
        'Karl Anselm, 1880.</p></aside><aside epub:type="endnote" id="n2"><p>2 Pegelstand in '
        'Chur.</p></aside><aside epub:type="endnote" id="n3"><p>3 Nach Zeitungen.</p></aside>',
    ),
]


def test_note_references_leave_the_sentences_and_notes_stand_apart(tmp_path: Path) -> None:
    """ "gesetzt.1 Die Arbeiter" was one sentence, and endnotes and the title page's licence
    line were body text that search, the glossary, the timeline and links read."""
    document = load_document(
        write_epub(tmp_path / "b.epub", NOTED, title="Die Brücke am Fluss", language="de")
    )
    sentences = [document.sentence_text(i) for i in range(len(document.sentences))]
    assert "Im Jahr 1874 wurde der erste Pfeiler gesetzt.¹" in sentences
    assert "Der Fluss stieg im Mai.²" in sentences
    assert "Die Flutwelle kam am 3. Juni." in sentences  # no mark inside a date
    body = " ".join(document.text[s.start : s.end] for s in document.body_spans())
    assert "Die Arbeiter kamen aus Graubünden." in body
    for apart in ("Karl Anselm", "Pegelstand", "CC0", "Eigenverlag", "Anmerkungen"):
        assert apart not in body and apart in document.text
    roles = {document.text[s.start : s.end].split()[0]: s.role for s in document.sections}
    assert roles["Anmerkungen"] is SectionRole.NOTES
    assert SectionRole.FRONT in roles.values()
    assert "Anmerkungen" in [h.title for h in document.outline]
    assert document.meta.author == "Ada Author"


def test_a_number_in_superscript_without_a_link_stays() -> None:
    from lxml import html

    from documents.formats.notes import drop_note_references

    root = html.fromstring("<p>Fläche in m<sup>2</sup>, Fußnote<a href='#f'><sup>4</sup></a>.</p>")
    assert drop_note_references(root) == 1
    assert show_note_marks(root.text_content()) == "Fläche in m2, Fußnote\u202f⁴."


@pytest.mark.parametrize("title", ["Notes", "Fußnoten"])
def test_a_chapter_titled_notes_is_set_apart_without_epub_types(tmp_path: Path, title: str) -> None:
    chapters = [
        ("One", "<h1>One</h1><p>The ferry sank in 1921, as the harbour log records.</p>"),
        (title, f"<h1>{title}</h1><p>1. Harbour log of Elmar Quist, volume two.</p>"),
    ]
    document = load_document(write_epub(tmp_path / "n.epub", chapters, title="Ferries"))
    body = " ".join(document.text[s.start : s.end] for s in document.body_spans())
    assert "The ferry sank in 1921" in body
    assert "Quist" not in body and "Quist" in document.text


def test_lists_keep_their_markers_quotes_are_marked_and_code_is_verbatim(
    tmp_path: Path,
) -> None:
    body = (
        "<h1>Steps</h1><ol start='4'><li>Close the sluice.</li><li>Open the weir.</li>"
        "<li><p>Wait for the tide.</p><p>Then check the gauge.</p></li></ol>"
        "<blockquote><p>The river keeps its own calendar.</p></blockquote>"
        "<pre><code>level = read_gauge()\nif level &gt; 5:\n    warn()</code></pre>"
        "<pre>Ein Vers,\n  eingerückt.</pre>"
    )
    document = load_document(write_epub(tmp_path / "s.epub", [("Steps", body)], title="Weirs"))
    kinds = {document.text[p.start : p.end]: p.kind for p in document.paragraphs}
    assert "4) Close the sluice." in kinds
    assert "5) Open the weir." in kinds
    assert "6) Wait for the tide." in kinds and "Then check the gauge." in kinds
    assert kinds["The river keeps its own calendar."] is BlockKind.QUOTE
    code = "level = read_gauge()\nif level > 5:\n    warn()"
    assert kinds[code] is BlockKind.CODE
    assert kinds["Ein Vers, eingerückt."] is BlockKind.PARAGRAPH  # no code: prose, re-flowed
    body_text = " ".join(document.text[s.start : s.end] for s in document.body_spans())
    assert "read_gauge" not in body_text


def _book_with_front_page(path: Path, *, guide: bool) -> Path:
    """A book whose untyped first page is a copyright page, named so by the EPUB 2 guide or
    by an EPUB 3 landmark."""
    book = epub.EpubBook()
    book.set_identifier("front")
    book.set_title("Lighthouses")
    book.set_language("en")
    rights = epub.EpubHtml(title="Rights", file_name="rights.xhtml", lang="en")
    rights.content = "<html><body><p>© 2022 Harbour Press. All rights reserved.</p></body></html>"
    text = epub.EpubHtml(title="One", file_name="one.xhtml", lang="en")
    text.content = "<html><body><h1>One</h1><p>The lamp was lit in 1859.</p></body></html>"
    for item in (rights, text):
        book.add_item(item)
    book.toc = [rights, text]
    book.add_item(epub.EpubNcx())
    book.add_item(epub.EpubNav())
    if guide:
        book.guide = [{"href": "rights.xhtml", "title": "Rights", "type": "copyright-page"}]
    book.spine = ["nav", rights, text]
    epub.write_epub(str(path), book)
    if not guide:  # ebooklib writes no landmarks: add them to its navigation document
        with zipfile.ZipFile(path) as archive:
            files = {name: archive.read(name) for name in archive.namelist()}
        landmarks = (
            b'<nav epub:type="landmarks"><ol><li><a epub:type="copyright-page" '
            b'href="rights.xhtml">Rights</a></li></ol></nav></body>'
        )
        files["EPUB/nav.xhtml"] = files["EPUB/nav.xhtml"].replace(b"</body>", landmarks)
        with zipfile.ZipFile(path, "w") as archive:
            for name, data in files.items():
                archive.writestr(name, data)
    return path


@pytest.mark.parametrize("guide", [True, False])
def test_a_page_the_book_names_its_copyright_page_is_front_matter(
    tmp_path: Path, guide: bool
) -> None:
    document = load_document(_book_with_front_page(tmp_path / "l.epub", guide=guide))
    body = " ".join(document.text[s.start : s.end] for s in document.body_spans())
    assert "The lamp was lit in 1859." in body
    assert "Harbour Press" not in body and "Harbour Press" in document.text


def _one_file_book(path: Path, href: str) -> Path:
    """A book in one file that opens with its title page, which the guide names by ``href``."""
    book = epub.EpubBook()
    book.set_identifier("one-file")
    book.set_title("Heimkehr")
    book.set_language("de")
    text = epub.EpubHtml(title="Heimkehr", file_name="book.xhtml", lang="de")
    text.content = (
        '<html><body><section id="title"><p>Heimkehr</p><p>Ein Roman</p></section>'
        "<h1>Erstes Kapitel</h1><p>Am 3. Mai 1945 kam Otto Brenner nach Kleinhausen zurück.</p>"
        "<h1>Zweites Kapitel</h1><p>Im Winter 1946 fand Anna Mertens Arbeit in Bremen.</p>"
        "</body></html>"
    )
    book.add_item(text)
    book.toc = [text]
    book.add_item(epub.EpubNcx())
    book.add_item(epub.EpubNav())
    book.guide = [{"href": href, "title": "Titel", "type": "title-page"}]
    book.spine = ["nav", text]
    epub.write_epub(str(path), book)
    return path


@pytest.mark.parametrize("href", ["book.xhtml#title", "book.xhtml"])
def test_a_title_page_named_in_a_file_of_chapters_sets_only_itself_apart(
    tmp_path: Path, href: str
) -> None:
    document = load_document(_one_file_book(tmp_path / "h.epub", href))
    body = " ".join(document.text[s.start : s.end] for s in document.body_spans())
    assert "Otto Brenner nach Kleinhausen" in body and "Anna Mertens" in body
    if "#" in href:
        assert "Ein Roman" not in body and "Ein Roman" in document.text


def test_a_typed_note_reference_on_words_keeps_its_words() -> None:
    from lxml import html

    from documents.formats.notes import drop_note_references

    root = html.fromstring(
        '<p>Er traf <a epub:type="noteref" href="notes.xhtml#n3">Karl Brenner</a> in Jena. '
        'Siehe <a role="doc-noteref" href="#n4">die Karte im Anhang</a>.'
        '<a role="doc-noteref" href="#n5">[5]</a></p>'
    )
    assert drop_note_references(root) == 1
    shown = show_note_marks(root.text_content())
    assert shown == "Er traf Karl Brenner in Jena. Siehe die Karte im Anhang.⁵"


def test_endnotes_lose_their_back_link_arrows(tmp_path: Path) -> None:
    notes = (
        '<section epub:type="endnotes"><ol><li id="n1" epub:type="endnote"><p>A river in '
        'Saxony. <a href="one.xhtml#r1" epub:type="backlink">↩</a></p></li></ol></section>'
    )
    chapters = [
        (
            "One",
            '<h1>One</h1><p>They crossed the Mulde.<a epub:type="noteref" href="#n1">1</a></p>',
        ),
        ("Notes", f"<h1>Notes</h1>{notes}"),
    ]
    document = load_document(write_epub(tmp_path / "n.epub", chapters, title="Rivers"))
    assert "1) A river in Saxony." in paragraph_texts(document)


def test_a_long_numbered_list_is_numbered_in_one_pass() -> None:
    """Each item counted its list again: 2,000 endnotes in one ``<ol>`` took seconds."""
    import time

    import lxml.html

    from documents.formats.epub import _walk

    items = "".join(f"<li><p>Note {n} on the harbour log.</p></li>" for n in range(5000))
    root = lxml.html.fromstring(f"<body><ol start='3'>{items}</ol></body>")
    began = time.process_time()
    texts = [block.text for block in _walk(root, SectionRole.BODY)]
    assert time.process_time() - began < 1.0
    assert texts[0] == "3) Note 0 on the harbour log." and texts[-1].startswith("5002) Note 4999")


def test_a_notes_heading_sets_apart_only_its_own_part_of_a_file(tmp_path: Path) -> None:
    body = (
        "<h1>Notes</h1><p>This edition follows the harbour log of 1851.</p>"
        "<h1>Chapter I</h1><p>Elmar Quist sailed from Bremen in the spring.</p>"
    )
    document = load_document(write_epub(tmp_path / "q.epub", [("Quist", body)], title="Quist"))
    text = " ".join(document.text[s.start : s.end] for s in document.body_spans())
    assert "Elmar Quist sailed from Bremen" in text and "harbour log of 1851" not in text


def test_a_table_is_rows_and_a_caption_is_marked(tmp_path: Path) -> None:
    """Each cell was a paragraph of its own; a caption was a plain paragraph."""
    chapter = (
        "<h2>Daten</h2><p>Die Brücke wurde lange geplant und spät gebaut.</p>"
        "<table><caption>Tab. 1: Bauzeit</caption><tr><th>Jahr</th><th>Schritt</th></tr>"
        "<tr><td>1874</td><td>Erster Pfeiler</td></tr></table>"
        "<figure><img src='b.png' alt=''/><figcaption>Die Brücke um 1880</figcaption></figure>"
    )
    document = load_document(write_epub(tmp_path / "t.epub", [("Daten", chapter)], language="de"))
    shown = paragraph_kinds_and_texts(document)
    assert shown[-4:] == [
        (BlockKind.CAPTION, "Tab. 1: Bauzeit"),
        (BlockKind.ROW, "Jahr | Schritt"),
        (BlockKind.ROW, "1874 | Erster Pfeiler"),
        (BlockKind.CAPTION, "Die Brücke um 1880"),
    ]


def test_a_layout_table_keeps_its_cells_paragraphs_headings_and_lists(tmp_path: Path) -> None:
    chapter = (
        "<h2>Poems</h2><table><tr><td><p>The tide came in across the flats at noon.</p>"
        "<p>The gulls rose up and circled over the mill.</p></td><td><h3>Remarks</h3>"
        "<ul><li>written at sea</li><li>printed once</li></ul></td></tr></table>"
    )
    document = load_document(write_epub(tmp_path / "l.epub", [("Poems", chapter)]))
    shown = paragraph_kinds_and_texts(document)
    assert shown[-5:] == [
        (BlockKind.PARAGRAPH, "The tide came in across the flats at noon."),
        (BlockKind.PARAGRAPH, "The gulls rose up and circled over the mill."),
        (BlockKind.HEADING, "Remarks"),
        (BlockKind.PARAGRAPH, "• written at sea"),
        (BlockKind.PARAGRAPH, "• printed once"),
    ]
