"""Snapshot tests of the main screen, wide and narrow (SVGs committed under __snapshots__).

The screen is captured once the background work (index, glossary marks, links) has finished
and its toasts are cleared, so the picture does not depend on how fast the machine is.
"""

from __future__ import annotations

import time

import pytest


async def settle(pilot) -> None:
    """Wait for the workers and for what they hand back to the screen, then drop the toasts."""
    app = pilot.app
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        await app.workers.wait_for_complete()
        await pilot.pause()
        if app.screen.link_state.index is not None and not any(w.is_running for w in app.workers):
            break
    await pilot.pause()
    app.clear_notifications()
    await pilot.pause()


@pytest.mark.parametrize("size", [(120, 40), (80, 24)], ids=["wide", "narrow"])
def test_main_screen(snap_compare, make_app, size: tuple[int, int]) -> None:
    assert snap_compare(make_app(), terminal_size=size, run_before=settle)
