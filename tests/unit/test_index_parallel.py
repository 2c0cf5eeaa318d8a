"""A large build on two processes finds and ranks exactly what a one-process build does."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from test_index_records import make_document

from documents.model import Document
from index import SearchIndex, parallel, vocabulary
from index.parallel import helper_share
from index.writer import BulkWriter

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


@pytest.fixture(autouse=True)
def new_processes(monkeypatch: pytest.MonkeyPatch) -> None:
    """Helpers are new processes unless a test forks them (pytest may run threads)."""
    monkeypatch.setattr(parallel, "FORK_HELPERS", False)


@pytest.mark.parametrize("forked", [False, True], ids=["new process", "fork"])
def test_a_helper_process_builds_the_same_index(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, forked: bool
) -> None:
    documents = _documents()
    one = SearchIndex(tmp_path / "one")
    one.sync(documents)
    monkeypatch.setattr(parallel, "PARALLEL_MIN_CHARS", 1)
    monkeypatch.setattr(parallel, "HELPER_START_CHARS", 0)
    monkeypatch.setattr(parallel, "FORK_MIN_CHARS", 1)
    monkeypatch.setattr(parallel, "FORK_HELPERS", forked)
    monkeypatch.setattr(parallel.threading, "active_count", lambda: 1)  # pytest's own threads
    assert parallel.can_fork() is forked
    assert 0 < helper_share(documents, forked) < len(documents)
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
    monkeypatch.setattr(parallel, "HELPER_START_CHARS", 0)
    documents = _documents(4)
    index = SearchIndex(tmp_path / "ix")
    report = index.sync(documents, dates_for=lambda document: [])  # a lambda cannot be sent
    assert report.added == [d.id for d in documents]
    assert index.status().sentences == sum(len(d.sentences) for d in documents)


def test_a_sync_cancelled_while_its_helper_works_commits_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The sync's own segment is written before it waits for the helper; cancelled then,
    neither segment enters the index, and the next sync indexes everything."""
    monkeypatch.setattr(parallel, "PARALLEL_MIN_CHARS", 1)
    monkeypatch.setattr(parallel, "HELPER_START_CHARS", 0)
    finished: list[bool] = []
    finish = BulkWriter.finish_segment

    def finish_and_note(writer: BulkWriter) -> None:
        finish(writer)
        finished.append(True)

    monkeypatch.setattr(BulkWriter, "finish_segment", finish_and_note)
    documents = _documents(4)
    index = SearchIndex(tmp_path / "ix")
    assert index.sync(documents, cancelled=lambda: bool(finished)).cancelled
    assert finished and index.status().documents == 0
    finished.clear()
    report = index.sync(documents)
    assert report.added == [d.id for d in documents] and finished
    assert index.status().sentences == sum(len(d.sentences) for d in documents)


def test_a_sync_cancelled_while_it_indexes_the_failed_helpers_part_commits_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(parallel, "PARALLEL_MIN_CHARS", 1)
    monkeypatch.setattr(parallel, "HELPER_START_CHARS", 0)
    documents = _documents()
    share = helper_share(documents)
    assert share >= 2
    own = len(documents) - share
    seen: list[int] = []
    index = SearchIndex(tmp_path / "ix")
    report = index.sync(
        documents,
        progress=lambda done, total: seen.append(done),
        dates_for=lambda document: [],  # a lambda cannot be sent: the helper fails at once
        cancelled=lambda: bool(seen) and seen[-1] > own,
    )
    assert report.cancelled and seen[-1] == own + 1
    assert index.status().documents == 0
    assert index.sync(documents).added == [d.id for d in documents]


def test_the_helper_takes_half_of_the_text_left_after_its_start(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(parallel, "PARALLEL_MIN_CHARS", 1)
    monkeypatch.setattr(parallel, "HELPER_START_CHARS", 0)
    documents = _documents()
    total = sum(len(d.text) for d in documents)
    even = helper_share(documents)
    assert sum(len(d.text) for d in documents[-even:]) <= total / 2
    monkeypatch.setattr(parallel, "HELPER_START_CHARS", total // 4)
    fewer = helper_share(documents)
    assert 0 < fewer < even
    assert sum(len(d.text) for d in documents[-fewer:]) <= (total - total // 4) / 2


def test_a_forked_helper_gets_the_date_tagger_as_it_is(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A fork needs nothing pickled: a lambda tagger dates the helper's part too, and the
    words the helper analysed come back to the sync's cache."""
    monkeypatch.setattr(parallel, "FORK_MIN_CHARS", 1)
    monkeypatch.setattr(parallel, "FORK_HELPERS", True)
    monkeypatch.setattr(parallel.threading, "active_count", lambda: 1)
    documents = _documents(4)
    last = documents[-1]
    assert helper_share(documents, forked=True) >= 1
    index = SearchIndex(tmp_path / "ix")
    report = index.sync(
        documents, dates_for=lambda document: [(0, date(2001, 2, 3), date(2001, 2, 3))]
    )
    assert report.added == [d.id for d in documents] and not report.warnings
    assert len(list((tmp_path / "ix").glob("*.seg"))) == 2
    dated = index.search("Jahr", docs=[last.id], date_from=date(2001, 2, 3), limit=100).hits
    assert [hit.sentence for hit in dated] == [0]


def test_the_first_document_is_dated_while_the_new_words_are_analysed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With the batch's new words analysed on two cores first, the sync tags its first
    document meanwhile: each document is tagged once, in the process that indexes it, and
    the first one's dates reach the index."""
    monkeypatch.setattr(parallel, "FORK_MIN_CHARS", 1)
    monkeypatch.setattr(parallel, "FORK_HELPERS", True)
    monkeypatch.setattr(parallel.threading, "active_count", lambda: 1)
    monkeypatch.setattr(vocabulary, "MIN_NEW_TOKENS", 0)  # the two cores, whatever is known
    documents = _documents(4)
    tagged: list[str] = []

    def dates_for(document: Document) -> list[tuple[int, date, date]]:
        tagged.append(document.id)  # in this process only (the helper's list is its own)
        return [(1, date(2002, 3, 4), date(2002, 3, 4))]

    index = SearchIndex(tmp_path / "ix")
    report = index.sync(documents, dates_for=dates_for)
    share = helper_share(documents, forked=True)
    assert report.added == [d.id for d in documents] and not report.warnings
    assert tagged == [d.id for d in documents[: len(documents) - share]]
    for document in (documents[0], documents[-1]):
        dated = index.search("Jahr", docs=[document.id], date_from=date(2002, 3, 4)).hits
        assert [hit.sentence for hit in dated] == [1]
