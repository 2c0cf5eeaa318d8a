"""Search benchmark: our Whoosh index against SQLite FTS5 on the same generated corpus.

Measures build throughput (MB/s; Whoosh also with ``procs=2``), the update of one changed
document, and query latency p50/p95 by kind. FTS5 (unicode61, diacritics removed) does no
stemming, decompounding or highlighting of compound parts, so it is a speed reference, not
an equal. Prints a Markdown table.

The build runs in this process's only thread, as ``reader index`` does, so a large one forks
its helper (``index.parallel``); the app syncs from a worker thread and starts its helper as
a new interpreter instead (about a second more CPU).

Usage: ``python benchmarks/search.py [--sizes 1 10] [--large] [--limitmb 128]`` (``--large``
adds 50 MB, which takes several minutes to build; ``--limitmb`` sets the index writer's pool
memory, 256 by default here, 128 in the app).
"""

from __future__ import annotations

import argparse
import gc
import random
import resource
import sqlite3
import statistics
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from corpus import corpus_documents, to_document
from whoosh import index as whoosh_index

from documents.model import Document
from index import SearchIndex
from index.build import document_records
from index.schema import build_schema
from reader.collector import TypingCollector

QUERIES_PER_KIND = 100
"""Enough that a p95 is the sixth-slowest query of a kind, not one unlucky query."""


class Aliases:
    """Stands in for the glossary: every sampled word has two other names."""

    def __init__(self, names: dict[str, list[str]]) -> None:
        self.names = names

    def other_names(self, word: str) -> list[str]:
        return self.names.get(word, [])

    def is_name(self, word: str) -> bool:
        """Sampled words are ordinary words: they keep the stemmed lookup being measured."""
        return False

    def is_title_of(self, title: str, name: str) -> bool:
        """No sampled word is a title."""
        return False


def sample_queries(documents: list[Document], seed: int = 1) -> dict[str, list[str]]:
    """Queries by kind, from words of middling frequency so that they have some hits."""
    rng = random.Random(seed)
    counts = Counter(
        word.strip(",.?!") for d in documents[:40] for word in d.text.split() if len(word) > 4
    )
    ranked = [word for word, n in counts.most_common() if n >= 3 and word.isalpha()]
    middling = ranked[len(ranked) // 20 : len(ranked) // 2] or ranked
    sentences = _sentences(documents)
    words = [rng.choice(middling) for _ in range(QUERIES_PER_KIND)]
    return {
        "word": words,
        "AND": [f"{rng.choice(middling)} {rng.choice(middling)}" for _ in words],
        "phrase": [f'"{_two_words(rng, sentences)}"' for _ in words],
        "prefix": [w[:4] + "*" for w in words],
        "alias": words,
    }


def _sentences(documents: list[Document]) -> list[str]:
    return [d.sentence_text(i) for d in documents[:40] for i in range(len(d.sentences))]


def _two_words(rng: random.Random, sentences: list[str]) -> str:
    """Two neighbouring words of a random sentence."""
    words = [w.strip(",.?!") for w in rng.choice(sentences).split()]
    start = rng.randrange(max(1, len(words) - 1))
    return " ".join(words[start : start + 2])


def alias_names(documents: list[Document], words: list[str], seed: int = 2) -> Aliases:
    """Every alias query's word its own names: the word with "-ung" and a two-word name made
    of neighbouring words of the corpus, different for each word. A cache of alias phrases
    then helps only a name searched again; the first search of each name is the goal's
    figure (an earlier version gave every word the same phrase, "Minsk Putin")."""
    rng = random.Random(seed)
    sentences = _sentences(documents)
    names: dict[str, list[str]] = {}
    used: set[str] = set()
    for word in words:
        phrase = ""
        while not (len(phrase.split()) == 2 and phrase.replace(" ", "").isalpha()) or (
            phrase in used
        ):
            phrase = _two_words(rng, sentences)
        used.add(phrase)
        names.setdefault(word, [word + "ung", phrase])
    return Aliases(names)


def timed(run: Callable[[], object]) -> float:
    start = time.perf_counter()
    run()
    return time.perf_counter() - start


def cpu_timed(run: Callable[[], object]) -> float:
    """CPU seconds of this process and its helpers (a large build indexes half of the text in
    a helper process): on a shared machine wall time also measures the others."""
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.process_time()
    run()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    helpers = after.ru_utime + after.ru_stime - children.ru_utime - children.ru_stime
    return time.process_time() - start + helpers


def latency(run: Callable[[str], object], queries: list[str]) -> tuple[float, float, float, float]:
    """Wall p50 and p95, CPU p95 and CPU max in milliseconds (after a warm-up of five
    queries); the CPU figures are what a query costs when the machine's other work is not
    counted.

    What this process holds until now (the corpus, the index's caches) is frozen out of the
    cyclic collector first, as the app freezes what survives its collections
    (``reader.collector``): otherwise a full collection that falls in a query walks the
    whole 10 MB corpus, which the app never keeps in sight of the collector. The queries
    then run as typed queries run in the app: its ``TypingCollector`` holds full collections
    back from the first key to the next pause (young and middle ones still run and count).
    """
    for query in queries[:5]:
        run(query)
    gc.collect()
    gc.freeze()
    typing = TypingCollector()
    typing.input_seen()
    walls, cpus = [], []
    for query in queries:
        started, cpu = time.perf_counter(), time.process_time()
        run(query)
        walls.append((time.perf_counter() - started) * 1000)
        cpus.append((time.process_time() - cpu) * 1000)
    typing.stop()
    walls.sort()
    cpus.sort()
    p95 = int(len(walls) * 0.95) - 1
    return statistics.median(walls), walls[p95], cpus[p95], cpus[-1]


def changed(document: Document) -> Document:
    return to_document(document.id, document.text + " Ein neuer Satz über Minsk.")


def bench_whoosh(
    documents: list[Document], queries: dict[str, list[str]], work: Path, limitmb: int
) -> dict:
    index = SearchIndex(work / "whoosh", lock_timeout=60, limitmb=limitmb)
    wall = time.perf_counter()
    build_cpu = cpu_timed(lambda: index.sync(documents))
    build = time.perf_counter() - wall
    update = timed(lambda: index.sync([*documents[:-1], changed(documents[-1])]))
    aliases = alias_names(documents, queries["alias"])
    result = {"build": build, "build_cpu": build_cpu, "update": update}
    for kind, batch in queries.items():
        names = aliases if kind == "alias" else None
        result[kind] = latency(lambda q, names=names: index.search(q, aliases=names), batch)
    result["alias again"] = latency(lambda q: index.search(q, aliases=aliases), queries["alias"])
    return result


def bench_whoosh_procs(documents: list[Document], work: Path, procs: int) -> float:
    """Build time with Whoosh's multiprocessing writer on the same schema and records."""
    path = work / f"whoosh-procs{procs}"
    path.mkdir()

    def build() -> None:
        ix = whoosh_index.create_in(str(path), build_schema())
        writer = ix.writer(procs=procs, limitmb=256)
        for document in documents:
            for record in document_records(document):
                writer.add_document(**record)
        writer.commit()

    return timed(build)


def bench_fts5(documents: list[Document], queries: dict[str, list[str]], work: Path) -> dict:
    db = sqlite3.connect(work / "fts.sqlite3")
    db.execute(
        "CREATE VIRTUAL TABLE s USING fts5(doc UNINDEXED, sent UNINDEXED, text,"
        " tokenize='unicode61 remove_diacritics 2')"
    )

    def insert(document: Document) -> None:
        db.executemany(
            "INSERT INTO s VALUES (?, ?, ?)",
            ((document.id, i, document.sentence_text(i)) for i in range(len(document.sentences))),
        )

    def build() -> None:
        for document in documents:
            insert(document)
        db.commit()

    def update() -> None:
        db.execute("DELETE FROM s WHERE doc = ?", (documents[-1].id,))
        insert(changed(documents[-1]))
        db.commit()

    def search(query: str) -> list:
        sql = (
            "SELECT doc, sent, highlight(s, 2, '[', ']') FROM s WHERE s MATCH ?"
            " ORDER BY rank LIMIT 50"
        )
        return db.execute(sql, (query,)).fetchall()

    aliases = alias_names(documents, queries["alias"])
    fts = {
        "word": queries["word"],
        "AND": queries["AND"],
        "phrase": queries["phrase"],
        "prefix": queries["prefix"],
        "alias": [
            f'{w} OR {names[0]} OR "{names[1]}"'
            for w in queries["alias"]
            for names in [aliases.other_names(w)]
        ],
    }
    fts["alias again"] = fts["alias"]
    wall = time.perf_counter()
    build_cpu = cpu_timed(build)
    result = {"build": time.perf_counter() - wall, "build_cpu": build_cpu, "update": timed(update)}
    for kind, batch in fts.items():
        result[kind] = latency(search, batch)
    db.close()
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=float, nargs="+", default=[1, 10], metavar="MB")
    parser.add_argument("--large", action="store_true", help="also 50 MB (slow)")
    parser.add_argument("--no-procs", action="store_true", help="skip the procs=2 build")
    parser.add_argument(
        "--limitmb",
        type=int,
        default=256,
        help="posting pool memory per writer (the app uses 128; earlier figures used 256)",
    )
    args = parser.parse_args(argv)
    sizes = args.sizes + ([50] if args.large else [])
    rows = []
    for size in sizes:
        documents = corpus_documents(int(size * 1_000_000))
        queries = sample_queries(documents)
        with tempfile.TemporaryDirectory() as tmp:
            work = Path(tmp)
            whoosh = bench_whoosh(documents, queries, work, args.limitmb)
            procs = None if args.no_procs else bench_whoosh_procs(documents, work, 2)
            fts = bench_fts5(documents, queries, work)
        rows.append((size, whoosh, procs, fts))
        print(f"… {size:g} MB done", file=sys.stderr)
    print(table(rows))
    return 0


def table(rows: list[tuple[float, dict, float | None, dict]]) -> str:
    kinds = ["word", "AND", "phrase", "prefix", "alias", "alias again"]
    lines = [
        "| corpus | engine | build MB/s (per CPU s) | update 1 doc | "
        + " | ".join(f"{k} p50/p95 ms (CPU p95, max)" for k in kinds)
        + " |",
        "|" + "---|" * (4 + len(kinds)),
    ]
    for size, whoosh, procs, fts in rows:
        for name, result in (("whoosh (ours)", whoosh), ("sqlite fts5", fts)):
            speed = f"{size / result['build']:.2f} ({size / result['build_cpu']:.2f})"
            if name.startswith("whoosh") and procs is not None:
                speed += f" (procs=2: {size / procs:.2f})"
            cells = [
                f"{result[k][0]:.1f} / {result[k][1]:.1f} ({result[k][2]:.1f}, {result[k][3]:.1f})"
                for k in kinds
            ]
            lines.append(
                f"| {size:g} MB | {name} | {speed} | {result['update'] * 1000:.0f} ms | "
                + " | ".join(cells)
                + " |"
            )
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
