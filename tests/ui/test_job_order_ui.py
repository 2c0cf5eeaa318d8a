"""The names of the documents on screen come before the heavy jobs the reader did not ask
for: the links' features of documents just added, the index sync (trial 24)."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from textual.pilot import Pilot

from glossary.features import FeatureCache
from reader.app import ReaderApp
from reader.cli import main
from reader.features.panes import Panes
from reader.library import open_library
from reader.paths import settings_path
from reader.services import Services
from reader.settings import Settings
from tests.ui.test_library_reload_ui import index_synced

SLOW = 0.4
"""Seconds each document's features take here: long enough for a reader to open one."""


def _record_turns(services: Services) -> list[str]:
    """The outermost jobs in the order they take the heavy jobs' slot."""
    slot, taken = services.heavy_jobs, []
    hold = slot.hold

    @contextmanager
    def recording(job: str, cancelled: Callable[[], bool] | None = None) -> Iterator[None]:
        with hold(job, cancelled):
            if slot.running == job:
                taken.append(job)
            yield

    slot.hold = recording  # type: ignore[method-assign]
    return taken


async def _until(pilot: Pilot[None], check: Callable[[], bool]) -> None:
    deadline = time.monotonic() + 60
    while not check():
        assert time.monotonic() < deadline, "not reached within 60 s"
        await pilot.pause(0.02)


async def test_names_on_screen_come_before_the_index_and_the_links(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Five documents are added while the app runs. The names of the documents on screen
    are read before the index takes them in; while the links' features of the new ones are
    found, the reader opens one: its mentions take the next turn, not the one after every
    feature (the slot went to whichever thread grabbed it first, and the features' loop
    always did)."""
    extract = FeatureCache.features

    def slow(cache: FeatureCache, *args: object) -> object:
        time.sleep(SLOW)
        return extract(cache, *args)  # type: ignore[arg-type]

    library = open_library()
    app = ReaderApp(Services(library), Settings(), settings_path(), library.documents()[:2])
    async with app.run_test(size=(120, 40)) as pilot:
        await index_synced(app, pilot)
        await app.workers.wait_for_complete()
        monkeypatch.setattr(FeatureCache, "features", slow)
        taken = _record_turns(app.services)
        towns = ["Kiel", "Lübeck", "Rostock", "Wismar", "Stralsund"]
        for number, town in enumerate(towns):
            source = tmp_path / f"werft{number}.txt"
            source.write_text(
                f"Werft {town}\n\nIn {town} baute Hinrich Tamm eine Fähre.\n", "utf-8"
            )
            assert main(["add", str(source)]) == 0
        app.take_outside_library_changes()  # what the timer and the focus event do
        await _until(pilot, lambda: "features" in taken)  # the links' features are found
        assert taken.index("mentions") < taken.index("index"), taken  # the panes' names first
        left = Panes(app.screen).all()[0]
        marked = taken.count("mentions")
        await Panes(app.screen).open_in(left, "werft-stralsund")
        await _until(pilot, lambda: taken.count("mentions") > marked)
        opened = len(taken) - taken[::-1].index("mentions") - 1
        assert taken[:opened].count("features") <= 2, taken  # the next turn, or the one after
        await _until(pilot, lambda: taken.count("features") >= len(towns))  # the links go on
