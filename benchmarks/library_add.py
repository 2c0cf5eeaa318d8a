"""Adding a folder of articles until it is searchable, against SQLite FTS5 on the same sentences.

A fresh library (READER_HOME in a temporary directory, the bundled documents indexed first,
unmeasured) gets a folder of ARTICLES generated articles (``benchmarks/corpus.py``: German-like
text with a Zipf vocabulary, compounds and umlauts; about 28 KB each) through ``reader add
FOLDER`` and then ``reader index``, each a fresh process as a user runs them. A second folder
of other articles is added the same way: by then the library's token analysis cache knows the
common words, as it does for anyone adding a second batch. The peer is SQLite FTS5
(unicode61, diacritics removed) indexing exactly the sentences the library made of the same
files, timed in the same run; FTS5 does no stemming, folding or decompounding.

Reported per folder: wall and CPU seconds (user + system of the child processes) of add and
index, and the ratio to FTS5. CPU is given because the machine is shared: wall time grows
with the load. Both runs also print the index build's own rate (MB of text per second of
``reader index``). The packages are compiled to bytecode first, as an installed app's are.

Usage: python benchmarks/library_add.py [--articles 22] [--kb 28]
"""

from __future__ import annotations

import argparse
import os
import resource
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(ROOT))

from corpus import _Writer  # noqa: E402

from documents.model import Document  # noqa: E402


def write_folder(folder: Path, articles: int, size: int, seed: int) -> int:
    """``articles`` generated texts of about ``size`` bytes; returns the bytes written."""
    writer = _Writer(seed)
    folder.mkdir(parents=True)
    total = 0
    for n in range(articles):
        text = writer.document(size)
        (folder / f"artikel-{seed}-{n:02d}.txt").write_text(text + "\n", encoding="utf-8")
        total += len(text.encode())
    return total


def run(argv: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall and CPU seconds of one ``reader`` process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "reader", *argv], env=env, check=True, stdout=subprocess.DEVNULL
    )
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def fts5_seconds(documents: list[Document]) -> float:
    """Wall seconds for FTS5 to index every sentence of ``documents`` (CPU-bound, in-process)."""
    db = sqlite3.connect(":memory:")
    db.execute(
        "CREATE VIRTUAL TABLE s USING fts5(doc UNINDEXED, sent UNINDEXED, text,"
        " tokenize='unicode61 remove_diacritics 2')"
    )
    rows = [
        (d.id, i, d.text[span.start : span.end])
        for d in documents
        for i, span in enumerate(d.sentences)
    ]
    started = time.perf_counter()
    db.executemany("INSERT INTO s VALUES (?, ?, ?)", rows)
    db.commit()
    seconds = time.perf_counter() - started
    db.close()
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=22)
    parser.add_argument("--kb", type=int, default=28, help="size of each article")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["READER_HOME"] = str(Path(tmp) / "home")
        env = dict(os.environ)
        # An installed app has its modules compiled (pip does it); without this, a shell
        # with PYTHONDONTWRITEBYTECODE set would charge compiling them to every process.
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        packages = [str(ROOT / name) for name in ("documents", "index", "glossary", "reader")]
        subprocess.run([sys.executable, "-m", "compileall", "-q", *packages], env=env, check=True)
        from reader.library import open_library

        run(["index"], env)  # the bundled documents, so the library is in use already
        print(
            "| folder | MB | add s | index s | add + index wall s (CPU s) "
            "| FTS5 s | ratio wall (CPU) | index MB/s |"
        )
        print("|---|---:|---:|---:|---:|---:|---:|---:|")
        for label, seed in (("first", 21), ("second", 22)):
            folder = Path(tmp) / f"folder-{seed}"
            size = write_folder(folder, args.articles, args.kb * 1000, seed)
            before = set(open_library().ids())
            add = run(["add", str(folder)], env)
            index = run(["index"], env)
            library = open_library()
            documents = [library.get(i) for i in library.ids() if i not in before]
            assert len(documents) == args.articles, "every article should be in the library"
            fts = fts5_seconds(documents)
            wall, cpu = add[0] + index[0], add[1] + index[1]
            mb = size / 1e6
            print(
                f"| {label} ({args.articles} articles) | {mb:.2f} | {add[0]:.2f} | "
                f"{index[0]:.2f} | {wall:.2f} ({cpu:.2f}) | {fts:.3f} | "
                f"{wall / fts:.0f}× ({cpu / fts:.0f}×) | {mb / index[0]:.2f} |"
            )


if __name__ == "__main__":
    main()
