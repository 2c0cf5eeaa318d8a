"""Fitting text into cells: cuts at word boundaries, always with an ellipsis."""

from __future__ import annotations

import pytest
from rich.cells import cell_len

from reader.text_fit import fit_lines, shorten, window

SENTENCE = (
    "Lukaschenko reagierte begeistert auf die amerikanischen Öffnungen und ermutigte ihn, "
    "dem Druck Russlands zur Beschleunigung der politischen und wirtschaftlichen Integration "
    "im supranationalen „Unionsstaat“ zu widerstehen."
)


@pytest.mark.parametrize(
    ("text", "width", "expected"),
    [
        ("Its notes stay in the notes file.", 20, "Its notes stay in…"),
        ("December 13, 2024", 7, "Decemb…"),
        ("kurz", 10, "kurz"),
        ("zwei\nZeilen", 20, "zwei Zeilen"),
    ],
)
def test_shorten_cuts_after_a_word_with_an_ellipsis(text: str, width: int, expected: str) -> None:
    assert shorten(text, width) == expected


@pytest.mark.parametrize("word", ["Lukaschenko", "Russlands", "Unionsstaat", "widerstehen"])
@pytest.mark.parametrize("width", [24, 40, 70])
def test_window_keeps_the_focus_whole_and_cuts_between_words(word: str, width: int) -> None:
    start = SENTENCE.index(word)
    low, high = window(SENTENCE, (start, start + len(word)), width)
    assert low <= start and start + len(word) <= high
    assert (high - low) + (low > 0) + (high < len(SENTENCE)) <= width
    assert low == 0 or SENTENCE[low - 1] == " "
    assert high == len(SENTENCE) or SENTENCE[high] == " "


@pytest.mark.parametrize("lines", [1, 2, 3])
@pytest.mark.parametrize("width", [12, 30, 60])
def test_fit_lines_wraps_at_words_and_marks_the_cut(lines: int, width: int) -> None:
    fitted = fit_lines(SENTENCE, width, lines)
    assert len(fitted) == lines and all(cell_len(line) <= width for line in fitted)
    assert fitted[-1].endswith("…")
    shown = " ".join(fitted)[:-1].split()
    assert SENTENCE.split()[: len(shown) - 1] == shown[:-1]


def test_fit_lines_keeps_short_text_whole() -> None:
    assert fit_lines("zwei\nZeilen", 20, 3) == ["zwei Zeilen"]
    assert fit_lines("", 20, 3) == []
