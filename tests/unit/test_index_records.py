"""How documents become index records, and where sentence dates come from.

``make_document`` is the factory the other index and search tests import.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, replace
from datetime import date

import pytest

from documents.model import Document, DocumentMeta, Heading, Section, SectionRole, Span
from index.build import document_records, index_stamp, sentence_date_intervals
from index.schema import DOCUMENT, SENTENCE

_SENTENCE = re.compile(r"\S[^.!?]*[.!?]?")


def make_document(
    doc_id: str,
    text: str,
    title: str = "",
    language: str = "de",
    published: str = "",
    sections: list[Section] | None = None,
    outline: list[Heading] | None = None,
) -> Document:
    """A document whose sentences end at ``.``, ``!`` or ``?``; the hash follows the text."""
    return Document(
        id=doc_id,
        meta=DocumentMeta(title=title, language=language, published=published),
        text=text,
        content_hash=hashlib.sha256(f"{title}\n{text}".encode()).hexdigest(),
        paragraphs=[],
        sentences=[Span(m.start(), m.end()) for m in _SENTENCE.finditer(text)],
        outline=outline or [],
        sections=sections or [],
    )


TEXT = "Erster Satz über Minsk. Zweiter Satz. Third sentence in English."


def test_one_record_per_sentence_after_the_document_record() -> None:
    excerpt = Section(TEXT.index("Third"), len(TEXT), SectionRole.EXCERPT, "en")
    heading = Heading(1, "Teil zwei", TEXT.index("Zweiter"), TEXT.index("Zweiter") + 7)
    document = make_document("d", TEXT, title="Titel", sections=[excerpt], outline=[heading])
    records = list(document_records(document))
    assert [r["kind"] for r in records] == [DOCUMENT, SENTENCE, SENTENCE, SENTENCE]
    assert records[0]["hash"] == index_stamp(document.content_hash, document.published)
    assert records[0]["text_de"] == "Titel"
    for index, record in enumerate(records[1:]):
        span = document.sentences[index]
        assert (record["sent"], record["start"], record["end"]) == (index, span.start, span.end)
        assert record["passage"] == TEXT[span.start : span.end]
    assert [r["heading"] for r in records[1:]] == ["", "Teil zwei", "Teil zwei"]
    assert "text_de" in records[2] and "text_en" in records[3]


def test_a_figure_mark_has_no_record() -> None:
    """``[Abbildung]`` stands where a picture was: no prose, so no search hit (trial 24)."""
    text = "Der Turm steht am Hafen.\n\n[Abbildung]\n\nEr ist alt."
    spans = [Span(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    document = replace(make_document("d", text), sentences=spans)
    passages = [r["passage"] for r in list(document_records(document))[1:]]
    assert passages == ["Der Turm steht am Hafen.", "Er ist alt."]


def test_a_figure_caption_keeps_its_record() -> None:
    """A caption's words are what the reader searches for (review 24 E5): only a bare label
    is left out."""
    text = "Der Turm steht am Hafen.\n\n[Bild 4: Die Fähre im Eis vor Stralsund]\n\nEr ist alt."
    spans = [Span(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    document = replace(make_document("d", text), sentences=spans)
    passages = [r["passage"] for r in list(document_records(document))[1:]]
    assert "[Bild 4: Die Fähre im Eis vor Stralsund]" in passages


def test_each_sentence_takes_the_heading_the_document_names_for_its_start() -> None:
    """Headings are found in one walk over the outline; the answer is the document's own,
    for headings between, at and inside sentences, and for sentences out of order."""
    text = " ".join(f"Satz {n}." for n in range(40))
    starts = [3, 7, 8, 30, 30, 95, 200, 201]
    outline = [Heading(1, f"H{n}", start, start + 2) for n, start in enumerate(starts)]
    document = make_document("d", text, outline=outline)
    spans = list(document.sentences)
    document = replace(document, sentences=[*spans[:20], *spans[20:][::-1]])
    records = list(document_records(document))[1:]
    for record in records:
        heading = document.heading_before(record["start"])
        assert record["heading"] == (heading.title if heading else "")
    assert len({record["heading"] for record in records} - {""}) >= 4


def test_date_intervals_become_ordinal_envelopes() -> None:
    document = make_document("d", TEXT)
    first, last = date(2022, 2, 1), date(2022, 2, 28)
    intervals = [(1, first, last), (1, date(2020, 8, 9), date(2020, 8, 9))]
    record = list(document_records(document, intervals))[2]
    assert record["date_lo"] == date(2020, 8, 9).toordinal()
    assert record["date_hi"] == last.toordinal()
    assert len(record["dates"]) == 2


@dataclass
class FakeTimex:
    start: int
    span: tuple[date, date] | None

    def interval(self) -> tuple[date, date] | None:
        return self.span


def test_sentence_date_intervals_maps_timexes_to_sentences() -> None:
    excerpt = Section(TEXT.index("Third"), len(TEXT), SectionRole.EXCERPT, "en")
    document = make_document("d", TEXT, published="2024-02-13", sections=[excerpt])
    calls: list[tuple[list[tuple[int, int, str]], str | None]] = []
    feb = (date(2022, 2, 1), date(2022, 2, 28))

    def tagger(text: str, spans: list[tuple[int, int, str]], anchor: str | None) -> list:
        calls.append((spans, anchor))
        return [FakeTimex(TEXT.index("Zweiter") + 3, feb), FakeTimex(0, None)]

    assert sentence_date_intervals(document, tagger) == [(1, *feb)]
    assert calls == [([(0, excerpt.start, "de"), (excerpt.start, len(TEXT), "en")], "2024-02-13")]


def test_the_glossary_date_tagger_is_used_when_present() -> None:
    pytest.importorskip("glossary.dates")
    document = make_document("d", "Am 24. Februar 2022 begann der Angriff.", published="2024")
    first, last = date(2022, 2, 24), date(2022, 2, 24)
    assert (0, first, last) in sentence_date_intervals(document)
