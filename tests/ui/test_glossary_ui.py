"""Pilot tests of the glossary in the reader: panel, cards, marks, jumps, palette, user file."""

from __future__ import annotations

import threading

from textual.widget import Widget
from textual.widgets import OptionList

from reader import paths
from reader.cli import main
from reader.commands.glossary import GlossaryCommands
from reader.dialogs.glossary_card import GlossaryCard
from reader.dialogs.glossary_panel import GlossaryPanel
from reader.features.glossary import MENTIONS_LAYER, TARGET_LAYER, GlossaryFeature
from reader.features.links import LinksFeature
from reader.screens.reading import ReadingScreen
from reader.widgets.pane import DocumentPane
from tests.ui.polling import until

LEFT, RIGHT = "swp-belarus-2023", "rs-belarus-2024"


async def glossary_ready(app, pilot) -> GlossaryFeature:
    """Wait until the glossary worker has loaded the glossary and drawn the marks."""
    assert isinstance(app.screen, ReadingScreen)
    glossary = app.screen.query_one(GlossaryFeature)
    for _attempt in range(50):
        await pilot.pause()
        # Only ours: other features' workers run at start-up too, and may fail on their own.
        await app.workers.wait_for_complete([w for w in app.workers if w.group == "glossary"])
        if glossary.glossary is not None:
            break
    await pilot.pause()
    assert glossary.glossary is not None
    return glossary


def panes(app) -> tuple[DocumentPane, DocumentPane]:
    left, right = app.screen.query(DocumentPane)
    return left, right


def cursor_sentence(pane: DocumentPane) -> str:
    span = pane.view.cursor_span()
    assert span is not None
    return pane.document.text[span[0] : span[1]]


async def choose_option(pilot, where: Widget, prefix: str, suffix: str = "") -> None:
    """In ``where`` (an option list, or a screen with several), highlight the first option
    whose id has this prefix (and suffix), focus its list and press Enter."""
    lists = [where] if isinstance(where, OptionList) else list(where.query(OptionList))
    for option_list in lists:
        for index in range(option_list.option_count):
            option_id = option_list.get_option_at_index(index).id or ""
            if option_id.startswith(prefix) and option_id.endswith(suffix):
                option_list.highlighted = index
                option_list.focus()
                await pilot.pause()
                await pilot.press("enter")
                await pilot.pause()
                return
    raise AssertionError(f"no option {prefix}…{suffix}")


async def test_panel_picks_sapad_and_lands_on_zapad_in_other_document(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await glossary_ready(app, pilot)
        left, right = panes(app)
        assert app.focused is left.view
        await pilot.press("e")
        assert isinstance(app.screen, GlossaryPanel)
        await pilot.press(*"Sapad", "enter")
        await pilot.pause()
        card = app.screen
        assert isinstance(card, GlossaryCard) and card.entry_id == "sapad"
        await choose_option(pilot, card, "m:", f":{RIGHT}")
        assert isinstance(app.screen, ReadingScreen)
        assert app.focused is right.view
        assert "Zapad" in cursor_sentence(right)
        (target,) = right.view.marks(TARGET_LAYER)
        assert right.document.text[target.start : target.end] == "Zapad"


async def test_filter_narrows_list_folding_case_and_umlauts(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await glossary_ready(app, pilot)
        await pilot.press("e")
        panel = app.screen
        assert isinstance(panel, GlossaryPanel)
        everything = panel.entry_ids()
        assert len(everything) == len(panel.context.glossary.entries)
        await pilot.press(*"brussel")
        await pilot.pause()
        assert panel.entry_ids() == ["brussels"]
        for _char in "brussel":
            await pilot.press("backspace")
        await pilot.press(*"odkb")  # an alias (Russian-derived abbreviation) of the CSTO
        await pilot.pause()
        assert "csto" in panel.entry_ids() and len(panel.entry_ids()) < len(everything)
        await pilot.press("escape")
        assert isinstance(app.screen, ReadingScreen)


async def test_panel_shows_counts_per_document_grouped_by_kind(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        glossary = await glossary_ready(app, pilot)
        await pilot.press("e")
        panel = app.screen
        assert isinstance(panel, GlossaryPanel)
        option_list = panel.query_one(OptionList)
        assert option_list.get_option("sapad").prompt.plain.split()[-2:] == ["2", "1"]
        counts = [
            len([m for m in glossary.mentions[d] if m.entry_id == "sapad"]) for d in (LEFT, RIGHT)
        ]
        assert counts == [2, 1]
        headers = [
            option_list.get_option_at_index(i).prompt.plain
            for i in range(option_list.option_count)
            if option_list.get_option_at_index(i).disabled
        ]
        assert {"People", "States", "Exercises"} <= set(headers)


async def test_m_toggles_mention_marks(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await glossary_ready(app, pilot)
        left, right = panes(app)
        assert left.view.marks(MENTIONS_LAYER) and right.view.marks(MENTIONS_LAYER)
        await pilot.press("m")
        assert not left.view.marks(MENTIONS_LAYER) and not right.view.marks(MENTIONS_LAYER)
        assert app.settings.show_mentions is False
        await pilot.press("m")
        assert left.view.marks(MENTIONS_LAYER)
        assert app.settings.show_mentions is True


async def test_E_lists_entities_of_sentence_and_opens_card(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        glossary = await glossary_ready(app, pilot)
        left, _right = panes(app)
        sapad = next(m for m in glossary.mentions[LEFT] if m.entry_id == "sapad")
        left.view.move_cursor_to_offset(sapad.start)
        expected = {m.entry_id for m in glossary.sentence_mentions(left)}
        await pilot.press("E")
        panel = app.screen
        assert isinstance(panel, GlossaryPanel)
        assert set(panel.entry_ids()) == expected and "sapad" in expected
        await choose_option(pilot, panel.query_one(OptionList), "sapad")
        assert isinstance(app.screen, GlossaryCard) and app.screen.entry_id == "sapad"


async def test_bracket_moves_to_next_mention_of_entity(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        glossary = await glossary_ready(app, pilot)
        left, _right = panes(app)
        first = glossary.mentions[LEFT][0]
        left.view.move_cursor_to_offset(first.start)
        start_sentence = left.view.cursor
        span = left.view.cursor_span()
        assert span is not None
        following = [
            m
            for m in glossary.mentions[LEFT]
            if m.entry_id == first.entry_id and m.start >= span[1]
        ]
        await pilot.press("right_square_bracket")
        assert left.view.cursor > start_sentence
        assert left.view.cursor == left.document.sentence_index_at(following[0].start)
        await pilot.press("left_square_bracket")
        assert left.view.cursor == start_sentence


async def test_f_jumps_to_first_mention_in_other_pane(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        glossary = await glossary_ready(app, pilot)
        left, right = panes(app)
        glossary.open_glossary_card("sapad")  # as the command palette does
        await pilot.pause()
        await choose_option(pilot, app.screen, "m:", f":{LEFT}")
        assert "Sapad" in cursor_sentence(left)
        await pilot.press("f")
        assert app.focused is right.view
        assert "Zapad" in cursor_sentence(right)


async def test_related_entry_is_followable(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        glossary = await glossary_ready(app, pilot)
        glossary.open_glossary_card("sapad")
        await pilot.pause()
        await choose_option(pilot, app.screen, "r:union-state")
        assert isinstance(app.screen, GlossaryCard) and app.screen.entry_id == "union-state"
        await pilot.press("escape")
        assert isinstance(app.screen, GlossaryCard) and app.screen.entry_id == "sapad"
        await pilot.press("escape")
        assert isinstance(app.screen, ReadingScreen)


async def test_broken_user_file_warns_and_panel_still_works(make_app) -> None:
    paths.user_glossary_path().write_text('[[entry]]\nid = "x\n', encoding="utf-8")
    app = make_app()
    seen: list[str] = []
    notify = app.notify

    def spy(message: str, **kwargs: object) -> None:
        seen.append(message)
        notify(message, **kwargs)

    app.notify = spy
    async with app.run_test(size=(120, 40)) as pilot:
        await glossary_ready(app, pilot)
        warnings = [m for m in seen if "glossary.toml, line" in m]
        assert len(warnings) == 1 and "invalid TOML" in warnings[0]
        await pilot.press("e", *"Sapad", "enter")
        await pilot.pause()
        assert isinstance(app.screen, GlossaryCard) and app.screen.entry_id == "sapad"


async def test_palette_lists_actions_and_entries(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await glossary_ready(app, pilot)
        provider = GlossaryCommands(app.screen)
        hits = [hit async for hit in provider.search("Sapad")]
        assert any(hit.text == "Glossary entry: Sapad" for hit in hits)
        actions = [hit async for hit in provider.discover()]
        assert any(hit.text == "Glossary: all entries" for hit in actions)
        entry = next(hit for hit in hits if hit.text == "Glossary entry: Sapad")
        entry.command()
        await pilot.pause()
        assert isinstance(app.screen, GlossaryCard) and app.screen.entry_id == "sapad"


async def test_marks_follow_swapped_documents_and_help_lists_keys(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        glossary = await glossary_ready(app, pilot)
        await pilot.press("x")
        await pilot.pause()
        left, right = panes(app)
        assert left.document.id == RIGHT
        starts = {m.start for m in glossary.mentions[RIGHT]}
        assert {mark.start for mark in left.view.marks(MENTIONS_LAYER)} == starts
        await pilot.press("question_mark")
        descriptions = [description for _keys, description in app.screen.key_rows]
        assert "Glossary" in descriptions and "Next mention of this entity" in descriptions


async def test_marks_skip_a_pane_in_the_middle_of_showing_a_document(make_app) -> None:
    """Swapping shows one pane while the other has no view yet: redraws must pass it by."""
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        glossary = await glossary_ready(app, pilot)
        left, right = panes(app)
        await right.remove_children()
        assert not right.drawn and left.drawn
        glossary.draw_mention_marks()
        glossary.query_one(LinksFeature).apply_link_markers()
        await right.show(right.document)
        await pilot.pause()
        starts = {m.start for m in glossary.mentions[right.document.id]}
        assert {mark.start for mark in right.view.marks(MENTIONS_LAYER)} == starts


async def test_entries_the_open_documents_never_mention_are_listed_apart(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await glossary_ready(app, pilot)
        await pilot.press("e")
        panel = app.screen
        assert isinstance(panel, GlossaryPanel)
        context = panel.context
        option_list = panel.query_one(OptionList)
        prompts = [option_list.get_option_at_index(i) for i in range(option_list.option_count)]
        heading = next(
            i for i, o in enumerate(prompts) if o.disabled and "Not mentioned" in o.prompt.plain
        )
        counts = {
            o.id: [len(context.mentions_of(o.id, d.id)) for d in context.documents]
            for o in prompts
            if o.id
        }
        above = [o.id for o in prompts[:heading] if o.id]
        below = [o.id for o in prompts[heading + 1 :] if o.id]
        assert above and below
        assert all(any(counts[entry]) for entry in above)
        assert not any(any(counts[entry]) for entry in below)
        assert f"({len(below)})" in prompts[heading].prompt.plain


async def test_the_panel_says_counting_until_a_document_is_counted(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        glossary = await glossary_ready(app, pilot)
        found = glossary.mentions[LEFT]
        glossary.counting.add(LEFT)  # as while a long text's mentions are being found
        await pilot.press("e")
        panel = app.screen
        assert isinstance(panel, GlossaryPanel)
        label = str(panel.query_one("#panel-documents").render())
        assert "counting…" in label and label.count("counting…") == 1
        option_list = panel.query_one(OptionList)
        row = option_list.get_option(found[0].entry_id).prompt.plain
        assert row.split()[-2] == "…" and row.split()[-1].isdigit()
        glossary._mentions_found(LEFT, found)
        await pilot.pause()
        await pilot.pause()
        assert "counting…" not in str(panel.query_one("#panel-documents").render())
        row = option_list.get_option(found[0].entry_id).prompt.plain
        count = panel.context.count(found[0].entry_id, LEFT)
        assert count > 0 and row.split()[-2] == str(count)


async def test_the_panels_heading_names_both_documents_on_one_line(make_app) -> None:
    """Trial 21: the heading was cut mid-word at the panel's edge ("Rechts: The Mountain Was
    Not Sile"): each title is shortened with an ellipsis so both fit."""
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await glossary_ready(app, pilot)
        await pilot.press("e")
        await pilot.pause()
        heading = app.screen.query_one("#panel-documents")
        text = str(heading.render())
        assert "Right: Was wäre, wenn die USA Belarus nicht…" in text
        assert heading.size.height == 1 and len(text) <= heading.size.width


INQUIRY = (
    "The Harbour Inquiry\n\nMargaret Holloway led the inquiry into the harbour fire of"
    " Port Ellery. For months Margaret Holloway listened to the dockers. In the end Holloway"
    " blamed the owners, and Margaret Holloway was thanked by the town.\n"
)


def _add_inquiry(tmp_path) -> None:
    """Add INQUIRY to the library the way ``reader add`` does."""
    source = tmp_path / "inquiry.txt"
    source.write_text(INQUIRY, encoding="utf-8")
    assert main(["add", str(source)]) == 0


def _hold_discovery(monkeypatch) -> threading.Event:
    """Name discovery waits until the returned event is set (as on a slow, busy machine)."""
    from reader import services as services_module

    release = threading.Event()
    real = services_module.discovered_glossary

    def held(*args, **kwargs):
        release.wait(60)
        return real(*args, **kwargs)

    monkeypatch.setattr(services_module, "discovered_glossary", held)
    return release


def _found_rows(panel: GlossaryPanel) -> list[str]:
    """The names of the entries the panel lists that were found in the documents."""
    entries = panel.context.glossary.entries
    return [entries[i].name for i in panel.entry_ids() if entries[i].source == "discovered"]


async def test_the_panel_says_names_are_being_found_and_lists_them_when_found(
    make_app, monkeypatch, tmp_path
) -> None:
    """Trial 23: while the names of the documents were still being found, the panel listed
    only the catalogue ("No entry matches." for a name the gutters already marked) and never
    said why; opened meanwhile, it kept the catalogue until it was closed and opened again."""
    _add_inquiry(tmp_path)
    release = _hold_discovery(monkeypatch)
    app = make_app(LEFT, "the-harbour-inquiry")
    async with app.run_test(size=(120, 40)) as pilot:
        feature = app.screen.query_one(GlossaryFeature)
        await until(pilot, lambda: feature.glossary is not None, 5)
        assert not app.services.discovery_done  # the catalogue is shown, names are read
        await pilot.press("e")
        panel = app.screen
        assert isinstance(panel, GlossaryPanel)
        await pilot.press(*"Holloway")
        finding = str(panel.query_one("#panel-finding").render())
        assert "Finding names in 3 documents…" in finding
        assert panel.query_one("#panel-finding").display
        assert _found_rows(panel) == []
        assert "No entry matches yet." in str(
            panel.query_one(OptionList).get_option_at_index(0).prompt
        )
        release.set()
        await app.workers.wait_for_complete([w for w in app.workers if w.group == "glossary"])
        for _attempt in range(5):
            await pilot.pause()
        assert app.screen is panel  # the same panel, never reopened
        assert not panel.query_one("#panel-finding").display
        assert _found_rows(panel) == ["Margaret Holloway"]


async def test_a_document_added_outside_says_its_names_are_being_found(
    make_app, monkeypatch, tmp_path
) -> None:
    """Trial 23, the user's steps: the app runs, `reader add` adds a document, it is opened
    in a pane and the panel opened while its names are read."""
    app = make_app()
    release = _hold_discovery(monkeypatch)
    release.set()
    async with app.run_test(size=(120, 40)) as pilot:
        await glossary_ready(app, pilot)
        release.clear()
        _add_inquiry(tmp_path)
        app.take_outside_library_changes()  # what the timer and the focus event do
        await pilot.pause()
        await app.screen.panes.show_document_in(panes(app)[1], "the-harbour-inquiry")
        await pilot.press("e")
        panel = app.screen
        assert isinstance(panel, GlossaryPanel)
        assert "Finding names in 1 document…" in str(panel.query_one("#panel-finding").render())
        release.set()
        await app.workers.wait_for_complete([w for w in app.workers if w.group == "glossary"])
        for _attempt in range(5):
            await pilot.pause()
        assert not panel.query_one("#panel-finding").display
        assert "Margaret Holloway" in _found_rows(panel)


async def test_a_failed_load_says_so_instead_of_finding_names(
    make_app, monkeypatch, tmp_path
) -> None:
    """Review 23 E7: when reading the names failed, the panel said "Finding names…" and "No
    entry matches yet." for good."""
    from reader import services as services_module

    _add_inquiry(tmp_path)
    release = threading.Event()

    def broken(*args, **kwargs):
        release.wait(60)
        raise ValueError("glossary.toml: line 4 has no closing quote")

    monkeypatch.setattr(services_module, "discovered_glossary", broken)
    app = make_app(LEFT, "the-harbour-inquiry")
    async with app.run_test(size=(120, 40)) as pilot:
        feature = app.screen.query_one(GlossaryFeature)
        await until(pilot, lambda: feature.glossary is not None, 5)
        await pilot.press("e")
        panel = app.screen
        assert isinstance(panel, GlossaryPanel)
        await pilot.press(*"Holloway")
        assert "Finding names" in str(panel.query_one("#panel-finding").render())
        release.set()
        await until(
            pilot,
            lambda: not any(w.group == "glossary" and not w.is_finished for w in app.workers),
            5,
        )
        for _attempt in range(5):
            await pilot.pause()
        line = str(panel.query_one("#panel-finding").render())
        assert "Finding names" not in line
        assert "could not be read: glossary.toml: line 4 has no closing quote" in line
        assert panel.query_one("#panel-finding").display
        prompt = str(panel.query_one(OptionList).get_option_at_index(0).prompt)
        assert prompt == "No entry matches."
