"""A large build's token streams give exactly the postings and files the pool's path gives."""

from __future__ import annotations

import sys
from typing import Any

import numpy as np
import pytest
from test_index_writer import _build, _contents, _documents, _segment_files
from whoosh.filedb.filestore import RamStorage

from index import text_stream, writer
from index.pool import TermLists, TermPool, term_lists, with_streams
from index.schema import AnalyzedText, single_positions
from index.text_stream import TextStream
from index.writer import BulkWriter, worth_streaming

SENTENCES = [
    "Der Bergsee und der Bergsee lagen still, der Bergsee glänzte.",
    "",
    "und der die das",
    "Die Meier-Lüdenscheid-Werke bauten am Bergsee eine Seilbahn.",
    "Am Morgen kam der Fährmann; am Abend kam der Fährmann wieder.",
    "THE FERRYMAN CAME BACK, AND THE FERRYMAN STAYED.",
]
"""Sentences of our own: a word three times in one sentence, an empty value, only
stopwords, a hyphenated name (several terms at one position), stopwords first."""


def _pooled(fieldname: str, field: AnalyzedText) -> tuple[list[TermLists], list[int]]:
    pool = TermPool(RamStorage(), text_fields=[fieldname])
    lengths = [
        field.pool_postings(text, docnum, pool.field_terms(fieldname)).length
        for docnum, text in enumerate(SENTENCES)
    ]
    return list(term_lists(pool.terms())), lengths


def _streamed(fieldname: str, field: AnalyzedText) -> tuple[list[TermLists], list[int]]:
    stream = TextStream(fieldname, field)
    lengths = [stream.add(text, docnum) for docnum, text in enumerate(SENTENCES)]
    return list(stream.terms()), lengths


@pytest.mark.parametrize("window", [1, 3, 1 << 16])
@pytest.mark.parametrize(
    ("fieldname", "phrase"), [("text_de", True), ("text_en", True), ("words", False)]
)
def test_a_stream_gives_the_pools_postings_and_lengths(
    fieldname: str, phrase: bool, window: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Whatever the window of postings turned into lists at a time."""
    monkeypatch.setattr(text_stream, "_WINDOW", window)
    field = AnalyzedText(fieldname, phrase=phrase)
    expected, expected_lengths = _pooled(fieldname, field)
    got, lengths = _streamed(fieldname, field)
    assert lengths == expected_lengths
    assert got == expected
    assert any(len(ids) > 1 for _, _, ids, _, _ in got)
    assert any(weight > 1 for _, _, _, weights, _ in got for weight in weights)


def test_one_occurrences_value_is_the_pools_shared_object() -> None:
    """A block's pickle refers back to a repeated object: identity shows in the file."""
    field = AnalyzedText("text_de")
    shared = {id(value) for value in single_positions(64)}
    expected, _ = _pooled("text_de", field)
    got, _ = _streamed("text_de", field)
    for (*_, want), (*_, have) in zip(expected, got, strict=True):
        assert [id(value) in shared for value in have] == [id(value) in shared for value in want]
    assert any(id(value) in shared for *_, have in got for value in have)


def test_a_stream_of_stopwords_only_has_no_terms() -> None:
    stream = TextStream("text_de", AnalyzedText("text_de"))
    assert stream.add("und der die", 0) == 0
    assert list(stream.terms()) == []


def test_streamed_segment_files_are_the_pools_bytes() -> None:
    expected = _segment_files(lambda ix: BulkWriter(ix, compound=False))
    actual = _segment_files(lambda ix: BulkWriter(ix, compound=False, streamed=True))
    assert {"pst", "trm"} <= expected.keys()
    assert actual == expected


def test_a_merge_adds_older_postings_after_the_streamed_ones() -> None:
    documents = _documents()
    pooled = _build(lambda ix: BulkWriter(ix), documents)
    streamed = _build(lambda ix: BulkWriter(ix, streamed=True), documents)
    with pooled.reader() as expected, streamed.reader() as actual:
        assert _contents(actual) == _contents(expected)


def test_a_streamed_fields_terms_join_the_pools_in_field_and_term_order() -> None:
    def term(fieldname: str, text: bytes, *ids: int) -> TermLists:
        return fieldname, text, list(ids), [1.0] * len(ids), [b""] * len(ids)

    pooled = [term("a", b"x", 1), term("t", b"k", 9), term("t", b"m", 7, 8), term("z", b"y", 2)]
    streams: dict[str, Any] = {
        "b": iter([term("b", b"q", 3)]),
        "t": iter([term("t", b"k", 1, 2), term("t", b"l", 4)]),
    }
    assert list(with_streams(pooled, streams)) == [
        term("a", b"x", 1),
        term("b", b"q", 3),
        term("t", b"k", 1, 2, 9),
        term("t", b"l", 4),
        term("t", b"m", 7, 8),
        term("z", b"y", 2),
    ]


def test_only_a_large_build_pays_for_numpys_import(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delitem(sys.modules, "numpy", raising=False)
    assert not worth_streaming(writer.STREAM_MIN_CHARS - 1)
    assert worth_streaming(writer.STREAM_MIN_CHARS)
    monkeypatch.setitem(sys.modules, "numpy", np)
    assert worth_streaming(writer.STREAM_LOADED_MIN_CHARS)
    assert not worth_streaming(writer.STREAM_LOADED_MIN_CHARS - 1)
