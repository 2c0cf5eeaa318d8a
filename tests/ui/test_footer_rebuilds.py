"""The footer is rebuilt only when its keys change, and a rebuild lets go of the old keys.

Every rebuild made some 20 key widgets; Textual kept the old ones alive through their data
binding to the footer, so typing a query piled up hundreds of them for the garbage collector
to walk (issue 14: full collections held up keystrokes).
"""

from __future__ import annotations

import gc
import weakref
from functools import partial

from reader.widgets.reader_footer import ReaderFooter
from tests.ui.polling import until
from tests.ui.test_search_ui import index_ready, search, settled


def shows_new_keys(footer: ReaderFooter, before: set[object]) -> bool:
    return bool(footer.children) and not before.intersection(footer.children)


def alive(refs: list[weakref.ref]) -> list[object]:
    gc.unfreeze()  # a pause in typing may have frozen them (reader.collector)
    gc.collect()
    return [ref() for ref in refs if ref() is not None]


async def test_a_rebuild_frees_the_old_keys(make_app, indexed) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        footer = app.screen.query_one(ReaderFooter)
        assert await until(pilot, lambda: bool(footer.children))
        old_keys = [weakref.ref(key) for key in footer.children]
        for _ in range(3):
            shown = set(footer.children)
            app.screen.refresh_bindings()  # rebuilt after the next refresh
            assert await until(pilot, partial(shows_new_keys, footer, shown))
        del shown
        assert await until(pilot, lambda: not alive(old_keys))


async def test_results_never_rebuild_the_footer(make_app, indexed) -> None:
    """No footer key depends on the result: ctrl+s (a suggestion) is told on the suggestion's
    own row, so a word typed letter by letter, suggested until it is whole, costs no rebuild
    (each was a layout of the whole screen before the results were painted)."""
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await index_ready(app)
        panel = await search(app, pilot, "Belarus")
        footer = app.screen.query_one(ReaderFooter)
        rebuilds: list[str] = []
        panel.screen.bindings_updated_signal.subscribe(
            footer, lambda _: rebuilds.append(panel.input.value)
        )
        for query in ("Belarus Minsk", "Minsk", "Milchkreig", "Milchkreig Minsk", "Minsk"):
            panel.input.value = query
            await settled(app, pilot)
        assert rebuilds == []
        assert panel.result is not None and not panel.result.suggestion
