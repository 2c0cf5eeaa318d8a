"""Peak memory of the app: first start of a new library, warm start, and a 20 MB text open.

Each case is a fresh process that builds the app as the ``reader`` command does, runs it
headless at 120x40, waits for every background worker (search index, glossary and name
discovery, cross-links, notes), then quits; it reports its peak resident set size at the first
frame and at the end. The 20 MB case first adds a generated 19.5 MB text
(``benchmarks/corpus.py``, as ``big_text.py`` does) with ``reader add`` and opens it in the
left pane (its background work, indexing and name discovery of 20 MB, takes minutes). Goal
from issue 14: the app with a 20 MB text open at most 400 MB.

The heavy jobs (index sync, name discovery, mentions, link features) take turns in one slot
(``reader/job_slot.py``); a thread samples the resident set every 50 ms with the job holding
the slot, so each job's resident set when it starts (what earlier work left behind), its peak
and its seconds are reported too, and the search index's helper process (``index/parallel.py``,
which indexes a long document beside the app) with the peak of the process's children.

The highest resident set sampled is reported with the heavy job and the workers running at
that moment, and ``--timeline`` prints each run's resident set once a second with them.

Usage: python benchmarks/memory.py [--mb 19.5] [--big-only] [--timeline]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import generate_corpus  # noqa: E402

PROBE = r"""
import asyncio, json, resource, sys, threading, time

from reader.cli import parse_command_line
from reader.launch import make_app


def peak():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def rss():
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * resource.getpagesize() / 2**20


def running_workers(app):
    try:
        running = [w for w in list(app.workers._workers) if w.is_running]
    except RuntimeError:  # the set changed while it was copied
        return []
    return sorted({(w.description or w.name).split("(")[0] for w in running})


def sample(app, slot, jobs, top_moment, timeline, done):
    started = last = time.perf_counter()
    while not done.is_set():
        job = slot.running
        now = rss()
        if job:
            start, top, first, _ = jobs.get(job, (now, 0.0, time.perf_counter(), 0.0))
            jobs[job] = (start, max(top, now), first, time.perf_counter())
        if now > top_moment[0]:
            top_moment[:] = [now, job, running_workers(app)]
        if time.perf_counter() - last >= 1.0:
            last = time.perf_counter()
            timeline.append((round(last - started, 1), round(now), job, running_workers(app)))
        time.sleep(0.05)


async def main():
    app = make_app(parse_command_line(["--lang", "en", *sys.argv[1:]]))
    jobs, top_moment, timeline, done = {}, [0.0, "", []], [], threading.Event()
    slot = app.services.heavy_jobs
    args = (app, slot, jobs, top_moment, timeline, done)
    threading.Thread(target=sample, args=args, daemon=True).start()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        print("FRAME", peak(), flush=True)
        while any(not worker.is_finished for worker in app.workers):
            await app.workers.wait_for_complete()
            await pilot.pause()
    done.set()
    print("END", peak(), flush=True)
    print("HELPER", resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024, flush=True)
    print("JOBS", json.dumps({j: (s, top, end - t) for j, (s, top, t, end) in jobs.items()}))
    print("PEAK", json.dumps(top_moment))
    print("TIMELINE", json.dumps(timeline))


asyncio.run(main())
"""


@dataclass
class Run:
    """One app process: peaks in MB, wall seconds, and each heavy job's (MB at its start, peak
    MB, seconds)."""

    frame: float
    end: float
    wall: float
    helper: float
    jobs: dict[str, tuple[float, float, float]]
    peak: tuple[float, str, list[str]]
    """The highest resident set sampled, the heavy job and the workers running then."""
    timeline: list[tuple[float, float, str, list[str]]]
    """About once a second: seconds, resident MB, the heavy job, the running workers."""


def run_app(env: dict[str, str], *argv: str) -> Run:
    """Peak MB at the first frame and after the background work, wall seconds, the helper
    process's peak and each heavy job's resident set at its start, peak and duration."""
    started = time.perf_counter()
    output = subprocess.run(
        [sys.executable, "-c", PROBE, *argv], env=env, check=True, capture_output=True, text=True
    ).stdout
    values = dict(line.split(" ", 1) for line in output.splitlines() if " " in line)
    wall = time.perf_counter() - started
    jobs = {
        job: (start, top, seconds)
        for job, (start, top, seconds) in json.loads(values["JOBS"]).items()
    }
    peak = json.loads(values["PEAK"])
    return Run(
        float(values["FRAME"]),
        float(values["END"]),
        wall,
        float(values["HELPER"]),
        jobs,
        (peak[0], peak[1] or "", peak[2]),
        [tuple(row) for row in json.loads(values["TIMELINE"])],
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=19.5, help="under the 20 MB file limit")
    parser.add_argument("--big-only", action="store_true", help="skip the two seed-only runs")
    parser.add_argument(
        "--timeline", action="store_true", help="print each run's resident set once a second"
    )
    args = parser.parse_args()
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "READER_HOME": str(Path(tmp) / "home")}
        if not args.big_only:
            rows.append(("first start of a new library (the seeds)", run_app(env)))
            rows.append(("warm start", run_app(env)))
        big = Path(tmp) / "lang.txt"
        texts = [text for _, text in generate_corpus(int(args.mb * 1_000_000), seed=2)]
        big.write_text("\n\n".join(texts), encoding="utf-8")
        subprocess.run(
            [sys.executable, "-m", "reader", "add", str(big)], env=env, check=True, text=True
        )
        size = f"{big.stat().st_size / 1e6:.1f} MB"
        rows.append((f"a {size} text open (first time)", run_app(env, "--left", "lang")))
        rows.append((f"a {size} text open again", run_app(env, "--left", "lang")))
    print("| app | peak MB at first frame | peak MB after background work | wall s |")
    print("|---|---:|---:|---:|")
    for name, run in rows:
        print(f"| {name} | {run.frame:.0f} | {run.end:.0f} | {run.wall:.1f} |")
    print()
    jobs = ("index", "discovery", "mentions", "features")
    print(
        f"| app | {' | '.join(f'{job}: MB at start → peak, s' for job in jobs)} | index helper MB |"
    )
    print("|---|---|---|---|---|---:|")
    for name, run in rows:
        cells = [
            f"{run.jobs[job][0]:.0f} → {run.jobs[job][1]:.0f}, {run.jobs[job][2]:.1f}"
            if job in run.jobs
            else "–"
            for job in jobs
        ]
        print(f"| {name} | {' | '.join(cells)} | {run.helper:.0f} |")
    print()
    print("| app | highest resident MB sampled | heavy job then | workers running then |")
    print("|---|---:|---|---|")
    for name, run in rows:
        mb, job, workers = run.peak
        print(f"| {name} | {mb:.0f} | {job or '–'} | {', '.join(workers) or '–'} |")
    if args.timeline:
        for name, run in rows:
            print(f"\n{name}: seconds, resident MB, heavy job, workers")
            for seconds, mb, job, workers in run.timeline:
                print(f"{seconds:7.1f} {mb:6.0f} {job or '-':10} {', '.join(workers)}")


if __name__ == "__main__":
    main()
