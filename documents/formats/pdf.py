"""PDF via pypdf: text in reading order, headings, paragraphs, running heads dropped.

* Lines come from pypdf's text extraction; a visitor records each line's baseline and font
  size, which separate paragraphs (a wider gap than the usual line spacing, a size change)
  and find headings.
* Headings are the outline (bookmarks) titles where the PDF has an outline; otherwise lines
  set clearly larger than the body text, ranked by size.
* A line repeated at the top or bottom of most pages (digits ignored) is a running header or
  footer, and a bare number there is a page number: both are dropped.
* Hard-wrapped lines are re-flowed with ``documents.plaintext.reflow``, which mends
  hyphenation at line ends; a paragraph continues across a page break unless a sentence ended.
* The PDF's ``/CreationDate`` says when a program wrote the file, not when its text was
  published: a report exported on its day of publication carries that day, but a print-out,
  a conversion or a generated file carries the moment it was made. So the parsed text takes
  its date only from the text itself (a byline at its top, read by the loader), and
  ``describe`` offers the creation date as what the file declares, for the library to use
  only when the text names no date, and to show as the file's date (``reader meta``: "the
  file's creation date"), which the reader can correct or clear. It is taken whenever the
  file is added: a rule on the moment of adding (the file "just made") gave the same bytes a
  date in one library and none in another built a day later.
"""

from __future__ import annotations

import io
import logging
import re
import statistics
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any

from pypdf import PageObject, PdfReader
from pypdf.errors import DependencyError, FileNotDecryptedError
from rapidfuzz import fuzz

from documents.blocks import Block, ParsedText
from documents.errors import DocumentError
from documents.formats.common import clean_text, keep_first_heading
from documents.model import BlockKind, DocumentMeta, Removal, RemovedLines
from documents.pages import PAGE_NUMBER, edge_indices, edge_key, page_edges, running_keys
from documents.plaintext import reflow
from documents.reading import RawSource
from documents.sniff import is_pdf

HEADING_SIZE_RATIO = 1.15
"""Lines at least this much larger than the body text are headings (PDFs without outline)."""
HEADING_MAX_CHARS = 120
PARAGRAPH_GAP_RATIO = 1.4
"""A baseline gap this much wider than the usual line spacing starts a new paragraph."""
SHORT_LINE_RATIO = 0.7
"""A line ending a sentence and shorter than this share of the usual line ends a paragraph."""
OUTLINE_MATCH = 90
"""How closely (0-100) a line must match a bookmark's title to be that heading."""

_SENTENCE_END = tuple(".!?…:\"'”»")
_JUNK_TITLE = re.compile(r"^(?:microsoft \w+ - |untitled)|\.(?:docx?|pdf|indd|odt|tex|qxd)$", re.I)

logging.getLogger("pypdf").addHandler(logging.NullHandler())
"""pypdf logs what it repairs in a damaged file; with no handler Python would print that to
the terminal beside our own one-line message (a handler configured by the caller still sees it)."""


@dataclass(slots=True)
class _Line:
    text: str = ""
    y: float = 0.0
    size: float = 0.0
    heading: int = 0
    """Outline level when the line is a heading, else 0."""


def _open(source: RawSource) -> PdfReader:
    if not is_pdf(source.data):
        raise DocumentError(
            f"{source.path}: not a PDF (it has no %PDF- header); if it is text, name it .txt"
        )
    try:
        reader = PdfReader(io.BytesIO(source.data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise DocumentError(f"{source.path}: the PDF is encrypted (password protected)")
        return reader
    except (FileNotDecryptedError, DependencyError):
        raise DocumentError(f"{source.path}: the PDF is encrypted (password protected)") from None
    except DocumentError:
        raise
    except Exception as error:  # pypdf raises many types on damaged files; all mean "unreadable"
        raise DocumentError(f"{source.path}: not a readable PDF ({error})") from None


def _creation_date(reader: PdfReader) -> str:
    """The day of ``/CreationDate`` as written in the file (its own zone), or "" when there is
    none or it cannot be read."""
    try:
        created = reader.metadata.creation_date if reader.metadata else None
    except ValueError:  # a malformed /CreationDate string
        return ""
    return created.date().isoformat() if created is not None else ""


def describe(source: RawSource) -> DocumentMeta:
    """Title and author from the document information dictionary, and its creation date
    as ``published``: the library takes that only when the text names no date of its own."""
    reader = _open(source)
    return replace(_describe(reader), published=_creation_date(reader))


def _describe(reader: PdfReader) -> DocumentMeta:
    """Title and author: what the parsed text keeps of the file's metadata (no date)."""
    info: Mapping[str, object] = reader.metadata or {}
    title = clean_text(str(info.get("/Title") or ""))
    return DocumentMeta(
        title="" if _JUNK_TITLE.search(title) else title,
        author=clean_text(str(info.get("/Author") or "")),
    )


def _page_lines(page: PageObject) -> list[_Line]:
    """The page's text lines, each with the baseline and size of its (largest) text."""
    lines = [_Line()]

    def visit(text: str, cm: list[float], tm: list[float], _font: object, size: float) -> None:
        for number, part in enumerate(text.split("\n")):
            if number:
                lines.append(_Line())
            line = lines[-1]
            if part.strip():
                scale = abs(tm[3] * cm[3]) or 1.0
                if not line.text.strip():
                    line.y = tm[5] * cm[3] + cm[5]
                line.size = max(line.size, round(size * scale, 1))
            line.text += part

    page.extract_text(visitor_text=visit)
    for line in lines:
        line.text = clean_text(line.text)
    return [line for line in lines if line.text]


def _drop_running_lines(pages: list[list[_Line]]) -> list[str]:
    """Remove running headers, footers and page numbers; return the lines that went."""
    edges = [[line.text for line in page_edges(lines)] for lines in pages]
    running = running_keys(edges, len(pages))
    dropped: list[str] = []
    for index, lines in enumerate(pages):
        edge = edge_indices(len(lines))
        kept = []
        for i, line in enumerate(lines):
            if i in edge and (edge_key(line.text) in running or PAGE_NUMBER.match(line.text)):
                dropped.append(line.text)
            else:
                kept.append(line)
        pages[index] = kept
    return dropped


def _outline(reader: PdfReader) -> list[tuple[str, int, int]]:
    """Bookmarks as (title, level, page index), in document order."""
    found: list[tuple[str, int, int]] = []

    def walk(items: list[Any], level: int) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item, level + 1)
                continue
            try:
                page = reader.get_destination_page_number(item)
            except Exception:  # a bookmark to a missing page: pypdf raises various errors
                continue
            title = clean_text(str(item.title or ""))
            if title and page is not None and page >= 0:
                found.append((title, level, page))

    try:
        walk(reader.outline, 1)
    except Exception:  # a damaged outline tree: read the text without bookmarks
        return []
    return found


def _mark_outline_headings(pages: list[list[_Line]], outline: list[tuple[str, int, int]]) -> None:
    for title, level, page in outline:
        if page >= len(pages):
            continue
        key = title.casefold()
        for line in pages[page]:
            if len(line.text) <= HEADING_MAX_CHARS and (
                fuzz.ratio(line.text.casefold(), key) >= OUTLINE_MATCH
            ):
                line.heading = level
                break
        else:
            pages[page].insert(0, _Line(title, heading=level))


def _mark_large_headings(pages: list[list[_Line]]) -> None:
    weights: Counter[float] = Counter()
    for lines in pages:
        for line in lines:
            weights[line.size] += len(line.text)
    if not weights:
        return
    body = weights.most_common(1)[0][0]
    large = [
        line
        for lines in pages
        for line in lines
        if line.size >= body * HEADING_SIZE_RATIO
        and len(line.text) <= HEADING_MAX_CHARS
        and not line.text.endswith((".", ",", ";"))
    ]
    sizes = sorted({line.size for line in large}, reverse=True)
    ranks = {size: rank for rank, size in enumerate(sizes, 1)}
    for line in large:
        line.heading = ranks[line.size]


def _line_spacing(pages: list[list[_Line]]) -> float:
    gaps = [
        round(a.y - b.y, 1)
        for lines in pages
        for a, b in zip(lines, lines[1:], strict=False)
        if not a.heading and not b.heading and a.size == b.size and a.y > b.y
    ]
    return statistics.median(gaps) if gaps else 0.0


def _blocks(pages: list[list[_Line]]) -> list[Block]:
    spacing = _line_spacing(pages)
    lengths = [len(line.text) for lines in pages for line in lines if not line.heading]
    width = statistics.median(lengths) if lengths else 0
    blocks: list[Block] = []
    current: list[str] = []

    def flush() -> None:
        if current:
            blocks.append(Block(BlockKind.PARAGRAPH, reflow(current)))
            current.clear()

    for lines in pages:
        if current and current[-1].endswith(_SENTENCE_END):
            flush()
        previous: _Line | None = None
        for line in lines:
            if line.heading:
                flush()
                blocks.append(Block(BlockKind.HEADING, line.text, level=line.heading))
                previous = None
                continue
            if previous is not None and (
                previous.size != line.size
                or (spacing and previous.y - line.y > spacing * PARAGRAPH_GAP_RATIO)
                or (
                    previous.text.endswith(_SENTENCE_END)
                    and len(previous.text) < width * SHORT_LINE_RATIO
                )
            ):
                flush()
            current.append(line.text)
            previous = line
    flush()
    return blocks


def parse(source: RawSource, language: str) -> ParsedText:
    """The PDF's text as headings and paragraphs.

    Raises:
        DocumentError: for an encrypted or damaged PDF, or one without any text (a scan).
    """
    reader = _open(source)
    meta = _describe(reader)
    try:
        pages = [_page_lines(page) for page in reader.pages]
    except Exception as error:  # pypdf raises many types on damaged content streams
        raise DocumentError(f"{source.path}: the PDF's text cannot be read ({error})") from None
    if not any(pages):
        raise DocumentError(
            f"{source.path}: the PDF has no text layer (scanned images?); run OCR on it first"
        )
    dropped = _drop_running_lines(pages)
    removed = [Removal.of(RemovedLines.PDF_FURNITURE, dropped)] if dropped else []
    outline = _outline(reader)
    if outline:
        _mark_outline_headings(pages, outline)
        notes = [f"headings from {len(outline)} bookmarks"]
    else:
        _mark_large_headings(pages)
        notes = ["headings from font sizes"]
    blocks = _blocks(pages)
    keep_first_heading(blocks, meta.title)
    return ParsedText(
        blocks, title=meta.title, published=meta.published, notes=notes, removed=removed
    )
