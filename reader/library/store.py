"""Reading and writing ``library.json``: the user's additions, corrections and hidden seeds.

Detected metadata and the user's corrections are stored separately, so re-detection never
overwrites what the user fixed. A damaged file is reported, never raised: the bundled
documents stay readable.
"""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING

from documents.atomic import write_atomic
from documents.model import DocumentMeta
from reader import paths
from reader.library.entry import LibraryEntry, corrected

if TYPE_CHECKING:
    from collections.abc import Sequence

__all__ = ["read_user_entries", "record", "save_user_entries"]


def read_user_entries(path: Path) -> tuple[list[LibraryEntry], dict, list[str]]:
    """The user's entries, the bundled seeds' saved state by id, and problems found reading.

    Args:
        path: The ``library.json`` to read; a missing file is an empty library.

    Returns:
        The entries that parsed, the ``seeds`` mapping, and one message per problem.
    """
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


def save_user_entries(entries: Sequence[LibraryEntry], path: Path | None = None) -> None:
    """Persist the user's additions, corrections and hidden seeds (atomically)."""
    path = path or paths.library_path()
    items = [record(e) for e in entries if not e.bundled]
    seeds = {e.id: record(e) for e in entries if e.bundled and (e.hidden or e.corrections)}
    text = json.dumps({"documents": items, "seeds": seeds}, ensure_ascii=False, indent=2)
    write_atomic(path, text)


def record(e: LibraryEntry) -> dict[str, object]:
    """What ``library.json`` holds of an entry (a seed's state only, for a bundled one)."""
    if e.bundled:
        return {"hidden": e.hidden, "corrections": dict(e.corrections)}
    return {
        "id": e.id,
        "path": str(e.path),
        "meta": asdict(e.detected or e.meta),
        "corrections": dict(e.corrections),
        "hidden": e.hidden,
        "content_hash": e.content_hash,
        "origin": e.origin,
        "size": e.size,
        "added": e.added,
        "version": e.version,
        "previous": e.previous,
    }


def _entry_from(item: dict) -> LibraryEntry:
    """One user entry of library.json (raises on a malformed one)."""
    detected = DocumentMeta.from_mapping(item.get("meta") or {})
    corrections = {k: str(v) for k, v in item.get("corrections", {}).items()}
    return LibraryEntry(
        str(item["id"]),
        Path(item["path"]),
        corrected(detected, corrections),
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
