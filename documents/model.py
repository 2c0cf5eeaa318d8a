"""The document model: cleaned text plus its structure as character ranges.

Every offset in the product (search hits, mentions, dates, links, notes) points into
``Document.text``; all ranges are half-open ``[start, end)``.
"""

from __future__ import annotations

import bisect
from array import array
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, fields
from enum import StrEnum
from pathlib import Path

from documents.columns import Columns
from documents.sanitize import clean_field


class BlockKind(StrEnum):
    """What a paragraph of the cleaned text is."""

    HEADING = "heading"
    LEAD = "lead"
    PARAGRAPH = "paragraph"
    QUOTE = "quote"
    """A block quotation: the author quotes someone else's words."""
    ROW = "row"
    """A table's row, its cells joined by `` | ``."""
    CODE = "code"
    """Program code, kept verbatim with its line breaks (one sentence, never analysed)."""
    CAPTION = "caption"
    """A figure's or table's caption (``Abb. 1: …``): the author's words, beside the body."""
    ASIDE = "aside"
    """A box inside an article (``<aside>``: key figures, a summary): the author's words,
    set beside the running text."""


class SectionRole(StrEnum):
    """Why a stretch of text is set apart from the body."""

    BODY = "body"
    EXCERPT = "excerpt"
    """An excerpt of the original in another language: never mixed into the body."""
    NOTES = "notes"
    """Footnotes or endnotes: the author's asides, kept but read apart from the body."""
    CODE = "code"
    """Program code: kept verbatim, but no prose to search for names, dates or links."""
    FRONT = "front"
    """A book's title page, copyright or licence lines: about the book, not its text."""


SET_APART = frozenset({SectionRole.NOTES, SectionRole.CODE, SectionRole.FRONT})
"""The roles of text that no analysis reads as the document's prose (an excerpt is prose, in
another language)."""


class RemovedLines(StrEnum):
    """The kinds of line cleaning takes out of a file's text. The values are also the
    interface's message ids (the add toast names them), so every kind has one translation."""

    PAGE_NUMBERS = "lone page numbers"
    RUNNING_LINES = "running header/footer lines"
    PDF_FURNITURE = "running header/footer/page-number lines"
    NAVIGATION_TEASERS = "navigation teasers"
    LINK_LABELS = "link labels"


REMOVAL_EXAMPLES = 3
"""How many of the removed lines a :class:`Removal` keeps to show."""


@dataclass(frozen=True, slots=True)
class Removal:
    """Lines of one kind that cleaning took out of a file's text (page numbers, running
    headers, teasers): how many, and the first few as they stood, so that adding the file can
    say what went (a line lost without a word is lost for good)."""

    what: str
    """The kind of line, plural: a :class:`RemovedLines` value (``lone page numbers``)."""
    count: int
    examples: tuple[str, ...] = ()
    """The first removed lines, stripped, at most ``REMOVAL_EXAMPLES``."""

    @classmethod
    def of(cls, what: RemovedLines, lines: Sequence[str]) -> Removal:
        """The removal of ``lines`` (in text order)."""
        examples = tuple(line.strip() for line in lines[:REMOVAL_EXAMPLES])
        return cls(what, len(lines), examples)

    def describe(self) -> str:
        """One line with every example kept, each once: ``dropped 39 lone page numbers such
        as: - 1 -; - 2 -; - 3 -`` (teasers and link labels differ line by line)."""
        examples = "; ".join(dict.fromkeys(self.examples))
        such = f" such as: {examples}" if examples else ""
        return f"dropped {self.count} {self.what}{such}"


@dataclass(frozen=True, slots=True)
class Span:
    """A half-open character range of ``Document.text``."""

    start: int
    end: int

    def __len__(self) -> int:
        return self.end - self.start

    def contains(self, offset: int) -> bool:
        return self.start <= offset < self.end


class Spans(Columns[Span]):
    """Ranges kept as two columns of numbers, each made a :class:`Span` when asked for: a
    20 MB text has 150,000 sentences, which as objects took about 30 MB while it was open."""

    def __init__(self, spans: Iterable[Span] = ()) -> None:
        self.starts = array("q")
        """Where each range starts (sorted for sentences: searchable with ``bisect``)."""
        self.ends = array("q")
        for span in spans:
            self.starts.append(span.start)
            self.ends.append(span.end)

    @classmethod
    def of_pairs(cls, pairs: Iterable[Sequence[int]]) -> Spans:
        """The ranges of ``(start, end)`` pairs."""
        spans = cls()
        for start, end in pairs:
            spans.starts.append(start)
            spans.ends.append(end)
        return spans

    def _item(self, index: int) -> Span:
        return Span(self.starts[index], self.ends[index])

    def __iter__(self) -> Iterator[Span]:
        return map(Span, self.starts, self.ends)

    def __repr__(self) -> str:
        return f"Spans({list(self)!r})"


@dataclass(frozen=True, slots=True)
class Paragraph:
    """A paragraph (or heading) of the cleaned text."""

    start: int
    end: int
    kind: BlockKind = BlockKind.PARAGRAPH
    truncated: bool = False
    """The source breaks off mid-sentence here."""


@dataclass(frozen=True, slots=True)
class Heading:
    """An outline entry: a heading's level (1 = top), title and where it starts."""

    level: int
    title: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Section:
    """A labelled stretch of text with its own language (the body, or an excerpt)."""

    start: int
    end: int
    role: SectionRole
    language: str
    label: str = ""


@dataclass(slots=True)
class DocumentMeta:
    """What is known about a document besides its text."""

    title: str = ""
    language: str = ""
    publisher: str = ""
    author: str = ""
    """Who wrote the text, as the file or its byline names them."""
    published: str = ""
    """ISO 8601, as precise as known: ``2023``, ``2024-02-13`` or ``2024-02-13T20:33``."""
    perspective: str = ""
    source: str = ""
    """Where the text comes from: a URL or a citation."""
    description: str = ""

    def __post_init__(self) -> None:
        for name in _META_FIELDS:  # titles and the like come from files and users: data only
            setattr(self, name, clean_field(getattr(self, name)))

    @classmethod
    def from_mapping(cls, raw: Mapping[str, object]) -> DocumentMeta:
        """The fields ``raw`` (a catalogue or ``library.json`` item) has, as text; other keys
        are ignored."""
        known = {f.name for f in fields(cls)}
        return cls(**{k: str(v) for k, v in raw.items() if k in known})


_META_FIELDS = tuple(f.name for f in fields(DocumentMeta))


@dataclass(slots=True)
class Document:
    """A loaded, cleaned document and its structure."""

    id: str
    meta: DocumentMeta
    text: str
    content_hash: str
    """SHA-256 of the source file's bytes: recognises a document after a move or rename."""
    paragraphs: list[Paragraph]
    sentences: Sequence[Span]
    """Kept as :class:`Spans` whatever sequence is given."""
    outline: list[Heading]
    sections: list[Section]
    path: Path | None = None
    warnings: list[str] = field(default_factory=list)
    removed: list[Removal] = field(default_factory=list)
    """What cleaning took out of the file's text, so that adding it can say so."""
    byline: Span | None = None
    """The paragraph of a byline at the top ("Von Anna Berg · 18. September 2021"), found
    once when the text is parsed: its date is when the text was written, no event of it."""
    _sentence_starts: Sequence[int] = field(default_factory=list, repr=False)

    def __post_init__(self) -> None:
        if not isinstance(self.sentences, Spans):
            self.sentences = Spans(self.sentences)
        self._sentence_starts = self.sentences.starts

    @property
    def title(self) -> str:
        return self.meta.title

    @property
    def language(self) -> str:
        return self.meta.language

    @property
    def published(self) -> str:
        return self.meta.published

    def sentence_index_at(self, offset: int) -> int | None:
        """The index of the sentence containing ``offset`` (or the last one before it)."""
        if not self.sentences:
            return None
        index = bisect.bisect_right(self._sentence_starts, offset) - 1
        return max(index, 0)

    def sentence_text(self, index: int) -> str:
        span = self.sentences[index]
        return self.text[span.start : span.end]

    def section_at(self, offset: int) -> Section | None:
        """The labelled section (body, excerpt, notes, …) containing ``offset``."""
        for section in self.sections:
            if section.start <= offset < section.end:
                return section
        return None

    def language_at(self, offset: int) -> str:
        """The language of the text at ``offset``: an excerpt's own, else the document's."""
        section = self.section_at(offset)
        return section.language if section else self.meta.language

    def heading_before(self, offset: int) -> Heading | None:
        """The outline entry whose section contains ``offset``."""
        current = None
        for heading in self.outline:
            if heading.start > offset:
                break
            current = heading
        return current

    def apart_spans(self) -> list[Span]:
        """The stretches set apart from the text: notes, code and front matter."""
        return [Span(s.start, s.end) for s in self.sections if s.role in SET_APART]

    def body_spans(self) -> list[Span]:
        """The stretches of the body: the text in the document's own language that names,
        dates and links are read from (excerpts, notes, code and front matter left out)."""
        apart = sorted(
            (s for s in self.sections if s.role is not SectionRole.BODY), key=lambda s: s.start
        )
        spans, cursor = [], 0
        for section in apart:
            if section.start > cursor:
                spans.append(Span(cursor, section.start))
            cursor = max(cursor, section.end)
        if cursor < len(self.text):
            spans.append(Span(cursor, len(self.text)))
        return spans
