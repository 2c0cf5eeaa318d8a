"""The mention finder: every name of every entry in a text, with offsets into that text.

All names are compiled into one alternation shaped like a trie (in pieces), run over the folded
text (``folding.fold`` keeps offsets). The rules, in order:

- A name matches as whole words: not inside a longer word, but before a hyphen
  (``Sapad-2021``, ``Wagner-Söldner``: the mention covers the name part).
- Words of a multi-word name may be separated by any spaces, line breaks or hyphens; an
  inner word's adjective ending may vary (``Vereinte``/``Vereinten Nationen``).
- The last word may carry a German ending (-e, -em, -en, -er, -ern, -es, -s; -n and -ns only
  after e, l or r): ``Unionsstaats``, ``Lukaschenkas``, ``Minsker``, ``Unionsprogrammen``;
  inner words of four letters or more may vary in the same way (``Kriegs in der Ostukraine``).
  A name discovered in the texts is a proper name and takes only a proper name's endings
  (-s, -es, -er, -ern): the town ``Brück`` is not mentioned in ``Brücke``.
  Adjectives (``russisch``, ``belarussisch``) are not mentions; place adjectives in -er
  (``Minsker Führung``) are. Abbreviations (all capitals, or at most
  three letters) are case-sensitive and take only a genitive ``s``: "EU" never matches
  "Eu", "EUR" or "Europa".
- An alias marked ``exact`` must have its exact capitalisation; one marked ``common`` (it is
  also an ordinary word) counts only in texts that also name its entry, or a related entry,
  by another name ("one sense per discourse").
- At each position the longest name wins; a name of another entry inside it counts too
  (``Unionsstaats`` in ``Militärdoktrin des Unionsstaats``), so mentions may nest; but not
  a middle name (``Washington`` in ``George Washington Goethals`` is no mention of the city),
  unless it follows a word of origin (``Friedrich von Aragon der Ältere``).
"""

from __future__ import annotations

import hashlib
import json
import operator
import re
import sys
from array import array
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Protocol

from documents.atomic import write_atomic_parts
from documents.columns import Columns
from glossary.folding import SEPARATOR, fold

MATCHER_VERSION = 6
"""Bump when the matching rules change: cached mentions become stale."""

_SUFFIX = r"(?:e|em|en|er|ern|es|s|(?<=[elr])ns?)"
"""German endings of a name; a bare -n only after e/l/r (``Unionsprogrammen``, not "Russian")."""
_PROPER_SUFFIX = r"(?:er|ern|es|s|(?<=[elr])ns?)"
"""The endings a proper name takes: the genitive (``Dundees``, ``des Emslandes``) and the
place adjective (``Papenburger``). The -e, -em and -en of a common noun's dative and plural
make another word of it (the town ``Brück`` is no part of ``Brücke``, ``Brücken``)."""
_SEP_TOKEN = "\x01"
_INFL_TOKEN = "\x02"
_TOKEN_RE = {_SEP_TOKEN: SEPARATOR.pattern, _INFL_TOKEN: r"(?:e|em|en|er|es|n|s)?"}
_INNER_ENDINGS = ("en", "er", "es", "em", "e")
_EDGES = re.compile(r"^\W+|\W+$")
_WORD = re.compile(r"\w+")
_ORIGIN = frozenset({"von", "vom", "zu", "zur", "of", "de", "da", "di", "del", "della"})
"""Words before a place of origin in a person's name (``von der Pfalz``, ``of Aragon``,
``da Vinci``); an article may stand between (``der``, ``the``)."""
_ARTICLES = frozenset({"der", "den", "dem", "the"})
_STOPS = '.,;:!?()[]{}"„“”«»/|'
"""Characters that end a stretch of text scanned at once, unless a name contains one: no
match can run over them, so the stretches together give the mentions of the whole text."""
STRETCH = 1 << 18
"""Characters scanned at a time (the folded copy of the text is made per stretch: a 20 MB
text was folded whole, and every match of it held at once)."""
PIECE_CHARS = 1 << 17
"""Most characters of pattern compiled as one regular expression. Python's compiler holds
about 250 bytes a pattern character while it works (its parse tree and code list): the names
of a 20 MB text made a 1.6 MB pattern and a 400 MB peak. Cut into pieces, it holds one
piece's worth at a time, and what stays compiled is the same."""


class Alias(Protocol):
    """What matching needs of a name (``glossary.entities.Alias``, which imports this module)."""

    @property
    def name(self) -> str: ...
    @property
    def exact(self) -> bool: ...
    @property
    def common(self) -> bool: ...


class Entry(Protocol):
    """What matching needs of a glossary entry (``glossary.entities.Entry``)."""

    @property
    def id(self) -> str: ...
    @property
    def related(self) -> tuple[str, ...]: ...
    @property
    def kind(self) -> str: ...
    @property
    def source(self) -> str: ...
    def name_aliases(self) -> Sequence[Alias]: ...


class Glossary(Protocol):
    """What finding and caching mentions need of a glossary (``glossary.entities.Glossary``)."""

    @property
    def matcher(self) -> Matcher: ...
    @property
    def fingerprint(self) -> str: ...


@dataclass(frozen=True, slots=True)
class Mention:
    """A name of entry ``entry_id`` at ``text[start:end]`` (half-open)."""

    entry_id: str
    start: int
    end: int
    text: str


class MentionTable(Columns[Mention]):
    """The mentions of one text, sorted, as columns of numbers: a 20 MB text has hundreds of
    thousands, which as objects took tens of MB for as long as it was open. Each is made a
    :class:`Mention` when asked for; its text is the document's ``text[start:end]``."""

    def __init__(
        self,
        text: str,
        entries: Sequence[str] = (),
        numbers: array[int] | None = None,
        starts: array[int] | None = None,
        ends: array[int] | None = None,
    ) -> None:
        """Args:
        text: the text the offsets refer to (kept by reference, never copied).
        entries: the entry ids, each once; ``numbers`` index them.
        numbers, starts, ends: one value per mention, in the order of the mentions.
        """
        self.text = text
        self.entries = list(entries)
        self.numbers = numbers if numbers is not None else array("I")
        self.starts = starts if starts is not None else array("q")
        """Where each mention starts (sorted: searchable with ``bisect``)."""
        self.ends = ends if ends is not None else array("q")
        self._number_of = {entry: number for number, entry in enumerate(self.entries)}

    def append(self, mention: Mention) -> None:
        """Add ``mention`` at the end (mentions are added in order)."""
        number = self._number_of.get(mention.entry_id)
        if number is None:
            number = self._number_of[mention.entry_id] = len(self.entries)
            self.entries.append(mention.entry_id)
        self.numbers.append(number)
        self.starts.append(mention.start)
        self.ends.append(mention.end)

    def _item(self, index: int) -> Mention:
        start, end = self.starts[index], self.ends[index]
        return Mention(self.entries[self.numbers[index]], start, end, self.text[start:end])

    def counts(self) -> Counter[str]:
        """How often each entry is mentioned."""
        return Counter({self.entries[n]: count for n, count in Counter(self.numbers).items()})

    def of_entry(self, entry_id: str) -> list[Mention]:
        """The mentions of one entry, in order."""
        number = self._number_of.get(entry_id)
        if number is None:
            return []
        return [self[at] for at, value in enumerate(self.numbers) if value == number]


@dataclass(frozen=True, slots=True)
class _Spec:
    """One alias as the matcher sees it."""

    entry_id: str
    common: bool
    verify: str | None
    """Case-sensitive check of the original text, for exact aliases and abbreviations: a
    pattern compiled when a match needs it (:func:`_compiled`)."""


def is_abbreviation(name: str) -> bool:
    """All capitals (``OVKS``, ``BRICS``) or at most three letters (``EU``, ``Xi``)."""
    letters = [char for char in name if char.isalpha()]
    return len(letters) <= 3 or (name.isupper() and " " not in name.strip())


def _tokens(name: str) -> list[str]:
    """A name as trie tokens: characters, separators and the inner-word inflection slot."""
    # Quotes around a name are decoration; every name then starts with a word character,
    # which lets the regex start with \b (much faster to scan for than a look-behind).
    words = [word for word in SEPARATOR.split(_EDGES.sub("", name)) if word]
    tokens: list[str] = []
    for word in words[:-1]:
        ending = next((end for end in _INNER_ENDINGS if word.endswith(end)), "")
        if word.isalpha() and len(word) - len(ending) >= 4:
            tokens.extend([*word[: len(word) - len(ending)], _INFL_TOKEN])
        else:  # short function words ("der", "von") and numbers stay as they are
            tokens.extend(word)
        tokens.append(_SEP_TOKEN)
    tokens.extend(words[-1])
    return tokens


def _token_pattern(token: str) -> str:
    return _TOKEN_RE.get(token) or re.escape(token)


def _verifier(alias: Alias, proper: bool) -> str | None:
    """The case-sensitive pattern an exact alias or abbreviation must also match; with
    ``proper`` (a name discovered in the texts, not a curated term such as ``Stützpunkt``),
    only a proper name's endings."""
    abbreviation = is_abbreviation(alias.name)
    if not (alias.exact or abbreviation):
        return None
    body = "".join(_token_pattern(token) for token in _tokens(alias.name))
    if abbreviation:
        return body + "s?"
    return body + (_PROPER_SUFFIX if proper else _SUFFIX) + "?"


@dataclass(frozen=True, slots=True)
class _Piece:
    """One compiled part of the names' alternation: group ``n`` of a match ends the names
    whose specs are ``specs[n]``."""

    regex: re.Pattern[str]
    specs: list[list[_Spec]]


_Alternative = tuple[str, list[list[_Spec]]]
"""A branch of the names' alternation: its pattern and the specs of its empty groups, in order."""


@lru_cache(maxsize=1 << 14)
def _compiled(pattern: str) -> re.Pattern[str]:
    """A verifier compiled when first needed and kept while in use: a glossary with the names
    of a long text has tens of thousands (63,000 for a generated 20 MB text), and compiled
    all at once they took about 1 KB each, 65 MB; the same work, done at the first match."""
    return re.compile(pattern)


class Matcher:
    """All names of a set of entries, compiled once; finds mentions in any text."""

    def __init__(self, entries: Iterable[Entry]) -> None:
        """Gather all names with their specs and compile them.

        What the matcher keeps (each name's specs, the related entries) is made before what
        it needs only while it compiles (the patterns): made among them, it kept their memory
        from being given back for as long as the matcher lived (about 40 MB a 13,500 entries).
        The names are a sorted list rather than a trie of dictionaries, which took about
        200 MB for the 63,000 names of a 20 MB text.

        Args:
            entries: the glossary entries; where two claim one name, the first keeps it.
        """
        self._related: dict[str, set[str]] = {}
        self._people: set[str] = set()
        """Entries of people: the words inside their names are middle names."""
        ends: dict[str, list[_Spec]] = {}
        """The specs of each name, by its tokens (one character each) joined."""
        name_chars: set[str] = set()
        for entry in entries:
            self._related.setdefault(entry.id, set()).update({entry.id, *entry.related})
            if entry.kind == "person":
                self._people.add(entry.id)
            for other in entry.related:  # relatedness counts both ways
                self._related.setdefault(other, set()).add(entry.id)
            discovered = entry.source == "discovered"
            for alias in entry.name_aliases():
                spec = _Spec(entry.id, alias.common, _verifier(alias, discovered))
                folded = fold(alias.name)
                name_chars.update(alias.name, folded)
                ends.setdefault("".join(_tokens(folded)), []).append(spec)
        names = sorted(ends)
        alternatives = _alternatives(names, ends, 0, 0, len(names)) if names else [(r"(?!x)x", [])]
        self._pieces = [
            _Piece(re.compile(rf"\b(?:{'|'.join(body)}){_SUFFIX}?(?!\w)"), [[], *specs])
            for body, specs in _in_pieces(alternatives)
        ]
        """The alternation in order; at one position the first piece that matches wins, as
        the first alternative would in one expression."""
        stops = "".join(char for char in _STOPS if char not in name_chars)
        self._stop = re.compile(f"[{re.escape(stops)}]") if stops else None

    def scan(self, text: str, *, strict: bool = True) -> list[Mention]:
        """All mentions in ``text``, sorted and non-overlapping.

        Args:
            text: any text; offsets refer to it.
            strict: apply the case and ``common`` rules; ``False`` matches any capitalisation
                (for looking up a term a user typed).
        """
        if not strict:
            return [
                mention
                for start, stop in self.stretches(text)
                for mention, _ in self._scan_stretch(text, start, stop, strict, set())
            ]
        return list(self.scan_table(text))

    def scan_table(self, text: str, stretch: int = STRETCH) -> MentionTable:
        """:meth:`scan` (strict) of a long text, kept compact: the text is read a stretch at
        a time, twice. The first reading keeps only numbers a match, and tells which entries
        are named by more than an ordinary word (the ``common`` rule looks at the whole
        text); the second settles each stretch's mentions with that knowledge.
        """
        stretches = self.stretches(text, stretch)
        ids: dict[str, int] = {}
        numbers, starts, ends, commons = array("I"), array("q"), array("q"), array("B")
        for start, stop in stretches:
            for mention, common in self._scan_stretch(text, start, stop, True, set()):
                numbers.append(ids.setdefault(mention.entry_id, len(ids)))
                starts.append(mention.start)
                ends.append(mention.end)
                commons.append(common)
        entries = list(ids)
        named = {entries[n] for n, common in zip(numbers, commons, strict=True) if not common}
        unsure = {
            entries[n]
            for n, common in zip(numbers, commons, strict=True)
            if common and not self._related[entries[n]] & named
        }
        table = MentionTable(text)
        at = 0
        for start, stop in stretches:
            if at == len(starts) or starts[at] >= stop:
                continue  # no match here: nothing to settle, no second folded copy to make
            low = max(start - 1, 0)
            window, folded = text[low:stop], fold(text[low:stop])
            found = []
            while at < len(starts) and starts[at] < stop:
                begin, end = starts[at] - low, ends[at] - low
                entry = entries[numbers[at]]
                found.append((Mention(entry, begin, end, window[begin:end]), bool(commons[at])))
                at += 1
            for mention in self._settled(window, folded, found, unsure):
                begin, end = mention.start + low, mention.end + low
                table.append(Mention(mention.entry_id, begin, end, mention.text))
        return table

    def stretches(self, text: str, stretch: int = STRETCH) -> list[tuple[int, int]]:
        """``text`` cut into ``(start, stop)`` ranges of about ``stretch`` characters, each
        ending on a character no name can contain (so no match runs over a cut)."""
        cuts, start = [], 0
        while start < len(text):
            stop = len(text)
            if self._stop is not None and start + stretch < len(text):
                found = self._stop.search(text, start + stretch)
                stop = found.end() if found else len(text)
            cuts.append((start, stop))
            start = stop
        return cuts

    def _scan_stretch(
        self, text: str, start: int, stop: int, strict: bool, disabled: set[str]
    ) -> list[tuple[Mention, bool]]:
        """:meth:`_scan` of ``text[start:stop]`` on a folded copy of that stretch only
        (plus the character before it, which decides whether a word starts there)."""
        low = max(start - 1, 0)
        window = text[low:stop]
        found = self._scan(window, fold(window), strict, disabled, start - low, stop - low)
        return [
            (Mention(m.entry_id, m.start + low, m.end + low, m.text), common) for m, common in found
        ]

    def _settled(
        self, text: str, folded: str, found: list[tuple[Mention, bool]], unsure: set[str]
    ) -> list[Mention]:
        """The mentions of ``found`` (the matches of a stretch, with whether each is by a
        common alias) once the common aliases of ``unsure`` entries are dropped: a shorter
        name inside one of those may count instead, and names inside a name count too."""
        kept = [mention for mention, common in found if not (common and mention.entry_id in unsure)]
        for mention, common in found:
            if common and mention.entry_id in unsure:  # a shorter name may hide inside it
                inner = self._scan(text, folded, True, unsure, mention.start, mention.end)
                kept.extend(inner_mention for inner_mention, _ in inner)
        kept.sort(key=lambda mention: mention.start)
        outer = [m for i, m in enumerate(kept) if i == 0 or kept[i - 1].end <= m.start]
        nested = [
            inner
            for mention in outer
            if not mention.text.isalnum()  # a single word hides no other name
            for inner in self._nested(text, folded, mention, unsure)
        ]
        return sorted([*outer, *nested], key=lambda mention: (mention.start, -mention.end))

    def _nested(self, text: str, folded: str, outer: Mention, unsure: set[str]) -> list[Mention]:
        """Names of other entries inside ``outer``, each span once (whole words only)."""
        words = list(_WORD.finditer(folded, outer.start, outer.end))
        found: dict[str, Mention] = {}
        for first in words:
            for last in reversed(words):
                start, end = first.start(), last.end()
                if end <= start or (start, end) == (outer.start, outer.end):
                    continue
                matched = self._fullmatch(folded, start, end)
                spec = matched and self._accept(*matched, text, True, unsure)
                if spec and spec.entry_id != outer.entry_id and spec.entry_id not in found:
                    if self._within_name(folded, outer, start, end, spec.entry_id):
                        continue  # "George Washington Goethals" names no Washington
                    found[spec.entry_id] = Mention(spec.entry_id, start, end, text[start:end])
                    break
        return list(found.values())

    def _within_name(
        self, folded: str, outer: Mention, start: int, end: int, inner_id: str
    ) -> bool:
        """Whether ``folded[start:end]``, a name of ``inner_id``, is part of the person's name
        ``outer`` and no mention of its own, after no word of origin: a middle name, or the
        surname another person of the family shares ("Semmelweis" in "Josef Semmelweis" is
        not his son Ignaz). (A first or last word may be a place's name too, "Florida" in a
        discovered "Florida von Spanien" that is no person at all: those still count.)"""
        if outer.entry_id not in self._people or outer.start >= start:
            return False
        if end == outer.end and inner_id not in self._people:
            return False
        return not _of_origin(folded, outer, start)

    def _scan(
        self, text: str, folded: str, strict: bool, disabled: set[str], start: int, stop: int
    ) -> list[tuple[Mention, bool]]:
        """Matches starting in ``[start, stop)``; ``disabled`` entries' common aliases skipped."""
        found = []
        position = start
        searches = _Searches(self._pieces, folded, start)
        while (first := searches.first(position)) and first[0].start() < stop:
            match, piece = first
            spec = self._accept(match, piece, text, strict, disabled)
            if spec is None:
                position = match.start() + 1
                continue
            end = match.end()
            found.append(
                (Mention(spec.entry_id, match.start(), end, text[match.start() : end]), spec.common)
            )
            position = end
        return found

    def _fullmatch(self, folded: str, start: int, end: int) -> tuple[re.Match[str], _Piece] | None:
        """The first piece's match of exactly ``folded[start:end]``, with that piece."""
        for piece in self._pieces:
            if (match := piece.regex.fullmatch(folded, start, end)) is not None:
                return match, piece
        return None

    def _accept(
        self, match: re.Match[str], piece: _Piece, text: str, strict: bool, disabled: set[str]
    ) -> _Spec | None:
        """The first alias behind ``match`` (of ``piece``) whose rules the original text
        satisfies."""
        start, end = match.span()
        for spec in piece.specs[match.lastindex or 0]:
            if not strict:
                return spec
            if spec.common and spec.entry_id in disabled:
                continue
            if spec.verify is None or _compiled(spec.verify).fullmatch(text, start, end):
                return spec
        return None


def _of_origin(folded: str, outer: Mention, start: int) -> bool:
    """Whether the name at ``start`` inside the person's name ``outer`` follows a word of
    origin (``von der Pfalz``, ``of Aragon``), an article allowed between."""
    before = [word.group() for word in _WORD.finditer(folded, outer.start, start)]
    if before and before[-1] in _ARTICLES:
        before.pop()
    return bool(before) and before[-1] in _ORIGIN


class _Searches:
    """Each piece's next match in one folded text, searched again only once the scan has
    moved past it: together they give the leftmost match, as one expression would."""

    def __init__(self, pieces: list[_Piece], folded: str, start: int) -> None:
        self._pieces, self._folded = pieces, folded
        self._next = [piece.regex.search(folded, start) for piece in pieces]

    def first(self, position: int) -> tuple[re.Match[str], _Piece] | None:
        """The leftmost match at or after ``position`` (never before the last position
        asked for); at one position, the first piece's."""
        best: tuple[re.Match[str], _Piece] | None = None
        for number, piece in enumerate(self._pieces):
            match = self._next[number]
            if match is not None and match.start() < position:
                match = self._next[number] = piece.regex.search(self._folded, position)
            if match is not None and (best is None or match.start() < best[0].start()):
                best = (match, piece)
        return best


def _alternatives(
    names: list[str], ends: dict[str, list[_Spec]], depth: int, low: int, high: int
) -> list[_Alternative]:
    """The names ``names[low:high]`` (sorted token strings sharing their first ``depth``
    tokens) as alternatives in the order they are tried: by their next token, the longer
    name first, the end of the shared prefix (a name itself) only if the others fail. A
    branch longer than ``PIECE_CHARS`` behind a plain character is given as its own
    alternatives (``a(?:b|c)`` tries what ``ab|ac`` tries, in the same order), so that
    pieces can be cut between them; one behind a separator or an ending (which match in
    several ways) stays whole."""
    found: list[_Alternative] = []
    ending = None
    if len(names[low]) == depth:  # the shared prefix is a name: it sorts first, is tried last
        ending = ends[names[low]]
        low += 1
    while low < high:
        token = names[low][depth]
        stop = low + 1
        while stop < high and names[stop][depth] == token:
            stop += 1
        head = _token_pattern(token)
        inner = _alternatives(names, ends, depth + 1, low, stop)
        if token in _TOKEN_RE or sum(len(pattern) + 1 for pattern, _ in inner) <= PIECE_CHARS:
            found.append((head + _joined(inner), [spec for _, specs in inner for spec in specs]))
        else:
            found.extend((head + pattern, specs) for pattern, specs in inner)
        low = stop
    if ending is not None:  # each name's end is an empty group: its number finds its specs
        found.append(("()", [ending]))
    return found


def _joined(alternatives: list[_Alternative]) -> str:
    """One pattern trying ``alternatives`` in order."""
    if len(alternatives) == 1:
        return alternatives[0][0]
    return f"(?:{'|'.join(pattern for pattern, _ in alternatives)})"


def _in_pieces(alternatives: list[_Alternative]) -> list[tuple[list[str], list[list[_Spec]]]]:
    """Consecutive alternatives gathered into pieces of about ``PIECE_CHARS`` of pattern."""
    pieces: list[tuple[list[str], list[list[_Spec]]]] = []
    size = PIECE_CHARS
    for pattern, specs in alternatives:
        if size + len(pattern) > PIECE_CHARS:
            pieces.append(([], []))
            size = 0
        pieces[-1][0].append(pattern)
        pieces[-1][1].extend(specs)
        size += len(pattern) + 1
    return pieces


def find_mentions(glossary: Glossary, text: str) -> list[Mention]:
    """Every mention of every glossary entry in ``text``, sorted by offset."""
    return glossary.matcher.scan(text)


class MentionCache:
    """Mentions stored per (text hash, glossary fingerprint): documents load fast.

    A file holds the entry ids once (a JSON line), then the mentions as three columns of
    machine integers (entry, start, end): a mention's text is the document's
    ``text[start:end]``. A 20 MB text has hundreds of thousands of mentions; as JSON numbers
    they were read into a Python object each before the compact table was made.
    """

    def __init__(self, cache_dir: Path) -> None:
        """Args:
        cache_dir: where the files go (created on first write).
        """
        self.cache_dir = cache_dir

    def path_for(self, glossary: Glossary, text: str) -> Path:
        """The cache file of this text under this glossary."""
        digest = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
        return self.cache_dir / f"mentions{_FILE_FORMAT}-{digest[:32]}-{glossary.fingerprint}.bin"

    def find(self, glossary: Glossary, text: str) -> MentionTable:
        """The mentions in ``text``, from the cache when it has them."""
        path = self.path_for(glossary, text)
        cached = self._read(path, text)
        if cached is not None:
            return cached
        table = glossary.matcher.scan_table(text)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            write_atomic_parts(path, _packed(table))
        except OSError:  # a cache that cannot be written only costs the time to scan again
            pass
        return table

    def _read(self, path: Path, text: str) -> MentionTable | None:
        """The cached mentions, or ``None`` when missing or unreadable (then recomputed)."""
        try:
            return _unpacked(path.read_bytes(), text)
        except (OSError, ValueError, TypeError, KeyError, IndexError):
            return None


_FILE_FORMAT = 3
"""Part of a cache file's name: files of another layout are simply not found."""
_COLUMNS = (("numbers", "I"), ("starts", "q"), ("ends", "q"))
"""The table's columns as stored, in order, in this machine's byte order (a cache is
never shared between machines)."""


def _packed(table: MentionTable) -> list[bytes]:
    """The table as a JSON line of its entry ids and count, then its columns' bytes."""
    head = json.dumps({"entries": table.entries, "count": len(table), "order": sys.byteorder})
    return [head.encode("utf-8") + b"\n", *(getattr(table, name).tobytes() for name, _ in _COLUMNS)]


def _unpacked(data: bytes, text: str) -> MentionTable:
    """The table of :func:`_packed`, checked against ``text``.

    Raises:
        ValueError: the data is not such a table, or does not fit ``text``.
    """
    line, _, body = data.partition(b"\n")
    head = json.loads(line)
    entries, count = head["entries"], head["count"]
    if head["order"] != sys.byteorder or not isinstance(count, int) or count < 0:
        raise ValueError("not a mention cache")
    if not (isinstance(entries, list) and all(isinstance(entry, str) for entry in entries)):
        raise ValueError("not a mention cache")
    columns, at = [], 0
    for _, code in _COLUMNS:
        column = array(code)
        size = count * column.itemsize
        column.frombytes(body[at : at + size])
        if len(column) != count:
            raise ValueError("not a mention cache")
        columns.append(column)
        at += size
    numbers, starts, ends = columns
    if at != len(body) or (count and max(numbers) >= len(entries)):
        raise ValueError("not a mention cache")
    if count and (min(starts) < 0 or max(ends) > len(text)):
        raise ValueError("a mention outside the text")
    if not all(map(operator.lt, starts, ends)) or not all(map(operator.le, starts, starts[1:])):
        raise ValueError("a mention outside the text")
    return MentionTable(text, entries, numbers, starts, ends)
