"""The running app takes in a document added from the command line, and keeps it on saving."""

from __future__ import annotations

import json
from pathlib import Path

from reader.app import ReaderApp
from reader.cli import main
from reader.library import open_library
from reader.paths import library_path, settings_path
from reader.services import Services
from reader.settings import Settings


async def test_a_document_added_outside_appears_in_the_running_app(tmp_path: Path) -> None:
    library = open_library()
    app = ReaderApp(Services(library), Settings(), settings_path(), library.documents()[:2])
    told: list[str] = []
    async with app.run_test(size=(120, 40)) as pilot:
        app.notify = lambda message, **_: told.append(message)
        source = tmp_path / "draussen.txt"
        source.write_text("Von draußen\n\nEin Satz von draußen. Noch einer.\n", "utf-8")
        assert main(["add", str(source)]) == 0
        app.take_outside_library_changes()  # what the timer and the focus event do
        await pilot.pause()
        assert "von-draussen" in app.library.ids()
        assert any("von-draussen" in message for message in told)
        app.library.set_meta("rs-belarus-2024", "title", "In der App")  # the app saves
    raw = json.loads(library_path().read_text(encoding="utf-8"))
    assert [item["id"] for item in raw["documents"]] == ["von-draussen"]
