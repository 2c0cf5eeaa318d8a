"""The scrolling text of one document, with a sentence cursor, marks and a gutter.

Only the visible lines are rendered (Textual's line API), so a 5 MB document scrolls as
smoothly as a short one. Document text is turned into plain Segments and never parsed as
markup. Other features draw on the text through *layers*: named lists of marks (a style
over a character range: search hits, mentions, highlights) and gutter markers per sentence
(links, notes), so the view itself knows nothing about search, glossary or notes.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from typing import ClassVar, Protocol

from rich.segment import Segment
from rich.style import Style
from textual import events
from textual.binding import Binding, BindingType
from textual.geometry import Region, Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from documents.model import Document
from reader.theme import HIGHLIGHT_COLOURS
from reader.widgets.layout import (
    Layout,
    LineKind,
    Notices,
    VisualLine,
    layout_document,
)
from reader.widgets.table_layout import cell_columns

MAX_TEXT_WIDTH = 78
"""A comfortable line length; wider panes get margins instead of longer lines."""
GUTTER_WIDTH = 3
CUT_MARKER = "→"
"""Drawn after a code line cut at the pane's edge (code is never re-wrapped)."""
CELL_RULE = " │ "
"""How a table row's cell separator (`` | `` in the text, as wide) is drawn."""
_BARS = {LineKind.QUOTE: "▎ ", LineKind.ASIDE: "┃ ", LineKind.FIGURE: "▣ "}
"""What the view draws before a quote's, aside's or figure mark's lines (as wide as the
layout's indent). A lead has none: behind a bar it read as a quotation (trial 24)."""


def _rule_cells(segments: list[Segment], rule_style: Style) -> list[Segment]:
    """A table row's segments with each cell separator drawn as a rule (same width, so
    columns still map to offsets). A separator split across marks stays as it is."""
    ruled = []
    for segment in segments:
        text, style = segment.text, segment.style
        for index, cell in enumerate(text.split(" | ")):
            if index:
                ruled.append(Segment(CELL_RULE, (style or Style()) + rule_style))
            if cell:
                ruled.append(Segment(cell, style))
    return ruled


MARK_CLASSES = frozenset(
    {
        *(f"document-view--highlight-{colour}" for colour in HIGHLIGHT_COLOURS),
        "document-view--mention",
        "document-view--mention-person",
        "document-view--mention-organisation",
        "document-view--mention-event",
    }
)
"""Component classes a mark may name; their look comes from the theme's variables in
``app.tcss``, so a change of theme recolours the marks without drawing them again."""


@dataclass(frozen=True, slots=True)
class Mark:
    """A style laid over a character range of the document text."""

    start: int
    end: int
    style: Style | str
    """A Rich style, or one of ``MARK_CLASSES`` (looked up when drawn)."""


class MarkSource(Protocol):
    """A layer's marks, made for the stretch of text being drawn (a long document's
    mentions need no object per mark until their line is on screen)."""

    def overlapping(self, start: int, end: int) -> list[Mark]:
        """The marks over any part of ``[start, end)``."""
        ...


class _Layer:
    """Marks sorted by start, searchable by range."""

    def __init__(self, marks: list[Mark]) -> None:
        self.marks = sorted(marks, key=lambda m: m.start)
        self.starts = [m.start for m in self.marks]
        self.longest = max((m.end - m.start for m in self.marks), default=0)

    def overlapping(self, start: int, end: int) -> list[Mark]:
        low = bisect.bisect_left(self.starts, start - self.longest)
        high = bisect.bisect_left(self.starts, end)
        return [m for m in self.marks[low:high] if m.end > start and m.start < end]


class DocumentView(ScrollView, can_focus=True):
    """A document's text, wrapped to the pane, with a sentence cursor."""

    COMPONENT_CLASSES = {
        "document-view--heading",
        "document-view--subheading",
        "document-view--lead",
        "document-view--notice",
        "document-view--quote",
        "document-view--caption",
        "document-view--aside",
        "document-view--code",
        "document-view--figure",
        "document-view--cell-rule",
        "document-view--cursor",
        "document-view--gutter",
        *MARK_CLASSES,
    }

    DEFAULT_CSS = """
    DocumentView {
        background: $surface;
        scrollbar-gutter: stable;
        scrollbar-size-vertical: 1;
    }
    DocumentView > .document-view--heading { color: $accent; text-style: bold; }
    DocumentView > .document-view--subheading { color: $accent-lighten-1; text-style: bold italic; }
    DocumentView > .document-view--lead { text-style: italic; color: $text; }
    DocumentView > .document-view--notice { color: $text-muted; text-style: italic; }
    DocumentView > .document-view--quote { color: $text-muted; }
    DocumentView > .document-view--caption { color: $text-muted; text-style: italic; }
    DocumentView > .document-view--aside { color: $text-accent; }
    DocumentView > .document-view--code { color: $text-success; }
    DocumentView > .document-view--figure { color: $text-muted; background: $panel; }
    DocumentView > .document-view--cell-rule { color: $text-muted; }
    DocumentView > .document-view--cursor { background: $primary 30%; }
    DocumentView:focus > .document-view--cursor { background: $primary 45%; }
    DocumentView > .document-view--gutter { color: $warning; }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j", "next_sentence", "Next sentence", show=False),
        Binding("k", "previous_sentence", "Previous sentence", show=False),
        Binding("down", "scroll_down", "Scroll down", show=False),
        Binding("up", "scroll_up", "Scroll up", show=False),
        Binding("pagedown,space", "page_down", "Page down", show=False),
        Binding("pageup,b", "page_up", "Page up", show=False),
        Binding("home,g", "scroll_home", "Top", show=False),
        Binding("end,G", "scroll_end", "Bottom", show=False),
    ]
    """Reading keys: the footer shows the screen's main actions, `?` lists these."""

    cursor: reactive[int] = reactive(0)
    """Index of the current sentence (the unit links and notes use)."""

    @dataclass
    class CursorMoved(Message):
        """The sentence cursor moved; the pane saves the reading position."""

        view: DocumentView
        sentence: int

        @property
        def control(self) -> DocumentView:
            return self.view

    @dataclass
    class Scrolled(Message):
        """The text scrolled, the cursor perhaps not (arrow keys); the reading position
        includes what is in view."""

        view: DocumentView

        @property
        def control(self) -> DocumentView:
            return self.view

    def __init__(
        self,
        document: Document,
        notices: Notices | None = None,
        *,
        id: str | None = None,
        classes: str | None = None,
    ) -> None:
        super().__init__(id=id, classes=classes)
        self.document = document
        self.notices = notices or Notices()
        self._lines = Layout()
        self._layout_width = 0
        self._kept_top: tuple[int, int] | None = None
        """(line, offset): the line a new layout scrolled to for the reading position
        ``offset``; while the view stays on that line, the next layout keeps ``offset``."""
        self._layers: dict[str, MarkSource] = {}
        self._gutters: dict[str, dict[int, str]] = {}
        self._gutter_lines: dict[int, str] = {}
        self._margin = 0
        self._draw_style: Style | None = None
        """The view's own style while ``render_lines`` draws: ``rich_style`` walks every
        ancestor's styles (~0.1 ms), once per draw instead of once per line."""

    # Layout ---------------------------------------------------------------------------

    @property
    def text_width(self) -> int:
        return max(min(self.scrollable_content_region.width - GUTTER_WIDTH - 1, MAX_TEXT_WIDTH), 10)

    def _relayout(self) -> None:
        width = self.text_width
        if width == self._layout_width and self._lines:
            return
        anchor = self.top_offset() if self._lines else None
        self._layout_width = width
        self._lines = layout_document(self.document, width, self.notices)
        self._index_gutter()
        self.virtual_size = Size(width + GUTTER_WIDTH, len(self._lines))
        if anchor is not None:
            line = self.line_of_offset(anchor)
            self.scroll_to(y=line, animate=False, immediate=True)
            self._kept_top = (line, anchor)

    def top_offset(self) -> int:
        """The offset of the first character in view, with the cursor the reading position (a
        new layout keeps it in view, and it is saved for the next start): the first line's
        start, or the offset the last layout kept while the reader has not scrolled since.
        The line's start alone moved back a little at every resize (trial 23: five
        paragraphs after four)."""
        if not self._lines:
            return 0
        top = min(int(self.scroll_offset.y), len(self._lines) - 1)
        if self._kept_top is not None and self._kept_top[0] == top:
            return self._kept_top[1]
        return self._lines[top].start

    def _fit_width(self) -> None:
        self._margin = max(
            (self.scrollable_content_region.width - GUTTER_WIDTH - MAX_TEXT_WIDTH) // 2, 0
        )
        self._relayout()

    def on_resize(self, event: events.Resize) -> None:
        self._fit_width()
        self.refresh()

    def render_lines(self, crop: Region) -> list[Strip]:
        """Lay the text out on the first draw: Textual sends Resize only after it, so the
        first frame showed empty panes and the text came one frame later."""
        if not self._lines and self.scrollable_content_region.width:
            self._fit_width()
        self._draw_style = self.rich_style
        try:
            return super().render_lines(crop)
        finally:
            self._draw_style = None

    def on_mount(self) -> None:
        if self.scrollable_content_region.width:  # else the first Resize lays it out, once
            self._relayout()

    def line_of_offset(self, offset: int) -> int:
        """The visual line showing character ``offset`` (text lines win over blank ones; a
        table cell's text on the line that draws it)."""
        return self._lines.line_of_offset(offset)

    # Layers -----------------------------------------------------------------------------

    def set_marks(self, layer: str, marks: list[Mark]) -> None:
        """Replace the marks of ``layer`` (later layers are drawn over earlier ones)."""
        if marks:
            self._layers[layer] = _Layer(marks)
        else:
            self._layers.pop(layer, None)
        self.refresh()

    def set_mark_source(
        self, layer: str, source: MarkSource | None, *, underneath: bool = False
    ) -> None:
        """Draw ``layer`` from marks made for each line as it is drawn (None: no marks);
        ``underneath``: under every other layer, whenever either was set (the glossary's
        mentions colour names, a highlight laid over them inks them dark on its pastel)."""
        if source is None:
            self._layers.pop(layer, None)
        elif underneath:
            self._layers = {layer: source, **{k: v for k, v in self._layers.items() if k != layer}}
        else:
            self._layers[layer] = source
        self.refresh()

    def marks(self, layer: str) -> list[Mark]:
        """The marks currently drawn by ``layer`` (empty when it has none), by start."""
        found = self._layers.get(layer)
        if isinstance(found, _Layer):
            return list(found.marks)
        return found.overlapping(0, len(self.document.text) + 1) if found else []

    def set_gutter(self, layer: str, markers: dict[int, str]) -> None:
        """Replace a gutter layer: one-cell markers keyed by sentence index."""
        if markers:
            self._gutters[layer] = markers
        else:
            self._gutters.pop(layer, None)
        self._index_gutter()
        self.refresh()

    def _index_gutter(self) -> None:
        self._gutter_lines = {}
        sentences = self.document.sentences
        for markers in self._gutters.values():
            for sentence, marker in markers.items():
                if 0 <= sentence < len(sentences) and self._lines:
                    line = self.line_of_offset(sentences[sentence].start)
                    self._gutter_lines[line] = self._gutter_lines.get(line, "") + marker

    # Cursor -----------------------------------------------------------------------------

    def cursor_span(self) -> tuple[int, int] | None:
        sentences = self.document.sentences
        if not sentences:
            return None
        span = sentences[min(self.cursor, len(sentences) - 1)]
        return span.start, span.end

    def validate_cursor(self, cursor: int) -> int:
        return max(0, min(cursor, len(self.document.sentences) - 1))

    def watch_cursor(self, old: int, new: int) -> None:
        self.refresh()
        self.post_message(self.CursorMoved(self, new))

    def move_cursor_to_offset(self, offset: int, *, scroll: bool = True) -> None:
        """Put the cursor on the sentence containing ``offset`` and bring it into view."""
        index = self.document.sentence_index_at(offset)
        if index is not None:
            self.cursor = index
            if scroll:
                self.scroll_to_sentence(index)

    def restore_position(self, offset: int, top: int | None) -> None:
        """Show the text from the line of ``top`` (when known) with the cursor on the sentence
        of ``offset``, scrolled to only if that one is not in view."""
        if top is not None:
            self.scroll_to(y=self.line_of_offset(top), animate=False, immediate=True)
        self.move_cursor_to_offset(offset)

    def scroll_to_sentence(self, index: int, *, center: bool = True) -> None:
        span = self.document.sentences[index]
        first = self.line_of_offset(span.start)
        last = self.line_of_offset(max(span.end - 1, span.start))
        height = self.scrollable_content_region.height
        top = int(self.scroll_offset.y)
        if center:
            if first < top or last >= top + height:
                self.scroll_to(y=max(first - height // 3, 0), animate=False)
        elif first < top:
            self.scroll_to(y=first, animate=False)
        elif last >= top + height:
            self.scroll_to(y=last - height + 1, animate=False)

    def first_visible_sentence(self) -> int:
        top = min(int(self.scroll_offset.y), max(len(self._lines) - 1, 0))
        offset = self._lines[top].start if self._lines else 0
        index = self.document.sentence_index_at(offset) or 0
        if self.document.sentences and self.document.sentences[index].start < offset:
            index = min(index + 1, len(self.document.sentences) - 1)
        return index

    def last_visible_sentence(self) -> int:
        """The last sentence that starts on screen (or the one the bottom line is in)."""
        if not self._lines:
            return 0
        height = max(self.scrollable_content_region.height, 1)
        bottom = min(int(self.scroll_offset.y) + height - 1, len(self._lines) - 1)
        return self.document.sentence_index_at(self._lines[bottom].start) or 0

    def watch_scroll_y(self, old_value: float, new_value: float) -> None:
        """Scrolling takes the sentence cursor along: the keys that act on "this sentence"
        (E, l, c, h, a) never act on one off screen."""
        super().watch_scroll_y(old_value, new_value)
        if round(old_value) == round(new_value) or not self.document.sentences:
            return
        if not self._cursor_on_screen():
            down = new_value > old_value
            self.cursor = self.first_visible_sentence() if down else self.last_visible_sentence()
        self.post_message(self.Scrolled(self))

    def action_scroll_home(self) -> None:
        """`g`: the top, with the cursor on the first sentence."""
        self.scroll_home(animate=False, immediate=True)
        self.cursor = 0

    def action_scroll_end(self) -> None:
        """`G`: the bottom, with the cursor on the last sentence."""
        self.scroll_end(animate=False, immediate=True)
        self.cursor = max(len(self.document.sentences) - 1, 0)

    def _cursor_on_screen(self) -> bool:
        span = self.cursor_span()
        if span is None:
            return False
        top = int(self.scroll_offset.y)
        line = self.line_of_offset(span[0])
        return top <= line < top + self.scrollable_content_region.height

    def action_next_sentence(self) -> None:
        if not self._cursor_on_screen():
            self.cursor = self.first_visible_sentence()
        else:
            self.cursor += 1
        self.scroll_to_sentence(self.cursor, center=False)

    def action_previous_sentence(self) -> None:
        if not self._cursor_on_screen():
            self.cursor = self.first_visible_sentence()
        else:
            self.cursor -= 1
        self.scroll_to_sentence(self.cursor, center=False)

    def offset_at(self, x: int, y: int) -> int | None:
        """The character offset under widget coordinates (x, y), if it is text."""
        index = int(self.scroll_offset.y) + y
        if not 0 <= index < len(self._lines):
            return None
        indent = self._lines[index].indent
        return self._lines.offset_at(index, max(x - self._margin - GUTTER_WIDTH - indent, 0))

    def position_of(self, offset: int) -> tuple[int, int]:
        """The widget coordinates (x, y) where character ``offset`` is drawn: the inverse of
        ``offset_at``, both read from the layout that draws the lines."""
        index, column = self._lines.position_of(offset)
        x = self._margin + GUTTER_WIDTH + self._lines[index].indent + column
        return x, index - int(self.scroll_offset.y)

    def on_click(self, event: events.Click) -> None:
        offset = self.offset_at(event.x, event.y)
        if offset is not None:
            self.move_cursor_to_offset(offset, scroll=False)

    @dataclass
    class Dragged(Message):
        """The mouse was dragged over the text from ``start`` to ``end`` (character offsets)."""

        view: DocumentView
        start: int
        end: int
        done: bool
        """True once the button is released."""

        @property
        def control(self) -> DocumentView:
            return self.view

    _drag_from: int | None = None
    """Where the mouse button went down on the text (while it is held)."""

    def on_mouse_down(self, event: events.MouseDown) -> None:
        if event.button == 1:
            self._drag_from = self.offset_at(event.x, event.y)
            if self._drag_from is not None:
                self.capture_mouse()

    def on_mouse_move(self, event: events.MouseMove) -> None:
        if self._drag_from is not None and event.button == 1:
            offset = self.offset_at(event.x, event.y)
            if offset is not None and offset != self._drag_from:
                self.post_message(self.Dragged(self, self._drag_from, offset, False))

    def on_mouse_up(self, event: events.MouseUp) -> None:
        start, self._drag_from = self._drag_from, None
        if start is None:
            return
        self.release_mouse()
        offset = self.offset_at(event.x, event.y)
        if offset is not None and offset != start:
            self.post_message(self.Dragged(self, start, offset, True))

    # Rendering --------------------------------------------------------------------------

    def _base_style(self, kind: LineKind) -> Style:
        name = {
            LineKind.HEADING1: "document-view--heading",
            LineKind.HEADING2: "document-view--subheading",
            LineKind.LEAD: "document-view--lead",
            LineKind.NOTICE: "document-view--notice",
            LineKind.QUOTE: "document-view--quote",
            LineKind.CAPTION: "document-view--caption",
            LineKind.ASIDE: "document-view--aside",
            LineKind.CODE: "document-view--code",
            LineKind.FIGURE: "document-view--figure",
        }.get(kind)
        return self.get_component_rich_style(name) if name else Style()

    def _mark_style(self, style: Style | str) -> Style:
        """A mark's own style (a component class gives only what its rule sets)."""
        return (
            self.get_component_rich_style(style, partial=True) if isinstance(style, str) else style
        )

    def render_line(self, y: int) -> Strip:
        index = int(self.scroll_offset.y) + y
        width = self.scrollable_content_region.width
        base = self.rich_style if self._draw_style is None else self._draw_style
        if not 0 <= index < len(self._lines):
            return Strip.blank(width, base)
        line = self._lines[index]
        gutter_text = self._gutter_lines.get(index, "")[: GUTTER_WIDTH - 1].ljust(GUTTER_WIDTH)
        segments = [
            Segment(" " * self._margin, base),
            Segment(gutter_text, base + self.get_component_rich_style("document-view--gutter")),
        ]
        line_style = base + self._base_style(line.kind)
        if line.kind is LineKind.NOTICE:
            segments.append(Segment(line.notice, line_style))
        elif line.kind is LineKind.RULE:
            rule_style = self.get_component_rich_style("document-view--cell-rule")
            segments.append(Segment(line.notice, base + rule_style))
        elif line.kind is not LineKind.BLANK:
            if line.kind in _BARS:
                segments.append(Segment(_BARS[line.kind], line_style))
            segments.extend(self._block_segments(line, line_style))
        return Strip(segments).adjust_cell_length(width, base)

    def _block_segments(self, line: VisualLine, line_style: Style) -> list[Segment]:
        """A text line's segments as its kind of block is drawn: a table row with its cell
        rules, code with a marker where the pane cut it (each as wide as the text it stands
        for)."""
        if line.cells:
            return self._cell_segments(line, line_style)
        segments = self._text_segments(line, line_style)
        if line.kind is LineKind.ROW:
            return _rule_cells(segments, self.get_component_rich_style("document-view--cell-rule"))
        if line.kind is LineKind.CODE:
            if self.document.text[line.end : line.end + 1] not in ("", "\n"):
                segments.append(Segment(CUT_MARKER, self._base_style(LineKind.NOTICE)))
        return segments

    def _cell_segments(self, line: VisualLine, line_style: Style) -> list[Segment]:
        """A line of an aligned table row: each cell's piece padded to its column's width,
        the columns parted by rules; the pieces are drawn as any text, with their marks."""
        rule = Segment(
            CELL_RULE, line_style + self.get_component_rich_style("document-view--cell-rule")
        )
        segments: list[Segment] = []
        drawn = 0
        for piece, left in zip(line.cells, cell_columns(line.cells), strict=True):
            if left:  # pad the cell before to its width, then its rule
                segments.append(Segment(" " * (left - len(CELL_RULE) - drawn), line_style))
                segments.append(rule)
                drawn = left
            if piece.end > piece.start:
                segments.extend(
                    self._text_segments(VisualLine(piece.start, piece.end, line.kind), line_style)
                )
                drawn += piece.end - piece.start
        return segments

    def _text_segments(self, line: VisualLine, line_style: Style) -> list[Segment]:
        text = self.document.text
        styled: list[tuple[int, int, Style]] = []
        cursor = self.cursor_span()
        if cursor and cursor[0] < line.end and cursor[1] > line.start:
            styled.append(
                (cursor[0], cursor[1], self.get_component_rich_style("document-view--cursor"))
            )
        for layer in self._layers.values():
            styled.extend(
                (m.start, m.end, self._mark_style(m.style))
                for m in layer.overlapping(line.start, line.end)
            )
        if not styled:
            return [Segment(text[line.start : line.end], line_style)]
        cuts = {line.start, line.end}
        for start, end, _style in styled:
            cuts.update((max(start, line.start), min(end, line.end)))
        points = sorted(cut for cut in cuts if line.start <= cut <= line.end)
        segments = []
        for left, right in zip(points, points[1:], strict=False):
            style = line_style
            for start, end, mark_style in styled:
                if start < right and end > left:
                    style = style + mark_style
            segments.append(Segment(text[left:right], style))
        return segments
