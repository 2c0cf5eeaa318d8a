"""Start-up time and peak memory of the reader, against a bare Textual app in the same run.

Each run is a fresh process (imports included) that paints its first frame with text in
headless mode and exits; the parent measures wall time from spawn to exit and the child's
peak RSS. The bare app shows one line of text. Reported: medians over RUNS runs, warm
cache (the parsed-document cache filled by a first, unmeasured run), and one cold run.

Usage: python benchmarks/startup.py [--runs N]
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time

PROBE = r"""
import sys
mode = sys.argv[1]
if mode == "bare":
    from textual.app import App
    from textual.widgets import Static

    class Bare(App):
        def compose(self):
            yield Static("Hello, reader")

        def on_mount(self):
            self.call_after_refresh(self.exit)

    Bare().run(headless=True, size=(120, 40))
else:
    import argparse
    from reader.launch import make_app

    app = make_app(argparse.Namespace(lang="en", left=None, right=None))
    app.call_later(lambda: app.screen.call_after_refresh(app.exit))
    app.run(headless=True, size=(120, 40))
"""


def run_once(mode: str, env: dict[str, str]) -> tuple[float, float]:
    """Seconds from spawn to exit, and the child's peak RSS in MB."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", PROBE, mode], env=env, check=True, capture_output=True)
    elapsed = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return elapsed, max(peak, before) / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as home:
        env = {**os.environ, "READER_HOME": home}
        cold, _ = run_once("reader", env)
        results = {}
        for mode in ("bare", "reader"):
            times, peaks = [], []
            for _ in range(args.runs):
                seconds, peak = run_once(mode, env)
                times.append(seconds)
                peaks.append(peak)
            results[mode] = (statistics.median(times), max(peaks))
    bare, reader = results["bare"], results["reader"]
    print("| measure | bare Textual app | reader | ratio |")
    print("|---|---|---|---|")
    print(f"| launch to first frame, median of {args.runs} (s) | {bare[0]:.3f} | {reader[0]:.3f} "
          f"| {reader[0] / bare[0]:.2f} |")
    print(f"| first launch, empty cache (s) | | {cold:.3f} | |")
    print(f"| peak memory (MB, max RSS of any child so far) | {bare[1]:.0f} | {reader[1]:.0f} | |")


if __name__ == "__main__":
    main()
