"""The notes panel in the app with 50,000 notes: opening it, filtering, reaching the last note.

A fresh library (the bundled documents) in a temporary READER_HOME gets NOTES notes on random
sentences through ``reader notes import`` (as ``notes_list.py`` makes them). The app then runs
headless (Textual's ``run_test``, 120x40); once its start-up work is done, the panel is opened
with ctrl+n. Timed, each from the key press until the screen has been redrawn with the result:

- open: the panel listing its first rows (the orphan search runs on in a worker: timed apart);
- filter: one more letter typed into the filter (a word that most notes contain);
- last note: End in the list, until the highlight has moved there and is drawn.

Reported: medians over RUNS runs of wall and CPU seconds (the process's, so a worker's share
counts too), whether End reached the last of all the notes, and the process's peak memory.

Usage: python benchmarks/notes_panel.py [--notes 50000] [--runs 3]
"""

from __future__ import annotations

import asyncio
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from notes_list import make_export, notes_arguments  # noqa: E402

Timing = tuple[float, float, float]


async def timed(action: Callable[[], Awaitable[object]], done: Callable[[], bool], pilot) -> Timing:
    """Wall, CPU and main-thread CPU seconds from ``action`` until ``done`` holds after a
    redraw (the process's CPU includes workers running meanwhile; the main thread's is what
    keeps the screen from answering)."""
    wall, cpu, main_cpu = time.perf_counter(), time.process_time(), time.thread_time()
    await action()
    for _attempt in range(10_000):
        await pilot.pause()
        if done():
            break
    else:
        raise RuntimeError("the panel never showed the result")
    return (
        time.perf_counter() - wall,
        time.process_time() - cpu,
        time.thread_time() - main_cpu,
    )


async def notes_placed(app, pilot) -> None:
    """Wait until the start-up work is done and the panes' notes are anchored and drawn."""
    from reader.features.notes import NotesFeature

    notes = app.screen.query_one(NotesFeature)
    for _attempt in range(10_000):
        await app.workers.wait_for_complete()
        await pilot.pause()
        if notes.state.ready and all(pane.id in notes.state.placed for pane in notes.panes.all()):
            return
    raise RuntimeError("the notes were never placed")


async def measure_once() -> dict[str, Timing | bool]:
    from reader.cli import parse_command_line
    from reader.dialogs.notes_panel import NotesPanel
    from reader.launch import make_app

    app = make_app(parse_command_line(["--lang", "en"]))
    results: dict[str, Timing | bool] = {}
    async with app.run_test(size=(120, 40)) as pilot:
        await notes_placed(app, pilot)
        store = app.services.notes

        def panel_listed() -> bool:
            screen = app.screen
            return (
                isinstance(screen, NotesPanel) and screen.query_one("#notes-list").option_count > 0
            )

        results["open"] = await timed(lambda: pilot.press("ctrl+n"), panel_listed, pilot)
        panel = app.screen
        assert isinstance(panel, NotesPanel)
        listed = panel.query_one("#notes-list")
        results["orphan search, after open"] = await timed(
            app.workers.wait_for_complete, lambda: True, pilot
        )
        await pilot.press(*"Anmerkung")
        before = len(panel.shown)
        results["filter"] = await timed(
            lambda: pilot.press("1"), lambda: len(panel.shown) != before, pilot
        )
        await pilot.press("backspace")
        await pilot.pause()
        listed.focus()
        await pilot.pause()

        first = listed.highlighted

        def last_shown() -> bool:
            return listed.highlighted not in (None, first)

        results["last note"] = await timed(lambda: pilot.press("end"), last_shown, pilot)
        shown = listed.get_option_at_index(listed.highlighted).id
        results["reached"] = len(panel.shown) == len(store) and shown == panel.shown[-1].id
        await pilot.press("escape")
    return results


def main() -> None:
    args = notes_arguments(__doc__.splitlines()[0])
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["READER_HOME"] = tmp
        export = Path(tmp) / "notes.json"
        make_export(args.notes, export)
        subprocess.run(
            [sys.executable, "-m", "reader", "notes", "import", str(export)],
            check=True,
            capture_output=True,
        )
        asyncio.run(measure_once())  # fills the caches (documents, glossary, index) once
        runs = [asyncio.run(measure_once()) for _ in range(args.runs)]
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"| notes panel, {args.notes:,} notes (median of {args.runs}) | wall ms | CPU ms "
        "| main thread CPU ms |"
    )
    print("|---|---:|---:|---:|")
    for step in ("open", "orphan search, after open", "filter", "last note"):
        timings = [run[step] for run in runs]
        assert all(isinstance(t, tuple) for t in timings)
        wall, cpu, main_cpu = (
            statistics.median(t[i] for t in timings)  # type: ignore[index]
            for i in range(3)
        )
        print(f"| {step} | {wall * 1000:.0f} | {cpu * 1000:.0f} | {main_cpu * 1000:.0f} |")
    print(f"End reached the last of all notes: {all(run['reached'] for run in runs)}")
    print(f"peak memory of the process: {peak:.0f} MB")


if __name__ == "__main__":
    main()
