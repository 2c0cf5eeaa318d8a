"""Keystroke-to-results time of the app's search panel (Pilot, headless).

For each query the panel gets all but the last character and settles; then the clock starts,
the last key is pressed, and it stops once the result list for the full query has been drawn
(the panel stamps ``shown_at`` after the refresh that shows it). This includes the search in
its worker, grouping and rendering (no debounce: with no search running, a keystroke searches
at once). Libraries: the bundled
seeds (scope: open documents) and a synthetic library from ``benchmarks/corpus.py`` (scope:
whole library); the index is built before the app starts and the timing starts once the
app's background work (glossary, links) is done, so only searching is timed.

With ``--gc`` it also reports Python's full (generation 2) garbage collections from
``gc.callbacks``: how many ran while the queries were typed, how long they took, and how many
of them ran on the app's own thread (where a keystroke that lands on one waits).

Usage: python benchmarks/search_ui.py [--mb 10] [--queries 20] [--only seeds|synthetic] [--gc]
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import os
import statistics
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import generate_corpus, to_document  # noqa: E402
from search import sample_queries  # noqa: E402

SEED_QUERIES = (
    "Milchkrieg Lukaschenko Zapad Sapad Minsk Wagner Souveränität Grenze Manöver Krieg "
    "Moskau Atomwaffen Sanktionen Opposition Wahlen Russland Abhaengigkeit Unionsstaat "
    "Tichanowskaja Militär"
).split()


def make_home(mb: float) -> tuple[Path, list[str]]:
    """A READER_HOME with its library and a built index; the queries to type."""
    home = Path(tempfile.mkdtemp(prefix="search-ui-bench-"))
    os.environ["READER_HOME"] = str(home)
    from reader.services import Services

    services = Services()
    queries = SEED_QUERIES
    if mb:
        folder = home / "corpus"
        folder.mkdir()
        corpus = generate_corpus(int(mb * 1_000_000))
        for doc_id, text in corpus:
            (folder / f"{doc_id}.txt").write_text(text, encoding="utf-8")
        services.library.add([folder])
        documents = [to_document(doc_id, text) for doc_id, text in corpus]
        queries = sample_queries(documents)["word"]
    started = time.perf_counter()
    report = services.sync_index()
    assert not report.busy, "index busy"
    print(f"  index built in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    services.search_index.close()
    return home, list(queries)


@dataclass
class FullCollections:
    """Full garbage collections seen through ``gc.callbacks`` while ``recording``."""

    recording: bool = False
    started: dict[int, float] = field(default_factory=dict)
    durations: list[tuple[float, bool]] = field(default_factory=list)
    """(milliseconds, ran on the main thread) per full collection."""

    def __call__(self, phase: str, info: dict[str, int]) -> None:
        if info["generation"] != 2:
            return
        thread = threading.get_ident()
        if phase == "start":
            self.started[thread] = time.perf_counter()
        elif thread in self.started and self.recording:
            took = (time.perf_counter() - self.started.pop(thread)) * 1000
            self.durations.append((took, thread == threading.main_thread().ident))

    def summary(self) -> str:
        if not self.durations:
            return "0"
        took = sorted(ms for ms, _ in self.durations)
        on_main = sum(1 for _, main in self.durations if main)
        median = statistics.median(took)
        return (
            f"{len(took)} ({on_main} on app thread), median {median:.0f} ms, max {took[-1]:.0f} ms"
        )


async def measure(
    queries: list[str], scope: str, collections: FullCollections | None = None
) -> list[float]:
    """Milliseconds from the last key press to the drawn results, per query."""
    from reader import collector, paths
    from reader.app import ReaderApp
    from reader.features.search import SearchFeature
    from reader.i18n import set_language
    from reader.launch import choose_documents
    from reader.library import open_library
    from reader.services import Services
    from reader.settings import Settings
    from reader.widgets.search_panel import SearchPanel

    set_language("en")
    settings = Settings.load(paths.settings_path())
    library = open_library()
    documents = choose_documents(library, settings, None, None)
    collector.freeze_imports()  # as the launch does (reader.launch.make_app)
    app = ReaderApp(Services(library), settings, paths.settings_path(), documents)
    times = []
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await app.workers.wait_for_complete()  # the app at rest: index, glossary, links done
        screen = app.screen
        screen.query_one(SearchFeature).state.scope = scope
        await pilot.press("slash")
        panel = screen.query_one(SearchPanel)
        if collections is not None:
            collections.recording = True
        for query in [queries[0], *queries]:  # the first one warms up (glossary, searcher)
            panel.input.value = ""
            await pilot.press(*query[:-1])
            await settle(app, pilot)
            started = time.perf_counter()
            await pilot.press(query[-1])
            deadline = started + 10
            while panel.shown_at < started and time.perf_counter() < deadline:
                await asyncio.sleep(0.001)
            times.append((panel.shown_at - started) * 1000)
        times = times[1:]
        if collections is not None:
            collections.recording = False
    return times


async def settle(app, pilot) -> None:
    from reader.features.search import SearchFeature
    from reader.widgets.search_panel import SearchPanel

    state = app.screen.query_one(SearchFeature).state
    panel = app.screen.query_one(SearchPanel)
    for _ in range(1000):
        await pilot.pause()
        running = [w for w in app.workers if w.group == "search" and w.is_running]
        if running:
            await app.workers.wait_for_complete(running)
        elif state.timer is None and state.shown_for == panel.input.value:
            return


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--mb", type=float, default=10.0, help="synthetic library size (10)")
    parser.add_argument("--queries", type=int, default=20)
    parser.add_argument("--only", choices=("seeds", "synthetic"), help="run one library")
    parser.add_argument("--gc", action="store_true", help="report full garbage collections")
    args = parser.parse_args()

    libraries = [("seeds", "seeds (2 documents)", 0.0, "open"),
                 ("synthetic", f"synthetic {args.mb:g} MB", args.mb, "library")]  # fmt: skip
    rows = []
    for key, label, mb, scope in libraries:
        if args.only and key != args.only:
            continue
        print(f"{label}: preparing", file=sys.stderr)
        _home, queries = make_home(mb)
        collections = FullCollections() if args.gc else None
        if collections is not None:
            gc.callbacks.append(collections)
        times = sorted(asyncio.run(measure(queries[: args.queries], scope, collections)))
        if collections is not None:
            gc.callbacks.remove(collections)
        p95 = times[max(int(len(times) * 0.95) - 1, 0)]
        full = collections.summary() if collections is not None else ""
        rows.append((label, len(times), statistics.median(times), p95, max(times), full))
    print("\nKeystroke to results\n")
    print(
        "| library | queries | median ms | p95 ms | max ms |"
        + (" full GCs while typing |" if args.gc else "")
    )
    print("|---|---:|---:|---:|---:|" + ("---|" if args.gc else ""))
    for label, count, median, p95, worst, full in rows:
        gc_cell = f" {full} |" if args.gc else ""
        print(f"| {label} | {count} | {median:.0f} | {p95:.0f} | {worst:.0f} |{gc_cell}")


if __name__ == "__main__":
    main()
