"""``reader notes list`` with 50,000 notes: the whole command, as a user runs it.

A fresh library (the bundled documents) in a temporary READER_HOME gets NOTES notes on random
sentences through ``reader notes import`` (a W3C export file); then ``reader notes list`` and
``reader notes list --json`` run as fresh processes writing to a file. Reported: median wall
time and median CPU time (user + system of the child) over RUNS runs after one unmeasured
run (which fills the parsed-document cache, as the first use of a library does), and the
import once, as the reference the issue compares with. CPU time is printed beside wall
time because the machine is shared: wall time grows with the load, CPU time much less.

Usage: python benchmarks/notes_list.py [--notes 50000] [--runs 3]
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from reader.library import open_library  # noqa: E402
from reader.notes import Annotation, Color, Target  # noqa: E402
from reader.notes.export import dumps_w3c  # noqa: E402


def make_export(count: int, path: Path) -> None:
    """A W3C export of ``count`` notes on random sentences of the library's documents."""
    rng = random.Random(14)
    documents = open_library().documents()
    colors = list(Color)
    notes = []
    for n in range(count):
        document = rng.choice(documents)
        span = document.sentences[rng.randrange(len(document.sentences))]
        target = Target.from_text(
            document.id, document.content_hash, document.text, span.start, span.end
        )
        note = f"Anmerkung {n}: " + " ".join(rng.sample(document.text[:3000].split(), 6))
        notes.append(
            Annotation(
                id=f"{n:08d}-0000-4000-8000-000000000000",
                target=target,
                color=colors[n % len(colors)],
                note=note,
                tags=(f"thema{n % 20}",),
            )
        )
    path.write_text(dumps_w3c(notes), encoding="utf-8")


def run(argv: list[str], env: dict[str, str], out: Path) -> tuple[float, float]:
    """Wall and CPU seconds of one ``reader`` process with stdout to ``out``."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    with out.open("w", encoding="utf-8") as sink:
        subprocess.run([sys.executable, "-m", "reader", *argv], env=env, stdout=sink, check=True)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def notes_arguments(description: str) -> argparse.Namespace:
    """``--notes`` (how many) and ``--runs``, shared by the notes benchmarks."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--notes", type=int, default=50_000)
    parser.add_argument("--runs", type=int, default=3)
    return parser.parse_args()


def main() -> None:
    args = notes_arguments(__doc__.splitlines()[0])
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["READER_HOME"] = tmp
        env = {**os.environ, "COLUMNS": "120"}
        export = Path(tmp) / "notes.json"
        make_export(args.notes, export)
        out = Path(tmp) / "out.txt"
        imported = run(["notes", "import", str(export)], env, out)
        run(["notes", "list"], env, out)  # parses the documents once, as any first use does
        print(f"| command ({args.notes:,} notes) | wall s (median of {args.runs}) | CPU s |")
        print("|---|---:|---:|")
        print(f"| `reader notes import` (once) | {imported[0]:.2f} | {imported[1]:.2f} |")
        for argv in (["notes", "list"], ["notes", "list", "--json"]):
            times = [run(argv, env, out) for _ in range(args.runs)]
            wall = statistics.median(t[0] for t in times)
            cpu = statistics.median(t[1] for t in times)
            lines = sum(1 for _ in out.open(encoding="utf-8"))
            print(f"| `reader {' '.join(argv)}` ({lines:,} lines) | {wall:.2f} | {cpu:.2f} |")


if __name__ == "__main__":
    main()
