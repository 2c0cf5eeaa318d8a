"""The compare view shows each sentence inside its paragraph: the neighbours, never another
paragraph's text."""

from __future__ import annotations

from pathlib import Path

from documents.loader import load_document
from glossary.link_types import SentenceRef
from reader.screens.compare import ComparePair, paragraph_context

TEXT = (
    "Der Kanal wurde im Frühjahr gesperrt. Die Schleuse war baufällig.\n\n"
    "Im Mai begannen die Arbeiten. Sie dauerten zwei Jahre. Danach fuhren wieder Schiffe. "
    "Der Verkehr wuchs. Heute ist der Kanal voll.\n\n"
    "Ein letzter Absatz folgt.\n"
)


def ref_to(document, words: str) -> SentenceRef:
    start = document.text.index(words)
    index = document.sentence_index_at(start)
    span = document.sentences[index]
    return SentenceRef(document.id, index, span.start, span.end)


def test_two_sentences_each_side_within_the_paragraph(tmp_path: Path) -> None:
    path = tmp_path / "kanal.txt"
    path.write_text(TEXT, "utf-8")
    document = load_document(path)
    before, after = paragraph_context(document, ref_to(document, "Danach fuhren"))
    assert before.strip() == "Im Mai begannen die Arbeiten. Sie dauerten zwei Jahre."
    assert after.strip() == "Der Verkehr wuchs. Heute ist der Kanal voll."


def test_the_paragraph_bounds_the_context(tmp_path: Path) -> None:
    path = tmp_path / "kanal.txt"
    path.write_text(TEXT, "utf-8")
    document = load_document(path)
    before, after = paragraph_context(document, ref_to(document, "Im Mai"))
    assert before == ""  # the paragraph above is not this one's context
    assert "Schleuse" not in after and after.strip().startswith("Sie dauerten")
    assert paragraph_context(document, ref_to(document, "Ein letzter")) == ("", "")


def test_the_context_is_dim_and_the_marks_stay_on_the_sentence() -> None:
    pair = ComparePair(
        "T", "red", "Im Mai 1990.", dates=[(3, 11)], before="Vorher. ", after=" Nach."
    )
    marked = pair.marked()
    assert marked.plain == "Vorher. Im Mai 1990. Nach."
    date_spans = [(s.start, s.end) for s in marked.spans if "underline" in str(s.style)]
    assert date_spans == [(8 + 3, 8 + 11)]
    assert any(s.start == 0 and str(s.style) == "dim" for s in marked.spans)
