"""Salvage the notes of a damaged database into a new one; the damaged file is only read.

SQLite's own recovery (``sqlite3_recover``, the CLI's ``.recover``) is part of the ``sqlite3``
shell, not of the library Python links, and the shell is not installed everywhere. So this
reads the damaged file with the library itself, the way ``.recover`` starts: a copy of the
file (never the file) is opened, the table is scanned until the first bad page, and then every
row id the table's indexes still know is read one by one, so one damaged page costs only the
rows on it. Rows that read but do not make a valid note are counted, never guessed at.
"""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from reader.notes.db import COLUMNS, from_row, inspection_uri, rename_with_wal, side_path
from reader.notes.model import Annotation, NotesError
from reader.notes.schema import SCHEMA_VERSION, read_version

INDEXES = ("annotations_doc_id", "annotations_doc_hash", "sqlite_autoindex_annotations_1")
"""The notes table's indexes: each lists row ids even when table pages are damaged."""


@dataclass(frozen=True, slots=True)
class Salvage:
    """What could be read from a damaged database."""

    annotations: list[Annotation]
    unreadable: int
    """Rows an index knows of that could not be read or made no valid note."""


@dataclass(frozen=True, slots=True)
class Recovery:
    """The outcome of ``recover``: where everything is now."""

    recovered: int
    unreadable: int
    from_side: int
    """Notes written to the side file while the database was unusable (merged in)."""
    damaged_kept_as: Path


def salvage(path: Path) -> Salvage:
    """Every note that can still be read from the database file at ``path`` (not modified)."""
    with tempfile.TemporaryDirectory(prefix="reader-recover-") as tmp:
        copy = Path(tmp) / "damaged.sqlite3"
        shutil.copyfile(path, copy)
        wal = Path(f"{path}-wal")
        if wal.exists():
            shutil.copyfile(wal, Path(f"{copy}-wal"))
        conn = sqlite3.connect(copy)
        try:
            columns = _columns(conn)
            rows = dict(_scan(conn, columns))
            known = set(rows)
            for index in INDEXES:
                known |= _row_ids(conn, index)
            for rowid in sorted(known - set(rows)):
                row = _row(conn, rowid, columns)
                if row is not None:
                    rows[rowid] = row
        finally:
            conn.close()
    annotations, bad = [], 0
    for row in rows.values():
        try:
            annotations.append(from_row(row))
        except (TypeError, ValueError, KeyError, AttributeError):
            bad += 1
    return Salvage(annotations, bad + len(known - set(rows)))


def recover(path: Path) -> Recovery:
    """Salvage ``path`` into a new database, merge the side file, and put it in place.

    The damaged file is renamed (its bytes untouched) to ``<name>.damaged-<time>``; the side
    file, once merged, is kept as ``<side>.merged-<time>``. Nothing is deleted.
    """
    from reader.notes.store import NoteStore

    _refuse_newer(path)
    found = salvage(path)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    fresh = path.with_name(f"{path.stem}.recovered-{stamp}.sqlite3")
    side = side_path(path)
    from_side: list[Annotation] = []
    if side.exists():
        with NoteStore.open_strict(side, daily_backup=False) as store:
            from_side = store.all()
    with NoteStore.open_strict(fresh, daily_backup=False) as store:
        store.import_annotations(found.annotations)
        store.import_annotations(from_side)
    kept = path.with_name(f"{path.name}.damaged-{stamp}")
    rename_with_wal(path, kept)
    fresh.rename(path)
    if side.exists():
        rename_with_wal(side, side.with_name(f"{side.name}.merged-{stamp}"))
    return Recovery(len(found.annotations), found.unreadable, len(from_side), kept)


def _refuse_newer(path: Path) -> None:
    """A database of a newer reader is not damaged: recovering it would drop what it adds."""
    try:
        conn = sqlite3.connect(inspection_uri(path), uri=True)
        try:
            version = read_version(conn)
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        return  # damaged: that is what recovery is for
    if version is not None and version > SCHEMA_VERSION:
        raise NotesError(
            f"{path} was written by a newer version of reader (schema {version}); "
            "open it with that version, or keep it aside with `reader notes set-aside`",
            "Nothing to recover",
        )


def _columns(conn: sqlite3.Connection) -> str:
    """``COLUMNS`` as this file can answer them: a column an older schema lacks is NULL.

    A damaged file is never migrated, so a database of an older reader (schema 1 has no
    ``was``) must be read as it is, or every SELECT fails and every note looks unreadable.
    """
    try:
        present = {str(row[1]) for row in conn.execute("PRAGMA table_info(annotations)")}
    except sqlite3.DatabaseError:
        return COLUMNS  # the schema page itself is damaged: the reads below fail either way
    if not present:
        return COLUMNS
    wanted = [name.strip() for name in COLUMNS.split(",")]
    return ", ".join(name if name.strip('"') in present else f"NULL AS {name}" for name in wanted)


def _scan(conn: sqlite3.Connection, columns: str) -> Iterator[tuple[int, tuple[object, ...]]]:
    """Rows in table order up to the first page that cannot be read."""
    try:
        for row in conn.execute(f"SELECT rowid, {columns} FROM annotations"):
            yield int(row[0]), tuple(row[1:])
    except sqlite3.DatabaseError:
        return


def _row_ids(conn: sqlite3.Connection, index: str) -> set[int]:
    """The row ids an index lists (as far as it can be read)."""
    found: set[int] = set()
    try:
        for (rowid,) in conn.execute(f"SELECT rowid FROM annotations INDEXED BY {index}"):
            found.add(int(rowid))
    except sqlite3.DatabaseError:
        pass  # the index is damaged too: the ids read so far still count
    return found


def _row(conn: sqlite3.Connection, rowid: int, columns: str) -> tuple[object, ...] | None:
    try:
        row = conn.execute(f"SELECT {columns} FROM annotations WHERE rowid = ?", (rowid,))
        return row.fetchone()
    except sqlite3.DatabaseError:
        return None
