"""Column widths of an aligned table (reader/widgets/table_layout.py) and figure marks."""

from __future__ import annotations

from pathlib import Path

import pytest

from documents.blocks import is_figure_mark
from documents.loader import load_document
from documents.model import BlockKind
from reader.widgets.layout import wrap_range
from reader.widgets.table_layout import MIN_COLUMN, align_table, cell_ranges, column_widths


def test_cells_are_found_between_separators() -> None:
    text = "ab | c d | e"
    assert [text[s:e] for s, e in cell_ranges(text, 0, len(text))] == ["ab", "c d", "e"]


def test_a_bar_inside_a_cell_cuts_no_cell(tmp_path: Path) -> None:
    """Review 24 E12: Markdown's escaped ``\\|`` and a bar in code stay inside their cell."""
    path = tmp_path / "pipes.md"
    path.write_text(
        "# Pipes\n\n| Form | Sinn |\n|---|---|\n| `ls \\| wc` | zählt |\n| ja \\| nein | Wahl |\n",
        encoding="utf-8",
    )
    document = load_document(path)
    rows = [p for p in document.paragraphs if p.kind is BlockKind.ROW]
    cells = [
        [document.text[s:e] for s, e in cell_ranges(document.text, r.start, r.end)] for r in rows
    ]
    assert [len(row) for row in cells] == [2, 2, 2]
    assert cells[1][0].split() == ["ls", "|", "wc"] and cells[2][1] == "Wahl"


@pytest.mark.parametrize(
    ("natural", "width", "widths"),
    [
        ([4, 10, 6], 40, [4, 10, 6]),  # fits: every column as wide as its longest cell
        ([4, 80, 12], 60, [4, 38, 12]),  # the long one wraps, the short ones keep theirs
        ([40, 40], 43, [20, 20]),  # shared evenly
        ([30, 31, 2], 40, [16, 16, 2]),
    ],
)
def test_short_columns_keep_their_width(natural: list[int], width: int, widths: list[int]) -> None:
    found = column_widths(natural, width)
    assert found == widths
    assert sum(found) + 3 * (len(found) - 1) <= width


def test_a_table_too_wide_to_align_is_left_as_text() -> None:
    assert column_widths([20] * 6, 6 * MIN_COLUMN) is None


def test_wrapped_cells_keep_their_text_and_offsets() -> None:
    text = "Jahr | Ein langer Satz in einer Zelle, der nicht auf eine Zeile passt | Ort"
    table = align_table(text, [(0, len(text))], 40, wrap_range)
    assert table is not None
    [row] = table.rows
    middle = "".join(text[line[1].start : line[1].end] + " " for line in row).strip()
    assert middle == "Ein langer Satz in einer Zelle, der nicht auf eine Zeile passt"
    assert all(piece.end - piece.start <= piece.width for line in row for piece in line)
    assert text[row[0][0].start : row[0][0].end] == "Jahr" and row[1][0].start == row[1][0].end


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("[Abbildung]", True),
        ("[Figure 3]", True),
        ("[Illustration: The tower by the harbour]", True),
        (" [Abb. 2: Der Turm] ", True),
        ("[Karte IV]", True),
        ("[Anm. d. Red.]", False),  # an editor's remark is text
        ("[Abbildung] zeigt den Turm.", False),  # a sentence about a figure
        ("Siehe [Figure 3].", False),
        # bracketed prose: a second sentence, or more words than a caption has (review 24 E5)
        ("[Skizze. Das Blatt ist hier zerrissen; der Schluss fehlt ganz.]", False),
        ("[Tafel – Hinweis der Setzerin: Zwei Seiten fehlen, wir folgen dem Erstdruck.]", False),
        ("[Chart. The figures for the second winter were lost when the mill burned down.]", False),
        ("[Photo 7: Two lighthouse keepers on the pier at low tide.]", True),
    ],
)
def test_figure_marks(text: str, figure: bool) -> None:
    assert is_figure_mark(text) is figure
