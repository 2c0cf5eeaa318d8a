"""Adding a folder of articles until it is searchable, against SQLite FTS5 on the same sentences.

A fresh library (READER_HOME in a temporary directory, the bundled documents indexed first,
unmeasured) gets a folder of ARTICLES articles through ``reader add FOLDER`` and then ``reader
index``, each a fresh process as a user runs them. A second folder of other articles is added
the same way: by then the library's token analysis cache knows the common words, as it does
for anyone adding a second batch.

Two kinds of articles. Generated (the default, ``benchmarks/corpus.py``): German-like text with
a Zipf vocabulary, compounds and umlauts, about 28 KB each; nearly every content word is new
to the library, the worst case for the analysis. Only one paragraph of the second folder
needs the language model, so there that folder's ``reader add`` unpacks it. Real
(``--real``): the German prose of the development sets' tuning halves (``benchmarks/data``:
XQuAD's Wikipedia paragraphs, the narrative and own texts of the dates and names sets, the
cross-link texts; never a bundled seed and never a text any set holds aside; 108 texts,
0.27 MB on 6 December 2026, more as the sets grow), dealt in turn to the 2 × ARTICLES
articles of the two folders (about 6 KB each; a text's paragraphs stay together). Their
paragraphs send a few samples to the language model (names, quoted English), so the first
folder pays for unpacking it once per library. The peer is SQLite FTS5 (unicode61,
diacritics removed) indexing exactly the sentences the library made of the same files, timed
in the same run; FTS5 does no stemming, folding or decompounding.

Reported per folder: wall and CPU seconds (user + system of the child processes) of add and
index, FTS5's wall and CPU seconds, and the ratios of wall to wall and CPU to CPU. CPU is
given because the machine is shared: wall time grows with the load. Both runs also print the
index build's own rate (MB of text per second of ``reader index``). The packages are
compiled to bytecode first, as an installed app's are.

Usage: python benchmarks/library_add.py [--articles 22] [--kb 28 | --real]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sqlite3
import subprocess
import sys
import tempfile
import time
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "benchmarks" / "data"
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


def real_texts() -> list[str]:
    """The development sets' German texts that no set holds aside (a text some set keeps
    aside, though another tunes on it, is left out), in the order of their ids."""
    parts = [json.loads((DATA / name).read_text(encoding="utf-8"))["documents"]
             for name in ("timex_dev.json", "timex_narrative.json", "names_dev.json")]  # fmt: skip
    held = {doc["id"] for documents in parts for doc in documents if doc["split"] != "tune"}
    texts = {
        doc["id"]: doc["text"]
        for documents in parts
        for doc in documents
        # the names set gives no language: its ids name it (own-de-…, xquad-de-…)
        if "text" in doc
        and doc["id"] not in held
        and (doc.get("language") == "de" or "-de-" in doc["id"])
    }
    links = tomllib.loads((DATA / "links" / "catalog.toml").read_text(encoding="utf-8"))
    for doc in links["document"]:
        if doc["language"] == "de":
            texts[f"links-{doc['id']}"] = (DATA / "links" / doc["file"]).read_text("utf-8")
    return [texts[key].strip() for key in sorted(texts)]


def write_real_folders(folders: list[Path], articles: int) -> list[int]:
    """:func:`real_texts` dealt in turn to ``articles`` articles in each of ``folders``
    (joined by blank lines); returns each folder's bytes."""
    texts = real_texts()
    slots = len(folders) * articles
    sizes = []
    for number, folder in enumerate(folders):
        folder.mkdir(parents=True)
        total = 0
        for n in range(articles):
            slot = n * len(folders) + number  # the folders take turns: equal shares
            text = "\n\n".join(texts[slot::slots])
            (folder / f"artikel-{slot:02d}.txt").write_text(text + "\n", encoding="utf-8")
            total += len(text.encode())
        sizes.append(total)
    return sizes


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


def fts5_seconds(documents: list[Document]) -> tuple[float, float]:
    """Wall and CPU seconds for FTS5 to index every sentence of ``documents`` (in-process)."""
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
    started, cpu = time.perf_counter(), time.process_time()
    db.executemany("INSERT INTO s VALUES (?, ?, ?)", rows)
    db.commit()
    seconds = time.perf_counter() - started, time.process_time() - cpu
    db.close()
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=22)
    kind = parser.add_mutually_exclusive_group()
    kind.add_argument("--kb", type=int, default=28, help="size of each generated article")
    kind.add_argument("--real", action="store_true", help="the development sets' German texts")
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
            "| FTS5 s (CPU s) | ratio wall (CPU) | index MB/s |"
        )
        print("|---|---:|---:|---:|---:|---:|---:|---:|")
        folders = [Path(tmp) / "folder-21", Path(tmp) / "folder-22"]
        if args.real:
            sizes = write_real_folders(folders, args.articles)
        else:
            sizes = [
                write_folder(folder, args.articles, args.kb * 1000, seed)
                for folder, seed in zip(folders, (21, 22), strict=True)
            ]
        for label, folder, size in zip(("first", "second"), folders, sizes, strict=True):
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
                f"{index[0]:.2f} | {wall:.2f} ({cpu:.2f}) | {fts[0]:.3f} ({fts[1]:.3f}) | "
                f"{wall / fts[0]:.0f}× ({cpu / fts[1]:.0f}×) | {mb / index[0]:.2f} |"
            )


if __name__ == "__main__":
    main()
