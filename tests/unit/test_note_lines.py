"""The notes list's plain lines: aligned by cells, clipped, never carrying control characters."""

from __future__ import annotations

import io

from rich.cells import cell_len

from reader.cli.note_lines import NoteColumns, clean_cell, clean_middle, write_note_lines


def test_a_cell_is_one_line_of_exactly_its_width() -> None:
    assert clean_cell("kurz", 8) == "kurz    "
    assert clean_cell("Sanktionen  sind\nkein Gamechanger", 12) == "Sanktionen …"
    assert clean_cell("Überraschung", 12) == "Überraschung"


def test_wide_characters_are_counted_by_cells() -> None:
    cell = clean_cell("日本語のテキストです", 9)
    assert cell_len(cell) == 9 and cell.endswith("…")
    assert cell_len(clean_cell("🐋 Wal", 10)) == 10


def test_control_characters_never_reach_the_terminal() -> None:
    cell = clean_cell("rot\x1b[31m \x07Glocke \u202eumgedreht", 40)
    assert "\x1b" not in cell and "\x07" not in cell and "\u202e" not in cell
    assert "rot Glocke umgedreht" in cell and cell_len(cell) == 40


def test_lines_are_aligned_and_streamed_in_batches() -> None:
    columns = NoteColumns.fit(120, ["swp-belarus-2023", "rs"], 123_456)
    rows = [
        (f"{n:08d}-rest", "rs", f"{n}–{n + 5}", "yellow", "Zitat " * n, "Notiz", "a, b")
        for n in range(5000)
    ]
    out = io.StringIO()
    write_note_lines(out, "Notes (5,000)", columns, iter(rows))
    lines = out.getvalue().splitlines()
    assert lines[0] == "Notes (5,000)" and lines[1].startswith("id ")
    assert len(lines) == 3 + 5000
    starts = {line.index("yellow") for line in lines[3:]}
    assert len(starts) == 1  # every row's colour starts in the same column
    assert max(cell_len(line) for line in lines) <= 120


def test_the_shortcut_for_clean_lines_cuts_as_the_general_path_does() -> None:
    """A leading line break sends any text down the general path (split, join, measure) and
    changes nothing else, so both paths must agree on every text and width."""
    import itertools

    pieces = ["Wort", "Ü", " ", "  ", "\t", "\xa0", "日本", "\x1b[1m", "…", "é"]
    for combo in itertools.product(pieces, repeat=3):
        text = "".join(combo)
        for width in range(1, 15):
            assert clean_cell(text, width) == clean_cell("\n" + text, width), (text, width)


def test_a_document_id_gets_up_to_a_third_of_the_line_and_keeps_its_end() -> None:
    """Two versions of a document differ at the end of their ids: a wide terminal shows the
    ids whole, a narrow one cuts them in the middle."""
    ids = [
        "ignaz-semmelweis-und-das-kindbettfieber-v1",
        "ignaz-semmelweis-und-das-kindbettfieber-v2",
    ]
    wide = NoteColumns.fit(200, ids, 1_000)
    assert wide.doc == len(ids[1])
    assert wide.line(("a", ids[1], "1–2", "yellow", "q", "n", "t")).split()[1] == ids[1]
    narrow = NoteColumns.fit(60, ids, 1_000)
    assert narrow.doc == 20
    cells = [narrow.line(("a", doc, "1–2", "yellow", "q", "n", "t")).split()[1] for doc in ids]
    assert cells == ["ignaz-semm…fieber-v1", "ignaz-semm…fieber-v2"]
    assert cell_len(clean_middle("日本語の文書-v2", 9)) == 9
    assert clean_middle("日本語の文書-v2", 9).rstrip().endswith("…-v2")
