"""The library: the bundled documents plus those the user added, loaded on demand.

Removing a document hides it (its notes stay, as orphans); adding the same bytes again
brings it back. The entry type lives in ``reader.library.entry``, ``library.json`` in
``reader.library.store`` and the add pipeline in ``reader.library.add``; their public names
are re-exported here so callers need one import.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from documents.cache import ParsedCache
from documents.catalog import SEEDS_DIR, read_catalog
from documents.errors import DocumentError, DocumentNotFound
from documents.kept_folders import CALENDARS, MODELS, keep_in
from documents.loader import load_document
from documents.model import Document, DocumentMeta
from reader import paths
from reader.library.add import (
    AddedDocument,
    AddReport,
    Progress,
    SkippedFile,
    add_files,
    file_hash,
)
from reader.library.entry import (
    EDITABLE_FIELDS,
    AlreadyInLibrary,
    LibraryEntry,
    LibraryError,
    corrected,
)
from reader.library.shared import Merged, Snapshot, locked, merge_outside, snapshot
from reader.library.store import read_user_entries, record, save_user_entries

__all__ = [
    "EDITABLE_FIELDS",
    "REQUIRED_FIELDS",
    "AddReport",
    "AddedDocument",
    "AlreadyInLibrary",
    "Library",
    "LibraryEntry",
    "LibraryError",
    "Progress",
    "SkippedFile",
    "checked_meta",
    "open_library",
    "save_user_entries",
]

_ISO_DATE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2}(?:T\d{2}:\d{2}(?::\d{2})?)?)?)?$")
_LANGUAGE = re.compile(r"^[a-z]{2,3}$")
REQUIRED_FIELDS = ("title", "language")
"""Fields a correction may change but not clear."""


@dataclass(slots=True)
class Library:
    """All documents the reader knows about; problems loading them are kept, never raised."""

    entries: list[LibraryEntry]
    cache: ParsedCache | None = None
    problems: list[str] = field(default_factory=list)
    file: Path | None = None
    """Where changes are saved (``None``: ``reader.paths.library_path()``)."""
    _loaded: dict[str, Document] = field(default_factory=dict)
    _loading: threading.Lock = field(default_factory=threading.Lock)
    """Held while a document loads: the app's workers (index, glossary, links) ask for the
    same new document at once, and each would otherwise parse its own copy (a 20 MB text
    takes ~110 MB while it loads)."""
    _seen: Snapshot = field(default_factory=dict)
    """The entries as last read from or written to the file (see ``reader.library.shared``)."""
    _mtime: float | None = None

    def visible(self) -> list[LibraryEntry]:
        return [entry for entry in self.entries if not entry.hidden]

    def ids(self) -> list[str]:
        return [entry.id for entry in self.visible()]

    def entry(self, doc_id: str) -> LibraryEntry:
        for entry in self.entries:
            if entry.id == doc_id:
                return entry
        known = ", ".join(self.ids()) or "none"
        raise DocumentNotFound(f"no document with id {doc_id!r} (known: {known})")

    def get(self, doc_id: str) -> Document:
        """The loaded document with this id.

        Raises:
            DocumentNotFound: for an unknown id.
            DocumentError: when its file can no longer be read.
        """
        loaded = self._loaded.get(doc_id)
        if loaded is not None:
            return loaded
        with self._loading:
            if doc_id not in self._loaded:
                entry = self.entry(doc_id)
                document = load_document(entry.path, entry.meta, entry.id, self.cache)
                # a field the user cleared stays empty: the loader fills empty ones from the text
                document.meta = corrected(document.meta, entry.corrections)
                self._loaded[doc_id] = document
            return self._loaded[doc_id]

    def documents(self) -> list[Document]:
        """Every visible document that loads; the others are reported in ``problems``."""
        return [doc for entry in self.visible() if (doc := self.loaded(entry.id)) is not None]

    def loaded(self, doc_id: str) -> Document | None:
        """The document with this id, or None when it does not load (told in ``problems``)."""
        try:
            return self.get(doc_id)
        except DocumentError as error:
            message = f"{doc_id}: {error}"
            if message not in self.problems:
                self.problems.append(message)
            return None

    def content_hash(self, doc_id: str) -> str | None:
        """The hash of a document's bytes without reading it as a document: the one recorded
        when it was added (a bundled document's file is hashed); None when its file is gone."""
        entry = self.entry(doc_id)
        if not entry.path.is_file():
            return None
        if not entry.content_hash:
            entry.content_hash = file_hash(entry.path)
        return entry.content_hash or None

    # -- managing ------------------------------------------------------------------------------

    def add(self, targets: Iterable[Path], progress: Progress | None = None) -> AddReport:
        """Add files and folders (recursively); each file is added whole or not at all.

        A file whose bytes are already in the library is skipped (or brought back, if it was
        removed); a changed file at a path added before becomes a new version, which keeps
        the document's id while the old one is put aside as ``ID-v1``.
        """
        report = add_files(self, targets, progress)
        self._forget([item.id for item in report.added if item.status == "new version"])
        return report

    def restore_seeds(self) -> list[str]:
        """Bring back the bundled documents the user removed; returns their ids."""
        restored = [e for e in self.entries if e.bundled and e.hidden]
        for entry in restored:
            entry.hidden = False
        if restored:
            self.save()
        return [entry.id for entry in restored]

    def remove(self, doc_id: str) -> LibraryEntry:
        """Take a document out of the library; its notes and stored copy stay.

        Raises:
            DocumentNotFound: for an unknown or already removed id.
        """
        entry = self.entry(doc_id)
        if entry.hidden:
            raise DocumentNotFound(f"{doc_id!r} was already removed")
        entry.hidden = True
        self._loaded.pop(doc_id, None)
        self.save()
        return entry

    def older_versions(self) -> dict[str, str]:
        """The versions put aside when their file changed (``ID-v1``), each with the id of
        the document's current version (``v1`` of a file changed twice names the current
        one, not ``v2``, which is put aside too); they are hidden, so only ``reader docs
        --all`` lists them."""
        hidden = {entry.id for entry in self.entries if entry.hidden}
        newer = {e.previous: e.id for e in self.entries if e.previous and e.previous in hidden}
        current = {}
        for old, replacement in newer.items():
            seen = {old}
            while replacement in newer and replacement not in seen:
                seen.add(replacement)
                replacement = newer[replacement]
            current[old] = replacement
        return current

    def delete_older_version(self, doc_id: str) -> LibraryEntry:
        """Delete a version put aside for good: its entry and its stored copy go (notes that
        stayed with it are kept, as orphans).

        Raises:
            DocumentNotFound: when ``doc_id`` is no older version.
            LibraryError: when the library cannot be saved.
        """
        entry = self._write(drop=doc_id)
        if entry is None:
            raise DocumentNotFound(f"{doc_id!r} is no older version of a document")
        self._forget([doc_id])
        copy = entry.path
        if copy.parent == paths.documents_dir() and all(e.path != copy for e in self.entries):
            copy.unlink(missing_ok=True)
        return entry

    def set_meta(self, doc_id: str, key: str, value: str) -> LibraryEntry:
        """Correct one metadata field; an empty value clears it (the document then has no
        date, no author, …), which survives re-import like any correction.

        Raises:
            LibraryError: for an unknown field, an invalid date or language code, or an empty
                title or language (a document always has both).
        """
        return self._correct(doc_id, key, checked_meta(key, value))

    def reset_meta(self, doc_id: str, key: str) -> LibraryEntry:
        """Undo the correction of one field: it goes back to what was detected.

        Raises:
            LibraryError: for an unknown field.
        """
        checked_meta(key, None)
        return self._correct(doc_id, key, None)

    def _correct(self, doc_id: str, key: str, value: str | None) -> LibraryEntry:
        """Store ``value`` as the correction of ``key`` (None: drop it) and save."""
        entry = self.entry(doc_id)
        if value is None:
            entry.corrections.pop(key, None)
        else:
            entry.corrections[key] = value
        entry.meta = corrected(entry.detected or DocumentMeta(), entry.corrections)
        self._loaded.pop(doc_id, None)
        self.save()
        return entry

    def save(self) -> None:
        """Write the library file, merged with what other processes wrote meanwhile.

        Raises:
            LibraryError: when it cannot be written (or stays locked by another process).
        """
        self._write()

    def _write(self, drop: str | None = None) -> LibraryEntry | None:
        """``save``, leaving out the older version ``drop`` for good; it is checked after the
        merge, as another process may have changed it or brought it back meanwhile.

        Returns:
            The entry dropped; None when ``drop`` is no older version once merged.
        """
        path = self.file or paths.library_path()
        dropped = None
        try:
            with locked(path):
                self._forget(merge_outside(self.entries, self._seen, path).ids)
                if drop is not None and drop in self.older_versions():
                    dropped = self.entry(drop)
                    self.entries = [kept for kept in self.entries if kept.id != drop]
                save_user_entries(self.entries, path)
                self.remember_file()
        except OSError as error:
            raise LibraryError(f"the library cannot be saved ({error})") from None
        return dropped

    def take_outside_changes(self) -> Merged:
        """Take in documents another process (``reader add``, ``meta``) wrote to the file.

        Cheap when the file has not changed since this process last read or wrote it (one
        ``stat``), so the app can call it on focus and on a timer.

        Returns:
            The ids that are new or changed here, and the older versions deleted outside.
        """
        path = self.file or paths.library_path()
        if _mtime(path) == self._mtime:
            return Merged([], [])
        try:
            with locked(path):
                merged = merge_outside(self.entries, self._seen, path)
                self._forget(merged.ids)
                for doc_id in merged.dropped:
                    self._seen.pop(doc_id, None)
                for entry in self.entries:
                    if entry.id in merged.changed:
                        self._seen[entry.id] = record(entry)
                self._mtime = _mtime(path)
        except (OSError, LibraryError):
            return Merged([], [])  # the next check tries again; a save reports the problem
        return merged

    def remember_file(self) -> None:
        """Note the entries and the file's time as they are on disk now."""
        self._seen = snapshot(self.entries)
        self._mtime = _mtime(self.file or paths.library_path())

    def _forget(self, doc_ids: list[str]) -> None:
        for doc_id in doc_ids:
            self._loaded.pop(doc_id, None)


def checked_meta(key: str, value: str | None) -> str | None:
    """The correction ``set_meta`` stores for ``key`` (``value`` stripped; None checks a field
    to reset), so that a batch of corrections can all be checked before any is saved.

    Raises:
        LibraryError: for an unknown field, an invalid date or language code, or an empty
            title or language (a document always has both).
    """
    if key not in EDITABLE_FIELDS:
        raise LibraryError(f"unknown field {key!r} (fields: {', '.join(EDITABLE_FIELDS)})")
    if value is None:
        return None
    value = value.strip()
    if not value and key in REQUIRED_FIELDS:
        raise LibraryError(f"{key} cannot be empty: a document always has one")
    if value and key == "published" and not _ISO_DATE.match(value):
        raise LibraryError(f"published must be an ISO date like 2024-02-13, not {value!r}")
    if value and key == "language" and not _LANGUAGE.match(value):
        raise LibraryError(f"language must be a code like de or en, not {value!r}")
    return value


def _mtime(path: Path) -> float | None:
    try:
        return path.stat().st_mtime_ns / 1e9
    except OSError:
        return None


def open_library(seeds_dir: Path = SEEDS_DIR) -> Library:
    """The bundled documents followed by the user's, with the parsed-document cache."""
    user, seed_state, problems = read_user_entries(paths.library_path())
    entries = []
    for item in read_catalog(seeds_dir):
        state = seed_state.get(item.id, {})
        corrections = {k: str(v) for k, v in state.get("corrections", {}).items()}
        entries.append(
            LibraryEntry(
                item.id,
                item.path,
                corrected(item.meta, corrections),
                bundled=True,
                hidden=state.get("hidden", False),
                size=item.path.stat().st_size if item.path.exists() else 0,
                detected=item.meta,
                corrections=corrections,
            )
        )
    known = {entry.id for entry in entries}
    entries += [entry for entry in user if entry.id not in known]
    keep_in(MODELS, paths.cache_dir() / MODELS)
    keep_in(CALENDARS, paths.cache_dir() / CALENDARS)
    library = Library(entries, ParsedCache(paths.cache_dir() / "documents"), problems)
    library.remember_file()
    return library
