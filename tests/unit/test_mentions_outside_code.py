"""No glossary mention inside program code (trial 22c: a fenced block was underlined)."""

from __future__ import annotations

import re
from pathlib import Path

from documents.model import BlockKind
from glossary.mentions import Mention, MentionTable
from reader.services import Services, outside_code
from tests.unit.document_texts import load_text


def test_a_name_in_a_code_block_is_no_mention(tmp_path: Path) -> None:
    document = load_text(
        tmp_path,
        "# Minsk\n\nMinsk liegt in Belarus.\n\n```\nstadt = 'Minsk'  # Belarus\n```\n\n"
        "Belarus grenzt an Polen.\n",
        "minsk.md",
    )
    code = document.text.index("stadt")
    end = document.text.index("\n", document.text.index("# Belarus"))
    found = Services().mentions(document)
    names = [document.text[m.start : m.end] for m in found]
    assert "Belarus" in names  # the prose keeps its mentions
    assert all(not code <= m.start < end for m in found), names


def test_mentions_between_and_after_several_code_blocks_are_kept(tmp_path: Path) -> None:
    """The columns are sliced between code ranges: every mention outside them stays, in
    order, with its entry."""
    document = load_text(
        tmp_path,
        "# Rivers\n\nThe Tay and the Dee.\n\n```\nriver = 'Tay'\n```\n\nThe Dee floods.\n\n"
        "```\nDee Tay Dee\n```\n\nThe Tay is long.\n",
        "rivers.md",
    )
    text = document.text
    table = MentionTable(text)
    for match in re.finditer(r"Tay|Dee", text):
        table.append(Mention(match.group().lower(), match.start(), match.end(), match.group()))
    kept = outside_code(table, document)
    blocks = [p for p in document.paragraphs if p.kind is BlockKind.CODE]
    assert len(blocks) == 2
    expected = [m for m in table if not any(b.start <= m.start < b.end for b in blocks)]
    assert list(kept) == expected
    assert [m.text for m in kept] == ["Tay", "Dee", "Dee", "Tay"]
    assert len(table) == 8
