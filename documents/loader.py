"""Load a file into a Document: read, sanitise, parse by format, shape, split, cache.

The parsing modules are imported only when the cache misses: opening a document that was
parsed before costs a JSON read, and start-up does not pay for the parsers' imports.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path

from documents.blocks import ParsedText
from documents.cache import ParsedCache, byline_span, from_record, removals, to_record
from documents.errors import DocumentError
from documents.formats import BINARY_SUFFIXES, FORMAT_PARSERS, MAX_BINARY_BYTES
from documents.model import BlockKind, Document, DocumentMeta
from documents.reading import RawSource, read_bytes, read_source

_UMLAUTS = [
    ["ä", "ae"],
    ["ö", "oe"],
    ["ü", "ue"],
    ["Ä", "Ae"],
    ["Ö", "Oe"],
    ["Ü", "Ue"],
    ["ß", "ss"],
]

Parser = Callable[[RawSource, str], ParsedText]
"""Turns a file's decoded source into blocks; the second argument is the expected language."""


def parse_plain(source: RawSource, language: str) -> ParsedText:
    """Plain text: page furniture (a PDF's text copied out), web chrome, a date line, blocks.

    A form feed (``pdftotext`` puts one between pages) is a page break; ``sanitize`` would
    remove it, so the pages are split apart first.
    """
    from documents.byline import date_above_title, text_the_date_under_title
    from documents.furniture import drop_furniture
    from documents.plaintext import parse_plain_text
    from documents.sanitize import sanitize
    from documents.webpage import drop_chrome

    pages = [sanitize(page) for page in source.text.split("\f")]
    text, removed = drop_furniture(pages)
    text, published, teasers, notes = drop_chrome(text, language or "de")
    removed += teasers
    blocks = parse_plain_text(text)
    title = ""
    if not published:
        title, published = date_above_title(blocks, language or "de")
        if published:
            notes.append(f"publication date {published} from the date line above the title")
            notes.append(f"title from the heading below the date line: {title}")
        else:
            text_the_date_under_title(blocks, language or "de")
    return ParsedText(
        blocks, title=title, published=published, language=language, notes=notes, removed=removed
    )


def parse_md(source: RawSource, language: str) -> ParsedText:
    from documents.markdown import parse_markdown_document
    from documents.sanitize import sanitize

    return parse_markdown_document(sanitize(source.text), language)


PARSERS: dict[str, Parser] = {
    ".txt": parse_plain,
    ".text": parse_plain,
    "": parse_plain,
    ".md": parse_md,
    ".markdown": parse_md,
    **FORMAT_PARSERS,
}
"""Parsers by file suffix; other formats register themselves here."""


def supported_suffixes() -> list[str]:
    return sorted(s for s in PARSERS if s)


DOCUMENT_ID_LENGTH = 48
"""Longest id made from a title: short enough to type."""


def document_id(title: str, path: Path) -> str:
    """A readable slug of the title's first words (or the file name's), short enough to type.

    Cut after the last whole word that fits: slugify's own word-boundary cut skips a long word
    and goes on with shorter later ones, so its id does not read as the title's start.
    """
    from slugify import slugify

    slug = slugify(title or path.stem, replacements=_UMLAUTS)
    if len(slug) > DOCUMENT_ID_LENGTH:
        cut = slug[: DOCUMENT_ID_LENGTH + 1].rfind("-")
        slug = slug[:cut] if cut > 0 else slug[:DOCUMENT_ID_LENGTH]
    return slug or "document"


def read_the_byline(parsed: ParsedText, language: str) -> None:
    """Mark a byline at the top of ``parsed`` ("By A. B., 14 March 2021") or else a date line
    under its title ("Dundee, 28 November 2026") and, when the file declared no date, take its
    date and author; the line stays in the text. A byline without a date directly under the
    title ("By Margaret Ellison, a visiting historian") gives the author only."""
    from documents.byline import (
        HEAD_BLOCKS,
        Byline,
        date_under_title,
        locate_byline,
        read_author_line,
    )

    located = locate_byline((block.text for block in parsed.blocks[:HEAD_BLOCKS]), language)
    if located is None and not parsed.published:
        dated = date_under_title(parsed.blocks, bool(parsed.title), language)
        located = None if dated is None else (dated[0], Byline(dated[1], ""))
    if located is None:
        first = parsed.blocks[0]
        author = read_author_line(first.text, language) if parsed.title else ""
        if author and first.kind is not BlockKind.HEADING:
            parsed.byline, parsed.author = 0, parsed.author or author
            parsed.notes.append(f"author {author} from the byline")
        return
    parsed.byline, found = located
    if not parsed.published:
        parsed.published = found.published
        parsed.author = parsed.author or found.author
        parsed.notes.append(f"publication date {found.published} from the byline")


def _parser_for(path: Path) -> Parser:
    suffix = path.suffix.lower()
    if suffix not in PARSERS:
        if path.exists() and path.is_dir():
            raise DocumentError(f"{path}: is a directory, not a document")
        known = ", ".join(supported_suffixes())
        raise DocumentError(f"{path}: unsupported file type {suffix!r} (supported: {known})")
    return PARSERS[suffix]


def read_raw(path: Path) -> RawSource:
    """Read ``path`` as its format needs: bytes for binary formats, decoded text otherwise."""
    if path.suffix.lower() not in BINARY_SUFFIXES:
        return read_source(path)
    data = read_bytes(path, MAX_BINARY_BYTES)
    return RawSource(path, "", hashlib.sha256(data).hexdigest(), data=data)


def load_document(
    path: Path,
    meta: DocumentMeta | None = None,
    doc_id: str | None = None,
    cache: ParsedCache | None = None,
    source: RawSource | None = None,
) -> Document:
    """Load ``path``; ``meta`` (e.g. from the library catalogue) overrides what the text says.

    ``source`` is the file already read (by ``read_raw``), so adding a document reads it once.

    Raises:
        DocumentError: with a one-line message, for every problem with the file.
    """
    parser = _parser_for(path)
    source = source or read_raw(path)
    meta = meta or DocumentMeta()
    record = cache.get(source.content_hash) if cache else None
    if record is not None and meta.language and record["language"] != meta.language:
        record = None  # read in another language than the reader's correction: read it again
    if record is None:
        from documents.assemble import assemble
        from documents.note_marks import without_note_marks
        from documents.structure import shape

        parsed = parser(source, meta.language)
        # The reader's language (a correction, or the catalogue's) outranks the file's own
        # declaration: the byline and the sentences are read in the language they will carry.
        parsed.language = meta.language or parsed.language
        parsed = shape(parsed)
        parsed.title = without_note_marks(parsed.title)
        if not parsed.blocks:
            raise DocumentError(f"{path}: contains no readable text")
        read_the_byline(parsed, parsed.language or "de")
        assembled = assemble(parsed.blocks, parsed.language or "de")
        record = to_record(parsed, assembled[0], assembled[1:], source.warnings)
        if cache:
            cache.put(source.content_hash, record)
    paragraphs, sentences, outline, sections = from_record(record)
    merged = DocumentMeta(
        title=meta.title or record["title"] or path.stem.replace("_", " "),
        language=meta.language or record["language"] or "de",
        publisher=meta.publisher,
        author=meta.author or record["author"],
        published=meta.published or record["published"],
        perspective=meta.perspective,
        source=meta.source,
        description=meta.description,
    )
    return Document(
        id=doc_id or document_id(merged.title, path),
        meta=merged,
        text=record["text"],
        content_hash=source.content_hash,
        paragraphs=paragraphs,
        sentences=sentences,
        outline=outline,
        sections=sections,
        path=path,
        warnings=list(record["warnings"]),
        removed=removals(record),
        byline=byline_span(record),
    )
