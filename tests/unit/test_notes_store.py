"""The notes store: writes, reads, filtering, literal text, migrations, backups, bad files."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from documents.model import Document, DocumentMeta, Span
from documents.sanitize import clean_field
from reader.notes import (
    Annotation,
    Color,
    NoteNotFound,
    NotesError,
    NoteStore,
    Status,
    Target,
    at_offset,
    highlights,
    notes_by_sentence,
    set_aside,
)
from reader.notes.backups import backups_dir
from reader.notes.schema import SCHEMA_VERSION, migrate, read_version
from reader.paths import notes_db_path

TEXT = "Der Wal singt im Meer. Die Möwe ruft am Strand. Das Boot schaukelt im Hafen."


def _target(quote: str, doc: str = "doc", text: str = TEXT, content_hash: str = "h1") -> Target:
    start = text.index(quote)
    return Target.from_text(doc, content_hash, text, start, start + len(quote), f"/docs/{doc}.txt")


@pytest.fixture
def store(tmp_path: Path) -> NoteStore:
    return NoteStore.open_strict(tmp_path / "notes.sqlite3")


def test_open_uses_the_data_directory_and_sets_wal_and_full_sync(reader_home: Path) -> None:
    with NoteStore.open() as store:
        assert store.path == notes_db_path()
        assert store.path.parent == reader_home
        assert store.problem is None
        assert store._conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert store._conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
        assert store._conn.execute("PRAGMA busy_timeout").fetchone()[0] > 0


def test_add_get_update_delete_and_undo(store: NoteStore) -> None:
    added = store.add(_target("Die Möwe ruft"), color="green", note="*Möwe*", tags=["vogel", " "])
    assert added.tags == ("vogel",)
    assert store.get(added.id) == added
    updated = store.update(added.id, note="neu", tags=["a", "b", "a"], color=Color.PINK)
    assert (updated.note, updated.tags, updated.color) == ("neu", ("a", "b"), Color.PINK)
    assert updated.created == added.created and updated.modified >= added.modified
    store.put(added)  # undo the edit
    assert store.get(added.id) == added
    removed = store.delete(added.id)
    with pytest.raises(NoteNotFound):
        store.get(added.id)
    store.put(removed)  # undo the deletion
    assert store.get(added.id) == added


def test_everything_survives_reopening(tmp_path: Path) -> None:
    compare = _target("Das Boot", doc="other")
    with NoteStore.open_strict(tmp_path / "n.sqlite3") as store:
        added = store.add(_target("Der Wal"), note="x", tags=["t"], compare=compare)
    with NoteStore.open_strict(tmp_path / "n.sqlite3") as store:
        assert store.all() == [added]
        assert store.get(added.id).compare == compare


def test_bad_input_is_refused_with_a_clear_message(store: NoteStore) -> None:
    with pytest.raises(NotesError, match="use one of yellow, green, blue, pink, purple"):
        store.add(_target("Der Wal"), color="orange")
    with pytest.raises(NotesError):
        Target.from_text("doc", "h", TEXT, 5, 5)
    with pytest.raises(NoteNotFound, match="no note"):
        store.delete("nope")


def test_ids_can_be_given_by_prefix(store: NoteStore) -> None:
    added = store.add(_target("Der Wal"))
    assert store.resolve_id(added.id[:8]) == added.id
    with pytest.raises(NoteNotFound):
        store.resolve_id("zzz")


def test_filter_by_words_document_colour_and_tag(store: NoteStore) -> None:
    wal = store.add(_target("Der Wal singt"), note="Großer Säuger", tags=["Tier"])
    boot = store.add(_target("Das Boot", doc="d2", content_hash="h2"), color="blue", tags=["See"])
    assert store.filter("") == [boot, wal]  # by document, then position
    assert store.filter("wal SÄUGER") == [wal]
    assert store.filter("tier") == [wal]
    assert store.filter("wal boot") == []
    assert store.filter(doc="d2") == store.filter(doc="h2") == [boot]
    assert store.filter(color="blue") == [boot]
    assert store.filter(tag="Tier") == [wal]
    assert store.tags() == ["See", "Tier"]
    assert store.doc_ids() == ["d2", "doc"]


def test_documents_are_recognised_by_id_hash_or_path(store: NoteStore) -> None:
    added = store.add(_target("Die Möwe"))
    assert store.for_document("doc") == [added]
    assert store.for_document("renamed", content_hash="h1") == [added]
    assert store.for_document("renamed", "other-hash", path="/docs/doc.txt") == [added]
    assert store.for_document("renamed", "other-hash") == []


def test_place_anchors_a_moved_and_edited_document(store: NoteStore) -> None:
    kept = store.add(_target("Die Möwe ruft am Strand."))
    lost = store.add(_target("Das Boot schaukelt im Hafen."))
    new_text = "Ein neuer Satz. Der Wal singt im Meer. Die Möwe ruft laut am Strand."
    placed = store.place("renamed", "h1", new_text)  # found by hash after a rename
    assert [p.annotation for p in placed] == [kept, lost]  # orphans last
    assert placed[0].status is Status.MOVED
    assert new_text[placed[0].start : placed[0].end] == "Die Möwe ruft laut am Strand."
    assert placed[1].orphaned and store.get(lost.id) == lost  # never deleted


LITERALS = [
    "[bold]nicht fett[/] [/] [link=x]y[/link] :smile: \\[escaped]",
    "Ünïcödé 🐋 עברית 中文 \u200b\u0301 e\u0301 \t tab\nnewline",
]


@pytest.mark.parametrize("note", LITERALS)
def test_notes_are_stored_and_returned_literally(tmp_path: Path, note: str) -> None:
    tag = " ".join(note.split())
    with NoteStore.open_strict(tmp_path / "n.sqlite3") as store:
        added = store.add(_target("Der Wal"), note=note, tags=[tag])
    with NoteStore.open_strict(tmp_path / "n.sqlite3") as store:
        assert store.get(added.id).note == note
        assert store.get(added.id).tags == (tag,)


def test_terminal_controls_never_enter_the_store(tmp_path: Path) -> None:
    hostile = "a\x00b\x1b]52;c;SU5KRUNURUQ=\x07c\x1b[2Jd\x9b31me\u202ef\r\ng"
    with NoteStore.open_strict(tmp_path / "n.sqlite3") as store:
        added = store.add(_target("Der Wal"), note=hostile, tags=[hostile])
    with NoteStore.open_strict(tmp_path / "n.sqlite3") as store:
        assert store.get(added.id).note == "abcdef\ng"
        assert store.get(added.id).tags == ("abcdef g",)


def test_a_one_megabyte_note_is_kept_whole(tmp_path: Path) -> None:
    note = ("Ein langer Absatz mit [markup] und Ümlauten. " * 25_000)[:1_000_000]
    with NoteStore.open_strict(tmp_path / "n.sqlite3") as store:
        added = store.add(_target("Der Wal"), note=note)
    with NoteStore.open_strict(tmp_path / "n.sqlite3") as store:
        assert store.get(added.id).note == note
        assert store.filter("ümlauten") == [store.get(added.id)]


@settings(max_examples=50, deadline=None)
@given(note=st.text(), tag=st.text(min_size=1).filter(str.strip))
def test_any_text_round_trips(note: str, tag: str) -> None:
    """Whatever comes in is stored as given once cleaned of terminal controls."""
    with NoteStore.memory() as store:
        added = store.add(_target("Der Wal"), note=note, tags=[tag])
        store._seen_version = None  # force a reload from SQLite
        assert store.get(added.id).note == clean_field(note, multiline=True)
        cleaned = clean_field(tag.strip())
        assert store.get(added.id).tags == ((cleaned,) if cleaned else ())


# -- migrations and backups ---------------------------------------------------------------------


def _old_layout(path: Path) -> None:
    """A hand-made database of an imagined version 1 with a single-table layout."""
    conn = sqlite3.connect(path)
    conn.executescript(
        """
        CREATE TABLE schema_version (version INTEGER NOT NULL);
        INSERT INTO schema_version VALUES (1);
        CREATE TABLE highlights (id TEXT PRIMARY KEY, doc TEXT, quote TEXT);
        INSERT INTO highlights VALUES ('a', 'doc', 'Der Wal'), ('b', 'doc', 'Die Möwe');
        """
    )
    conn.commit()
    conn.close()


def _old_v1(conn: sqlite3.Connection) -> None:
    conn.execute("CREATE TABLE highlights (id TEXT PRIMARY KEY, doc TEXT, quote TEXT)")


def _v1_to_v2(conn: sqlite3.Connection) -> None:
    conn.execute("ALTER TABLE highlights ADD COLUMN color TEXT NOT NULL DEFAULT 'yellow'")


def _broken_v2_to_v3(conn: sqlite3.Connection) -> None:
    conn.execute("UPDATE highlights SET quote = 'changed'")
    raise RuntimeError("disk on fire")


def test_a_migration_keeps_the_data_bumps_the_version_and_backs_up_first(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite3"
    _old_layout(path)
    conn = sqlite3.connect(path, isolation_level=None)
    assert migrate(conn, path, [_old_v1, _v1_to_v2]) == 1
    assert read_version(conn) == 2
    rows = conn.execute("SELECT id, quote, color FROM highlights ORDER BY id").fetchall()
    assert rows == [("a", "Der Wal", "yellow"), ("b", "Die Möwe", "yellow")]
    assert migrate(conn, path, [_old_v1, _v1_to_v2]) == 2  # nothing left to do
    conn.close()
    (backup,) = backups_dir(path).glob("notes-v1-before-v2-*.sqlite3")
    saved = sqlite3.connect(backup)
    assert read_version(saved) == 1
    assert saved.execute("SELECT count(*) FROM highlights").fetchone()[0] == 2
    saved.close()


def test_a_failing_migration_leaves_the_database_as_it_was(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite3"
    _old_layout(path)
    conn = sqlite3.connect(path, isolation_level=None)
    with pytest.raises(RuntimeError):
        migrate(conn, path, [_old_v1, _v1_to_v2, _broken_v2_to_v3])
    assert read_version(conn) == 1
    assert conn.execute("SELECT quote FROM highlights WHERE id='a'").fetchone()[0] == "Der Wal"
    assert "color" not in {r[1] for r in conn.execute("PRAGMA table_info(highlights)")}
    conn.close()


def test_a_new_database_gets_the_current_schema_and_no_backup(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite3"
    NoteStore.open_strict(path).close()
    conn = sqlite3.connect(path)
    assert read_version(conn) == SCHEMA_VERSION
    conn.close()
    assert not list(backups_dir(path).glob("*.sqlite3"))


def test_a_daily_backup_is_made_and_seven_are_kept(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite3"
    with NoteStore.open_strict(path) as store:
        added = store.add(_target("Der Wal"))
    folder = backups_dir(path)
    folder.mkdir(exist_ok=True)
    for day in range(1, 10):
        (folder / f"notes-daily-2000-01-{day:02}.sqlite3").write_bytes(b"old")
    NoteStore.open_strict(path).close()
    daily = sorted(p.name for p in folder.glob("notes-daily-*.sqlite3"))
    assert len(daily) == 7 and "notes-daily-2000-01-03.sqlite3" not in daily
    with NoteStore.open_strict(folder / daily[-1], daily_backup=False) as copy:
        assert copy.all() == [added]


# -- damaged and newer databases ----------------------------------------------------------------


def _newer(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.executescript(
        "CREATE TABLE schema_version (version INTEGER); INSERT INTO schema_version VALUES (99);"
    )
    conn.commit()
    conn.close()


def _garbage(path: Path) -> None:
    path.write_bytes(b"SQLite format 3\x00" + bytes(range(256)) * 40)


def _torn(path: Path) -> None:
    notes = [
        Annotation(id=f"id-{number}", target=_target("Der Wal"), note=f"note {number} " * 20)
        for number in range(300)
    ]
    with NoteStore.open_strict(path) as store:
        store.import_annotations(notes)
    data = bytearray(path.read_bytes())
    data[4096 * 2 : 4096 * 4] = b"\xff" * 8192  # clobber two pages in the middle
    path.write_bytes(bytes(data))


@pytest.mark.parametrize(
    ("spoil", "words"), [(_newer, "newer version"), (_garbage, "damaged"), (_torn, "damaged")]
)
def test_an_unusable_database_is_left_untouched_and_a_side_store_used(
    tmp_path: Path, spoil: object, words: str
) -> None:
    path = tmp_path / "notes.sqlite3"
    spoil(path)
    before = path.read_bytes()
    with NoteStore.open(path) as store:
        assert store.problem is not None
        assert words in store.problem.message and "untouched" in store.problem.message
        added = store.add(_target("Die Möwe"), note="meanwhile")
    with NoteStore.open(path) as store:  # still the side store, still saying so
        assert store.problem is not None and store.all() == [added]
    assert path.read_bytes() == before
    aside = set_aside(path)  # the user decided
    assert aside.read_bytes() == before
    with NoteStore.open(path) as store:
        assert store.problem is None and store.all() == [added]


def test_view_helpers_give_spans_markers_and_what_is_under_the_cursor(store: NoteStore) -> None:
    document = Document(
        "doc", DocumentMeta(), TEXT, "h1", [], [Span(0, 22), Span(23, 47), Span(48, 77)], [], []
    )
    wal = store.add(_target("Der Wal singt"), note="Notiz")
    store.add(_target("Wal"))
    store.add(_target("Das Boot"), note="Boot")
    store.add(Target.from_text("doc", "h1", "Weg damit.", 0, 3))  # orphaned
    placed = store.place("doc", "h1", TEXT)
    assert [p.start for p in highlights(placed)] == [0, 4, 48]
    markers = notes_by_sentence(placed, document)
    assert sorted(markers) == [0, 2] and markers[0][0].annotation == wal
    assert [p.annotation.quote for p in at_offset(placed, 5)] == ["Wal", "Der Wal singt"]


def test_the_notes_core_loads_neither_textual_nor_rich() -> None:
    code = (
        "import sys, reader.notes, reader.notes.export; "
        "print(sorted(m for m in ('textual', 'rich') if m in sys.modules))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.stdout.strip() == "[]", done.stderr
