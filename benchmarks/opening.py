"""Opening documents: parsing (cold), the parsed-document cache (warm), and wrapping for display.

A long German-like text (``benchmarks/corpus.py``, paragraphs separated by blank lines) is
written to a temporary file and opened as the app opens a document: cold (cleaning, language
detection, sentence splitting) and warm (from the cache, keyed by content hash); then it is
wrapped into screen lines at a comfortable width, which is all the view computes before it
renders the visible lines. The seeds are measured the same way.

Each document is opened in a fresh process (forked before anything is loaded), so a cold
open pays for the modules it imports, as the app's first open of a document does. The
language identifier's model is where the app keeps it, in the cache folder
(``documents.langid_model``): unpacked once, the first time any document needs it, and read
from there by every later open. The synthetic text is measured both ways: with the model
already unpacked (every open after that first use) and as that first use itself.

Usage: python benchmarks/opening.py [--mb 5] [--runs 1]
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from corpus import generate_corpus  # noqa: E402

from documents.catalog import read_catalog  # noqa: E402

Measures = tuple[float, float, float, float, int, int]


def measure(path: Path, cache_dir: Path, models: Path) -> Measures:
    """Cold load (wall and CPU), warm load and layout seconds, and sentence and line counts."""
    from documents.cache import ParsedCache
    from documents.kept_folders import MODELS, keep_in
    from documents.loader import load_document
    from reader.widgets.layout import Notices, layout_document

    keep_in(MODELS, models)  # as the app's library does
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


def measure_fresh(path: Path, cache_dir: Path, models: Path) -> Measures:
    """``measure`` in a process forked from this one, which has loaded none of it."""
    with multiprocessing.get_context("fork").Pool(1) as pool:
        return pool.apply(measure, (path, cache_dir, models))


def unpack_model(models: Path) -> None:
    """Unpack the model into ``models`` in another process, as a first use would have."""
    root = Path(__file__).resolve().parents[1]
    code = (
        f"import sys; sys.path.insert(0, {str(root)!r}); from pathlib import Path;"
        " from documents.kept_folders import MODELS, keep_in;"
        " from documents.langid_model import classifier;"
        f" keep_in(MODELS, Path({str(models)!r})); classifier()"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def row(name: str, path: Path, measures: Measures) -> str:
    cold, cpu, warm, layout, sentences, lines = measures
    return (
        f"| {name} | {path.stat().st_size / 1e6:.2f} MB | {cold * 1000:.0f} ms "
        f"({cpu * 1000:.0f} ms) | {warm * 1000:.0f} ms | {layout * 1000:.0f} ms "
        f"| {sentences:,} | {lines:,} |"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=5.0)
    parser.add_argument("--runs", type=int, default=1, help="cold opens of the long text")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        big = work / "long.txt"
        texts = [text for _, text in generate_corpus(int(args.mb * 1_000_000), seed=1)]
        big.write_text("\n\n".join(texts), encoding="utf-8")
        models = work / "models"
        unpack_model(models)
        print(f"load average {os.getloadavg()[0]:.1f}")
        print(
            "| document | size | cold load (CPU) | warm load | layout (78 cols) | sentences "
            "| lines |"
        )
        print("|---|---:|---:|---:|---:|---:|---:|")
        for entry in read_catalog():
            measures = measure_fresh(entry.path, work / f"cache-{entry.id}", models)
            print(row(entry.id, entry.path, measures))
        for run in range(args.runs):
            measures = measure_fresh(big, work / f"cache-{run}", models)
            print(row(f"synthetic {args.mb:g} MB", big, measures))
        first_use = measure_fresh(big, work / "cache-first", work / "models-first")
        print(row(f"synthetic {args.mb:g} MB, first use of the language model", big, first_use))


if __name__ == "__main__":
    main()
