"""Keys read from the terminal in one burst keep the order they were typed in, whichever
widget handles them: an input types printable keys itself but runs its editing keys
(backspace, arrows) only once they have travelled back up to the app (Textual #6605), and a
key that opens a panel or a dialog moves focus while later keys are already read."""

from __future__ import annotations

import pytest
from textual import events
from textual.app import App
from textual.widgets import Input, TextArea

from reader.widgets.search_panel import SearchPanel
from tests.ui.polling import until


def read(app: App[None], *keys: str) -> None:
    """Keys as the terminal driver reads them: all queued before the app handles any."""
    characters = {
        "slash": "/",
        "backspace": "\x7f",
        "escape": "\x1b",
        "ctrl+u": "\x15",
        "left": None,
    }
    for key in keys:
        event = events.Key(key, characters.get(key, key))
        event.set_sender(app)
        app._driver.send_message(event)


@pytest.mark.parametrize(
    ("keys", "query"),
    [
        # once `ba`: the backspace ran after the `c` was typed
        pytest.param(("b", "a", "backspace", "c"), "bc", id="backspace"),
        # `x` goes before the `l`
        pytest.param(("M", "i", "l", "left", "x"), "Mixl", id="left-arrow"),
    ],
)
async def test_an_editing_key_keeps_its_place_among_typed_letters(
    make_app, indexed, keys: tuple[str, ...], query: str
) -> None:
    """`/`, then letters and an editing key (backspace, left arrow) read together: the key
    edits the query where it was typed, not after the letters behind it."""
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        panel = app.screen.query_one(SearchPanel)
        read(app, "slash", *keys)
        await until(pilot, lambda: panel.input.value == query)
        assert panel.input.value == query


async def test_typing_corrected_in_a_burst_in_the_picker(make_app, indexed) -> None:
    """The trial's picker: `deich`, five backspaces and `Heimat` read in one burst give
    `Heimat` (once `dHeima`: a late backspace took the last letter)."""
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        read(app, "p", *"deich", *["backspace"] * 5, *"Heimat")
        await until(pilot, lambda: isinstance(app.focused, Input) and app.focused.value == "Heimat")
        assert isinstance(app.focused, Input)
        assert app.focused.value == "Heimat"


async def test_a_query_typed_right_after_clearing_it(make_app, indexed) -> None:
    """Trial 22: `/`, ctrl+u and a query read together: ctrl+u (the input's binding) clears
    what stood there before the query is typed, not the query."""
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        panel = app.screen.query_one(SearchPanel)
        await pilot.press("slash", *"alt", "escape")
        await until(pilot, lambda: not panel.is_open and panel.input.value == "alt")
        read(app, "slash", "ctrl+u", *"Mil")
        await until(pilot, lambda: panel.input.value == "Mil")
        assert panel.input.value == "Mil"


async def test_a_note_typed_right_after_a(make_app, indexed) -> None:
    """Trial 22: a note typed right after `a` was lost (the keys reached the dialog before
    its text area had focus) and the dialog stayed open."""
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        read(app, "a", *"Hallo")
        await until(
            pilot, lambda: isinstance(app.focused, TextArea) and app.focused.text == "Hallo"
        )
        assert isinstance(app.focused, TextArea)
        assert app.focused.text == "Hallo"
