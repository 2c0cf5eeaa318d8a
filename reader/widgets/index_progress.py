"""One line of progress while the search index is built or updated in the background."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.widgets import Label, ProgressBar

from reader.i18n import _

__all__ = ["IndexProgress"]


class IndexProgress(Horizontal):
    """ "Indexing for search 1/2…" and a thin bar; removed by the screen when done."""

    DEFAULT_CSS = """
    IndexProgress { height: 1; padding: 0 1; background: $panel; }
    IndexProgress ProgressBar { width: 30; }
    IndexProgress Label { width: 1fr; color: $text-muted; }
    """

    def __init__(self, done: int = 0, total: int = 0, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._done, self._total = done, total

    def compose(self) -> ComposeResult:
        yield Label(self._text())
        yield ProgressBar(total=self._total or None, show_eta=False, show_percentage=False)

    def on_mount(self) -> None:
        # A query, not query_one: when the app quits at once the bar may be gone already.
        for bar in self.query(ProgressBar):
            bar.update(progress=self._done)

    def _text(self) -> Text:
        if not self._total:
            return Text(_("Indexing for search…"))
        return Text(
            _("Indexing for search {done}/{total}…").format(done=self._done, total=self._total)
        )

    def show_progress(self, done: int, total: int) -> None:
        """``done`` of ``total`` documents are indexed."""
        self._done, self._total = done, total
        # Queried, not assumed: progress can arrive while the children are being mounted
        # (compose then shows the stored numbers).
        for label in self.query(Label):
            label.update(self._text())
        for bar in self.query(ProgressBar):
            bar.update(total=total or None, progress=done)
