"""Text copied out of a PDF: page numbers, running lines, footnotes, a date line, the title.

Made-up texts in German and English, with counter-examples that must stay as they are: a
poem whose refrain repeats, numbered lists, a title with a date in it, a year as a
paragraph of its own.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from documents.byline import read_date_line
from documents.furniture import drop_furniture
from documents.model import BlockKind, Removal
from tests.unit.document_texts import load_text, paragraph_texts

MILL = """Bremen, den 12. März 2019

Mitteilungen des Heimatvereins · Nr. 7
Die alte Wassermühle am Mühlenbach:
Geschichte eines Baudenkmals

Die Wassermühle am Mühlenbach wurde im Jahr 1741 errichtet und mahlte
bis zum Ende des neunzehnten Jahrhunderts Korn für die umliegenden Dör-
fer. Der letzte Müller, Heinrich Brandt, übergab den Betrieb 1889 an
seinen Neffen, der das Mühlrad durch eine Turbine ersetzen ließ.¹

Nach einem Hochwasser im Frühjahr 1902 stand die Mühle mehrere Wochen
still. Die Gemeinde beschloss, das Wehr zu erneuern, und bat den Kreis
um Unterstützung, die nach langen Verhandlungen schließlich auch ge-

- 1 -

Mitteilungen des Heimatvereins · Nr. 7
währt wurde. Im Sommer 1903 lief das Werk wieder an, nun mit Strom für
die Schule und das Gasthaus am Markt, die als erste angeschlossen waren.

Heute gehört das Gebäude dem Heimatverein, der dort ein kleines Museum
betreibt und an jedem ersten Sonntag im Monat Führungen anbietet. Die
Führungen beginnen um elf Uhr am Eingang zum Hof.

- 2 -

Mitteilungen des Heimatvereins · Nr. 7
Das Museum

Die Turbine von 1890 ist erhalten und kann besichtigt werden. Der Verein
sucht noch Fotografien aus der Zeit vor dem Umbau, vor allem Aufnahmen
des alten Mühlrads und der Wohnstube des Müllers im Obergeschoss.²

________________
¹ Nach dem Kirchenbuch der Gemeinde.
² Hinweise nimmt die Geschäftsstelle entgegen.
"""

CANAL = (
    "Leeds, 3 March 2021\n\n"
    "Notes on the Canal Towpath Survey\n\n"
    "The survey of the towpath began in the spring and covered eleven miles of\n"
    "the canal between the two locks. Volunteers recorded every bridge, every\n"
    "milestone and every mooring ring they found along the way. The work took\n"
    "most of April, with two teams walking towards each other from both ends.\n\n"
    "Canal Society Newsletter, page 1\n"
    "\f"
    "Most of the milestones were still in place, though several had been moved\n"
    "when the path was widened in the sixties. Two were found in a garden,\n"
    "where they had served as steps for many years, and were given back.\n\n"
    "Canal Society Newsletter, page 2\n"
    "\f"
    "The full list of finds will be printed in the autumn issue, together with\n"
    "a map of the whole route drawn by the members of the survey team. Copies\n"
    "can be ordered from the secretary at the usual address.\n\n"
    "Canal Society Newsletter, page 3\n"
)


def test_a_pdf_copy_loses_its_page_furniture(tmp_path: Path) -> None:
    document = load_text(tmp_path, MILL)
    paragraphs = paragraph_texts(document)
    assert "Heimatvereins" not in document.text
    assert not any("- 1 -" in p or "- 2 -" in p for p in paragraphs)
    assert any("auch gewährt wurde. Im Sommer 1903" in p for p in paragraphs)
    assert any(p.startswith("Heute gehört") for p in paragraphs)
    assert "Das Museum" in [h.title for h in document.outline]  # once at a page's top: text
    assert "ersetzen ließ.¹" in document.text  # the mark stays where the author put it


def test_what_cleaning_took_out_is_told(tmp_path: Path) -> None:
    # reader add prints these: a line lost without a word would be lost for good
    header = "Mitteilungen des Heimatvereins · Nr. 7"
    assert load_text(tmp_path, MILL).removed == [
        Removal("lone page numbers", 2, ("- 1 -", "- 2 -")),
        Removal("running header/footer lines", 3, (header, header, header)),
    ]
    assert load_text(tmp_path, "Ein Absatz ohne Seitenzahlen.\n", "plain.txt").removed == []


def test_a_pdf_copy_keeps_its_footnotes_apart(tmp_path: Path) -> None:
    paragraphs = paragraph_texts(load_text(tmp_path, MILL))
    assert paragraphs[-2:] == [
        "¹ Nach dem Kirchenbuch der Gemeinde.",
        "² Hinweise nimmt die Geschäftsstelle entgegen.",
    ]
    assert not any("____" in p for p in paragraphs)


def test_a_date_line_dates_the_text_and_a_wrapped_title_is_joined(tmp_path: Path) -> None:
    document = load_text(tmp_path, MILL)
    assert document.meta.published == "2019-03-12"
    assert document.meta.title == "Die alte Wassermühle am Mühlenbach: Geschichte eines Baudenkmals"
    assert document.id == "die-alte-wassermuehle-am-muehlenbach-geschichte"
    assert paragraph_texts(document)[0] == "Bremen, den 12. März 2019"  # the line stays


def test_form_feeds_and_running_footers_with_page_numbers(tmp_path: Path) -> None:
    document = load_text(tmp_path, CANAL)
    assert "Newsletter" not in document.text
    assert document.meta.title == "Notes on the Canal Towpath Survey"
    assert document.meta.published == "2021-03-03"
    assert len(document.paragraphs) == 4  # the date line and three paragraphs


def _pages(number_line: str) -> str:
    """Three pages of prose (eleven lines each), each followed by its page number; the
    first page ends in the middle of a sentence, as real pages do."""
    pages = []
    for page in range(1, 4):
        lines = [
            f"Auf Seite {page} steht der Satz Nummer {line} des langen Berichts."
            for line in range(1, 12)
        ]
        if page == 1:
            lines.append("Ein Satz läuft über das Ende der Seite")
        if page == 2:
            lines.insert(0, "hinaus und endet erst hier.")
        pages.append("\n".join(lines) + "\n\n" + number_line.format(n=page))
    return "\n\n".join(pages) + "\n"


@pytest.mark.parametrize(
    "number_line",
    ["- {n} -", "— {n} —", "{n}", "Seite {n}", "Page {n} of 3", "{n}/3", "[{n}]"],
)
def test_lone_page_numbers_are_dropped(number_line: str) -> None:
    text, notes = drop_furniture([_pages(number_line)])
    assert text.count("Satz Nummer") == 33
    assert "Ende der Seite\nhinaus und endet" in text
    assert all(line.endswith((".", "Seite")) for line in text.split("\n") if line.strip())
    assert [(removal.what, removal.count) for removal in notes] == [("lone page numbers", 3)]


POEM = """Am Brunnen vor dem Hause
da steht ein alter Baum,
ich träumt' in seinem Schatten
so manchen süßen Traum.
Und immer rauscht der Bach.

Ich musst' auch heute wandern
vorbei in tiefer Nacht,
da hab ich noch im Dunkeln
die Augen zugemacht.
Und immer rauscht der Bach.

- 1 -

Die kalten Winde bliesen
mir grad ins Angesicht,
der Hut flog mir vom Kopfe,
ich wendete mich nicht.
Und immer rauscht der Bach.

Nun bin ich manche Stunde
entfernt von jenem Ort,
und immer hör ich's rauschen,
du fändest Ruhe dort.
Und immer rauscht der Bach.

- 2 -
"""


def test_a_poems_refrain_at_a_page_foot_stays() -> None:
    text, _ = drop_furniture([POEM])
    assert text.count("Und immer rauscht der Bach.") == 4
    assert "- 1 -" not in text


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Zutaten\n\n1.\n\nZwei Eier schlagen.\n\n2.\n\nMehl unterrühren.\n", id="numbered"
        ),
        pytest.param("Steps\n\n1\n\nBeat two eggs.\n\n2\n\nStir in the flour.\n", id="bare-list"),
        pytest.param(
            "The harvest failed twice in a row. Which year was worst?\n\n2020.\n\n"
            "Nobody in the village would forget it.\n",
            id="year-paragraph",
        ),
        pytest.param(
            "Kapitel\n\n3\n\nEs war einmal ein Müller, der war arm.\n", id="one-bare-number"
        ),
    ],
)
def test_numbers_that_are_text_stay(text: str) -> None:
    assert drop_furniture([text]) == (text, [])


def test_years_wrapped_onto_lines_of_their_own_stay() -> None:
    lines = _prose_page(1)
    text = "\n".join([*lines[:5], "1906", *lines[5:], "1972", *lines[:8]]) + "\n"
    assert drop_furniture([text]) == (text, [])


@pytest.mark.parametrize("title", ["8. Mai 1945", "Dresden, 13. Februar 1945", "9 November 1989"])
def test_a_date_alone_above_the_prose_is_the_title(tmp_path: Path, title: str) -> None:
    document = load_text(
        tmp_path,
        f"{title}\n\nVor fünfundsiebzig Jahren endete der Krieg, und in den Städten begann"
        " ein langer Winter.\n\nDie Erinnerung daran wird in jedem Jahr erneuert.\n",
    )
    assert document.meta.title == title
    assert document.meta.published == ""


def test_a_title_with_a_date_in_it_is_a_title(tmp_path: Path) -> None:
    document = load_text(
        tmp_path,
        "Der 9. November 1989\n\nAm Abend öffnete sich die Grenze in Berlin, und Tausende"
        " zogen noch in der Nacht über die Brücken in den Westen der Stadt.\n\n"
        "Am nächsten Morgen standen die Menschen vor den Banken Schlange.\n",
    )
    assert document.meta.title == "Der 9. November 1989"
    assert document.meta.published == ""


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("Luxemburg, den 1. Juli 2015", "2015-07-01"),
        ("Berlin, 3 March 2021", "2021-03-03"),
        ("4. November 2022", "2022-11-04"),
        ("Montag, 7. Dezember 2026", "2026-12-07"),
        ("New York, May 5, 1999", "1999-05-05"),
        ("Der 9. November 1989", None),
        ("November 1989", None),
        ("Am 4. November 2022 regnete es", None),
    ],
)
def test_date_lines(line: str, day: str | None) -> None:
    assert read_date_line(line, "de") == day


def test_a_poems_couplet_is_no_title(tmp_path: Path) -> None:
    document = load_text(
        tmp_path,
        "Der Mond ist aufgegangen\nDie goldnen Sternlein prangen\n\n"
        "Am Himmel hell und klar\nDer Wald steht schwarz und schweiget\n"
        "Und aus den Wiesen steiget\nDer weiße Nebel wunderbar\n",
        name="abendlied.txt",
    )
    assert document.meta.title == "abendlied"
    assert document.paragraphs[0].kind is not BlockKind.HEADING


def test_a_rule_without_footnotes_is_left_alone(tmp_path: Path) -> None:
    text = (
        "Erster Teil des Textes, der hier endet.\n-----\n"
        "Zweiter Teil des Textes, der hier beginnt.\n"
    )
    assert paragraph_texts(load_text(tmp_path, text)) == [" ".join(text.split("\n")).strip()]


_WORDS = "river bridge market chapel harbour orchard quarry meadow forge tannery".split()


def _prose_page(page: int) -> list[str]:
    """Twenty-two lines of prose that end in sentences, none like another (nor like one of
    another page)."""
    return [
        f"The {_WORDS[line % 10]} near the {_WORDS[(line // 10 + page) % 10]} was visited"
        f" by the {_WORDS[(line + 3 * page) % 10]} committee on that day."
        for line in range(22)
    ]


def test_a_running_header_without_page_numbers_is_found_by_its_interval() -> None:
    pages = ["Parish Magazine · Spring Issue\n" + "\n".join(_prose_page(p)) for p in range(4)]
    pages[1] += "\nThe report of the committee goes on"  # a page ends mid-sentence
    pages[2] = pages[2].replace("Issue\n", "Issue\nover the page and ends here.\n")
    text, notes = drop_furniture(["\n\n".join(pages)])
    assert "Parish Magazine" not in text
    assert "goes on\nover the page" in text
    assert text.count("committee on that day.") == 88
    assert [removal.describe() for removal in notes] == [
        "dropped 4 running header/footer lines such as: Parish Magazine · Spring Issue"
    ]


def test_a_refrain_every_stanza_is_no_running_line() -> None:
    stanza = "The wind came down the valley\nand shook the orchard gate,\n"
    text = "".join(f"{stanza}Sing low, sing low, my darling\n\n" for _ in range(12))
    assert drop_furniture([text]) == (text, [])


def test_a_bare_number_beside_a_form_feed_is_a_page_number() -> None:
    """``pdftotext`` ends every page, the last one too, with a form feed."""
    pages = ["The ferry left at dawn.\n\n41\n\n", "It reached the island by noon.\n\n42\n\n", ""]
    text, notes = drop_furniture(pages)
    assert text.strip() == "The ferry left at dawn.\n\nIt reached the island by noon."
    assert notes == [Removal("lone page numbers", 2, ("41", "42"))]


def test_a_one_line_footnote_is_no_heading(tmp_path: Path) -> None:
    document = load_text(
        tmp_path,
        "Die Glocke wurde 1658 gegossen und hängt bis heute im Nordturm der Kirche.¹\n\n"
        "Sie läutet zu jedem Gottesdienst und an hohen Feiertagen auch am Abend.\n\n"
        "-----\n\n¹ Vgl. die Chronik\n\n² Ebenda\n",
    )
    assert not document.outline
    assert paragraph_texts(document)[-2:] == ["¹ Vgl. die Chronik", "² Ebenda"]


def test_pdftotext_pages_without_blank_lines() -> None:
    """Header, text and page number run on line by line; a form feed ends every page."""
    body = ["\n".join(_prose_page(page)[:12]) for page in range(3)]
    pages = [
        "JOURNAL OF CANAL HISTORY\n" + body[0] + "\nThe towpath was then re-\n1\n",
        "JOURNAL OF CANAL HISTORY\nbuilt in stone.\n" + body[1] + "\n2\n",
        "JOURNAL OF CANAL HISTORY\n" + body[2] + "\n3\n",
        "",
    ]
    text, notes = drop_furniture(pages)
    assert "JOURNAL" not in text
    assert "The towpath was then re-\nbuilt in stone." in text
    assert [removal.describe() for removal in notes] == [
        "dropped 3 lone page numbers such as: 1; 2; 3",
        "dropped 3 running header/footer lines such as: JOURNAL OF CANAL HISTORY",
    ]


def test_a_diarys_first_date_line_stays_an_entry(tmp_path: Path) -> None:
    document = load_text(
        tmp_path,
        "3. Mai 1915\n\nRegen seit dem Morgen. Wir blieben im Quartier und schrieben Briefe.\n\n"
        "5. Mai 1915\n\nDer Marsch ging weiter nach Osten, die Wege waren kaum passierbar.\n",
    )
    assert document.meta.published == ""  # the entry's day, not the day of writing
    assert "3. Mai 1915" in (document.meta.title, document.text[:11])  # as before: kept


def test_a_letters_opening_is_no_title(tmp_path: Path) -> None:
    document = load_text(
        tmp_path,
        "Lieber Paul,\nwir sind gut in Kiel angekommen\n\n"
        "Die Überfahrt war ruhig, und am Hafen wartete schon der Onkel mit dem Wagen auf uns.\n"
        "Am Abend gingen wir noch an der Förde spazieren und sahen die Fähren auslaufen.\n"
        "Morgen wollen wir mit dem Rad nach Laboe fahren, wenn das Wetter hält.\n",
        name="brief.txt",
    )
    assert document.meta.title == "brief"


def _sections(heading: str, count: int, lines: int, ending: str = "") -> str:
    """``count`` sections, each a heading between blank lines above prose of about
    ``lines`` lines (lengths differ a little), perhaps closed by an ``ending`` line."""
    parts = []
    for number in range(1, count + 1):
        prose = "\n".join(_prose_page(number)[: lines + number % 3])
        parts.append(f"{heading.format(n=number)}\n\n{prose}" + (f"\n{ending}" if ending else ""))
    return "\n\n".join(parts) + "\n"


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(_sections("Kapitel {n}", 4, 20), id="chapters"),
        pytest.param(_sections("Day {n}", 4, 20), id="days"),
        pytest.param(_sections("{n}", 3, 11), id="numbered-sections"),
        pytest.param(_sections("{n}", 4, 10).replace("\n1\n", "\n2019\n"), id="one-year"),
        pytest.param(_sections("20{n}", 4, 11).replace("\n20", "\n201"), id="year-headings"),
        pytest.param(
            _sections("Part {n}", 4, 20, "And still the bell rings on the shore"), id="refrain"
        ),
        pytest.param(_sections("{n}", 4, 11, "And still the bell rings on the shore"), id="ballad"),
        pytest.param(_sections("9/11", 1, 11), id="fraction-heading"),
    ],
)
def test_headings_and_refrains_of_sections_stay(text: str) -> None:
    assert drop_furniture([text]) == (text, [])


def test_a_scene_break_before_a_number_keeps_the_paragraph_whole(tmp_path: Path) -> None:
    paragraph = (
        "12 men came back in the spring. The others\n"
        "* had drowned, said the harbour master, or had stayed on the far shore, and\n"
        "3 years later nobody would speak of it.\n"
    )
    document = load_text(tmp_path, "The boats left in autumn.\n\n----------\n" + paragraph)
    assert paragraph_texts(document)[-1] == " ".join(paragraph.split("\n")).strip()


def test_a_title_wrapped_over_three_lines_is_joined(tmp_path: Path) -> None:
    document = load_text(
        tmp_path,
        "The Lighthouse Keepers of the Northern Isles\nand the Storm Winter\nof 1881\n\n"
        "When the storm of that winter reached the islands, the keepers had been without\n"
        "relief for six weeks, and the supply boat lay damaged in the harbour at Lerwick.\n"
        "Their logbooks, kept hour by hour, tell how they held the lights through it all.\n",
    )
    assert document.meta.title == (
        "The Lighthouse Keepers of the Northern Isles and the Storm Winter of 1881"
    )


def test_short_pages_that_repeat_a_line_keep_their_text(tmp_path: Path) -> None:
    """Three short pages whose every line is at an edge, the first the same on each page:
    cleaning never empties a page or the document."""
    pages = [
        f"The pickers met at the gate at dawn.\nIn week {n} they filled the crates.\n"
        f"Orchard Trust Bulletin, page {n}\n"
        for n in range(1, 4)
    ]
    text, _ = drop_furniture([*pages, ""])
    assert text.count("The pickers met at the gate at dawn.") == 3
    assert text.count("they filled the crates.") == 3
    document = load_text(tmp_path, "\f".join(pages))
    assert "filled the crates" in document.text


def test_year_headings_in_hard_wrapped_prose_stay(tmp_path: Path) -> None:
    # review 20: a title above the first heading and wrapped lines around the others read as
    # a paragraph running on across each year, and the years went as page numbers
    prose = (
        "That year the ferry landing was rebuilt by the parish after long debates about the "
        "cost, and the boatmen complained that the new steps were too steep for their nets. "
    ) * 3
    sections = [
        f"{year}\n\n" + textwrap.fill(prose + f"By the end of {year} the work was done.", 64)
        for year in (1931, 1932, 1933, 1934)
    ]
    document = load_text(tmp_path, "The Ferry Years\n\n" + "\n\n".join(sections) + "\n")
    assert [p for p in paragraph_texts(document) if p.isdigit()] == ["1931", "1932", "1933", "1934"]
    assert document.removed == []


@pytest.mark.parametrize(
    "opening", ["9. November 1989\n\nDie Nacht am Grenzübergang\n\n", "4 May 1911\n\nThe Fire\n\n"]
)
def test_a_bare_date_above_a_headline_is_the_storys_day(tmp_path: Path, opening: str) -> None:
    # review 20: an anniversary piece opens so; only "Ort, den …" above a title dates the text
    body = "Vor dreißig Jahren öffnete sich die Grenze. Viele kamen in der Nacht herüber.\n"
    document = load_text(tmp_path, opening + body)
    assert document.meta.published == ""
    assert opening.split("\n")[0] in document.text


def test_a_refrain_set_apart_after_long_stanzas_stays(tmp_path: Path) -> None:
    # review 20: a stop-less refrain after stanzas of lower-case verse went as a running line
    verse = "".join(
        f"and the tide came in at {n} and the gulls went over the roofs,\n" for n in range(22)
    )
    poem = "".join(f"{verse}\nStill the harbour bell is ringing\n\n" for _ in range(4))
    document = load_text(tmp_path, "The Harbour Bell\n\n" + poem)
    assert document.text.count("Still the harbour bell is ringing") == 4
    assert document.removed == []
