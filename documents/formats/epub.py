"""EPUB via ebooklib: the spine's chapters in reading order, each opening with its heading.

A chapter without a heading of its own gets its table-of-contents title, so every chapter
is an outline entry the reader can jump to.

Note references leave the sentences; notes and the title or copyright page stay, each in a
section set apart from the body (``documents.formats.notes``). A chapter of notes is set
apart whole, heading and all, so its title stays in the outline.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator, Sequence
from dataclasses import replace
from typing import Any

import ebooklib
import lxml.html
from ebooklib import epub
from lxml import etree

from documents.blocks import Block, ParsedText, table_row
from documents.errors import DocumentError
from documents.formats.common import (
    HEADING_LEVELS,
    clean_text,
    drop_title_heading,
    language_code,
    list_marker,
    local_name,
    rank_headings,
    verbatim_text,
)
from documents.formats.epub_package import DRM, encrypted, package_problem
from documents.formats.leads import lead_paragraphs
from documents.formats.notes import drop_note_references, role_of
from documents.model import BlockKind, DocumentMeta, SectionRole
from documents.note_marks import show_marks_in
from documents.reading import RawSource

_PARAGRAPHS = frozenset(
    {"p", "li", "blockquote", "pre", "dd", "dt", "figcaption", "caption", "td", "th"}
)
_CAPTIONS = frozenset({"figcaption", "caption"})
_SKIPPED = frozenset({"script", "style", "nav", "head", "title", "svg", "math"})
_STRUCTURE = frozenset(HEADING_LEVELS) | _PARAGRAPHS | {"div", "section", "ul", "ol", "table"}
_LAYOUT = _STRUCTURE - {"td", "th"}
"""What a layout table's cells hold (paragraphs, headings, lists): its rows are no data rows."""


def _open(source: RawSource) -> epub.EpubBook:
    """The book, or a DocumentError that says in words what is wrong with the file."""
    broken = f"{source.path}: not a readable EPUB (the archive is broken)"
    if not zipfile.is_zipfile(io.BytesIO(source.data)):
        raise DocumentError(broken)
    try:
        with zipfile.ZipFile(io.BytesIO(source.data)) as archive:
            if encrypted(archive):
                raise DocumentError(f"{source.path}: not a readable EPUB: {DRM}")
            try:
                return epub.read_epub(io.BytesIO(source.data), {"ignore_ncx": True})
            except (zipfile.BadZipFile, zipfile.LargeZipFile):
                raise
            except Exception:  # ebooklib raises KeyError, TypeError, EpubException, …
                problem = package_problem(archive) or "its package file cannot be read"
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError):
        raise DocumentError(broken) from None
    raise DocumentError(f"{source.path}: not a readable EPUB: {problem}")


def _first(book: epub.EpubBook, name: str) -> str:
    values = book.get_metadata("DC", name)
    return clean_text(str(values[0][0])) if values else ""


def describe(source: RawSource) -> DocumentMeta:
    """Title, language, publisher, date and author from the package's Dublin Core."""
    return _describe(_open(source))


def _describe(book: epub.EpubBook) -> DocumentMeta:
    return DocumentMeta(
        title=_first(book, "title"),
        language=language_code(_first(book, "language")),
        publisher=_first(book, "publisher"),
        published=_first(book, "date")[:10],
        author=_first(book, "creator"),
    )


def _walk(
    element: etree._Element,
    role: SectionRole,
    quoted: bool = False,
    front_ids: frozenset[str] = frozenset(),
    leads: Sequence[etree._Element] = (),
) -> Iterator[Block]:
    """The blocks under ``element``; ``role`` and ``quoted`` are those of its ancestors, and a
    paragraph in ``leads`` (``documents.formats.leads.lead_paragraphs``) is a lead. An element
    whose ``id`` is in ``front_ids`` (a guide or landmark names it) is front matter."""
    for child in element:
        tag = local_name(child)
        if not tag or tag in _SKIPPED:
            continue
        named_front = child.get("id") in front_ids
        inner = SectionRole.FRONT if named_front else role_of(child) or role
        inner_quoted = quoted or tag == "blockquote"
        text = clean_text("".join(child.itertext()))
        if tag == "pre" and (code := _code(child)):
            yield Block(BlockKind.CODE, code, role=SectionRole.CODE)
        elif tag == "tr" and not any(local_name(d) in _LAYOUT for d in child.iterdescendants()):
            cells = [c for c in child if local_name(c) in {"td", "th"}]
            row = table_row([clean_text("".join(cell.itertext())) for cell in cells])
            if row is not None:
                row.role = inner
                yield row
        elif tag in HEADING_LEVELS:
            if text:
                yield Block(BlockKind.HEADING, text, level=HEADING_LEVELS[tag], role=inner)
        elif any(local_name(d) in _STRUCTURE for d in child.iterdescendants()):
            inside = _walk(child, inner, inner_quoted, front_ids, leads)
            yield from _marked(list_marker(child), inside)
        elif text:
            kind = BlockKind.LEAD if child in leads else BlockKind.PARAGRAPH
            kind = BlockKind.QUOTE if inner_quoted else kind
            kind = BlockKind.CAPTION if tag in _CAPTIONS else kind
            yield Block(kind, list_marker(child) + text, role=inner)


def _marked(marker: str, blocks: Iterator[Block]) -> Iterator[Block]:
    """``blocks`` with a list item's ``marker`` before its first paragraph's text (an item
    that holds paragraphs: ``<li><p>…</p><p>…</p></li>``)."""
    for block in blocks:
        if marker and block.kind is not BlockKind.HEADING and block.kind is not BlockKind.CODE:
            block.text = marker + block.text
            marker = ""
        yield block


def _code(pre: etree._Element) -> str:
    """The verbatim text of a ``<pre>`` that holds ``<code>`` (a ``<pre>`` of verse is prose),
    taken from the code elements: a book maker's indentation around them is not the code's."""
    codes = [d for d in pre.iterdescendants() if local_name(d) == "code"]
    text = "".join("".join(code.itertext()) for code in codes)
    return verbatim_text(text)


_NOTES_TITLES = frozenset(
    title.casefold()
    for title in ("Anmerkungen", "Fußnoten", "Endnoten", "Notes", "Endnotes", "Footnotes")
)
"""Chapter titles of a book's notes, in German and English, casefolded as the titles they
are compared with ("Fußnoten" is "fussnoten")."""


def _mark_notes_chapter(blocks: list[Block]) -> None:
    """A chapter of notes is set apart whole, its heading included: one whose title says so
    (``Anmerkungen``), up to the next heading as high (one file may hold the chapters after
    it), or one that holds nothing but notes under its headings."""
    titled = (
        bool(blocks)
        and blocks[0].kind is BlockKind.HEADING
        and blocks[0].text.casefold().strip(" .:") in _NOTES_TITLES
    )
    text = [b for b in blocks if b.kind is not BlockKind.HEADING]
    end = len(blocks)
    if titled:
        end = next(
            (
                at
                for at, block in enumerate(blocks[1:], 1)
                if block.kind is BlockKind.HEADING and block.level <= blocks[0].level
            ),
            end,
        )
    if titled or (text and all(b.role is SectionRole.NOTES for b in text)):
        for block in blocks[:end]:
            block.role = SectionRole.NOTES


def _toc_titles(book: epub.EpubBook) -> dict[str, str]:
    titles: dict[str, str] = {}

    def visit(entries: list[Any]) -> None:
        for entry in entries:
            if isinstance(entry, tuple):
                section, children = entry
                titles.setdefault(section.href.split("#")[0], section.title)
                visit(children)
            elif hasattr(entry, "href") and hasattr(entry, "title"):
                titles.setdefault(entry.href.split("#")[0], entry.title)
            elif hasattr(entry, "file_name") and hasattr(entry, "title"):
                titles.setdefault(entry.file_name, entry.title)

    visit(book.toc)
    return titles


def _chapter(
    item: epub.EpubItem, title: str, front_ids: frozenset[str] = frozenset()
) -> list[Block]:
    content = item.get_content()
    if not content.strip():
        return []
    try:
        root = lxml.html.document_fromstring(content)
    except (etree.ParserError, ValueError):
        return []
    body = root.find(".//body")
    top = body if body is not None else root
    drop_note_references(top)
    leads = lead_paragraphs(top)
    blocks = list(_walk(top, role_of(top) or SectionRole.BODY, front_ids=front_ids, leads=leads))
    if blocks and blocks[0].kind is not BlockKind.HEADING and title:
        role = blocks[0].role if all(b.role is blocks[0].role for b in blocks) else None
        heading = Block(BlockKind.HEADING, clean_text(title), level=1)
        blocks.insert(0, heading if role is None else replace(heading, role=role))
    _mark_notes_chapter(blocks)
    return blocks


_GUIDE_FRONT = frozenset({"cover", "title-page", "copyright-page", "colophon"})
"""The EPUB 2 guide's reference types of front matter."""


_WHOLE = ""
"""Stands, among a file's front-matter targets, for a link to the whole file."""


def _front_targets(book: epub.EpubBook) -> dict[str, set[str]]:
    """What the book itself names as its cover, title or copyright page, in the EPUB 2 guide
    or among the EPUB 3 landmarks (``<a epub:type="titlepage">``) of its navigation: per
    file, the ids of the named elements (``book.xhtml#title``), ``_WHOLE`` for a link to the
    file itself. A fragment names a part: one-file books open with their title page."""
    hrefs = [ref.get("href", "") for ref in book.guide if ref.get("type") in _GUIDE_FRONT]
    for item in book.get_items():
        if isinstance(item, epub.EpubNav):
            hrefs += _landmarks(item)
    targets: dict[str, set[str]] = {}
    for href in filter(None, hrefs):
        name, _, fragment = href.partition("#")
        targets.setdefault(name, set()).add(fragment)
    return targets


_FRONT_PARAGRAPHS = 12
"""At most this many paragraphs, under at most one heading, in a file that is front matter
whole: a converter's first file that a guide calls the title page may hold a chapter too."""


def _front_sized(blocks: list[Block]) -> bool:
    headings = sum(block.kind is BlockKind.HEADING for block in blocks)
    return headings <= 1 and len(blocks) - headings <= _FRONT_PARAGRAPHS


def _landmarks(item: epub.EpubItem) -> list[str]:
    """The targets of an EPUB 3 navigation document's front-matter landmarks."""
    try:
        root = lxml.html.document_fromstring(item.get_content())
    except (etree.ParserError, ValueError):
        return []
    return [link.get("href") or "" for link in root.iter("a") if role_of(link) is SectionRole.FRONT]


def _no_chapters(source: RawSource, documents: int) -> str:
    """Why a book that ebooklib read has no text: a problem of its package (an empty reading
    order, one naming files the package does not list), else what its reading order holds."""
    with zipfile.ZipFile(io.BytesIO(source.data)) as archive:
        problem = package_problem(archive)
    if problem or not documents:
        return problem or "its reading order holds no chapter, only other files"
    if documents == 1:
        return "its one chapter file holds no readable text (is it XHTML?)"
    return f"none of its {documents} chapter files holds readable text (are they XHTML?)"


def parse(source: RawSource, language: str) -> ParsedText:
    """The book's chapters (spine order) as headings and paragraphs.

    Raises:
        DocumentError: for a broken archive or package (``epub_package``), a book with DRM,
            or a book without readable chapters, each said in words.
    """
    book = _open(source)
    meta = _describe(book)
    titles = _toc_titles(book)
    front = _front_targets(book)
    blocks: list[Block] = []
    chapters = documents = 0
    for idref, _linear in book.spine:
        item = book.get_item_with_id(idref)
        if item is None or item.get_type() != ebooklib.ITEM_DOCUMENT:
            continue
        if isinstance(item, epub.EpubNav):
            continue
        documents += 1
        targets = front.get(item.get_name(), set())
        chapter = _chapter(item, titles.get(item.get_name(), ""), frozenset(targets - {_WHOLE}))
        if _WHOLE in targets and _front_sized(chapter):
            for block in chapter:
                block.role = SectionRole.FRONT
        chapters += bool(chapter)
        blocks += chapter
    if not chapters:
        raise DocumentError(
            f"{source.path}: not a readable EPUB: {_no_chapters(source, documents)}"
        )
    rank_headings(blocks)
    drop_title_heading(blocks, meta.title)
    show_marks_in(blocks)
    return ParsedText(
        blocks,
        title=meta.title,
        published=meta.published,
        author=meta.author,
        language=meta.language,
        notes=[f"{chapters} chapters from the spine"],
    )
