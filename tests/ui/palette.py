"""Running a command from the command palette in Pilot tests."""

from __future__ import annotations

from textual.pilot import Pilot


async def run_from_palette(pilot: Pilot[None], words: str) -> None:
    """Open the palette, type ``words``, wait for its search to gather the commands, and run
    the first one offered."""
    app = pilot.app
    await pilot.press("ctrl+p", *words)
    await pilot.pause()
    palette = app.screen
    gathering = [w for w in app.workers if w.node is palette]
    if gathering:
        await app.workers.wait_for_complete(gathering)
    await pilot.pause()
    await pilot.press("enter")
    await pilot.pause()
