"""PDF layout read from positions and sizes: furniture drawn before the body, footnotes and
their marks, page numbers, table rows, captions and paragraph breaks at a column's top."""

from __future__ import annotations

from pathlib import Path

import pytest

from documents.loader import load_document
from documents.model import BlockKind, Document, SectionRole
from tests.data.fixtures.makers import Placed, write_pdf
from tests.unit.document_texts import paragraph_kinds_and_texts, paragraph_texts

BODY = 10.0
LEADING = 12.5
LEFT, RIGHT = 60.0, 320.0


def _column(x: float, top: float, lines: list[str]) -> list[Placed]:
    return [Placed.text(x, top - n * LEADING, BODY, line) for n, line in enumerate(lines)]


def _notes(document: Document) -> list[str]:
    return [
        document.text[s.start : s.end] for s in document.sections if s.role is SectionRole.NOTES
    ]


def _page_with_footnote(number: str) -> list[Placed]:
    """A page drawn as a page template does: its number and its footnote first."""
    return [
        Placed.text(290, 30, 8, number),
        Placed(60, 80, ((6, "1", 1.5), (7.5, " Die Zahlen schwanken je nach Quelle.", 0))),
        Placed.text(LEFT, 760, 17, "Die Sirupflut"),
        Placed(
            LEFT,
            720,
            ((BODY, "Aus dem Fass liefen viele Liter Sirup", 0), (8, "1", 3), (BODY, " in", 0)),
        ),
        *_column(LEFT, 720 - LEADING, ["die engen Gassen der Altstadt von Lübeck."]),
        *_column(LEFT, 680, ["Danach kam der Winter und mit ihm ein langer Frost,", "der blieb."]),
    ]


def test_footnotes_and_page_number_drawn_first_are_no_body_text(tmp_path: Path) -> None:
    document = load_document(write_pdf(tmp_path / "f.pdf", [_page_with_footnote("– 1 –")]))
    paragraphs = paragraph_texts(document)
    assert document.title == "Die Sirupflut"
    assert paragraphs[0] == (
        "Aus dem Fass liefen viele Liter Sirup\u202f¹ in die engen Gassen der Altstadt von Lübeck."
    )
    assert not any("– 1 –" in text for text in paragraphs)
    assert _notes(document) == ["[1] Die Zahlen schwanken je nach Quelle."]


@pytest.mark.parametrize("number", ["– 2 –", "- 2 -", "Seite 2", "2 / 5", "Page 2 of 5", "2"])
def test_page_numbers_of_any_common_shape_are_furniture(tmp_path: Path, number: str) -> None:
    document = load_document(write_pdf(tmp_path / "n.pdf", [_page_with_footnote(number)]))
    assert number not in document.text


def test_a_lowered_digit_is_a_subscript_not_a_note_mark(tmp_path: Path) -> None:
    page = [
        Placed(LEFT, 700, ((BODY, "Das Wasser H", 0), (8, "2", -2), (BODY, "O gefror.", 0))),
        Placed.text(LEFT, 700 - LEADING, BODY, "Es war kalt im ganzen Land, sehr kalt."),
    ]
    document = load_document(write_pdf(tmp_path / "s.pdf", [page]))
    assert "H2O" in document.text
    assert _notes(document) == []


def test_table_cells_on_one_baseline_are_rows_and_a_caption_is_marked(tmp_path: Path) -> None:
    rows = [("Merkmal", "Wert"), ("Baujahr", "1907"), ("Länge", "etwa 40 Meter")]
    page = _column(LEFT, 720, ["Der Kahn lag lange im Hafen und rostete vor sich hin."])
    for n, (left, right) in enumerate(rows):
        page += [Placed.text(LEFT, 680 - 15 * n, 8, left), Placed.text(200, 680 - 15 * n, 8, right)]
    page.append(Placed.text(LEFT, 620, 8.5, "Tab. 1: Daten des Kahns"))
    page += _column(LEFT, 590, ["Im Jahr darauf wurde er verschrottet, ganz ohne Feier."])
    paragraphs = paragraph_kinds_and_texts(load_document(write_pdf(tmp_path / "t.pdf", [page])))
    assert paragraphs[1:5] == [
        (BlockKind.ROW, "Merkmal | Wert"),
        (BlockKind.ROW, "Baujahr | 1907"),
        (BlockKind.ROW, "Länge | etwa 40 Meter"),
        (BlockKind.CAPTION, "Tab. 1: Daten des Kahns"),
    ]


def test_paragraphs_break_at_a_column_top_and_at_a_small_gap(tmp_path: Path) -> None:
    left = [
        "Der erste Absatz erzählt von einem langen Sommer am See,",
        "in dem niemand an den Herbst dachte, bis er plötzlich kam.",
    ]
    after_gap = [
        "Der zweite Absatz folgt nach einem kleinen Abstand, wie ihn",
        "Satzprogramme gern setzen, und endet unten in der Spalte.",
    ]
    right = ["Der dritte Absatz beginnt oben in der rechten Spalte und", "endet dort auch wieder."]
    page = (
        _column(LEFT, 700, left)
        + _column(LEFT, 700 - 2 * LEADING - 4, after_gap)
        + _column(RIGHT, 700, right)
    )
    document = load_document(write_pdf(tmp_path / "c.pdf", [page]))
    paragraphs = paragraph_texts(document)
    assert [text.split()[1] for text in paragraphs] == ["erste", "zweite", "dritte"]


def test_a_small_table_at_the_page_foot_is_no_footnote(tmp_path: Path) -> None:
    page = _column(LEFT, 700, ["Die Ergebnisse der Wahl stehen in der Tabelle unten."])
    for n, (left, right) in enumerate([("1 Anna Berg", "412"), ("2 Otto Lenz", "388")]):
        page += [Placed.text(LEFT, 80 - 12 * n, 8, left), Placed.text(200, 80 - 12 * n, 8, right)]
    document = load_document(write_pdf(tmp_path / "w.pdf", [page]))
    assert _notes(document) == []
    assert (BlockKind.ROW, "1 Anna Berg | 412") in paragraph_kinds_and_texts(document)


def test_a_raised_exponent_after_a_unit_is_no_note_mark(tmp_path: Path) -> None:
    page = [
        Placed(
            LEFT, 700, ((BODY, "Der Hof maß 40 m", 0), (7, "2", 3), (BODY, " und lag still.", 0))
        ),
        Placed.text(LEFT, 700 - LEADING, BODY, "Niemand wohnte dort seit vielen Jahren mehr."),
    ]
    document = load_document(write_pdf(tmp_path / "m.pdf", [page]))
    assert "40 m2 und" in document.text


def test_a_small_number_opening_a_table_row_after_body_text_stays(tmp_path: Path) -> None:
    rows = [("14", "Gravel Street", "1871"), ("5", "Mill Lane", "1871"), ("230", "houses", "all")]
    page = _column(
        LEFT,
        720,
        [
            "The heat came first, long before anyone in the quarter saw flames.",
            "The fire spread from the barn to the whole quarter that night.",
            "By morning the quarter was ash and the wind had turned.",
        ],
    )
    page.append(Placed.text(LEFT, 720 - 3 * LEADING, 8, "9"))
    page += _column(LEFT, 720 - 4 * LEADING, ["Nobody in the town forgot that night."])
    for n, cells in enumerate(rows):
        columns = zip((60, 120, 240), cells, strict=True)
        page += [Placed.text(x, 640 - 12 * n, 8, cell) for x, cell in columns]
    page += _column(LEFT, 590, ["The town rebuilt the quarter in stone.", "It took ten years."])
    paragraphs = paragraph_kinds_and_texts(load_document(write_pdf(tmp_path / "r.pdf", [page])))
    assert paragraphs[1] == (BlockKind.PARAGRAPH, "9")
    assert paragraphs[3:6] == [
        (BlockKind.ROW, "14 | Gravel Street | 1871"),
        (BlockKind.ROW, "5 | Mill Lane | 1871"),
        (BlockKind.ROW, "230 | houses | all"),
    ]


def test_a_smaller_raised_number_opening_a_body_line_stays_in_the_text(tmp_path: Path) -> None:
    page = [
        *_column(LEFT, 720, ["Im Holz der alten Balken steckt ein Rest an Kohlenstoff, und"]),
        Placed(
            LEFT,
            720 - LEADING,
            ((7, "14", 3), (BODY, "C zerfällt darin so langsam, dass man das Alter misst.", 0)),
        ),
        *_column(LEFT, 720 - 2 * LEADING, ["So weiß man heute, wann der Baum gefällt wurde."]),
    ]
    document = load_document(write_pdf(tmp_path / "c.pdf", [page]))
    assert "und 14C zerfällt darin" in document.text
    assert _notes(document) == []


def test_a_wrapped_line_opening_with_a_figure_label_goes_on_with_its_sentence(
    tmp_path: Path,
) -> None:
    lines = [
        "The river rose faster in the spring of that year than in any spring",
        "the gauges had recorded before, as the readings of the survey show in",
        "Figure 2. The keepers of the lock had asked for a higher wall for years,",
        "but the council spent the money on a new town hall instead, and the",
        "water came over the old wall on the third night of the thaw.",
    ]
    paragraphs = paragraph_kinds_and_texts(
        load_document(write_pdf(tmp_path / "w.pdf", [_column(LEFT, 700, lines)]))
    )
    assert [kind for kind, _ in paragraphs] == [BlockKind.PARAGRAPH]
    assert "show in Figure 2. The keepers" in paragraphs[0][1]


def test_a_small_block_at_the_page_foot_opening_with_a_number_is_no_footnote(
    tmp_path: Path,
) -> None:
    page = [
        *_column(LEFT, 720, ["Die Bergung zog sich bis in den Abend hin, und niemand ging heim."]),
        *_column(LEFT, 720 - LEADING, ["Erst spät kamen die letzten Helfer aus dem Hafen zurück."]),
        Placed.text(LEFT, 90, 8, "30 Boote lagen danach noch wochenlang im Schlick, so"),
        Placed.text(LEFT, 80, 8, "erzählte es später der Hafenmeister."),
    ]
    document = load_document(write_pdf(tmp_path / "b.pdf", [page]))
    assert _notes(document) == []
    assert "30 Boote lagen" in document.text


def test_a_foot_line_opening_with_a_referenced_number_is_a_footnote(tmp_path: Path) -> None:
    page = [
        Placed(LEFT, 720, ((BODY, "Die Bergung zog sich hin", 0), (7, "2", 3), (BODY, ".", 0))),
        *_column(LEFT, 720 - LEADING, ["Erst spät kamen die letzten Helfer aus dem Hafen zurück."]),
        Placed.text(LEFT, 90, 8, "2 So erzählte es später der Hafenmeister."),
    ]
    document = load_document(write_pdf(tmp_path / "n.pdf", [page]))
    assert _notes(document) == ["[2] So erzählte es später der Hafenmeister."]
