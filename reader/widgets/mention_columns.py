"""What each open document says about one entity: its sentences, side by side.

One column per open document (left pane, right pane): a heading with the document's title and
how often it names the entity, then the first sentences that do, the names emphasised. The
columns stand side by side when there is room and stack when there is not (an 80-column
terminal). Enter on a sentence is handled by the card (it jumps to the mention in its pane).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Container, Vertical
from textual.events import Resize
from textual.widgets import Label, OptionList
from textual.widgets.option_list import Option

from reader.i18n import N_, _, n_

if TYPE_CHECKING:
    from documents.model import Document
    from glossary.mentions import Mention

__all__ = ["MentionColumns", "sentence_line"]

MAX_SENTENCES = 12
"""Sentences listed per document; the heading counts them all, ``]`` in the reader steps on."""
MAX_CHARS = 240
"""A longer sentence is cut to this much text around its first mention."""
STACK_BELOW = 90
"""Columns narrower than this together are stacked, one document above the other."""
MENTION_STYLE = "bold reverse"
_SPACES = re.compile(r"\s+")


def pane_label(index: int) -> str:
    """The pane a document is open in, by its position among the open documents."""
    return _("Left") if index == 0 else _("Right")


def by_sentence(document: Document, mentions: list[Mention]) -> list[list[Mention]]:
    """The mentions grouped by the sentence they are in, in reading order."""
    groups: dict[int, list[Mention]] = {}
    for mention in mentions:
        index = document.sentence_index_at(mention.start)
        groups.setdefault(-1 if index is None else index, []).append(mention)
    return list(groups.values())


def sentence_line(document: Document, mentions: list[Mention]) -> Text:
    """The sentence holding ``mentions`` (all in one sentence), each of them emphasised; a
    long sentence is cut around its first mention. Plain text: never read as markup."""
    index = document.sentence_index_at(mentions[0].start)
    if index is None:
        start, end = mentions[0].start, mentions[-1].end
    else:
        span = document.sentences[index]
        start, end = span.start, span.end
    if end - start > MAX_CHARS:
        first = mentions[0]
        start = max(start, first.start - (MAX_CHARS - (first.end - first.start)) // 2)
        end = min(end, start + MAX_CHARS)
    text = document.text
    pieces: list[tuple[str, str]] = []
    position = start
    for mention in mentions:
        if mention.start < position or mention.end > end:
            continue
        pieces.append((_SPACES.sub(" ", text[position : mention.start]), ""))
        pieces.append((_SPACES.sub(" ", text[mention.start : mention.end]), MENTION_STYLE))
        position = mention.end
    pieces.append((_SPACES.sub(" ", text[position:end]), ""))
    cut_before = index is not None and start > document.sentences[index].start
    cut_after = index is not None and end < document.sentences[index].end
    line = Text("… " if cut_before else "")
    for number, (piece, style) in enumerate(pieces):
        if number == 0:
            piece = piece.lstrip()
        if number == len(pieces) - 1:
            piece = piece.rstrip()
        line.append(piece, style=style or None)
    if cut_after:
        line.append(" …")
    return line


def _counts(mentions: int, sentences: int) -> str:
    """``3 mentions in 2 sentences``, or that the document does not name the entity."""
    if not mentions:
        return _("not mentioned")
    counted = n_("{count} mention", "{count} mentions", mentions)
    return counted + " " + n_("in {count} sentence", "in {count} sentences", sentences)


class MentionColumns(Container):
    """The sentences naming one entity in each open document, side by side or stacked."""

    BINDINGS = [
        Binding("left", "focus_column(-1)", N_("Left document's mentions"), show=False),
        Binding("right", "focus_column(1)", N_("Right document's mentions"), show=False),
    ]
    """Left and right move between the documents' columns."""

    DEFAULT_CSS = """
    MentionColumns { layout: horizontal; height: 1fr; }
    MentionColumns.-stacked { layout: vertical; }
    MentionColumns > .mention-column { width: 1fr; height: 1fr; padding-right: 1; }
    MentionColumns .mention-column--heading { width: 1fr; text-wrap: nowrap;
        text-overflow: ellipsis; color: $text-muted; }
    MentionColumns OptionList, MentionColumns OptionList:focus { height: 1fr; border: none;
        padding: 0; }
    """

    def __init__(self, documents: list[Document], mentions: list[list[Mention]]) -> None:
        """Args:
        documents: the open documents, in pane order.
        mentions: the entity's mentions in each of them, sorted by offset.
        """
        super().__init__()
        self.documents = documents
        """The open documents, left pane first."""
        self.mentions = mentions
        """The entity's mentions per document."""

    def compose(self) -> ComposeResult:
        for index, (document, found) in enumerate(zip(self.documents, self.mentions, strict=True)):
            sentences = by_sentence(document, found)
            with Vertical(classes="mention-column"):
                heading = Text(f"{pane_label(index)} · ", style="bold")
                heading.append(_counts(len(found), len(sentences)), style="bold")
                heading.append(" · " + document.title)
                yield Label(heading, classes="mention-column--heading")
                yield OptionList(*self._options(document, sentences), id=f"mentions-{index}")

    def _options(self, document: Document, sentences: list[list[Mention]]) -> list[Option | None]:
        """One option per sentence, a rule between them (``None``)."""
        if not sentences:
            return [Option(Text(_("Not mentioned in this document."), style="dim"), disabled=True)]
        options: list[Option | None] = []
        for group in sentences[:MAX_SENTENCES]:
            if options:
                options.append(None)
            first = group[0]
            option_id = f"m:{first.start}:{first.end}:{document.id}"
            options.append(Option(sentence_line(document, group), id=option_id))
        if len(sentences) > MAX_SENTENCES:
            more = _("… {count} more sentences: ] in the reader steps through them").format(
                count=len(sentences) - MAX_SENTENCES
            )
            options.append(Option(Text(more, style="dim italic"), disabled=True))
        return options

    def on_resize(self, event: Resize) -> None:
        self.set_class(event.size.width < STACK_BELOW, "-stacked")

    def lists(self) -> list[OptionList]:
        """Each document's list of sentences, left pane first."""
        return list(self.query(OptionList))

    def focus_first(self) -> bool:
        """Focus the first column with a sentence, its first sentence highlighted; False when
        no open document mentions the entity."""
        for option_list in self.lists():
            if option_list.option_count and option_list.get_option_at_index(0).id:
                option_list.highlighted = 0
                option_list.focus()
                return True
        return False

    def action_focus_column(self, step: int) -> None:
        lists = self.lists()
        focused = next((i for i, o in enumerate(lists) if o.has_focus), 0)
        target = lists[max(0, min(len(lists) - 1, focused + step))]
        if target.highlighted is None and target.option_count and target.get_option_at_index(0).id:
            target.highlighted = 0
        target.focus()
