"""One line of progress while the library adds a batch of files in the background."""

from __future__ import annotations

from pathlib import Path

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.widgets import Label, ProgressBar

from reader.i18n import _

__all__ = ["AddProgress"]


class AddProgress(Horizontal):
    """A progress bar and the file being read; hidden while nothing is being added."""

    DEFAULT_CSS = """
    AddProgress { height: 1; display: none; padding: 0 1; background: $panel; }
    AddProgress.-active { display: block; }
    AddProgress ProgressBar { width: 40; }
    AddProgress Label { width: 1fr; color: $text-muted; }
    """

    def __init__(self) -> None:
        super().__init__()
        self._pending: tuple[int, int, Path] | None = None

    def compose(self) -> ComposeResult:
        yield ProgressBar(show_eta=False)
        yield Label("")

    def on_mount(self) -> None:
        if self._pending is not None:
            self.show_progress(*self._pending)

    def show_progress(self, number: int, total: int, path: Path) -> None:
        """Show that file ``number`` of ``total`` is being read."""
        self.add_class("-active")
        if not self.query(ProgressBar):  # mounted a moment ago: children come next
            self._pending = (number, total, path)
            return
        self.query_one(ProgressBar).update(total=total, progress=number - 1)
        text = _("Adding {number}/{total}: {name}").format(
            number=number, total=total, name=path.name
        )
        self.query_one(Label).update(Text(text))

    def finish(self) -> None:
        """Hide again at the end of a batch."""
        self._pending = None
        self.remove_class("-active")
