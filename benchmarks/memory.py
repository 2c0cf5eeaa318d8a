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

Usage: python benchmarks/memory.py [--mb 19.5]
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


def sample(slot, jobs, done):
    while not done.is_set():
        job = slot.running
        if job:
            now = rss()
            start, top, first, _ = jobs.get(job, (now, 0.0, time.perf_counter(), 0.0))
            jobs[job] = (start, max(top, now), first, time.perf_counter())
        time.sleep(0.05)


async def main():
    app = make_app(parse_command_line(["--lang", "en", *sys.argv[1:]]))
    jobs, done = {}, threading.Event()
    threading.Thread(target=sample, args=(app.services.heavy_jobs, jobs, done), daemon=True).start()
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
    return Run(float(values["FRAME"]), float(values["END"]), wall, float(values["HELPER"]), jobs)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=19.5, help="under the 20 MB file limit")
    args = parser.parse_args()
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "READER_HOME": str(Path(tmp) / "home")}
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


if __name__ == "__main__":
    main()
