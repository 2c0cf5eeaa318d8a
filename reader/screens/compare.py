"""`c`: a linked pair of sentences side by side, each in its paragraph, shared dates and
entities marked in both."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widgets import Footer, Static

from reader.dialogs.links_list import LinkRow
from reader.i18n import N_, _
from reader.screens.base import ReaderScreen

if TYPE_CHECKING:
    from documents.model import Document
    from glossary.entities import Glossary
    from glossary.features import DocumentFeatures, SentenceFeatures
    from glossary.links import SentenceRef

DATE_STYLE = "bold underline"
"""How a shared date is marked (with the document's colour)."""
ENTITY_STYLE = "reverse"
"""How a shared entity is marked."""
CONTEXT_STYLE = "dim"
"""How the sentences around the compared one are set off from it."""
CONTEXT_SENTENCES = 2
"""Sentences of the same paragraph shown before and after each compared sentence: enough to
see what "this" or "the agreement" refers to, not a whole page."""


@dataclass
class ComparePair:
    """One side of the comparison: a sentence and the spans it shares with the other."""

    title: str
    colour: str
    text: str
    dates: list[tuple[int, int]] = field(default_factory=list)
    """Offsets in ``text`` of dates overlapping a date of the other sentence."""
    entities: list[tuple[int, int]] = field(default_factory=list)
    """Offsets in ``text`` of mentions of entities both sentences name."""
    before: str = ""
    """The sentences of its paragraph just before it (context, not compared)."""
    after: str = ""
    """The sentences of its paragraph just after it."""

    def marked(self) -> Text:
        """The sentence as plain text with the shared spans styled, between its neighbours
        set off in a dim style (never markup)."""
        text = Text(self.text)
        for start, end in self.dates:
            text.stylize(f"{DATE_STYLE} {self.colour}", start, end)
        for start, end in self.entities:
            text.stylize(ENTITY_STYLE, start, end)
        return Text.assemble(
            Text(self.before, style=CONTEXT_STYLE), text, Text(self.after, style=CONTEXT_STYLE)
        )


def paragraph_context(document: Document, ref: SentenceRef) -> tuple[str, str]:
    """Up to :data:`CONTEXT_SENTENCES` sentences before and after ``ref`` inside its own
    paragraph, with the spacing between them as the text has it."""
    at = bisect_right(document.paragraphs, ref.start, key=lambda p: p.start) - 1
    index = document.sentence_index_at(ref.start)
    if at < 0 or index is None or ref.start >= document.paragraphs[at].end:
        return "", ""
    paragraph = document.paragraphs[at]
    sentences = document.sentences
    first, last = index, index
    while (
        first > max(0, index - CONTEXT_SENTENCES) and sentences[first - 1].start >= paragraph.start
    ):
        first -= 1
    while (
        last < min(len(sentences) - 1, index + CONTEXT_SENTENCES)
        and sentences[last + 1].end <= paragraph.end
    ):
        last += 1
    start = sentences[first].start if first < index else ref.start
    end = sentences[last].end if last > index else ref.end
    return document.text[start : ref.start], document.text[ref.end : end]


def _sentence(features: DocumentFeatures, index: int) -> SentenceFeatures | None:
    return next((s for s in features.sentences if s.index == index), None)


def compare_side(
    document: Document,
    features: DocumentFeatures,
    other_features: DocumentFeatures,
    ref: SentenceRef,
    other: SentenceRef,
    entities: Iterable[str],
    glossary: Glossary,
    colour: str,
) -> ComparePair:
    """One side of a linked pair: its dates overlapping the other side's, its shared entities.

    Args:
        document: The document of ``ref``.
        features: Its features; ``other_features`` those of the other side's document.
        ref: This side's sentence; ``other`` the other side's.
        entities: The entity ids both sentences name (the link's reasons).
        glossary: Finds the mentions of those entities in the sentence.
        colour: The document's colour.
    """
    from glossary.mentions import find_mentions

    ours, theirs = _sentence(features, ref.index), _sentence(other_features, other.index)
    dates = []
    our_dates, their_dates = (ours.dates, theirs.dates) if ours and theirs else ([], [])
    for date in our_dates:
        if date.first is None or date.last is None:
            continue
        if any(
            o.first is not None
            and o.last is not None
            and date.first <= o.last
            and o.first <= date.last
            for o in their_dates
        ):
            dates.append((date.start - ref.start, date.end - ref.start))
    text = document.text[ref.start : ref.end]
    shared = set(entities)
    marked = [(m.start, m.end) for m in find_mentions(glossary, text) if m.entry_id in shared]
    before, after = paragraph_context(document, ref)
    return ComparePair(document.title, colour, text, dates, marked, before, after)


class CompareScreen(ReaderScreen[None]):
    """Two linked sentences in two columns, each in its paragraph, the link's reasons below."""

    BINDINGS = [Binding("escape,q,c", "app.pop_screen", N_("Close"))]
    DEFAULT_CSS = """
    CompareScreen #compare-columns { height: auto; max-height: 80%; }
    CompareScreen .compare--side { width: 1fr; height: auto; border: round $panel;
        padding: 0 1; margin: 0 1; }
    CompareScreen .compare--title { text-style: bold; margin-bottom: 1; }
    CompareScreen #compare-reasons { height: auto; padding: 1 2; }
    """

    def __init__(self, left: ComparePair, right: ComparePair, link: LinkRow) -> None:
        """Args:
        left: The sentence of the left (or upper) pane's document.
        right: The other sentence of the link.
        link: The link's score and reasons.
        """
        super().__init__()
        self.left = left
        self.right = right
        self.link = link

    def compose(self) -> ComposeResult:
        with VerticalScroll():
            with Horizontal(id="compare-columns"):
                for side in (self.left, self.right):
                    with Vertical(classes="compare--side"):
                        yield Static(
                            Text(side.title, style=f"bold {side.colour}"), classes="compare--title"
                        )
                        yield Static(side.marked(), classes="compare--text")
            reasons = Text(_("Why they are linked") + f" ({self.link.score:.2f})\n", style="bold")
            for line in self.link.reasons():
                reasons.append_text(line)
                reasons.append("\n")
            reasons.append("\n")
            reasons.append_text(_legend(self.link))
            yield Static(reasons, id="compare-reasons")
        yield Footer()


def _legend(link: LinkRow) -> Text:
    """The key to the marks in the two sentences, for the kinds of mark the link has: a pair
    that shares no date shows no "shared dates"."""
    marks = [
        Text(label, style=style)
        for label, style, present in (
            (_("shared dates"), DATE_STYLE, link.dates),
            (_("shared entities"), ENTITY_STYLE, link.entities),
        )
        if present
    ]
    return Text(" · ", style="dim").join(marks)
