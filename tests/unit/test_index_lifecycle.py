"""The index on disk: first build, incremental updates, schema change, damage, locks."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from test_index_records import make_document
from whoosh import index as whoosh_index
from whoosh.filedb.filestore import FileStorage

from documents.model import Document
from index import SearchIndex, Unread
from index import build as index_build
from index.build import sentence_date_intervals
from index.store import SYNC_LOCK, VERSION_FILE

HERE = Path(__file__).parent
ROOT = HERE.parents[1]


def library() -> list[Document]:
    return [
        make_document("a", "Der Wal singt im Meer. Die Möwe ruft am Strand.", title="Meer"),
        make_document("b", "Das Boot schaukelt im Hafen. Der Fischer flickt Netze."),
        make_document("c", "Im Wald steht eine Hütte. Der Förster zählt Bäume."),
    ]


@pytest.fixture
def index(tmp_path: Path) -> SearchIndex:
    return SearchIndex(tmp_path / "index", lock_timeout=0.2)


def docs_found(index: SearchIndex, query: str) -> set[str]:
    return {hit.doc for hit in index.search(query).hits}


def test_first_build_reports_progress_and_counts(index: SearchIndex) -> None:
    assert index.status().state == "missing"
    assert index.search("Wal").notes == ["The search index is not built yet."]
    calls: list[tuple[int, int]] = []
    report = index.sync(library(), progress=lambda done, total: calls.append((done, total)))
    assert report.rebuilt and report.notice is None
    assert report.added == ["a", "b", "c"]
    assert calls == [(0, 3), (1, 3), (2, 3), (3, 3)]
    status = index.status()
    assert (status.state, status.documents, status.sentences) == ("ready", 3, 6)
    assert docs_found(index, "Hafen") == {"b"}


def test_unchanged_documents_are_not_touched(index: SearchIndex) -> None:
    index.sync(library())
    seen: list[str] = []
    report = index.sync(library(), dates_for=lambda d: seen.append(d.id) or [])
    assert (report.added, report.changed, report.removed, report.unchanged) == ([], [], [], 3)
    assert seen == []


def test_unread_documents_are_read_only_when_the_index_lacks_them(index: SearchIndex) -> None:
    a, b, c = library()
    index.sync([a, b])
    read: list[str] = []

    def unread(document: Document | None, doc_id: str, content_hash: str) -> Unread:
        def reading() -> Document | None:
            read.append(doc_id)
            return document

        return Unread(doc_id, content_hash, reading)

    gone = unread(None, "b", "another version")  # its file can no longer be read
    report = index.sync([unread(a, "a", a.content_hash), gone, unread(c, "c", c.content_hash)])
    assert (report.added, report.removed, report.unchanged) == (["c"], ["b"], 1)
    assert read == ["b", "c"]
    assert docs_found(index, "Hütte") == {"c"}
    assert docs_found(index, "Hafen") == set()


def test_changed_and_removed_documents_update_only_their_records(index: SearchIndex) -> None:
    index.sync(library())
    a, _, c = library()
    changed = make_document("c", "Im Wald steht ein Turm. Der Förster zählt Vögel.")
    seen: list[str] = []
    report = index.sync([a, changed], dates_for=lambda d: seen.append(d.id) or [])
    assert (report.changed, report.removed, report.unchanged) == (["c"], ["b"], 1)
    assert seen == ["c"]
    assert docs_found(index, "Hütte") == set()
    assert docs_found(index, "Turm") == {"c"}
    assert docs_found(index, "Hafen") == set()
    assert docs_found(index, "Wal") == {"a"}
    assert (index.status().documents, index.status().sentences) == (2, 4)
    assert c.content_hash != changed.content_hash


def test_a_new_schema_version_rebuilds_with_a_notice(index: SearchIndex) -> None:
    index.sync(library())
    (index.path / VERSION_FILE).write_text(json.dumps({"schema_version": 0}))
    fresh = SearchIndex(index.path)
    assert fresh.status().state == "outdated"
    assert "older version" in fresh.search("Wal").notes[0]
    report = fresh.sync(library())
    assert report.rebuilt and "older version" in (report.notice or "")
    assert docs_found(fresh, "Wal") == {"a"}


def _remove_segment(path: Path) -> None:
    next(path.glob("*.seg")).unlink()


def _truncate_segment(path: Path) -> None:
    segment = next(path.glob("*.seg"))
    with segment.open("r+b") as handle:
        handle.truncate(segment.stat().st_size // 2)


def _garble_toc(path: Path) -> None:
    next(path.glob("_MAIN_*.toc")).write_bytes(os.urandom(256))


def _remove_toc(path: Path) -> None:
    next(path.glob("_MAIN_*.toc")).unlink()


@pytest.mark.parametrize("damage", [_remove_segment, _truncate_segment, _garble_toc, _remove_toc])
def test_a_damaged_index_is_reported_then_rebuilt(
    index: SearchIndex, damage: Callable[[Path], None]
) -> None:
    index.sync(library())
    index.close()
    damage(index.path)
    reopened = SearchIndex(index.path)
    result = reopened.search("Wal")
    assert result.hits == [] and "damaged" in result.notes[0]
    assert reopened.status().state == "damaged"
    report = reopened.sync(library())
    assert report.rebuilt and "damaged" in (report.notice or "")
    assert docs_found(reopened, "Wal") == {"a"}
    assert reopened.status().documents == 3


def test_damage_found_by_an_open_searcher_is_rebuilt(index: SearchIndex) -> None:
    index.sync(library())
    assert docs_found(index, "Wal") == {"a"}
    _truncate_segment(index.path)
    index.close()  # a running app would notice on the next read instead
    assert index.search("Möwe").hits == []
    assert index.sync(library()).rebuilt


def test_a_held_sync_lock_reports_busy(index: SearchIndex) -> None:
    index.sync(library()[:2])
    lock = FileStorage(str(index.path)).lock(SYNC_LOCK)
    assert lock.acquire()
    try:
        report = index.sync(library())
        assert report.busy and "busy" in (report.notice or "")
        assert docs_found(index, "Wal") == {"a"}  # reading goes on
    finally:
        lock.release()
    assert index.sync(library()).added == ["c"]


def test_a_held_whoosh_writer_reports_busy(index: SearchIndex) -> None:
    index.sync(library()[:2])
    writer = whoosh_index.open_dir(str(index.path)).writer()
    try:
        assert index.sync(library()).busy
    finally:
        writer.cancel()
    assert index.sync(library()).added == ["c"]


def test_cancelling_discards_the_sync(index: SearchIndex) -> None:
    report = index.sync(library(), cancelled=lambda: True)
    assert report.cancelled
    assert index.status().documents == 0
    assert index.sync(library()).added == ["a", "b", "c"]


def test_a_failing_date_tagger_costs_dates_not_the_index(index: SearchIndex) -> None:
    def broken(document: Document) -> list:
        raise ValueError("no dates today")

    report = index.sync(library(), dates_for=broken)
    assert len(report.warnings) == 3 and "no dates today" in report.warnings[0]
    assert index.status().documents == 3


def test_rebuild_starts_from_scratch(index: SearchIndex) -> None:
    index.sync(library())
    report = index.rebuild(library()[:1])
    assert report.rebuilt and report.notice is None and report.added == ["a"]
    assert index.status().documents == 1


SYNC_SCRIPT = """
import json, sys
from pathlib import Path
from test_index_records import make_document
from index import SearchIndex

docs = [
    make_document(f"doc{i}", " ".join(f"Satz {j} von Dokument {i} über Wale." for j in range(40)))
    for i in range(30)
]
report = SearchIndex(Path(sys.argv[1]), lock_timeout=120).sync(docs)
print(json.dumps({"added": len(report.added), "busy": report.busy}))
"""


def test_two_processes_syncing_at_once_do_not_corrupt_the_index(tmp_path: Path) -> None:
    path = tmp_path / "index"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(HERE), str(ROOT)])}
    runs = [
        subprocess.Popen(
            [sys.executable, "-c", SYNC_SCRIPT, str(path)],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(2)
    ]
    reports = []
    for run in runs:
        out, err = run.communicate(timeout=300)
        assert run.returncode == 0, err
        reports.append(json.loads(out))
    assert sorted(r["added"] for r in reports) == [0, 30]
    index = SearchIndex(path)
    status = index.status()
    assert (status.state, status.documents, status.sentences) == ("ready", 30, 1200)
    hits = index.search('"Satz 7 von Dokument 3"', limit=10).hits
    assert [(h.doc, h.sentence) for h in hits][:1] == [("doc3", 7)]


def test_a_corrected_publication_date_re_dates_the_sentences(index: SearchIndex) -> None:
    """Review 21 F2: ``reader meta --set published=`` keeps the bytes, so a sync that looked at
    the content hash alone kept "gestern" on the old day in date-filtered searches while the
    timeline moved it. The index's stamp holds the anchor date too."""
    text = "Der Damm brach gestern. Die Stadt blieb trocken."
    index.sync([make_document("d", text, published="2021-05-04")], None, sentence_date_intervals)

    def dated(day: date) -> set[str]:
        return {hit.doc for hit in index.search("Damm", date_from=day, date_to=day).hits}

    assert dated(date(2021, 5, 3)) == {"d"}
    corrected = make_document("d", text, published="2022-03-10")
    report = index.sync([corrected], None, sentence_date_intervals)
    assert report.changed == ["d"]
    assert (dated(date(2021, 5, 3)), dated(date(2022, 3, 9))) == (set(), {"d"})
    read: list[str] = []
    unread = Unread(
        "d", corrected.content_hash, lambda: read.append("d") or corrected, "2022-03-10"
    )
    assert index.sync([unread]).unchanged == 1 and read == []


def test_a_new_parse_pipeline_indexes_the_documents_again(
    index: SearchIndex, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Review22 F4: a new ``PIPELINE_VERSION`` parses the same bytes into other offsets, so the
    stored offsets of an index built by the previous release open hits at the wrong words."""
    with monkeypatch.context() as older:
        older.setattr(index_build, "PIPELINE_VERSION", index_build.PIPELINE_VERSION - 1)
        index.sync(library())
    report = index.sync(library())
    assert (report.changed, report.unchanged) == (["a", "b", "c"], 0)
    assert index.sync(library()).unchanged == 3
