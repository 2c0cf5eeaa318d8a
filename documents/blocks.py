"""The intermediate form every format is parsed into before the text is assembled."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from documents.model import BlockKind, Removal, SectionRole


@dataclass(slots=True)
class Block:
    """One paragraph or heading, already re-flowed onto a single line."""

    kind: BlockKind
    text: str
    level: int = 1
    truncated: bool = False
    language: str | None = None
    """Set when the block belongs to an excerpt in another language than the document's."""
    section_label: str = ""
    """The label of the excerpt section this block opens (the first block of the run)."""
    role: SectionRole = SectionRole.BODY
    """Set by the format parser for what stands apart from the body (notes, code, front
    matter); an excerpt is found later, by its language."""


CELL_SEPARATOR = " | "
"""Between a row's cells in its text; the reader's table layout cuts the row at it."""
_CELLS_OWN_BAR = "\u00a0|\u00a0"
"""A bar inside a cell (Markdown's ``\\|``, a bar in code): the same on screen and to search,
but no cut between cells."""


def table_row(cells: list[str]) -> Block | None:
    """A table's row as one paragraph, its non-empty cells in order (``1887 | Baubeginn``):
    a reader reads a row as a line; no format keeps a grid on a re-flowed page."""
    text = CELL_SEPARATOR.join(
        cell.replace(CELL_SEPARATOR, _CELLS_OWN_BAR) for cell in cells if cell
    )
    return Block(BlockKind.ROW, text) if text else None


_CAPTION = re.compile(
    r"(?:abb\.|abbildung|tab\.|tabelle|fig\.|figure|table|karte|map|grafik|chart|foto|photo"
    r"|bild|plate|tafel|diagramm|schaubild|illustration)\s*[\dIVX]+[a-z]?\s*[:.–—]\s",
    re.IGNORECASE,
)


def is_caption(text: str) -> bool:
    """Whether a paragraph is a figure's or table's caption: it opens with the label and its
    number, then a colon or a stop (``Abb. 1: …``, ``Table 2. …``); a sentence that refers to
    a figure (``Abb. 1 zeigt …``) has no stop after the number."""
    return _CAPTION.match(text) is not None


_FIGURE_MARK = re.compile(
    r"\[\s*(?:abbildung|abb\.|bild|grafik|foto|illustration|karte|tafel|zeichnung|skizze"
    r"|diagramm|figure|fig\.|image|picture|photo|map|plate|drawing|chart|diagram)"
    r"(?:\s*[\dIVX]+[a-z]?)?(?:\s*[:.–—]\s*(?P<caption>[^\[\]]*?))?\s*\]",
    re.IGNORECASE,
)
FIGURE_CAPTION_WORDS = 12
"""The most words a figure mark's caption has: a longer bracket is an editor's prose."""
_SENTENCE_INSIDE = re.compile(r"[.;:!?–—]\s+\S")
"""A stop with more words after it: the bracket holds sentences (``[Karte. Hier bricht die
Handschrift ab …]``), not a caption."""


def figure_caption(text: str) -> str | None:
    """The caption of a paragraph that only stands for a picture the text left out, "" for a
    bare mark, None for anything else. A mark is a bracketed label, perhaps numbered, perhaps
    with a short caption of no more than one phrase (``[Abbildung]``, ``[Figure 3]``,
    ``[Illustration: The bridge at dusk]``), as e-text conversions put one where an image
    stood. The reader draws it as a figure and the index leaves out a bare label only: a
    caption's words are what a reader searches for. One function for both, so the view and
    the index never disagree about what is a mark."""
    match = _FIGURE_MARK.fullmatch(text.strip())
    if match is None:
        return None
    caption = (match["caption"] or "").strip()
    if len(caption.split()) > FIGURE_CAPTION_WORDS or _SENTENCE_INSIDE.search(caption):
        return None
    return caption


def is_figure_mark(text: str) -> bool:
    """Whether a paragraph is a figure mark (see ``figure_caption``)."""
    return figure_caption(text) is not None


_SUBTITLE = re.compile(r"\s*(?::|\s[–—-]\s|\.\s)\s*")
"""Between a title and its subtitle: a colon, a spaced dash, or a full stop."""


def _title_words(text: str) -> str:
    return " ".join(text.split()).casefold().strip(" .:;")


def repeats_title(heading: str, title: str) -> bool:
    """Whether an opening heading repeats the document's declared ``title``: the same words
    (case and spacing aside), or the title without its subtitle (a book's ``<h1>`` under a
    package title ``Main title: subtitle``), unless the subtitle names a collection
    (``Erzählungen``, ``Stories and Sketches``). A chapter heading that only shares words with
    the title (``Südweststaat`` under ``Der lange Weg zum Südweststaat``, or the title with a
    chapter's name after it) is a heading of its own."""
    heading, title = _title_words(heading), _title_words(title)
    if not heading:
        return False
    if heading == title:
        return True
    main, *rest = _SUBTITLE.split(title, 1)
    return heading == _title_words(main) and not _names_a_collection(" ".join(rest))


_COLLECTION = re.compile(
    r"\b(?:erzählungen|novellen|geschichten|kurzgeschichten|märchen|gedichte|balladen"
    r"|lieder|briefe|aufsätze|essays|schriften|werke|stories|tales|poems|letters|novellas"
    r"|sketches|writings|works|other|andere)\b",
    re.IGNORECASE,
)
"""Words of a collection's or a genre's name: a book called ``Die Verwandlung: Erzählungen``
or ``The Dead and Other Stories`` is named after its first piece, whose heading is the
piece's own."""


def _names_a_collection(subtitle: str) -> bool:
    """Whether a title's part after the colon names the book as a collection of pieces (then
    a heading of the main part names the first piece and stays: a repeated title is better
    than a story without its heading)."""
    return _COLLECTION.search(subtitle) is not None


@dataclass(slots=True)
class ParsedText:
    """What a format parser found: blocks plus metadata the text itself declared."""

    blocks: list[Block]
    title: str = ""
    published: str = ""
    author: str = ""
    """Who wrote the text, when the text itself says so (a byline)."""
    language: str = ""
    notes: list[str] = field(default_factory=list)
    """What cleaning decided (the title, the date, where headings came from), for tests."""
    removed: list[Removal] = field(default_factory=list)
    """What cleaning took out, set where the lines are dropped."""
    byline: int | None = None
    """The index of the block that is a byline at the top of the text, if one is."""
