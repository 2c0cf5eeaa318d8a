"""The sentences the card shows for an entity: whole, its names emphasised, long ones cut."""

from __future__ import annotations

from documents.model import Document, DocumentMeta, Span
from glossary.mentions import Mention
from reader.widgets.mention_columns import MAX_CHARS, MENTION_STYLE, by_sentence, sentence_line

TEXT = "Erst kam [bold]Fett[/].  Dann   sah  [bold]Fett[/] den Westen, und Westen blieb. " + (
    "Lang " * 80 + "ist Westen am Ende " + "und noch länger " * 20 + "."
)


def document() -> Document:
    first = TEXT.index("Dann")
    second = TEXT.index("Lang")
    spans = [Span(0, first - 2), Span(first, second - 1), Span(second, len(TEXT))]
    return Document("doc", DocumentMeta(), TEXT, "h", [], spans, [], [])


def mentions(name: str, entry_id: str) -> list[Mention]:
    found, start = [], TEXT.find(name)
    while start >= 0:
        found.append(Mention(entry_id, start, start + len(name), name))
        start = TEXT.find(name, start + 1)
    return found


def emphasised(line) -> list[str]:
    return [line.plain[span.start : span.end] for span in line.spans if span.style == MENTION_STYLE]


def test_every_mention_of_a_sentence_is_emphasised_and_spaces_folded() -> None:
    doc = document()
    groups = by_sentence(doc, mentions("Westen", "west"))
    assert [len(group) for group in groups] == [2, 1]
    line = sentence_line(doc, groups[0])
    assert line.plain == "Dann sah [bold]Fett[/] den Westen, und Westen blieb."
    assert emphasised(line) == ["Westen", "Westen"]


def test_a_name_that_looks_like_markup_stays_text() -> None:
    doc = document()
    (first, second) = by_sentence(doc, mentions("[bold]Fett[/]", "fett"))
    assert sentence_line(doc, first).plain == "Erst kam [bold]Fett[/]."
    assert emphasised(sentence_line(doc, second)) == ["[bold]Fett[/]"]


def test_a_long_sentence_is_cut_around_its_mention() -> None:
    doc = document()
    long_group = by_sentence(doc, mentions("Westen", "west"))[1]
    line = sentence_line(doc, long_group)
    assert line.plain.startswith("… ") and line.plain.endswith(" …")
    assert len(line.plain) <= MAX_CHARS + 4 and emphasised(line) == ["Westen"]
