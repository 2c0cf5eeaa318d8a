"""Pilot tests of how the reading pane shows what an author marks: code, quotes, tables,
footnotes, each set off without changing the document text or its offsets."""

from __future__ import annotations

from pathlib import Path

from reader.app import ReaderApp
from reader.library import open_library
from reader.widgets.document_view import CUT_MARKER, DocumentView
from reader.widgets.pane import DocumentPane

MARKED_UP = """\
# Marked up

Some prose before the quote, with an aside.[^1]

> Words quoted from another writer.

| Animal | Legs |
|--------|------|
| Heron  | 2    |
| Beetle | 6    |

```
for step in steps:
    if step.done:
        print("this line of code is far too long to fit the pane and must be cut at its edge")
\tstep.close()
```

More prose after the code.

[^1]: The aside, at the foot of the text.
"""


def _app_showing(make_app, source: Path, text: str) -> ReaderApp:
    """An app with ``text``, written to ``source`` and added to the library, on the left."""
    source.write_text(text, encoding="utf-8")
    [added] = open_library().add([source]).added
    return make_app(left=added.id)


def _shown(view: DocumentView) -> list[str]:
    return [view.render_line(y).text.rstrip() for y in range(view.size.height)]


async def test_code_quotes_rows_and_notes_are_set_off(make_app, tmp_path: Path) -> None:
    app = _app_showing(make_app, tmp_path / "marked-up.md", MARKED_UP)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        view = app.screen.query(DocumentPane).first().view
        shown = _shown(view)
        text = view.document.text
        code = next(line for line in shown if "for step in steps:" in line)
        margin = code.index("for")
        assert any(line[margin:] == "    if step.done:" for line in shown)
        cut = next(line for line in shown if "print(" in line)
        assert cut.endswith(CUT_MARKER) and cut[margin:].startswith("        print(")
        assert "must be cut" in text  # only the view cuts the line
        assert any(line[margin:] == "    step.close()" for line in shown)  # a tab, drawn
        assert any(line[margin:] == "▎ Words quoted from another writer." for line in shown)
        rows = [line[margin:] for line in shown if "│" in line]
        assert rows == ["Animal │ Legs", "Heron  │ 2", "Beetle │ 6"]  # aligned columns
        notes = shown.index(next(line for line in shown if "Author's notes" in line))
        assert shown[notes][margin:].startswith("── Author's notes ──")
        assert "The aside, at the foot of the text." in shown[notes + 1]
        assert "Author's notes" not in text


LONG_TABLE = """\
# Ein Fahrplan

| Zeit | Halt | Bemerkung |
|------|------|-----------|
| 7:05 | Ostbahnhof | Der Zug wartet auf den Anschluss, bei Verspätung bis zu zehn Minuten |
| 7:40 | Markt | Kein Halt an Sonntagen |

Nach dem Fahrplan folgt Prosa.
"""


async def test_a_tables_columns_are_aligned_and_long_cells_wrap(make_app, tmp_path: Path) -> None:
    """Trial 24: rows of cells stood at different places. The cells of a column now start at
    one column of the pane; a long cell wraps within its column, a rule parts the rows; the
    cursor, marks and clicks on a wrapped cell still find the text's offsets."""
    from rich.style import Style

    from reader.widgets.document_view import Mark

    app = _app_showing(make_app, tmp_path / "fahrplan.md", LONG_TABLE)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        view = app.screen.query(DocumentPane).first().view
        text = view.document.text
        shown = _shown(view)
        rows = [line for line in shown if "│" in line]
        rules = {line.index("│") for line in rows}
        assert len(rules) == 1  # the first rule of every line at one column
        second = {line.index("│", line.index("│") + 1) for line in rows}
        assert len(second) == 1
        long_cell = [line for line in rows if "7:05" in line or line.lstrip().startswith("│")]
        assert len(long_cell) >= 2 and "7:05" in long_cell[0]  # wrapped in its column
        assert any("─┼─" in line for line in shown)
        word = text.index("Verspätung")
        view.set_marks("test", [Mark(word, word + len("Verspätung"), Style(bold=True))])
        y = next(i for i, line in enumerate(shown) if "Verspätung" in line)
        assert any(s.text == "Verspätung" and s.style.bold for s in view.render_line(y))
        x = shown[y].index("Verspätung") + 2
        assert view.offset_at(x, y) == word + 2
        await pilot.click(view, offset=(x, y))
        assert view.cursor_span() is not None and view.cursor_span()[0] <= word


FIGURES = """\
# Der Hafen

Der Turm steht am Hafen.

[Abbildung]

Er ist alt und wurde oft gemalt.

[Illustration: The tower by the harbour]
"""


async def test_a_figure_mark_is_drawn_as_a_figure(make_app, tmp_path: Path) -> None:
    """Trial 24: "[Abbildung]" stood as a paragraph of prose. It is drawn behind a figure
    sign in the figure style, its text and offsets unchanged; prose is not."""
    app = _app_showing(make_app, tmp_path / "hafen.md", FIGURES)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        view = app.screen.query(DocumentPane).first().view
        shown = _shown(view)
        figure = next(i for i, line in enumerate(shown) if "[Abbildung]" in line)
        assert "▣ [Abbildung]" in shown[figure]
        assert any("▣ [Illustration: The tower by the harbour]" in line for line in shown)
        prose = next(i for i, line in enumerate(shown) if "Er ist alt" in line)
        assert "▣" not in shown[prose]
        look = view.get_component_rich_style("document-view--figure")
        assert look.bgcolor is not None
        drawn = [s for s in view.render_line(figure) if "Abbildung" in s.text]
        assert drawn and all(s.style.bgcolor == look.bgcolor for s in drawn)
        assert not any(
            s.style and s.style.bgcolor == look.bgcolor
            for s in view.render_line(prose)
            if "alt" in s.text
        )


ARTICLE = """\
<!doctype html><html lang="en"><head><title>The flood</title></head><body><article>
<h1>The flood</h1>
<p>The tank split open on a cold January day, and the wave ran through the streets.</p>
<figure><img src="tank.jpg" alt=""><figcaption>What was left of the tank.</figcaption></figure>
<p>The court took years to decide who was to blame for the disaster.</p>
<aside><h2>By the numbers</h2><p>Twenty-one people died in the flood.</p></aside>
<p>The company paid in the end, long after the families had rebuilt their lives.</p>
</article></body></html>
"""


async def test_captions_and_asides_are_set_apart(make_app, tmp_path: Path) -> None:
    """A caption is drawn dim and italic, an aside behind a bar of its own; the text and its
    offsets are the document's (the lead, after fix-docs added the two block kinds)."""
    from documents.model import BlockKind

    app = _app_showing(make_app, tmp_path / "flood.html", ARTICLE)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        view = app.screen.query(DocumentPane).first().view
        document = view.document
        kinds = {p.kind for p in document.paragraphs}
        assert {BlockKind.CAPTION, BlockKind.ASIDE} <= kinds
        shown = _shown(view)
        caption = next(line for line in shown if "What was left of the tank." in line)
        aside = next(line for line in shown if "Twenty-one people died" in line)
        body = next(line for line in shown if "The court took years" in line)
        assert "┃ Twenty-one people died" in aside and "┃" not in body
        y = shown.index(caption)
        styles = [s.style for s in view.render_line(y) if "What" in s.text]
        assert styles and all(style is not None and style.italic for style in styles)
        y = shown.index(body)
        assert not any(s.style and s.style.italic for s in view.render_line(y) if "court" in s.text)


LEAD_PAGE = """\
<html><head><title>Harbour news</title></head><body><article>
<h1>Harbour news</h1>
<p class="standfirst">The old ferry returns to the harbour after a winter in the yard.</p>
<p>Workers painted the hull and mended the deck over four months.</p>
<p>The first crossing is planned for the spring.</p>
</article></body></html>
"""


async def test_a_lead_is_set_off_without_a_quotations_bar(make_app, tmp_path: Path) -> None:
    """Trial 24: the lead, italic behind a bar, looked like a quotation. It keeps its italic
    and the text's margin; only quotations, asides and figures stand behind a bar. (A lead
    is what the markup marks, so the page marks one.)"""
    app = _app_showing(make_app, tmp_path / "harbour.html", LEAD_PAGE)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        view = app.screen.query(DocumentPane).first().view
        lead = next(p for p in view.document.paragraphs if p.kind.value == "lead")
        first = view.document.text[lead.start : lead.end].split()[0]
        shown = _shown(view)
        y = next(i for i, line in enumerate(shown) if first in line)
        body = next(i for i, line in enumerate(shown) if i > y and line.strip() == "") + 1
        assert shown[y].index(first) == len(shown[body]) - len(shown[body].lstrip())
        assert "▏" not in shown[y]
        assert any(s.style and s.style.italic for s in view.render_line(y) if first in s.text)


WRAPPED_TABLE = """\
# Ergebnisse

| Bezirk | Lage | Ja |
|---|---|---|
| Nordbaden mit den alten Amtsbezirken Mannheim, Heidelberg und Karlsruhe am Rhein \
| am Ufer des Stroms, zwischen Odenwald und Pfalz gelegen | 57,1 % |
| Südbaden | im Süden | 37,8 % |

Nach der Tabelle folgt Prosa.
"""


async def test_every_cell_character_is_found_where_it_is_drawn(make_app, tmp_path: Path) -> None:
    """Review 24 E1: when a row's first cell wrapped, text in a later cell was mapped two
    lines below where it was drawn (search hits, anchors, the cursor landed too low). Every
    character of every cell, first and middle cells wrapping, is mapped to the place that
    draws it, that place maps back to it, and a click on it puts the cursor on its sentence."""
    from reader.widgets.table_layout import cell_ranges

    app = _app_showing(make_app, tmp_path / "ergebnisse.md", WRAPPED_TABLE)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        view = app.screen.query(DocumentPane).first().view
        text = view.document.text
        shown = [view.render_line(y).text for y in range(view.size.height)]
        rows = [p for p in view.document.paragraphs if " | " in text[p.start : p.end]]
        assert len(rows) == 3
        for first, last in (("Nordbaden", "Rhein"), ("Ufer", "Pfalz")):  # both cells wrap
            assert view.line_of_offset(text.index(first)) < view.line_of_offset(text.index(last))
        cells = [cell for row in rows for cell in cell_ranges(text, row.start, row.end)]
        for start, end in cells:
            for offset in range(start, end):
                if text[offset] == " ":
                    continue
                x, y = view.position_of(offset)
                assert shown[y][x] == text[offset], (text[start:end], offset, x, y)
                assert view.offset_at(x, y) == offset
        for start, _end in cells[3:6]:  # a click on each cell of the wrapped row
            x, y = view.position_of(start + 1)
            await pilot.click(view, offset=(x, y))
            span = view.cursor_span()
            assert span is not None and span[0] <= start + 1 < span[1]
            assert view.line_of_offset(start + 1) == y + int(view.scroll_offset.y)
