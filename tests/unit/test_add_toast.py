"""The app's end-of-batch toast says what cleaning took out, without flooding."""

from __future__ import annotations

from pathlib import Path

from documents.model import Removal
from reader.features.library import MAX_CLEANED_SHOWN, cleaning_lines
from reader.library.add import AddedDocument

NUMBERS = Removal("lone page numbers", 12, ("- 1 -", "- 2 -", "- 3 -"))
HEADER = Removal(
    "running header/footer lines", 11, ("Heimatblätter · Heft 4 · Frühjahr 1999 · Sonderausgabe",)
)


def _added(title: str, *removed: Removal) -> AddedDocument:
    return AddedDocument(title.lower(), Path(f"{title}.txt"), title, removed=removed)


def test_each_cleaned_document_gets_one_line_with_its_count_and_first_examples() -> None:
    lines = cleaning_lines([_added("Ohne"), _added("Chronik", NUMBERS, HEADER)])
    assert lines == [
        "Chronik: cleaning removed 23 lines: 12 lone page numbers (“- 1 -”), "
        "11 running header/footer lines (“Heimatblätter · Heft 4 ·…”)"
    ]


def test_many_cleaned_documents_are_counted_not_listed() -> None:
    added = [_added(f"Heft {n}", NUMBERS) for n in range(MAX_CLEANED_SHOWN + 4)]
    lines = cleaning_lines(added)
    assert len(lines) == MAX_CLEANED_SHOWN + 1
    assert lines[-1] == "… and lines of 4 more documents"


def test_a_removed_line_is_one_line_of_plain_text() -> None:
    odd = Removal("link labels", 1, ("[bold]Mehr zu[/bold]\n Seite zwei",))
    [line] = cleaning_lines([_added("Web", odd)])
    assert "\n" not in line and "[bold]Mehr zu[/bold]" in line  # the toast shows it literally
