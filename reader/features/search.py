"""Search: the ``/`` panel, its searches, the hits in the panes and ``n``/``N``.

``SearchFeature`` wraps the panes and owns the search state, the ``"search"`` worker and the
index sync (``search_index.IndexSync``, which it composes). Each change of the query searches
in an exclusive ``"search"`` worker (after a short pause while one is running), so a stale
search never overwrites a newer one. The ``index`` package is imported in the workers.

Date filter syntax in the query: ``von:2020 bis:2021-06`` (also ``from:`` / ``to:``;
``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``): only sentences mentioning a time in that range
(parsed in ``search_query.py``).
"""

from __future__ import annotations

from datetime import date
from functools import partial
from typing import TYPE_CHECKING, cast

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widget import AwaitMount
from textual.worker import Worker, WorkerState, get_current_worker

from documents.errors import DocumentError
from reader.context import reader_app
from reader.features.panes import Panes
from reader.features.search_hits import SEARCH_LAYER, draw_search_marks
from reader.features.search_index import IndexSync
from reader.features.search_query import SearchState, split_date_filter, step_hit
from reader.i18n import N_, _
from reader.services import Cancelled
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
SEARCH_GROUP = "search"
"""The worker group of the searches (a newer one cancels the stale one)."""
NAMES_GROUP = "search-names"
"""The worker group waiting for the library's names, to search again with their aliases."""
SEARCHING_SIGN_DELAY = 0.4
"""Seconds a search may take before the status line says it is still searching (the first
search opens the index, seconds on a busy machine)."""


class SearchFeature(Vertical):
    """Wraps the panes: the search panel, its worker, the index sync and the hits."""

    DEFAULT_CSS = "SearchFeature { height: 1fr; }"

    BINDINGS = [
        Binding(
            "slash",
            "search",
            N_("Search"),
            tooltip=N_("Search the open documents (German-aware)"),
            id="search",
        ),
        Binding("n", "next_hit", N_("Next hit"), show=False, id="next-hit"),
        Binding("N", "previous_hit", N_("Previous hit"), show=False, id="previous-hit"),
    ]
    """Search keys; the panel adds its own while it has focus. ``n``/``N`` work after the
    panel closed, in the focused pane."""

    def __init__(self, *children: Vertical, id: str | None = None) -> None:
        super().__init__(*children, id=id)
        self.state = SearchState()
        """The search and its hits."""
        self.panes = Panes(self)
        self._panel_mounting: AwaitMount | None = None

    def compose(self) -> ComposeResult:
        yield IndexSync()

    def on_mount(self) -> None:
        """After the first frame, mount the (hidden) panel, so that keys typed right after
        ``/`` reach it."""
        self.call_after_refresh(self._mount_panel)

    def _mount_panel(self) -> None:
        if self.is_attached and self._panel() is None:
            self._panel_mounting = self.mount(SearchPanel(self._history(), id="search-panel"))

    @property
    def _services(self) -> Services:
        return reader_app(self).services

    @property
    def _index(self) -> IndexSync:
        return self.query_one(IndexSync)

    @on(Worker.StateChanged)
    def _report_failure(self, event: Worker.StateChanged) -> None:
        if event.worker.group == SEARCH_GROUP and event.state is WorkerState.ERROR:
            self.notify(str(event.worker.error), title=_("Search"), severity="error", markup=False)

    @on(IndexSync.Synced)
    def _index_synced(self) -> None:
        self.search_again()

    # The panel ---------------------------------------------------------------------------

    def _panel(self) -> SearchPanel | None:
        found = self.query(SearchPanel)
        return found.first() if found else None

    def _scope_label(self) -> str:
        return {
            "open": _("open documents"),
            "document": _("this document"),
            "library": _("whole library"),
        }[self.state.scope]

    def _history(self) -> list[str]:
        history = getattr(reader_app(self).settings, "search_history", [])
        return [item for item in history if isinstance(item, str)] if isinstance(
            history, list) else []  # fmt: skip

    async def action_search(self) -> None:
        """Open the panel (or focus it), remembering where both panes are."""
        state = self.state
        panel = self._panel()
        if panel is not None and not panel.is_mounted and self._panel_mounting is not None:
            await self._panel_mounting  # `/` came while the panel was being mounted
        if panel is None:
            panel = SearchPanel(self._history(), id="search-panel")
            await self.mount(panel)
        if not panel.is_open:
            state.origin = self.panes.focused().id
            state.saved = {
                pane.id or "": (pane.document.id, pane.view.cursor, pane.view.scroll_offset.y)
                for pane in self.panes.all()
            }
        panel.open(self._scope_label(), self._history())

    def action_rebuild_index(self) -> None:
        """Index every document again from scratch."""
        self._index.start(rebuild=True)

    def sync_index(self) -> None:
        """Bring the index in line with the library (documents were added or removed)."""
        self._index.start()

    def origin_pane(self) -> DocumentPane:
        """The pane focused when the panel opened (else the focused one)."""
        panes = self.panes.all()
        return next((p for p in panes if p.id == self.state.origin), None) or (self.panes.focused())

    def search_again(self) -> None:
        """Search the open panel's text again (the index or the scope changed)."""
        panel = self._panel()
        if panel is not None and panel.is_open and panel.input.value.strip():
            self._search_now(panel.input.value)

    def action_toggle_search_scope(self) -> None:
        state = self.state
        state.scope = SCOPES[(SCOPES.index(state.scope) + 1) % len(SCOPES)]
        panel = self._panel()
        if panel is not None and panel.is_open:
            panel.set_scope(self._scope_label())
            self.search_again()
        else:
            self.notify(_("Search: {scope}").format(scope=self._scope_label()), timeout=2)

    @on(SearchPanel.ScopeToggled)
    def _scope_toggled(self, event: SearchPanel.ScopeToggled) -> None:
        self.action_toggle_search_scope()

    @on(SearchPanel.QueryChanged)
    def _query_changed(self, event: SearchPanel.QueryChanged) -> None:
        state = self.state
        if state.timer is not None:
            state.timer.stop()
        state.generation += 1
        if self._search_running():
            state.timer = self.set_timer(SEARCH_DELAY, lambda: self._search_now(event.text))
        else:
            state.timer = None
            self._search_now(event.text)

    def _search_running(self) -> bool:
        return any(w.group == SEARCH_GROUP and w.is_running for w in self.app.workers)

    def _search_now(self, text: str) -> None:
        state = self.state
        if state.timer is not None:
            state.timer.stop()
            state.timer = None
        state.generation += 1
        panel = self._panel()
        if panel is None:
            return
        message = None
        if not text.strip():
            self.workers.cancel_group(self, SEARCH_GROUP)
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
        docs = None
        if state.scope == "open":
            docs = self.panes.documents()
        elif state.scope == "document":
            docs = [self.origin_pane().document.id]
        self.run_search(self._services, (state.generation, text), query, docs, date_from, date_to)
        self.set_timer(SEARCHING_SIGN_DELAY, partial(self._still_searching, state.generation))

    def _still_searching(self, generation: int) -> None:
        """Say so when the search typed last is still running: results that stay as they
        were would read as the answer to the new query."""
        panel = self._panel()
        if panel is not None and generation == self.state.generation and self._search_running():
            panel.show_pending(_("Searching…"))

    @work(thread=True, group=SEARCH_GROUP, exclusive=True, exit_on_error=False)
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
        # Never wait for the library's names (behind the other heavy jobs on a first start):
        # without them no aliases now; ``_search_done`` searches again when they arrive.
        glossary = services.glossary if services.discovery_done else None
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
            show = cast("Callable[[tuple[int, str], SearchResult, bool], None]", self._search_done)
            self.app.call_from_thread(show, generation, result, glossary is not None)

    def _search_failed(self, generation: tuple[int, str], message: str) -> None:
        panel = self._panel()
        if panel is not None and generation[0] == self.state.generation:
            panel.show_message(message)
            self.state.shown_for = generation[1]
            self.state.open_first = False

    async def _search_done(
        self, generation: tuple[int, str], result: SearchResult, with_names: bool
    ) -> None:
        state = self.state
        panel = self._panel()
        if panel is None or generation[0] != state.generation:
            return
        notes = [_(note) for note in result.remarks()]  # the suggestion is a choice in the list
        if not with_names:
            notes.append(_("Names still being read: their aliases follow."))
            if not any(w.group == NAMES_GROUP and w.is_running for w in self.app.workers):
                self.wait_for_names(self._services)
        index = self._index
        if index.running and not result.hits:
            done, total = index.progress
            notes.append(_("Indexing for search {done}/{total}…").format(done=done, total=total))
        titles = {pane.document.id: pane.document.title for pane in self.panes.all()}
        library = reader_app(self).library
        for hit in result.hits:
            if hit.doc not in titles:
                try:
                    titles[hit.doc] = library.entry(hit.doc).meta.title or hit.doc
                except DocumentError:
                    titles[hit.doc] = hit.doc
        panel.show_result(result, titles, notes, keep_row=generation[0] == state.again_for)
        state.result = result
        state.shown_for = generation[1]
        if state.open_first:
            state.open_first = False
            if result.hits:
                await self._choose(panel, result.hits[0])

    @work(thread=True, group=NAMES_GROUP, exit_on_error=False)
    def wait_for_names(self, services: Services) -> None:
        """Wait for the library's names in a worker of its own (never cancelled by a newer
        search: it may be the one reading them), then search the shown query again."""
        try:
            _ = services.glossary  # read here or by another worker; both share one reading
        except Cancelled:  # the app quits meanwhile
            return
        self.app.call_from_thread(self._names_arrived)

    def _names_arrived(self) -> None:
        """Search again with the aliases, if the query shown is still the one typed; the
        selected row stays where it is when the new results still hold it."""
        panel = self._panel()
        if panel is not None and panel.is_open and self.state.shown_for == panel.input.value:
            self.search_again()
            self.state.again_for = self.state.generation

    @on(SearchPanel.HitHighlighted)
    async def _preview_hit(self, event: SearchPanel.HitHighlighted) -> None:
        """Browsing the results moves the pane showing that document (Esc moves it back)."""
        if self.panes.showing(event.hit.doc) is not None:
            await self.open_hit(event.hit, focus=False)

    @on(SearchPanel.HitChosen)
    async def _hit_chosen(self, event: SearchPanel.HitChosen) -> None:
        panel = event.panel
        if event.hit is None or self._search_pending():
            # Enter before the results: search now and open the first hit when they come.
            if panel.input.value.strip():
                self.state.open_first = True
                self._search_now(panel.input.value)
            return
        await self._choose(panel, event.hit)

    def _search_pending(self) -> bool:
        """A search for newer text is waiting or running (the results shown are stale)."""
        return self.state.timer is not None or self._search_running()

    async def _choose(self, panel: SearchPanel, hit: Hit) -> None:
        self._remember_query(panel.input.value)
        panel.close()
        self.state.saved = {}
        await self.open_hit(hit)

    @on(SearchPanel.Closed)
    def _panel_closed(self, event: SearchPanel.Closed) -> None:
        """Esc: back to where both panes were; the last search stays for ``n``/``N``."""
        state = self.state
        self._remember_query(event.panel.input.value)
        event.panel.close()
        state.open_first = False
        for pane in self.panes.all():
            saved = state.saved.get(pane.id or "")
            if saved is not None and saved[0] == pane.document.id:
                pane.view.cursor = saved[1]
                pane.view.scroll_to(y=saved[2], animate=False)
                pane.view.set_marks(SEARCH_LAYER, [])
        state.saved = {}
        state.current = None
        self.origin_pane().view.focus()

    def _remember_query(self, text: str) -> None:
        text = text.strip()
        if not text:
            return
        app = reader_app(self)
        history = [item for item in self._history() if item != text] + [text]
        app.settings.search_history = history[-HISTORY_SIZE:]
        app.save_settings()

    # Hits in the panes ---------------------------------------------------------------------

    async def open_hit(self, hit: Hit, *, focus: bool = True) -> None:
        """Cursor on the hit's sentence in the pane showing its document (else the origin
        pane switches to it), the matched words marked."""
        pane = self.panes.showing(hit.doc)
        if pane is None:
            pane = self.origin_pane()
            if not await self.panes.show_document_in(pane, hit.doc):
                return
            pane.view.call_after_refresh(pane.view.move_cursor_to_offset, hit.start)
        else:
            pane.view.move_cursor_to_offset(hit.start)
        self.state.current = hit
        self._draw_marks()
        if focus:
            pane.view.focus()

    def _draw_marks(self) -> None:
        draw_search_marks(self.panes.drawn(), self.state.result, self.state.current)

    @on(DocumentPane.DocumentShown)
    def _mark_hits_again(self, event: DocumentPane.DocumentShown) -> None:
        if self.state.result is not None:
            self._draw_marks()

    def _step(self, step: int) -> None:
        state = self.state
        if state.result is None:
            self.notify(_("No search yet: press / to search."), timeout=3)
            return
        pane = self.panes.focused()
        span = pane.view.cursor_span()
        found = step_hit(state.result.hits, pane.document.id, span[0] if span else 0, step)
        if found is None:
            self.notify(_("The last search found nothing in this document."), timeout=3)
            return
        target, wrapped = found
        if wrapped:
            self.notify(_("Wrapped around: no further hit in this document."), timeout=3)
        pane.view.move_cursor_to_offset(target.start)
        state.current = target
        self._draw_marks()

    def action_next_hit(self) -> None:
        self._step(1)

    def action_previous_hit(self) -> None:
        self._step(-1)
