"""A large build on two processes finds and ranks exactly what a one-process build does."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_index_records import make_document

from documents.model import Document
from index import SearchIndex, parallel
from index.parallel import helper_share

WORDS = (
    "Krieg Frieden Grenzschließung Minsk Moskau Sanktionen Wagner-Söldner Luftwaffenbasis "
    "Manöver Militärmanöver Abkommen Regierung Opposition Wahlen Proteste Gaslieferungen"
).split()


def _documents(count: int = 8) -> list[Document]:
    documents = []
    for n in range(count):
        sentences = [
            f"Die {WORDS[(n + i) % len(WORDS)]} und der {WORDS[(n * 3 + i) % len(WORDS)]} "
            f"trafen {WORDS[(i * 5 + n) % len(WORDS)]} im Jahr {2000 + i}."
            for i in range(12)
        ]
        documents.append(make_document(f"doc-{n}", " ".join(sentences), title=f"Titel {n}"))
    return documents


def _hits(index: SearchIndex, query: str) -> list[tuple[str, int, float]]:
    return [(hit.doc, hit.sentence, round(hit.score, 9)) for hit in index.search(query).hits]


def test_a_helper_process_builds_the_same_index(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    documents = _documents()
    one = SearchIndex(tmp_path / "one")
    one.sync(documents)
    monkeypatch.setattr(parallel, "PARALLEL_MIN_CHARS", 1)
    assert 0 < helper_share(documents) < len(documents)
    seen: list[tuple[int, int]] = []
    two = SearchIndex(tmp_path / "two")
    report = two.sync(documents, progress=lambda done, total: seen.append((done, total)))
    assert report.added == [d.id for d in documents] and not report.warnings
    assert seen[-1] == (len(documents), len(documents))
    assert two.status().sentences == one.status().sentences
    for query in ("Krieg", "Manöver", "Minsk OR Moskau", '"Wagner-Söldner"', "Grenz*", "Titel"):
        assert _hits(two, query) == _hits(one, query), query
    assert len(list((tmp_path / "two").glob("*.seg"))) == 2


def test_without_a_helper_the_sync_indexes_everything_itself(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(parallel, "PARALLEL_MIN_CHARS", 1)
    documents = _documents(4)
    index = SearchIndex(tmp_path / "ix")
    report = index.sync(documents, dates_for=lambda document: [])  # a lambda cannot be sent
    assert report.added == [d.id for d in documents]
    assert index.status().sentences == sum(len(d.sentences) for d in documents)
