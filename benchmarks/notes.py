"""Notes benchmark: 10,000 annotations on a ~5 MB document.

Measures opening the store, anchoring all annotations (unchanged and edited text) and the notes
panel filter. Goals (issue 6): anchoring under 1 s, filtering under 50 ms.
Run: ``.venv/bin/python benchmarks/notes.py``.
"""

from __future__ import annotations

import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from reader.notes import Annotation, Color, NoteStore, Placed, Status, Target  # noqa: E402

T = TypeVar("T")

NOTES = 10_000
TARGET_CHARS = 5_000_000


def make_text(rng: random.Random) -> tuple[str, list[tuple[int, int]]]:
    """A long German-looking text and its sentence spans."""
    words = [
        "".join(rng.choice("abcdefghiklmnoprstuwäöüß") for _ in range(rng.randint(2, 11)))
        for _ in range(8000)
    ]
    parts, spans, at = [], [], 0
    while at < TARGET_CHARS:
        sentence = " ".join(rng.choice(words) for _ in range(rng.randint(6, 24))).capitalize() + "."
        parts.append(sentence)
        spans.append((at, at + len(sentence)))
        at += len(sentence) + 1
    return " ".join(parts), spans


def make_annotations(
    text: str, spans: list[tuple[int, int]], rng: random.Random
) -> list[Annotation]:
    chosen = sorted(rng.sample(range(len(spans)), NOTES))
    colors = list(Color)
    return [
        Annotation(
            id=f"{n:08d}-bench",
            target=Target.from_text("bench", "hash-1", text, *spans[i]),
            color=colors[n % len(colors)],
            note=f"Anmerkung {n}: " + " ".join(rng.sample(text[:2000].split(), 8)),
            tags=(f"tag{n % 20}",),
        )
        for n, i in enumerate(chosen)
    ]


def edit(text: str, spans: list[tuple[int, int]], rng: random.Random) -> str:
    """Insert and delete sentences all over the text and lightly edit 1 % of them."""
    pieces, last = [], 0
    for start, end in spans:
        pieces.append(text[last:start])
        sentence = text[start:end]
        roll = rng.random()
        if roll < 0.01:
            sentence = sentence.replace(" ", " und ", 1)
        elif roll < 0.02:
            sentence = "Ein neu eingefügter Satz steht hier. " + sentence
        pieces.append(sentence)
        last = end
    pieces.append(text[last:])
    return "".join(pieces)


def timed(action: Callable[[], T], repeat: int = 1) -> tuple[float, T]:
    """The median time of ``repeat`` runs in milliseconds, and the last result."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        result = action()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000, result


def main() -> int:
    rng = random.Random(6)
    text, spans = make_text(rng)
    annotations = make_annotations(text, spans, rng)
    edited = edit(text, spans, rng)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "notes.sqlite3"
        with NoteStore.open_strict(path) as store:
            store.import_annotations(annotations)
        print(f"document: {len(text) / 1e6:.1f} MB, {len(spans):,} sentences; {NOTES:,} notes")
        open_ms, store = timed(lambda: _open_and_load(path))
        print(f"open store and load all notes:     {open_ms:8.1f} ms")
        anchor_ms, placed = timed(lambda: store.place("bench", "hash-1", text), repeat=3)
        print(f"anchor 10k, unchanged text:        {anchor_ms:8.1f} ms  (goal < 1000)")
        _report(placed)
        edited_ms, placed = timed(lambda: store.place("bench", "hash-2", edited), repeat=3)
        print(f"anchor 10k, edited text:           {edited_ms:8.1f} ms  (goal < 1000)")
        _report(placed)
        for query, kwargs in [("anmerkung 99", {}), ("ä", {}), ("", {"tag": "tag7"}), ("zzz", {})]:
            ms, hits = timed(lambda: store.filter(query, **kwargs), repeat=20)  # noqa: B023
            label = f"filter {query!r} {kwargs or ''}".strip()
            print(f"{label:<35}{ms:8.2f} ms  ({len(hits):,} hits; goal < 50)")
        store.close()
    return 0


def _open_and_load(path: Path) -> NoteStore:
    store = NoteStore.open_strict(path, daily_backup=False)
    len(store)
    return store


def _report(placed: list[Placed]) -> None:
    counts = {status: sum(p.status is status for p in placed) for status in Status}
    print("    " + ", ".join(f"{status.value} {count:,}" for status, count in counts.items()))


if __name__ == "__main__":
    sys.exit(main())
