"""How a document becomes index records, and where sentence dates come from."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from typing import Any, Protocol

from documents.blocks import figure_caption
from documents.cache import PIPELINE_VERSION
from documents.model import Document, Heading, SectionRole
from index.schema import DOCUMENT, SENTENCE, WORDS_FIELD, field_for

DateInterval = tuple[int, date, date]
"""(sentence index, first day, last day) of a time a sentence mentions."""

DatesFor = Callable[[Document], list[DateInterval]]
"""What ``SearchIndex.sync`` calls to learn the dates each sentence mentions."""


class Timex(Protocol):
    """The part of the date tagger's result this module reads."""

    @property
    def start(self) -> int: ...

    def interval(self) -> tuple[date, date] | None: ...


Tagger = Callable[[str, list[tuple[int, int, str]], str | None], Iterable[Timex]]
"""``glossary.dates.tag_spans``: (text, (start, end, language) ranges, anchor) → timexes."""


def index_stamp(content_hash: str, published: str) -> str:
    """What the index keeps per document to tell whether it must index it again: its content
    hash, the publication date that anchors its relative dates ("gestern"), which the
    reader may correct or clear without changing a byte (``reader meta``), and the parse
    pipeline's version, since a new parse of the same bytes moves the stored offsets."""
    return f"{content_hash}@{published}@p{PIPELINE_VERSION}"


def document_records(
    document: Document, intervals: Iterable[DateInterval] = ()
) -> Iterator[dict[str, Any]]:
    """The records of one document: its metadata record, then one per non-empty sentence.

    Args:
        document: The loaded document; offsets are stored as they are.
        intervals: Dates mentioned per sentence, from a ``DatesFor`` callable.
    """
    meta = document.meta
    about = " ".join(part for part in (meta.title, meta.publisher, meta.description) if part)
    yield {
        "kind": DOCUMENT,
        "doc": document.id,
        "hash": index_stamp(document.content_hash, document.published),
        "title": meta.title,
        "about": about,
        "lang": document.language,
        field_for(document.language): about,
        WORDS_FIELD: about,
    }
    dates: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for index, first, last in intervals:
        dates[index].append((first.toordinal(), last.toordinal()))
    headings = _HeadingWalk(document.outline)
    for index, span in enumerate(document.sentences):
        passage = document.text[span.start : span.end]
        if not passage.strip() or passage.startswith("[") and figure_caption(passage) == "":
            continue  # a bare figure mark ("[Abbildung]") has no words to find
        language = document.language_at(span.start)
        record: dict[str, Any] = {
            "kind": SENTENCE,
            "doc": document.id,
            "sent": index,
            "start": span.start,
            "end": span.end,
            "lang": language,
            "heading": headings.title_at(span.start),
            "passage": passage,
            field_for(language): passage,
            WORDS_FIELD: passage,
        }
        if spans := dates.get(index):
            record["dates"] = spans
            record["date_lo"] = min(lo for lo, _ in spans)
            record["date_hi"] = max(hi for _, hi in spans)
        yield record


class _HeadingWalk:
    """:meth:`Document.heading_before` for offsets taken in order, in one pass over the
    outline: asked per sentence, the document's method scans the outline from its start,
    which made a book of a few thousand headings take seconds more to index.

    Args:
        outline: The document's outline entries, in the document's order.
    """

    def __init__(self, outline: list[Heading]) -> None:
        self._outline = outline
        self._following = 0
        """The first outline entry starting after the last offset asked about."""
        self._last = -1

    def title_at(self, offset: int) -> str:
        """The title of the outline entry whose section holds ``offset``, "" before the first."""
        if offset < self._last:  # out of order: scan from the first entry again
            self._following = 0
        self._last = offset
        outline, following = self._outline, self._following
        while following < len(outline) and outline[following].start <= offset:
            following += 1
        self._following = following
        return outline[following - 1].title if following else ""


def sentence_date_intervals(document: Document, tagger: Tagger | None = None) -> list[DateInterval]:
    """The dates each sentence mentions, as ``(sentence index, first day, last day)``.

    The body is tagged in the document's language and each excerpt in its own, with the
    publication date as the anchor for relative dates ("gestern").

    Args:
        document: The document to tag.
        tagger: Defaults to the glossary's ``tag_spans``.
    """
    if tagger is None:
        # Imported here: the date rules take a good part of a ``reader index`` start that
        # finds nothing to index.
        from glossary.dates import tag_spans

        tagger = tag_spans
    if not document.sentences:
        return []
    spans = [(span.start, span.end, document.language) for span in document.body_spans()]
    spans += [
        (section.start, section.end, section.language)
        for section in document.sections
        if section.role is SectionRole.EXCERPT
    ]
    intervals = []
    for timex in tagger(document.text, spans, document.published or None):
        interval = timex.interval()
        index = document.sentence_index_at(timex.start)
        if interval is not None and index is not None:
            intervals.append((index, *interval))
    return intervals
