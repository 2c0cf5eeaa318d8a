"""What screens and widgets use of the running app, typed.

Textual types ``self.app`` as a plain ``App``; ``reader_app(node)`` returns it as a
``ReaderContext`` (checked at run time), so no screen needs to silence the type checker to reach the
library, the services or the settings. ``ReaderApp`` implements it; the protocol lives apart
from ``reader.app`` so that screens need not import the app that imports them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol, runtime_checkable

if TYPE_CHECKING:
    from textual.dom import DOMNode

    from reader.library import Library
    from reader.services import Services
    from reader.settings import Settings


@runtime_checkable
class ReaderContext(Protocol):
    """The app's shared state: the library, the cores and the user's settings."""

    library: Library
    services: Services
    settings: Settings

    def save_settings(self) -> None:
        """Write the settings now."""

    def remember_position(self, doc_id: str, offset: int, top: int) -> None:
        """Note a document's reading position: the cursor's and the view's first offset
        (saved shortly after)."""

    def remember_layout(self, doc_ids: list[str]) -> None:
        """Note which documents the panes show."""

    def take_outside_library_changes(self) -> None:
        """Take in what the command line changed in the library meanwhile (and tell)."""


def reader_app(node: DOMNode) -> ReaderContext:
    """The running app as a ``ReaderContext``.

    Raises:
        TypeError: ``node`` runs in another app (a programming error, never a user's).
    """
    app = node.app
    if not isinstance(app, ReaderContext):
        raise TypeError(f"{type(app).__name__} is not a reader app")
    return app
