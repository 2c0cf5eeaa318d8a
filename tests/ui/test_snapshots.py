"""Snapshot tests of the main screen, wide and narrow (SVGs committed under __snapshots__).

The screen is captured once the background work (index, glossary marks, links) has finished
and its toasts are cleared, so the picture does not depend on how fast the machine is.
"""

from __future__ import annotations

import pytest


async def settle(pilot) -> None:
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    pilot.app.clear_notifications()
    await pilot.pause()


@pytest.mark.parametrize("size", [(120, 40), (80, 24)], ids=["wide", "narrow"])
def test_main_screen(snap_compare, make_app, size: tuple[int, int]) -> None:
    assert snap_compare(make_app(), terminal_size=size, run_before=settle)
