"""Note references shown as marks apart from the words: superscript digits, no glue."""

from __future__ import annotations

import pytest

from documents.note_marks import note_placeholder, show_note_marks


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        (f"Die Fähre brachte Salz{note_placeholder('1')} nach Rügen.", "Salz\u202f¹ nach"),
        (f"Sie kam 1912.{note_placeholder('12')} Dann", "1912.¹² Dann"),
        (f"Sie sagte „nein“{note_placeholder('*')}.", "„nein“*."),
        (f"Das geschah am 4.{note_placeholder('2')} Mai 1912.", "am 4. Mai 1912."),
        (f"Es war am 9.{note_placeholder('4')} des Monats.", "am 9. des Monats."),
        (f"Die Zahl der Boote sank auf 14.{note_placeholder('3')} Dann", "auf 14.³ Dann"),
    ],
)
def test_a_mark_stands_apart_and_never_inside_a_date(text: str, shown: str) -> None:
    assert shown in show_note_marks(text)
