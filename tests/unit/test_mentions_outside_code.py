"""No glossary mention inside program code (trial 22c: a fenced block was underlined)."""

from __future__ import annotations

from pathlib import Path

from documents.loader import load_document
from reader.services import Services


def test_a_name_in_a_code_block_is_no_mention(tmp_path: Path) -> None:
    source = tmp_path / "minsk.md"
    source.write_text(
        "# Minsk\n\nMinsk liegt in Belarus.\n\n```\nstadt = 'Minsk'  # Belarus\n```\n\n"
        "Belarus grenzt an Polen.\n",
        encoding="utf-8",
    )
    document = load_document(source)
    code = document.text.index("stadt")
    end = document.text.index("\n", document.text.index("# Belarus"))
    found = Services().mentions(document)
    names = [document.text[m.start : m.end] for m in found]
    assert "Belarus" in names  # the prose keeps its mentions
    assert all(not code <= m.start < end for m in found), names
