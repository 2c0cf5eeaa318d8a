"""The running app takes in a document added from the command line, and keeps it on saving."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

from reader.app import ReaderApp
from reader.cli import main
from reader.features.links import LinksFeature
from reader.library import open_library
from reader.paths import library_path, settings_path
from reader.services import Services
from reader.settings import Settings
from tests.ui.polling import index_synced


async def test_a_document_added_outside_appears_in_the_running_app(tmp_path: Path) -> None:
    library = open_library()
    app = ReaderApp(Services(library), Settings(), settings_path(), library.documents()[:2])
    told: list[str] = []
    async with app.run_test(size=(120, 40)) as pilot:
        app.notify = lambda message, **_: told.append(message)
        await index_synced(app, pilot)  # the start's sync is done: only a new one takes it in
        source = tmp_path / "draussen.txt"
        source.write_text("Von draußen\n\nEin Satz von draußen. Noch einer.\n", "utf-8")
        assert main(["add", str(source)]) == 0
        app.take_outside_library_changes()  # what the timer and the focus event do
        await pilot.pause()
        assert "von-draussen" in app.library.ids()
        assert any("von-draussen" in message for message in told)
        await index_synced(app, pilot)
        hits = app.services.search_index.search("draußen").hits
        assert {hit.doc for hit in hits} == {"von-draussen"}  # the index took it in
        app.library.set_meta("rs-belarus-2024", "title", "In der App")  # the app saves
    raw = json.loads(library_path().read_text(encoding="utf-8"))
    assert [item["id"] for item in raw["documents"]] == ["von-draussen"]


async def test_a_new_version_added_outside_replaces_the_text_in_its_pane(tmp_path: Path) -> None:
    source = tmp_path / "fassung.txt"
    source.write_text("Erste Fassung\n\nDer Kahn lag still im Hafen.\n", "utf-8")
    assert main(["add", str(source)]) == 0
    library = open_library()
    shown = [library.get("rs-belarus-2024"), library.get("erste-fassung")]
    app = ReaderApp(Services(library), Settings(), settings_path(), shown)
    async with app.run_test(size=(120, 40)) as pilot:
        await index_synced(app, pilot)
        source.write_text("Erste Fassung\n\nDer Kahn lief bei Flut aus.\n", "utf-8")
        assert main(["add", str(source)]) == 0
        app.take_outside_library_changes()  # what the timer and the focus event do
        deadline = time.monotonic() + 30
        right = app.screen.query_one("#right")
        while "Flut" not in right.document.text and time.monotonic() < deadline:
            await pilot.pause(0.05)
        assert right.document.id == "erste-fassung" and "Flut" in right.document.text
        links = app.screen.query_one(LinksFeature).state
        stale = links.features.get("erste-fassung")
        assert stale is None or stale.content_hash == right.document.content_hash


async def test_a_document_the_file_lost_stays_in_the_running_app(tmp_path: Path) -> None:
    """Review 20 A1: library.json losing a visible document (a sync tool put back an older
    copy) must not drop it from the app, nor from the file at the app's next save."""
    for name, title in (("bleibt", "Bleibt da"), ("anderes", "Ein anderes")):
        source = tmp_path / f"{name}.txt"
        source.write_text(f"{title}\n\nEin Satz, der bleibt. Noch einer.\n", "utf-8")
        assert main(["add", str(source)]) == 0
    library = open_library()
    app = ReaderApp(Services(library), Settings(), settings_path(), library.documents()[:2])
    async with app.run_test(size=(120, 40)) as pilot:
        await index_synced(app, pilot)
        raw = json.loads(library_path().read_text(encoding="utf-8"))
        others = [item for item in raw["documents"] if item["id"] != "bleibt-da"]
        library_path().write_text(json.dumps({**raw, "documents": others}), encoding="utf-8")
        os.utime(library_path(), ns=(time.time_ns(), time.time_ns() + 10**9))
        app.take_outside_library_changes()
        await pilot.pause()
        assert "bleibt-da" in app.library.ids()
        app.library.set_meta("rs-belarus-2024", "title", "In der App")  # the app saves
    raw = json.loads(library_path().read_text(encoding="utf-8"))
    assert {item["id"] for item in raw["documents"]} == {"bleibt-da", "ein-anderes"}


async def test_an_older_version_deleted_outside_is_told_as_removed(tmp_path: Path) -> None:
    """Review 20 A3: ``reader remove ID-v1`` while a pane shows that version (a note's jump
    opens it): the toast says removed, and the pane's handler raises nothing."""
    source = tmp_path / "fassung.txt"
    source.write_text("Erste Fassung\n\nDer Kahn lag still im Hafen.\n", "utf-8")
    assert main(["add", str(source)]) == 0
    source.write_text("Erste Fassung\n\nDer Kahn lief bei Flut aus.\n", "utf-8")
    assert main(["add", str(source)]) == 0
    library = open_library()
    [old] = library.older_versions()
    app = ReaderApp(Services(library), Settings(), settings_path(), [library.get(old)])
    told: list[str] = []
    async with app.run_test(size=(120, 40)) as pilot:
        app.notify = lambda message, **_: told.append(message)
        await index_synced(app, pilot)
        assert main(["remove", old]) == 0
        app.take_outside_library_changes()  # what the timer and the focus event do
        await pilot.pause()
        assert f"Removed from outside the app: {old}" in told
        assert not any(message.startswith("Updated") for message in told)
        assert old not in {entry.id for entry in app.library.entries}


async def test_a_date_corrected_outside_re_dates_the_pane_showing_it() -> None:
    """Review 21 F3: ``reader meta ID --set published=`` while the app runs keeps the bytes,
    so the pane kept its old document: its header (and the timeline, which reads the pane's
    document) showed the old date while ``reader timeline`` showed the new one."""
    library = open_library()
    shown = [library.get("rs-belarus-2024"), library.get("swp-belarus-2023")]
    app = ReaderApp(Services(library), Settings(), settings_path(), shown)
    async with app.run_test(size=(120, 40)) as pilot:
        await index_synced(app, pilot)
        assert main(["meta", "rs-belarus-2024", "--set", "published=2019-05-04"]) == 0
        app.take_outside_library_changes()  # what the timer and the focus event do
        deadline = time.monotonic() + 30
        left = app.screen.query_one("#left")
        while left.document.published != "2019-05-04" and time.monotonic() < deadline:
            await pilot.pause(0.05)
        assert left.document.published == "2019-05-04"
        assert app.screen.query_one("#right").document.published.startswith("2023")
