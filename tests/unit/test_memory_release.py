"""After a long heavy job the app empties its per-word caches and gives freed memory back."""

from __future__ import annotations

import functools
import sys
import types

import pytest

from reader import job_slot
from reader.job_slot import JobSlot
from reader.memory_release import WORD_CACHE_SIZE, release_memory


def _cached(module: str, maxsize: int | None) -> functools._lru_cache_wrapper[int]:
    def double(word: str) -> int:
        return 2 * len(word)

    double.__module__ = module
    cached = functools.lru_cache(maxsize=maxsize)(double)
    cached("Krieg")
    return cached


def test_word_caches_of_the_cores_are_emptied_tables_kept(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    module = types.ModuleType("glossary._words_for_test")
    words = _cached(module.__name__, WORD_CACHE_SIZE)
    tables = _cached(module.__name__, None)
    patterns = _cached(module.__name__, 32)
    elsewhere = _cached("textual._words_for_test", WORD_CACHE_SIZE)
    vars(module).update(words=words, tables=tables, patterns=patterns, elsewhere=elsewhere)
    monkeypatch.setitem(sys.modules, module.__name__, module)
    release_memory()
    assert words.cache_info().currsize == 0
    assert tables.cache_info().currsize == patterns.cache_info().currsize == 1
    assert elsewhere.cache_info().currsize == 1  # imported, not its own: left to its module
    assert words("Krieg") == 10  # same answers, computed again


def _slot(monkeypatch: pytest.MonkeyPatch, long_job: float) -> tuple[JobSlot, list[str]]:
    monkeypatch.setattr(job_slot, "LONG_JOB", long_job)
    calls: list[str] = []
    slot: JobSlot

    def after() -> None:
        calls.append(slot.running)

    slot = JobSlot(after_long_job=after)
    return slot, calls


def test_a_long_job_releases_once_when_the_outermost_ends(monkeypatch: pytest.MonkeyPatch) -> None:
    slot, calls = _slot(monkeypatch, 0.0)
    with slot.hold("features"):
        with slot.hold("discovery"):
            pass
        assert calls == []
    assert calls == [""]  # after the job, before anyone else holds the slot


def test_a_short_job_releases_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    slot, calls = _slot(monkeypatch, 3600.0)
    with slot.hold("index"):
        pass
    assert calls == []


def test_a_failing_job_still_frees_the_slot(monkeypatch: pytest.MonkeyPatch) -> None:
    slot, calls = _slot(monkeypatch, 0.0)
    with pytest.raises(ZeroDivisionError), slot.hold("index"):
        _ = 1 / 0
    assert calls == [""]
    with slot.hold("again"):
        assert slot.running == "again"
