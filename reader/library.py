"""The library: the bundled documents plus those the user added, loaded on demand."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from pathlib import Path

from documents.cache import ParsedCache
from documents.catalog import SEEDS_DIR, read_catalog
from documents.errors import DocumentError, DocumentNotFound
from documents.loader import load_document
from documents.model import Document, DocumentMeta
from reader import paths


@dataclass(slots=True)
class LibraryEntry:
    """One document in the library: where it is and what the user or catalogue says of it."""

    id: str
    path: Path
    meta: DocumentMeta
    bundled: bool = False
    hidden: bool = False


@dataclass(slots=True)
class Library:
    """All documents the reader knows about; problems loading them are kept, never raised."""

    entries: list[LibraryEntry]
    cache: ParsedCache | None = None
    problems: list[str] = field(default_factory=list)
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


def _user_entries(path: Path) -> tuple[list[LibraryEntry], list[str]]:
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return [], []
    except (OSError, ValueError) as error:
        return [], [
            f"{path}: the library list cannot be read ({error}); using the bundled documents"
        ]
    entries = []
    for item in raw.get("documents", []):
        meta = DocumentMeta(**item.get("meta", {}))
        entries.append(
            LibraryEntry(item["id"], Path(item["path"]), meta, hidden=item.get("hidden", False))
        )
    return entries, []


def save_user_entries(library: Library, path: Path | None = None) -> None:
    """Persist the user's additions (atomically)."""
    path = path or paths.library_path()
    items = [
        {"id": e.id, "path": str(e.path), "meta": asdict(e.meta), "hidden": e.hidden}
        for e in library.entries
        if not e.bundled
    ]
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps({"documents": items}, ensure_ascii=False, indent=2), encoding="utf-8")
    tmp.replace(path)


def open_library(seeds_dir: Path = SEEDS_DIR) -> Library:
    """The bundled documents followed by the user's, with the parsed-document cache."""
    entries = [
        LibraryEntry(item.id, item.path, item.meta, bundled=True)
        for item in read_catalog(seeds_dir)
    ]
    user, problems = _user_entries(paths.library_path())
    known = {entry.id for entry in entries}
    entries += [entry for entry in user if entry.id not in known]
    return Library(entries, ParsedCache(paths.cache_dir() / "documents"), problems)
