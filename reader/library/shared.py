"""``library.json`` is shared by the app and the command line: merge, never overwrite.

Every write takes a file lock (``filelock``), reads what is on disk, takes in what other
processes added or changed since this process last read or wrote the file, and only then
writes. An entry this process changed keeps its own version; one it did not change takes the
file's. So ``reader add`` while the app runs is never lost when the app saves, and the app
sees the new document when it next checks the file (``take_outside_changes``).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import NamedTuple

from reader.library.entry import LibraryEntry, LibraryError, corrected
from reader.library.store import read_user_entries, record

LOCK_TIMEOUT = 10.0
"""Seconds a write waits for another process's write of the library file."""

Snapshot = dict[str, dict[str, object]]
"""Each entry's ``record`` as last read from or written to the file, by id."""


@contextmanager
def locked(path: Path) -> Iterator[None]:
    """Hold the library file's lock (``library.json.lock`` beside it).

    Raises:
        LibraryError: when another process holds it longer than ``LOCK_TIMEOUT``.
    """
    from filelock import FileLock, Timeout  # only writes need it: kept off the start path

    try:
        with FileLock(f"{path}.lock", timeout=LOCK_TIMEOUT):
            yield
    except Timeout:
        raise LibraryError(
            f"{path} is locked by another reader process; try again in a moment"
        ) from None


def snapshot(entries: list[LibraryEntry]) -> Snapshot:
    return {entry.id: record(entry) for entry in entries}


class Merged(NamedTuple):
    """What a merge took in: ids new or changed here, and older versions deleted outside."""

    changed: list[str]
    dropped: list[str]

    @property
    def ids(self) -> list[str]:
        return [*self.changed, *self.dropped]


def merge_outside(entries: list[LibraryEntry], seen: Snapshot, path: Path) -> Merged:
    """Take in what other processes wrote to ``path`` since ``seen`` (call it under ``locked``).

    Entries new on disk are appended; entries this process has not changed since ``seen``
    take the file's version. An older version another process deleted (``reader remove
    ID-v1``) goes; any other entry missing from the file is written back, as the file may
    have lost it (a sync tool, a restored backup, a hand edit).
    """
    user, seed_state, _problems = read_user_entries(path)
    if _problems:
        return Merged([], [])  # an unreadable file has nothing to merge; the write repairs it
    dropped = _drop_deleted(entries, seen, {outside.id for outside in user}) if user else []
    changed: list[str] = []
    position = {entry.id: number for number, entry in enumerate(entries)}
    for outside in user:
        number = position.get(outside.id)
        if number is None:
            entries.append(outside)
            changed.append(outside.id)
        elif _untouched(entries[number], seen) and record(outside) != record(entries[number]):
            entries[number] = outside
            changed.append(outside.id)
    for number, entry in enumerate(entries):
        if not entry.bundled or not _untouched(entry, seen):
            continue
        state = seed_state.get(entry.id, {})
        corrections = {k: str(v) for k, v in dict(state.get("corrections", {})).items()}
        hidden = bool(state.get("hidden", False))
        if (hidden, corrections) != (entry.hidden, entry.corrections):
            meta = corrected(entry.detected or entry.meta, corrections)
            entries[number] = replace(entry, hidden=hidden, corrections=corrections, meta=meta)
            changed.append(entry.id)
    return Merged(changed, dropped)


def _drop_deleted(entries: list[LibraryEntry], seen: Snapshot, on_disk: set[str]) -> list[str]:
    """Take out the older versions (hidden, some entry's ``previous``) that were on disk when
    last seen, are gone from it now and were not changed here since; returns their ids.

    A visible document is never dropped: the file losing it is no sign the user deleted it.
    """
    older = {entry.previous for entry in entries if entry.previous}
    gone = [
        entry.id
        for entry in entries
        if not entry.bundled
        and entry.hidden
        and entry.id in older
        and entry.id in seen
        and entry.id not in on_disk
        and _untouched(entry, seen)
    ]
    entries[:] = [entry for entry in entries if entry.id not in gone]
    return gone


def _untouched(entry: LibraryEntry, seen: Snapshot) -> bool:
    return seen.get(entry.id) == record(entry)
