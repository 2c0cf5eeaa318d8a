"""``library.json`` shared by the app and the command line: merged under a lock, never lost."""

from __future__ import annotations

import json
import multiprocessing
import os
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from documents.errors import DocumentNotFound
from reader.cli import main
from reader.library import LibraryEntry, open_library
from reader.paths import library_path

TRIALS = 20
WRITERS = 3
SAVES = 8
SEED = "rs-belarus-2024"


def _text(tmp_path: Path, name: str, body: str) -> Path:
    path = tmp_path / f"{name}.txt"
    path.write_text(f"{body}\n\nEin erster Satz über {name}. Ein zweiter Satz.\n", "utf-8")
    return path


def _ids_on_disk() -> set[str]:
    raw = json.loads(library_path().read_text(encoding="utf-8"))
    return {item["id"] for item in raw["documents"]}


def test_a_document_added_while_the_app_runs_survives_the_apps_save(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    app_library = open_library()  # what the running app holds
    assert main(["add", str(_text(tmp_path, "neu", "Neues Dokument"))]) == 0
    added = _ids_on_disk()
    app_library.set_meta(SEED, "title", "Vom App korrigiert")  # the app writes the library
    assert _ids_on_disk() == added
    assert added <= set(app_library.ids())  # and the app has it too
    assert open_library().entry(SEED).meta.title == "Vom App korrigiert"


def test_the_app_takes_in_outside_changes(tmp_path: Path) -> None:
    app_library = open_library()
    assert app_library.take_outside_changes() == ([], [])  # nothing changed: one stat, no read
    assert main(["add", str(_text(tmp_path, "extra", "Noch ein Dokument"))]) == 0
    assert main(["meta", SEED, "--set", "title=Von der Kommandozeile"]) == 0
    changed, removed = app_library.take_outside_changes()
    assert removed == []
    assert SEED in changed and (_ids_on_disk() - {SEED}) <= set(changed)
    assert app_library.entry(SEED).meta.title == "Von der Kommandozeile"
    assert app_library.get(SEED).title == "Von der Kommandozeile"  # not a stale loaded copy


def test_a_local_change_is_not_undone_by_an_outside_one(tmp_path: Path) -> None:
    app_library = open_library()
    other = open_library()
    other.set_meta(SEED, "publisher", "draußen")
    app_library.set_meta(SEED, "title", "drinnen")  # changed here: this version wins
    assert open_library().entry(SEED).meta.title == "drinnen"


def _writer(number: int, home: str) -> None:
    os.environ["READER_HOME"] = home
    library = open_library()
    for save in range(SAVES):
        entry = LibraryEntry(f"w{number}-{save}", Path(f"/nowhere/{number}-{save}.txt"),
                             open_library().entry(SEED).meta)  # fmt: skip
        library.entries.append(entry)
        library.save()
    os._exit(0)


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork()")
@pytest.mark.parametrize("trial", range(TRIALS))
def test_concurrent_writers_lose_nothing(trial: int, reader_home: Path) -> None:
    context = multiprocessing.get_context("fork")
    writers = [context.Process(target=_writer, args=(n, str(reader_home))) for n in range(WRITERS)]
    for process in writers:
        process.start()
    for process in writers:
        process.join(60)
        assert process.exitcode == 0
    expected = {f"w{n}-{s}" for n in range(WRITERS) for s in range(SAVES)}
    assert _ids_on_disk() == expected


def test_an_older_version_deleted_outside_is_not_brought_back_by_the_apps_save(
    tmp_path: Path,
) -> None:
    path = _text(tmp_path, "essay", "Erste Fassung")
    assert main(["add", str(path)]) == 0
    path.write_text("Zweite Fassung\n\nEin anderer Satz.\n", "utf-8")
    assert main(["add", str(path)]) == 0
    app_library = open_library()  # the app holds both versions
    [old] = app_library.older_versions()
    assert main(["remove", old]) == 0  # deleted for good by the command line
    assert app_library.take_outside_changes() == ([], [old])  # removed, not changed
    assert old not in {entry.id for entry in app_library.entries}
    app_library.set_meta(SEED, "title", "Von der App")  # the app saves
    assert old not in _ids_on_disk() and len(_ids_on_disk()) == 1


def _rewrite_library(keep: Callable[[dict[str, object]], bool]) -> None:
    """Write ``library.json`` as a sync tool or a restored backup might: entries missing."""
    raw = json.loads(library_path().read_text(encoding="utf-8"))
    raw["documents"] = [item for item in raw["documents"] if keep(item)]
    library_path().write_text(json.dumps(raw), encoding="utf-8")
    os.utime(library_path(), ns=(time.time_ns(), time.time_ns() + 10**9))  # a new mtime


def test_a_visible_document_the_file_lost_is_kept_and_written_back(tmp_path: Path) -> None:
    """Review 20 A1: only a deleted older version may go; the file losing a document the
    user still has (Dropbox put back an older copy) must not drop it."""
    assert main(["add", str(_text(tmp_path, "bleibt", "Bleibt da"))]) == 0
    [kept] = _ids_on_disk()
    app_library = open_library()
    _rewrite_library(lambda item: item["id"] != kept)
    app_library.take_outside_changes()
    assert kept in app_library.ids()
    app_library.set_meta(SEED, "title", "Von der App")  # the app saves: written back
    assert kept in _ids_on_disk()


def test_a_hidden_document_the_file_lost_is_no_older_version_and_stays(tmp_path: Path) -> None:
    """A removed (hidden) document is no older version: its entry keeps its notes' title."""
    assert main(["add", str(_text(tmp_path, "weg", "Entfernt"))]) == 0
    [removed] = _ids_on_disk()
    assert main(["remove", removed]) == 0
    app_library = open_library()
    _rewrite_library(lambda item: item["id"] != removed)
    app_library.take_outside_changes()
    assert removed in {entry.id for entry in app_library.entries}


def _two_versions(tmp_path: Path) -> Path:
    path = _text(tmp_path, "essay", "Erste Fassung")
    assert main(["add", str(path)]) == 0
    path.write_text("Zweite Fassung\n\nEin anderer Satz.\n", "utf-8")
    assert main(["add", str(path)]) == 0
    return path


def test_deleting_an_older_version_brought_back_meanwhile_deletes_nothing(
    tmp_path: Path,
) -> None:
    """Review 20 A4: the check runs again under the lock, after the merge."""
    _two_versions(tmp_path)
    cli_library = open_library()
    [old] = cli_library.older_versions()
    copy = cli_library.entry(old).path
    _rewrite_library(lambda item: True)  # nothing lost; then another process un-hides -v1:
    other = open_library()
    other.entry(old).hidden = False
    other.save()
    with pytest.raises(DocumentNotFound):
        cli_library.delete_older_version(old)
    assert old in _ids_on_disk() and copy.exists()


def test_deleting_an_older_version_changed_meanwhile_still_deletes_it(tmp_path: Path) -> None:
    _two_versions(tmp_path)
    cli_library = open_library()
    [old] = cli_library.older_versions()
    other = open_library()
    other.set_meta(old, "title", "Anders")  # replaces the entry the first process holds
    assert cli_library.delete_older_version(old).id == old
    assert old not in _ids_on_disk()
