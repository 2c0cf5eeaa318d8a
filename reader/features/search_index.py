"""The search index kept up to date: sync worker, progress line, retries when busy.

After the first frame a thread worker in the ``"index"`` group brings the Whoosh index in
line with the library (Whoosh allows one writer: every index write runs in that group); a
line shows its progress when it takes a while. When another window holds the index lock it
tries again later. The ``index`` package is only imported in the worker (through
``Services``). The search feature composes this widget and hears its messages.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from textual import on, work
from textual.containers import Vertical
from textual.message import Message
from textual.timer import Timer
from textual.worker import Worker, WorkerState, get_current_worker

from reader.context import reader_app
from reader.i18n import _

if TYPE_CHECKING:
    from index import SyncReport
    from reader.services import Services
    from reader.widgets.index_progress import IndexProgress

PROGRESS_DELAY = 0.5
"""Indexing shorter than this shows no progress line (no flicker for small updates)."""
BUSY_RETRY = 20.0
"""Seconds until another try when another window holds the index lock."""
INDEX_GROUP = "index"
"""The worker group of every index write."""


@dataclass
class IndexProgressed(Message):
    """The index worker indexed ``done`` of ``total`` documents (bursty: replaceable)."""

    done: int
    total: int

    def can_replace(self, message: Message) -> bool:
        return isinstance(message, IndexProgressed)


class IndexSync(Vertical):
    """The ``"index"`` worker and its progress line; posts ``Synced`` when a sync ends."""

    DEFAULT_CSS = "IndexSync { height: auto; }"

    class Synced(Message):
        """A sync ended and the index is current: searches shown may be stale."""

    def __init__(self) -> None:
        super().__init__()
        self.running = False
        """A sync is under way (searches may miss documents not indexed yet)."""
        self.progress: tuple[int, int] = (0, 0)
        """Documents indexed and to index by the running sync."""
        self._progress_timer: Timer | None = None
        self._told_busy = False

    def on_mount(self) -> None:
        self.call_after_refresh(self.start)

    def start(self, rebuild: bool = False) -> None:
        """Sync (or rebuild) the index in the ``"index"`` worker group."""
        if not self.is_attached:  # the app quit before its first refresh
            return
        self.running = True
        if self._progress_timer is None:
            self._progress_timer = self.set_timer(PROGRESS_DELAY, self._show_progress)
        self.sync_search_index(reader_app(self).services, rebuild)

    @work(thread=True, group=INDEX_GROUP, exclusive=True, exit_on_error=False)
    def sync_search_index(self, services: Services, rebuild: bool) -> SyncReport:
        """Index added or changed documents (everything when ``rebuild``)."""
        worker = get_current_worker()

        def progress(done: int, total: int) -> None:
            self.post_message(IndexProgressed(done, total))

        report = services.sync_index(
            progress=progress, cancelled=lambda: worker.is_cancelled, rebuild=rebuild
        )
        if not worker.is_cancelled:
            self.app.call_from_thread(self._synced, report, rebuild)
        return report

    @on(IndexProgressed)
    def _show_progressed(self, event: IndexProgressed) -> None:
        self.progress = (event.done, event.total)
        for line in self._progress_lines():
            line.show_progress(event.done, event.total)

    def _progress_lines(self) -> list[IndexProgress]:
        """The progress line, if shown. Its module (and Textual's progress bar) loads when
        first needed, not on the way to the first frame."""
        from reader.widgets.index_progress import IndexProgress

        return list(self.query(IndexProgress))

    def _show_progress(self) -> None:
        from reader.widgets.index_progress import IndexProgress

        self._progress_timer = None
        if self.running and not self._progress_lines():
            self.mount(IndexProgress(*self.progress, id="index-progress"))

    def _finished(self) -> None:
        self.running = False
        if self._progress_timer is not None:
            self._progress_timer.stop()
            self._progress_timer = None
        for line in self._progress_lines():
            line.remove()

    def _synced(self, report: SyncReport, rebuild: bool) -> None:
        self._finished()
        if report.busy:
            if not self._told_busy:
                self._told_busy = True
                self.notify(
                    _("Another window is updating the search index; trying again shortly."),
                    title=_("Search index"),
                    markup=False,
                )
            self.set_timer(BUSY_RETRY, self.start)
            return
        if report.notice:
            self.notify(report.notice, title=_("Search index"), severity="warning", markup=False)
        elif rebuild:
            self.notify(_("The search index was rebuilt."), title=_("Search index"))
        self.post_message(self.Synced())

    @on(Worker.StateChanged)
    def _report_failure(self, event: Worker.StateChanged) -> None:
        """A failed sync: the progress line goes, a toast says why."""
        if event.worker.group == INDEX_GROUP and event.state is WorkerState.ERROR:
            self._finished()
            self.notify(str(event.worker.error), title=_("Search"), severity="error", markup=False)
