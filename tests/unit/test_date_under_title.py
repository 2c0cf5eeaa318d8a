"""A date line just under a document's title (or above it) dates the text in Markdown and
plain text alike; a date the text restates or one of several entries' date lines does not."""

from __future__ import annotations

from pathlib import Path

import pytest

from documents.loader import load_document
from documents.model import Document, DocumentMeta

PROSE = (
    "Der Leuchtturm am Westrand der Insel wurde 1907 gebaut und 1975 automatisiert. Seitdem"
    " wohnt niemand mehr im Wärterhaus.\n\nIm Sommer führt der Heimatverein Besucher hinauf.\n"
)


def _load(tmp_path: Path, name: str, text: str) -> Document:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return load_document(path, DocumentMeta(language="de"))


@pytest.mark.parametrize("name", ["turm.md", "turm.txt"])
@pytest.mark.parametrize(
    ("head", "day"),
    [
        ("{h}Der Leuchtturm von Hörnum\n\nSylt, 14. Juni 2024\n\n", "2024-06-14"),
        ("{h}Der Leuchtturm von Hörnum\n\nMontag, 3. Februar 2025\n\n", "2025-02-03"),
        ("Sylt, 14. Juni 2024\n\n{h}Der Leuchtturm von Hörnum\n\n", "2024-06-14"),
    ],
)
def test_a_date_line_by_the_title_dates_the_text(
    tmp_path: Path, name: str, head: str, day: str
) -> None:
    heading = "# " if name.endswith(".md") else ""
    document = _load(tmp_path, name, head.format(h=heading) + PROSE)
    assert document.meta.published == day
    assert "Leuchtturm am Westrand" in document.text  # the prose stays whole


@pytest.mark.parametrize("name", ["turm.md", "turm.txt"])
def test_the_heading_over_a_date_line_is_the_title(tmp_path: Path, name: str) -> None:
    """A new user's plain text (Weimar's library fire) opened with its headline and a date
    line under it; the date dated the text, but both lines were headings, so no title was
    taken and the document was named after its file."""
    heading = "# " if name.endswith(".md") else ""
    text = f"{heading}Als der Leuchtturm verlosch: Hörnum im Sturm\n\nSylt, 14. Juni 2024\n\n"
    document = _load(tmp_path, name, text + PROSE)
    assert document.meta.title == "Als der Leuchtturm verlosch: Hörnum im Sturm"
    assert document.meta.published == "2024-06-14"
    assert "Sylt, 14. Juni 2024" in document.text  # the date line stays in the text


@pytest.mark.parametrize("name", ["faehre.md", "faehre.txt"])
@pytest.mark.parametrize("day", ["23. Oktober 1931", "*23. Oktober 1931*"])
def test_a_bare_date_under_the_title_is_the_storys_day(tmp_path: Path, name: str, day: str) -> None:
    heading = "# " if name.endswith(".md") else ""
    text = (
        f"{heading}Der Tag, an dem die Fähre sank\n\n{day}\n\nAm Morgen des 23. Oktober lag"
        " dichter Nebel über dem Sund, als die Fähre ablegte.\n\nHeute erinnert ein Stein am"
        " Anleger an die Toten.\n"
    )
    assert _load(tmp_path, name, text).meta.published == ""


def test_entries_date_lines_are_no_date_of_writing(tmp_path: Path) -> None:
    text = (
        "# Tagebuch einer Wanderung\n\n3. Mai 1915\n\nRegen seit dem Morgen, wir blieben im"
        " Quartier.\n\n5. Mai 1915\n\nDer Marsch ging weiter nach Osten.\n"
    )
    assert _load(tmp_path, "tagebuch.md", text).meta.published == ""
