"""The library: the bundled documents plus those the user added, loaded on demand.

Added files are copied into the data directory under their content hash, so a document
stays readable after its original moves, and an earlier version stays readable after the
original changes. ``library.json`` records each entry's detected metadata and, separately,
the user's corrections, so re-detection never overwrites what the user fixed. Removing a
document hides it (its notes stay, as orphans); adding the same bytes again brings it back.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field, fields, replace
from datetime import date
from pathlib import Path

from documents.cache import ParsedCache
from documents.catalog import SEEDS_DIR, read_catalog
from documents.errors import DocumentError, DocumentNotFound
from documents.formats import describe
from documents.loader import PARSERS, document_id, load_document, read_raw, supported_suffixes
from documents.model import Document, DocumentMeta
from reader import paths

EDITABLE_FIELDS = tuple(f.name for f in fields(DocumentMeta))
"""Metadata the user may correct (``reader meta ID --set key=value``)."""
_ISO_DATE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2}(?:T\d{2}:\d{2}(?::\d{2})?)?)?)?$")
_LANGUAGE = re.compile(r"^[a-z]{2,3}$")
_VERSION_SUFFIX = re.compile(r"-v\d+$")

Progress = Callable[[int, int, Path], None]
"""Called before each file of a batch with (number, total, path); the app shows progress."""


class LibraryError(DocumentError):
    """A library operation the user asked for cannot be done; the message says why."""

    title = "Library"


class AlreadyInLibrary(LibraryError):
    """The file's bytes are already in the library: skipping it is not a failure."""


@dataclass(slots=True)
class LibraryEntry:
    """One document in the library: where it is and what the user or catalogue says of it."""

    id: str
    path: Path
    meta: DocumentMeta
    """The metadata in effect: what was detected, with the user's corrections applied."""
    bundled: bool = False
    hidden: bool = False
    """Removed by the user (bundled seeds come back with ``reader add --seeds``)."""
    content_hash: str = ""
    origin: str = ""
    """The path the user added the file from (``path`` is the library's own copy)."""
    size: int = 0
    added: str = ""
    version: int = 1
    previous: str = ""
    """The id of the version this one replaces, when the file at ``origin`` changed."""
    detected: DocumentMeta | None = None
    corrections: dict[str, str] = field(default_factory=dict)


@dataclass(slots=True)
class AddedDocument:
    """A document a batch added: ``status`` is "added", "new version" or "restored"."""

    id: str
    path: Path
    title: str
    status: str = "added"


@dataclass(slots=True)
class SkippedFile:
    """A file a batch did not add, with a one-line reason."""

    path: Path
    reason: str
    duplicate: bool = False
    """The same bytes are already in the library (not a problem with the file)."""


@dataclass(slots=True)
class AddReport:
    """What ``Library.add`` did with each file of a batch."""

    added: list[AddedDocument] = field(default_factory=list)
    skipped: list[SkippedFile] = field(default_factory=list)

    @property
    def failed(self) -> list[SkippedFile]:
        """Files skipped because of a problem (duplicates left out)."""
        return [item for item in self.skipped if not item.duplicate]

    def summary(self) -> str:
        """One line for the end of a batch: counts of added, new versions, restored, skipped."""
        counts: dict[str, int] = {}
        for item in self.added:
            counts[item.status] = counts.get(item.status, 0) + 1
        parts = [f"{n} {status}" for status, n in counts.items()] or ["nothing added"]
        if self.skipped:
            parts.append(f"{len(self.skipped)} skipped ({len(self.failed)} with problems)")
        return ", ".join(parts)


def _corrected(detected: DocumentMeta, corrections: dict[str, str]) -> DocumentMeta:
    return replace(detected, **{k: v for k, v in corrections.items() if k in EDITABLE_FIELDS})


@dataclass(slots=True)
class Library:
    """All documents the reader knows about; problems loading them are kept, never raised."""

    entries: list[LibraryEntry]
    cache: ParsedCache | None = None
    problems: list[str] = field(default_factory=list)
    file: Path | None = None
    """Where changes are saved (``None``: ``reader.paths.library_path()``)."""
    _loaded: dict[str, Document] = field(default_factory=dict)

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
        if doc_id not in self._loaded:
            entry = self.entry(doc_id)
            self._loaded[doc_id] = load_document(entry.path, entry.meta, entry.id, self.cache)
        return self._loaded[doc_id]

    def documents(self) -> list[Document]:
        """Every visible document that loads; the others are reported in ``problems``."""
        loaded = []
        for entry in self.visible():
            try:
                loaded.append(self.get(entry.id))
            except DocumentError as error:
                message = f"{entry.id}: {error}"
                if message not in self.problems:
                    self.problems.append(message)
        return loaded

    # -- managing ------------------------------------------------------------------------------

    def add(self, targets: Iterable[Path], progress: Progress | None = None) -> AddReport:
        """Add files and folders (recursively); each file is added whole or not at all.

        A file whose bytes are already in the library is skipped (or brought back, if it was
        removed); a changed file at a path added before becomes a new version (``-v2``).
        """
        report = AddReport()
        files = _expand(list(targets), report)
        try:
            for number, path in enumerate(files, 1):
                if progress:
                    progress(number, len(files), path)
                try:
                    report.added.append(self._add_file(path))
                except DocumentError as error:
                    duplicate = isinstance(error, AlreadyInLibrary)
                    report.skipped.append(SkippedFile(path, _reason(error, path), duplicate))
        finally:
            if report.added:
                self.save()
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

    def set_meta(self, doc_id: str, key: str, value: str) -> LibraryEntry:
        """Correct one metadata field; an empty value goes back to what was detected.

        Raises:
            LibraryError: for an unknown field or an invalid date or language code.
        """
        entry = self.entry(doc_id)
        value = value.strip()
        if key not in EDITABLE_FIELDS:
            raise LibraryError(f"unknown field {key!r} (fields: {', '.join(EDITABLE_FIELDS)})")
        if value and key == "published" and not _ISO_DATE.match(value):
            raise LibraryError(f"published must be an ISO date like 2024-02-13, not {value!r}")
        if value and key == "language" and not _LANGUAGE.match(value):
            raise LibraryError(f"language must be a code like de or en, not {value!r}")
        if value:
            entry.corrections[key] = value
        else:
            entry.corrections.pop(key, None)
        entry.meta = _corrected(entry.detected or DocumentMeta(), entry.corrections)
        self._loaded.pop(doc_id, None)
        self.save()
        return entry

    def save(self) -> None:
        """Write the library file.

        Raises:
            LibraryError: when it cannot be written.
        """
        try:
            save_user_entries(self, self.file)
        except OSError as error:
            raise LibraryError(f"the library cannot be saved ({error})") from None

    # -- adding one file -----------------------------------------------------------------------

    def _add_file(self, path: Path) -> AddedDocument:
        if path.suffix.lower() not in PARSERS:
            supported = ", ".join(supported_suffixes())
            raise DocumentError(f"unsupported file type {path.suffix!r} (supported: {supported})")
        source = read_raw(path)
        known = self._by_hash(source.content_hash)
        if known is not None:
            if not known.hidden:
                raise AlreadyInLibrary(f"already in the library as {known.id}")
            known.hidden = False
            return AddedDocument(known.id, path, known.meta.title, "restored")
        declared = describe(source)
        document = load_document(path, declared, "pending", self.cache, source)
        origin = str(path.resolve())
        previous = self._latest_from(origin)
        detected = replace(
            declared,
            title=document.meta.title,
            language=document.meta.language,
            published=document.meta.published,
        )
        corrections = dict(previous.corrections) if previous else {}
        version = previous.version + 1 if previous else 1
        if previous:
            new_id = f"{_VERSION_SUFFIX.sub('', previous.id)}-v{version}"
        else:
            new_id = document_id(detected.title, path)
        entry = LibraryEntry(
            id=self._unique_id(new_id),
            path=_store_copy(source.data, source.content_hash, path.suffix.lower()),
            meta=_corrected(detected, corrections),
            content_hash=source.content_hash,
            origin=origin,
            size=len(source.data),
            added=date.today().isoformat(),
            version=version,
            previous=previous.id if previous else "",
            detected=detected,
            corrections=corrections,
        )
        self.entries.append(entry)
        status = "new version" if previous else "added"
        return AddedDocument(entry.id, path, entry.meta.title, status)

    def _by_hash(self, content_hash: str) -> LibraryEntry | None:
        for entry in self.entries:
            if entry.bundled and not entry.content_hash:
                entry.content_hash = _file_hash(entry.path)
            if entry.content_hash == content_hash:
                return entry
        return None

    def _latest_from(self, origin: str) -> LibraryEntry | None:
        versions = [e for e in self.entries if e.origin == origin and not e.hidden]
        return max(versions, key=lambda e: e.version) if versions else None

    def _unique_id(self, base: str) -> str:
        taken = {entry.id for entry in self.entries}
        candidate, number = base, 2
        while candidate in taken:
            candidate, number = f"{base}-{number}", number + 1
        return candidate


def _reason(error: DocumentError, path: Path) -> str:
    """The error's message without the path the summary already shows beside it."""
    message = str(error)
    prefix = f"{path}: "
    return message[len(prefix) :] if message.startswith(prefix) else message


def _expand(items: list[Path], report: AddReport) -> list[Path]:
    """Files to add: given files as they are, folders' supported files (hidden ones left out)."""
    files: list[Path] = []
    for item in items:
        if item.is_dir():
            found = sorted(
                p
                for p in item.rglob("*")
                if p.is_file()
                and p.suffix
                and not any(part.startswith(".") for part in p.relative_to(item).parts)
            )
            if not found:
                report.skipped.append(SkippedFile(item, "the folder holds no files"))
            files += found
        else:
            files.append(item)
    return list(dict.fromkeys(files))


def _file_hash(path: Path) -> str:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return ""


def documents_dir() -> Path:
    """Where the library keeps its copies of added files."""
    return paths.data_dir() / "documents"


def _store_copy(data: bytes, content_hash: str, suffix: str) -> Path:
    """Write the library's copy atomically, so a crash never leaves half a file behind."""
    directory = documents_dir()
    target = directory / f"{content_hash[:24]}{suffix}"
    if target.exists():
        return target
    try:
        directory.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=directory, suffix=".part")
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(tmp, target)
    except OSError as error:
        raise DocumentError(f"cannot store a copy in {directory} ({error})") from None
    return target


def _meta(raw: dict | None) -> DocumentMeta:
    known = {f.name for f in fields(DocumentMeta)}
    return DocumentMeta(**{k: str(v) for k, v in (raw or {}).items() if k in known})


def _user_entries(path: Path) -> tuple[list[LibraryEntry], dict, list[str]]:
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return [], {}, []
    except (OSError, ValueError) as error:
        return (
            [],
            {},
            [f"{path}: the library list cannot be read ({error}); using the bundled documents"],
        )
    if not isinstance(raw, dict):
        return [], {}, [f"{path}: not a library list (expected a JSON object); ignored"]
    entries, problems = [], []
    for number, item in enumerate(raw.get("documents", []), start=1):
        try:
            entries.append(_entry_from(item))
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            problems.append(f"{path}: document entry {number} is malformed ({error!r}); skipped")
    seeds = raw.get("seeds", {})
    return entries, seeds if isinstance(seeds, dict) else {}, problems


def _entry_from(item: dict) -> LibraryEntry:
    """One user entry of library.json (raises on a malformed one)."""
    detected = _meta(item.get("meta"))
    corrections = {k: str(v) for k, v in item.get("corrections", {}).items()}
    return LibraryEntry(
        str(item["id"]),
        Path(item["path"]),
        _corrected(detected, corrections),
        hidden=bool(item.get("hidden", False)),
        content_hash=item.get("content_hash", ""),
        origin=item.get("origin", ""),
        size=int(item.get("size", 0)),
        added=item.get("added", ""),
        version=int(item.get("version", 1)),
        previous=item.get("previous", ""),
        detected=detected,
        corrections=corrections,
    )


def save_user_entries(library: Library, path: Path | None = None) -> None:
    """Persist the user's additions, corrections and hidden seeds (atomically)."""
    path = path or paths.library_path()
    items = [
        {
            "id": e.id,
            "path": str(e.path),
            "meta": asdict(e.detected or e.meta),
            "corrections": e.corrections,
            "hidden": e.hidden,
            "content_hash": e.content_hash,
            "origin": e.origin,
            "size": e.size,
            "added": e.added,
            "version": e.version,
            "previous": e.previous,
        }
        for e in library.entries
        if not e.bundled
    ]
    seeds = {
        e.id: {"hidden": e.hidden, "corrections": e.corrections}
        for e in library.entries
        if e.bundled and (e.hidden or e.corrections)
    }
    tmp = path.with_suffix(".tmp")
    text = json.dumps({"documents": items, "seeds": seeds}, ensure_ascii=False, indent=2)
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(path)


def open_library(seeds_dir: Path = SEEDS_DIR) -> Library:
    """The bundled documents followed by the user's, with the parsed-document cache."""
    user, seed_state, problems = _user_entries(paths.library_path())
    entries = []
    for item in read_catalog(seeds_dir):
        state = seed_state.get(item.id, {})
        corrections = {k: str(v) for k, v in state.get("corrections", {}).items()}
        entries.append(
            LibraryEntry(
                item.id,
                item.path,
                _corrected(item.meta, corrections),
                bundled=True,
                hidden=state.get("hidden", False),
                size=item.path.stat().st_size if item.path.exists() else 0,
                detected=item.meta,
                corrections=corrections,
            )
        )
    known = {entry.id for entry in entries}
    entries += [entry for entry in user if entry.id not in known]
    return Library(entries, ParsedCache(paths.cache_dir() / "documents"), problems)
