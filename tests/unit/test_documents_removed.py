"""What cleaning took out travels as data from the parser to the document, never read back
out of the wording of a note."""

from __future__ import annotations

from pathlib import Path

import pytest

from documents import loader
from documents.blocks import Block, ParsedText
from documents.cache import ParsedCache
from documents.model import BlockKind, Removal
from documents.reading import RawSource

STRAYS = Removal("stray lines", 2, ("~ ~ ~", "* * *"))


def _parser(source: RawSource, language: str) -> ParsedText:
    """A parser that removed two lines and wrote a note that merely begins like a removal."""
    return ParsedText(
        [Block(BlockKind.PARAGRAPH, "Der Leuchtturm steht seit 1855 auf der Düne.")],
        language="de",
        notes=["dropped nothing: the title was read from the file name"],
        removed=[STRAYS],
    )


@pytest.mark.parametrize("cached", [False, True])
def test_removed_lines_reach_the_document_whatever_the_notes_say(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, cached: bool
) -> None:
    monkeypatch.setitem(loader.PARSERS, ".txt", _parser)
    path = tmp_path / "leuchtturm.txt"
    path.write_text("Der Leuchtturm steht seit 1855 auf der Düne.\n", encoding="utf-8")
    cache = ParsedCache(tmp_path / "cache")
    if cached:
        loader.load_document(path, cache=cache)  # the second load reads the cache's record
    assert loader.load_document(path, cache=cache).removed == [STRAYS]


def test_link_labels_are_a_removal(tmp_path: Path) -> None:
    text = (
        "# Die Fähre nach Amrum im Winter\n\nDie Fähre fährt im Winter zweimal am Tag.\n\n"
        "Mehr zu Die Fähre nach Amrum im Winter\n\nIm Sommer fährt sie stündlich.\n"
    )
    path = tmp_path / "faehre.md"
    path.write_text(text, encoding="utf-8")
    removed = loader.load_document(path).removed
    assert removed == [Removal("link labels", 1, ("Mehr zu Die Fähre nach Amrum im Winter",))]


def test_a_removal_keeps_a_few_examples_and_the_count() -> None:
    removal = Removal.of("lone page numbers", [f" - {n} - " for n in range(1, 40)])
    assert removal == Removal("lone page numbers", 39, ("- 1 -", "- 2 -", "- 3 -"))
    # every example kept is shown, each once (review 21 F7: only the first reached the output)
    assert removal.describe() == "dropped 39 lone page numbers such as: - 1 -; - 2 -; - 3 -"
    assert Removal("link labels", 2, ("Mehr", "Mehr")).describe() == (
        "dropped 2 link labels such as: Mehr"
    )
