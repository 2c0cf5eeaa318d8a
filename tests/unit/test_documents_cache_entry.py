"""A cache entry written in pieces reads back exactly as the record it was made from."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from documents import cache
from documents.cache import ParsedCache

TEXT = 'Er sagte: "Nein\\n" – \\\\ Übergang\n\tnächste Zeile \u2028 \x07 » « „ü“ ' * 7


@pytest.mark.parametrize("chunk", [1, 3, 16, 1 << 20])
def test_entry_written_in_pieces_reads_back_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, chunk: int
) -> None:
    monkeypatch.setattr(cache, "TEXT_CHUNK", chunk)
    record = {"title": 'T "x"', "text": TEXT, "sentences": [[0, 5], [6, 9]], "notes": []}
    store = ParsedCache(tmp_path)
    store.put("abc", record)
    assert store.get("abc") == record
    written = next(tmp_path.iterdir()).read_text(encoding="utf-8")
    assert json.loads(written) == record


def test_an_entry_without_text_is_plain_json(tmp_path: Path) -> None:
    store = ParsedCache(tmp_path)
    store.put("abc", {"title": "x"})
    assert store.get("abc") == {"title": "x"}
    store.put("def", {"text": "nur Text"})
    assert store.get("def") == {"text": "nur Text"}
