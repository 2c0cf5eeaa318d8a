"""The glossary catalogue: entries, loading, validation and the merge of the user's own file.

The bundled catalogue is data (``glossary/data/entities.toml``); a user file in the same format
adds entries or extends bundled ones. Problems never raise: they become ``Glossary.warnings``
naming file and line, and whatever could be loaded keeps working.
"""

from __future__ import annotations

import hashlib
import json
import re
import tomllib
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from datetime import date
from enum import StrEnum
from functools import cached_property
from pathlib import Path
from typing import Any

from documents.sanitize import clean_field
from glossary.folding import name_key
from glossary.mentions import MATCHER_VERSION, Matcher
from glossary.timex_values import interval

BUNDLED_PATH = Path(__file__).parent / "data" / "entities.toml"
"""The catalogue shipped with the package."""

_ID = re.compile(r"[a-z0-9][a-z0-9-]*")
_WIKIDATA = re.compile(r"Q[1-9][0-9]*")
_DAY = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")
_TOML_LINE = re.compile(r"\s*\(at line (\d+), column \d+\)")
_LIST_FIELDS = ("aliases", "dates", "related")
_FIELDS = {"id", "name", "name_en", "kind", "description", "wikidata", *_LIST_FIELDS}


class Kind(StrEnum):
    """What sort of thing an entry is; the panel groups by it."""

    PERSON = "person"
    STATE = "state"
    ORGANISATION = "organisation"
    ALLIANCE = "alliance"
    MILITARY_UNIT = "military unit"
    EXERCISE = "exercise"
    EVENT = "event"
    AGREEMENT = "agreement"
    PLACE = "place"
    PROGRAMME = "programme"
    WEAPON = "weapon"
    VESSEL = "vessel"
    """A ship, aircraft or spacecraft known by its own name (Pamir, Titanic, Apollo 13)."""
    CONCEPT = "concept"


COARSE_KINDS = {
    Kind.STATE: "place",
    Kind.ALLIANCE: "organisation",
    Kind.MILITARY_UNIT: "organisation",
    Kind.EXERCISE: "event",
    Kind.AGREEMENT: "event",
    Kind.PROGRAMME: "event",
}
"""The catalogue's finer kinds as one of the four that discovery gives (person, place,
organisation, event); weapons, vessels and concepts stay what they are."""


def coarse_kind(kind: Kind) -> str:
    """``kind`` as person, place, organisation or event where it is one of those."""
    return COARSE_KINDS.get(kind, str(kind))


@dataclass(frozen=True, slots=True)
class Alias:
    """Another name of an entry, with the matching rules it needs."""

    name: str
    exact: bool = False
    """Match only with this capitalisation (e.g. ``Open Skies``, not "open skies")."""
    common: bool = False
    """Also an ordinary word: a mention only in documents that name the entry (or a related
    entry) unambiguously elsewhere."""


@dataclass(frozen=True, slots=True)
class KeyDate:
    """A normalised date (``2021``, ``2021-09``, ``2021-09-10`` or an interval ``a/b``)."""

    value: str
    label: str


@dataclass(frozen=True)
class Entry:
    """One entity of the catalogue."""

    id: str
    name: str
    """The German name."""
    name_en: str
    kind: Kind
    aliases: tuple[Alias, ...]
    description: str
    """German, one to three sentences of facts."""
    dates: tuple[KeyDate, ...] = ()
    related: tuple[str, ...] = ()
    """Ids of related entries."""
    wikidata: str = ""
    """A Wikidata Q-id, or empty when not known for certain."""
    source: str = "curated"
    """``curated`` (bundled or the user's file) or ``discovered`` (found in the documents)."""
    detail: str = ""
    """A finer type than ``kind`` where known (``country``, ``city``, ``Offensive``)."""
    titles: tuple[str, ...] = ()
    """Titles and roles the documents give the entity (``General``, ``Zar``)."""

    def all_names(self) -> list[str]:
        """The name, the English name and every alias, each once."""
        names = [self.name, self.name_en, *(alias.name for alias in self.aliases)]
        return list(dict.fromkeys(name for name in names if name))

    def name_aliases(self) -> list[Alias]:
        """Every name as an ``Alias``; flags given in ``aliases`` apply to the names too."""
        flagged = {alias.name: alias for alias in self.aliases}
        return [flagged.get(name, Alias(name)) for name in self.all_names()]


def date_range(value: str) -> tuple[date, date]:
    """The first and last day a normalised date value covers.

    Raises:
        ValueError: the value is not ``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD`` or ``a/b`` of these.
    """
    first, _, last = value.partition("/")
    start = _day_bounds(first)[0]
    end = _day_bounds(last or first)[1]
    if end < start:
        raise ValueError(f"interval {value!r} ends before it starts")
    return start, end


def _day_bounds(value: str) -> tuple[date, date]:
    """The days of one ISO date; the TIMEX3 forms ``interval`` also reads are refused."""
    bounds = interval(value) if _DAY.fullmatch(value) else None
    if bounds is None:
        raise ValueError(f"{value!r} is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)")
    return bounds


class EntryError(ValueError):
    """An entry in a catalogue file is malformed."""


@dataclass
class Glossary:
    """The merged catalogue and the queries the reader, search and command line need."""

    entries: dict[str, Entry]
    """Entries by id, bundled ones in catalogue order, then the user's new ones."""
    warnings: list[str] = field(default_factory=list)
    """Problems found while loading, each naming its file and line."""
    rejected: list[str] = field(default_factory=list)
    """Names the reader rejected (``[[rejected]]`` in their file): never proposed again."""

    @cached_property
    def fingerprint(self) -> str:
        """Changes whenever an entry or the matching rules change; part of cache keys."""
        payload = json.dumps(
            [MATCHER_VERSION, [asdict(entry) for entry in self.entries.values()]],
            sort_keys=True,
            ensure_ascii=False,
        )
        return hashlib.sha256(payload.encode()).hexdigest()[:16]

    @cached_property
    def matcher(self) -> Matcher:
        """The compiled mention finder (built on first use: it compiles one large regex)."""
        return Matcher(self.entries.values())

    def get(self, entry_id: str) -> Entry | None:
        """The entry with this id, if any."""
        return self.entries.get(entry_id)

    def broad_entities(self) -> frozenset[str]:
        """Ids of the countries among the entries (a state of the catalogue, or a place whose
        finer type is ``country``): many texts on unrelated things name them, so a cross-link
        resting on them alone is weak (:class:`glossary.links.LinkIndex`)."""
        return frozenset(
            entry.id
            for entry in self.entries.values()
            if entry.kind == Kind.STATE or entry.detail == "country"
        )

    def lookup(self, term: str) -> list[Entry]:
        """Entries named by ``term`` (any case, inflected), then those with a name in which a
        word begins with it, then those whose names or ids contain it anywhere: "Grant" lists
        "Ulysses S. Grant" before "Migrantenkrise", "krieg" still finds "Milchkrieg"."""
        term = term.strip()
        key = name_key(term)
        if not key:
            return []
        found = dict.fromkeys(self._named_by(term))
        inside = []
        for entry in self.entries.values():
            names = [f" {name_key(name)}" for name in entry.all_names()]
            if any(f" {key}" in name for name in names):
                found.setdefault(entry.id)
            elif key in entry.id or any(key in name for name in names):
                inside.append(entry.id)
        found.update(dict.fromkeys(inside))
        return [self.entries[entry_id] for entry_id in found]

    def other_names(self, word: str) -> list[str]:
        """If ``word`` names an entry, that entry's other names (for search alias expansion)."""
        key = name_key(word)
        names: dict[str, None] = {}
        for entry_id in self._named_by(word):
            for name in self.entries[entry_id].all_names():
                if name_key(name) != key:
                    names.setdefault(name.replace("\n", " "))
        return list(names)

    def named(self, term: str) -> list[Entry]:
        """The entries that have ``term`` as one of their whole names (any case, inflected)."""
        return [self.entries[entry_id] for entry_id in dict.fromkeys(self._named_by(term))]

    def is_name(self, word: str) -> bool:
        """Whether ``word`` (any case, inflected) is a name of an entry and not also an
        ordinary word (an alias marked ``common``): search then matches it as a name."""
        key = name_key(word)
        for entry_id in self._named_by(word):
            entry = self.entries[entry_id]
            common = [name_key(a.name) for a in entry.aliases if a.common]
            if not any(key.startswith(name) and len(key) - len(name) <= 2 for name in common):
                return True
        return False

    def is_title_of(self, title: str, name: str) -> bool:
        """Whether ``title`` (any case) is a title or role before ``name``, a whole name of an
        entry: one the documents give that entry (its card's titles) or one that stands
        before names in general (``Sir``, ``Präsident``, ``Außenminister``) when the entry is a
        person: before a place or a body (``Bürgermeister Hamburg``) the title is a word the
        user searches for. Not when the title belongs to the name itself (``Lady Gaga``).
        Search then looks for the name alone: a text names a person with a title in one
        sentence and without it in the next."""
        from glossary.name_words import is_title  # its word lists load Babel: not at start-up

        bare = title.strip().rstrip(".")
        key = name_key(bare)
        if not key or " " in key:
            return False
        general = is_title(bare[:1].upper() + bare[1:])
        if not general and key not in self._title_keys:
            return False  # asked about every word of a query: most are no title at all
        named = self._named_by(name)
        if not named or self._named_by(f"{bare} {name}"):
            return False
        return any(
            (general and self.entries[entry_id].kind is Kind.PERSON)
            or key in map(name_key, self.entries[entry_id].titles)
            for entry_id in named
        )

    @cached_property
    def _title_keys(self) -> frozenset[str]:
        """Every entry's titles and roles, as keys."""
        return frozenset(name_key(t) for entry in self.entries.values() for t in entry.titles)

    def _named_by(self, term: str) -> list[str]:
        """Ids of entries that have ``term`` as a whole name, allowing for inflection."""
        term = term.strip()
        return [
            mention.entry_id
            for mention in self.matcher.scan(term, strict=False)
            if mention.start == 0 and mention.end == len(term)
        ]


def load_glossary(user_file: Path | None) -> Glossary:
    """The bundled catalogue merged with ``user_file`` (which need not exist)."""
    warnings: list[str] = []
    bundled = _read_entries(BUNDLED_PATH, warnings)
    raws: dict[str, dict[str, Any]] = {}
    entries: dict[str, Entry] = {}
    for raw, where in bundled:
        if raw.get("id") in raws:
            warnings.append(f"{where}: duplicate id {raw['id']!r}; entry skipped")
            continue
        _add(raw, where, raws, entries, warnings)
    rejected: list[str] = []
    if user_file is not None and user_file.exists():
        for raw, where in _read_entries(user_file, warnings, rejected):
            raw_id = raw.get("id")
            base = raws.get(raw_id) if isinstance(raw_id, str) else None
            _add(_merge(base, raw) if base else raw, where, raws, entries, warnings)
    warnings.extend(soundness_problems(entries.values()))
    return Glossary(entries, warnings, rejected)


def _add(
    raw: dict[str, Any],
    where: str,
    raws: dict[str, dict[str, Any]],
    entries: dict[str, Entry],
    warnings: list[str],
) -> None:
    """Build and store one entry; a broken one is reported and the previous version kept."""
    try:
        entry = build_entry(raw)
    except EntryError as error:
        warnings.append(f"{where}: {error}; entry skipped")
        return
    raws[entry.id] = raw
    entries[entry.id] = entry


def _merge(base: dict[str, Any], patch: dict[str, Any]) -> dict[str, Any]:
    """A user entry on top of a bundled one: lists are extended, other fields replaced."""
    merged = dict(base)
    for key, value in patch.items():
        if key in _LIST_FIELDS and isinstance(value, list):
            old = base.get(key, [])
            merged[key] = [*old, *(item for item in value if item not in old)]
        else:
            merged[key] = value
    return merged


def _read_entries(
    path: Path, warnings: list[str], rejected: list[str] | None = None
) -> list[tuple[dict[str, Any], str]]:
    """The raw ``[[entry]]`` tables of a file, each with a ``file, line N`` location.

    A user's file may also hold ``[[rejected]]`` tables (``name = "..."``): their names are
    added to ``rejected`` when it is given.
    """
    try:
        source = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        warnings.append(f"{path}: cannot read the glossary file ({error})")
        return []
    try:
        data = tomllib.loads(source)
    except tomllib.TOMLDecodeError as error:
        message = str(error)
        line = _TOML_LINE.search(message)
        reason = _TOML_LINE.sub("", message)
        where = f"{path}, line {line.group(1)}" if line else str(path)
        warnings.append(f"{where}: invalid TOML ({reason}); none of its entries were loaded")
        return []
    tables = data.get("entry", [])
    allowed = {"entry"} if rejected is None else {"entry", "rejected"}
    if not isinstance(tables, list) or set(data) - allowed:
        expected = " and [[rejected]]" if rejected is not None else ""
        warnings.append(f"{path}: expected only [[entry]]{expected} tables; file ignored")
        return []
    if rejected is not None:
        for table in data.get("rejected", []):
            name = table.get("name") if isinstance(table, dict) else None
            if isinstance(name, str) and name.strip():
                rejected.append(name)
            else:
                warnings.append(f'{path}: a [[rejected]] table needs name = "..."; ignored')
    lines = [number for number, text in enumerate(source.splitlines(), 1) if _is_header(text)]
    located = []
    for index, raw in enumerate(tables):
        number = lines[index] if index < len(lines) else None
        located.append((raw, f"{path}, line {number}" if number else str(path)))
    return located


def _is_header(line: str) -> bool:
    return line.strip().replace(" ", "").startswith("[[entry]]")


def build_entry(raw: dict[str, Any]) -> Entry:
    """One validated entry from its TOML table.

    Raises:
        EntryError: a field is missing, unknown or malformed.
    """
    unknown = set(raw) - _FIELDS
    if unknown:
        raise EntryError(f"unknown field(s) {', '.join(sorted(unknown))}")
    entry_id = _text(raw, "id", required=True)
    if not _ID.fullmatch(entry_id):
        raise EntryError(f"id {entry_id!r} must be lower-case letters, digits and hyphens")
    kind = _text(raw, "kind", required=True)
    if kind not in Kind._value2member_map_:
        raise EntryError(f"{entry_id}: unknown kind {kind!r} (one of {', '.join(Kind)})")
    wikidata = _text(raw, "wikidata")
    if wikidata and not _WIKIDATA.fullmatch(wikidata):
        raise EntryError(f"{entry_id}: wikidata {wikidata!r} is not a Q-id")
    return Entry(
        id=entry_id,
        name=_text(raw, "name", required=True),
        name_en=_text(raw, "name_en"),
        kind=Kind(kind),
        aliases=tuple(_alias(entry_id, item) for item in _list(raw, "aliases")),
        description=_text(raw, "description").strip(),
        dates=tuple(_key_date(entry_id, item) for item in _list(raw, "dates")),
        related=tuple(_related(entry_id, item) for item in _list(raw, "related")),
        wikidata=wikidata,
    )


def _text(raw: dict[str, Any], key: str, *, required: bool = False) -> str:
    value = raw.get(key, "")
    if not isinstance(value, str):
        raise EntryError(f"{key} must be a string")
    if required and not value.strip():
        raise EntryError(f"{key} is missing")
    return clean_field(value, multiline=key == "description")  # a user's file: data only


def _list(raw: dict[str, Any], key: str) -> list[Any]:
    value = raw.get(key, [])
    if not isinstance(value, list):
        raise EntryError(f"{key} must be a list")
    return value


def _alias(entry_id: str, item: Any) -> Alias:
    if isinstance(item, str):
        item = {"name": item}
    if not isinstance(item, dict) or not isinstance(item.get("name"), str):
        raise EntryError(f"{entry_id}: an alias must be a string or {{ name = ..., exact = ... }}")
    if set(item) - {"name", "exact", "common"}:
        raise EntryError(f"{entry_id}: alias {item['name']!r} has unknown keys")
    if not name_key(item["name"]) or any(ord(char) < 32 for char in item["name"]):
        raise EntryError(f"{entry_id}: alias {item['name']!r} is empty or has control characters")
    flags = {key: item.get(key, False) for key in ("exact", "common")}
    if not all(isinstance(flag, bool) for flag in flags.values()):
        raise EntryError(f"{entry_id}: alias flags must be true or false")
    return Alias(item["name"], **flags)


def _key_date(entry_id: str, item: Any) -> KeyDate:
    if not isinstance(item, dict) or not isinstance(item.get("value"), str):
        raise EntryError(f'{entry_id}: a date must be {{ value = "2021-09", label = "..." }}')
    try:
        date_range(item["value"])
    except ValueError as error:
        raise EntryError(f"{entry_id}: {error}") from None
    return KeyDate(item["value"], clean_field(str(item.get("label", ""))))


def _related(entry_id: str, item: Any) -> str:
    if not isinstance(item, str):
        raise EntryError(f"{entry_id}: related ids must be strings")
    return item


def soundness_problems(entries: Iterable[Entry]) -> list[str]:
    """Cross-entry problems: names claimed by two entries, related ids that do not exist."""
    entries = list(entries)
    ids = {entry.id for entry in entries}
    owners: dict[str, str] = {}
    problems = []
    for entry in entries:
        for name in entry.all_names():
            owner = owners.setdefault(name_key(name), entry.id)
            if owner != entry.id:
                problems.append(f"name {name!r} of {entry.id!r} is already a name of {owner!r}")
        problems.extend(
            f"{entry.id!r} is related to unknown entry {related!r}"
            for related in entry.related
            if related not in ids or related == entry.id
        )
    return problems
