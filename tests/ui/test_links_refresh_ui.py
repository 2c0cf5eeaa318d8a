"""Cross-links and the timeline follow the library while the app runs.

A change of the library reloads the glossary, and its ``Reloaded`` message (also sent after a
glossary decision) recomputes the links: this test goes through both steps.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.app import ReaderApp
from reader.features.library import LibraryFeature
from reader.features.links import LINKED, LinksFeature
from reader.screens.timeline import TimelineScreen
from reader.widgets.pane import DocumentPane
from tests.ui.links_cache import links_home, seed_cache  # noqa: F401 - fixtures
from tests.ui.polling import until

pytestmark = pytest.mark.usefixtures("links_home")

NEW_TEXT = (
    "Wahl in Belarus\n\n"
    "Im August 2020 ließ Lukaschenko sich bei der Präsidentschaftswahl zum Sieger erklären. "
    "Danach gingen Hunderttausende gegen die gefälschte Wahl auf die Straße.\n"
)


def linked(pane: DocumentPane) -> bool:
    return LINKED in pane.view._gutters.get("links", {}).values()


def links_idle(app: ReaderApp) -> bool:
    return not [w for w in app.workers if w.group in {"links", "glossary"} and not w.is_finished]


async def test_an_added_document_gets_links_and_timeline_entries(make_app, tmp_path: Path) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        links = app.screen.query_one(LinksFeature)
        assert await until(pilot, lambda: links.state.index is not None), "the first links"
        source = tmp_path / "wahl.txt"
        source.write_text(NEW_TEXT, "utf-8")
        [added] = app.library.add([source]).added
        app.screen.query_one(LibraryFeature).library_changed(added=[added.id])
        assert await until(
            pilot,
            lambda: added.id in links.state.features and links_idle(app),
        ), "the added document's features"
        assert links.state.generation == 1
        new_links = links.state.index.links_for_document(added.id)
        assert any(
            link.target.doc == "swp-belarus-2023" for found in new_links.values() for link in found
        ), "the new text links to the seed about the same election"
        right = app.screen.query(DocumentPane)[1]
        await links.panes.show_document_in(right, added.id)
        assert await until(pilot, lambda: linked(right)), "link markers in the pane"
        await pilot.press("t")
        assert await until(pilot, lambda: isinstance(app.screen, TimelineScreen)), "the timeline"
        assert added.id in {entry.doc for entry in app.screen.data.entries}


async def test_an_open_timeline_shows_the_dates_of_a_document_added_meanwhile(
    make_app, tmp_path: Path
) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        reading = app.screen
        links = reading.query_one(LinksFeature)
        assert await until(pilot, lambda: links.state.index is not None), "the first links"
        source = tmp_path / "wahl.txt"
        source.write_text(NEW_TEXT, "utf-8")
        [added] = app.library.add([source]).added
        await links.panes.show_document_in(reading.query(DocumentPane)[1], added.id)
        await pilot.press("t")
        assert await until(pilot, lambda: isinstance(app.screen, TimelineScreen)), "the timeline"
        timeline = app.screen
        assert added.id not in {entry.doc for entry in timeline.data.entries}
        reading.query_one(LibraryFeature).library_changed(added=[added.id])
        assert await until(
            pilot,
            lambda: added.id in {entry.doc for entry in timeline.data.entries},
        ), "the added document's dates on the open timeline"
        assert app.screen is timeline
