"""Blanking spans keeps every offset and blanks exactly what the per-character loop did."""

from __future__ import annotations

import random

import pytest

from glossary.blanking import blank_spans


def _per_character(text: str, spans: list[tuple[int, int]], digits_only: bool) -> str:
    chars = list(text)
    for start, end in spans:
        for offset in range(start, end):
            if not digits_only or text[offset].isdigit():
                chars[offset] = " "
    return "".join(chars)


@pytest.mark.parametrize("digits_only", [False, True])
def test_random_overlapping_spans_match_the_per_character_loop(digits_only: bool) -> None:
    rng = random.Random(7)
    text = "Am 3. März 1990 sagte Müller² in Köln: 12 Tage später war es 1991. " * 5
    for _ in range(200):
        spans = []
        for _ in range(rng.randrange(6)):
            start = rng.randrange(len(text))
            spans.append((start, min(len(text), start + rng.randrange(15))))
        blanked = blank_spans(text, spans, digits_only=digits_only)
        assert blanked == _per_character(text, spans, digits_only)
        assert len(blanked) == len(text)


def test_no_spans_gives_the_text() -> None:
    assert blank_spans("Berlin 1990", []) == "Berlin 1990"
    assert blank_spans("Berlin 1990", [(7, 11)], digits_only=True) == "Berlin     "
    assert blank_spans("Berlin 1990", [(0, 6), (3, 8)]) == "        990"
