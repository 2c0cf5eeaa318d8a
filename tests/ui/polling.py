"""Waiting in app tests for something the app does at its own pace, polled, never slept for."""

from __future__ import annotations

import time
from collections.abc import Callable

from textual.pilot import Pilot


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
