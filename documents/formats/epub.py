"""EPUB via ebooklib: the spine's chapters in reading order, each opening with its heading.

A chapter without a heading of its own gets its table-of-contents title, so every chapter
is an outline entry the reader can jump to.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from typing import Any

import ebooklib
import lxml.html
from ebooklib import epub
from lxml import etree

from documents.blocks import Block, ParsedText
from documents.errors import DocumentError
from documents.formats.common import clean_text, keep_first_heading, language_code, rank_headings
from documents.model import BlockKind, DocumentMeta
from documents.reading import RawSource

_HEADINGS = {f"h{n}": n for n in range(1, 7)}
_PARAGRAPHS = frozenset(
    {"p", "li", "blockquote", "pre", "dd", "dt", "figcaption", "caption", "td", "th"}
)
_SKIPPED = frozenset({"script", "style", "nav", "head", "title", "svg", "math"})
_STRUCTURE = frozenset(_HEADINGS) | _PARAGRAPHS | {"div", "section", "ul", "ol", "table"}


def _open(source: RawSource) -> epub.EpubBook:
    if not zipfile.is_zipfile(io.BytesIO(source.data)):
        raise DocumentError(f"{source.path}: not a readable EPUB (the archive is broken)")
    try:
        return epub.read_epub(io.BytesIO(source.data), {"ignore_ncx": True})
    except (zipfile.BadZipFile, zipfile.LargeZipFile):
        raise DocumentError(f"{source.path}: not a readable EPUB (the archive is broken)") from None
    except Exception as error:  # ebooklib raises KeyError, EpubException, lxml errors, …
        raise DocumentError(f"{source.path}: not a readable EPUB ({error})") from None


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


def _tag(element: etree._Element) -> str:
    return etree.QName(element).localname.lower() if isinstance(element.tag, str) else ""


def _walk(element: etree._Element) -> Iterator[Block]:
    for child in element:
        tag = _tag(child)
        if not tag or tag in _SKIPPED:
            continue
        text = clean_text("".join(child.itertext()))
        if tag in _HEADINGS:
            if text:
                yield Block(BlockKind.HEADING, text, level=_HEADINGS[tag])
        elif any(_tag(d) in _STRUCTURE for d in child.iterdescendants()):
            yield from _walk(child)
        elif text:
            yield Block(BlockKind.PARAGRAPH, text)


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


def _chapter(item: epub.EpubItem, title: str) -> list[Block]:
    content = item.get_content()
    if not content.strip():
        return []
    try:
        root = lxml.html.document_fromstring(content)
    except (etree.ParserError, ValueError):
        return []
    body = root.find(".//body")
    blocks = list(_walk(body if body is not None else root))
    if blocks and blocks[0].kind is not BlockKind.HEADING and title:
        blocks.insert(0, Block(BlockKind.HEADING, clean_text(title), level=1))
    return blocks


def parse(source: RawSource, language: str) -> ParsedText:
    """The book's chapters (spine order) as headings and paragraphs.

    Raises:
        DocumentError: for a broken archive or a book without readable chapters.
    """
    book = _open(source)
    meta = _describe(book)
    titles = _toc_titles(book)
    blocks: list[Block] = []
    chapters = 0
    for idref, _linear in book.spine:
        item = book.get_item_with_id(idref)
        if item is None or item.get_type() != ebooklib.ITEM_DOCUMENT:
            continue
        if isinstance(item, epub.EpubNav):
            continue
        chapter = _chapter(item, titles.get(item.get_name(), ""))
        chapters += bool(chapter)
        blocks += chapter
    rank_headings(blocks)
    keep_first_heading(blocks, meta.title)
    return ParsedText(
        blocks,
        title=meta.title,
        published=meta.published,
        language=meta.language,
        notes=[f"{chapters} chapters from the spine"],
    )
