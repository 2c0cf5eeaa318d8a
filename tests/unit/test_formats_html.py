"""Saved web pages: the article is kept, the page's chrome goes, metadata comes along."""

from __future__ import annotations

from pathlib import Path

import pytest

from documents.errors import DocumentError
from documents.formats import describe
from documents.loader import load_document, read_raw
from documents.model import BlockKind, SectionRole
from glossary.dates import tag
from tests.unit.document_texts import paragraph_kinds_and_texts, refusal

PAGE = Path(__file__).resolve().parents[1] / "data" / "pages" / "policy-article.html"

ARTICLE = [
    "Seit der Präsidentschaftswahl im August 2020 hat sich Belarus politisch",
    "Für die Europäische Union stellt sich die Frage",
    "Russland liefert Energie zu Vorzugspreisen",
    "Auch sicherheitspolitisch ist die Bindung gewachsen",
    "Die Union sollte die Zivilgesellschaft im Exil weiter unterstützen",
    "Zwischen beiden Polen muss Brüssel seinen Weg finden.",
]
CHROME = [
    "Cookies",
    "Hauptnavigation",
    "Kommentare",
    "Jetzt spenden",
    "Startseite",
    "Lesezeit",
    "Teilen",
    "Lesen Sie auch",
    "Fünf Szenarien",
    "Newsletter",
    "Abonnieren",
    "Das könnte Sie auch interessieren",
    "Wiederaufbau der Ukraine",
    "Impressum",
    "Alle Rechte vorbehalten",
    "Schlagwörter",
]


def test_saved_page_keeps_the_article_and_drops_the_chrome() -> None:
    document = load_document(PAGE)
    for sentence in ARTICLE:
        assert sentence in document.text
    for chrome in CHROME:
        assert chrome not in document.text
    assert [h.title for h in document.outline] == [
        "Die Abhängigkeit von Russland",
        "Was die EU tun kann",
    ]
    body = [p for p in document.paragraphs if p.kind is not BlockKind.HEADING]
    assert len(body) == len(ARTICLE)


@pytest.mark.parametrize(
    ("article", "attributes", "lead"),
    [
        ("<article>", "", False),
        ("<article>", ' class="article__lead"', True),
        ("<article>", ' class="standfirst"', True),
        # review 24 E2: a class on the article (a layout word, or the whole text) is no lead
        ('<article class="post intro-layout">', "", False),
        ('<article class="intro">', "", False),
    ],
)
def test_a_page_s_lead_is_what_its_markup_marks(
    tmp_path: Path, article: str, attributes: str, lead: bool
) -> None:
    page = tmp_path / "fähre.html"
    page.write_text(
        f"<html><head><title>Die Fähre</title></head><body>{article}<h1>Die Fähre</h1>"
        f"<p{attributes}>Die Fähre über den Sund fährt seit vierzig Jahren, zweimal am Tag, "
        "bei jedem Wetter.</p><p>Im Winter friert der Sund manchmal zu, dann fährt sie nicht "
        "und die Post kommt mit dem Bus über die Brücke im Süden.</p><p>Der Kapitän kennt "
        "jeden Fahrgast mit Namen, sagt man auf der Insel.</p></article></body></html>",
        encoding="utf-8",
    )
    kinds = [p.kind for p in load_document(page).paragraphs]
    assert kinds[0] is (BlockKind.LEAD if lead else BlockKind.PARAGRAPH)
    assert kinds[1:] == [BlockKind.PARAGRAPH, BlockKind.PARAGRAPH]


@pytest.mark.parametrize(
    ("content", "said"),
    [
        ("Nur ein paar Worte über die Fähre, ganz ohne Auszeichnung.", "holds no HTML elements"),
        ("<html><body><script>var fähre = 1;</script></body></html>", "no article text"),
    ],
)
def test_a_page_without_text_is_refused_in_words(tmp_path: Path, content: str, said: str) -> None:
    path = tmp_path / "leer.html"
    path.write_text(content, encoding="utf-8")
    assert said in refusal(path, "")


def test_saved_page_metadata() -> None:
    meta = describe(read_raw(PAGE))
    assert meta.title == "Belarus zwischen Moskau und Brüssel"
    assert meta.language == "de"
    assert meta.publisher == "Ostpolitik Aktuell"
    assert meta.published == "2024-03-14"
    assert meta.author == "Katharina Beispiel"
    assert meta.source.startswith("https://ostpolitik.example/")
    document = load_document(PAGE)
    assert (document.title, document.language, document.published) == (
        "Belarus zwischen Moskau und Brüssel",
        "de",
        "2024-03-14",
    )


def _page(tmp_path: Path, body: str, lang: str = "") -> Path:
    attribute = f' lang="{lang}"' if lang else ""
    path = tmp_path / "page.html"
    path.write_text(
        f"<html{attribute}><head><title>T</title></head><body><article>{body}</article>"
        "</body></html>",
        encoding="utf-8",
    )
    return path


ENGLISH = (
    "<p>The government announced on Tuesday that the new budget would prioritise defence "
    "spending and support for refugees arriving from the east.</p>"
    "<p>Critics argued that the plan leaves too little room for investment in schools and "
    "hospitals, which have waited for years.</p>"
)


@pytest.mark.parametrize(
    ("dating", "published"),
    [
        ("", ""),
        ('<time datetime="2024-03-03">3. März 2024</time>', "2024-03-03"),
        ('<p class="date">Veröffentlicht am 12.05.2022</p>', "2022-05-12"),
    ],
)
def test_a_copyright_year_is_not_a_publication_date(
    tmp_path: Path, dating: str, published: str
) -> None:
    page = tmp_path / "page.html"
    page.write_text(
        f"<html lang='de'><body><article>{dating}<p>Die Brücke wurde lange geplant und"
        " schließlich gebaut.</p></article><footer>© 2026 Stadtwerke</footer></body></html>",
        encoding="utf-8",
    )
    assert describe(read_raw(page)).published == published


def test_heading_levels_follow_h1_to_h6(tmp_path: Path) -> None:
    body = f"<h1>Budget plans</h1>{ENGLISH}<h2>Defence</h2>{ENGLISH}<h3>Details</h3>{ENGLISH}"
    body += f"<h2>Schools</h2>{ENGLISH}"
    document = load_document(_page(tmp_path, body))
    assert [(h.level, h.title) for h in document.outline] == [
        (1, "Defence"),
        (2, "Details"),
        (1, "Schools"),
    ]


def test_the_title_heading_over_the_first_section_leaves_the_text(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>Budget plans</title></head><body><article><h1>Budget plans</h1>"
        f"<h2>Defence</h2>{ENGLISH}<h2>Schools</h2>{ENGLISH}</article></body></html>",
        encoding="utf-8",
    )
    document = load_document(page)
    assert document.title == "Budget plans"
    assert not document.text.startswith("Budget plans")
    assert [h.title for h in document.outline] == ["Defence", "Schools"]


def test_a_kicker_above_the_title_heading_leaves_with_it(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>Budget plans</title></head><body><article>"
        "<p class='kicker'>Politics · Money</p><h1>Budget plans</h1>"
        f"{ENGLISH}</article></body></html>",
        encoding="utf-8",
    )
    assert load_document(page).text.startswith("The government announced")


@pytest.mark.parametrize(
    ("lang", "body", "expected"),
    [
        ("", ENGLISH, "en"),
        (
            "",
            "<p>Die Bundesregierung hat am Dienstag angekündigt, dass der neue Haushalt vor "
            "allem die Verteidigung und die Unterstützung von Geflüchteten stärken soll.</p>"
            "<p>Kritiker bemängeln, dass für Schulen und Krankenhäuser zu wenig Geld bleibt, "
            "obwohl sie seit Jahren warten.</p>",
            "de",
        ),
        ("en-GB", ENGLISH, "en"),
        ("de", ENGLISH, "de"),  # the page's declared language wins over detection
    ],
)
def test_language_from_metadata_else_detected(
    tmp_path: Path, lang: str, body: str, expected: str
) -> None:
    assert load_document(_page(tmp_path, body, lang)).language == expected


def test_page_without_article_text_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "empty.html"
    path.write_text("<html><body><nav><a href='/'>Home</a></nav></body></html>", "utf-8")
    with pytest.raises(DocumentError, match="empty.html"):
        load_document(path)


def test_declared_encoding_is_honoured(tmp_path: Path) -> None:
    path = tmp_path / "latin1.html"
    text = "<p>Über die Größe der Straßenbahn in Köln wurde lange gestritten, heißt es.</p>" * 3
    path.write_bytes(
        f'<html><head><meta charset="iso-8859-1"></head><body><article>{text}</article>'
        "</body></html>".encode("latin-1")
    )
    assert "Über die Größe der Straßenbahn" in load_document(path).text


def test_a_figure_caption_is_a_paragraph_of_its_own(tmp_path: Path) -> None:
    caption = "The old bridge before its repair. <em>Photo: City archive</em>"
    body = f"{ENGLISH}<figure><img src='b.jpg' alt=''><figcaption>{caption}</figcaption></figure>"
    document = load_document(_page(tmp_path, body + ENGLISH))
    paragraphs = [document.text[p.start : p.end] for p in document.paragraphs]
    assert "The old bridge before its repair. Photo: City archive" in paragraphs
    assert paragraphs.index("The old bridge before its repair. Photo: City archive") == 2
    assert document.paragraphs[2].kind is BlockKind.CAPTION


HEADLINE = "The bridge that took forty years"


@pytest.mark.parametrize(
    ("head", "publisher"),
    [
        (f"<title>{HEADLINE} | Harbour Gazette</title>", "Harbour Gazette"),
        (f"<title>Harbour Gazette – {HEADLINE}</title>", "Harbour Gazette"),
        (f"<title>{HEADLINE} - Towns | Harbour Gazette</title>", "Harbour Gazette"),
        (
            f"<title>{HEADLINE}</title><meta property='og:site_name' content='The Gazette'>",
            "The Gazette",
        ),
        (
            f"<title>{HEADLINE}</title><meta name='application-name' content='Gazette App'>",
            "Gazette App",
        ),
        (f"<title>{HEADLINE}</title>", ""),
        ("<title>Bridges - Rivers | Towns</title>", ""),  # no part is the article's title
    ],
)
def test_the_publisher_comes_from_the_pages_metadata(
    tmp_path: Path, head: str, publisher: str
) -> None:
    page = tmp_path / "page.html"
    page.write_text(
        f"<html><head>{head}</head><body><article><h1>{HEADLINE}</h1>{ENGLISH}</article>"
        "</body></html>",
        encoding="utf-8",
    )
    assert describe(read_raw(page)).publisher == publisher


def test_a_note_reference_leaves_the_sentence(tmp_path: Path) -> None:
    """ "1874.1 The workers" ran the reference into the sentence: one sentence of two."""
    body = (
        "<p>The first pier of the bridge was set in 1874.<sup><a href='#fn1' id='r1'>1</a>"
        "</sup> The workers came from the mountain valleys and stayed for several years.</p>"
        f"{ENGLISH}"
    )
    document = load_document(_page(tmp_path, body))
    sentences = [document.sentence_text(i) for i in range(len(document.sentences))]
    assert sentences[:2] == [
        "The first pier of the bridge was set in 1874.¹",
        "The workers came from the mountain valleys and stayed for several years.",
    ]


def test_typed_endnotes_follow_the_article_set_apart(tmp_path: Path) -> None:
    """A page's endnotes were dropped by the extraction or read as article text."""
    body = (
        "<p>The bridge over the gorge was finished in 1911 after seven years of work.<sup>"
        "<a href='#n1'>1</a></sup></p>"
        f"{ENGLISH}"
        "<section role='doc-endnotes'><h2>Notes</h2><ol><li id='n1'>Letter of Mabel Orrin to "
        "the county engineer.</li><li>Second note.</li></ol></section>"
    )
    document = load_document(_page(tmp_path, body))
    body_text = " ".join(document.text[s.start : s.end] for s in document.body_spans())
    assert "seven years of work." in body_text
    assert "Orrin" not in body_text
    notes = [s for s in document.sections if s.role is SectionRole.NOTES]
    assert [document.text[s.start : s.end] for s in notes] == [
        "Notes\n\n1) Letter of Mabel Orrin to the county engineer.\n\n2) Second note."
    ]


def test_a_callout_with_the_aria_note_role_stays_in_the_article(tmp_path: Path) -> None:
    callout = "Visitors should note that the bridge is closed to lorries during the winter."
    body = f"{ENGLISH}<div role='note'><p>{callout}</p></div>{ENGLISH}"
    document = load_document(_page(tmp_path, body))
    body_text = " ".join(document.text[s.start : s.end] for s in document.body_spans())
    assert callout in body_text


def test_quotes_code_and_list_markers_keep_their_form(tmp_path: Path) -> None:
    """A web page's quote, code and numbered list were read as plain paragraphs: the code as
    one line of prose, the list without its order."""
    body = (
        f"{ENGLISH}<blockquote><p>We will not let the river decide for us, said the mayor of "
        "the town.</p></blockquote><pre><code>level = read()\nif level &gt; 5:\n    warn()"
        "</code></pre><ol><li>Close the sluice.</li><li>Open the weir.</li></ol>"
        "<ul><li>sandbags</li></ul>"
    )
    document = load_document(_page(tmp_path, body))
    kinds = {document.text[p.start : p.end]: p.kind for p in document.paragraphs}
    quote = "We will not let the river decide for us, said the mayor of the town."
    assert kinds[quote] is BlockKind.QUOTE
    assert kinds["level = read()\nif level > 5:\n    warn()"] is BlockKind.CODE
    assert "1) Close the sluice." in kinds and "2) Open the weir." in kinds
    assert "• sandbags" in kinds
    body_text = " ".join(document.text[s.start : s.end] for s in document.body_spans())
    assert "warn()" not in body_text


def test_a_numbered_list_of_months_makes_no_dates(tmp_path: Path) -> None:
    body = (
        "<p>Der Bau der neuen Brücke über den Fluss wird das ganze Jahr dauern, so plant es "
        "die Stadtverwaltung nach langen Beratungen mit den Anwohnern.</p>"
        "<ol><li>Januar: Bestandsaufnahme der alten Pfeiler.</li>"
        "<li>Februar: Planung der Umleitung.</li><li>März: Baubeginn am Ostufer.</li></ol>"
    )
    document = load_document(_page(tmp_path, body, lang="de"))
    assert "1) Januar: Bestandsaufnahme der alten Pfeiler." in document.text
    assert tag(document.text, "de", "2024-05-07") == []


def test_pandoc_endnotes_keep_their_numbers_and_lose_their_back_links(tmp_path: Path) -> None:
    body = (
        f"{ENGLISH}<p>The bridge was finished in 1874.<a href='#fn1' role='doc-noteref'>"
        "<sup>1</sup></a></p><section role='doc-endnotes'><hr/><ol><li id='fn1'><p>See Mabel "
        "Orrin, History of Smallton, 1970.<a href='#fnref1' role='doc-backlink'>↩︎</a></p>"
        "<p>A second paragraph of the note.</p></li></ol></section>"
    )
    document = load_document(_page(tmp_path, body))
    notes = [document.text[s.start : s.end] for s in document.sections]
    assert notes[-1] == (
        "1) See Mabel Orrin, History of Smallton, 1970.\n\nA second paragraph of the note."
    )


def test_an_aside_in_the_article_stays_where_it_stood_marked_as_aside(tmp_path: Path) -> None:
    box = (
        "<aside><h3>Key figures</h3><ul><li>Opened in 1932</li>"
        "<li>Length 503 metres</li></ul></aside>"
    )
    path = tmp_path / "page.html"
    path.write_text(
        "<html><head><title>T</title></head><body>"
        f"<aside><p>Sign up for our daily newsletter today</p></aside><article>{ENGLISH}{box}"
        f"{ENGLISH}</article></body></html>",
        encoding="utf-8",
    )
    document = load_document(path)
    shown = paragraph_kinds_and_texts(document)
    assert shown[2:5] == [
        (BlockKind.ASIDE, "Key figures"),
        (BlockKind.ASIDE, "• Opened in 1932"),
        (BlockKind.ASIDE, "• Length 503 metres"),
    ]
    assert "newsletter" not in document.text


def test_an_inline_aside_follows_its_block_and_leaves_no_placeholder(tmp_path: Path) -> None:
    body = (
        f"{ENGLISH}<div>Volunteers cleared the lane of the thick grey ash "
        "<aside><b>In short:</b> nine farms were buried under the ash that week.</aside> "
        "and the village stayed quiet for a month after the eruption.</div>"
        "<ul><li>The first point is about the crater and the ash it threw out."
        "<aside>Nine farms, two bridges and one chapel were lost.</aside></li>"
        "<li>The second point is about the river that carried it away.</li></ul>"
    )
    document = load_document(_page(tmp_path, body))
    shown = paragraph_kinds_and_texts(document)
    assert "aside-" not in document.text
    assert not any(0xE000 <= ord(c) <= 0xF8FF or ord(c) >= 0xF0000 for c in document.text)
    prose = (
        "Volunteers cleared the lane of the thick grey ash and the village stayed quiet "
        "for a month after the eruption."
    )
    first = "• The first point is about the crater and the ash it threw out."
    assert shown[2:] == [
        (BlockKind.PARAGRAPH, prose),
        (BlockKind.ASIDE, "In short: nine farms were buried under the ash that week."),
        (BlockKind.PARAGRAPH, first),
        (BlockKind.ASIDE, "Nine farms, two bridges and one chapel were lost."),
        (BlockKind.PARAGRAPH, "• The second point is about the river that carried it away."),
    ]


def test_newsletter_boxes_and_ad_slots_in_the_article_go(tmp_path: Path) -> None:
    newsletter = (
        "<aside class='signup'><h3>Our evening digest</h3><p>Get the day's stories in your "
        "inbox every evening, free of charge.</p><form><input type='email'/>"
        "<button>Join</button></form></aside>"
    )
    slot = "<aside class='ad'><p>Anzeige</p><p>Weiterlesen nach der Anzeige</p></aside>"
    box = "<aside><p>The old market hall stood on this square until the flood of 1888.</p></aside>"
    body = f"{ENGLISH}{newsletter}{slot}{box}{ENGLISH}"
    document = load_document(_page(tmp_path, body))
    shown = paragraph_kinds_and_texts(document)
    assert [text for kind, text in shown if kind is BlockKind.ASIDE] == [
        "The old market hall stood on this square until the flood of 1888."
    ]
    for boilerplate in ("digest", "inbox", "Anzeige", "Weiterlesen"):
        assert boilerplate not in document.text


def test_a_title_heading_with_a_note_reference_is_dropped_as_the_title(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(
        "<html><head><title>The ferry that sank</title></head><body><article>"
        "<h1>The ferry that sank<a href='#fn1' role='doc-noteref'><sup>1</sup></a></h1>"
        f"{ENGLISH}<section role='doc-endnotes'><ol><li id='fn1'><p>First printed in the "
        "parish letter.</p></li></ol></section></article></body></html>",
        encoding="utf-8",
    )
    document = load_document(path)
    assert document.meta.title == "The ferry that sank"
    assert "The ferry that sank" not in document.text
