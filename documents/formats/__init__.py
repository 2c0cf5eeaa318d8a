"""Formats beyond plain text and Markdown: saved web pages, PDF and EPUB.

Each module has ``parse(source, language) -> ParsedText`` (the loader's parser signature) and
``describe(source) -> DocumentMeta`` (what the file says about itself: title, author, date,
publisher, language), which the library records when a document is added. These formats are
read as bytes: their own encoding declarations and binary structure must reach the parser.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any

from documents.blocks import ParsedText
from documents.model import DocumentMeta
from documents.reading import RawSource

MAX_BINARY_BYTES = 100_000_000
"""PDFs and EPUBs carry images and fonts, so they may be larger than any plain text."""

_MODULES = {".html": "html", ".htm": "html", ".pdf": "pdf", ".epub": "epub"}


def _deferred(module: str, function: str) -> Callable[..., Any]:
    """Call ``documents.formats.<module>.<function>``, importing it on first use: trafilatura,
    pypdf and ebooklib together take half a second to import, which start-up must not pay."""

    def call(*args: Any) -> Any:
        return getattr(importlib.import_module(f"documents.formats.{module}"), function)(*args)

    return call


FORMAT_PARSERS: dict[str, Callable[[RawSource, str], ParsedText]] = {
    suffix: _deferred(module, "parse") for suffix, module in _MODULES.items()
}
"""Merged into ``documents.loader.PARSERS``."""

DESCRIBERS: dict[str, Callable[[RawSource], DocumentMeta]] = {
    suffix: _deferred(module, "describe") for suffix, module in _MODULES.items()
}

BINARY_SUFFIXES = frozenset(FORMAT_PARSERS)
"""Suffixes whose files reach the parser as bytes (``RawSource.data``), never decoded here."""


def describe(source: RawSource) -> DocumentMeta:
    """The metadata ``source`` declares about itself (empty for plain text and Markdown)."""
    describer = DESCRIBERS.get(source.path.suffix.lower())
    return describer(source) if describer else DocumentMeta()
