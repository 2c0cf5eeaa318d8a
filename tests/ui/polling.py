"""Waiting in app tests for something the app does at its own pace, polled, never slept for."""

from __future__ import annotations

import time
from collections.abc import Callable

from textual.pilot import Pilot

from reader.app import ReaderApp


async def until(pilot: Pilot[None], holds: Callable[[], bool], seconds: float = 60) -> bool:
    """Whether ``holds()`` comes true within ``seconds``, checked after each short pause (the
    app runs at least once before the first check); the caller asserts or checks on."""
    deadline = time.monotonic() + seconds
    while True:
        await pilot.pause(0.02)
        if holds():
            return True
        if time.monotonic() > deadline:
            return False


async def index_synced(app: ReaderApp, pilot: Pilot[None]) -> None:
    """Wait until the index is built and no index worker runs (polled, with a deadline)."""

    def synced() -> bool:
        running = [w for w in app.workers if w.group == "index" and not w.is_finished]
        return not running and app.services.search_index.status().state == "ready"

    assert await until(pilot, synced), "the index was not synced within 60 s"
