"""The notes database layout, its version and the migrations between versions.

``MIGRATIONS[n]`` takes a database from version ``n`` to ``n + 1``; version 0 is an empty file.
``migrate`` backs the file up, then runs every pending step and the version bump in one
transaction, so a failed or interrupted migration leaves the database as it was.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from pathlib import Path

from reader.notes.backups import backup_before_migration

Migration = Callable[[sqlite3.Connection], None]


def _create_v1(conn: sqlite3.Connection) -> None:
    conn.execute(
        """
        CREATE TABLE annotations (
            id          TEXT PRIMARY KEY,
            doc_id      TEXT NOT NULL,
            doc_hash    TEXT NOT NULL,
            doc_path    TEXT,
            exact       TEXT NOT NULL,
            prefix      TEXT NOT NULL DEFAULT '',
            suffix      TEXT NOT NULL DEFAULT '',
            start       INTEGER NOT NULL,
            "end"       INTEGER NOT NULL,
            color       TEXT NOT NULL,
            note        TEXT NOT NULL DEFAULT '',
            tags        TEXT NOT NULL DEFAULT '[]',
            created     TEXT NOT NULL,
            modified    TEXT NOT NULL,
            compare     TEXT
        )
        """
    )
    conn.execute("CREATE INDEX annotations_doc_id ON annotations (doc_id)")
    conn.execute("CREATE INDEX annotations_doc_hash ON annotations (doc_hash)")


def _add_was_v2(conn: sqlite3.Connection) -> None:
    """The words a note was written on, kept when a new version of its document words them
    otherwise (NULL: the text under the note never changed)."""
    conn.execute("ALTER TABLE annotations ADD COLUMN was TEXT")


MIGRATIONS: tuple[Migration, ...] = (_create_v1, _add_was_v2)
"""Step ``n`` migrates version ``n`` to ``n + 1``."""
SCHEMA_VERSION = len(MIGRATIONS)
"""The version this code writes and reads."""


def read_version(conn: sqlite3.Connection) -> int | None:
    """The stored schema version: 0 for an empty database, None for a foreign one."""
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    if "schema_version" not in tables:
        return 0 if not tables else None
    row = conn.execute("SELECT version FROM schema_version").fetchone()
    return int(row[0]) if row else 0


def migrate(
    conn: sqlite3.Connection,
    path: Path | None,
    migrations: Sequence[Migration] = MIGRATIONS,
) -> int:
    """Bring the database up to ``len(migrations)``; return the version it had before.

    ``conn`` must be in autocommit mode (``isolation_level=None``). A copy of a non-empty
    database is kept in ``backups/`` before anything changes.

    Raises:
        ValueError: if the database is newer than ``migrations`` or not a notes database.
    """
    target = len(migrations)
    found = read_version(conn)
    if found is None:
        raise ValueError("not a notes database")
    if found > target:
        raise ValueError(f"schema version {found} is newer than {target}")
    if found == target:
        return found
    if found > 0 and path is not None:
        backup_before_migration(conn, path, found, target)
    conn.execute("BEGIN IMMEDIATE")
    try:
        current = read_version(conn)  # another process may have migrated meanwhile
        if current is None or current > target:
            raise ValueError("the database changed while it was being migrated")
        for step in migrations[current:target]:
            step(conn)
        conn.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
        conn.execute("DELETE FROM schema_version")
        conn.execute("INSERT INTO schema_version (version) VALUES (?)", (target,))
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")
    return found
