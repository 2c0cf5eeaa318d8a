"""Formats beyond plain text and Markdown: saved web pages, PDF and EPUB.

Each module has ``parse(source, language) -> ParsedText`` (the loader's parser signature) and
``describe(source) -> DocumentMeta`` (what the file says about itself: title, author, date,
publisher, language), which the library records when a document is added. These formats are
read as bytes: their own encoding declarations and binary structure must reach the parser.
"""

from __future__ import annotations

from collections.abc import Callable

from documents.blocks import ParsedText
from documents.formats import epub, html, pdf
from documents.model import DocumentMeta
from documents.reading import RawSource

MAX_BINARY_BYTES = 100 * 1024 * 1024
"""PDFs and EPUBs carry images and fonts, so they may be larger than any plain text."""

FORMAT_PARSERS: dict[str, Callable[[RawSource, str], ParsedText]] = {
    ".html": html.parse,
    ".htm": html.parse,
    ".pdf": pdf.parse,
    ".epub": epub.parse,
}
"""Merged into ``documents.loader.PARSERS``."""

DESCRIBERS: dict[str, Callable[[RawSource], DocumentMeta]] = {
    ".html": html.describe,
    ".htm": html.describe,
    ".pdf": pdf.describe,
    ".epub": epub.describe,
}

BINARY_SUFFIXES = frozenset(FORMAT_PARSERS)
"""Suffixes whose files reach the parser as bytes (``RawSource.data``), never decoded here."""


def describe(source: RawSource) -> DocumentMeta:
    """The metadata ``source`` declares about itself (empty for plain text and Markdown)."""
    describer = DESCRIBERS.get(source.path.suffix.lower())
    return describer(source) if describer else DocumentMeta()
