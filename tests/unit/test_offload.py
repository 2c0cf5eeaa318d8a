"""Heavy jobs in a child process: the same result as in this process, failures said in a line."""

from __future__ import annotations

import pickle
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from reader import offload, paths
from reader.library import Library, open_library
from reader.offload import ChildJobFailed, run_in_child
from reader.services import Cancelled, Services, discovered_glossary
from tests.offload_jobs import counted, dying, failing, waiting


def test_the_result_and_progress_come_back() -> None:
    seen: list[object] = []
    assert run_in_child(counted, (["b", "a"],), seen.append) == ["a", "b"]
    assert seen == [1, 2]


def test_a_failure_in_the_child_is_one_clear_line() -> None:
    with pytest.raises(ChildJobFailed, match=r"^ValueError: no such page$"):
        run_in_child(failing, ())


def test_a_child_that_dies_says_how_it_ended() -> None:
    with pytest.raises(ChildJobFailed, match=r"ended without a result \(lost its way\)"):
        run_in_child(dying, ())


def test_a_job_that_cannot_be_sent_fails_at_once() -> None:
    with pytest.raises(ChildJobFailed, match="no child process"):
        run_in_child(lambda progress: None, ())


def test_cancelling_ends_the_child() -> None:
    started: list[object] = []
    with pytest.raises(Cancelled):
        run_in_child(waiting, (), started.append, cancelled=lambda: bool(started))
    assert started == ["started"]


TEXT = (
    "General Alexei Brussilow griff im Juni an. Die Truppen zogen nach Osten.\n\n"
    "Später schrieb Brussilow über den Krieg. Minister Aldo Brezhnavik reiste nach Wilnaburg."
)


def _library(tmp_path: Path) -> Library:
    """A library of one short made-up text (no bundled documents: a fast discovery)."""
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "catalog.toml").write_text("", encoding="utf-8")
    library = open_library(seeds)
    text = tmp_path / "bericht.txt"
    text.write_text(TEXT, encoding="utf-8")
    library.add([text])
    return library


def _offloaded(monkeypatch: pytest.MonkeyPatch, run: Callable[..., object]) -> list[str]:
    """Every library counts as long; ``run`` stands for ``run_in_child``; the jobs' names."""
    monkeypatch.setattr(offload, "OFFLOAD_CHARS", 1)
    jobs: list[str] = []

    def recorded(job: Callable[..., object], *args: object, **kwargs: object) -> object:
        jobs.append(job.__name__)
        return run(job, *args, **kwargs)

    monkeypatch.setattr("reader.services.run_in_child", recorded)
    return jobs


def test_a_long_library_is_indexed_and_read_in_a_child_as_here(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    jobs = _offloaded(monkeypatch, run_in_child)
    services = Services(_library(tmp_path), offload=True)
    documents = services.library.documents()
    curated, catalogue = services.curated_glossary, services.bundled_glossary
    here = discovered_glossary(curated, catalogue, documents, None)  # the child reads its cache
    progress: list[tuple[int, int]] = []
    report = services.sync_index(progress=lambda done, total: progress.append((done, total)))
    assert report.added == ["bericht"] and progress[-1] == (1, 1)
    assert [hit.doc for hit in services.search_index.search("Brussilow").hits] == ["bericht"] * 2
    there = services.glossary
    assert there.entries == here.entries and len(there.entries) > len(curated.entries)
    assert there.fingerprint == here.fingerprint and "matcher" not in there.__dict__
    assert "Aldo Brezhnavik" in {entry.name for entry in there.entries.values()}
    assert jobs == ["sync_in_child", "glossary_in_child"]


def test_features_found_in_a_child_are_those_extracted_here(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    def inline(
        job: Callable[..., object],
        args: tuple[object, ...],
        progress: object = None,
        cancelled: object = None,
    ) -> object:  # the child's side without the process (its loading takes seconds)
        return pickle.loads(pickle.dumps(job(*pickle.loads(pickle.dumps(args)), progress=print)))

    jobs = _offloaded(monkeypatch, inline)
    services = Services(_library(tmp_path), offload=True)
    documents = services.library.documents()
    there = services.features(documents)
    assert jobs == ["glossary_in_child", "features_in_child"]
    shutil.rmtree(paths.cache_dir() / "features")
    here = Services(services.library).features(documents)
    assert there == here and there[0].sentences


def test_a_failed_child_leaves_the_job_to_this_process(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    def failed(job: Callable[..., object], *args: object, **kwargs: object) -> object:
        raise ChildJobFailed("the child process ended without a result (exit code 9)")

    jobs = _offloaded(monkeypatch, failed)
    services = Services(_library(tmp_path), offload=True)
    assert services.sync_index().added == ["bericht"]
    assert services.search_index.search("Brussilow").hits
    assert "Aldo Brezhnavik" in {entry.name for entry in services.glossary.entries.values()}
    assert services.features(services.library.documents())[0].sentences
    assert jobs == ["sync_in_child", "glossary_in_child", "features_in_child"]
