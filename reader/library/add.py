"""Adding files and folders to the library, and what a batch reports back.

Added files are copied into the data directory under their content hash, so a document
stays readable after its original moves, and an earlier version stays readable after the
original changes. Adding the same bytes again brings a removed document back.
"""

from __future__ import annotations

import hashlib
import os
import re
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from documents.atomic import write_atomic
from documents.errors import DocumentError
from documents.formats import describe
from documents.loader import PARSERS, document_id, load_document, read_raw, supported_suffixes
from documents.model import Removal
from glossary.forked import can_fork, core_to_spare, halves
from reader import paths
from reader.library.entry import AlreadyInLibrary, LibraryEntry, corrected

if TYPE_CHECKING:
    from documents.cache import ParsedCache
    from documents.reading import RawSource
    from reader.notes.versions import CarriedOver

__all__ = [
    "AddReport",
    "AddedDocument",
    "Progress",
    "SkippedFile",
    "add_files",
    "file_hash",
]

_VERSION_SUFFIX = re.compile(r"-v\d+$")

Progress = Callable[[int, int, Path], None]
"""Called before each file of a batch with (number, total, path); the app shows progress."""


class Library(Protocol):
    """What adding needs of ``reader.library.Library`` (which imports this module)."""

    entries: list[LibraryEntry]
    cache: ParsedCache | None

    def save(self) -> None: ...


@dataclass(slots=True)
class AddedDocument:
    """A document a batch added: ``status`` is "added", "new version" or "restored"."""

    id: str
    path: Path
    title: str
    status: str = "added"
    encoding: str = ""
    """The text encoding the file was read in (empty for PDF and EPUB)."""
    replaces: str = ""
    """For a new version: the id of the version it puts aside."""
    removed: tuple[Removal, ...] = ()
    """What cleaning took out of the file's text (page numbers, running lines, …)."""
    file_date: str = ""
    """The date in effect when only the file declares it (a PDF's creation date, the text
    naming none): when the file was made, which may not be when the text was published."""


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
    carried: list[CarriedOver] = field(default_factory=list)
    """Notes that followed a document to its new version (``carry_notes_after_adding``)."""

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


def add_files(
    library: Library, targets: Iterable[Path], progress: Progress | None = None
) -> AddReport:
    """Add files and folders (recursively) to ``library``; each file whole or not at all.

    Args:
        library: Gains the new entries and is saved once at the end if any were added.
        targets: Files and folders, in the order the user gave them.
        progress: Told about each file before it is read.

    Returns:
        What became of every file; a failure skips the file, never the batch.
    """
    report = AddReport()
    files = _expand(list(targets), report)

    def add(batch: list[Path], first: int) -> None:
        for number, path in enumerate(batch, first):
            if progress:
                progress(number, len(files), path)
            try:
                report.added.append(_add_file(library, path))
            except DocumentError as error:
                duplicate = isinstance(error, AlreadyInLibrary)
                report.skipped.append(SkippedFile(path, _reason(error, path), duplicate))

    try:
        ahead = _parse_ahead_from(library, files)
        if ahead:
            # The first file loads the parsing modules, which the forked child then shares.
            add(files[:1], 1)
            halves(
                lambda _: add(files[1:ahead], 2),
                lambda _: _parse_into_cache(library, files[ahead:]),
                None,
            )
            add(files[ahead:], ahead + 1)
        else:
            add(files, 1)
    finally:
        if report.added:
            library.save()
    return report


PARSE_AHEAD_MIN_BYTES = 150_000
"""Bytes of files after the first that make a child parsing half of them worth its fork."""


def _parse_ahead_from(library: Library, files: list[Path]) -> int:
    """Where the files a forked child parses ahead start (0: none are), so that a batch of
    files is parsed on two cores: the child parses the later half by size into the parsed
    cache while this process adds the earlier half; adding the later half then reads each
    document back from the cache. Only in a process with no other thread (the command line;
    a fork copies only the calling thread), on Linux with two cores and one of them idle: the
    child and reading back cost about a tenth more CPU (22 articles: 0.26 -> 0.28 s), which
    only a free core turns into a shorter wait."""
    if library.cache is None or len(files) < 3 or threading.active_count() > 1:
        return 0
    if not (can_fork() and core_to_spare()):
        return 0
    sizes = [_size(path) for path in files]
    rest = sum(sizes[1:])
    if rest < PARSE_AHEAD_MIN_BYTES:
        return 0
    taken, start = 0, len(files)
    while start > 2 and taken + sizes[start - 1] <= rest / 2:
        start -= 1
        taken += sizes[start]
    return start if start < len(files) else 0


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _parse_into_cache(library: Library, files: list[Path]) -> None:
    """Parse ``files`` into the library's parsed cache as adding them would (the forked child's
    half); a file that fails is left for adding to report."""
    for path in files:
        if path.suffix.lower() not in PARSERS:
            continue
        try:
            source = read_raw(path)
            load_document(path, describe(source), "pending", library.cache, source)
        except DocumentError:
            continue


def _add_file(library: Library, path: Path) -> AddedDocument:
    if path.suffix.lower() not in PARSERS:
        supported = ", ".join(supported_suffixes())
        raise DocumentError(f"unsupported file type {path.suffix!r} (supported: {supported})")
    source = read_raw(path)
    origin = str(path.resolve())
    known = _by_hash(library.entries, source.content_hash)
    if known is not None and (restored := _readd_known(library, known, path, source)) is not None:
        return restored
    declared = describe(source)
    # The date the text names (a web page's or a book's declared date is in its parsed text
    # too) comes before one the file alone declares: a PDF's creation date is a fallback.
    document = load_document(
        path, replace(declared, published=""), "pending", library.cache, source
    )
    previous = _latest_from(library.entries, origin)
    detected = replace(
        declared,
        title=document.meta.title,
        language=document.meta.language,
        author=document.meta.author,
        published=document.meta.published or declared.published,
    )
    corrections = dict(previous.corrections) if previous else {}
    version = previous.version + 1 if previous else 1
    if previous:
        # The new version keeps the document's id (scripts, --left ID, reading positions and
        # notes name it); the old one is renamed with its version number.
        new_id, previous.id = previous.id, ""  # its own id is no clash for its new name
        previous.id = _unique_id(
            library.entries, f"{_VERSION_SUFFIX.sub('', new_id)}-v{previous.version}", new_id
        )
    else:
        new_id = _unique_id(library.entries, document_id(detected.title, path))
    entry = LibraryEntry(
        id=new_id,
        path=_store_copy(source.data, source.content_hash, path.suffix.lower()),
        meta=corrected(detected, corrections),
        content_hash=source.content_hash,
        origin=origin,
        size=len(source.data),
        added=date.today().isoformat(),
        version=version,
        previous=previous.id if previous else "",
        detected=detected,
        corrections=corrections,
    )
    library.entries.append(entry)
    removed = tuple(document.removed)
    file_date = "" if document.meta.published or "published" in corrections else detected.published
    if previous is not None:
        # The old version leaves the listing, the links, the glossary and the index (two copies
        # of one text would link to each other and double every count); its stored copy and any
        # note that could not follow stay, and adding the old file again brings it back.
        previous.hidden = True
    return AddedDocument(
        entry.id,
        path,
        entry.meta.title,
        "added" if previous is None else "new version",
        source.encoding,
        replaces=entry.previous,
        removed=removed,
        file_date=file_date,
    )


def _readd_known(
    library: Library, known: LibraryEntry, path: Path, source: RawSource
) -> AddedDocument | None:
    """Re-add bytes the library holds as ``known``; None means "add them as the newest
    version of the file at ``path``": they are an older version of that very file (put back
    to an earlier text: trial 22c #3). A removed document is shown again ("restored").

    Raises:
        AlreadyInLibrary: when the document is shown, or when the bytes are an older version
            of a document and come from another file (shown again beside the newer version,
            it would be a second copy of one document).
    """
    if not known.hidden:
        raise AlreadyInLibrary(f"already in the library as {known.id}")
    current = _current_version(library.entries, known)
    if current is None:
        known.hidden = False
        return AddedDocument(known.id, path, known.meta.title, "restored", source.encoding)
    if current.origin == str(path.resolve()):
        return None
    raise AlreadyInLibrary(
        f"already in the library as {known.id}, an older version of {current.id}"
        " put aside when its file changed (`reader docs --all` lists it)"
    )


def _current_version(entries: list[LibraryEntry], older: LibraryEntry) -> LibraryEntry | None:
    """The newest version of the document ``older`` was a version of, or None when no later
    version replaced it (it was removed, not superseded)."""
    newer = {entry.previous: entry for entry in entries if entry.previous}
    current = newer.get(older.id)
    seen = {older.id}
    while current is not None and current.hidden and current.id not in seen:
        seen.add(current.id)  # the newer one was put aside too: look further
        current = newer.get(current.id)
    return current


def _by_hash(entries: list[LibraryEntry], content_hash: str) -> LibraryEntry | None:
    """The entry with these bytes, a shown one before hidden ones (a file put back to an
    earlier text holds the same bytes as the version put aside); bundled seeds are hashed
    lazily, on the first add."""
    hidden = None
    for entry in entries:
        if entry.bundled and not entry.content_hash:
            entry.content_hash = file_hash(entry.path)
        if entry.content_hash == content_hash:
            if not entry.hidden:
                return entry
            hidden = hidden or entry
    return hidden


def _latest_from(entries: list[LibraryEntry], origin: str) -> LibraryEntry | None:
    versions = [e for e in entries if e.origin == origin and not e.hidden]
    return max(versions, key=lambda e: e.version) if versions else None


def _unique_id(entries: list[LibraryEntry], base: str, reserved: str = "") -> str:
    """``base``, or ``base-2``, ``base-3``… when an entry (or ``reserved``) has it."""
    taken = {entry.id for entry in entries} | {reserved}
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
            found, unreadable = _folder_files(item)
            for folder, error in unreadable:
                why = error.strerror or type(error).__name__
                report.skipped.append(SkippedFile(folder, f"the folder cannot be read ({why})"))
            if not found and not unreadable:
                report.skipped.append(SkippedFile(item, "the folder holds no files"))
            files += found
        else:
            files.append(item)
    return list(dict.fromkeys(files))


def _folder_files(folder: Path) -> tuple[list[Path], list[tuple[Path, OSError]]]:
    """A folder's files with a suffix (hidden ones left out), and the folders that could not
    be read; linked folders are not entered, so a link loop cannot trap the walk."""
    found: list[Path] = []
    unreadable: list[tuple[Path, OSError]] = []

    def remember(error: OSError) -> None:
        unreadable.append((Path(error.filename or folder), error))

    for root, folders, names in os.walk(folder, onerror=remember):
        folders[:] = sorted(name for name in folders if not name.startswith("."))
        here = Path(root)
        found += [
            here / name
            for name in names
            if not name.startswith(".") and Path(name).suffix and (here / name).is_file()
        ]
    return sorted(found), unreadable


def file_hash(path: Path) -> str:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return ""


def _store_copy(data: bytes, content_hash: str, suffix: str) -> Path:
    """Write the library's copy atomically, so a crash never leaves half a file behind."""
    directory = paths.documents_dir()
    target = directory / f"{content_hash[:24]}{suffix}"
    if target.exists():
        return target
    try:
        directory.mkdir(parents=True, exist_ok=True)
        write_atomic(target, data)
    except OSError as error:
        raise DocumentError(f"cannot store a copy in {directory} ({error})") from None
    return target
