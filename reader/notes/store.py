"""The notes store: annotations in one SQLite database in the data directory.

WAL mode, ``synchronous=FULL`` and a busy timeout, so a note reported saved survives a crash and
two processes (the app and the command line) can write at once; every write is one transaction.
A damaged database, or one written by a newer version, is never touched: ``NoteStore.open``
then works on a side file and says why in ``NoteStore.problem`` until the user decides.
"""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path

from reader.notes.anchoring import anchor_all
from reader.notes.backups import backup_daily
from reader.notes.db import (
    COLUMNS,
    StoreUnusable,
    check_readonly,
    connect,
    from_row,
    set_aside,
    side_path,
    to_row,
)
from reader.notes.model import (
    Annotation,
    Color,
    NoteNotFound,
    NotesError,
    Placed,
    Target,
    parse_color,
    parse_timestamp,
)
from reader.notes.schema import migrate


@dataclass(frozen=True, slots=True)
class StoreProblem:
    """Why the store is not the usual database file, for the UI or CLI to say plainly."""

    title: str
    message: str
    path: Path
    """The untouched database file."""
    fallback: Path | None
    """Where notes are kept meanwhile (``None``: in memory only)."""


@dataclass(frozen=True, slots=True)
class ImportResult:
    """What ``NoteStore.import_annotations`` did."""

    added: int
    updated: int
    """Local notes replaced by a newer imported edit."""
    unchanged: int
    """Imported notes the store already has: equal, or a copy of the same time of a local note
    that was carried over to another version of its document since (its place is kept)."""
    kept_local: int = 0
    """Imported notes not taken because the local edit is newer."""
    conflicts: tuple[tuple[str, str], ...] = ()
    """(local id, id of the imported copy) for edits made at the same time: both kept."""


class NoteStore:
    """Highlights and notes of all documents.

    Reads come from an in-memory cache that is reloaded when another connection committed
    (``PRAGMA data_version``), so the notes panel can filter 10,000 annotations per keystroke.
    """

    def __init__(self, conn: sqlite3.Connection, path: Path | None) -> None:
        self._conn = conn
        self.path = path
        """The database file (``None`` for an in-memory store)."""
        self.problem: StoreProblem | None = None
        """Set when the usual database could not be used; the UI shows it."""
        self._cache: dict[str, Annotation] = {}
        self._haystacks: dict[str, str] = {}
        self._seen_version: int | None = None
        self._sorted: list[Annotation] | None = None

    # -- opening -------------------------------------------------------------------------------

    @classmethod
    def open(cls, path: Path | None = None) -> NoteStore:
        """Open the notes database (default: ``reader.paths.notes_db_path()``).

        Never raises for a damaged or newer database: the file is left as it is and the store
        works on ``<name>.side.sqlite3`` beside it (or in memory), with ``problem`` set.
        """
        if path is None:
            from reader.paths import notes_db_path

            path = notes_db_path()
        try:
            return cls.open_strict(path)
        except StoreUnusable as error:
            side = side_path(path)
            try:
                store = cls.open_strict(side, daily_backup=False)
                fallback: Path | None = side
            except StoreUnusable:
                store, fallback = cls.memory(), None
            where = f"new notes go to {fallback}" if fallback else "new notes are kept in memory"
            message = f"{error} It was left untouched; {where} until you decide."
            store.problem = StoreProblem(error.title, message, path, fallback)
            return store

    @classmethod
    def open_strict(cls, path: Path, *, daily_backup: bool = True) -> NoteStore:
        """Open or create the database at ``path``, migrating it if it is older.

        Raises:
            StoreUnusable: if the file is damaged, not a notes database or from a newer version.
        """
        existed = path.exists() and path.stat().st_size > 0
        if existed:
            check_readonly(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        conn = connect(str(path))
        try:
            conn.execute("PRAGMA journal_mode=WAL")
            old = migrate(conn, path)
        except (sqlite3.DatabaseError, ValueError) as error:
            conn.close()
            raise StoreUnusable(f"The notes database {path} cannot be used ({error}).") from None
        store = cls(conn, path)
        if daily_backup and existed and old > 0:
            backup_daily(conn, path)
        return store

    @classmethod
    def memory(cls) -> NoteStore:
        """A fresh store that lives only as long as this object (tests, fallbacks)."""
        conn = connect(":memory:")
        migrate(conn, None)
        return cls(conn, None)

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> NoteStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- writing -------------------------------------------------------------------------------

    def add(
        self,
        target: Target,
        *,
        color: Color | str = Color.YELLOW,
        note: str = "",
        tags: Iterable[str] = (),
        compare: Target | None = None,
    ) -> Annotation:
        """Store a new highlight (with an optional note and comparison target); return it."""
        if not target.exact:
            raise NotesError("an annotation needs a non-empty quote", "Empty quote")
        annotation = Annotation(
            id=str(uuid.uuid4()),
            target=target,
            color=parse_color(color),
            note=note,
            tags=normalize_tags(tags),
            compare=compare,
        )
        self.put(annotation)
        return annotation

    def put(self, annotation: Annotation) -> None:
        """Store ``annotation`` exactly as given, replacing one with the same id (undo, import)."""
        with self._transaction():
            self._conn.execute(_UPSERT, to_row(annotation))
        if self._cache_current():
            self._remember(annotation)

    def update(
        self,
        annotation_id: str,
        *,
        color: Color | str | None = None,
        note: str | None = None,
        tags: Iterable[str] | None = None,
    ) -> Annotation:
        """Change colour, note or tags; return the new version (keep the old one for undo)."""
        old = self.get(annotation_id)
        changes: dict[str, object] = {}
        if color is not None:
            changes["color"] = parse_color(color)
        if note is not None:
            changes["note"] = note
        if tags is not None:
            changes["tags"] = normalize_tags(tags)
        new = old.edited(**changes)
        self.put(new)
        return new

    def retarget(self, annotation_id: str, target: Target) -> Annotation:
        """Store where the quote is now (after the user confirmed a moved or orphaned one)."""
        new = self.get(annotation_id).edited(target=target)
        self.put(new)
        return new

    def delete(self, annotation_id: str) -> Annotation:
        """Delete an annotation; return it so ``put`` can undo the deletion.

        Raises:
            NoteNotFound: if no annotation has that id.
        """
        old = self.get(annotation_id)
        with self._transaction():
            self._conn.execute("DELETE FROM annotations WHERE id = ?", (annotation_id,))
        if self._cache_current():
            self._cache.pop(annotation_id, None)
            self._haystacks.pop(annotation_id, None)
            self._sorted = None
        return old

    def import_annotations(self, annotations: Iterable[Annotation]) -> ImportResult:
        """Add annotations all at once (one transaction); never lose a local edit.

        On an id clash with different content the later ``modified`` time (parsed, not
        compared as text) wins; a newer local edit is kept. When neither is later (or the
        local time cannot be read) both are kept: the imported one under a new id.
        """
        counts = {"added": 0, "updated": 0, "unchanged": 0, "kept_local": 0}
        conflicts: list[tuple[str, str]] = []
        with self._transaction():
            for item in annotations:
                row = self._conn.execute(
                    f"SELECT {COLUMNS} FROM annotations WHERE id = ?", (item.id,)
                ).fetchone()
                local = None if row is None else from_row(row)
                outcome = "added" if local is None else _clash(local, item)
                if outcome == "updated" and local is not None:
                    item = _keeping_was(local, item)
                if outcome == "conflict":
                    copy = replace(item, id=str(uuid.uuid4()))
                    self._conn.execute(_UPSERT, to_row(copy))
                    conflicts.append((item.id, copy.id))
                    continue
                counts[outcome] += 1
                if outcome in ("added", "updated"):
                    self._conn.execute(_UPSERT, to_row(item))
        self._seen_version = None  # reload on the next read
        return ImportResult(**counts, conflicts=tuple(conflicts))

    # -- reading -------------------------------------------------------------------------------

    def get(self, annotation_id: str) -> Annotation:
        """The annotation with this id.

        Raises:
            NoteNotFound: if there is none.
        """
        try:
            return self._annotations()[annotation_id]
        except KeyError:
            raise NoteNotFound(f"no note with id {annotation_id!r}") from None

    def resolve_id(self, prefix: str) -> str:
        """The id equal to ``prefix``, else the one annotation whose id starts with it.

        An exact id always wins, so an imported short id (``a``) stays deletable beside
        longer ones (``ab``).

        Raises:
            NoteNotFound: if none or several match (naming a few of them).
        """
        prefix = prefix.strip()
        annotations = self._annotations()
        if prefix in annotations:
            return prefix
        folded = prefix.lower()
        matches = sorted(i for i in annotations if folded and i.lower().startswith(folded))
        if len(matches) == 1:
            return matches[0]
        if not matches:
            raise NoteNotFound(f"no note with an id starting {prefix!r}")
        shown = ", ".join(matches[:5]) + (", …" if len(matches) > 5 else "")
        raise NoteNotFound(
            f"{len(matches)} notes have an id starting {prefix!r} ({shown}); give more of the id"
        )

    def all(self) -> list[Annotation]:
        """Every annotation, by document and position."""
        self._annotations()
        if self._sorted is None:
            self._sorted = sorted(self._cache.values(), key=_order)
        return list(self._sorted)

    def listing_rows(self) -> list[ListingRow]:
        """Every annotation's listing fields, in the order of :meth:`all`, straight from the
        database: listing 50,000 notes must not build 50,000 annotations first.

        The values are raw (not yet checked for control characters): whoever prints them
        cleans them, as ``reader.cli.note_lines`` does. SQLite's sorter carries the whole
        rows, about 30 MB for 50,000 notes: it sorts in memory, not through a temporary file
        (4,489 writes and about 0.2 s of waiting). Sorting in Python instead costs as much
        CPU and leaves the rows scattered in memory for the passes that follow.
        """
        self._conn.execute("PRAGMA temp_store=MEMORY")
        rows: list[ListingRow] = self._conn.execute(_LISTING).fetchall()
        return rows

    def for_document(
        self, doc_id: str, content_hash: str | None = None, path: str | None = None
    ) -> list[Annotation]:
        """The annotations of one document, recognised by id, content hash or path."""
        return [
            a
            for a in self.all()
            if a.target.doc_id == doc_id
            or (content_hash and a.target.content_hash == content_hash)
            or (path and a.target.doc_path == path)
        ]

    def place(
        self, doc_id: str, content_hash: str, text: str, path: str | None = None
    ) -> list[Placed]:
        """Anchor the document's annotations in its current ``text``, by position.

        Highlight spans are the non-orphaned results; orphans come last, with their stored quote.
        """
        annotations = self.for_document(doc_id, content_hash, path)
        anchors = anchor_all([a.target for a in annotations], text)
        placed = [Placed(a, found) for a, found in zip(annotations, anchors, strict=True)]
        return sorted(placed, key=lambda p: (p.orphaned, p.start, p.end))

    def filter(
        self,
        text: str = "",
        *,
        doc: str | None = None,
        color: Color | str | None = None,
        tag: str | None = None,
    ) -> list[Annotation]:
        """Annotations matching every word of ``text`` (case-insensitive, in quote, note or
        tags) and, when given, the document (id or content hash), colour and tag."""
        words = text.casefold().split()
        wanted = parse_color(color) if color else None
        result = []
        for a in self.all():
            if doc is not None and doc not in (a.target.doc_id, a.target.content_hash):
                continue
            if wanted is not None and a.color is not wanted:
                continue
            if tag is not None and tag not in a.tags:
                continue
            if words:
                haystack = self._haystacks[a.id]
                if not all(w in haystack for w in words):
                    continue
            result.append(a)
        return result

    def tags(self) -> list[str]:
        """Every tag in use, sorted."""
        return sorted({t for a in self._annotations().values() for t in a.tags}, key=str.casefold)

    def doc_ids(self) -> list[str]:
        """The ids of documents that have annotations."""
        return sorted({a.target.doc_id for a in self._annotations().values()})

    def integrity_ok(self) -> bool:
        """Whether SQLite's ``PRAGMA integrity_check`` passes."""
        return self._conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"

    def __len__(self) -> int:
        return len(self._annotations())

    # -- internals -----------------------------------------------------------------------------

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        self._conn.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self._conn.execute("ROLLBACK")
            raise
        self._conn.execute("COMMIT")

    def _data_version(self) -> int:
        return int(self._conn.execute("PRAGMA data_version").fetchone()[0])

    def _cache_current(self) -> bool:
        """Whether the cache was loaded and no other connection committed since.

        After our own commit this means the cache only lacks our change; otherwise it is
        dropped and reloaded on the next read.
        """
        if self._seen_version is not None and self._data_version() == self._seen_version:
            return True
        self._seen_version = None
        return False

    def _annotations(self) -> dict[str, Annotation]:
        version = self._data_version()
        if version != self._seen_version:
            rows = self._conn.execute(f"SELECT {COLUMNS} FROM annotations").fetchall()
            self._cache, self._haystacks = {}, {}
            for row in rows:
                self._remember(from_row(row))
            self._seen_version = version
        return self._cache

    def _remember(self, annotation: Annotation) -> None:
        self._sorted = None
        self._cache[annotation.id] = annotation
        parts = (annotation.target.exact, annotation.note, *annotation.tags)
        self._haystacks[annotation.id] = "\n".join(parts).casefold()


ListingRow = tuple[str, str, str, str | None, int, int, str, str | None, str, str, str]
"""id, doc id, doc hash, doc path, start, end, exact quote, first wording (``was``), colour,
note, tags (JSON list)."""

_LISTING = (
    'SELECT id, doc_id, doc_hash, doc_path, start, "end", exact, was, color, note, tags'
    ' FROM annotations ORDER BY doc_id, start, "end", created'
)

_UPSERT = f"INSERT OR REPLACE INTO annotations ({COLUMNS}) VALUES ({', '.join('?' * 16)})"


def normalize_tags(tags: Iterable[str]) -> tuple[str, ...]:
    """Tags stripped, empty ones dropped, duplicates removed, order kept."""
    seen: dict[str, None] = {}
    for tag in tags:
        if tag.strip():
            seen.setdefault(tag.strip(), None)
    return tuple(seen)


def _keeping_was(local: Annotation, imported: Annotation) -> Annotation:
    """``imported`` with the local note's first wording when it carries none on the same quote:
    the W3C form has no field for ``was``, so an export read back must not erase it."""
    if imported.was is None and imported.target.exact == local.target.exact:
        return replace(imported, was=local.was)
    return imported


def _clash(local: Annotation, imported: Annotation) -> str:
    """What an import does with ``imported`` when ``local`` has its id (see ``ImportResult``).

    A copy of the same time that the local note was carried over from (the same words, its
    quote on another version of the document) is the same note: carry-over keeps ``modified``
    and re-anchoring is no edit, so the local note keeps its place on the version the library
    has. An older copy met a local edit made since, and is told as such (``kept_local``).
    """
    if local.same_content(imported):
        return "unchanged"
    try:
        local_time = parse_timestamp(local.modified)
    except NotesError:
        return "conflict"
    imported_time = parse_timestamp(imported.modified)
    if imported_time > local_time:
        return "updated"
    if imported_time == local_time and local.carried_over_from(imported):
        return "unchanged"
    return "kept_local" if local_time > imported_time else "conflict"


def _order(a: Annotation) -> tuple[str, int, int, str]:
    return (a.target.doc_id, a.target.start, a.target.end, a.created)


__all__ = [
    "ImportResult",
    "ListingRow",
    "NoteStore",
    "StoreProblem",
    "StoreUnusable",
    "normalize_tags",
    "set_aside",
    "side_path",
]
