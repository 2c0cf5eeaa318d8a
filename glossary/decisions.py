"""The reader's decisions about discovered entries, written to their own glossary file.

Every decision is written as a TOML table, so the file stays readable and keeps whatever
the reader wrote in it. A decision about an entry the file already has a table for rewrites
that table in place (its other fields kept), so the file holds one table per entry and editing
it does what it says; a table the reader wrote comments into is left alone and a new one is
appended, which patches it (lists are extended, other fields replaced: see
``entities.load_glossary``).

- accept: the entry becomes the reader's own (a ``[[entry]]``), optionally renamed (the old
  name stays an alias) or with another kind;
- merge: one entry takes the names of another, which is no longer proposed;
- split: some names leave an entry and become an entry of their own;
- reject: the name goes into a ``[[rejected]]`` table and is never proposed again.

Only what was found in the documents can be merged away or rejected: a curated entry (bundled
or the reader's own) lives on in its file. An entry a decision made the reader's own (accepted,
renamed, given a kind) can still be split while its table is the one a decision wrote: the
names leave that table in place (a kind correction must not lock a wrong grouping in). Undo
puts the file back as it was before a decision, as long as nothing else changed it since.
"""

from __future__ import annotations

import json
import re
import tomllib
from pathlib import Path

from documents.atomic import write_atomic
from glossary.entities import Entry, Kind
from glossary.folding import name_key, slug

ACCEPTED_PREFIX = "user-"
"""Ids of entries the reader accepted; a discovered id's prefix is replaced by this."""


class DecisionError(ValueError):
    """A decision that cannot be carried out (unknown kind, nothing left after a split)."""


def accept(path: Path, entry: Entry, *, name: str = "", kind: str = "") -> str:
    """Make ``entry`` the reader's own, optionally renamed or of another kind; its new id."""
    if kind and kind not in Kind._value2member_map_:
        raise DecisionError(f"unknown kind {kind!r} (one of {', '.join(Kind)})")
    names = entry.all_names()
    new_name = name.strip() or entry.name
    if not name_key(new_name):
        raise DecisionError("a name needs at least one letter")
    aliases = [other for other in names if name_key(other) != name_key(new_name)]
    entry_id = _own_id(entry)
    _write_entry(path, _table(entry_id, new_name, kind or str(entry.kind), aliases))
    return entry_id


def merge(path: Path, keep: Entry, other: Entry) -> str:
    """``keep`` takes every name of ``other``; the id of the merged entry."""
    if keep.id == other.id:
        raise DecisionError("an entry cannot be merged with itself")
    if other.source != "discovered":
        raise DecisionError(
            f"{other.name!r} is a curated entry: it can only take names, not give them away"
        )
    names = [name for name in [*keep.all_names(), *other.all_names()] if name != keep.name]
    entry_id = _own_id(keep)
    _write_entry(path, _table(entry_id, keep.name, str(keep.kind), names))
    return entry_id


def split(path: Path, entry: Entry, names: list[str], kind: str = "") -> tuple[str, str]:
    """``names`` leave ``entry`` and become one entry of their own; both ids."""
    if entry.source != "discovered" and not splittable(path, entry):
        raise DecisionError(
            f"{entry.name!r} is a curated entry: only entries found in the documents, or made"
            " yours by a decision (and not edited by hand since), can be split"
        )
    leaving = {name_key(name) for name in names}
    staying = [name for name in entry.all_names() if name_key(name) not in leaving]
    moving = [name for name in entry.all_names() if name_key(name) in leaving]
    if not staying or not moving:
        raise DecisionError("a split needs names on both sides, all of them names of the entry")
    if kind and kind not in Kind._value2member_map_:
        raise DecisionError(f"unknown kind {kind!r} (one of {', '.join(Kind)})")
    kept_id = _own_id(entry)
    _write_entry(path, _table(kept_id, staying[0], str(entry.kind), staying[1:]))
    new_id = f"{ACCEPTED_PREFIX}{slug(moving[0]) or 'entry'}"
    _write_entry(path, _table(new_id, moving[0], kind or str(entry.kind), moving[1:]))
    return kept_id, new_id


def splittable(path: Path, entry: Entry) -> bool:
    """Whether ``entry`` is one a decision made the reader's own and its table in the file at
    ``path`` can still be rewritten (plain fields, no comments): only then do names leave it
    (an appended table could only add names)."""
    if entry.source == "discovered":
        return True
    if not entry.id.startswith(ACCEPTED_PREFIX):
        return False
    text = file_state(path) or ""
    return _own_table(text, entry.id) is not None


def reject(path: Path, name: str) -> None:
    """Never propose ``name`` again."""
    if not name_key(name):
        raise DecisionError("a name needs at least one letter")
    _append(path, "rejected", {"name": name})


def reject_entry(path: Path, entry: Entry) -> list[str]:
    """Never propose any name of the discovered ``entry`` again; the names rejected."""
    if entry.source != "discovered":
        raise DecisionError(
            f"{entry.name!r} is a curated entry: only entries found in the documents can be "
            "rejected"
        )
    names = entry.all_names()
    for name in names:
        reject(path, name)
    return names


def file_state(path: Path) -> str | None:
    """The file's text now (``None`` when it does not exist): what an undo goes back to."""
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None


def undo(path: Path, before: str | None, after: str | None) -> None:
    """Put the file back to ``before``, if it still reads ``after`` (nothing else changed it).

    Raises:
        DecisionError: the file was changed since (by hand or by another decision).
    """
    try:
        now = file_state(path)
    except (OSError, UnicodeDecodeError) as error:
        raise DecisionError(f"cannot read {path} ({error})") from None
    if now != after:
        raise DecisionError(f"{path} changed since that decision; undo it by editing the file")
    try:
        if before is None:
            path.unlink(missing_ok=True)
        else:
            write_atomic(path, before)
    except OSError as error:
        raise DecisionError(f"cannot write {path} ({error})") from None


def _own_id(entry: Entry) -> str:
    if entry.source != "discovered":
        return entry.id
    return f"{ACCEPTED_PREFIX}{entry.id.split('-', 1)[1]}"


def _table(entry_id: str, name: str, kind: str, aliases: list[str]) -> dict[str, object]:
    table: dict[str, object] = {"id": entry_id, "name": name, "kind": kind}
    unique = list(dict.fromkeys(alias for alias in aliases if alias != name))
    if unique:
        table["aliases"] = unique
    return table


_DECIDED = ("id", "name", "kind", "aliases")
"""The fields of an entry's table a decision writes; the reader's others are kept."""
_HEADER = re.compile(r"^[ \t]*\[", re.MULTILINE)
"""The start of a line that opens a TOML table (``[[entry]]``, ``[[rejected]]``, ``[x]``)."""
_BARE_KEY = re.compile(r"[A-Za-z0-9_-]+")
"""A TOML key written without quotes; ``_render`` writes keys so, so only these come back."""


def _write_entry(path: Path, table: dict[str, object]) -> None:
    """Write an ``[[entry]]`` table: over the last table of the same id when that one holds
    only plain fields (strings and lists of strings, no comments), else appended."""
    text = file_state(path) or ""
    own = _own_table(text, str(table["id"]))
    if own is not None:
        start, end, fields = own
        kept = {key: value for key, value in fields.items() if key not in _DECIDED}
        rewritten = _render("entry", {**table, **kept}).lstrip("\n")
        new_text = text[:start] + rewritten + _rest(text[end:])
        if _reads_as(new_text, rewritten, {**table, **kept}):
            write_atomic(path, new_text)
            return
    _append(path, "entry", table)


def _own_table(text: str, entry_id: str) -> tuple[int, int, dict[str, object]] | None:
    """The last ``[[entry]]`` table of ``entry_id`` in ``text`` (start, end, its fields) when
    it holds only plain fields (strings and lists of strings, bare keys, no comments), so a
    decision may rewrite it; None when there is none or it is the reader's own writing."""
    for start, end in reversed(_table_spans(text)):
        block = text[start:end]
        try:
            found = tomllib.loads(block).get("entry")
        except tomllib.TOMLDecodeError:
            continue
        if not (isinstance(found, list) and len(found) == 1 and found[0].get("id") == entry_id):
            continue
        if "#" in block or not all(
            _BARE_KEY.fullmatch(key) and _plain(value) for key, value in found[0].items()
        ):
            return None  # the reader's own writing: leave it, patch it
        return start, end, found[0]
    return None


def _reads_as(text: str, rewritten: str, table: dict[str, object]) -> bool:
    """Whether the whole new file parses and the rewritten table reads back as ``table``:
    the last guard before a rewrite, so it can never break the reader's file."""
    try:
        tomllib.loads(text)
        return bool(tomllib.loads(rewritten).get("entry") == [table])
    except tomllib.TOMLDecodeError:
        return False


def _table_spans(text: str) -> list[tuple[int, int]]:
    """Where each table of ``text`` stands: from its header to the next one."""
    starts = [match.start() for match in _HEADER.finditer(text)]
    return list(zip(starts, [*starts[1:], len(text)], strict=False))


def _rest(after: str) -> str:
    """What follows a rewritten table, one blank line away from it."""
    return "\n" + after.lstrip("\n") if after.strip() else ""


def _plain(value: object) -> bool:
    return isinstance(value, str) or (
        isinstance(value, list) and all(isinstance(item, str) for item in value)
    )


def _render(header: str, table: dict[str, object]) -> str:
    """One ``[[header]]`` table as TOML text, after a blank line."""
    lines = [f"\n[[{header}]]"]
    for key, value in table.items():
        lines.append(f"{key} = {_toml_value(value)}")
    return "\n".join(lines) + "\n"


def _append(path: Path, header: str, table: dict[str, object]) -> None:
    """Append one ``[[header]]`` table, creating the file (and its folder) if needed."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("a", encoding="utf-8") as file:
        file.write(_render(header, table))


def _toml_value(value: object) -> str:
    """A string or a list of strings in TOML (JSON's string escapes are TOML's too)."""
    if isinstance(value, list):
        return "[" + ", ".join(_toml_value(item) for item in value) + "]"
    return json.dumps(str(value), ensure_ascii=False)
