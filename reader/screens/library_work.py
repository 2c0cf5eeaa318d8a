"""The library's worker group and what the library screen needs of the screen that opened it.

Shared by the library screen and the reading screen's library actions, so neither imports
the other's module for them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from textual.worker import WorkerState

if TYPE_CHECKING:
    from textual.dom import DOMNode

    from reader.library import Library

LIBRARY_GROUP = "library"
"""Worker group of everything that touches the library off the main thread."""


def library_busy(node: DOMNode) -> bool:
    """Whether a library worker runs, so the library must not be touched now."""
    return any(
        worker.group == LIBRARY_GROUP and worker.state in (WorkerState.PENDING, WorkerState.RUNNING)
        for worker in node.app.workers
    )


class LibraryHost(Protocol):
    """The screen that opened the library screen: it adds documents and announces changes."""

    @property
    def library(self) -> Library: ...

    def check_library_free(self) -> bool: ...

    def action_add_document(self) -> None: ...

    def action_restore_seeds(self) -> None: ...

    def library_changed(
        self,
        added: list[str] | None = None,
        removed: list[str] | None = None,
        changed: list[str] | None = None,
    ) -> None: ...
