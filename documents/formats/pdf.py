"""PDF via pypdf: text in reading order, headings, paragraphs, running heads dropped.

* Lines come from pypdf's text extraction; a visitor records each line's baseline, left
  edge and the font size of each of its runs, which find headings and separate paragraphs
  (``documents.formats.pdf_paragraphs``: a gap wider than the page's own line pitch, an
  indented first line, a size change, a sentence ended at a column's foot). What the
  positions tell beyond that (note marks, footnotes, table rows, the page's true edges
  whatever the stream's order) is ``documents.formats.pdf_layout``'s.
* Headings are the outline (bookmarks) titles where the PDF has an outline; otherwise lines
  set clearly larger than the body text, ranked by size.
* A line repeated at the top or bottom of most pages (digits ignored) is a running header or
  footer, and a number alone on its baseline there is a page number: both are dropped.
* Footnotes follow the body as notes set apart; a caption (``Abb. 1: …``) is a CAPTION block.
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
from dataclasses import replace
from typing import Any

from pypdf import PageObject, PdfReader
from pypdf.errors import DependencyError, FileNotDecryptedError
from rapidfuzz import fuzz

from documents.blocks import Block, ParsedText, is_caption, table_row
from documents.errors import DocumentError
from documents.formats.common import clean_text, drop_title_heading
from documents.formats.pdf_layout import (
    BASELINE_TOLERANCE,
    Line,
    Piece,
    Row,
    alone_on_baseline,
    edge_lines,
    finish,
    group_rows,
    page_notes,
)
from documents.formats.pdf_paragraphs import (
    SENTENCE_END,
    breaks,
    indented_block,
    left_edges,
    page_pitches,
)
from documents.model import BlockKind, DocumentMeta, Removal, RemovedLines
from documents.pages import PAGE_NUMBER, edge_key, running_keys
from documents.plaintext import reflow
from documents.reading import RawSource
from documents.sniff import is_pdf

HEADING_SIZE_RATIO = 1.15
"""Lines at least this much larger than the body text are headings (PDFs without outline)."""
HEADING_MAX_CHARS = 120
DAMAGED = "the file is damaged or incomplete (was a download cut short?)"
"""What a PDF that pypdf cannot open is, in words."""
OUTLINE_MATCH = 90
"""How closely (0-100) a line must match a bookmark's title to be that heading."""

_JUNK_TITLE = re.compile(r"^(?:microsoft \w+ - |untitled)|\.(?:docx?|pdf|indd|odt|tex|qxd)$", re.I)

logging.getLogger("pypdf").addHandler(logging.NullHandler())
"""pypdf logs what it repairs in a damaged file; with no handler Python would print that to
the terminal beside our own one-line message (a handler configured by the caller still sees it)."""


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
    except Exception:  # pypdf raises many types on damaged files; all mean "unreadable"
        # pypdf's own words ("startxref not found") are a programmer's, not a reader's
        raise DocumentError(f"{source.path}: not a readable PDF: {DAMAGED}") from None


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


def _page_lines(page: PageObject) -> list[Line]:
    """The page's text lines, each with its baseline, left edge and pieces in their sizes."""
    lines = [Line()]
    rise = [0.0]  # the text rise (``Ts``) in force: a subscript is set with a negative one

    def operator(op: bytes, operands: list[Any], _cm: list[float], _tm: list[float]) -> None:
        if op == b"Ts" and operands:
            rise[0] = float(operands[0])

    def visit(text: str, cm: list[float], tm: list[float], _font: object, size: float) -> None:
        for number, part in enumerate(text.split("\n")):
            if number:
                lines.append(Line())
            if not part:
                continue  # the empty rest after a newline: no run, and no size to compare with
            line = lines[-1]
            scale = abs(tm[3] * cm[3]) or 1.0
            x, y = tm[4] * cm[0] + cm[4], tm[5] * cm[3] + cm[5]
            if part.strip() and not any(piece.text.strip() for piece in line.pieces):
                line.y, line.x = y, x
            lowered = rise[0] < 0 or y < line.y - BASELINE_TOLERANCE
            line.pieces.append(Piece(part, round(size * scale, 1), lowered, x))

    page.extract_text(visitor_text=visit, visitor_operand_before=operator)
    for line in lines:
        finish(line)
    return [line for line in lines if line.text]


def _drop_running_lines(pages: list[list[Line]]) -> list[str]:
    """Remove running headers, footers and page numbers; return the lines that went."""
    edge_sets = [edge_lines(lines) for lines in pages]
    edges = [
        [lines[i].text for i in sorted(edge)] for lines, edge in zip(pages, edge_sets, strict=True)
    ]
    running = running_keys(edges, len(pages))
    dropped: list[str] = []
    for index, (lines, edge) in enumerate(zip(pages, edge_sets, strict=True)):
        kept = []
        for i, line in enumerate(lines):
            if i in edge and (
                edge_key(line.text) in running
                or (PAGE_NUMBER.match(line.text) and alone_on_baseline(lines, i))
            ):
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


def _mark_outline_headings(pages: list[list[Line]], outline: list[tuple[str, int, int]]) -> None:
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
            pages[page].insert(0, Line(title, heading=level))


def _body_size(pages: list[list[Line]]) -> float:
    """The font size most of the text is set in (0 for no text)."""
    weights: Counter[float] = Counter()
    for lines in pages:
        for line in lines:
            weights[line.size] += len(line.text)
    return weights.most_common(1)[0][0] if weights else 0.0


def _mark_large_headings(pages: list[list[Line]], body: float) -> None:
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


def _blocks(pages: list[list[Line]]) -> list[Block]:
    pitches = page_pitches(pages)
    lengths = [len(line.text) for lines in pages for line in lines if not line.heading]
    width = statistics.median(lengths) if lengths else 0
    blocks: list[Block] = []
    current: list[str] = []

    def flush() -> None:
        if current:
            text = reflow(current)
            blocks.append(
                Block(BlockKind.CAPTION if is_caption(text) else BlockKind.PARAGRAPH, text)
            )
            current.clear()

    for lines, pitch in zip(pages, pitches, strict=True):
        if current and current[-1].endswith(SENTENCE_END):
            flush()
        edges = left_edges(lines)
        previous: Line | None = None
        rows = list(group_rows(lines))
        in_block = indented_block(rows, edges)
        was_in_block = False
        for line, inside in zip(rows, in_block, strict=True):
            if isinstance(line, Row):
                flush()
                blocks.extend(block for block in [table_row(line.cells)] if block)
                previous = None
                continue
            if line.heading:
                flush()
                blocks.append(Block(BlockKind.HEADING, line.text, level=line.heading))
                previous = None
                continue
            if previous is not None and breaks(
                previous, line, pitch, edges, width, (was_in_block, inside)
            ):
                flush()
            current.append(line.text)
            previous, was_in_block = line, inside
    flush()
    return blocks


def parse(source: RawSource, language: str) -> ParsedText:
    """The PDF's text as headings and paragraphs.

    Raises:
        DocumentError: for an encrypted or damaged PDF, or one without any text (a scan).
    """
    reader = _open(source)
    meta = _describe(reader)
    pages: list[list[Line]] = []
    try:
        for page in reader.pages:
            pages.append(_page_lines(page))
    except Exception:  # pypdf raises many types on damaged content streams and page trees
        where = f"the text of page {len(pages) + 1}"
        raise DocumentError(f"{source.path}: not a readable PDF: {where} is damaged") from None
    if not any(pages):
        raise DocumentError(
            f"{source.path}: the PDF has no text layer (scanned images?); run OCR on it first"
        )
    dropped = _drop_running_lines(pages)
    body = _body_size(pages)
    footnotes = page_notes(pages, body)
    removed = [Removal.of(RemovedLines.PDF_FURNITURE, dropped)] if dropped else []
    outline = _outline(reader)
    if outline:
        _mark_outline_headings(pages, outline)
        notes = [f"headings from {len(outline)} bookmarks"]
    else:
        _mark_large_headings(pages, body)
        notes = ["headings from font sizes"]
    blocks = _blocks(pages) + footnotes
    drop_title_heading(blocks, meta.title)
    return ParsedText(
        blocks, title=meta.title, published=meta.published, notes=notes, removed=removed
    )
