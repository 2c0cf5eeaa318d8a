"""PDF paragraphs from each page's own line pitch and indents, at any line spacing.

The PDFs are drawn line by line (``tests.data.fixtures.makers``), so every baseline is
known exactly. reportlab is not among the dev dependencies; these files set what a
generator would: a pitch (leading), extra space between paragraphs, first-line indents.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from documents.loader import load_document
from tests.data.fixtures.makers import Placed, write_pdf
from tests.unit.document_texts import paragraph_texts

SIZE = 11.0
LEFT = 72.0
TOP = 760.0

PARAGRAPHS = [
    [
        "The lighthouse keeper kept a log of every ship that passed the point.",
        "He wrote down the name, the flag and the hour, and the state of the sea.",
        "In the winter of the great storm the log ran to eleven pages a night.",
    ],
    [
        "His daughter took over the log when his eyes grew weak in later years.",
        "She added the colour of the sky, which he had never thought worth noting.",
        "Her pages are the ones that the weather office asked to copy in the end.",
    ],
    [
        "The tower was shut when the new radio beacon came into service up north.",
        "Its lamp went to a museum, and the logbooks went to the county archive.",
        "Anyone may read them there on a weekday, though only with white gloves.",
    ],
]
"""Three paragraphs whose lines are all long and end with a stop: neither a short last line
nor a sentence's end within a line tells where a paragraph ends."""


def _page(
    paragraphs: list[list[str]], pitch: float, space: float, indent: float = 0.0
) -> list[Placed]:
    """The paragraphs set at ``pitch``, with ``space`` before each paragraph after the first
    and its first line indented by ``indent``."""
    placed, y = [], TOP
    for number, lines in enumerate(paragraphs):
        if number:
            y -= space
        for at, line in enumerate(lines):
            x = LEFT + (indent if number and not at else 0.0)
            placed.append(Placed.text(x, y, SIZE, line))
            y -= pitch
    return placed


def _joined(paragraphs: list[list[str]]) -> list[str]:
    return [" ".join(lines) for lines in paragraphs]


@pytest.mark.parametrize(
    ("pitch", "space"),
    [
        (13.2, 4.0),  # single spacing, a small space after each paragraph
        (16.5, 4.0),  # one and a half lines
        (26.4, 4.0),  # double spacing: 4 pt is a sixth of the pitch
        (26.4, 13.2),  # double spacing, half a line between paragraphs
        (12.0, 12.0),  # a blank line between paragraphs
    ],
)
def test_paragraphs_at_any_line_spacing(tmp_path: Path, pitch: float, space: float) -> None:
    path = write_pdf(tmp_path / "log.pdf", [_page(PARAGRAPHS, pitch, space)])
    assert paragraph_texts(load_document(path)) == _joined(PARAGRAPHS)


@pytest.mark.parametrize("pitch", [13.2, 26.4])
def test_an_indented_first_line_opens_a_paragraph_without_space(
    tmp_path: Path, pitch: float
) -> None:
    path = write_pdf(tmp_path / "book.pdf", [_page(PARAGRAPHS, pitch, 0.0, indent=SIZE * 1.5)])
    assert paragraph_texts(load_document(path)) == _joined(PARAGRAPHS)


def test_each_page_has_its_own_pitch(tmp_path: Path) -> None:
    """A double-spaced first page (a title page, a manuscript) before single-spaced ones:
    measured against the whole file's pitch, each of its lines would be a paragraph."""
    pages = [
        [[f"{season}: {line}" for line in lines] for lines in PARAGRAPHS]
        for season in ("Spring", "Summer", "Autumn")
    ]
    placed = [_page(pages[0], 26.4, 6.0)] + [_page(page, 13.2, 6.0) for page in pages[1:]]
    path = write_pdf(tmp_path / "mixed.pdf", placed)
    expected = [text for page in pages for text in _joined(page)]
    assert paragraph_texts(load_document(path)) == expected


def test_a_line_a_little_lower_inside_a_sentence_goes_on(tmp_path: Path) -> None:
    """A line set 2 pt lower (a word processor's leading grows around a raised mark) in the
    middle of a sentence is no paragraph break; space as small after a sentence's end is."""
    first = [*PARAGRAPHS[0][:2], "In the winter of the great storm the log of the keeper ran"]
    second = [
        "to eleven pages a night, and the ink froze in the well by the window.",
        *PARAGRAPHS[1],
    ]
    lines = first + second + PARAGRAPHS[2]
    page, y = [], TOP
    for at, line in enumerate(lines):
        y -= 2.0 if at in (3, 4 + len(PARAGRAPHS[1])) else 0.0
        page.append(Placed.text(LEFT, y, SIZE, line))
        y -= 13.2
    path = write_pdf(tmp_path / "wobble.pdf", [page])
    assert paragraph_texts(load_document(path)) == [
        " ".join(first + second),
        " ".join(PARAGRAPHS[2]),
    ]


@pytest.mark.parametrize("pitch", [13.2, 26.4])
def test_an_indented_block_keeps_its_lines_and_ends_with_its_indent(
    tmp_path: Path, pitch: float
) -> None:
    """Review 24 E9: a quotation indented 2 em keeps its short first line and ends where the
    lines return to the margin; a one-line first-line indent after it still opens one."""
    lines = [
        (0.0, "The ferryman painted a notice on the shed by the slipway, and under it"),
        (0.0, "he added the rule his own master had nailed to the same wall long ago:"),
        (22.0, "No crossing after dark."),
        (22.0, "No cattle in the boat when the wind stands from the north or east,"),
        (22.0, "and no fare taken from a child who goes to school on the far bank."),
        (0.0, "The notice stayed there for sixty years, long after he had died in the"),
        (0.0, "cottage on the hill and the ferry had given way to the concrete bridge."),
        (16.0, "Nobody now alive remembers who took it down, or where it was taken to"),
        (0.0, "when the shed was cleared and its boards were sold off for firewood."),
    ]
    placed = [
        Placed.text(LEFT + x, TOP - n * pitch, SIZE, text) for n, (x, text) in enumerate(lines)
    ]
    path = write_pdf(tmp_path / "notice.pdf", [placed])
    texts = [text for _, text in lines]
    assert paragraph_texts(load_document(path)) == [
        " ".join(texts[0:2]),
        " ".join(texts[2:5]),
        " ".join(texts[5:7]),
        " ".join(texts[7:9]),
    ]
