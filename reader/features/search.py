"""Search on the reading screen: the panel and its searches.

A mixin of ``ReadingScreen``; the index it searches is kept up to date by ``IndexActions``
(``reading_index.py``), whose progress this mixin's state holds; the hits are shown and
stepped through by ``SearchHitActions`` (``reading_search_hits.py``). ``/`` opens the panel; each
change of the query searches in an exclusive ``"search"`` worker (after a short pause while
one is running), so a stale search never overwrites a newer one. The ``index`` package is
imported in the workers.

Date filter syntax in the query: ``von:2020 bis:2021-06`` (also ``from:`` / ``to:``;
``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``): only sentences mentioning a time in that range
(parsed in ``search_query.py``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, cast

from textual import on, work
from textual.binding import Binding
from textual.timer import Timer
from textual.worker import Worker, WorkerState, get_current_worker

from documents.errors import DocumentError
from reader.context import reader_app
from reader.features.search_hits import SEARCH_LAYER
from reader.features.search_query import split_date_filter
from reader.i18n import _
from reader.screens.reading_panes import PaneAccess
from reader.widgets.pane import DocumentPane
from reader.widgets.search_panel import SearchPanel

if TYPE_CHECKING:
    from collections.abc import Callable

    from index import Hit, SearchResult
    from reader.services import Services

SEARCH_DELAY = 0.06
"""While a search is still running, a keystroke waits this long for the next one before it
searches (a newer search cancels the stale one and its results are discarded); when no search
is running the keystroke searches at once, so keystroke-to-results stays under 100 ms."""
HISTORY_SIZE = 50
SEARCH_LIMIT = 100
"""Most hits per search (grouped by document in the panel)."""
SCOPES = ("open", "document", "library")


@dataclass
class SearchState:
    """Search state kept on the screen (mixins keep out of ``__init__``)."""

    result: SearchResult | None = None
    """The last search shown (``n``/``N`` step through its hits)."""
    scope: str = "open"
    origin: str | None = None
    """Id of the pane focused when the panel opened (scope "this document", Esc)."""
    saved: dict[str, tuple[str, int, float]] = field(default_factory=dict)
    """Per pane id: (document id, cursor, scroll y) when the panel opened."""
    current: Hit | None = None
    """The hit last opened or previewed (drawn stronger)."""
    timer: Timer | None = None
    open_first: bool = False
    """Enter came before the results: open the first hit when they arrive."""
    generation: int = 0
    shown_for: str | None = None
    """The query text whose results (or message) the panel shows now."""
    # The index worker's (reading_index.py); shown while a search has no results yet.
    index_running: bool = False
    progress_timer: Timer | None = None
    told_busy: bool = False
    """The user was told another window holds the index (said once)."""
    progress: tuple[int, int] = (0, 0)
    """Documents indexed and to index by the running sync."""


class SearchActions(PaneAccess):
    """Screen mixin: the search panel and its searches."""

    BINDINGS = [
        Binding(
            "slash",
            "search",
            _("Search"),
            tooltip=_("Search the open documents (German-aware)"),
            id="search",
        ),
    ]
    """Search keys; the panel adds its own while it has focus (``n``/``N``: SearchHitActions)."""

    if TYPE_CHECKING:

        async def open_hit(self, hit: Hit, *, focus: bool = True) -> None: ...

    @property
    def search_state(self) -> SearchState:
        """The search (and index progress) of the screen, created on first use."""
        state = self.__dict__.get("_search_state")
        if state is None:
            state = self.__dict__["_search_state"] = SearchState()
        return state

    @property
    def _search_services(self) -> Services:
        return reader_app(self).services

    # Setup -------------------------------------------------------------------------------

    def setup_search(self) -> None:
        """Called once from ``on_mount``: after the first frame, mount the (hidden) panel, so
        that keys typed right after ``/`` reach it."""
        self.call_after_refresh(self._mount_search_panel)

    def _mount_search_panel(self) -> None:
        if self.is_attached and self._search_panel() is None:
            self.mount(SearchPanel(self._search_history(), id="search-panel"), after="#panes")

    @on(Worker.StateChanged)
    def report_search_failure(self, event: Worker.StateChanged) -> None:
        if event.worker.group == "search" and event.state is WorkerState.ERROR:
            self.notify(str(event.worker.error), title=_("Search"), severity="error", markup=False)

    # The panel ---------------------------------------------------------------------------

    def _search_panel(self) -> SearchPanel | None:
        found = self.query(SearchPanel)
        return found.first() if found else None

    def _search_scope_label(self) -> str:
        return {
            "open": _("open documents"),
            "document": _("this document"),
            "library": _("whole library"),
        }[self.search_state.scope]

    def _search_history(self) -> list[str]:
        history = getattr(reader_app(self).settings, "search_history", [])
        return [item for item in history if isinstance(item, str)] if isinstance(
            history, list) else []  # fmt: skip

    async def action_search(self) -> None:
        """Open the panel (or focus it), remembering where both panes are."""
        state = self.search_state
        panel = self._search_panel()
        if panel is None:
            panel = SearchPanel(self._search_history(), id="search-panel")
            await self.mount(panel, after="#panes")
        if not panel.is_open:
            origin = self.focused_pane()
            state.origin = origin.id
            state.saved = {
                pane.id or "": (pane.document.id, pane.view.cursor, pane.view.scroll_offset.y)
                for pane in self.panes()
            }
        panel.open(self._search_scope_label(), self._search_history())

    def search_origin_pane(self) -> DocumentPane:
        """The pane focused when the panel opened (else the focused one)."""
        panes = self.panes()
        return next((p for p in panes if p.id == self.search_state.origin), None) or (
            self.focused_pane()
        )

    def search_again(self) -> None:
        """Search the open panel's text again (the index or the scope changed)."""
        panel = self._search_panel()
        if panel is not None and panel.is_open and panel.input.value.strip():
            self._search_now(panel.input.value)

    def action_toggle_search_scope(self) -> None:
        state = self.search_state
        state.scope = SCOPES[(SCOPES.index(state.scope) + 1) % len(SCOPES)]
        panel = self._search_panel()
        if panel is not None and panel.is_open:
            panel.set_scope(self._search_scope_label())
            self.search_again()
        else:
            self.notify(_("Search: {scope}").format(scope=self._search_scope_label()), timeout=2)

    @on(SearchPanel.ScopeToggled)
    def _search_scope_toggled(self, event: SearchPanel.ScopeToggled) -> None:
        self.action_toggle_search_scope()

    @on(SearchPanel.QueryChanged)
    def _search_query_changed(self, event: SearchPanel.QueryChanged) -> None:
        state = self.search_state
        if state.timer is not None:
            state.timer.stop()
        state.generation += 1
        busy = any(w.group == "search" and w.is_running for w in self.app.workers)
        if busy:
            state.timer = self.set_timer(SEARCH_DELAY, lambda: self._search_now(event.text))
        else:
            state.timer = None
            self._search_now(event.text)

    def _search_now(self, text: str) -> None:
        state = self.search_state
        if state.timer is not None:
            state.timer.stop()
            state.timer = None
        state.generation += 1
        panel = self._search_panel()
        if panel is None:
            return
        message = None
        if not text.strip():
            self.workers.cancel_group(self, "search")
            message = ""
        else:
            try:
                query, date_from, date_to = split_date_filter(text)
            except ValueError as error:
                message = str(error)
            else:
                if not query:
                    message = _("Type a word to search for.")
        if message is not None:
            panel.show_message(message)
            state.shown_for = text
            return
        scope = state.scope
        docs = None
        if scope == "open":
            docs = self.pane_documents()
        elif scope == "document":
            docs = [self.search_origin_pane().document.id]
        self.run_search(
            self._search_services, (state.generation, text), query, docs, date_from, date_to
        )

    @work(thread=True, group="search", exclusive=True, exit_on_error=False)
    def run_search(
        self,
        services: Services,
        generation: tuple[int, str],
        query: str,
        docs: list[str] | None,
        date_from: date | None,
        date_to: date | None,
    ) -> None:
        from index import QueryError

        worker = get_current_worker()
        glossary = services.glossary
        try:
            result = services.search_index.search(
                query, docs, date_from, date_to, SEARCH_LIMIT, aliases=glossary
            )
        except QueryError as error:
            if not worker.is_cancelled:
                self.app.call_from_thread(self._search_failed, generation, str(error))
            return
        if not worker.is_cancelled:
            # call_from_thread awaits a coroutine; its signature cannot infer that for mypy.
            show = cast("Callable[[tuple[int, str], SearchResult], None]", self._search_done)
            self.app.call_from_thread(show, generation, result)

    def _search_failed(self, generation: tuple[int, str], message: str) -> None:
        panel = self._search_panel()
        if panel is not None and generation[0] == self.search_state.generation:
            panel.show_message(message)
            self.search_state.shown_for = generation[1]
            self.search_state.open_first = False

    async def _search_done(self, generation: tuple[int, str], result: SearchResult) -> None:
        state = self.search_state
        panel = self._search_panel()
        if panel is None or generation[0] != state.generation:
            return
        notes = []
        for note in result.notes:
            if note.startswith("Did you mean"):
                continue  # shown as a choice in the list
            notes.append(_(note))
        if state.index_running and not result.hits:
            done, total = state.progress
            notes.append(_("Indexing for search {done}/{total}…").format(done=done, total=total))
        titles = {pane.document.id: pane.document.title for pane in self.panes()}
        library = reader_app(self).library
        for hit in result.hits:
            if hit.doc not in titles:
                try:
                    titles[hit.doc] = library.entry(hit.doc).meta.title or hit.doc
                except DocumentError:
                    titles[hit.doc] = hit.doc
        panel.show_result(result, titles, notes)
        state.result = result
        state.shown_for = generation[1]
        if state.open_first:
            state.open_first = False
            if result.hits:
                await self._search_choose(panel, result.hits[0])

    @on(SearchPanel.HitHighlighted)
    async def _search_preview_hit(self, event: SearchPanel.HitHighlighted) -> None:
        """Browsing the results moves the pane showing that document (Esc moves it back)."""
        if self.pane_showing(event.hit.doc) is not None:
            await self.open_hit(event.hit, focus=False)

    @on(SearchPanel.HitChosen)
    async def _search_hit_chosen(self, event: SearchPanel.HitChosen) -> None:
        panel = event.panel
        if event.hit is None or self._search_pending():
            # Enter before the results: search now and open the first hit when they come.
            if panel.input.value.strip():
                self.search_state.open_first = True
                self._search_now(panel.input.value)
            return
        await self._search_choose(panel, event.hit)

    def _search_pending(self) -> bool:
        """A search for newer text is waiting or running (the results shown are stale)."""
        running = any(w.group == "search" and w.is_running for w in self.workers)
        return self.search_state.timer is not None or running

    async def _search_choose(self, panel: SearchPanel, hit: Hit) -> None:
        self._search_remember_query(panel.input.value)
        panel.close()
        self.search_state.saved = {}
        await self.open_hit(hit)

    @on(SearchPanel.Closed)
    def _search_closed(self, event: SearchPanel.Closed) -> None:
        """Esc: back to where both panes were; the last search stays for ``n``/``N``."""
        state = self.search_state
        self._search_remember_query(event.panel.input.value)
        event.panel.close()
        state.open_first = False
        for pane in self.panes():
            saved = state.saved.get(pane.id or "")
            if saved is not None and saved[0] == pane.document.id:
                pane.view.cursor = saved[1]
                pane.view.scroll_to(y=saved[2], animate=False)
                pane.view.set_marks(SEARCH_LAYER, [])
        state.saved = {}
        state.current = None
        self.search_origin_pane().view.focus()

    def _search_remember_query(self, text: str) -> None:
        text = text.strip()
        if not text:
            return
        settings = reader_app(self).settings
        history = [item for item in self._search_history() if item != text] + [text]
        settings.search_history = history[-HISTORY_SIZE:]
        reader_app(self).save_settings()
