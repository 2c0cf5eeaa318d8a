"""Pilot tests of the reader's glossary decisions, made with the keys of the card and panel.

Discovery is replaced by a fixed list of found entries whose names are in the bundled texts
(``Westen`` in both, ``Opposition`` in both), so each decision's effect on the user's file,
the marks, the panel and the card can be checked exactly, whatever discovery proposes today.
"""

from __future__ import annotations

import tomllib
from typing import Any

import pytest
from textual.widgets import Input, OptionList

from glossary.entities import load_glossary
from reader import paths
from reader.commands.glossary import GlossaryCommands
from reader.dialogs.confirm import ConfirmDialog
from reader.dialogs.glossary_card import GlossaryCard
from reader.dialogs.glossary_kind import KindDialog
from reader.dialogs.glossary_merge import MergeDialog
from reader.dialogs.glossary_panel import GlossaryPanel
from reader.dialogs.glossary_rename import RenameDialog
from reader.dialogs.glossary_split import SplitDialog
from reader.features.glossary import MENTIONS_LAYER, GlossaryFeature
from reader.screens.reading import ReadingScreen
from reader.widgets.mention_columns import MentionColumns
from reader.widgets.pane import DocumentPane
from tests.found_entries import propose_found_entries
from tests.ui.test_glossary_ui import glossary_ready, panes
from tests.ui.test_search_ui import capture_notices


@pytest.fixture(autouse=True)
def found_entries(monkeypatch: pytest.MonkeyPatch) -> None:
    """Discovery proposes the fixed ``FOUND`` entries."""
    propose_found_entries(monkeypatch)


async def settled(app, pilot) -> None:
    """Wait until the glossary reloaded after a decision and the screens show it."""
    feature = app.screen_stack[0].query_one(GlossaryFeature)
    for _attempt in range(100):
        await app.workers.wait_for_complete([w for w in app.workers if w.group == "glossary"])
        await pilot.pause()
        if not feature.updating:
            break
    await pilot.pause()
    await pilot.pause()
    assert not feature.updating


def user_file() -> dict[str, Any]:
    """The user's glossary file, read as TOML (it must stay readable)."""
    return tomllib.loads(paths.user_glossary_path().read_text(encoding="utf-8"))


def card_text(card: GlossaryCard) -> str:
    return " ".join(str(static.render()) for static in card.query("#card-info Static"))


async def open_card(app, pilot, entry_id: str) -> GlossaryCard:
    feature = await glossary_ready(app, pilot)
    feature.open_glossary_card(entry_id)
    await pilot.pause()
    card = app.screen
    assert isinstance(card, GlossaryCard) and card.entry_id == entry_id
    return card


async def test_found_entries_are_marked_in_panel_and_card(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await glossary_ready(app, pilot)
        await pilot.press("e")
        panel = app.screen
        assert isinstance(panel, GlossaryPanel)
        option_list = panel.query_one(OptionList)
        assert option_list.get_option("found-westen").prompt.plain.startswith("◇ Westen")
        assert option_list.get_option("sapad").prompt.plain.startswith("  ")
        option_list.highlighted = option_list.get_option_index("found-westen")
        await pilot.press("enter")
        card = app.screen
        assert isinstance(card, GlossaryCard) and card.entry_id == "found-westen"
        assert "discovered" in card_text(card) and "Found in the documents" in card_text(card)


async def test_accept_on_the_card_makes_the_entry_the_readers_own(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        notices = capture_notices(app)
        card = await open_card(app, pilot, "found-westen")
        assert "discovered" in card_text(card)
        await pilot.press("a")
        await settled(app, pilot)
        (entry,) = user_file()["entry"]
        assert entry == {
            "id": "user-westen",
            "name": "Westen",
            "kind": "place",
            "aliases": ["Westens"],
        }
        assert app.screen is card and card.entry_id == "user-westen"
        assert "discovered" not in card_text(card)
        assert any(n.startswith("Accepted Westen") for n in notices)
        feature = app.screen_stack[0].query_one(GlossaryFeature)
        for pane in app.screen_stack[0].query(DocumentPane):
            own = [m for m in feature.mentions[pane.document.id] if m.entry_id == "user-westen"]
            assert own and {m.start for m in own} <= {
                k.start for k in pane.view.marks(MENTIONS_LAYER)
            }


async def test_a_decision_taken_on_the_command_line_reaches_the_running_app(
    make_app, capsys: pytest.CaptureFixture[str]
) -> None:
    from reader.cli import main

    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await glossary_ready(app, pilot)
        feature = app.screen_stack[0].query_one(GlossaryFeature)
        assert main(["glossary", "Westen", "--accept"]) == 0
        for _attempt in range(200):  # the file is looked at every OUTSIDE_CHECK seconds
            await pilot.pause(0.05)
            if feature.glossary is not None and "user-westen" in feature.glossary.entries:
                break
        await settled(app, pilot)
        assert "user-westen" in feature.glossary.entries
        assert "found-westen" not in feature.glossary.entries


async def test_rename_and_kind_from_the_panel_list(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await glossary_ready(app, pilot)
        await pilot.press("e", *"westen", "tab")
        panel = app.screen
        assert isinstance(panel, GlossaryPanel) and panel.highlighted_entry().id == "found-westen"
        await pilot.press("r")
        assert isinstance(app.screen, RenameDialog)
        app.screen.query_one(Input).value = ""
        await pilot.press(*"Der Westen", "enter")
        await settled(app, pilot)
        assert app.screen is panel
        assert panel.highlighted_entry().name == "Der Westen"
        assert user_file()["entry"][-1]["aliases"] == ["Westen", "Westens"]
        await pilot.press("k")
        dialog = app.screen
        assert isinstance(dialog, KindDialog)
        options = dialog.query_one(OptionList)
        options.highlighted = options.get_option_index("concept")
        await pilot.press("enter")
        await settled(app, pilot)
        assert user_file()["entry"][-1] == {
            "id": "user-westen",
            "name": "Der Westen",
            "kind": "concept",
            "aliases": ["Westen", "Westens"],
        }
        assert str(panel.highlighted_entry().kind) == "concept"


async def test_merge_picks_the_other_entry_by_fuzzy_filter(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        card = await open_card(app, pilot, "found-opposition")
        await pilot.press("m")
        dialog = app.screen
        assert isinstance(dialog, MergeDialog)
        await pilot.press(*"wstn")
        assert dialog.query_one(OptionList).get_option_at_index(0).id == "found-westen"
        await pilot.press("enter")
        await settled(app, pilot)
        (entry,) = user_file()["entry"]
        assert entry["id"] == "user-opposition" and entry["aliases"] == ["Westen", "Westens"]
        assert app.screen is card and card.entry_id == "user-opposition"
        assert "Westens" in card_text(card)
        assert "found-westen" not in card.context.glossary.entries


async def test_a_found_entry_merged_with_a_curated_one_joins_the_curated(make_app) -> None:
    """Trial 21: the merge into a curated entry went ahead without a question, and undo left
    the card on the curated entry (with its spinner) instead of the found one."""
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        notices = capture_notices(app)
        card = await open_card(app, pilot, "found-westen")
        await pilot.press("m", *"sapad", "enter")
        assert isinstance(app.screen, ConfirmDialog)
        await pilot.press("n")
        assert app.screen is card and not paths.user_glossary_path().exists()
        await pilot.press("m", *"sapad", "enter", "y")
        await settled(app, pilot)
        (entry,) = user_file()["entry"]
        assert entry["id"] == "sapad" and {"Westen", "Westens"} <= set(entry["aliases"])
        assert card.entry_id == "sapad"
        assert any(n.startswith("Merged Westen into Sapad") for n in notices)
        await pilot.press("ctrl+z")
        await settled(app, pilot)
        assert app.screen is card and card.entry_id == "found-westen"
        assert not card.query_one("#card-box").loading


async def test_split_moves_the_ticked_names_to_an_entry_of_their_own(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        card = await open_card(app, pilot, "found-westen")
        await pilot.press("s")
        dialog = app.screen
        assert isinstance(dialog, SplitDialog)
        await pilot.press("enter")  # nothing ticked: refused, the dialog stays
        assert app.screen is dialog
        await pilot.press("down", "space", "enter")
        await settled(app, pilot)
        kept, new = user_file()["entry"]
        assert kept == {"id": "user-westen", "name": "Westen", "kind": "place"}
        assert new == {"id": "user-westens", "name": "Westens", "kind": "place"}
        assert card.entry_id == "user-westen"
        assert "user-westens" in card.context.glossary.entries


async def test_reject_asks_first_and_undo_brings_the_entry_back(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await glossary_ready(app, pilot)
        await pilot.press("e", *"westen", "tab", "x")
        assert isinstance(app.screen, ConfirmDialog)
        await pilot.press("n")
        assert not paths.user_glossary_path().exists()
        panel = app.screen
        assert isinstance(panel, GlossaryPanel)
        await pilot.press("x", "y")
        await settled(app, pilot)
        assert user_file() == {"rejected": [{"name": "Westen"}, {"name": "Westens"}]}
        assert "found-westen" not in panel.entry_ids()
        await pilot.press("ctrl+z")
        await settled(app, pilot)
        assert not paths.user_glossary_path().exists()
        assert "found-westen" in panel.entry_ids()


async def test_curated_entries_are_not_rejected_or_split(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        notices = capture_notices(app)
        card = await open_card(app, pilot, "sapad")
        await pilot.press("x", "s", "a")
        assert app.screen is card
        assert not paths.user_glossary_path().exists()
        assert sum("curated entry" in n for n in notices) == 2


async def test_names_are_data_never_markup(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        notices = capture_notices(app)
        card = await open_card(app, pilot, "found-markup")
        assert "[bold]Fett[/]" in card_text(card)
        await pilot.press("r")
        app.screen.query_one(Input).value = ""
        await pilot.press(*"[red]Neu[/]", "enter")
        await settled(app, pilot)
        assert user_file()["entry"][0]["name"] == "[red]Neu[/]"
        assert user_file()["entry"][0]["aliases"] == ["[bold]Fett[/]"]
        assert "[red]Neu[/]" in card_text(card)
        assert any("[bold]Fett[/]" in n and "[red]Neu[/]" in n for n in notices)
        await pilot.press("escape", "e", *"neu")
        panel = app.screen
        assert isinstance(panel, GlossaryPanel)
        row = panel.query_one(OptionList).get_option("user-markup").prompt
        assert "[red]Neu[/]" in row.plain


async def test_the_card_shows_each_documents_sentences_side_by_side(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        card = await open_card(app, pilot, "sapad")
        columns = card.query_one(MentionColumns)
        assert not columns.has_class("-stacked")
        left, right = columns.lists()
        assert left.region.y == right.region.y and left.region.x < right.region.x
        assert "Sapad" in left.get_option_at_index(0).prompt.plain
        assert "Zapad" in right.get_option_at_index(0).prompt.plain
        assert app.focused is left
        await pilot.press("right")
        assert app.focused is right
        await pilot.press("enter")
        assert isinstance(app.screen, ReadingScreen)
        _left_pane, right_pane = panes(app)
        assert app.focused is right_pane.view
        span = right_pane.view.cursor_span()
        assert span is not None and "Zapad" in right_pane.document.text[span[0] : span[1]]


async def test_the_columns_stack_on_a_narrow_terminal(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        card = await open_card(app, pilot, "sapad")
        columns = card.query_one(MentionColumns)
        assert columns.has_class("-stacked")
        left, right = columns.lists()
        assert left.region.x == right.region.x and left.region.y < right.region.y


async def test_the_palette_offers_the_decisions_on_a_card(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        card = await open_card(app, pilot, "found-opposition")
        provider = GlossaryCommands(card)
        hits = [hit async for hit in provider.search("accept this")]
        assert hits and hits[0].text == "Glossary: accept this entry"
        hits[0].command()
        await settled(app, pilot)
        assert user_file()["entry"][0]["id"] == "user-opposition"
        assert card.entry_id == "user-opposition"


async def test_the_users_file_stays_readable_toml_after_many_decisions(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        card = await open_card(app, pilot, "found-westen")
        await pilot.press("a")
        await settled(app, pilot)
        await pilot.press("k")
        kinds = app.screen.query_one(OptionList)
        kinds.highlighted = kinds.get_option_index("event")
        await pilot.press("enter")
        await settled(app, pilot)
        await pilot.press("r")
        app.screen.query_one(Input).value = 'Der "Westen"'
        await pilot.press("enter")
        await settled(app, pilot)
        card.dismiss(None)
        await pilot.pause()
        await open_card(app, pilot, "found-opposition")
        await pilot.press("x", "y")
        await settled(app, pilot)
        data = user_file()
        # accept, kind and rename: one table, rewritten in place (trial 21: one per decision)
        assert [table["id"] for table in data["entry"]] == ["user-westen"]
        assert data["entry"][-1]["name"] == 'Der "Westen"'
        assert data["rejected"] == [{"name": "Opposition"}]
        reloaded = load_glossary(paths.user_glossary_path())
        entry = reloaded.entries["user-westen"]
        assert entry.name == 'Der "Westen"' and str(entry.kind) == "event"
        assert {"Westen", "Westens"} <= set(entry.all_names())
        assert reloaded.rejected == ["Opposition"]
        assert not [w for w in reloaded.warnings if "glossary.toml" in w]


async def test_typing_a_name_after_a_card_filters_and_never_decides(make_app) -> None:
    """Trial 20: Esc from a card left the focus on the list, so typing ``George`` opened
    Rename at its ``r``. Now Esc goes back to the filter, and a character that is no key of
    the panel, typed on the list, goes to the filter too."""
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await glossary_ready(app, pilot)
        await pilot.press("e", *"westen", "tab", "enter")
        assert isinstance(app.screen, GlossaryCard)
        await pilot.press("escape")
        await pilot.pause()
        panel = app.screen
        assert isinstance(panel, GlossaryPanel)
        field = panel.query_one("#panel-filter", Input)
        assert panel.focused is field
        await pilot.press(*"Opposition")  # replaces "westen", selected on the way back
        assert isinstance(app.screen, GlossaryPanel) and field.value == "Opposition"
        await pilot.press("tab", "O", "p")
        assert app.screen is panel and panel.focused is field
        assert field.value == "OppositionOp"
        await pilot.press("backspace", "backspace", "tab", "r")  # a decision key still decides
        assert isinstance(app.screen, RenameDialog)
        assert app.screen.query_one(Input).value == panel.highlighted_entry().name  # no stray


async def test_escape_on_the_list_goes_back_to_the_filter(make_app) -> None:
    """Trial 22: Esc on the list closed the whole panel, so the next letter typed was a
    reading-screen key (`A` opened Add document). Esc on the list goes back to the filter;
    Esc there closes the panel."""
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await glossary_ready(app, pilot)
        await pilot.press("e", *"westen", "tab")
        panel = app.screen
        assert isinstance(panel, GlossaryPanel) and isinstance(panel.focused, OptionList)
        await pilot.press("escape", "A")
        await pilot.pause()
        field = panel.query_one("#panel-filter", Input)
        assert app.screen is panel and panel.focused is field
        assert field.value == "A"  # "westen" was selected: the new letter replaces it
        await pilot.press("escape")
        assert isinstance(app.screen, ReadingScreen)
