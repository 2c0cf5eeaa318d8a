"""The names of the documents on screen come before the heavy jobs the reader did not ask
for: the links' features of documents just added, the index sync (trial 24)."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from glossary.features import FeatureCache
from reader.app import ReaderApp
from reader.cli import main
from reader.features.panes import Panes
from reader.library import open_library
from reader.paths import settings_path
from reader.services import Services
from reader.settings import Settings
from tests.ui.polling import index_synced, until

GATE_SECONDS = 60
"""How long a held features job waits for the test to let it go (a safety net, not a timing:
the test lets it go as soon as the opened document's names are announced)."""


def _record_turns(services: Services) -> list[str]:
    """The outermost jobs in the order they take the heavy jobs' slot, and each announced
    worker as ``announce <job>`` where it announced itself."""
    slot, taken = services.heavy_jobs, []
    hold, announce = slot.hold, slot.announce

    @contextmanager
    def recording(job: str, cancelled: Callable[[], bool] | None = None) -> Iterator[None]:
        with hold(job, cancelled):
            if slot.running == job:
                taken.append(job)
            yield

    def announcing(job: str, running: Callable[[], bool]) -> None:
        taken.append(f"announce {job}")
        announce(job, running)

    slot.hold = recording  # type: ignore[method-assign]
    slot.announce = announcing  # type: ignore[method-assign]
    return taken


def _turns(taken: list[str]) -> list[str]:
    return [entry for entry in taken if not entry.startswith("announce ")]


async def test_names_on_screen_come_before_the_index_and_the_links(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Five documents are added while the app runs. The names of the documents on screen
    are read before the index takes them in; while the links' features of the new ones are
    found, the reader opens one: its mentions take a turn before the features' next one (the
    slot went to whichever thread grabbed it first, and the features' loop always did).
    Review 24 E6: the order of events is asserted, never a timing: the features job holding
    the slot waits until the opened document's names are announced."""
    extract = FeatureCache.features
    gate = threading.Event()

    def held(cache: FeatureCache, *args: object) -> object:
        gate.wait(GATE_SECONDS)
        return extract(cache, *args)  # type: ignore[arg-type]

    library = open_library()
    app = ReaderApp(Services(library), Settings(), settings_path(), library.documents()[:2])
    try:  # a failed assertion lets the held job go, or the app waits for it at exit
        async with app.run_test(size=(120, 40)) as pilot:
            await index_synced(app, pilot)
            await app.workers.wait_for_complete()
            monkeypatch.setattr(FeatureCache, "features", held)
            taken = _record_turns(app.services)
            towns = ["Kiel", "Lübeck", "Rostock", "Wismar", "Stralsund"]
            for number, town in enumerate(towns):
                source = tmp_path / f"werft{number}.txt"
                source.write_text(
                    f"Werft {town}\n\nIn {town} baute Hinrich Tamm eine Fähre.\n", "utf-8"
                )
                assert main(["add", str(source)]) == 0
            app.take_outside_library_changes()  # what the timer and the focus event do
            assert await until(pilot, lambda: "features" in taken), taken  # held at the gate
            turns = _turns(taken)
            assert "mentions" in turns and "index" in turns, turns
            assert turns.index("mentions") < turns.index("index"), turns  # the panes' names first
            opening = len(taken)
            left = Panes(app.screen).all()[0]
            await Panes(app.screen).open_in(left, "werft-stralsund")
            assert await until(pilot, lambda: "announce mentions" in taken[opening:]), taken
            gate.set()
            assert await until(pilot, lambda: "mentions" in _turns(taken[opening:])), taken
            after = _turns(taken[opening:])
            assert "features" not in after[: after.index("mentions")], taken  # names first
            assert await until(pilot, lambda: _turns(taken).count("features") >= len(towns)), taken
    finally:
        gate.set()
