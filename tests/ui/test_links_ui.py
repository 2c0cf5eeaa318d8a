"""Pilot tests of cross-links: markers, following a link, the list, sync mode, compare view."""

from __future__ import annotations

import pytest
from textual.widgets import Static

from reader.dialogs.links_list import LinksListScreen
from reader.features.library import LibraryFeature
from reader.features.links import LINKED, LinksFeature
from reader.screens.compare import CompareScreen
from reader.widgets.pane import DocumentPane
from tests.ui.links_cache import links_home, seed_cache  # noqa: F401 - fixtures

pytestmark = pytest.mark.usefixtures("links_home")

SWP_ELECTION = "Präsidentschaftswahlen von August 2020"
RS_ELECTION = ("Augustwahl", "Wahlen von 2020")


def sentence_with(pane: DocumentPane, needle: str) -> int:
    document = pane.document
    return next(i for i in range(len(document.sentences)) if needle in document.sentence_text(i))


def cursor_text(pane: DocumentPane) -> str:
    return pane.document.sentence_text(pane.view.cursor)


async def ready(app, pilot) -> tuple[DocumentPane, DocumentPane]:
    """Wait for the link worker; put the left cursor on the SWP election sentence."""
    await pilot.pause()
    await app.workers.wait_for_complete()
    await pilot.pause()
    left, right = app.screen.query(DocumentPane)
    left.view.cursor = sentence_with(left, SWP_ELECTION)
    await pilot.pause()
    return left, right


async def test_follow_link_from_the_august_2020_election(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        left, right = await ready(app, pilot)
        assert left.document.id == "swp-belarus-2023" and right.document.id == "rs-belarus-2024"
        assert left.view._gutters["links"][left.view.cursor] == LINKED
        assert right.view._gutters["links"], "the right pane has link markers too"
        await pilot.press("l")
        await pilot.pause()
        assert any(words in cursor_text(right) for words in RS_ELECTION)
        assert app.focused is right.view
        [target] = right.view._layers["target"].marks
        assert (target.start, target.end) == right.view.cursor_span()
        await pilot.press("j")
        assert "target" not in right.view._layers, "the target mark goes with the next move"


async def test_list_links_shows_reasons_and_follows_the_choice(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        left, right = await ready(app, pilot)
        await pilot.press("L")
        await pilot.pause()
        assert isinstance(app.screen, LinksListScreen)
        rows = app.screen.rows
        assert 1 <= len(rows) <= 3
        assert rows[0].dates == ["August 2020"]  # as the passage writes the period
        # the event as each passage names it, not a glossary id or a stem
        assert rows[0].entities == ["Präsidentschaftswahlen von August 2020 / Augustwahl"]
        assert rows[0].kind == "time"
        source_name, target_name = rows[0].entities[0].split(" / ")
        assert source_name in left.document.sentence_text(left.view.cursor)
        assert target_name in rows[0].text
        assert all(row.title == right.document.title for row in rows)
        await pilot.press("down", "enter")
        await pilot.pause()
        assert not isinstance(app.screen, LinksListScreen)
        assert cursor_text(right) == rows[1].text


async def test_sync_mode_keeps_the_other_pane_on_the_linked_passage(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        left, right = await ready(app, pilot)
        election = left.view.cursor
        left.view.cursor = 0
        await pilot.press("y")
        assert app.screen.query_one(LinksFeature).sync_links
        assert all("⇄ in sync by links" in str(pane.border_title) for pane in (left, right))
        assert all(title_line(pane).startswith("⇄ ") for pane in (left, right))  # no border
        # trial 21: the mark wrapped the title, so the panes' texts were a line out of step
        assert left.view.region.y == right.view.region.y
        left.view.cursor = election
        await pilot.pause()
        assert app.focused is left.view, "sync mode leaves the focus where it is"
        assert any(words in cursor_text(right) for words in RS_ELECTION)
        await pilot.press("y")
        assert not left.border_title and "⇄" not in title_line(left)  # as long as the mode
        left.view.cursor = 0
        await pilot.pause()
        assert any(words in cursor_text(right) for words in RS_ELECTION)


async def test_sync_mode_is_on_again_after_a_restart(make_app) -> None:
    """Trial 24: sync mode was off after the restart; like the mention marks, it stays as
    the reader left it, and the restart leaves the panes where the reader was."""
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(app, pilot)
        await pilot.press("y")
        right_at = app.screen.query(DocumentPane).last().view.cursor
    restarted = make_app()
    async with restarted.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert restarted.screen.query_one(LinksFeature).sync_links
        panes = list(restarted.screen.query(DocumentPane))
        assert all("⇄ in sync by links" in str(pane.border_title) for pane in panes)
        assert panes[1].view.cursor == right_at
        await pilot.press("y")
    again = make_app()
    async with again.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert not again.screen.query_one(LinksFeature).sync_links


async def test_a_pane_opened_while_sync_is_on_is_marked_too(make_app) -> None:
    """Review 20 A7: one pane alone, then two documents: the new pane lacked the mark."""
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        left, _right = await ready(app, pilot)
        await pilot.press("y")
        library = app.screen.query_one(LibraryFeature)
        await library.show_documents([left.document.id])
        await library.show_documents(["swp-belarus-2023", "rs-belarus-2024"])
        await pilot.pause()
        panes = list(app.screen.query(DocumentPane))
        assert len(panes) == 2 and app.screen.query_one(LinksFeature).sync_links
        assert all("⇄ in sync by links" in str(pane.border_title) for pane in panes)


def title_line(pane: DocumentPane) -> str:
    return str(pane.query_one(".pane--title", Static).render())


async def test_compare_view_shows_both_sentences(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        left, _right = await ready(app, pilot)
        await pilot.press("c")
        await pilot.pause()
        assert isinstance(app.screen, CompareScreen)
        source, target = app.screen.left, app.screen.right
        assert SWP_ELECTION in source.text
        assert any(words in target.text for words in RS_ELECTION)
        assert [source.text[s:e] for s, e in source.dates] == ["August 2020"]
        assert source.entities and target.dates
        assert source.before + source.after  # the sentence is shown inside its paragraph
        await pilot.press("escape")
        assert not isinstance(app.screen, CompareScreen)
        # the other pane shows the compared sentence, so a pair note (C) takes this pair
        assert cursor_text(_right) in target.text
        assert app.focused is left.view
        await pilot.press("tab", "c")  # from the right pane: still the left pane's on the left
        await pilot.pause()
        assert isinstance(app.screen, CompareScreen)
        assert app.screen.left.title == left.document.title
        assert app.screen.right.title == _right.document.title


async def test_links_are_offered_in_the_palette(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        left, right = await ready(app, pilot)
        await pilot.press("ctrl+p", *"Follow link")
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        await pilot.pause()
        assert any(words in cursor_text(right) for words in RS_ELECTION)


async def test_a_note_on_the_pair_takes_the_best_link(make_app) -> None:
    """Trial 21: ``C`` paired the sentence with wherever the other pane's cursor stood; the
    README promises the linked pair (the other pane goes there first, as with ``l``)."""
    from reader.features.notes import NotesFeature
    from tests.ui.test_notes_ui import write_note

    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        left, right = await ready(app, pilot)
        right.view.cursor = 0
        await pilot.pause()
        assert not any(words in cursor_text(right) for words in RS_ELECTION)
        left.view.focus()
        await pilot.press("C")
        await pilot.pause()
        await write_note(pilot, "dieselbe Wahl")
        assert any(words in cursor_text(right) for words in RS_ELECTION)
        [note] = app.screen.query_one(NotesFeature).note_store.all()
        assert note.compare is not None
        assert (note.compare.start, note.compare.end) == right.view.cursor_span()


async def test_a_note_on_the_pair_before_the_links_says_it_pairs_the_cursors(make_app) -> None:
    """Review 21 G5: ``C`` in the seconds before the links are known paired the two cursor
    sentences without a word (trial 21 finding 11, only earlier); ``l`` and ``c`` say why."""
    from reader.features.links import LinksFeature

    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        left, _right = await ready(app, pilot)
        app.screen.query_one(LinksFeature).state.index = None  # as in a first run's seconds
        told: list[str] = []
        app.notify = lambda message, **_: told.append(message)
        left.view.focus()
        await pilot.press("C")
        await pilot.pause()
        assert any("the note pairs the cursors" in message for message in told)
