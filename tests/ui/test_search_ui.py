"""Pilot tests of search in the app: the panel, hits in the panes, n/N, history, the index."""

from __future__ import annotations

import asyncio
import json
import threading
import time

import pytest
from textual import events

from index import SearchIndex
from reader import paths
from reader.commands import PROVIDERS
from reader.commands.search import SearchCommands
from reader.features.search import SearchFeature
from reader.features.search_hits import SEARCH_LAYER
from reader.features.search_index import IndexProgressed, IndexSync
from reader.widgets.document_view import DocumentView
from reader.widgets.index_progress import IndexProgress
from reader.widgets.search_panel import SearchPanel


async def index_ready(app) -> None:
    """Wait for the index worker only (other features' workers are theirs to test)."""
    await app.workers.wait_for_complete([w for w in app.workers if w.group == "index"])


async def settled(app, pilot) -> SearchPanel:
    """Wait until the debounce timer has fired and the search worker is done.

    Polls with a deadline rather than a count of pauses: on a loaded machine the first search
    (which loads the glossary for aliases) can take seconds.
    """
    state = app.screen.query_one(SearchFeature).state
    panel = app.screen.query_one(SearchPanel)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        await pilot.pause(0.02)
        searching = [w for w in app.workers if w.group == "search"]
        if searching:
            await app.workers.wait_for_complete(searching)
        if (
            state.timer is None
            and state.shown_for == panel.input.value
            and not any(w.is_running for w in searching)
        ):
            break
    await pilot.pause()
    return panel


async def search(app, pilot, query: str) -> SearchPanel:
    await pilot.press("slash", *query)
    return await settled(app, pilot)


def prompts(panel: SearchPanel) -> list[str]:
    return [str(option.prompt) for option in panel.results.options]


def capture_notices(app) -> list[str]:
    """Messages of the app's notifications from now on."""
    notices: list[str] = []
    notify = app.notify

    def record(message, *args, **kwargs) -> None:
        notices.append(str(message))
        notify(message, *args, **kwargs)

    app.notify = record
    return notices


def pane(app, side: str):
    return app.screen.query_one(f"#{side}")


async def test_query_lands_on_hit_in_right_pane(make_app, indexed) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await index_ready(app)
        assert app.focused is pane(app, "left").view
        await pilot.press("slash", *"Milchkrieg", "enter")
        await settled(app, pilot)
        right = pane(app, "right").view
        assert app.focused is right
        start, end = right.cursor_span()
        assert "Milchkrieg" in right.document.text[start:end]
        marked = [right.document.text[m.start : m.end] for m in right.marks(SEARCH_LAYER)]
        assert "Milchkrieg" in marked
        assert not app.screen.query_one(SearchPanel).is_open
        assert pane(app, "left").view.marks(SEARCH_LAYER) == []


async def test_keys_typed_in_one_burst_after_slash_go_to_the_query(make_app, indexed) -> None:
    """Keys read together with `/` (a fast typist, a paste) were handed to the pane before the
    panel took focus: they must be typed into the query, not lost nor run as the pane's keys
    (`l` opens a link, `q` quits)."""
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await index_ready(app)
        await pilot.pause()  # the screen is up: keys before it are Textual's to refuse
        for key, character in [("slash", "/"), ("M", "M"), ("i", "i"), ("l", "l"), ("q", "q")]:
            event = events.Key(key, character)
            event.set_sender(app)
            app._driver.send_message(event)
        panel = app.screen.query_one(SearchPanel)
        deadline = time.monotonic() + 30
        while panel.input.value != "Milq" and time.monotonic() < deadline:
            await pilot.pause(0.05)
        assert panel.input.value == "Milq"
        assert app.is_running and app.screen.query_one(SearchPanel).is_open


async def test_keys_read_behind_a_slow_key_wait_for_it(make_app, indexed, monkeypatch) -> None:
    """`j` is still with the pane (a busy machine) when `/` and `Sapad` are read: they wait
    for it, so `j` moves the pane's cursor and the query is `Sapad` (once `aSpad` or
    `apadS`: a late key was handed out after later ones)."""
    held = asyncio.Event()
    release = asyncio.Event()

    async def slow_pane(view: DocumentView, event: events.Key) -> None:
        if event.key == "j":
            held.set()
            await release.wait()

    monkeypatch.setattr(DocumentView, "on_key", slow_pane, raising=False)
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await index_ready(app)
        await pilot.pause()
        panel = app.screen.query_one(SearchPanel)
        view = pane(app, "left").view
        cursor = view.cursor

        def read(*keys: str) -> None:
            for key in keys:
                event = events.Key(key, key if len(key) == 1 else "/")
                event.set_sender(app)
                app._driver.send_message(event)

        read("j", "slash", "S")
        deadline = time.monotonic() + 30
        # Plain sleeps while the pane holds its key: a pilot pause waits for every widget.
        while not held.is_set() and time.monotonic() < deadline:
            await asyncio.sleep(0.02)
        read("a", "p", "a", "d")
        await asyncio.sleep(0.1)
        assert held.is_set() and not panel.is_open  # `/` waits for `j`
        release.set()
        while panel.input.value != "Sapad" and time.monotonic() < deadline:
            await pilot.pause(0.05)
        assert panel.input.value == "Sapad"
        assert view.cursor == cursor + 1


async def test_results_grouped_by_document_with_counts(make_app, indexed) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await index_ready(app)
        panel = await search(app, pilot, "Lukaschenko")
        assert panel.result is not None and panel.result.hits
        headers = [o for o in panel.results.options if (o.id or "").startswith("doc:")]
        assert {o.id for o in headers} == {"doc:swp-belarus-2023", "doc:rs-belarus-2024"}
        for header in headers:
            doc = (header.id or "")[4:]
            count = sum(1 for hit in panel.result.hits if hit.doc == doc)
            assert str(header.prompt).endswith(f"{count} hits")
            assert header.disabled
        # Each document's hits follow its header.
        docs_in_order = []
        for option in panel.results.options:
            if (option.id or "").startswith("doc:"):
                docs_in_order.append((option.id or "")[4:])
        assert len(docs_in_order) == len(set(docs_in_order)) == 2


async def test_alias_hit_shows_via_and_marks_words(make_app, indexed) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await index_ready(app)
        panel = await search(app, pilot, "Zapad")
        texts = prompts(panel)
        assert any("Sapad" in t and "via alias: Zapad → Sapad" in t for t in texts)
        hit_options = [o for o in panel.results.options if (o.id or "").startswith("hit:")]
        styled = [
            o.prompt.plain[s.start : s.end]
            for o in hit_options
            for s in o.prompt.spans
            if "reverse" in str(s.style)
        ]
        assert "Sapad" in styled and "Zapad" in styled


async def test_escape_returns_to_previous_positions(make_app, indexed) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await index_ready(app)
        await pilot.press(*"jjj")
        left, right = pane(app, "left").view, pane(app, "right").view
        before = [(v.cursor, v.scroll_offset.y) for v in (left, right)]
        await search(app, pilot, "Sapad")
        await pilot.press("pagedown", "pagedown")
        await pilot.pause()
        assert left.cursor != before[0][0]  # browsing previews the hit in its pane
        await pilot.press("escape")
        await pilot.pause()
        assert [(v.cursor, v.scroll_offset.y) for v in (left, right)] == before
        assert app.focused is left
        assert not app.screen.query_one(SearchPanel).is_open


async def test_history_recall_and_persistence(make_app, indexed) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await index_ready(app)
        await pilot.press("slash", *"Milchkrieg", "enter")
        await settled(app, pilot)
        await search(app, pilot, "Zapad")
        await pilot.press("escape")
        panel = await search(app, pilot, "Min")
        await pilot.press("up")
        assert panel.input.value == "Zapad"
        await pilot.press("up")
        assert panel.input.value == "Milchkrieg"
        await pilot.press("up")
        assert panel.input.value == "Milchkrieg"
        await pilot.press("ctrl+down")
        assert panel.input.value == "Zapad"
        await pilot.press("ctrl+down")
        assert panel.input.value == "Min"
        await pilot.press("escape")
    saved = json.loads(paths.settings_path().read_text(encoding="utf-8"))
    assert saved["search_history"] == ["Milchkrieg", "Zapad", "Min"]


async def test_n_and_N_step_through_hits_with_wrap(make_app, indexed) -> None:
    app = make_app()
    notices = capture_notices(app)
    async with app.run_test(size=(120, 40)) as pilot:
        await index_ready(app)
        await pilot.press("n")  # no search yet: a notice, no crash
        await pilot.press("slash", *"Lukaschenko", "enter")
        await settled(app, pilot)
        left = app.screen.panes.focused().view  # the pane of the best hit
        assert app.focused is left
        hits = sorted(
            h.start
            for h in app.screen.query_one(SearchFeature).state.result.hits
            if h.doc == left.document.id
        )
        assert len(hits) >= 2
        starts = []
        for _ in range(len(hits)):
            await pilot.press("n")
            starts.append(left.cursor_span()[0])
        assert left.marks(SEARCH_LAYER)  # marks stay
        await pilot.press("N")
        back = left.cursor_span()[0]
        assert back == starts[-2]
        assert any("Wrapped around" in m for m in notices)
        assert any("No search yet" in m for m in notices)


async def test_scope_toggle_limits_to_focused_document(make_app, indexed) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await index_ready(app)
        await pilot.press("tab")  # the right pane is focused when search opens
        panel = await search(app, pilot, "Lukaschenko")
        assert {h.doc for h in panel.result.hits} == {"swp-belarus-2023", "rs-belarus-2024"}
        await pilot.press("ctrl+d")
        await settled(app, pilot)
        assert "this document" in str(panel.border_title)
        assert {h.doc for h in panel.result.hits} == {"rs-belarus-2024"}
        assert panel.input.value == "Lukaschenko"  # ctrl+d did not delete in the input
        await pilot.press("ctrl+d")
        await settled(app, pilot)
        assert "whole library" in str(panel.border_title)


@pytest.mark.parametrize(
    "query", ['"Wagner Söldner', "AND", "(Minsk", "von:gestern Minsk", "OR NOT", "*", "e*"]
)
async def test_bad_query_shows_a_message(make_app, indexed, query: str) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await index_ready(app)
        panel = await search(app, pilot, query)
        status = str(panel.query_one("#search-status").render())
        assert status.strip() or panel.result.hits  # a message, or sensible hits
        assert panel.is_open
        await pilot.press("enter", "escape")
        await settled(app, pilot)


async def test_date_filter_and_suggestion(make_app, indexed) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await index_ready(app)
        panel = await search(app, pilot, "Milchkreig")
        assert panel.result.suggestion == "Milchkrieg"
        assert any("Did you mean" in t for t in prompts(panel))
        await pilot.press("ctrl+s")
        await settled(app, pilot)
        assert panel.input.value == "Milchkrieg"
        await pilot.press("ctrl+a", "ctrl+k", *"Belarus von:2020 bis:2020")
        await settled(app, pilot)
        dated = list(panel.result.hits)
        await pilot.press("ctrl+a", "ctrl+k", *"Belarus")
        await settled(app, pilot)
        assert 0 < len(dated) < len(panel.result.hits)


async def test_indexing_shows_progress_and_builds_index(make_app, reader_home) -> None:
    app = make_app()
    seen: list[IndexProgressed] = []

    def hook(message) -> None:
        if isinstance(message, IndexProgressed):
            seen.append(message)

    async with app.run_test(size=(120, 40), message_hook=hook) as pilot:
        await pilot.press("j")  # the reader is usable while indexing
        await index_ready(app)
        await pilot.pause()
        assert seen and seen[-1].done == seen[-1].total == 2
        assert not app.screen.query(IndexProgress)  # the line goes once done
        assert not app.screen.query_one(IndexSync).running
    assert paths.index_dir().is_relative_to(reader_home)
    status = SearchIndex(paths.index_dir()).status()
    assert status.state == "ready" and status.documents == 2


async def test_palette_lists_search_commands(make_app, indexed) -> None:
    app = make_app()
    notices = capture_notices(app)
    async with app.run_test(size=(120, 40)) as pilot:
        await index_ready(app)
        assert SearchCommands in [load() for load in PROVIDERS] and set(PROVIDERS) <= app.COMMANDS
        await pilot.press("ctrl+p", *"rebuild the index")
        await pilot.pause()
        await pilot.press("enter")
        await index_ready(app)
        await pilot.pause()
        assert any("rebuilt" in message for message in notices)


async def test_down_in_the_query_goes_to_the_hits_and_up_comes_back(make_app, indexed) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await index_ready(app)
        await search(app, pilot, "Milchkrieg")
        await pilot.press("escape")
        panel = await search(app, pilot, "Sapad")
        await pilot.press("down")
        assert panel.results.has_focus
        rows = [o.id for o in panel.results.options if (o.id or "").startswith("hit:")]
        assert panel.results.get_option_at_index(panel.results.highlighted).id == rows[0]
        await pilot.press("down")
        assert panel.results.get_option_at_index(panel.results.highlighted).id == rows[1]
        await pilot.press("up", "up")
        assert panel.input.has_focus and panel.input.value == "Sapad"
        await pilot.press("down", "x")  # typing in the list goes on in the query
        assert panel.input.has_focus and panel.input.value == "Sapadx"
        await pilot.press("up")  # at the top: the history
        assert panel.input.value == "Milchkrieg"


async def test_history_keeps_many_queries_deduplicated_and_bounded(make_app, indexed) -> None:
    app = make_app()
    app.settings.search_history = [f"Wort{n}" for n in range(49)] + ["Minsk"]
    async with app.run_test(size=(80, 24)) as pilot:
        await index_ready(app)
        for query in ["Sapad", "Minsk"]:
            await search(app, pilot, query)
            await pilot.press("escape")
    saved = json.loads(paths.settings_path().read_text(encoding="utf-8"))["search_history"]
    assert len(saved) == 50 and len(set(saved)) == 50
    assert saved[-2:] == ["Sapad", "Minsk"] and saved[0] == "Wort1"


async def test_phrase_snippets_keep_the_matched_word_whole(make_app, indexed) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await index_ready(app)
        panel = await search(app, pilot, '"Unionsstaat"')
        lines = [o.prompt for o in panel.results.options if (o.id or "").startswith("hit:")]
        assert len(lines) == len(panel.result.hits) >= 4
        passages = [" ".join(hit.passage.split()).split() for hit in panel.result.hits]
        for line in lines:
            marked = [line.plain[s.start : s.end] for s in line.spans if "reverse" in str(s.style)]
            assert marked and all("Unionsstaat" in m for m in marked)
            words = line.plain.strip().strip("…").split()
            assert any(all(w in passage for w in words) for passage in passages), line.plain


async def test_a_corrected_search_says_so_once_per_document(make_app, indexed) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await index_ready(app)
        panel = await search(app, pilot, "Unionstaat")
        assert panel.result.hits and panel.result.suggestion
        options = panel.results.options
        hits = [str(o.prompt) for o in options if (o.id or "").startswith("hit:")]
        headers = [str(o.prompt) for o in options if (o.id or "").startswith("doc:")]
        assert len(hits) > len(headers)
        assert not any("via correction" in line for line in hits)
        assert all(line.count("via correction") == 1 for line in headers)


async def test_a_slow_search_says_it_is_still_searching(make_app, indexed, monkeypatch) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await index_ready(app)
        search_now = SearchIndex.search
        release = threading.Event()

        def slow_search(*args, **kwargs):
            release.wait(30)  # the worker thread, held as on a busy machine
            return search_now(*args, **kwargs)

        monkeypatch.setattr(SearchIndex, "search", slow_search)
        await pilot.press("slash", *"Sapad")
        status = app.screen.query_one("#search-status")
        deadline = time.monotonic() + 30
        while "Searching…" not in str(status.render()) and time.monotonic() < deadline:
            await pilot.pause(0.05)
        assert "Searching…" in str(status.render())
        release.set()
        panel = await settled(app, pilot)
        assert "Searching…" not in str(status.render())
        assert panel.results.option_count > 0


async def test_a_search_does_not_wait_for_the_names(make_app, indexed, monkeypatch) -> None:
    """Searches run at once without the glossary's aliases while the library's names are
    still read; when they arrive the same query runs again and its alias hits appear."""
    from reader import services as services_module

    read_names = services_module.discovered_glossary
    release = threading.Event()

    def held_discovery(*args, **kwargs):
        release.wait(60)  # discovery held back, as behind other jobs on a busy machine
        return read_names(*args, **kwargs)

    monkeypatch.setattr(services_module, "discovered_glossary", held_discovery)
    app = make_app()
    try:
        async with app.run_test(size=(120, 40)) as pilot:
            await index_ready(app)
            panel = await search(app, pilot, "Zapad")
            assert not app.services.discovery_done
            assert panel.input.value == "Zapad"
            assert not any("via alias" in t for t in prompts(panel))
            release.set()
            deadline = time.monotonic() + 60
            while not any("via alias" in t for t in prompts(panel)):
                assert time.monotonic() < deadline, "the alias hits never came"
                await pilot.pause(0.05)
            assert any("Sapad" in t and "via alias: Zapad → Sapad" in t for t in prompts(panel))
    finally:
        release.set()


async def test_the_panel_does_not_shrink_while_the_query_is_typed(make_app, indexed) -> None:
    """Fewer hits for a longer query never shrink the panel (nor grow the panes); clearing
    the query lets it shrink. (It may grow: a word typed halfway can bring a suggestion row,
    which a loaded machine shows before the next key arrives.)"""
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await index_ready(app)
        panel = await search(app, pilot, "Belarus")
        tall, left = panel.outer_size.height, pane(app, "left").outer_size.height
        rows = panel.results.option_count
        await pilot.press(*" Sapad")
        panel = await settled(app, pilot)
        assert panel.results.option_count < rows, prompts(panel)
        assert panel.outer_size.height >= tall
        assert pane(app, "left").outer_size.height <= left
        panel.input.value = ""
        panel = await settled(app, pilot)
        assert panel.outer_size.height < tall
