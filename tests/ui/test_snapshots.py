"""Snapshot tests of every screen, wide (120×40) and narrow (80×24); SVGs under __snapshots__.

Each screen is captured once the background work (index, glossary marks, links) has finished
and its toasts are cleared, so the picture does not depend on how fast the machine is. One
app run per picture: the keys that open the screen, then the same settling again.
"""

from __future__ import annotations

import os
import time
from datetime import datetime, tzinfo
from pathlib import Path

import pytest
from textual.widgets import DirectoryTree
from textual.worker import Worker

from reader.features.links import LinksFeature
from reader.features.notes import NotesFeature
from reader.features.search import SearchFeature
from reader.notes import model as notes_model

SIZES = {"wide": (120, 40), "narrow": (80, 24)}

SCREENS = {
    "reading": ("ReadingScreen", []),
    "search": ("ReadingScreen", ["slash", *"Sapad"]),
    "glossary_panel": ("GlossaryPanel", ["e"]),
    "glossary_card": ("GlossaryCard", ["e", *"Sapad", "enter"]),
    "glossary_kind": ("KindDialog", ["e", *"Sapad", "enter", "k"]),
    "timeline": ("TimelineScreen", ["t"]),
    "links_list": ("LinksListScreen", ["L"]),
    "compare": ("CompareScreen", ["c"]),
    "notes_panel": ("NotesPanel", ["h", "ctrl+n"]),
    "note_editor": ("NoteEditor", ["a"]),
    "library": ("LibraryScreen", ["ctrl+l"]),
    "add_document": ("AddDocumentDialog", ["A"]),
    "remove_confirm": ("ConfirmDialog", ["ctrl+l", "d"]),
    "edit_metadata": ("EditMetaDialog", ["ctrl+l", "M"]),
    "help": ("HelpScreen", ["question_mark"]),
    "outline": ("OutlineScreen", ["o"]),
    "picker": ("DocumentPicker", ["p"]),
}
"""Each screen: its class and the keys that open it from the reading screen."""


async def settle(pilot) -> None:
    """Wait for the workers and for what they hand back to the screen, then drop the toasts."""
    app = pilot.app
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        busy = [w for w in app.workers if w.is_running and not _endless(w)]
        if busy:  # an empty list would mean "every worker"
            await app.workers.wait_for_complete(busy)
        await pilot.pause()
        if _reading_ready(app.screen_stack[0]) and not any(
            w.is_running and not _endless(w) for w in app.workers
        ):
            break
    await pilot.pause()
    app.clear_notifications()
    for field in app.screen.query("Input, TextArea"):
        field.cursor_blink = False
    await pilot.pause()


def _reading_ready(reading) -> bool:
    """Links, notes and the last search (a debounced query) have all arrived."""
    search = reading.query_one(SearchFeature).state
    return (
        reading.query_one(LinksFeature).state.index is not None
        and reading.query_one(NotesFeature).state.ready
        and search.timer is None
        and not any(w.group == "search" and w.is_running for w in reading.app.workers)
    )


def _endless(worker: Worker) -> bool:
    """A directory tree's loader waits for folders to open for as long as the tree lives."""
    return isinstance(worker.node, DirectoryTree)


def open_with(screen: str, keys: list[str]):
    """A ``run_before`` that settles, presses ``keys``, settles again and checks that the
    screen named ``screen`` is the one shown (a picture of the wrong screen is no test)."""

    async def run_before(pilot) -> None:
        await settle(pilot)
        for key in keys:
            await pilot.press(key)
            await pilot.pause()
        await settle(pilot)
        assert type(pilot.app.screen).__name__ == screen

    return run_before


class NotesDay(datetime):
    """The clock of the notes model while a picture is taken: always noon on 1 March 2024."""

    @classmethod
    def now(cls, tz: tzinfo | None = None) -> NotesDay:
        return cls(2024, 3, 1, 12, tzinfo=tz)


@pytest.fixture
def fixed_note_dates(monkeypatch: pytest.MonkeyPatch) -> None:
    """Notes made for a picture carry the same date on every day the suite runs (the notes
    panel shows it)."""
    monkeypatch.setattr(notes_model, "datetime", NotesDay)


@pytest.fixture
def quiet_home(monkeypatch: pytest.MonkeyPatch) -> Path:
    """The folder the add dialog opens in (the current one, here the home folder): one
    document, the same on every machine."""
    home = Path(os.environ["HOME"])
    home.mkdir(parents=True, exist_ok=True)
    (home / "notes.md").write_text("# Notes\n\nA short text.\n", encoding="utf-8")
    monkeypatch.chdir(home)
    return home


@pytest.mark.parametrize("size", SIZES, ids=list(SIZES))
@pytest.mark.parametrize("screen", SCREENS, ids=list(SCREENS))
def test_screen(
    snap_compare,
    make_app,
    indexed,
    quiet_home,
    fixed_note_dates,
    screen: str,
    size: str,  # noqa: ARG001
) -> None:
    app = make_app()
    assert snap_compare(app, terminal_size=SIZES[size], run_before=open_with(*SCREENS[screen]))


BLOCKS = """\
# Die Brücke

Die Brücke über den Fluss wurde im Frühjahr gebaut.

[Abbildung 1]

| Jahr | Ereignis | Ort |
|------|----------|-----|
| 1871 | Baubeginn der ersten eisernen Brücke über den breiten Fluss im Norden | Dundee |
| 1879 | Einsturz im Sturm | Firth of Tay |

Danach wurde eine neue Brücke geplant.
"""


def test_table_and_figure(snap_compare, make_app, indexed, quiet_home, tmp_path: Path) -> None:
    """A table in aligned columns (a long cell wrapped in its column, rules between the rows)
    and a figure mark, beside the first seed (trial 24)."""
    from reader.library import open_library

    source = tmp_path / "bruecke.md"
    source.write_text(BLOCKS, encoding="utf-8")
    [added] = open_library().add([source]).added
    app = make_app(left=added.id)
    assert snap_compare(app, terminal_size=SIZES["wide"], run_before=open_with("ReadingScreen", []))
