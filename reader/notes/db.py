"""SQLite plumbing of the notes store: connections, the read-only health check, rows.

Kept apart from ``store.py`` so the store reads as its public API.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import asdict
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from reader.notes.model import Annotation, Color, NotesError, Target
from reader.notes.schema import SCHEMA_VERSION, read_version

BUSY_TIMEOUT_MS = 10_000
"""How long a write waits for another process's transaction before giving up."""

COLUMNS = (
    'id, doc_id, doc_hash, doc_path, exact, prefix, suffix, start, "end", color, note, tags,'
    " created, modified, compare, was"
)


class StoreUnusable(NotesError):
    """The database file is damaged or from a newer version; it was left untouched."""

    title = "Notes database not usable"


def connect(database: str) -> sqlite3.Connection:
    conn = sqlite3.connect(database, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000)
    conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA synchronous=FULL")
    return conn


def inspection_uri(path: Path) -> str:
    """A read-only URI that leaves no trace beside ``path``.

    Without a ``-wal`` file no other process has the database open, so ``immutable=1`` reads
    it without locking and without creating ``-wal``/``-shm`` (a plain ``mode=ro`` open of a
    WAL database creates both). With one, ``mode=ro`` is needed to see its committed pages.
    """
    wal = Path(f"{path}-wal")
    return f"{path.resolve().as_uri()}?{'mode=ro' if wal.exists() else 'immutable=1'}"


def check_readonly(path: Path) -> None:
    """Refuse a damaged, foreign or newer database without writing to it."""
    try:
        conn = sqlite3.connect(inspection_uri(path), uri=True)
    except sqlite3.Error as error:
        raise StoreUnusable(f"The notes database {path} cannot be opened ({error}).") from None
    try:
        check = conn.execute("PRAGMA quick_check").fetchone()[0]
        if check != "ok":
            raise StoreUnusable(f"The notes database {path} is damaged ({check}).")
        version = read_version(conn)
    except sqlite3.DatabaseError as error:
        raise StoreUnusable(f"The notes database {path} is damaged ({error}).") from None
    finally:
        conn.close()
    if version is None:
        raise StoreUnusable(f"{path} is not a notes database.")
    if version > SCHEMA_VERSION:
        raise StoreUnusable(
            f"The notes database {path} is from a newer version of reader "
            f"(schema {version}, this one reads up to {SCHEMA_VERSION})."
        )


def _target_json(target: Target | None) -> str | None:
    return None if target is None else json.dumps(asdict(target), ensure_ascii=False)


def to_row(a: Annotation) -> tuple[object, ...]:
    t = a.target
    return (
        a.id,
        t.doc_id,
        t.content_hash,
        t.doc_path,
        t.exact,
        t.prefix,
        t.suffix,
        t.start,
        t.end,
        a.color.value,
        a.note,
        json.dumps(list(a.tags), ensure_ascii=False),
        a.created,
        a.modified,
        _target_json(a.compare),
        a.was,
    )


def from_row(row: tuple[Any, ...]) -> Annotation:
    (id_, doc_id, doc_hash, doc_path, exact, prefix, suffix, start, end, color, note, tags,
     created, modified, compare, was) = row  # fmt: skip
    target = Target(
        doc_id=str(doc_id),
        content_hash=str(doc_hash),
        start=int(start),
        end=int(end),
        exact=str(exact),
        prefix=str(prefix),
        suffix=str(suffix),
        doc_path=None if doc_path is None else str(doc_path),
    )
    return Annotation(
        id=str(id_),
        target=target,
        color=Color(str(color)),
        note=str(note),
        tags=tuple(json.loads(str(tags))),
        created=str(created),
        modified=str(modified),
        compare=None if compare is None else Target(**json.loads(str(compare))),
        was=None if was is None else str(was),
    )


def set_aside(path: Path) -> Path:
    """Rename an unusable database (and its WAL files) out of the way; return the new name.

    The user decides this. Notes written meanwhile to the side file become the database.
    """
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    aside = path.with_name(f"{path.name}.unusable-{stamp}")
    rename_with_wal(path, aside)
    side = side_path(path)
    if side.exists():
        rename_with_wal(side, path)
    return aside


def side_path(path: Path) -> Path:
    """Where notes go while the database at ``path`` is unusable."""
    return path.with_name(f"{path.stem}.side.sqlite3")


def rename_with_wal(source: Path, dest: Path) -> None:
    """Rename a database file together with its ``-wal`` and ``-shm`` files."""
    for suffix in ("", "-wal", "-shm"):
        part = Path(f"{source}{suffix}")
        if part.exists():
            part.rename(Path(f"{dest}{suffix}"))
