"""Search on the reading screen: the index kept up to date, the panel, hits in the panes.

A mixin of ``ReadingScreen``. After the first frame a thread worker in the ``"index"`` group
brings the Whoosh index in line with the library (Whoosh allows one writer: every index write
runs in that group); a line under the panes shows its progress. ``/`` opens the panel; each
change of the query searches in an exclusive ``"search"`` worker after a short pause, so a
stale search never overwrites a newer one. The ``index`` package is imported in the workers.

Date filter syntax in the query: ``von:2020 bis:2021-06`` (also ``from:`` / ``to:``;
``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``): only sentences mentioning a time in that range.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from rich.style import Style
from textual import on, work
from textual.binding import Binding
from textual.message import Message
from textual.screen import Screen
from textual.timer import Timer
from textual.worker import Worker, WorkerState, get_current_worker

from documents.errors import DocumentError
from reader.i18n import _
from reader.widgets.document_view import Mark
from reader.widgets.pane import DocumentPane
from reader.widgets.search_panel import SearchPanel

if TYPE_CHECKING:
    from index import Hit, SearchResult, SyncReport
    from reader.services import Services

SEARCH_LAYER = "search"
"""The mark layer of the last search's matched words."""
SEARCH_DELAY = 0.06
"""While a search is still running, a keystroke waits this long for the next one before it
searches (a newer search cancels the stale one and its results are discarded); when no search
is running the keystroke searches at once, so keystroke-to-results stays under 100 ms."""
PROGRESS_DELAY = 0.5
"""Indexing shorter than this shows no progress line (no flicker for small updates)."""
BUSY_RETRY = 20.0
"""Seconds until another try when another window holds the index lock."""
HISTORY_SIZE = 50
SEARCH_LIMIT = 100
"""Most hits per search (grouped by document in the panel)."""
MATCH_STYLE = Style(underline=True, bold=True)
CURRENT_STYLE = Style(reverse=True, bold=True)
SCOPES = ("open", "document", "library")
_DATE_TOKEN = re.compile(r"(?<!\S)(von|bis|from|to):(\S*)", re.IGNORECASE)


def split_date_filter(text: str) -> tuple[str, date | None, date | None]:
    """The query without ``von:``/``bis:`` tokens, and the dates they give.

    Raises:
        ValueError: A date is not ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``.
    """
    from glossary.entities import date_range

    date_from = date_to = None
    for match in _DATE_TOKEN.finditer(text):
        key, value = match.group(1).lower(), match.group(2)
        if not value:
            continue
        try:
            first, last = date_range(value)
        except ValueError:
            raise ValueError(_("Not a date: {value} (use 2020, 2020-06 or 2020-06-30)").format(
                value=value)) from None  # fmt: skip
        if key in ("von", "from"):
            date_from = first
        else:
            date_to = last
    return _DATE_TOKEN.sub(" ", text).strip(), date_from, date_to


@dataclass
class IndexProgressed(Message):
    """The index worker indexed ``done`` of ``total`` documents (bursty: replaceable)."""

    done: int
    total: int

    def can_replace(self, message: Message) -> bool:
        return isinstance(message, IndexProgressed)


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
    progress_timer: Timer | None = None
    open_first: bool = False
    """Enter came before the results: open the first hit when they arrive."""
    generation: int = 0
    shown_for: str | None = None
    """The query text whose results (or message) the panel shows now."""
    index_running: bool = False
    told_busy: bool = False
    progress: tuple[int, int] = (0, 0)


class SearchActions(Screen[None]):
    """Screen mixin: the search panel, hits in the panes, ``n``/``N``, the index worker."""

    BINDINGS = [
        Binding(
            "slash",
            "search",
            _("Search"),
            tooltip=_("Search the open documents (German-aware)"),
            id="search",
        ),
        Binding("n", "next_hit", _("Next hit"), show=False, id="next-hit"),
        Binding("N", "previous_hit", _("Previous hit"), show=False, id="previous-hit"),
    ]
    """Search keys; the panel adds its own while it has focus."""

    if TYPE_CHECKING:

        def panes(self) -> list[DocumentPane]: ...
        def focused_pane(self) -> DocumentPane: ...
        def pane_documents(self) -> list[str]: ...

    @property
    def search_state(self) -> SearchState:
        state = self.__dict__.get("_search_state")
        if state is None:
            state = self.__dict__["_search_state"] = SearchState()
        return state

    @property
    def _search_services(self) -> Services:
        return self.app.services  # type: ignore[attr-defined,no-any-return]

    # The index ---------------------------------------------------------------------------

    def setup_search(self) -> None:
        """Called once from ``on_mount``: after the first frame, mount the (hidden) panel, so
        that keys typed right after ``/`` reach it, and bring the index up to date."""
        self.call_after_refresh(self._mount_search_panel)
        self.call_after_refresh(self.start_index_sync)

    def _mount_search_panel(self) -> None:
        if self.is_attached and self._search_panel() is None:
            self.mount(SearchPanel(self._search_history(), id="search-panel"), after="#panes")

    def start_index_sync(self, rebuild: bool = False) -> None:
        """Sync (or rebuild) the index in the ``"index"`` worker group."""
        if not self.is_attached:  # the app quit before its first refresh
            return
        state = self.search_state
        state.index_running = True
        if state.progress_timer is None:
            state.progress_timer = self.set_timer(PROGRESS_DELAY, self._show_index_progress)
        self.sync_search_index(self._search_services, rebuild)

    @work(thread=True, group="index", exclusive=True, exit_on_error=False)
    def sync_search_index(self, services: Services, rebuild: bool) -> SyncReport:
        """Index added or changed documents (everything when ``rebuild``)."""
        worker = get_current_worker()
        report = services.sync_index(
            progress=lambda done, total: self.post_message(IndexProgressed(done, total)),
            cancelled=lambda: worker.is_cancelled,
            rebuild=rebuild,
        )
        if not worker.is_cancelled:
            self.app.call_from_thread(self._index_synced, report, rebuild)
        return report

    @on(IndexProgressed)
    def _search_index_progressed(self, event: IndexProgressed) -> None:
        self.search_state.progress = (event.done, event.total)
        from reader.widgets.index_progress import IndexProgress

        for line in self.query(IndexProgress):
            line.show_progress(event.done, event.total)

    def _show_index_progress(self) -> None:
        from reader.widgets.index_progress import IndexProgress

        state = self.search_state
        state.progress_timer = None
        if state.index_running and not self.query(IndexProgress):
            self.mount(IndexProgress(*state.progress, id="index-progress"), after="#panes")

    def _index_finished(self) -> None:
        from reader.widgets.index_progress import IndexProgress

        state = self.search_state
        state.index_running = False
        if state.progress_timer is not None:
            state.progress_timer.stop()
            state.progress_timer = None
        for line in self.query(IndexProgress):
            line.remove()

    def _index_synced(self, report: SyncReport, rebuild: bool) -> None:
        self._index_finished()
        state = self.search_state
        if report.busy:
            if not state.told_busy:
                state.told_busy = True
                self.notify(
                    _("Another window is updating the search index; trying again shortly."),
                    title=_("Search index"),
                    markup=False,
                )
            self.set_timer(BUSY_RETRY, self.start_index_sync)
            return
        if report.notice:
            self.notify(report.notice, title=_("Search index"), severity="warning", markup=False)
        elif rebuild:
            self.notify(_("The search index was rebuilt."), title=_("Search index"))
        panel = self._search_panel()
        if panel is not None and panel.is_open and panel.input.value.strip():
            self._search_now(panel.input.value)

    @on(Worker.StateChanged)
    def report_search_failure(self, event: Worker.StateChanged) -> None:
        worker = event.worker
        if worker.group not in ("index", "search") or event.state is not WorkerState.ERROR:
            return
        if worker.group == "index":
            self._index_finished()
        self.notify(str(worker.error), title=_("Search"), severity="error", markup=False)

    def action_rebuild_index(self) -> None:
        self.start_index_sync(rebuild=True)

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
        history = getattr(self.app.settings, "search_history", [])  # type: ignore[attr-defined]
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

    def _search_origin_pane(self) -> DocumentPane:
        panes = self.panes()
        return next((p for p in panes if p.id == self.search_state.origin), None) or (
            self.focused_pane()
        )

    def action_toggle_search_scope(self) -> None:
        state = self.search_state
        state.scope = SCOPES[(SCOPES.index(state.scope) + 1) % len(SCOPES)]
        panel = self._search_panel()
        if panel is not None and panel.is_open:
            panel.set_scope(self._search_scope_label())
            if panel.input.value.strip():
                self._search_now(panel.input.value)
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
            docs = [self._search_origin_pane().document.id]
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
            self.app.call_from_thread(self._search_done, generation, result)

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
        library = self.app.library  # type: ignore[attr-defined]
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
        if any(pane.document.id == event.hit.doc for pane in self.panes()):
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
        self._search_origin_pane().view.focus()

    def _search_remember_query(self, text: str) -> None:
        text = text.strip()
        if not text:
            return
        settings = self.app.settings  # type: ignore[attr-defined]
        history = [item for item in self._search_history() if item != text] + [text]
        settings.search_history = history[-HISTORY_SIZE:]
        self.app.save_settings()  # type: ignore[attr-defined]

    # Hits in the panes -------------------------------------------------------------------

    async def open_hit(self, hit: Hit, *, focus: bool = True) -> None:
        """Cursor on the hit's sentence in the pane showing its document (else the origin
        pane switches to it), the matched words marked."""
        pane = next((p for p in self.panes() if p.document.id == hit.doc), None)
        if pane is None:
            pane = self._search_origin_pane()
            try:
                document = self.app.library.get(hit.doc)  # type: ignore[attr-defined]
            except DocumentError as error:
                self.notify(str(error), title=_("Cannot open document"), severity="error")
                return
            await pane.show(document)
            self.app.remember_layout(self.pane_documents())  # type: ignore[attr-defined]
            pane.view.call_after_refresh(pane.view.move_cursor_to_offset, hit.start)
        else:
            pane.view.move_cursor_to_offset(hit.start)
        self.search_state.current = hit
        self.draw_search_marks()
        if focus:
            pane.view.focus()

    def draw_search_marks(self) -> None:
        """Mark the last search's matched words in every pane (the current hit stronger)."""
        state = self.search_state
        hits = state.result.hits if state.result is not None else []
        current = state.current
        for pane in self.panes():
            marks = [
                Mark(start, end, CURRENT_STYLE if hit is current else MATCH_STYLE)
                for hit in hits
                if hit.doc == pane.document.id
                for start, end in hit.highlights
            ]
            pane.view.set_marks(SEARCH_LAYER, marks)

    @on(DocumentPane.DocumentShown)
    def mark_search_hits_again(self, event: DocumentPane.DocumentShown) -> None:
        if self.search_state.result is not None:
            self.draw_search_marks()

    def _search_step(self, step: int) -> None:
        state = self.search_state
        if state.result is None:
            self.notify(_("No search yet: press / to search."), timeout=3)
            return
        pane = self.focused_pane()
        own = sorted(
            (hit for hit in state.result.hits if hit.doc == pane.document.id),
            key=lambda hit: hit.start,
        )
        if not own:
            self.notify(_("The last search found nothing in this document."), timeout=3)
            return
        span = pane.view.cursor_span()
        here = span[0] if span else 0
        if step > 0:
            later = [hit for hit in own if hit.start > here]
            target = later[0] if later else own[0]
            wrapped = not later
        else:
            earlier = [hit for hit in own if hit.start < here]
            target = earlier[-1] if earlier else own[-1]
            wrapped = not earlier
        if wrapped:
            self.notify(_("Wrapped around: no further hit in this document."), timeout=3)
        pane.view.move_cursor_to_offset(target.start)
        state.current = target
        self.draw_search_marks()

    def action_next_hit(self) -> None:
        self._search_step(1)

    def action_previous_hit(self) -> None:
        self._search_step(-1)
