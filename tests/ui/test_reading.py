"""Pilot tests of the reading screen: panes, outline, picker, swap, help, positions."""

from __future__ import annotations

import json

from textual.color import Color
from textual.widgets import OptionList

from reader import paths
from reader.dialogs.help import HelpScreen
from reader.dialogs.outline import OutlineScreen
from reader.dialogs.picker import DocumentPicker
from reader.screens.reading import FEATURES, NESTING
from reader.settings import Settings
from reader.widgets.document_view import DocumentView
from reader.widgets.pane import DocumentPane
from reader.widgets.search_panel import SearchPanel
from tests.ui.test_search_ui import capture_notices


def pane_ids(app) -> list[str]:
    return [pane.document.id for pane in app.screen.query(DocumentPane)]


def visible_text(view: DocumentView) -> str:
    return "\n".join(view.render_line(y).text for y in range(view.size.height))


async def test_opens_both_seeds_side_by_side(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert pane_ids(app) == ["swp-belarus-2023", "rs-belarus-2024"]
        left, right = app.screen.query(DocumentPane)
        assert left.region.x < right.region.x and left.region.y == right.region.y
        assert "Die russische Vollinvasion der Ukraine" in visible_text(left.view)
        assert "Russlands Invasion der Ukraine begann" in visible_text(right.view)
        assert "wahlentruestung" not in visible_text(right.view)


async def test_features_nest_but_draw_nothing(make_app) -> None:
    """The features and the panes' container are hidden (the compositor skips them); the
    panes, and the panels the features open, are shown."""
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        nesting = app.screen.query(f".{NESTING}")
        assert len(nesting) == len(FEATURES) + 1
        assert not any(node.visible for node in nesting)
        for pane in app.screen.query(DocumentPane):
            assert pane.visible and pane.view.visible and pane.view.focusable
        await pilot.press("slash")
        await pilot.pause()
        panel = app.screen.query_one(SearchPanel)
        assert panel.is_open and panel.visible
        assert app.screen.get_widget_at(*panel.region.offset)[0] is not app.screen


async def test_saved_theme_reaches_the_first_screen(make_app) -> None:
    """The first screen keeps the styles its widgets got as they mounted (it is not restyled
    when first shown): the theme of the last session, set as the app mounts, is in them."""
    Settings(theme="textual-light").save(paths.settings_path())
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert app.theme == "textual-light"
        surface = Color.parse(app.get_css_variables()["surface"])
        assert surface.brightness > 0.5  # light, unlike the default theme's
        for pane in app.screen.query(DocumentPane):
            assert pane.view.styles.background == surface


async def test_narrow_terminal_stacks_panes(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        left, right = app.screen.query(DocumentPane)
        assert left.region.x == right.region.x and left.region.y < right.region.y


async def test_tab_switches_pane(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        left, right = app.screen.query(DocumentPane)
        assert app.focused is left.view
        await pilot.press("tab")
        assert app.focused is right.view
        await pilot.press("tab")
        assert app.focused is left.view


async def test_sentence_cursor_moves_and_scrolls(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        view = app.screen.query(DocumentPane).first().view
        assert view.cursor == 0
        await pilot.press("j", "j", "j")
        assert view.cursor == 3
        await pilot.press("k")
        assert view.cursor == 2
        await pilot.press("end")
        await pilot.pause()
        assert view.scroll_offset.y > 0
        last = len(view.document.sentences) - 1
        assert view.cursor == last  # the cursor went along, to the last sentence
        await pilot.press("j")
        assert view.cursor == last


async def test_outline_jumps_to_heading(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        view = app.screen.query(DocumentPane).first().view
        await pilot.press("o")
        assert isinstance(app.screen, OutlineScreen)
        await pilot.press("down", "down", "enter")
        await pilot.pause()
        document = view.document
        span = view.cursor_span()
        assert span is not None
        assert document.text[span[0] : span[1]] == "Kriegsbeginn als Zäsur"
        assert "Kriegsbeginn als Zäsur" in visible_text(view)


async def test_picker_changes_document_and_swap_exchanges_panes(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("x")
        await pilot.pause()
        assert pane_ids(app) == ["rs-belarus-2024", "swp-belarus-2023"]
        await pilot.press("p")
        assert isinstance(app.screen, DocumentPicker)
        await pilot.press("escape")
        assert pane_ids(app) == ["rs-belarus-2024", "swp-belarus-2023"]
        await pilot.press("p")
        await pilot.press("up", "enter")
        await pilot.pause()
        assert pane_ids(app)[0] == "swp-belarus-2023"
    saved = json.loads(paths.settings_path().read_text(encoding="utf-8"))
    assert saved["left"] == "swp-belarus-2023"


async def test_picker_filters_as_the_reader_types(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("x")  # the left pane shows the other document
        await pilot.pause()
        await pilot.press("p")
        picker = app.screen
        assert isinstance(picker, DocumentPicker)
        options = picker.query_one(OptionList)
        assert options.option_count == 2
        await pilot.press(*"SWP")  # the id, in another case
        assert [options.get_option_at_index(0).id] == ["swp-belarus-2023"]
        assert options.option_count == 1
        await pilot.press(*" [b]")  # markup is only typed text: nothing matches it
        assert options.option_count == 1
        assert options.get_option_at_index(0).disabled
        assert "[b]" in str(options.get_option_at_index(0).prompt)
        await pilot.press("enter")  # nothing to choose: the box stays
        assert app.screen is picker
        await pilot.press(*["backspace"] * 4, "enter")
        await pilot.pause()
        assert pane_ids(app)[0] == "swp-belarus-2023"


async def test_a_long_heading_keeps_its_indent_in_the_outline(make_app, tmp_path) -> None:
    """Trial 24: a long heading's next line in the outline began at column 0, under the
    headings above it; it keeps its level's indent, and the filter still finds it."""
    from reader.library import open_library

    source = tmp_path / "buch.md"
    long_title = "Ein Kapitel mit einem sehr langen Titel, der in einem schmalen Fenster umbricht"
    source.write_text(f"# Ein Buch\n\n## Vorwort\n\nEins.\n\n## {long_title}\n\nZwei.\n")
    [added] = open_library().add([source]).added
    app = make_app(left=added.id)
    async with app.run_test(size=(70, 30)) as pilot:
        await pilot.press("o")
        await pilot.pause()
        options = app.screen.query_one(OptionList)
        lines = [options.render_line(y).text for y in range(options.size.height)]
        first = next(i for i, line in enumerate(lines) if "Ein Kapitel" in line)
        indent = lines[first].index("Ein Kapitel")
        following = lines[first + 1]
        assert following.strip() and following.index(following.strip()[0]) == indent, lines
        await pilot.press(*"schmal")
        assert options.option_count == 1


async def test_outline_filter_keeps_matching_headings(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        view = app.screen.query(DocumentPane).first().view
        await pilot.press("o")
        options = app.screen.query_one(OptionList)
        every = options.option_count
        await pilot.press(*"zasur")  # without the umlaut
        assert 0 < options.option_count < every
        await pilot.press("enter")
        await pilot.pause()
        span = view.cursor_span()
        assert span is not None
        assert "Zäsur" in view.document.text[span[0] : span[1]]


async def test_documents_opened_by_id_open_again_at_the_next_start(make_app) -> None:
    """Trial 24: read with ``--left``/``--right``, then started without them, the app showed
    the pair chosen last in the app, not the two documents just read."""
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("x")  # chosen in the app: swp on the right
        await pilot.pause()
    assert json.loads(paths.settings_path().read_text(encoding="utf-8"))["right"] == (
        "swp-belarus-2023"
    )
    opened = make_app(left="swp-belarus-2023", right="rs-belarus-2024")  # the command line
    async with opened.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.pause()
    restarted = make_app()
    async with restarted.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert pane_ids(restarted) == ["swp-belarus-2023", "rs-belarus-2024"]


async def test_reading_position_survives_restart(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press(*["j"] * 12)
        view = app.screen.query(DocumentPane).first().view
        expected = view.cursor_span()
    restarted = make_app()
    async with restarted.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.pause()
        view = restarted.screen.query(DocumentPane).first().view
        assert view.cursor == 12
        assert view.cursor_span() == expected


async def test_a_position_reached_with_the_arrow_keys_survives_restart(make_app) -> None:
    """Trial 21: ↓ scrolled the text but the cursor stayed in view, so only the cursor was
    saved and the pane reopened at the top."""
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("g", *["down"] * 18)
        await pilot.pause()
        view = app.screen.query(DocumentPane).first().view
        top, cursor = int(view.scroll_offset.y), view.cursor
        assert top == 18
    restarted = make_app()
    async with restarted.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.pause()
        view = restarted.screen.query(DocumentPane).first().view
        assert (int(view.scroll_offset.y), view.cursor) == (top, cursor)


async def test_help_lists_keys(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        descriptions = [description for _keys, description in app.screen.key_rows]
        assert "Outline" in descriptions and "Next sentence" in descriptions
        await pilot.press("escape")
        assert not isinstance(app.screen, HelpScreen)


async def test_quitting_at_once_leaves_no_error(make_app) -> None:
    """Background work is scheduled after the first refresh; quitting before it runs is fine."""
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("q")
    assert app.return_code in (0, None)


async def test_reading_actions_are_in_the_palette(make_app) -> None:
    from reader.commands.reading import ReadingCommands

    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        provider = ReadingCommands(app.screen)
        hits = [hit async for hit in provider.search("Outline")]
        assert hits and hits[0].text == "Outline"
        app.call_later(hits[0].command)  # as the palette runs a command
        await pilot.pause()
        assert isinstance(app.screen, OutlineScreen)
        await pilot.press("escape")
        names = [hit.text async for hit in provider.discover()]
        assert {"Switch pane", "Swap", "Keys", "Next sentence", "Bottom"} <= set(names)


def test_help_writes_keys_as_the_footer_does() -> None:
    from reader.dialogs.help import collect_bindings
    from reader.screens.reading import ReadingScreen

    keys = dict((description, keys) for keys, description in collect_bindings(ReadingScreen))
    assert keys["Keys"] == "?"


async def test_scrolling_takes_the_sentence_cursor_along(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        view = app.screen.query(DocumentPane).first().view
        assert view.has_focus
        for keys in (["pagedown"] * 3, ["down"] * 5, ["G"], ["pageup"], ["up"] * 4, ["g"]):
            await pilot.press(*keys)
            await pilot.pause()
            assert view._cursor_on_screen(), keys
            start, _end = view.cursor_span()
            assert view.document.text[start:_end].split()[0] in visible_text(view)
        assert view.cursor == 0  # g: the top, and the first sentence
        await pilot.press("G")
        await pilot.pause()
        assert view.cursor == len(view.document.sentences) - 1


async def test_theme_is_remembered_and_first_start_is_quiet(make_app) -> None:
    app = make_app()
    notices = capture_notices(app)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        app.theme = "nord"
        await pilot.pause()
    assert not any("Sync" in notice for notice in notices)
    assert json.loads(paths.settings_path().read_text(encoding="utf-8"))["theme"] == "nord"
    again = make_app()
    async with again.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert again.theme == "nord"


async def test_help_scrolls_with_the_reading_keys(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        scroll = app.screen.query_one("VerticalScroll")
        assert scroll.max_scroll_y > 0
        await pilot.press("G")
        await pilot.pause()
        assert scroll.scroll_y == scroll.max_scroll_y
        await pilot.press("g")
        await pilot.pause()
        assert scroll.scroll_y == 0


async def test_a_document_date_is_written_in_the_document_language(make_app) -> None:
    app = make_app()  # the interface speaks English; both documents are German
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        right = app.screen.query_one("#right", DocumentPane)
        assert right.document.meta.language == "de"
        meta = str(right.query_one(".pane--meta").render())
        assert meta.startswith("13. Februar 2024 · ") and "February" not in meta


def test_picker_leaves_out_details_a_document_lacks(tmp_path) -> None:
    from reader.cli import main
    from reader.library import open_library

    article = tmp_path / "plain.txt"
    article.write_text("Ein Text ohne Herausgeber und Datum.\n", encoding="utf-8")
    assert main(["add", str(article)]) == 0
    picker = DocumentPicker(open_library(), "plain", "left")
    details = [str(option.prompt).splitlines()[1] for option in picker.options()]
    assert "  plain" in details  # no " ·  · " for the missing publisher and date
    assert all(" ·  " not in line and not line.endswith("·") for line in details)


async def test_the_picker_lists_a_document_added_outside_at_once(
    make_app, monkeypatch, tmp_path
) -> None:
    """Trial 23: after `reader remove X` and `reader add` while the app ran, the picker said
    "Nothing matches" until the app's next look at the library file (every 2 s, or later on a
    busy machine); it appeared on a second try."""
    from reader import app as app_module
    from reader.cli import main

    monkeypatch.setattr(app_module, "LIBRARY_CHECK", 3600.0)  # no timer helps here
    source = tmp_path / "evil.txt"
    source.write_text("Evil file\n\nEin böser Satz.\n", encoding="utf-8")
    assert main(["add", str(source)]) == 0
    assert main(["remove", "evil-file"]) == 0
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert main(["add", str(source)]) == 0
        await pilot.press("p")
        picker = app.screen
        assert isinstance(picker, DocumentPicker)
        await pilot.press(*"Evil")
        options = picker.query_one(OptionList)
        assert options.get_option_at_index(0).id == "evil-file"
