"""Fingerprint of what the search benchmark's queries find, to show a speed change kept them.

Runs the queries of ``benchmarks/search.py`` (every kind, the alias names as it gives them, the
alias queries a second time as its "alias again" row) on the same corpus and index shape (one
build, then one changed document: two segments; unlike the timing run, its index also holds
the sentences' dates, which the date-range queries need), and its single words once more within one
document, within a date range and with ``limit=3`` (the collector's filtered and cut paths). It
prints, per kind, a SHA-256 of the ranked result lists (document, sentence start and the
score's exact ``float.hex``, in order) and one of everything else a hit shows (highlights, via,
notes, suggestion, fallback), and the number of hits. Equal before and after a change means the
same ranking, the same scores to the last bit and the same display. It refuses (exit status 1)
an index it cannot search (an outdated ``--index``) and a run without a single hit: two such
runs would digest equal and prove nothing.

Usage: ``python benchmarks/search_results.py [--size MB] [--index DIR] [--dump FILE]``
(``--index`` keeps the built index in DIR and reuses it when it is there; ``--dump`` writes
every query's results as JSON, to find the first difference).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import tempfile
from datetime import date
from pathlib import Path
from typing import Any

from corpus import corpus_documents
from search import alias_names, changed, sample_queries

from index import SearchIndex, sentence_date_intervals
from index.errors import QueryError
from index.search import SearchResult

KINDS = ("word", "AND", "phrase", "prefix", "alias", "alias again")
SCOPED = ("one document", "dated", "limit 3")
"""Kinds that run the single words again with a filter or a small limit."""


def ranked(result: SearchResult) -> list[tuple[str, int, str]]:
    """What the ranking is: each hit's sentence and its exact score, best first."""
    return [(hit.doc, hit.start, hit.score.hex()) for hit in result.hits]


def shown(result: SearchResult) -> list[object]:
    """Everything else a reader sees of a result."""
    return [
        result.notes,
        result.suggestion,
        result.fell_back,
        [[hit.highlights, hit.via, hit.title_match] for hit in result.hits],
    ]


def fingerprints(index: SearchIndex, size: float) -> tuple[dict[str, tuple[str, str, int]], dict]:
    """Per kind, the digests of the ranked lists and of the rest, and the number of hits; and
    every result."""
    documents = corpus_documents(int(size * 1_000_000))
    queries = sample_queries(documents)
    aliases = alias_names(documents, queries["alias"])
    scopes: dict[str, dict[str, Any]] = {
        "one document": {"docs": [documents[0].id]},
        "dated": {"date_from": date(1900, 1, 1), "date_to": date(2100, 12, 31)},
        "limit 3": {"limit": 3},
    }
    del documents
    digests: dict[str, tuple[str, str, int]] = {}
    every: dict[str, list[object]] = {}
    for kind in (*KINDS, *SCOPED):
        batch = queries["alias" if kind == "alias again" else "word" if kind in SCOPED else kind]
        options = scopes.get(kind, {"aliases": aliases if kind.startswith("alias") else None})
        ranks, rest, hits = hashlib.sha256(), hashlib.sha256(), 0
        every[kind] = []
        for query in batch:
            try:
                result = index.search(query, **options)
            except QueryError as error:
                result = SearchResult(query=query, notes=[f"QueryError: {error}"])
            ranks.update(json.dumps([query, ranked(result)]).encode())
            rest.update(json.dumps(shown(result)).encode())
            every[kind].append([query, ranked(result), shown(result)])
            hits += len(result.hits)
        digests[kind] = (ranks.hexdigest()[:16], rest.hexdigest()[:16], hits)
    return digests, every


def build(path: Path, size: float) -> None:
    """The benchmark's index: the corpus, then its last document changed; with the sentences'
    dates, as the app indexes them (the date filter needs them)."""
    documents = corpus_documents(int(size * 1_000_000))
    index = SearchIndex(path, lock_timeout=60, limitmb=256)
    index.sync(documents, dates_for=sentence_date_intervals)
    index.sync([*documents[:-1], changed(documents[-1])], dates_for=sentence_date_intervals)
    index.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", type=float, default=10, metavar="MB")
    parser.add_argument("--index", type=Path, help="keep (or reuse) the index here")
    parser.add_argument("--dump", type=Path, help="write every query's results here")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        path = args.index or Path(tmp) / "index"
        if not (path / "reader-index.json").exists():
            build(path, args.size)
        index = SearchIndex(path, lock_timeout=60)
        state = index.status().state
        if state != "ready":
            print(f"the index in {path} is {state}: rebuild it (delete it)", file=sys.stderr)
            return 1
        digests, every = fingerprints(index, args.size)
    if args.dump:
        args.dump.write_text(json.dumps(every))
    print("| kind | ranked | shown | hits |\n|---|---|---|---|")
    for kind, (ranks, rest, hits) in digests.items():
        print(f"| {kind} | {ranks} | {rest} | {hits} |")
    total = sum(hits for _ranks, _rest, hits in digests.values())
    print(f"hits in all: {total}")
    if not total:
        print("not a single hit: the digests prove nothing", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
