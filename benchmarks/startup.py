"""Start-up time and peak memory of the reader, against a bare Textual app in the same run.

Two measures of launch to first text, each run a fresh process (imports included):

- **terminal**: the real command (``python -m reader`` / the bare app) runs in a
  pseudo-terminal of 120x40; the parent reads what it writes and stamps the moment the text
  shows on the terminal (the reader: the first words of the left document; the bare app: its
  one line), reads the child's CPU seconds so far (the scheduler's nanosecond count of its
  live threads, from /proc), then ends it. This is what a reader sees; the CPU figure is
  steadier on a busy machine.
- **headless**: the app runs headless and stamps the wall-clock time of its first idle moment
  after the screen mounted (``call_after_refresh``), which also waits for what is drawn after
  the text (the footer's keys); the parent subtracts the moment it spawned the process. Its
  peak memory is the child's own maximum resident set size, read when it exits (for the
  reader, after its background work: glossary, index and links).

The two apps run in turn (bare, reader, bare, reader …) so that a drift of the machine's
speed hits both; each reader run is also compared with the bare run just before it, and the
median of those ratios reported. Reported: medians over RUNS runs with a warm cache (the
parsed-document cache filled by a first, unmeasured run), and that first cold run.

Usage: python benchmarks/startup.py [--runs N]
"""

from __future__ import annotations

import argparse
import fcntl
import os
import re
import select
import statistics
import struct
import subprocess
import sys
import tempfile
import termios
import time
from pathlib import Path

COLUMNS, ROWS = 120, 40
BARE_TEXT = "Hello, reader"

BARE_APP = f"""
from textual.app import App
from textual.widgets import Static


class Bare(App):
    def compose(self):
        yield Static({BARE_TEXT!r})


Bare().run()
"""

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

ESCAPES = re.compile(rb"\x1b(\[[0-9;?<>=]*[ -/]*[@-~]|\][^\x07\x1b]*(\x07|\x1b\\)|[@-Z\\-_])")
"""Terminal control sequences: removed before looking for the text in what was written."""


def headless_once(mode: str, env: dict[str, str]) -> tuple[float, float]:
    """Seconds from spawn to the first idle frame, and the child's peak RSS in MB."""
    spawned = time.time()
    output = subprocess.run(
        [sys.executable, "-c", PROBE, mode], env=env, check=True, capture_output=True, text=True
    ).stdout
    values = dict(line.split(" ", 1) for line in output.splitlines() if " " in line)
    return float(values["FRAME"]) - spawned, int(values["RSS"]) / 1024


def cpu_seconds(pid: int) -> float:
    """CPU seconds a running process has used so far: the sum over its threads of the
    scheduler's nanosecond count (``/proc/PID/task/*/schedstat``), or where the kernel keeps
    none, user + system time in clock ticks (10 ms steps, coarse beside a 0.05 s gap)."""
    try:
        return (
            sum(
                int((task / "schedstat").read_text().split()[0])
                for task in Path(f"/proc/{pid}/task").iterdir()
            )
            / 1e9
        )
    except (FileNotFoundError, ProcessLookupError):
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def terminal_once(command: list[str], text: str, env: dict[str, str]) -> tuple[float, float]:
    """Seconds from spawn until ``text`` shows on a 120x40 pseudo-terminal, and the CPU
    seconds the process had used by then."""
    leader, follower = os.openpty()
    fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", ROWS, COLUMNS, 0, 0))
    wanted = " ".join(text.split()).encode()
    spawned = time.perf_counter()
    child = subprocess.Popen(
        command,
        stdin=follower,
        stdout=follower,
        stderr=follower,
        env={**env, "TERM": "xterm-256color", "COLUMNS": str(COLUMNS), "LINES": str(ROWS)},
        start_new_session=True,
    )
    os.close(follower)
    written = b""
    try:
        while True:
            ready, _, _ = select.select([leader], [], [], 30)
            if not ready:
                raise RuntimeError(f"{wanted!r} not shown within 30 s")
            written += os.read(leader, 1 << 16)
            if wanted in b" ".join(ESCAPES.sub(b"", written).split()):
                return time.perf_counter() - spawned, cpu_seconds(child.pid)
    finally:
        child.kill()
        child.wait()
        os.close(leader)


def first_words(env: dict[str, str]) -> str:
    """The opening words of the left pane's document, as the reader will show them."""
    script = (
        "from reader.cli import parse_command_line\n"
        "from reader.launch import make_app\n"
        "app = make_app(parse_command_line(['--lang', 'en']))\n"
        "print(' '.join(app.initial_documents[0].text.split()[:3]))\n"
    )
    return subprocess.run(
        [sys.executable, "-c", script], env=env, check=True, capture_output=True, text=True
    ).stdout.strip()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as home:
        env = {**os.environ, "READER_HOME": home}
        cold, _ = headless_once("reader", env)
        words = first_words(env)
        commands = {
            "bare": ([sys.executable, "-c", BARE_APP], BARE_TEXT),
            "reader": ([sys.executable, "-m", "reader", "--lang", "en"], words),
        }
        terminal: dict[str, list[tuple[float, float]]] = {"bare": [], "reader": []}
        headless: dict[str, list[tuple[float, float]]] = {"bare": [], "reader": []}
        for _ in range(args.runs):
            for mode, (command, text) in commands.items():
                terminal[mode].append(terminal_once(command, text, env))
                headless[mode].append(headless_once(mode, env))
    term = {mode: statistics.median(t for t, _ in runs) for mode, runs in terminal.items()}
    cpu = {mode: statistics.median(c for _, c in runs) for mode, runs in terminal.items()}
    head = {mode: statistics.median(t for t, _ in runs) for mode, runs in headless.items()}
    peak = {mode: max(m for _, m in runs) for mode, runs in headless.items()}
    print(f"reader's first words looked for: {words!r}")
    print("| measure | bare Textual app | reader | ratio |")
    print("|---|---|---|---|")
    print(
        f"| launch to text on a terminal, median of {args.runs} (s) | {term['bare']:.3f} "
        f"| {term['reader']:.3f} | {term['reader'] / term['bare']:.2f} |"
    )
    print(
        f"| CPU seconds until then, median of {args.runs} | {cpu['bare']:.3f} "
        f"| {cpu['reader']:.3f} | {cpu['reader'] / cpu['bare']:.2f} |"
    )
    for index, measure in ((0, "launch to text"), (1, "CPU seconds")):
        paired = statistics.median(
            reader[index] / bare[index]
            for reader, bare in zip(terminal["reader"], terminal["bare"], strict=True)
        )
        print(f"| {measure}: each run against the bare run before it, median | | | {paired:.2f} |")
    print(
        f"| launch to first idle frame, headless, median of {args.runs} (s) "
        f"| {head['bare']:.3f} | {head['reader']:.3f} | {head['reader'] / head['bare']:.2f} |"
    )
    print(f"| first launch, empty cache, headless (s) | | {cold:.3f} | |")
    print(
        f"| peak memory (MB) | {peak['bare']:.0f} | {peak['reader']:.0f} "
        f"| {peak['reader'] / peak['bare']:.2f} |"
    )


if __name__ == "__main__":
    main()
