"""The index pauses Python's cyclic collector while it writes, and leaves it as it found it."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path

import pytest
from test_index_records import make_document

from index import SearchIndex, writer
from index.gc_pause import collector_paused


@pytest.fixture
def collector_enabled() -> Iterator[None]:
    was = gc.isenabled()
    gc.enable()
    yield
    if not was:
        gc.disable()


def test_paused_inside_and_running_again_after(collector_enabled: None) -> None:
    with collector_paused():
        assert not gc.isenabled()
    assert gc.isenabled()
    with pytest.raises(KeyError), collector_paused():
        raise KeyError("the write failed")
    assert gc.isenabled()


def test_a_collector_paused_by_someone_else_stays_paused(collector_enabled: None) -> None:
    gc.disable()
    with collector_paused():
        assert not gc.isenabled()
    assert not gc.isenabled()


def test_a_sync_writes_with_the_collector_paused(
    collector_enabled: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[bool] = []
    add = writer.BulkWriter.add_document

    def watched(self: writer.BulkWriter, **fields: object) -> None:
        seen.append(gc.isenabled())
        add(self, **fields)

    monkeypatch.setattr(writer.BulkWriter, "add_document", watched)
    SearchIndex(tmp_path / "index").sync([make_document("d", "Ein Satz. Noch einer.")])
    assert seen and not any(seen)
    assert gc.isenabled()
