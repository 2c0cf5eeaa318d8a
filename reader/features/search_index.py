"""The search index kept up to date on the reading screen: sync worker, progress, retries.

A mixin of ``ReadingScreen``. After the first frame a thread worker in the ``"index"`` group
brings the Whoosh index in line with the library (Whoosh allows one writer: every index write
runs in that group); a line under the panes shows its progress when it takes a while. When
another window holds the index lock, it tries again later. The ``index`` package is only
imported in the worker (through ``Services``).

The progress lives in ``SearchState`` (the search mixin shows it while results are missing);
when a sync ends, the open search panel searches again.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from textual import on, work
from textual.message import Message
from textual.screen import Screen
from textual.worker import Worker, WorkerState, get_current_worker

from reader.context import reader_app
from reader.i18n import _

if TYPE_CHECKING:
    from index import SyncReport
    from reader.features.search import SearchState
    from reader.services import Services

PROGRESS_DELAY = 0.5
"""Indexing shorter than this shows no progress line (no flicker for small updates)."""
BUSY_RETRY = 20.0
"""Seconds until another try when another window holds the index lock."""


@dataclass
class IndexProgressed(Message):
    """The index worker indexed ``done`` of ``total`` documents (bursty: replaceable)."""

    done: int
    total: int

    def can_replace(self, message: Message) -> bool:
        return isinstance(message, IndexProgressed)


class IndexActions(Screen[None]):
    """Screen mixin: the ``"index"`` worker, its progress line, busy retries and notices."""

    if TYPE_CHECKING:
        # Provided by SearchActions, which ReadingScreen composes with this mixin.
        @property
        def search_state(self) -> SearchState: ...
        def search_again(self) -> None: ...

    def setup_index(self) -> None:
        """Called once from ``on_mount``: bring the index up to date after the first frame."""
        self.call_after_refresh(self.start_index_sync)

    def start_index_sync(self, rebuild: bool = False) -> None:
        """Sync (or rebuild) the index in the ``"index"`` worker group."""
        if not self.is_attached:  # the app quit before its first refresh
            return
        state = self.search_state
        state.index_running = True
        if state.progress_timer is None:
            state.progress_timer = self.set_timer(PROGRESS_DELAY, self._show_index_progress)
        self.sync_search_index(reader_app(self).services, rebuild)

    @work(thread=True, group="index", exclusive=True, exit_on_error=False)
    def sync_search_index(self, services: Services, rebuild: bool) -> SyncReport:
        """Index added or changed documents (everything when ``rebuild``)."""
        worker = get_current_worker()

        def progress(done: int, total: int) -> None:
            self.post_message(IndexProgressed(done, total))

        report = services.sync_index(
            progress=progress,
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
        self.search_again()

    @on(Worker.StateChanged)
    def report_index_failure(self, event: Worker.StateChanged) -> None:
        """A failed sync: the progress line goes, a toast says why."""
        if event.worker.group == "index" and event.state is WorkerState.ERROR:
            self._index_finished()
            self.notify(str(event.worker.error), title=_("Search"), severity="error", markup=False)

    def action_rebuild_index(self) -> None:
        """Index every document again from scratch."""
        self.start_index_sync(rebuild=True)
