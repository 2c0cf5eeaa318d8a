"""Glossary entries for the names found in the library's documents, cached per document.

Each document is read once per content hash (and version of the rules and of the curated
catalogue): its names with their clues go into a small JSON file. Grouping across the
library is cheap and runs every time, so a new document can join names found in another.
Names that the curated catalogue already covers are blanked out before reading, so the
catalogue always wins; names the reader rejected are never proposed again.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from documents.atomic import write_cache_json
from glossary import grouping
from glossary.blanking import blank_spans
from glossary.discovery import NameInfo, body_words, discover, land_of_a_nation
from glossary.entities import Alias, Entry, Glossary, Kind, coarse_kind
from glossary.first_names import is_listed_first_name
from glossary.folding import name_key, slug
from glossary.frequencies import zipf
from glossary.grouping import Group, group_names, translit_key
from glossary.grouping.group import PART_MARK
from glossary.headwords import nominative
from glossary.name_words import POSITION_PREFIXES, compound_head_kind, head_kind, is_name_prefix
from glossary.tagger import language_of, proper_noun_evidence

if TYPE_CHECKING:
    from documents.model import Document
    from glossary.mentions import Mention

DISCOVERY_VERSION = 321
"""Bump when the rules change: cached readings become stale."""

ID_PREFIX = "found-"
"""Ids of discovered entries start with this, so they never clash with curated ones."""

_MEMO: dict[str, dict[str, NameInfo]] = {}
"""Readings of this process (every app and test shares the seeds' readings)."""
_MEMO_SIZE = 256


@dataclass(frozen=True, slots=True)
class Source:
    """One document as discovery needs it."""

    id: str
    text: str
    language: str


PART_CHARS = 2_000_000
"""The most text discovery reads at once. Its structures take about 30 bytes a character
(every word with its offsets), so a longer document is read in parts that end at a paragraph
break, each cached on its own and grouped with the others as the library's documents are:
names then meet across parts, but the evidence for a word (how often it stands alone, after
an article) is counted per part."""


def sources(documents: Iterable[Document]) -> Iterator[Source]:
    """The documents' ids, texts and languages; a long text in parts (see ``PART_CHARS``),
    each cut when it is reached, so only one part's copy is held at a time."""
    for doc in documents:
        language = doc.meta.language or "de"
        text = _prose(doc)
        if len(text) <= PART_CHARS:
            yield Source(doc.id, text, language)
            continue
        for number, (start, end) in enumerate(_parts(text), 1):
            yield Source(f"{doc.id}{PART_MARK}{number}", text[start:end], language)


def _prose(doc: Document) -> str:
    """The text with notes, code and front matter blanked, offsets kept: a footnote's source,
    a program's identifiers or a licence line ("CC0") are not what the text is about."""
    apart = doc.apart_spans()
    return blank_spans(doc.text, ((s.start, s.end) for s in apart)) if apart else doc.text


def _parts(text: str) -> Iterator[tuple[int, int]]:
    """Spans of at most ``PART_CHARS`` characters, cut after the last paragraph break (or
    line break, or space) before the limit; anywhere only when a part has none of them."""
    start = 0
    while len(text) - start > PART_CHARS:
        end = limit = start + PART_CHARS
        for mark in ("\n\n", "\n", " "):
            cut = text.rfind(mark, start + 1, limit)
            if cut > start:
                end = cut + len(mark)
                break
        yield start, end
        start = end
    yield start, len(text)


def masked(glossary: Glossary, text: str, language: str) -> str:
    """``text`` with every curated mention blanked out (offsets kept): the catalogue wins.
    A mention that is part of a longer name stays (``United Nations`` in ``United Nations
    Emergency Force``): discovery reads the longer name, and drops the catalogue's."""
    mentions = [
        mention
        for mention in glossary.matcher.scan(text)
        if not _inside_longer_name(text, mention.start, mention.end, language)
        and not _surname_after_given_name(glossary, mention, text)
    ]
    named = {m.entry_id for m in mentions if not _common_spelling(glossary, m)}
    spans = [
        (mention.start, mention.end)
        for mention in mentions
        if mention.entry_id in named or _related_to(glossary, mention.entry_id, named)
    ]
    return blank_spans(text, spans)


def _common_spelling(glossary: Glossary, mention: Mention) -> bool:
    """Whether a mention is written as an alias that is an ordinary word too (``Washington``),
    which the catalogue claims only where the text names the entry or a related one by
    another name."""
    key = name_key(mention.text)
    return any(
        alias.common and key in (name_key(alias.name), name_key(alias.name) + "s")
        for alias in glossary.entries[mention.entry_id].name_aliases()
    )


def _related_to(glossary: Glossary, entry_id: str, named: set[str]) -> bool:
    """Whether a named entry is related to ``entry_id``, either way round. The names that
    count are those left standing: a catalogue name inside a longer one (``United States``
    in ``United States Army Signal Corps``) is read by discovery as part of that name, so it
    no longer lets ``Washington`` be the catalogue's, and the city is discovered instead of
    being blanked with no entry to mention it."""
    related = set(glossary.entries[entry_id].related)
    return bool(related & named) or any(entry_id in glossary.entries[n].related for n in named)


_WORD_BEFORE = re.compile(r"(?<!\w)([A-ZÄÖÜ]\w+) $")
"""The capitalised word right before a mention or a word, one space apart (``Richard`` of
``Richard Wagner``; ``Mike`` before ``Pompeo``): a given name there makes what follows a
surname."""


def _surname_after_given_name(glossary: Glossary, mention: Mention, text: str) -> bool:
    """A curated one-word name of a body or a place right after a given name: a person's
    surname that is spelt alike (``Richard Wagner`` beside the catalogue's ``Wagner``, the
    mercenary group), which discovery reads whole. The catalogue's own people keep their
    mentions (``John Bolton``, ``Wladimir Putin`` spelt otherwise). A given name that follows
    another is a full name's surname already (``Mike Pompeo Belarus``: *Pompeo* is an Italian
    given name too), and the place after it is no part of the name."""
    if " " in mention.text or coarse_kind(glossary.entries[mention.entry_id].kind) == "person":
        return False
    before = _WORD_BEFORE.search(text, max(0, mention.start - 40), mention.start)
    if before is None or not is_listed_first_name(before.group(1)):
        return False
    earlier = _WORD_BEFORE.search(text, max(0, before.start() - 40), before.start())
    return earlier is None or not is_listed_first_name(earlier.group(1))


_ABBREVIATION_AFTER = re.compile(r" \([A-ZÄÖÜ][A-ZÄÖÜa-z]*[A-ZÄÖÜ]\)")
_LINK_BEFORE = re.compile(r"(?<!\w)(?:in|für|und|zu|of|for|and)\s$")
"""A word that links a name's last part to the rest, not an article (``die Vereinten
Nationen (UN)`` is the catalogue's name whole)."""
_GLUED_AFTER = re.compile(r" ([A-ZÄÖÜ]\w*)")
_HEAD_OF_BEFORE = re.compile(r"([A-Z]\w*) of (?:the )?$")
_BODY_OF_BEFORE = re.compile(r"(?<!\w)([A-Z]\w*) (?:[A-Z]\w* )*([A-Z]\w*) of (?:the )?$")
"""Two capitalised words or more and ``of`` before a mention: a body's name, when a common
noun ends them (``Geological Survey of India``)."""
_HEAD_FOR_BEFORE = re.compile(r"([A-ZÄÖÜ]\w*) (?:für|zu) $")
"""A German head noun and a link before a mention (``Allianz für Deutschland``, ``Universität
zu Köln``): the mention may end a longer name, which discovery reads. Not ``von``: a head
noun, ``von`` and a name is the plain paraphrase of a genitive (``das Gebiet von Belarus``,
``der Aufstand von Prigoschin``), almost never a name."""
_FIELD_IN_BEFORE = re.compile(r"([A-Z]\w*) for (?:the )?[A-Z][\w-]*(?: and [A-Z][\w-]*)? in $")
"""An English head noun, ``for`` and its field, then ``in`` before a mention of a land: the
land ends the body's name (``Organization for Security and Co-operation in Europe``)."""
_GLUED_BEFORE = re.compile(r"([A-ZÄÖÜ][\w.]*) $")
ENGLISH_MARGIN = 0.5
"""How much more frequent in English than in German a neighbour must be to count as part
of an English name inside a German text."""


def _inside_longer_name(text: str, start: int, end: int, language: str) -> bool:
    """A single space joins the mention to a capitalised word after it, or to one before
    it that does not start the sentence, or the mention ends, after a linking word, a long
    form that an abbreviation in brackets follows. German capitalises every noun, so there the
    neighbour must be an English word (``United Nations Emergency Force``), or a head noun
    after a town's adjective (``Warschauer Pakt``). In English a capitalised head noun
    linked to the mention by ``of`` makes a longer name."""
    if _hyphenated_name(text, start, end, language):
        return True
    if _ABBREVIATION_AFTER.match(text, end) and _LINK_BEFORE.search(text, max(0, start - 6), start):
        return True  # the end of a long form: "Organisation für ... in Europa (OSZE)"
    neighbours: list[str] = []
    after = _GLUED_AFTER.match(text, end)
    if after is not None:
        neighbours.append(after.group(1))
    before = _GLUED_BEFORE.search(text, max(0, start - 40), start)
    if before is not None and before.start() > 0 and text[before.start() - 1] in " \n":
        prefix = is_name_prefix(before.group(1))  # "Hurricane Frances"
        if prefix or text[: before.start()].rstrip()[-1:] not in ".!?:":
            neighbours.append(before.group(1))
    head_of = _HEAD_OF_BEFORE.search(text, max(0, start - 40), start)
    if language == "en" and head_of is not None and head_kind(head_of.group(1)):
        return True  # "Communist Party of China"
    body_of = _BODY_OF_BEFORE.search(text, max(0, start - 60), start)
    if language == "en" and body_of is not None and body_words(*body_of.groups()):
        return True  # "Geological Survey of India"
    field_in = _FIELD_IN_BEFORE.search(text, max(0, start - 80), start)
    if language == "en" and field_in is not None and head_kind(field_in.group(1)):
        return True  # "Organization for Security and Co-operation in Europe"
    if language == "en":
        return bool(neighbours)
    head_for = _HEAD_FOR_BEFORE.search(text, max(0, start - 40), start)
    if head_for is not None and compound_head_kind(head_for.group(1)):
        return True  # "Allianz für Deutschland"
    if after is not None and text[start:end].endswith("er") and head_kind(after.group(1)):
        return True  # a town's adjective before a head noun: "Warschauer Pakt"
    return any(
        zipf(word.lower(), "en") - zipf(word.lower(), "de") >= ENGLISH_MARGIN for word in neighbours
    )


_HYPHEN_AFTER = re.compile(r"[-‐‑]([A-ZÄÖÜ]\w+)")
_HYPHEN_BEFORE = re.compile(r"(?<!\w)(\w+)[-‐‑]$")


def _hyphenated_name(text: str, start: int, end: int, language: str) -> bool:
    """A name joined by a hyphen to another name (``Österreich-Ungarn``, ``Austria-Hungary``)
    or after a word of position (``Ost-Berlin``): one longer name, a part of a land or of
    two lands."""
    after = _HYPHEN_AFTER.match(text, end)
    if after is not None and proper_noun_evidence(after.group(1), language) > 0:
        return True
    before = _HYPHEN_BEFORE.search(text, max(0, start - 40), start)
    if before is None or not before.group(1)[:1].isupper():
        return False
    word = before.group(1)
    if word in POSITION_PREFIXES or land_of_a_nation([word, text[start:end]]):
        return True  # "Ost-Berlin", "Britisch-Indien"
    return proper_noun_evidence(word, language) > 0


class DiscoveryCache:
    """Per-document readings as JSON files keyed by content hash, language and catalogue."""

    def __init__(self, cache_dir: Path | None) -> None:
        """Args:
        cache_dir: where the files go; ``None`` keeps nothing (tests, one-off runs).
        """
        self.cache_dir = cache_dir
        self.keys: dict[str, str] = {}
        """Per source id, the key of the reading ``names`` gave for it."""

    def names(
        self, glossary: Glossary, source: Source, cancelled: Callable[[], bool] | None = None
    ) -> dict[str, NameInfo]:
        """The names of one document, from memory or the cache when its text is unchanged.

        Raises:
            DiscoveryCancelled: ``cancelled`` returned True while the document was read.
        """
        language = language_of(source.language)
        key = self._key(glossary, source.text, language)
        self.keys[source.id] = key
        path = self.cache_dir / f"names-{key}.json" if self.cache_dir is not None else None
        found = _MEMO.get(key) or (self._read(path) if path is not None else None)
        if found is None:
            found = discover(masked(glossary, source.text, language), language, cancelled)
        if path is not None and not path.exists():
            write_cache_json(path, {name: info.to_json() for name, info in found.items()})
        if len(_MEMO) >= _MEMO_SIZE:
            _MEMO.pop(next(iter(_MEMO)))
        _MEMO[key] = found
        return found

    def groups(
        self, found: dict[str, dict[str, NameInfo]], languages: dict[str, str]
    ) -> list[Group]:
        """The names of the sources ``names`` read, grouped (``group_names``), kept beside
        the readings while no source changes: grouping loads the place, given-name and word
        frequency lists, seconds in every process, which a command run on an unchanged
        library need not pay."""
        if self.cache_dir is None:
            return group_names(found, languages)
        sources = sorted((doc, self.keys[doc], languages[doc]) for doc in found)
        version = [DISCOVERY_VERSION, _grouping_source()]
        digest = hashlib.sha256(json.dumps([version, sources]).encode()).hexdigest()
        path = self.cache_dir / f"groups-{digest[:32]}.json"
        try:
            rows = json.loads(path.read_text(encoding="utf-8"))
            return [Group.from_json(row) for row in rows]
        except (OSError, ValueError, TypeError, KeyError, AttributeError):
            groups = group_names(found, languages)
        write_cache_json(path, [group.to_json() for group in groups])
        return groups

    def prune(self) -> None:
        """Delete what no run will read again: readings made under an older
        ``DISCOVERY_VERSION`` (their key names it) and all but the newest ``KEPT_GROUPINGS``
        groupings (each belongs to one state of the library). Without this the folder grew by
        every document's reading at every release, and by a grouping at every added text."""
        if self.cache_dir is None or not self.cache_dir.is_dir():
            return
        for path in self.cache_dir.glob("names-*.json"):
            version = path.name.split("-")[2]  # names-<digest>-<version>-<language>-<catalogue>
            if version.isdigit() and int(version) < DISCOVERY_VERSION:  # a newer checkout's stay
                path.unlink(missing_ok=True)
        groupings = sorted(self.cache_dir.glob("groups-*.json"), key=_modified, reverse=True)
        for path in groupings[KEPT_GROUPINGS:]:
            path.unlink(missing_ok=True)

    def _read(self, path: Path) -> dict[str, NameInfo] | None:
        """A cached reading, or ``None`` when missing or damaged (then read again)."""
        try:
            rows = json.loads(path.read_text(encoding="utf-8"))
            return {name: NameInfo.from_json(row) for name, row in rows.items()}
        except (OSError, ValueError, TypeError, KeyError):
            return None

    @staticmethod
    def _key(glossary: Glossary, text: str, language: str) -> str:
        digest = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:32]
        return f"{digest}-{DISCOVERY_VERSION}-{language}-{glossary.fingerprint}"


KEPT_GROUPINGS = 8
"""Groupings of the library kept in the cache: the current one and a few earlier states (a
document removed and added back finds its grouping again)."""


def _modified(path: Path) -> float:
    """When ``path`` was written; 0 for a file another process just deleted."""
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0


@cache
def _grouping_source() -> str:
    """A digest of the grouping modules' code: a change there regroups the library even
    where nobody raised ``DISCOVERY_VERSION``."""
    folder = Path(grouping.__file__).parent
    digest = hashlib.sha256()
    for module in sorted(folder.glob("*.py")):
        digest.update(module.read_bytes())
    return digest.hexdigest()[:16]


def discovered_entries(
    glossary: Glossary,
    documents: Iterable[Source],
    cache: DiscoveryCache,
    rejected: Iterable[str] = (),
    cancelled: Callable[[], bool] | None = None,
    *,
    catalogue: Glossary | None = None,
) -> list[Entry]:
    """Entries for the names found in ``documents`` that the glossary does not have yet; a
    curated entry that the texts name in another spelling comes back with those spellings.

    Args:
        glossary: the curated catalogue with the user's entries (they win).
        documents: the library's documents.
        cache: where each document's reading is kept.
        rejected: names the reader rejected; no entry is proposed under them.
        cancelled: polled while documents are read.
        catalogue: the entries blanked out of a text before it is read, whose fingerprint
            keys the cache (``glossary`` when not given). The bundled catalogue alone keeps
            the readings valid when the reader accepts, renames or merges an entry: their
            names are still found, then left out here as ``glossary`` has them.

    Raises:
        DiscoveryCancelled: ``cancelled`` returned True; nothing half-read is kept.
    """
    found: dict[str, dict[str, NameInfo]] = {}
    languages: dict[str, str] = {}
    for source in documents:
        found[source.id] = cache.names(catalogue or glossary, source, cancelled)
        languages[source.id] = source.language
    refused = {name_key(name) for name in rejected}
    known = {
        name_key(alias.name)
        for entry in glossary.entries.values()
        for alias in entry.name_aliases()
        if not alias.common  # "Washington": where the catalogue cannot claim it, a name found
    }
    entries: list[Entry] = []
    taken = set(glossary.entries)
    spelt = _curated_spellings(glossary)
    extra: dict[str, list[str]] = {}
    for group in cache.groups(found, languages):
        names = [name for name in group.names if name_key(name) not in refused | known]
        if not names:
            continue
        owners = {spelt.get(translit_key(name), "") for name in names} - {""}
        if len(owners) == 1:  # "Svetlana Tikhanovskaya" for "Swetlana Tichanowskaja"
            extra.setdefault(owners.pop(), []).extend(names)
            continue
        entries.append(_entry(group, names, taken))
    for entry_id, names in extra.items():
        curated = glossary.entries[entry_id]
        spellings = tuple(Alias(name, exact=True) for name in names)
        entries.append(replace(curated, aliases=(*curated.aliases, *spellings)))
    return entries


def _curated_spellings(glossary: Glossary) -> dict[str, str]:
    """The curated entries by the transliteration key of each of their names (not those
    that are ordinary words too), for the names a text spells otherwise; a key that two
    entries share names neither."""
    owners: dict[str, set[str]] = {}
    for entry in glossary.entries.values():
        if entry.source == "discovered":
            continue
        for alias in entry.name_aliases():
            if not alias.common:
                owners.setdefault(translit_key(alias.name), set()).add(entry.id)
    return {key: ids.pop() for key, ids in owners.items() if len(ids) == 1}


def _entry(group: Group, names: list[str], taken: set[str]) -> Entry:
    """One entry for a group; its names must be written as in the text (``exact``), and
    it is headed by the nominative (``Deutsche Bahn`` for ``bei der Deutschen Bahn``)."""
    headword = nominative(group.name if group.name in names else names[0])
    main = next((name for name in names if name_key(name) == name_key(headword)), headword)
    entry_id = _unique_id(main, taken)
    taken.add(entry_id)
    others = sorted((name for name in names if name != main), key=lambda n: -group.names[n])
    return Entry(
        id=entry_id,
        name=main,
        name_en="",
        kind=Kind(group.kind),
        aliases=tuple(Alias(name, exact=True) for name in [main, *others]),
        description="",
        source="discovered",
        detail=group.shown_detail,
        titles=tuple(title for title, _ in group.titles.most_common()),
    )


def _unique_id(name: str, taken: set[str]) -> str:
    short = slug(name)[:60].strip("-")
    if not short:
        short = hashlib.sha1(name.encode("utf-8")).hexdigest()[:10]
    entry_id = f"{ID_PREFIX}{short}"
    number = 2
    while entry_id in taken:
        entry_id = f"{ID_PREFIX}{short}-{number}"
        number += 1
    return entry_id


def with_discovered(glossary: Glossary, entries: Iterable[Entry]) -> Glossary:
    """The glossary plus discovered entries (curated ones first; they keep their names, and
    take the spellings of them that discovery found: ``discovered_entries``)."""
    merged = dict(glossary.entries)
    for entry in entries:
        if entry.source != "discovered" or entry.id not in merged:
            merged[entry.id] = entry
    return Glossary(merged, list(glossary.warnings))


def other_names(entry: Entry) -> list[str]:
    """An entry's names besides its main one, as the command line lists them."""
    return [alias.name for alias in entry.aliases if alias.name != entry.name]
