"""The footer is rebuilt only when its keys change, and a rebuild lets go of the old keys.

Every rebuild made some 20 key widgets; Textual kept the old ones alive through their data
binding to the footer, so typing a query piled up hundreds of them for the garbage collector
to walk (issue 14: full collections held up keystrokes).
"""

from __future__ import annotations

import gc
import weakref

from reader.widgets.reader_footer import ReaderFooter
from tests.ui.test_search_ui import index_ready, search, settled


async def test_a_rebuild_frees_the_old_keys(make_app, indexed) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        footer = app.screen.query_one(ReaderFooter)
        old_keys = [weakref.ref(key) for key in footer.children]
        assert old_keys
        for _ in range(3):
            shown = list(footer.children)
            app.screen.refresh_bindings()
            for _attempt in range(200):  # rebuilt after the next refresh
                await pilot.pause()
                if footer.children and footer.children[0] is not shown[0]:
                    break
            assert footer.children and footer.children[0] is not shown[0]
        del shown
        gc.collect()
        assert [ref for ref in old_keys if ref() is not None] == []


async def test_results_rebuild_the_footer_only_when_the_suggestion_key_changes(
    make_app, indexed
) -> None:
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
        assert rebuilds == ["Milchkreig", "Minsk"]
        assert panel.result is not None and not panel.result.suggestion
