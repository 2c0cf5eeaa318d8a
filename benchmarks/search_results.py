"""Fingerprint of what the search benchmark's queries find, to show a speed change kept them.

Runs the queries of ``benchmarks/search.py`` (every kind, the alias names as it gives them, the
alias queries a second time as its "alias again" row) on the same corpus and index shape (one
build, then one changed document: two segments) and prints, per kind, a SHA-256 of the ranked
result lists (document, sentence start and score rounded to 1e-9, in order) and one of
everything else a hit shows (highlights, via, notes, suggestion, fallback). Equal before and
after a change means the same ranking and the same display.

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
from pathlib import Path

from corpus import corpus_documents
from search import alias_names, changed, sample_queries

from index import SearchIndex
from index.errors import QueryError
from index.search import SearchResult

KINDS = ("word", "AND", "phrase", "prefix", "alias", "alias again")


def ranked(result: SearchResult) -> list[tuple[str, int, float]]:
    """What the ranking is: each hit's sentence and its score to 1e-9, best first."""
    return [(hit.doc, hit.start, round(hit.score, 9)) for hit in result.hits]


def shown(result: SearchResult) -> list[object]:
    """Everything else a reader sees of a result."""
    return [
        result.notes,
        result.suggestion,
        result.fell_back,
        [[hit.highlights, hit.via, hit.title_match] for hit in result.hits],
    ]


def fingerprints(index: SearchIndex, size: float) -> tuple[dict[str, tuple[str, str]], dict]:
    """Per kind, the digests of the ranked lists and of the rest; and every result."""
    documents = corpus_documents(int(size * 1_000_000))
    queries = sample_queries(documents)
    aliases = alias_names(documents, queries["alias"])
    del documents
    digests: dict[str, tuple[str, str]] = {}
    every: dict[str, list[object]] = {}
    for kind in KINDS:
        batch = queries["alias" if kind == "alias again" else kind]
        names = aliases if kind.startswith("alias") else None
        ranks, rest = hashlib.sha256(), hashlib.sha256()
        every[kind] = []
        for query in batch:
            try:
                result = index.search(query, aliases=names)
            except QueryError as error:
                result = SearchResult(query=query, notes=[f"QueryError: {error}"])
            ranks.update(json.dumps([query, ranked(result)]).encode())
            rest.update(json.dumps(shown(result)).encode())
            every[kind].append([query, ranked(result), shown(result)])
        digests[kind] = (ranks.hexdigest()[:16], rest.hexdigest()[:16])
    return digests, every


def build(path: Path, size: float) -> None:
    """The benchmark's index: the corpus, then its last document changed."""
    documents = corpus_documents(int(size * 1_000_000))
    index = SearchIndex(path, lock_timeout=60, limitmb=256)
    index.sync(documents)
    index.sync([*documents[:-1], changed(documents[-1])])
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
        digests, every = fingerprints(SearchIndex(path, lock_timeout=60), args.size)
    if args.dump:
        args.dump.write_text(json.dumps(every))
    print("| kind | ranked | shown |\n|---|---|---|")
    for kind, (ranks, rest) in digests.items():
        print(f"| {kind} | {ranks} | {rest} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
