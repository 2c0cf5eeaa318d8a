"""Markdown: headings become the outline, inline markup is reduced to its text."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from documents.loader import load_document
from documents.markdown import parse_markdown
from documents.model import BlockKind, SectionRole
from index.analysis import index_postings
from tests.unit.document_texts import load_text

LONG = "Dieser Absatz ist lang genug, um seine Sprache sicher zu erkennen, und endet."

ARTICLE = f"""\
# Der Titel

Ein einleitender Absatz, der den Aufsatz zusammenfasst und lang genug ist, um als Lead
zu gelten. Er geht über zwei Zeilen.

## Erster Abschnitt

{LONG}

### Ein Unterabschnitt

Text mit *Betonung*, **Fettdruck**, `Code` und einem [Link](https://example.org).

## Zweiter Abschnitt

- Punkt eins der Liste.
- Punkt zwei der Liste.

> Ein Zitat, das ebenfalls
> über zwei Zeilen geht.

```
code block
  eingerückt
```
"""


def kinds_and_texts(text: str) -> list[tuple[BlockKind, str, int]]:
    return [(b.kind, b.text, b.level) for b in parse_markdown(text)]


def test_parse_markdown_blocks() -> None:
    assert kinds_and_texts(ARTICLE) == [
        (BlockKind.HEADING, "Der Titel", 1),
        (
            BlockKind.PARAGRAPH,
            "Ein einleitender Absatz, der den Aufsatz zusammenfasst und lang genug ist, um "
            "als Lead zu gelten. Er geht über zwei Zeilen.",
            1,
        ),
        (BlockKind.HEADING, "Erster Abschnitt", 2),
        (BlockKind.PARAGRAPH, LONG, 1),
        (BlockKind.HEADING, "Ein Unterabschnitt", 3),
        (BlockKind.PARAGRAPH, "Text mit Betonung, Fettdruck, Code und einem Link.", 1),
        (BlockKind.HEADING, "Zweiter Abschnitt", 2),
        (BlockKind.PARAGRAPH, "• Punkt eins der Liste.", 1),
        (BlockKind.PARAGRAPH, "• Punkt zwei der Liste.", 1),
        (BlockKind.QUOTE, "Ein Zitat, das ebenfalls über zwei Zeilen geht.", 1),
        (BlockKind.CODE, "code block\n  eingerückt", 1),
    ]


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("Titel\n=====\n\nText.", [(BlockKind.HEADING, "Titel", 1)]),
        ("Titel\n-----\n\nText.", [(BlockKind.HEADING, "Titel", 2)]),
        ("###### Tief\n\nText.", [(BlockKind.HEADING, "Tief", 6)]),
        ("#\n\nText.", []),
        ("# Mit *Betonung* und `Code`\n\nText.", [(BlockKind.HEADING, "Mit Betonung und Code", 1)]),
        ("#Kein Titel\n\nText.", [(BlockKind.PARAGRAPH, "#Kein Titel", 1)]),
    ],
)
def test_headings(source: str, expected: list[tuple[BlockKind, str, int]]) -> None:
    assert kinds_and_texts(source)[: len(expected)] == expected


@pytest.mark.parametrize(
    ("source", "text"),
    [
        ("Ein ![Bild](x.png) hier.", "Ein Bild hier."),
        ("Zeile eins  \nZeile zwei", "Zeile eins Zeile zwei"),
        ("Zeile eins\nZeile zwei", "Zeile eins Zeile zwei"),
        ("[bold]kein Markup[/bold] und [/]", "[bold]kein Markup[/bold] und [/]"),
        ("Ein <b>HTML</b>-Tag", "Ein HTML-Tag"),
    ],
)
def test_inline_text(source: str, text: str) -> None:
    (block,) = parse_markdown(source)
    assert block.text == text


@pytest.mark.parametrize("source", ["", "\n\n", "<!-- nur ein Kommentar -->", "---"])
def test_nothing_readable(source: str) -> None:
    assert parse_markdown(source) == []


@pytest.mark.parametrize("suffix", [".md", ".markdown", ".MD"])
def test_loaded_markdown_outline_points_into_the_text(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"aufsatz{suffix}"
    path.write_text(ARTICLE, encoding="utf-8")
    document = load_document(path)
    outline = [(h.level, h.title) for h in document.outline]
    assert document.title == "Der Titel"
    assert document.paragraphs[0].kind is BlockKind.PARAGRAPH  # Markdown marks no lead
    assert outline == [
        (2, "Erster Abschnitt"),
        (3, "Ein Unterabschnitt"),
        (2, "Zweiter Abschnitt"),
    ]
    for heading in document.outline:
        assert document.text[heading.start : heading.end] == heading.title
    assert "*" not in document.text and "](" not in document.text
    assert document.language == "de"


def test_markdown_title_from_a_heading_before_the_first_paragraph(tmp_path: Path) -> None:
    path = tmp_path / "notiz.md"
    path.write_text(f"# Meine Notiz\n\n{LONG}\n\n## Mehr\n\n{LONG}\n", encoding="utf-8")
    document = load_document(path)
    assert document.title == "Meine Notiz"
    assert document.id == "meine-notiz"
    assert [h.title for h in document.outline] == ["Mehr"]


def test_markdown_subheading_repeating_a_short_heading_stays(tmp_path: Path) -> None:
    path = tmp_path / "belarus.md"
    path.write_text(
        f"# Belarus\n\n{LONG}\n\n## Belarus und Russland\n\n{LONG}\n\nBelarus heute.\n",
        encoding="utf-8",
    )
    document = load_document(path)
    assert [h.title for h in document.outline] == ["Belarus und Russland"]
    assert document.text.endswith("Belarus heute.")


def test_markdown_escape_sequences_are_removed(tmp_path: Path) -> None:
    path = tmp_path / "esc.md"
    path.write_text("# \x1b[31mRot\x1b[0m\n\nText \x1b]0;t\x07hier.\n", encoding="utf-8")
    document = load_document(path)
    assert document.title == "Rot"
    assert document.text == "Text hier."


@pytest.mark.parametrize(
    ("source", "title", "outline"),
    [
        (f"# Der Titel\n\n## Erster\n\n{LONG}\n\n## Zweiter\n\n{LONG}\n", "Der Titel", 2),
        (f"Ein Vorspann.\n\n# Der Titel\n\n## Erster\n\n{LONG}\n", "Der Titel", 1),
        (
            f"---\ntitle: 'Aus dem Vorspann'\n---\n\n{LONG}\n\n## Kopf\n\n{LONG}\n",
            "Aus dem Vorspann",
            1,
        ),
        (f"# Eins\n\n{LONG}\n\n# Zwei\n\n{LONG}\n", "Eins", 1),
    ],
    ids=["subheadings-follow", "after-a-paragraph", "front-matter", "several-top-headings"],
)
def test_markdown_title_is_the_first_heading_not_the_file_name(
    tmp_path: Path, source: str, title: str, outline: int
) -> None:
    path = tmp_path / "datei_name.md"
    path.write_text(source, encoding="utf-8")
    document = load_document(path)
    assert document.title == title
    assert len(document.outline) == outline
    assert "title:" not in document.text


def test_a_table_row_is_a_line_of_its_own() -> None:
    """A GitHub-flavoured table ran together into one paragraph of pipes and dashes."""
    source = "Vorher.\n\n| Jahr | Ereignis |\n|------|----------|\n| 1887 | Baubeginn |\n"
    assert [block.text for block in parse_markdown(source)] == [
        "Vorher.",
        "Jahr | Ereignis",
        "1887 | Baubeginn",
    ]


def test_front_matter_gives_the_date_and_the_language(tmp_path: Path) -> None:
    path = tmp_path / "turm.md"
    path.write_text(
        '---\ntitle: "Der Turm"\ndate: 2019-03-31\nlang: de-DE\n---\n\n'
        "Am 31. März 1889 stieg Gustave Eiffel die Stufen seines Turms hinauf.\n",
        encoding="utf-8",
    )
    document = load_document(path)
    assert (document.meta.title, document.meta.published, document.meta.language) == (
        "Der Turm",
        "2019-03-31",
        "de",
    )


def test_a_numbered_list_keeps_its_numbers_and_a_bullet_list_its_marks() -> None:
    source = (
        "Die Schritte:\n\n3. Deich prüfen.\n4. Sandsäcke füllen.\n\n"
        "* erstens\n\n  mit einem zweiten Absatz\n* zweitens\n"
    )
    assert [block.text for block in parse_markdown(source)] == [
        "Die Schritte:",
        "3. Deich prüfen.",
        "4. Sandsäcke füllen.",
        "• erstens",
        "mit einem zweiten Absatz",
        "• zweitens",
    ]
    assert [block.text for block in parse_markdown("1) eins\n2) zwei\n")] == ["1) eins", "2) zwei"]


def test_a_quote_is_marked_and_a_table_row_is_a_row() -> None:
    source = "> Wer zitiert, zitiert.\n\n| Jahr | Ereignis |\n|---|---|\n| 1887 | Baubeginn |\n"
    assert [(block.kind, block.text) for block in parse_markdown(source)] == [
        (BlockKind.QUOTE, "Wer zitiert, zitiert."),
        (BlockKind.ROW, "Jahr | Ereignis"),
        (BlockKind.ROW, "1887 | Baubeginn"),
    ]


FLOOD = """\
---
title: Die Flut am Deich
author: "Mara Lindholm"
---

Am 3. Februar 1962 brach der Deich bei Moorwerder.[^quelle] Niemand war gewarnt worden.

```python
# Pegel am 3. Februar in Hamburg
pegel = {"Hamburg": 5.7}
```

Danach wurde der Deich erhöht.

[^quelle]: Bericht von Jonas Ebeling im Hamburger Abendblatt, 1962.
"""


def test_footnotes_and_code_are_kept_apart_from_the_body(tmp_path: Path) -> None:
    """A footnote was a body paragraph ("[^1]: …") whose names and dates reached the glossary
    and the timeline; code was one prose paragraph that got links."""
    path = tmp_path / "flut.md"
    path.write_text(FLOOD, encoding="utf-8")
    document = load_document(path)
    body = " ".join(document.text[span.start : span.end] for span in document.body_spans())
    assert document.meta.author == "Mara Lindholm"
    assert "[^" not in document.text
    assert document.sentence_text(0) == "Am 3. Februar 1962 brach der Deich bei Moorwerder.¹"
    assert "Ebeling" not in body and "pegel" not in body
    assert "Danach wurde der Deich erhöht." in body
    code = '# Pegel am 3. Februar in Hamburg\npegel = {"Hamburg": 5.7}'
    notes = "[1] Bericht von Jonas Ebeling im Hamburger Abendblatt, 1962."
    roles = {document.text[s.start : s.end]: s.role for s in document.sections}
    assert roles[code] is SectionRole.CODE
    assert roles[notes] is SectionRole.NOTES
    kinds = {document.text[p.start : p.end]: p.kind for p in document.paragraphs}
    assert kinds[code] is BlockKind.CODE
    assert [document.text[s.start : s.end] for s in document.sentences].count(code) == 1


def test_footnotes_nobody_refers_to_are_kept_as_notes() -> None:
    """The footnote plugin's tail dropped a definition without a reference, and the first
    of two with one label; its inline notes ate prose such as ``^[a-z]+``."""
    text = (
        "Der Deich hielt stand.[^b] Der Ausdruck ^[a-z]+ findet Wörter.\n\n"
        "[^a]: Eine Anmerkung, auf die nichts verweist, mit Karl Mertens als Quelle.\n\n"
        "[^b]: Erste Fassung der Anmerkung.\n\n"
        "[^b]: Zweite Fassung der Anmerkung.\n"
    )
    blocks = parse_markdown(text)
    assert [(b.text, b.role) for b in blocks] == [
        ("Der Deich hielt stand.¹ Der Ausdruck ^[a-z]+ findet Wörter.", SectionRole.BODY),
        ("[1] Erste Fassung der Anmerkung.", SectionRole.NOTES),
        ("[1] Zweite Fassung der Anmerkung.", SectionRole.NOTES),
        (
            "[2] Eine Anmerkung, auf die nichts verweist, mit Karl Mertens als Quelle.",
            SectionRole.NOTES,
        ),
    ]


def test_a_footnote_reference_shows_a_mark_no_analysis_reads_as_a_word() -> None:
    """The reference left no sign in the text; a plain digit would glue onto the word."""
    text = "Die Fähre brachte Salz[^s] nach Rügen.[^t]\n\n[^s]: Aus Lüneburg.\n\n[^t]: Um 1820.\n"
    body = parse_markdown(text)[0].text
    assert body == "Die Fähre brachte Salz\u202f¹ nach Rügen.²"
    assert {"salz", "rug"} <= set(index_postings(body, "de"))  # no "salz1", no "rugen2"
    assert not re.search(r"\d", body)


def test_a_soft_hyphen_at_a_line_end_joins_the_word(tmp_path: Path) -> None:
    document = load_text(tmp_path, "Die Flut\u00ad\nwellen kamen über den Deich.\n", "flut.md")
    assert document.text == "Die Flutwellen kamen über den Deich."


def test_a_list_marker_stays_in_its_item() -> None:
    blocks = parse_markdown("1. ```\n   deich.pruefen()\n   ```\n\nEin Absatz nach der Liste.\n")
    assert blocks[-1].text == "Ein Absatz nach der Liste."


def test_an_indented_paragraph_is_prose_indented_code_is_code() -> None:
    text = (
        "# Tagebuch\n\n    Am 3. Mai 1945 kam Otto Brenner nach Kleinhausen zurück. Er hatte\n"
        "    den Krieg in Norwegen überlebt.\n\n    Im Herbst heiratete er Anna Mertens.\n\n"
        "Ein Beispiel:\n\n    level = read_gauge()\n    if level > 5:\n        warn()\n"
    )
    assert [(b.kind, b.text) for b in parse_markdown(text)[1:]] == [
        (
            BlockKind.PARAGRAPH,
            "Am 3. Mai 1945 kam Otto Brenner nach Kleinhausen zurück. Er hatte den Krieg in "
            "Norwegen überlebt.",
        ),
        (BlockKind.PARAGRAPH, "Im Herbst heiratete er Anna Mertens."),
        (BlockKind.PARAGRAPH, "Ein Beispiel:"),
        (BlockKind.CODE, "level = read_gauge()\nif level > 5:\n    warn()"),
    ]


def test_a_short_line_inside_a_quoted_excerpt_stays_in_the_excerpt(tmp_path: Path) -> None:
    """Quoted paragraphs count as prose: a short one between two longer ones of the same
    quotation in another language stays in its excerpt instead of falling into the body."""
    german = "Der Bürgermeister sprach lange über den Hafen, die Werft und die neue Brücke. " * 3
    document = load_text(
        tmp_path,
        f"# Die Rede\n\n{german}\n\n"
        "> We will rebuild the harbour and the bridge, and we will do it together this year.\n>\n"
        "> Thank you all.\n>\n"
        "> The work starts in the spring, and nobody in this town will be left behind.\n\n"
        f"{german}\n",
        "rede.md",
    )
    thanks = document.text.index("Thank you all.")
    [section] = [s for s in document.sections if s.start <= thanks < s.end]
    assert (section.role, section.language) == (SectionRole.EXCERPT, "en")


def test_a_front_matter_title_keeps_the_heading_under_a_date_line(tmp_path: Path) -> None:
    document = load_text(
        tmp_path,
        "---\ntitle: Notes on the village well\n---\nAshby, 2 March 2025\n\n"
        "# What the well gave\n\nThe well gave water to forty houses until the pipes came.\n",
        "brunnen.md",
    )
    assert document.meta.title == "Notes on the village well"
    assert document.meta.published == "2025-03-02"
    assert "What the well gave" in document.text
    assert [h.title for h in document.outline] == ["What the well gave"]


def test_a_note_on_the_title_heading_stays_out_of_the_title_and_id(tmp_path: Path) -> None:
    document = load_text(
        tmp_path,
        "# The ferry that sank[^1]\n\nThe ferry left the harbour in thick fog that morning.\n\n"
        "[^1]: First printed in the parish letter.\n",
        "ferry.md",
    )
    assert document.meta.title == "The ferry that sank"
    assert document.id == "the-ferry-that-sank"
