"""The regex pass of sentence splitting finds exactly the boundaries its definition names.

``documents.sentences._pieces`` looks for the mark first and checks the word before it
alone; the definition below is the one pattern it replaced (a word of letters ending in two
lowercase letters, or a number of three digits or more not after ".,-" and not before a
month, then the mark, a footnote mark (superscripts or ``[4]``, perhaps after a closing
quote), the space, and a capitalised word or
a number and a word).
"""

from __future__ import annotations

import random
import re

import pytest

from documents import sentences
from documents.sentences import _abbreviations, _inside_quote, _pieces

_MONTHS = "Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember"
_DEFINITION = re.compile(
    r"(?<!\w)(?:(?P<word>[^\W\d_]*[a-zäöüß]{2})|(?<![.,\-])\d{3,}(?!\s*(?:" + _MONTHS + ")))"
    r"[.!?](?:[\"'»“”’]*(?:[¹²³⁰⁴⁵⁶⁷⁸⁹]+|\[\d{1,3}\]))?"
    r"(?P<gap>\s+)(?=[A-ZÄÖÜ][a-zäöüß]|\d+\s+[^\W\d_])"
)


def _defined_pieces(text: str, language: str) -> list[tuple[int, int]]:
    abbreviations = _abbreviations(language)
    pieces, start = [], 0
    for match in _DEFINITION.finditer(text):
        word = match.group("word")
        if word and word.lower() in abbreviations or _inside_quote(text, start, match.start("gap")):
            continue
        pieces.append((start, match.start("gap")))
        start = match.end("gap")
    pieces.append((start, len(text)))
    return pieces


_ATOMS = [
    *("bzw", "Nr", "str", "ca", "Dr", "usw", "Haus", "haus", "ab", "X", "é", "ß", "über"),
    *("Ä", "a", "1", "12", "123", "2022", "_", "-", ".", ",", "!", "?", " ", "  ", "\n"),
    *("»", "«", "„", "“", '"', "(", ")", "Januar", " Mai", "x1", "١٢٣", "Ⅻ", "²³⁴"),
]
"""Words, abbreviations, numbers (also other scripts' digits), marks, quotes and brackets."""


@pytest.mark.parametrize("language", ["de", "en"])
def test_the_pieces_are_the_definitions_on_random_text(language: str) -> None:
    rng = random.Random(14)
    for _ in range(4000):
        text = "".join(rng.choice(_ATOMS) for _ in range(rng.randrange(1, 40)))
        assert _pieces(text, language) == _defined_pieces(text, language), repr(text)


def test_the_pieces_are_the_definitions_on_prose() -> None:
    text = (
        "Am 24. Februar 2022. Das war bzw. ist so. Er kam um 1900. Danach ging er. "
        "Sie sagte: »Wir gehen. Heute.« Dann (vgl. S. 12. Kapitel) Schluss! Wer? "
        "Nr. 12 Straße. 2022. Januar war kalt. Im Jahr 2023. 4 Tage später Hausbau. "
        "Es war 1.234. Das Ende. Mit x_y. Aber wie. Und so 123 Euro."
    )
    for language in ("de", "en"):
        assert _pieces(text, language) == _defined_pieces(text, language)
    assert len(_pieces(text, "de")) > 5
    assert sentences.split_sentences(text, "de")
