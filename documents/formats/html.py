"""Saved web pages: trafilatura finds the article and drops navigation, footers and teasers.

trafilatura's XML-like tree keeps ``<h1>``..``<h6>`` as ``<head rend="hN">``, which become
heading blocks; the page's metadata (``<meta>`` tags, JSON-LD, ``<html lang>``) gives title,
author, site, date and language.

* trafilatura drops every ``<figure>`` with its caption; a caption is the article's text
  (who or what a photo shows, a chart's source), so each becomes a paragraph of its own
  where its figure stood, before the extraction, marked as a caption.
* The publisher is trafilatura's site name (``og:site_name``, ``application-name``, a
  domain in the ``<title>``), else the part of the ``<title>`` beside the article's own
  title (``Article title | Site Name``), else the page's host name.
* An ``<aside>`` inside the article element is the author's box: kept where it stood, as
  ASIDE blocks (``documents.formats.asides``); one outside it is the site's and goes.
* Note references (``<sup><a href="#fn1">1</a></sup>``) leave the sentences before the
  extraction, and notes typed as such (``role="doc-endnotes"``, ``epub:type="footnote"``)
  leave the page, to follow the article as notes set apart (``documents.formats.notes``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import trafilatura
from lxml.html import HtmlElement
from trafilatura.settings import Document

from documents.blocks import Block, ParsedText, table_row
from documents.byline import BYLINE_MAX_CHARS, find_byline
from documents.errors import DocumentError
from documents.formats.asides import put_asides, take_asides
from documents.formats.common import (
    clean_text,
    item_marker,
    language_code,
    rank_headings,
    verbatim_text,
)
from documents.formats.leads import lead_texts
from documents.formats.notes import drop_note_references, take_notes
from documents.model import BlockKind, DocumentMeta, SectionRole
from documents.note_marks import show_marks_in, without_note_marks, without_placeholders
from documents.reading import RawSource

_CONTAINERS = frozenset({"list", "table", "quote", "div", "main", "body", "row"})
"""trafilatura elements holding blocks rather than running text."""


def _load(source: RawSource) -> HtmlElement:
    """The page's tree, its note references already placeholders (so that no reader of the
    tree, the metadata's title from an ``<h1>`` either, takes a reference for text)."""
    tree = trafilatura.load_html(source.data or source.text)
    if tree is None:
        raise DocumentError(  # trafilatura finds no element to build a page from
            f"{source.path}: not a readable HTML page: it holds no HTML elements"
            " (if it is plain text, name it .txt)"
        )
    drop_note_references(tree)
    return tree


def _declared_language(tree: HtmlElement) -> str:
    """``<html lang>``, else ``Content-Language`` or ``og:locale`` (trafilatura ignores these)."""
    candidates = [tree.get("lang"), tree.get("{http://www.w3.org/XML/1998/namespace}lang")]
    for meta in tree.iter("meta"):
        key = (meta.get("http-equiv") or meta.get("property") or meta.get("name") or "").lower()
        if key in ("content-language", "og:locale", "dc.language", "language"):
            candidates.append(meta.get("content"))
    for candidate in candidates:
        code = language_code(candidate)
        if code:
            return code
    return ""


def describe(source: RawSource) -> DocumentMeta:
    """Title, date, language, site, author and URL from the page's metadata."""
    return _describe(_load(source))


def _describe(tree: HtmlElement) -> DocumentMeta:
    # Without ``extensive``, htmldate takes the date from the page's markup (meta tags, <time>,
    # dated lines) and never guesses: its extensive search turns a "© 2026" footer into
    # 1 January 2026, a date the page never states.
    found = trafilatura.extract_metadata(tree, extensive=False)
    language = _declared_language(tree)
    author, published = found.author or "", found.date or ""
    if not (author and published):
        # the article's own byline, which the extraction drops with the page's chrome
        byline = find_byline(_short_texts(tree), language)
        if byline is not None:
            author, published = author or byline.author, published or byline.published
    return DocumentMeta(
        title=_title(tree, clean_text(found.title or "")),
        language=language,
        publisher=clean_text(
            found.sitename or _title_site(tree, found.title) or found.hostname or ""
        ),
        author=clean_text(author),
        published=published,
        source=clean_text(found.url or ""),
        description=clean_text(found.description or ""),
    )


def _title(tree: HtmlElement, found: str) -> str:
    """The metadata's title, unless it is an ``<h1>`` holding a note reference, which the
    metadata reads glued on (``sank1``): then that heading's text without it."""
    for heading in tree.iter("h1"):
        bare, glued = without_placeholders(clean_text("".join(heading.itertext())))
        if glued != bare and " ".join(glued.split()) == found:
            return " ".join(bare.split())
    return found


_TITLE_SEPARATOR = re.compile(r"\s+[|–—·•:~«»‹›<>/-]\s+")
"""Between the parts of a page's ``<title>``: a separator with spaces around it (a colon or
a hyphen inside a title has none before it)."""


def _title_site(tree: HtmlElement, title: str | None) -> str:
    """The site's name in ``<title>``: its last part when the article's title opens it
    (``Article | Section | Site``), its first when the title closes it (``Site – Article``);
    "" when neither end is the article's title."""
    element = tree.find(".//head//title")
    parts = _TITLE_SEPARATOR.split(element.text_content()) if element is not None else []
    wanted = _folded(title or "")
    if len(parts) < 2 or not wanted:
        return ""
    if _folded(parts[0]) == wanted:
        return parts[-1]
    return parts[0] if _folded(parts[-1]) == wanted else ""


def _folded(text: str) -> str:
    return " ".join(text.split()).casefold()


def _captions_as_paragraphs(tree: HtmlElement) -> set[str]:
    """Put each figure's caption in its place as a paragraph (trafilatura drops figures);
    a figure holding a table is left to trafilatura, which keeps the table. Returns the
    captions' texts, whose blocks are then marked as captions."""
    captions = set()
    for figure in list(tree.iter("figure")):
        caption = figure.find(".//figcaption")
        parent = figure.getparent()
        if caption is None or parent is None or figure.find(".//table") is not None:
            continue
        caption.tag, caption.tail = "p", figure.tail  # its inline markup stays inside
        parent.replace(figure, caption)
        captions.add(clean_text("".join(caption.itertext())))
    return captions


_BYLINE_TAGS = ("p", "div", "span", "address", "time", "small")


def _short_texts(tree: HtmlElement) -> Iterator[str]:
    """The texts of the page's short elements in document order up to the article's first
    long paragraph, where a byline would be."""
    body = tree.find("body")
    for element in (body if body is not None else tree).iter(*_BYLINE_TAGS):
        text = clean_text("".join(element.itertext()))
        if element.tag == "p" and len(text) > BYLINE_MAX_CHARS:
            return  # the article has begun: a dated line after it is a comment's or a link's
        if 0 < len(text) <= BYLINE_MAX_CHARS:
            yield text


def _inline_text(element: HtmlElement) -> str:
    """The element's running text, leaving out nested lists and tables (walked separately)."""
    parts = [element.text or ""]
    for child in element:
        if child.tag not in _CONTAINERS:
            parts.append("".join(child.itertext()))
        parts.append(child.tail or "")
    return clean_text("".join(parts))


def _walk(element: HtmlElement, quoted: bool = False) -> Iterator[Block]:
    """The blocks of trafilatura's tree under ``element``; ``quoted`` inside a quote."""
    for child in element:
        if child.tag == "head":
            text = clean_text("".join(child.itertext()))
            rend = child.get("rend") or "h2"
            level = int(rend[1]) if rend[1:].isdigit() else 2
            if text:
                yield Block(BlockKind.HEADING, text, level=level)
        elif child.tag == "row":
            row = table_row([clean_text("".join(cell.itertext())) for cell in child])
            if row is not None:
                yield row
        elif child.tag == "code":
            code = verbatim_text("".join(child.itertext()))
            if code:
                yield Block(BlockKind.CODE, code, role=SectionRole.CODE)
        elif child.tag in _CONTAINERS and len(child):
            yield from _walk(child, quoted or child.tag == "quote")
        else:
            text = _inline_text(child)
            if text:
                kind = BlockKind.QUOTE if quoted else BlockKind.PARAGRAPH
                yield Block(kind, _item_marker(child, element) + text)
            yield from _walk_nested(child, quoted)


def _item_marker(item: HtmlElement, parent: HtmlElement) -> str:
    """A list item's marker in trafilatura's tree (``<list rend="ol"><item>``), as
    :func:`item_marker` gives it."""
    if parent.tag != "list":
        return ""
    return item_marker(item, parent, "item", parent.get("rend") == "ol")


def _walk_nested(element: HtmlElement, quoted: bool) -> Iterator[Block]:
    for child in element:
        if child.tag in _CONTAINERS:
            yield from _walk(child, quoted)


def _drop_title_heading(blocks: list[Block], title: str) -> None:
    """An article's ``<h1>`` that is the page's declared title leaves the text, even when its
    first section's heading follows (the pane's header shows the title; a heading before a
    heading stays elsewhere, as a book's part before its first chapter); so do the short
    labels above it (a kicker such as ``Wissen · Archäologie``), which are the site's."""
    wanted = " ".join(title.split()).casefold()
    for at, block in enumerate(blocks[:_TITLE_WITHIN]):
        heading = " ".join(without_note_marks(block.text).split()).casefold()
        if block.kind is BlockKind.HEADING and heading == wanted:
            if all(_a_label(before.text) for before in blocks[:at]):
                del blocks[: at + 1]
            return


_TITLE_WITHIN = 3
"""How many blocks at the top of a page may hold its title heading (labels come first)."""


def _a_label(text: str) -> bool:
    """A kicker or section label: a few words that end no sentence."""
    return len(text.split()) <= 4 and not text.rstrip().endswith((".", "!", "?", ":"))


def parse(source: RawSource, language: str) -> ParsedText:
    """The page's main content as blocks, with its declared title, date and language."""
    tree = _load(source)
    meta = _describe(tree)
    captions = _captions_as_paragraphs(tree)
    leads = lead_texts(tree)
    apart = take_notes(tree)
    asides = take_asides(tree)
    extracted = trafilatura.bare_extraction(
        tree, include_formatting=True, include_tables=True, include_comments=False
    )
    if not isinstance(extracted, Document) or extracted.body is None:
        raise DocumentError(f"{source.path}: no article text found on the page")
    blocks = [*put_asides(list(_walk(extracted.body)), asides), *apart]
    for block in blocks:
        if block.kind is BlockKind.PARAGRAPH and block.text in captions:
            block.kind = BlockKind.CAPTION
        elif block.kind is BlockKind.PARAGRAPH and block.text in leads:
            block.kind = BlockKind.LEAD  # the page marked it (``documents.formats.leads``)
    show_marks_in(blocks)
    if meta.title:
        _drop_title_heading(blocks, meta.title)
    rank_headings(blocks)
    notes = ["main content extracted with trafilatura"]
    return ParsedText(
        blocks, title=meta.title, published=meta.published, language=meta.language, notes=notes
    )
