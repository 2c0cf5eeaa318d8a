"""The interface language can be chosen after ``reader.app`` is imported: key descriptions
(class attributes, marked with ``N_``) are translated when the footer shows them."""

from __future__ import annotations

import sys

from reader.dialogs.help import HelpScreen
from reader.i18n import set_language
from reader.screens.library import LibraryScreen
from reader.widgets.reader_footer import ReaderFooter
from tests.ui.test_small_terminal import SMALL, footer_fitted


def footer_descriptions(app) -> dict[str, str]:
    footer = app.screen.query_one(ReaderFooter)
    return {key.key: key.description for key in footer.children if getattr(key, "key", None)}


async def shown_descriptions(app, pilot) -> dict[str, str]:
    for _attempt in range(50):
        await pilot.pause()
        shown = footer_descriptions(app)
        if shown:
            return shown
    return {}


async def test_language_set_after_import_reaches_the_footer(make_app) -> None:
    assert "reader.app" in sys.modules and "reader.screens.reading" in sys.modules
    app = make_app()  # builds with English, then the reader switches to German
    set_language("de")
    try:
        async with app.run_test(size=(120, 40)) as pilot:
            german = await shown_descriptions(app, pilot)
            assert german["o"] == "Gliederung" and german["q"] == "Beenden"
            assert german["ctrl+p"] == "Befehle"  # trial 21: Textual's own key stayed English
            await pilot.press("question_mark")  # a dialog: its keys, and the list of keys
            await pilot.pause()
            assert isinstance(app.screen, HelpScreen)
            active = app.screen.active_bindings
            assert active["escape"].binding.description == "Schließen"
            assert ("o", "Gliederung") in app.screen.key_rows
    finally:
        set_language("en")
    english = make_app()
    async with english.run_test(size=(120, 40)) as pilot:
        shown = await shown_descriptions(english, pilot)
        assert shown["o"] == "Outline" and shown["q"] == "Quit"


async def test_german_narrow_footers_keep_the_essential_keys(make_app) -> None:
    app = make_app()
    set_language("de")
    try:
        async with app.run_test(size=SMALL) as pilot:
            assert {"slash", "o", "question_mark", "q"} <= set(await footer_fitted(pilot))
            await pilot.press("ctrl+l")
            await pilot.pause()
            assert isinstance(app.screen, LibraryScreen)
            assert {"1", "2", "A", "d", "M"} <= set(await footer_fitted(pilot))
    finally:
        set_language("en")
