"""Opening documents: parsing (cold), the parsed-document cache (warm), and wrapping for display.

A long German-like text (``benchmarks/corpus.py``, paragraphs separated by blank lines) is
written to a temporary file and opened as the app opens a document: cold (cleaning, language
detection, sentence splitting) and warm (from the cache, keyed by content hash); then it is
wrapped into screen lines at a comfortable width, which is all the view computes before it
renders the visible lines. The seeds are measured the same way.

Usage: python benchmarks/opening.py [--mb 5]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from corpus import generate_corpus  # noqa: E402

from documents.cache import ParsedCache  # noqa: E402
from documents.catalog import read_catalog  # noqa: E402
from documents.loader import load_document  # noqa: E402
from reader.widgets.layout import Notices, layout_document  # noqa: E402


def measure(path: Path, cache_dir: Path) -> tuple[float, float, float, float, int, int]:
    """Cold load (wall and CPU), warm load and layout seconds, and sentence and line counts."""
    cache = ParsedCache(cache_dir)
    started, cpu = time.perf_counter(), time.process_time()
    load_document(path, cache=cache)
    cold, cold_cpu = time.perf_counter() - started, time.process_time() - cpu
    started = time.perf_counter()
    document = load_document(path, cache=cache)
    warm = time.perf_counter() - started
    started = time.perf_counter()
    lines = layout_document(document, 78, Notices())
    layout = time.perf_counter() - started
    return cold, cold_cpu, warm, layout, len(document.sentences), len(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=5.0)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        big = Path(tmp) / "long.txt"
        texts = [text for _, text in generate_corpus(int(args.mb * 1_000_000), seed=1)]
        big.write_text("\n\n".join(texts), encoding="utf-8")
        inputs = [(entry.id, entry.path) for entry in read_catalog()]
        inputs.append((f"synthetic {args.mb:g} MB", big))
        print(
            "| document | size | cold load (CPU) | warm load | layout (78 cols) | sentences "
            "| lines |"
        )
        print("|---|---:|---:|---:|---:|---:|---:|")
        for name, path in inputs:
            cold, cpu, warm, layout, sentences, lines = measure(path, Path(tmp) / "cache")
            size = path.stat().st_size / 1e6
            print(
                f"| {name} | {size:.2f} MB | {cold * 1000:.0f} ms ({cpu * 1000:.0f} ms) "
                f"| {warm * 1000:.0f} ms "
                f"| {layout * 1000:.0f} ms | {sentences:,} | {lines:,} |"
            )


if __name__ == "__main__":
    main()
