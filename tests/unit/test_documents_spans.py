"""Sentence ranges kept as columns of numbers behave as the list of spans they replace."""

from __future__ import annotations

from pathlib import Path

from documents.cache import ParsedCache
from documents.catalog import read_catalog
from documents.loader import load_document
from documents.model import Document, DocumentMeta, Span, Spans


def test_spans_are_a_sequence_of_span() -> None:
    given = [Span(0, 4), Span(5, 9), Span(9, 12)]
    spans = Spans(given)
    assert spans == given and list(spans) == given and len(spans) == 3
    assert spans[1] == Span(5, 9) and spans[-1] == Span(9, 12) and spans[1:] == given[1:]
    assert Spans.of_pairs([(0, 4), (5, 9), (9, 12)]) == spans
    assert spans != given[:2]


def test_a_document_keeps_any_sentence_list_as_spans() -> None:
    text = "Eins zwei. Drei vier. Fünf."
    document = Document("d", DocumentMeta(), text, "h", [], [Span(0, 10), Span(11, 21)], [], [])
    assert isinstance(document.sentences, Spans)
    assert document.sentence_index_at(12) == 1 and document.sentence_text(0) == "Eins zwei."


def test_a_cached_document_has_the_sentences_of_a_fresh_reading(tmp_path: Path) -> None:
    cache = ParsedCache(tmp_path)
    for entry in read_catalog():
        fresh = load_document(entry.path, meta=entry.meta, cache=cache)
        cached = load_document(entry.path, meta=entry.meta, cache=cache)
        assert isinstance(cached.sentences, Spans) and len(cached.sentences) > 50
        assert cached.sentences == fresh.sentences
        offsets = range(0, len(cached.text), 97)
        assert [cached.sentence_index_at(o) for o in offsets] == [
            fresh.sentence_index_at(o) for o in offsets
        ]
