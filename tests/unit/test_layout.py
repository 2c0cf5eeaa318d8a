"""The document layout: every visual line, kept as columns and made an object when asked for."""

from __future__ import annotations

from pathlib import Path

import pytest

from documents.catalog import read_catalog
from documents.loader import load_document
from reader.widgets.layout import (
    LineKind,
    Notices,
    VisualLine,
    code_lines,
    layout_document,
)


@pytest.mark.parametrize("width", [30, 78])
def test_lines_cover_the_text_within_the_width(width: int) -> None:
    for entry in read_catalog():
        document = load_document(entry.path, meta=entry.meta)
        lines = layout_document(document, width, Notices())
        assert list(lines.starts) == sorted(lines.starts)
        assert list(lines) == [lines[index] for index in range(len(lines))]
        assert lines[-1] == lines[len(lines) - 1]
        for line in lines:
            if line.kind not in (LineKind.BLANK, LineKind.NOTICE):
                assert 0 < line.end - line.start <= width - line.indent
        shown = " ".join(document.text[line.start : line.end] for line in lines)
        paragraphs = " ".join(document.text[p.start : p.end] for p in document.paragraphs)
        assert shown.split() == paragraphs.split()


def test_notices_and_indents_are_kept(tmp_path: Path) -> None:
    entry = next(entry for entry in read_catalog() if entry.id == "rs-belarus-2024")
    document = load_document(entry.path, meta=entry.meta)
    lines = layout_document(document, 60, Notices(excerpt="Auszug · {language}"))
    notices = [line for line in lines if line.kind is LineKind.NOTICE]
    assert "Auszug · EN" in [line.notice for line in notices]
    assert all(line.notice == "" for line in lines if line.kind is not LineKind.NOTICE)
    page = tmp_path / "hafen.html"
    page.write_text(
        "<html><body><article><h1>Der Hafen</h1><p class='standfirst'>Der alte Hafen wird "
        "verlegt, und die Stadt streitet seit Jahren darüber, wohin.</p><p>Am Montag tagte "
        "der Rat der Stadt zum ersten Mal in diesem Jahr über die Pläne für das Ufer.</p>"
        "<p>Die Fischer fürchten um ihre Liegeplätze am alten Kai im Norden.</p></article>"
        "</body></html>",
        encoding="utf-8",
    )
    lines = layout_document(load_document(page), 40, Notices())
    leads = [line for line in lines if line.kind is LineKind.LEAD]
    assert leads and all(line.indent == 0 for line in leads)  # no bar: it is no quotation
    quotes = [line for line in lines if line.kind is LineKind.QUOTE]
    assert all(line.indent == 2 for line in quotes)
    assert isinstance(lines[0], VisualLine)
    with pytest.raises(IndexError):
        lines[len(lines)]


def test_code_lines_keep_indentation_and_cut_long_lines_for_the_marker() -> None:
    text = "x = 1\n\n    return somewhat_long_name\nend"
    lines = list(code_lines(text, 0, len(text), 20))
    assert [text[start:end] for start, end in lines] == [
        "x = 1",
        "",
        "    return somewhat",
        "end",
    ]
    assert lines[-1] == (len(text) - 3, len(text))
