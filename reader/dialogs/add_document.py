"""`A`: the "Add document" dialog, a file picker plus a path field (typing a path works too)."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, DirectoryTree, Input, Label, Static

from reader.i18n import N_, _
from reader.screens.base import ReaderModalScreen

if TYPE_CHECKING:
    from typing import Self

    from rich.text import TextType
    from textual.widgets.directory_tree import DirEntry
    from textual.widgets.tree import TreeNode

__all__ = ["AddDocumentDialog", "DocumentTree", "parse_path", "shown_path", "start_folder"]


def parse_path(text: str) -> Path | None:
    """The path typed by the user, ``~`` expanded and surrounding quotes dropped."""
    text = text.strip().strip("'\"")
    return Path(text).expanduser() if text else None


def shown_path(path: Path) -> str:
    """``path`` as the reader would type it: under the home folder with ``~``."""
    try:
        return str(Path("~") / path.relative_to(Path.home()))
    except ValueError:
        return str(path)


def start_folder() -> Path:
    """Where the picker opens: the folder the reader started the app in (their documents are
    often there), else their home folder (also when that folder was deleted meanwhile)."""
    try:
        cwd = Path.cwd()
    except OSError:
        return Path.home()
    if cwd.is_dir() and cwd != Path(cwd.anchor):
        return cwd
    return Path.home() if Path.home().is_dir() else cwd


class DocumentTree(DirectoryTree):
    """A directory tree showing folders and the files the library can read (no hidden ones).

    Args:
        path: The folder at the root of the tree.
        suffixes: The file suffixes to show, lower case with the dot (``.pdf``).
    """

    def __init__(self, path: Path, suffixes: Iterable[str], *, id: str | None = None) -> None:
        super().__init__(path, id=id)
        self.suffixes = frozenset(suffixes)
        """Suffixes of the files shown."""

    def reset_node(
        self, node: TreeNode[DirEntry], label: TextType, data: DirEntry | None = None
    ) -> Self:
        """The root is labelled with its whole path (``~/papers``), not only its last name
        (a tree showing just ``📂 root`` did not say where it was), as plain text: a folder
        named ``Papers [draft]`` is no markup."""
        if node is self.root:
            label = Text(shown_path(Path(self.path)))
        return super().reset_node(node, label, data)

    def filter_paths(self, paths: Iterable[Path]) -> Iterable[Path]:
        return [
            path
            for path in paths
            if not path.name.startswith(".")
            and (self._safe_is_dir(path) or path.suffix.lower() in self.suffixes)
        ]


class AddDocumentDialog(ReaderModalScreen[list[Path] | None]):
    """Returns the chosen file or folder (as a one-item list), or None.

    Args:
        start: The folder the picker opens in.
        suffixes: Supported file suffixes (``documents.loader.supported_suffixes()``).
    """

    BINDINGS = [Binding("escape", "dismiss(None)", N_("Cancel"))]
    """Esc closes without adding."""

    DEFAULT_CSS = """
    AddDocumentDialog { align: center middle; }
    AddDocumentDialog > Vertical { width: 90; max-width: 95%; height: 80%;
        border: round $accent; background: $surface; padding: 0 1; }
    AddDocumentDialog DocumentTree { height: 1fr; margin: 1 0; }
    AddDocumentDialog #add-error { color: $error; height: auto; }
    AddDocumentDialog Horizontal { height: auto; align-horizontal: right; }
    AddDocumentDialog Button { margin-left: 2; }
    """

    def __init__(self, start: Path, suffixes: Iterable[str]) -> None:
        super().__init__()
        self.start = start
        """The picker's root folder."""
        self.suffixes = sorted(suffixes)
        """Supported suffixes, shown as a hint and used to filter the tree."""

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label(Text(_("Add document"), style="bold"))
            yield Static(
                Text(
                    _("Choose a file or a folder, or type a path. Supported: {suffixes}").format(
                        suffixes=" ".join(self.suffixes)
                    ),
                    style="dim",
                )
            )
            yield DocumentTree(self.start, self.suffixes, id="add-tree")
            yield Input(placeholder=_("Path of a file or folder"), id="add-path")
            yield Static("", id="add-error")
            with Horizontal():
                yield Button(_("Cancel"), id="add-cancel")
                yield Button(_("Add"), variant="primary", id="add-ok")

    def on_mount(self) -> None:
        self.query_one("#add-path", Input).focus()

    @on(DirectoryTree.FileSelected)
    @on(DirectoryTree.DirectorySelected)
    def take_path(
        self, event: DirectoryTree.FileSelected | DirectoryTree.DirectorySelected
    ) -> None:
        """A file or folder chosen in the tree goes into the path field."""
        self.query_one("#add-path", Input).value = str(event.path)

    @on(Button.Pressed, "#add-cancel")
    def cancel(self) -> None:
        self.dismiss(None)

    @on(Button.Pressed, "#add-ok")
    @on(Input.Submitted, "#add-path")
    def add(self) -> None:
        """Return the typed or chosen path if it exists; otherwise say why and stay open."""
        path = parse_path(self.query_one("#add-path", Input).value)
        if path is None:
            self._error(_("Choose a file or a folder first."))
        elif not path.exists():
            self._error(_("There is no file or folder {path}.").format(path=path))
        else:
            self.dismiss([path])

    def _error(self, message: str) -> None:
        self.query_one("#add-error", Static).update(Text(message))
