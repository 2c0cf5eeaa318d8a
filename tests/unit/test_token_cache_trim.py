"""The token analysis cache is bounded between syncs; the saved file keeps every analysis."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from test_index_records import make_document

from index import SearchIndex, analysis
from index.analysis import token_cache_counts, token_terms, trim_token_cache
from index.term_cache import TERMS_FILE


@pytest.fixture
def empty_cache(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """This test's own token caches (the process's are put back afterwards)."""
    monkeypatch.setattr(analysis, "_TOKEN_TERMS", {})
    monkeypatch.setattr(analysis, "_TOKEN_SPANS", {})
    yield


@pytest.mark.usefixtures("empty_cache")
def test_the_first_tokens_are_kept_and_a_dropped_one_analysed_again_alike() -> None:
    words = ["War", "Sanctions", "Wagner-Mercenaries", "the"]
    before = [token_terms(word, "en") for word in words]
    assert not trim_token_cache(keep=4)
    assert trim_token_cache(keep=2)
    assert list(analysis._TOKEN_TERMS["en"]) == words[:2]
    assert [token_terms(word, "en") for word in words] == before


@pytest.mark.usefixtures("empty_cache")
def test_a_sync_leaves_a_bounded_cache_and_the_next_reads_the_file_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(analysis, "TOKENS_KEPT", 3)
    first = make_document("a", "Die Grenzschließung traf die Wagner-Söldner am Hafen von Odessa.")
    index = SearchIndex(tmp_path / "ix")
    index.sync([first])
    assert max(token_cache_counts().values()) == 3
    path = tmp_path / "ix" / TERMS_FILE
    saved = json.loads(path.read_text(encoding="utf-8").splitlines()[1])["tokens"]["de"]
    assert {"Grenzschließung", "Odessa", "Hafen"} <= set(saved)  # the file keeps them all
    second = make_document("b", "Grenzschließung und Hafenkranführerinnen in Odessa.")
    index.sync([first, second])
    lines = path.read_text(encoding="utf-8").splitlines()
    new = {"Hafenkranführerinnen", "und", "in"}  # the others were read back, not analysed again
    assert len(lines) == 3 and set(json.loads(lines[2])["tokens"]["de"]) == new
    assert max(token_cache_counts().values()) == 3
    assert {hit.doc for hit in index.search("Odessa").hits} == {"a", "b"}
