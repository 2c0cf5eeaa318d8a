"""A weekday told in the perfect is the last one before the date of writing (a Wednesday)."""

from __future__ import annotations

import pytest

from glossary.dates import tag

WEDNESDAY = "2025-06-11"


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        ("Am Dienstag hat die Feuerwehr den Keller ausgepumpt.", "de", "2025-06-10"),
        ("Am Samstag ist die Fähre nach Föhr verspätet ausgelaufen.", "de", "2025-06-07"),
        ("Der Kreis meldet, dass am Montag ein Bagger umgekippt ist.", "de", "2025-06-09"),
        ("Am Freitag wird über die Umgehung abgestimmt.", "de", "2025-06-13"),
        ("Ab Montag hat das Freibad wieder geöffnet.", "de", "2025-06-16"),
        ("On Tuesday the board has dismissed its treasurer.", "en", "2025-06-10"),
        ("Am Wochenende hat die Kapelle im Kurpark gespielt.", "de", "2025-W23-WE"),
    ],
)
def test_a_weekday_in_the_perfect(text: str, language: str, value: str) -> None:
    assert [t.value for t in tag(text, language, WEDNESDAY)] == [value]
