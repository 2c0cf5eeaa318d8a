"""Cleaning on made-up inputs: sanitising, re-flow, headings, web-page chrome, structure."""

from __future__ import annotations

from pathlib import Path

import pytest

from documents.blocks import Block, ParsedText
from documents.loader import load_document
from documents.model import BlockKind, Document, Removal, SectionRole
from documents.plaintext import (
    heading_levels,
    looks_like_heading,
    parse_plain_text,
    raw_paragraphs,
    reflow,
)
from documents.sanitize import sanitize
from documents.structure import shape
from documents.webpage import drop_chrome, is_link_label, is_navigation_teaser, published_line
from tests.unit.document_texts import load_text, paragraph_texts

# --- sanitize -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        pytest.param("\x1b[1;31mrot\x1b[0m und normal", "rot und normal", id="csi-colour"),
        pytest.param("a\x1b[2J\x1b[Hb", "ab", id="csi-clear-home"),
        pytest.param("\x1b]0;Fenstertitel\x07Text", "Text", id="osc-bel"),
        pytest.param(
            "\x1b]8;;https://x.y\x1b\\Link\x1b]8;;\x1b\\ dahinter",
            "Link dahinter",
            id="osc-hyperlink",
        ),
        pytest.param("\x1b]52;c;Z2VoZWlt\x07sicher", "sicher", id="osc-clipboard"),
        pytest.param("vor\x1bPq#0;2;0\x1b\\nach", "vornach", id="dcs"),
        pytest.param("a\x1bcb\x1b7c\x1b8", "abc", id="reset-save-restore"),
        pytest.param("\x1b(Ba\x1b=b\x1bMc", "abc", id="charset-keypad-index"),
        pytest.param("a\x9b31mb", "ab", id="8-bit-csi"),
        pytest.param("a\x00b\x07c\x08d\x0be\x0cf\x7fg\x85h", "abcdefgh", id="c0-c1-controls"),
        pytest.param("links \u202eevil\u202c rechts", "links evil rechts", id="bidi-override"),
        pytest.param("\u2066isolate\u2069", "isolate", id="bidi-isolate"),
        pytest.param("\ufeffBOM mitten\ufeff", "BOM mitten", id="zero-width-no-break"),
        pytest.param("eins\r\nzwei\rdrei", "eins\nzwei\ndrei", id="line-ends"),
        pytest.param("a\tb", "a    b", id="tab"),
        pytest.param("a\u00a0b", "a b", id="no-break-space"),
        pytest.param("Gru\u0308\u00dfe", "Grüße", id="nfc"),
    ],
)
def test_sanitize_removes_what_a_terminal_would_execute(raw: str, clean: str) -> None:
    assert sanitize(raw) == clean


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        pytest.param("Die Flut\u00adwellen kamen.", "Die Flutwellen kamen.", id="soft-hyphen"),
        pytest.param("Deich\u200bbau und See\u2060ufer", "Deichbau und Seeufer", id="zero-width"),
        pytest.param("Sturm\u200c\u200dflut", "Sturmflut", id="joiners"),
        pytest.param("Familie \U0001f469\u200d\U0001f467 heute", None, id="emoji-joiner-kept"),
        pytest.param(
            "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645", None, id="persian-zwnj-kept"
        ),
        pytest.param("die Flut\u00ad\nwellen", "die Flutwellen", id="soft-hyphen-line-end"),
    ],
)
def test_sanitize_removes_invisible_characters_that_split_words(
    raw: str, clean: str | None
) -> None:
    """A joiner between two Latin letters splits a word; in Persian spelling or an emoji
    sequence it is part of the writing (``None``: kept as it is)."""
    assert sanitize(raw) == (raw if clean is None else clean)


def test_a_soft_hyphen_neither_splits_a_word_nor_shifts_offsets(tmp_path: Path) -> None:
    document = load_text(tmp_path, "Die Sturm\u00adflut kam.\nSie riss Deich\u00ad\nteile fort.\n")
    assert document.text == "Die Sturmflut kam. Sie riss Deichteile fort."
    assert [document.sentence_text(i) for i in range(2)] == [
        "Die Sturmflut kam.",
        "Sie riss Deichteile fort.",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "[bold]fett[/bold] und [/] und [link=https://example.org]Link[/link]",
        "[red on white]Warnung[/] $x = [1, 2]",
        "Emoji 🙂, Umlaute äöüß, Anführung „so“ und »so«, Gedankenstrich –",
        "Zeile eins\nZeile zwei\n\nAbsatz",
    ],
)
def test_sanitize_leaves_markup_like_and_ordinary_text_alone(text: str) -> None:
    assert sanitize(text) == text


@pytest.mark.parametrize("escape", ["\x1b]0;Titel ohne Ende", "\x1bPq#0;2;0;0;0"])
def test_unterminated_escape_string_does_not_swallow_the_document(escape: str) -> None:
    assert sanitize(f"Anfang{escape}\nZeile zwei\nZeile drei") == "Anfang\nZeile zwei\nZeile drei"


def test_markup_survives_loading(tmp_path: Path) -> None:
    text = "Ein Absatz mit [bold]Markup[/bold], [/] und [link=x]Links[/link] als Text.\n"
    document = load_text(tmp_path, "\x1b[31m" + text)
    assert document.text == text.strip()


# --- re-flow -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lines", "joined"),
    [
        pytest.param(
            ["Die Souve-", "ränität des Landes"],
            "Die Souveränität des Landes",
            id="syllable-hyphen-removed",
        ),
        pytest.param(
            ["der Ukraine-", "Krieg begann"], "der Ukraine-Krieg begann", id="compound-hyphen-kept"
        ),
        pytest.param(
            ["Besuchs-", "und Reisefreiheit"],
            "Besuchs- und Reisefreiheit",
            id="suspended-compound-und",
        ),
        pytest.param(
            ["Ein- oder Aus-", "oder Durchreise"],
            "Ein- oder Aus- oder Durchreise",
            id="suspended-compound-oder",
        ),
        pytest.param(["pre-", "and post-war"], "pre- and post-war", id="english-suspended"),
        pytest.param(["die COVID-", "19-Pandemie"], "die COVID-19-Pandemie", id="digits"),
        pytest.param(["Text -", "weiter"], "Text - weiter", id="spaced-dash"),
        pytest.param(["  eingerückt  ", "    weiter   "], "eingerückt weiter", id="indent"),
        pytest.param(["viele    Leerzeichen"], "viele Leerzeichen", id="spaces-collapsed"),
        pytest.param(["nur eine Zeile"], "nur eine Zeile", id="one-line"),
    ],
)
def test_reflow(lines: list[str], joined: str) -> None:
    assert reflow(lines) == joined


HANGING = """\
  Erster Absatz beginnt hier und wird
    mit hängendem Einzug fortgesetzt, bis
    er endet.
  Zweiter Absatz beginnt hier und wird
    ebenso fortgesetzt.
"""

FIRST_LINE = """\
    Erster Absatz mit Erstzeileneinzug wird
  hier fortgesetzt und endet.
    Zweiter Absatz mit Erstzeileneinzug
  endet ebenso.
"""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            HANGING,
            [
                "Erster Absatz beginnt hier und wird mit hängendem Einzug fortgesetzt, bis "
                "er endet.",
                "Zweiter Absatz beginnt hier und wird ebenso fortgesetzt.",
            ],
            id="hanging-indent",
        ),
        pytest.param(
            FIRST_LINE,
            [
                "Erster Absatz mit Erstzeileneinzug wird hier fortgesetzt und endet.",
                "Zweiter Absatz mit Erstzeileneinzug endet ebenso.",
            ],
            id="first-line-indent",
        ),
        pytest.param(
            "Block eins, Zeile eins,\nZeile zwei.\n\n\n   \nBlock zwei.\n",
            ["Block eins, Zeile eins, Zeile zwei.", "Block zwei."],
            id="blank-and-whitespace-lines-separate",
        ),
        pytest.param(
            "Flush left one,\nflush left two.\n",
            ["Flush left one, flush left two."],
            id="flush-left-block-is-one-paragraph",
        ),
    ],
)
def test_paragraphs_from_indentation(text: str, expected: list[str]) -> None:
    blocks = parse_plain_text(text)
    assert [b.text for b in blocks] == expected
    assert all(b.kind is BlockKind.PARAGRAPH for b in blocks)


@pytest.mark.parametrize(
    ("text", "is_heading"),
    [
        ("Schwindende Kontrolle", True),
        ("1. Einleitung", True),
        ("What if the world had listened?", True),
        ("Ein Satz mit Punkt am Ende.", False),
        ("Eine Aufzählung:", False),
        ("kleingeschriebene Zeile", False),
        ("2024", False),
        ("Wort " * 13, False),
        ("Ü" * 91, False),
    ],
)
def test_looks_like_heading_single_standalone_lines(text: str, is_heading: bool) -> None:
    (paragraph,) = raw_paragraphs(f"\n{text}\n")
    assert looks_like_heading(paragraph) is is_heading


def test_a_short_line_inside_a_block_is_not_a_heading() -> None:
    paragraphs = raw_paragraphs("  Kurzer Titel\n    gefolgt von Text, der weitergeht.\n")
    assert not any(looks_like_heading(p) for p in paragraphs)


def test_heading_levels_by_indent() -> None:
    assert heading_levels([4, 8, 4, 12, 8]) == {4: 1, 8: 2, 12: 3}
    assert heading_levels([]) == {}


ESSAY = """\
    Der Aufsatz beginnt mit einer Zusammenfassung, die hart umbrochen
      und eingerückt ist. Sie fasst die Lage am 24. Februar 2022 zusammen
      und nennt die Souve-
      ränität als Thema.

    Dann folgt ein zweiter einleitender Absatz, der ebenfalls hart umbrochen
      wurde und mehrere Zeilen lang ist.

    Vorgeschichte

    Der erste Abschnitt erzählt die Vorgeschichte seit der Wahl vom August
      2020 und endet hier.

        Wirtschaftliche Lage

        Der Unterabschnitt beschreibt die Wirtschaft, z. B. den Handel mit
          Russland, und endet ebenfalls.

        Militärische Lage

        Der zweite Unterabschnitt beschreibt das Militär (u. a. das Manöver
          »Sapad«) und endet.

    Schlussfolgerungen

    Der letzte Abschnitt zieht Schlüsse und endet mit einem Punkt.
"""


def test_hard_wrapped_essay_with_two_heading_levels(tmp_path: Path) -> None:
    document = load_text(tmp_path, ESSAY, "essay.txt")
    assert [(h.level, h.title) for h in document.outline] == [
        (1, "Vorgeschichte"),
        (2, "Wirtschaftliche Lage"),
        (2, "Militärische Lage"),
        (1, "Schlussfolgerungen"),
    ]
    for heading in document.outline:
        assert document.text[heading.start : heading.end] == heading.title
    paragraphs = paragraph_texts(document)
    assert paragraphs[0].startswith("Der Aufsatz beginnt mit einer Zusammenfassung")
    assert "die Souveränität als Thema." in paragraphs[0]
    assert "\n" not in paragraphs[0] and "  " not in paragraphs[0]
    # a plain text marks no abstract: its opening summary is body text
    assert BlockKind.LEAD not in [p.kind for p in document.paragraphs]
    assert not any(p.truncated for p in document.paragraphs)
    assert document.language == "de"
    assert "der Wahl vom August 2020 und endet hier." in document.text


def test_english_essay(tmp_path: Path) -> None:
    text = (
        "The essay opens with a summary that was\n  hard-wrapped by an old word pro-\n"
        "  cessor and indented.\n\nBackground\n\nThe first section tells the story of "
        "the pre-\nand post-war years and ends here.\n"
    )
    document = load_text(tmp_path, text, "essay.txt")
    assert document.language == "en"
    assert [h.title for h in document.outline] == ["Background"]
    assert "old word processor and indented." in document.text
    assert "the pre- and post-war years" in document.text


# --- web-page chrome -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "teaser"),
    [
        ("neue-zoelle-treffen-die-autoindustrieNeue Zölle treffen die Autoindustrie", True),
        (
            "wer-gewinnt,-wer-verliert-beim-handelsstreitWer gewinnt, wer verliert beim "
            "Handelsstreit",
            True,
        ),
        ("why-the-summit-failed-againWhy the summit failed again", True),
        ("neue-zoelle-treffen-die-autoindustrie", True),
        ("wer-gewinnt,-wer-verliert-beim-handelsstreit", True),
        ("Neue Zölle treffen die Autoindustrie", False),
        ("ost-west-konflikt", False),
        ("Der Ost-West-Konflikt prägte Jahrzehnte der europäischen Geschichte.", False),
        ("anti-kriegs-demo-berlin Völlig andere Überschrift hier", False),
        ("neue-zoelle-treffen-die-autoindustrieEine ganz andere Geschichte über Wale", False),
        ("https://example.org/a-b-c-d", False),
    ],
)
def test_navigation_teasers(line: str, teaser: bool) -> None:
    assert is_navigation_teaser(line) is teaser


@pytest.mark.parametrize(
    ("line", "language", "iso"),
    [
        ("Published On: 13. Februar 2024 20:33", "de", "2024-02-13T20:33"),
        ("Published on: February 13, 2024", "en", "2024-02-13"),
        ("Veröffentlicht am: 3. März 2021", "de", "2021-03-03"),
        ("Datum: 2023-10-10", "de", "2023-10-10"),
        ("Erschienen am: 05.11.2022, 09:15", "de", "2022-11-05T09:15"),
        ("Posted on: Mar 2019", "en", "2019-03"),
        ("Published On: someday", "en", None),
        ("Published On is not a date line", "en", None),
        ("Der Text wurde am 13. Februar 2024 veröffentlicht.", "de", None),
    ],
)
def test_published_lines(line: str, language: str, iso: str | None) -> None:
    assert published_line(line, language) == iso


def test_drop_chrome_keeps_everything_else_in_order() -> None:
    text = (
        "neue-zoelle-treffen-die-autoindustrieNeue Zölle treffen die Autoindustrie\n"
        "Titel der Seite\n\nPublished On: 1. Mai 2023 08:00\n\nErster Satz.\n"
        "Published On: 2. Mai 2023\n"
    )
    kept, published, removed, notes = drop_chrome(text, "de")
    assert kept == "Titel der Seite\n\n\nErster Satz.\n"
    assert published == "2023-05-01T08:00"
    assert removed == [Removal.of("navigation teasers", [text.split("\n")[0]])]
    assert len(notes) == 2


@pytest.mark.parametrize(
    ("line", "label"),
    [
        ("Details zu Was die Zölle wirklich kosten", True),
        ("Mehr zu Was die Zölle wirklich kosten »", True),
        ("Was die Zölle wirklich kosten", False),
        ("Was die Zölle wirklich kosten, erklären wir hier ausführlich in vielen Worten", False),
        ("Details zu Wasser die Zölle wirklich kostend", False),
        ("Wirtschaft und Handel", False),
        ("Wirtschaft heute.", False),
    ],
)
def test_link_labels(line: str, label: bool) -> None:
    headings = ["Was die Zölle wirklich kosten", "Wirtschaft"]
    assert is_link_label(line, headings) is label


# --- structure ----------------------------------------------------------------------------

GERMAN_BODY = (
    "Die Zölle auf Autos steigen ab dem 1. Juli 2023 deutlich an. Hersteller in Europa "
    "rechnen mit Einbußen, z. B. beim Export nach Amerika. Die Regierung bzw. das "
    "Ministerium will verhandeln. Ob das gelingt, ist offen, denn die Gegenseite hat "
    "u. a. neue Forderungen gestellt und die Gespräche vom 10. Oktober 2023 abgebrochen"
)
ENGLISH_EXCERPT = (
    "Tariffs on cars rise sharply from July 1, 2023. Manufacturers in Europe expect "
    "losses, for example on exports to America. The government wants to negotiate, but "
    "whether that succeeds is an open question, because the other side has"
)
SCRAPED = f"""\
neue-zoelle-treffen-die-autoindustrieNeue Zölle treffen die Autoindustrie
wer-gewinnt,-wer-verliert-beim-handelsstreitWer gewinnt, wer verliert beim Handelsstreit
was-die-zoelle-wirklich-kosten

Was die Zölle wirklich kosten

Published On: 2. Juli 2023 14:05

Der Handelsstreit zwischen Europa und Amerika hat eine neue Stufe erreicht. Beide Seiten \
drohen mit weiteren Maßnahmen, und die Märkte reagieren nervös.

{GERMAN_BODY}

Original Artikel Teaser

What the tariffs really cost

{ENGLISH_EXCERPT}

Details zu What the tariffs really cost

neue-zoelle-treffen-die-autoindustrieNeue Zölle treffen die Autoindustrie
wer-gewinnt,-wer-verliert-beim-handelsstreitWer gewinnt, wer verliert beim Handelsstreit
"""


@pytest.fixture(scope="module")
def scraped(tmp_path_factory: pytest.TempPathFactory) -> Document:
    path = tmp_path_factory.mktemp("scraped") / "page.txt"
    path.write_text(SCRAPED, encoding="utf-8")
    return load_document(path)


def test_scraped_page_loses_teasers_and_date_line(scraped: Document) -> None:
    assert "-" not in scraped.text.split("\n")[0]
    for chrome in ("neue-zoelle", "Neue Zölle treffen", "Wer gewinnt", "Published On"):
        assert chrome not in scraped.text
    assert scraped.published == "2023-07-02T14:05"


def test_scraped_page_title_from_the_text(scraped: Document) -> None:
    assert scraped.title == "Was die Zölle wirklich kosten"
    assert scraped.id == "was-die-zoelle-wirklich-kosten"
    assert not scraped.text.startswith(scraped.title)
    assert scraped.text.startswith("Der Handelsstreit zwischen Europa")


def test_scraped_page_excerpt_is_its_own_labelled_section(scraped: Document) -> None:
    roles = [(s.role, s.language, s.label) for s in scraped.sections]
    assert roles == [
        (SectionRole.BODY, "de", ""),
        (SectionRole.EXCERPT, "en", "Original Artikel Teaser"),
    ]
    excerpt = scraped.sections[1]
    excerpt_text = scraped.text[excerpt.start : excerpt.end]
    assert excerpt_text.startswith("Original Artikel Teaser")
    assert ENGLISH_EXCERPT in excerpt_text
    body = "".join(scraped.text[s.start : s.end] for s in scraped.body_spans())
    assert "Tariffs" not in body and GERMAN_BODY in body
    assert scraped.language_at(scraped.text.index("Tariffs")) == "en"
    assert scraped.language_at(0) == "de"
    assert [(h.level, h.title) for h in scraped.outline] == [
        (1, "Original Artikel Teaser"),
        (2, "What the tariffs really cost"),
    ]


def test_scraped_page_link_label_dropped(scraped: Document) -> None:
    assert "Details zu" not in scraped.text
    assert scraped.text.rstrip().endswith("because the other side has")


def test_scraped_page_truncation_and_lead(scraped: Document) -> None:
    kinds = {scraped.text[p.start : p.end][:25]: (p.kind, p.truncated) for p in scraped.paragraphs}
    assert kinds["Der Handelsstreit zwische"] == (BlockKind.PARAGRAPH, False)
    assert kinds[GERMAN_BODY[:25]] == (BlockKind.PARAGRAPH, True)
    assert kinds[ENGLISH_EXCERPT[:25]] == (BlockKind.PARAGRAPH, True)


def test_scraped_page_sentences_stay_in_their_sections(scraped: Document) -> None:
    for span in scraped.sentences:
        start_section = scraped.section_at(span.start)
        assert start_section is scraped.section_at(span.end - 1)
    german = [scraped.sentence_text(i) for i in range(len(scraped.sentences))]
    assert "Die Zölle auf Autos steigen ab dem 1. Juli 2023 deutlich an." in german
    assert "Die Regierung bzw. das Ministerium will verhandeln." in german


def blocks(*items: tuple[BlockKind, str]) -> ParsedText:
    return ParsedText([Block(kind, text) for kind, text in items], language="de")


LONG = "Dies ist ein ausreichend langer deutscher Absatz über Politik und Wirtschaft"


@pytest.mark.parametrize(
    ("parsed", "title", "first_kind"),
    [
        pytest.param(
            blocks((BlockKind.HEADING, "Titel"), (BlockKind.PARAGRAPH, LINE := LONG + ".")),
            "Titel",
            BlockKind.PARAGRAPH,
            id="heading-then-paragraph-is-title",
        ),
        pytest.param(
            blocks(
                (BlockKind.HEADING, "Teil"),
                (BlockKind.HEADING, "Kapitel"),
                (BlockKind.PARAGRAPH, LINE),
            ),
            "",
            BlockKind.HEADING,
            id="heading-then-heading-is-not-title",
        ),
        pytest.param(
            blocks((BlockKind.PARAGRAPH, LINE), (BlockKind.HEADING, "Später")),
            "",
            BlockKind.PARAGRAPH,
            id="opening-paragraph-no-title",
        ),
        pytest.param(
            blocks((BlockKind.HEADING, "Nur ein Titel")), "Nur ein Titel", None, id="heading-alone"
        ),
    ],
)
def test_title_from_a_leading_heading(
    parsed: ParsedText, title: str, first_kind: BlockKind | None
) -> None:
    shaped = shape(parsed)
    assert shaped.title == title
    assert (shaped.blocks[0].kind if shaped.blocks else None) is first_kind


@pytest.mark.parametrize(
    ("last", "truncated"),
    [
        (LONG + " und dann bricht der Text mitten im", True),
        (LONG + ".", False),
        (LONG + "?", False),
        (LONG + " »so«", False),
        (LONG + " (so)", False),
        ("Kurz und ohne Punkt", False),
    ],
)
def test_truncation_of_the_last_paragraph(last: str, truncated: bool) -> None:
    shaped = shape(blocks((BlockKind.PARAGRAPH, LONG + "."), (BlockKind.PARAGRAPH, last)))
    assert shaped.blocks[-1].truncated is truncated
    assert shaped.blocks[0].truncated is False


@pytest.mark.parametrize("count", [1, 2, 3])
def test_the_first_paragraph_is_no_lead_for_its_position(count: int) -> None:
    shaped = shape(blocks(*[(BlockKind.PARAGRAPH, LONG + ".")] * count))
    assert all(b.kind is BlockKind.PARAGRAPH for b in shaped.blocks)


def test_a_lead_the_format_marked_is_kept_only_before_the_body() -> None:
    standfirst = "Kurz gesagt: der Hafen wurde verlegt."
    shaped = shape(
        blocks(
            (BlockKind.HEADING, "Der neue Hafen"),
            (BlockKind.LEAD, standfirst),
            (BlockKind.PARAGRAPH, LONG + "."),
            (BlockKind.LEAD, "Zusammenfassung weiter unten, ein Kasten."),
        )
    )
    assert [b.kind for b in shaped.blocks] == [
        BlockKind.LEAD,
        BlockKind.PARAGRAPH,
        BlockKind.PARAGRAPH,
    ]


def test_short_headings_are_never_taken_for_link_labels(tmp_path: Path) -> None:
    document = load_text(
        tmp_path,
        "Belarus\n\n"
        + LONG
        + ".\n\nWirtschaft\n\nWirtschaft und Handel\n\n"
        + LONG
        + " im Handel.\n\nWirtschaft heute.\n",
    )
    assert document.title == "Belarus"
    assert "Wirtschaft und Handel" in [h.title for h in document.outline]
    assert "Wirtschaft heute." in document.text
