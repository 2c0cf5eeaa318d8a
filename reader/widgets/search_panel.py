"""The search panel under the panes: a query line, notes, and hits grouped by document.

The panel only shows things and reports what the reader does (messages up); the reading
screen's ``SearchActions`` runs the searches and moves the panes. Passages are document text:
they become ``rich.text.Text`` with styles over the highlight offsets, never markup.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import TYPE_CHECKING

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.events import Key, Resize
from textual.message import Message
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from reader.i18n import N_, _, n_
from reader.text_fit import ELLIPSIS, window

if TYPE_CHECKING:
    from index import Hit, SearchResult

__all__ = ["SearchPanel", "hit_line"]

HIT_STYLE = "bold reverse"
"""How matched words look in a result line."""
SUGGESTION_ID = "suggestion"


def hit_line(hit: Hit, width: int) -> Text:
    """One line of context centred on the hit's first matched word, the matches marked.

    The line is cut at word boundaries and shows "…" where it cuts, so the matched word is
    always whole and visible.

    Args:
        hit: The hit; its highlights are document offsets.
        width: Cells available for the passage.
    """
    passage = " ".join(hit.passage.split("\n"))
    spans = [
        (start - hit.start, end - hit.start)
        for start, end in hit.highlights
        if hit.start <= start < hit.end
    ]
    low, high = window(passage, spans[0] if spans else (0, 0), max(width, 20))
    text = Text(ELLIPSIS if low else "")
    shift = len(text.plain) - low
    text.append(passage[low:high])
    if high < len(passage):
        text.append(ELLIPSIS)
    for start, end in spans:
        start, end = max(start, low), min(end, high)
        if start < end:
            text.stylize(HIT_STYLE, start + shift, end + shift)
    return text


class SearchPanel(Vertical):
    """Query input, a status line and the result list; hidden until ``/``."""

    DEFAULT_CSS = """
    SearchPanel {
        height: auto; max-height: 60%; display: none;
        border: round $accent; border-title-color: $accent; border-subtitle-color: $text-muted;
        background: $surface;
    }
    SearchPanel.-open { display: block; }
    .-short SearchPanel { max-height: 50%; }
    SearchPanel > Input { border: none; height: 1; padding: 0 1; background: $boost; }
    SearchPanel > Input:focus { border: none; background: $boost; }
    SearchPanel > #search-status { height: auto; color: $text-muted; padding: 0 1; }
    SearchPanel > OptionList { height: auto; max-height: 16; border: none; padding: 0; }
    SearchPanel > OptionList:focus { border: none; }
    """

    BINDINGS = [
        Binding("escape", "close", N_("Close search"), tooltip=N_("Back to where you were")),
        Binding("up,ctrl+up", "history(-1)", N_("Earlier query"), show=False),
        Binding("down", "to_results", N_("To the results"), show=False),
        Binding("ctrl+down", "history(1)", N_("Later query"), show=False),
        Binding("pagedown", "step_result(1)", N_("Next result"), show=False),
        Binding("pageup", "step_result(-1)", N_("Previous result"), show=False),
        Binding(
            "ctrl+d",
            "toggle_scope",
            N_("Scope"),
            tooltip=N_("Open documents, this document, or the whole library"),
            priority=True,  # the Input binds ctrl+d to "delete right"
            id="search-scope",
        ),
        Binding(
            "ctrl+s", "apply_suggestion", N_("Use suggestion"), show=False, id="search-suggestion"
        ),
    ]
    """Keys while the panel has focus; the footer shows the main ones."""

    @dataclass
    class QueryChanged(Message):
        """The query text changed (typed or recalled)."""

        panel: SearchPanel
        text: str

    @dataclass
    class HitHighlighted(Message):
        """The reader browsed to a result (the screen previews it)."""

        panel: SearchPanel
        hit: Hit

    @dataclass
    class HitChosen(Message):
        """Enter on a result, or on the query with results waiting."""

        panel: SearchPanel
        hit: Hit | None
        """None: Enter before the results arrived (the screen opens the first one)."""

    @dataclass
    class Closed(Message):
        """Esc: the reader wants to go back."""

        panel: SearchPanel

    @dataclass
    class ScopeToggled(Message):
        panel: SearchPanel

    def __init__(self, history: list[str], *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.history = list(history)
        """Earlier queries, oldest first (recalled with up and down)."""
        self._history_at: int | None = None
        self._draft = ""
        self._hits: dict[str, Hit] = {}
        self.result: SearchResult | None = None
        """The result shown now (None: nothing searched yet)."""
        self.shown_at = 0.0
        """``perf_counter`` after the last result list was drawn (for the benchmark)."""
        self._tallest = 0
        """The panel's tallest height (rows) while the current query was typed."""

    def compose(self) -> ComposeResult:
        yield Input(
            placeholder=_('Words, "phrases", prefix*, OR, NOT · dates: von:2020 bis:2021-06'),
            id="search-query",
        )
        status = Static("", id="search-status")
        status.display = False
        yield status
        yield OptionList(id="search-results")

    @property
    def input(self) -> Input:
        return self.query_one(Input)

    @property
    def results(self) -> OptionList:
        return self.query_one(OptionList)

    @property
    def is_open(self) -> bool:
        return self.has_class("-open")

    def open(self, scope: str, history: list[str]) -> None:
        """Show the panel with the query selected, ready for typing."""
        self.history = list(history)
        self._history_at = None
        self.set_scope(scope)
        self.border_subtitle = _("↓ results · ↑ earlier queries · Enter open · Esc back")
        self.add_class("-open")
        self._let_shrink()
        self.screen.set_focus(self.input)  # now, not after the queued events: keys typed
        self.input.select_all()  # right after `/` (the app busy meanwhile) go to the query

    def close(self) -> None:
        self.remove_class("-open")
        self._let_shrink()

    def on_resize(self, event: Resize) -> None:
        """While a query is typed the panel grows to fit its results (up to its cap) but does
        not shrink: a list following the hit count changed height at almost every keystroke,
        and resizing both panes with it (layout and redraw of the whole screen) was over half
        of the app's time per keystroke. It shrinks again when the query is cleared or the
        panel closes."""
        height = self.outer_size.height
        if self.is_open and self.input.value.strip() and height > self._tallest:
            self._tallest = height
            self.styles.min_height = height

    def _let_shrink(self) -> None:
        if self._tallest:
            self._tallest = 0
            self.styles.min_height = None

    def set_scope(self, scope: str) -> None:
        self.border_title = _("Search · {scope} (ctrl+d)").format(scope=scope)

    # Showing -----------------------------------------------------------------------------

    def show_message(self, message: str) -> None:
        """A one-line message instead of results (bad query, index not ready)."""
        self.result = None
        self._hits = {}
        self._status(Text(message, style="italic"))
        self.results.clear_options()

    def show_pending(self, message: str) -> None:
        """A status line for a search still running; the results shown so far stay."""
        self._status(Text(message, style="italic"))

    def show_result(
        self,
        result: SearchResult,
        titles: dict[str, str],
        notes: list[str],
        *,
        keep_row: bool = False,
    ) -> None:
        """Hits grouped by document (documents in the order of their best hit), with counts.

        Args:
            result: The search result, hits best first.
            titles: Document titles by id.
            notes: Translated remarks for the status line.
            keep_row: The same query again: keep the selected hit selected if it is still
                among the hits (else the first hit, as for a new query).
        """
        kept = self.highlighted_hit() if keep_row else None
        self.result = result
        groups: dict[str, list[Hit]] = {}
        for hit in result.hits:
            groups.setdefault(hit.doc, []).append(hit)
        status = Text(" · ".join(notes), style="italic") if notes else Text("")
        if not result.hits:
            status = Text(" · ".join([*notes, _("No hits.")]), style="italic")
        self._status(status)
        width = max((self.size.width or 100) - 8, 30)
        options: list[Option | None] = []
        if result.suggestion:
            prompt = Text.assemble(
                (_("Did you mean") + " ", "bold"),
                (result.suggestion, "bold underline"),
                ("?  ", "bold"),
                (_("(ctrl+s or Enter here)"), "dim"),
            )
            options.append(Option(prompt, id=SUGGESTION_ID))
        self._hits = {}
        corrected = _corrected_words(result)
        for doc, hits in groups.items():
            count = n_("{count} hit", "{count} hits", len(hits))
            heading = Text.assemble((titles.get(doc, doc), "bold"), ("  " + count, "dim"))
            fixes = sorted({v for hit in hits for v in hit.via if _is_fix(v, corrected)})
            if fixes:  # once for the group: every hit of a corrected query has it
                label = _("via correction: {names}").format(names=", ".join(fixes))
                heading.append("  " + label, style="italic dim")
            options.append(Option(heading, id=f"doc:{doc}", disabled=True))
            for hit in hits:
                key = f"hit:{len(self._hits)}"
                self._hits[key] = hit
                line = Text("  ") + hit_line(hit, width)
                aliases = [v for v in hit.via if not _is_fix(v, corrected)]
                if aliases:
                    line.append("\n    ")
                    label = _("via alias: {names}").format(names=", ".join(aliases))
                    line.append(label, style="italic dim")
                options.append(Option(line, id=key))
        self.results.set_options(options)
        first = next((i for i, o in enumerate(options) if o and o.id in self._hits), None)
        if kept is not None:
            first = next(
                (
                    i
                    for i, o in enumerate(options)
                    if o and _same_hit(self._hits.get(o.id or ""), kept)
                ),
                first,
            )
        if first is not None:
            self.results.highlighted = first
        self.call_after_refresh(self._stamp)

    def _status(self, text: Text) -> None:
        status = self.query_one("#search-status", Static)
        status.update(text)
        status.display = bool(text.plain)

    def _stamp(self) -> None:
        self.shown_at = time.perf_counter()

    def highlighted_hit(self) -> Hit | None:
        index = self.results.highlighted
        if index is None:
            return None
        option = self.results.get_option_at_index(index)
        return self._hits.get(option.id or "")

    # Keys --------------------------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "apply_suggestion":
            return self.result is not None and bool(self.result.suggestion)
        return True

    def action_close(self) -> None:
        self.post_message(self.Closed(self))

    def action_toggle_scope(self) -> None:
        self.post_message(self.ScopeToggled(self))

    def action_apply_suggestion(self) -> None:
        if self.result is not None and self.result.suggestion:
            self.input.value = self.result.suggestion
            self.input.cursor_position = len(self.input.value)
            self.input.focus()

    def action_history(self, step: int) -> None:
        if not self.history:
            return
        if self._history_at is None:
            if step > 0:
                return
            self._draft = self.input.value
            at = len(self.history) - 1
        else:
            at = self._history_at + step
        if at >= len(self.history):
            self._history_at, value = None, self._draft
        else:
            self._history_at = max(at, 0)
            value = self.history[self._history_at]
        self.input.value = value
        self.input.cursor_position = len(value)

    def action_to_results(self) -> None:
        """↓ in the query: into the result list, on its first hit (previewed in its pane)."""
        keys = [i for i, o in enumerate(self.results.options) if o.id in self._hits]
        if not keys:
            return
        if self.results.highlighted not in keys:
            self.results.highlighted = keys[0]
        self.results.focus()
        hit = self.highlighted_hit()
        if hit is not None:
            self.post_message(self.HitHighlighted(self, hit))

    def action_step_result(self, step: int) -> None:
        keys = [i for i, o in enumerate(self.results.options) if o.id in self._hits]
        if not keys:
            return
        now = self.results.highlighted
        if now is None:
            target = keys[0] if step > 0 else keys[-1]
        elif step > 0:
            target = next((i for i in keys if i > now), keys[-1])
        else:
            target = next((i for i in reversed(keys) if i < now), keys[0])
        self.results.highlighted = target
        hit = self.highlighted_hit()
        if hit is not None:
            self.post_message(self.HitHighlighted(self, hit))

    # Events ------------------------------------------------------------------------------

    def on_key(self, event: Key) -> None:
        """In the result list, ↑ on the first row goes back to the query and typing goes on
        in the query (letters are not the reading screen's keys while searching)."""
        if not self.results.has_focus:
            return
        first = next((i for i, o in enumerate(self.results.options) if not o.disabled), None)
        if event.key == "up" and self.results.highlighted in (None, first):
            event.stop()
            event.prevent_default()
            self.input.focus()
        elif event.is_printable and event.character:
            event.stop()
            event.prevent_default()
            self.input.focus()
            self.input.insert_text_at_cursor(event.character)

    @on(Input.Changed, "#search-query")
    def _query_changed(self, event: Input.Changed) -> None:
        event.stop()
        if not event.value.strip():
            self._let_shrink()
        self.post_message(self.QueryChanged(self, event.value))

    @on(Input.Submitted, "#search-query")
    def _query_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        highlighted = self.results.highlighted
        if highlighted is not None:
            option = self.results.get_option_at_index(highlighted)
            if option.id == SUGGESTION_ID:
                self.action_apply_suggestion()
                return
        self.post_message(self.HitChosen(self, self.highlighted_hit()))

    @on(OptionList.OptionHighlighted, "#search-results")
    def _browsed(self, event: OptionList.OptionHighlighted) -> None:
        event.stop()
        hit = self._hits.get(event.option.id or "")
        if hit is not None and self.results.has_focus:
            self.post_message(self.HitHighlighted(self, hit))

    @on(OptionList.OptionSelected, "#search-results")
    def _selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id == SUGGESTION_ID:
            self.action_apply_suggestion()
            return
        hit = self._hits.get(event.option.id or "")
        if hit is not None:
            self.post_message(self.HitChosen(self, hit))


def _corrected_words(result: SearchResult) -> set[str]:
    """Query words the suggestion replaced (their via entries are corrections)."""
    if not result.suggestion:
        return set()
    return set(result.query.split()) - set(result.suggestion.split())


def _is_fix(via: str, corrected: set[str]) -> bool:
    """Whether a via entry ("Zapad → Sapad") is a spelling correction, not an alias."""
    return via.split(" → ")[0] in corrected


def _same_hit(hit: Hit | None, other: Hit) -> bool:
    """Whether two searches' hits are the same sentence of the same document."""
    return hit is not None and (hit.doc, hit.start) == (other.doc, other.start)
