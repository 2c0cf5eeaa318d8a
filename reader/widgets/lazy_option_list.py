"""A list of options that renders only the rows on screen, however many there are.

Textual's ``OptionList`` lays out every option when it is filled (about a millisecond each),
so 50,000 notes took most of a minute to list. Here the caller gives each option's id and
height and which ones cannot be chosen (plain lists: cheap to build at every keystroke of a
filter), and a function that builds an option's text;
rows are built when they scroll into view and the scrollbar spans the whole list, so Home and
End reach the first and the last option at once. Its API follows ``OptionList``'s (options by
index, ``highlighted``, the ``OptionHighlighted`` and ``OptionSelected`` messages).
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from itertools import accumulate
from typing import ClassVar

from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding, BindingType
from textual.geometry import Region, Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.widgets.option_list import Option

__all__ = ["LazyOptionList"]

CACHED_ROWS = 400
"""Rendered rows kept (a few screens' worth); the cache is emptied when it grows past this."""


class LazyOptionList(ScrollView, can_focus=True):
    """Options by index; only those on screen are ever rendered.

    Args:
        prompt: Builds the text of the option at an index (called when it comes into view).
    """

    DEFAULT_CSS = """
    LazyOptionList {
        height: 1fr;
        color: $foreground;
        border: tall $border-blurred;
        background: $surface;
        padding: 0 1;
        scrollbar-gutter: stable;
        & > .lazy-option-list--option-highlighted {
            color: $foreground;
            background: $block-cursor-blurred-background;
        }
        &:focus {
            border: tall $border;
            background-tint: $foreground 5%;
            & > .lazy-option-list--option-highlighted {
                color: $block-cursor-foreground;
                background: $block-cursor-background;
                text-style: $block-cursor-text-style;
            }
        }
        & > .lazy-option-list--option-disabled { color: $text-disabled; }
    }
    """

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "lazy-option-list--option-highlighted",
        "lazy-option-list--option-disabled",
    }

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("down", "cursor_down", "Down", show=False),
        Binding("up", "cursor_up", "Up", show=False),
        Binding("pagedown", "page_down", "Page down", show=False),
        Binding("pageup", "page_up", "Page up", show=False),
        Binding("home", "first", "First", show=False),
        Binding("end", "last", "Last", show=False),
        Binding("enter", "select", "Select", show=False),
    ]

    highlighted: reactive[int | None] = reactive(None, always_update=True)
    """Index of the highlighted option (None: none)."""

    @dataclass
    class OptionMessage(Message):
        """About one option of the list."""

        option_list: LazyOptionList
        option: Option
        option_index: int

        @property
        def control(self) -> LazyOptionList:
            return self.option_list

    class OptionHighlighted(OptionMessage):
        """Another option is highlighted."""

    class OptionSelected(OptionMessage):
        """An option was chosen (Enter or a click)."""

    def __init__(self, prompt: Callable[[int], Text], *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._prompt = prompt
        self._ids: list[str | None] = []
        self._disabled: frozenset[int] = frozenset()
        self._starts: list[int] = [0]
        """First line of each option, and the total height last."""
        self._index_of: dict[str, int] = {}
        self._rows: dict[tuple[int, int, bool], list[list[Segment]]] = {}

    # Options --------------------------------------------------------------------------------

    @property
    def option_count(self) -> int:
        return len(self._ids)

    def set_options(
        self,
        ids: Sequence[str | None],
        heights: Sequence[int],
        disabled: Collection[int] = (),
    ) -> None:
        """Replace the options (nothing is rendered until shown); the highlight is cleared.

        Args:
            ids: Each option's id (None: none).
            heights: Each option's lines.
            disabled: Indexes of options that cannot be chosen (headings, notices).
        """
        self._ids = list(ids)
        self._starts = list(accumulate(heights, initial=0))
        self._disabled = frozenset(disabled)
        self._index_of = {id_: i for i, id_ in enumerate(self._ids) if id_ is not None}
        self._rows.clear()
        self.set_reactive(LazyOptionList.highlighted, None)
        self._size_to_options()
        self.refresh()

    def redraw_options(self) -> None:
        """Build the shown options' text again (what ``prompt`` returns has changed)."""
        self._rows.clear()
        self.refresh()

    def get_option_at_index(self, index: int) -> Option:
        return Option(self._prompt(index), id=self._ids[index], disabled=index in self._disabled)

    def get_option_index(self, option_id: str) -> int:
        """Raises KeyError when no option has this id."""
        return self._index_of[option_id]

    def _size_to_options(self) -> None:
        self.virtual_size = Size(self.scrollable_content_region.width, self._starts[-1])

    def on_resize(self) -> None:
        self._rows.clear()
        self._size_to_options()

    # Highlight ------------------------------------------------------------------------------

    def _enabled(self, index: int, step: int) -> int | None:
        """The first option from ``index`` on (in direction ``step``) that can be chosen."""
        while 0 <= index < len(self._ids):
            if index not in self._disabled:
                return index
            index += step
        return None

    def validate_highlighted(self, index: int | None) -> int | None:
        if index is None or not self._ids:
            return None
        index = min(max(index, 0), len(self._ids) - 1)
        found = self._enabled(index, 1)
        return found if found is not None else self._enabled(index, -1)

    def watch_highlighted(self, index: int | None) -> None:
        self._rows.clear()
        self.refresh()
        if index is None:
            return
        top, bottom = self._starts[index], self._starts[index + 1]
        self.scroll_to_region(
            Region(0, top, 1, bottom - top), animate=False, immediate=True, force=True
        )
        self.post_message(self.OptionHighlighted(self, self.get_option_at_index(index), index))

    def _move(self, step: int) -> None:
        if self.highlighted is None:
            self.highlighted = self._enabled(0, 1)
            return
        found = self._enabled(self.highlighted + step, step)
        if found is not None:
            self.highlighted = found

    def action_cursor_down(self) -> None:
        self._move(1)

    def action_cursor_up(self) -> None:
        self._move(-1)

    def _page(self, direction: int) -> None:
        here = self.highlighted if self.highlighted is not None else 0
        line = self._starts[here] + direction * max(self.scrollable_content_region.height, 1)
        target = bisect.bisect_right(self._starts, max(line, 0)) - 1
        target = min(target, len(self._ids) - 1)
        found = self._enabled(target, direction) if target >= 0 else None
        self.highlighted = found if found is not None else self._enabled(target, -direction)

    def action_page_down(self) -> None:
        self._page(1)

    def action_page_up(self) -> None:
        self._page(-1)

    def action_first(self) -> None:
        self.highlighted = self._enabled(0, 1)

    def action_last(self) -> None:
        self.highlighted = self._enabled(len(self._ids) - 1, -1)

    def action_select(self) -> None:
        index = self.highlighted
        if index is not None and index not in self._disabled:
            self.post_message(self.OptionSelected(self, self.get_option_at_index(index), index))

    def _index_at_line(self, line: int) -> int | None:
        if not 0 <= line < self._starts[-1]:
            return None
        return bisect.bisect_right(self._starts, line) - 1

    def on_click(self, event: events.Click) -> None:
        offset = event.get_content_offset(self)
        if offset is None:
            return
        index = self._index_at_line(int(self.scroll_offset.y) + offset.y)
        if index is not None and index not in self._disabled:
            self.highlighted = index
            self.action_select()

    # Drawing --------------------------------------------------------------------------------

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        base = self.rich_style
        line = int(self.scroll_offset.y) + y
        index = self._index_at_line(line)
        if index is None:
            return Strip.blank(width, base)
        lines = self._row_lines(index, width)
        row_line = line - self._starts[index]
        if row_line >= len(lines):
            return Strip.blank(width, self._row_style(index))
        return Strip(lines[row_line], width)

    def _row_style(self, index: int) -> Style:
        style = self.rich_style
        if index in self._disabled:
            style += self.get_component_rich_style("lazy-option-list--option-disabled")
        if index == self.highlighted:
            style += self.get_component_rich_style("lazy-option-list--option-highlighted")
        return style

    def _row_lines(self, index: int, width: int) -> list[list[Segment]]:
        key = (index, width, index == self.highlighted)
        lines = self._rows.get(key)
        if lines is None:
            if len(self._rows) >= CACHED_ROWS:
                self._rows.clear()
            console = self.app.console
            lines = console.render_lines(
                self._prompt(index),
                console.options.update_width(max(width, 1)),
                style=self._row_style(index),
                pad=True,
            )
            self._rows[key] = lines
        return lines
