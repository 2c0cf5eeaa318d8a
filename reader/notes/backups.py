"""Copies of the notes database: before every migration and once a day, the last seven kept."""

from __future__ import annotations

import os
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

KEEP = 7
"""Backups of each kind (daily, pre-migration) kept."""


def backups_dir(db_path: Path) -> Path:
    """``backups/`` beside the database (in the data directory)."""
    return db_path.parent / "backups"


def backup_before_migration(conn: sqlite3.Connection, db_path: Path, old: int, new: int) -> Path:
    """Copy the database before migrating it from version ``old`` to ``new``."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    path = _copy(
        conn, backups_dir(db_path) / f"{db_path.stem}-v{old}-before-v{new}-{stamp}.sqlite3"
    )
    _prune(backups_dir(db_path), f"{db_path.stem}-v*-before-v*.sqlite3")
    return path


def backup_daily(conn: sqlite3.Connection, db_path: Path) -> Path | None:
    """Copy the database unless today's copy exists; returns the new copy's path, if any."""
    today = datetime.now(UTC).strftime("%Y-%m-%d")
    path = backups_dir(db_path) / f"{db_path.stem}-daily-{today}.sqlite3"
    if path.exists():
        return None
    _copy(conn, path)
    _prune(backups_dir(db_path), f"{db_path.stem}-daily-*.sqlite3")
    return path


def _copy(conn: sqlite3.Connection, path: Path) -> Path:
    """A consistent copy via SQLite's backup API, renamed into place only once complete."""
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f".{path.name}.{os.getpid()}.partial")
    dest = sqlite3.connect(partial)
    try:
        conn.backup(dest)
    finally:
        dest.close()
    os.replace(partial, path)
    return path


def _prune(folder: Path, pattern: str) -> None:
    """Delete all but the newest ``KEEP`` files matching ``pattern`` (names sort by date)."""
    for old in sorted(folder.glob(pattern))[:-KEEP]:
        old.unlink(missing_ok=True)
