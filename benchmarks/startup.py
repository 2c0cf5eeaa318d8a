"""Start-up time and peak memory of the reader, against a bare Textual app in the same run.

Each run is a fresh process (imports included) that runs headless and stamps the wall-clock
time of its first frame with text (the first refresh after the screen mounted); the parent
subtracts the moment it spawned the process. The bare app shows one line of text. Peak memory
is each child's own maximum resident set size, read when it exits (for the reader, after its
background work: glossary, index and links). Reported: medians over RUNS runs with a warm
cache (the parsed-document cache filled by a first, unmeasured run), and that first cold run.

Usage: python benchmarks/startup.py [--runs N]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

PROBE = r"""
import atexit, resource, sys, time

atexit.register(lambda: print("RSS", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss))
mode = sys.argv[1]


def stamp_and_exit(app):
    print("FRAME", time.time(), flush=True)
    app.exit()


if mode == "bare":
    from textual.app import App
    from textual.widgets import Static

    class Bare(App):
        def compose(self):
            yield Static("Hello, reader")

        def on_mount(self):
            self.call_after_refresh(stamp_and_exit, self)

    Bare().run(headless=True, size=(120, 40))
else:
    from reader.cli import parse_command_line
    from reader.launch import make_app

    app = make_app(parse_command_line(["--lang", "en"]))  # the `reader` command's own path
    app.call_later(lambda: app.screen.call_after_refresh(stamp_and_exit, app))
    app.run(headless=True, size=(120, 40))
"""


def run_once(mode: str, env: dict[str, str]) -> tuple[float, float]:
    """Seconds from spawn to the first frame, and the child's peak RSS in MB."""
    spawned = time.time()
    output = subprocess.run(
        [sys.executable, "-c", PROBE, mode], env=env, check=True, capture_output=True, text=True
    ).stdout
    values = dict(line.split(" ", 1) for line in output.splitlines() if " " in line)
    return float(values["FRAME"]) - spawned, int(values["RSS"]) / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as home:
        env = {**os.environ, "READER_HOME": home}
        cold, _ = run_once("reader", env)
        results = {}
        for mode in ("bare", "reader"):
            runs = [run_once(mode, env) for _ in range(args.runs)]
            results[mode] = (
                statistics.median(t for t, _ in runs),
                max(m for _, m in runs),
            )
    bare, reader = results["bare"], results["reader"]
    print("| measure | bare Textual app | reader | ratio |")
    print("|---|---|---|---|")
    print(
        f"| launch to first frame, median of {args.runs} (s) | {bare[0]:.3f} | {reader[0]:.3f} "
        f"| {reader[0] / bare[0]:.2f} |"
    )
    print(f"| first launch, empty cache (s) | | {cold:.3f} | |")
    print(f"| peak memory (MB) | {bare[1]:.0f} | {reader[1]:.0f} | {reader[1] / bare[1]:.2f} |")


if __name__ == "__main__":
    main()
