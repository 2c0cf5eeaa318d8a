"""The mention finder: every name of every entry in a text, with offsets into that text.

All names are compiled into one regular expression shaped like a trie, run over the folded
text (``folding.fold`` keeps offsets). The rules, in order:

- A name matches as whole words: not inside a longer word, but before a hyphen
  (``Sapad-2021``, ``Wagner-Söldner``: the mention covers the name part).
- Words of a multi-word name may be separated by any spaces, line breaks or hyphens; an
  inner word's adjective ending may vary (``Vereinte``/``Vereinten Nationen``).
- The last word may carry a German ending (-e, -em, -en, -er, -ern, -es, -s; -n and -ns only
  after e, l or r): ``Unionsstaats``, ``Lukaschenkas``, ``Minsker``, ``Unionsprogrammen``;
  inner words of four letters or more may vary in the same way (``Kriegs in der Ostukraine``).
  Adjectives (``russisch``, ``belarussisch``) are not mentions; place adjectives in -er
  (``Minsker Führung``) are. Abbreviations (all capitals, or at most
  three letters) are case-sensitive and take only a genitive ``s``: "EU" never matches
  "Eu", "EUR" or "Europa".
- An alias marked ``exact`` must have its exact capitalisation; one marked ``common`` (it is
  also an ordinary word) counts only in texts that also name its entry, or a related entry,
  by another name ("one sense per discourse").
- At each position the longest name wins; a name of another entry inside it counts too
  (``Unionsstaats`` in ``Militärdoktrin des Unionsstaats``), so mentions may nest.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Protocol

from documents.atomic import write_cache_json
from glossary.folding import SEPARATOR, fold

MATCHER_VERSION = 2
"""Bump when the matching rules change: cached mentions become stale."""

_SUFFIX = r"(?:e|em|en|er|ern|es|s|(?<=[elr])ns?)"
"""German endings of a name; a bare -n only after e/l/r (``Unionsprogrammen``, not "Russian")."""
_SEP_TOKEN = "\x01"
_INFL_TOKEN = "\x02"
_TOKEN_RE = {_SEP_TOKEN: SEPARATOR.pattern, _INFL_TOKEN: r"(?:e|em|en|er|es|n|s)?"}
_INNER_ENDINGS = ("en", "er", "es", "em", "e")
_END = ""
_EDGES = re.compile(r"^\W+|\W+$")
_WORD = re.compile(r"\w+")


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


def _verifier(alias: Alias) -> str | None:
    """The case-sensitive pattern an exact alias or abbreviation must also match."""
    abbreviation = is_abbreviation(alias.name)
    if not (alias.exact or abbreviation):
        return None
    body = "".join(_token_pattern(token) for token in _tokens(alias.name))
    return body + ("s?" if abbreviation else _SUFFIX + "?")


@lru_cache(maxsize=1 << 14)
def _compiled(pattern: str) -> re.Pattern[str]:
    """A verifier compiled when first needed and kept while in use: a glossary with the names
    of a long text has tens of thousands (63,000 for a generated 20 MB text), and compiled
    all at once they took about 1 KB each, 65 MB; the same work, done at the first match."""
    return re.compile(pattern)


class Matcher:
    """All names of a set of entries, compiled once; finds mentions in any text."""

    def __init__(self, entries: Iterable[Entry]) -> None:
        """Build the trie of all names and compile it.

        Args:
            entries: the glossary entries; where two claim one name, the first keeps it.
        """
        trie: dict[str, Any] = {}
        leaves: dict[int, list[_Spec]] = {}
        self._related: dict[str, set[str]] = {}
        for entry in entries:
            self._related.setdefault(entry.id, set()).update({entry.id, *entry.related})
            for other in entry.related:  # relatedness counts both ways
                self._related.setdefault(other, set()).add(entry.id)
            for alias in entry.name_aliases():
                node = trie
                for token in _tokens(fold(alias.name)):
                    node = node.setdefault(token, {})
                leaf = node.setdefault(_END, {})
                spec = _Spec(entry.id, alias.common, _verifier(alias))
                leaves.setdefault(id(leaf), []).append(spec)
        self._specs: list[list[_Spec]] = [[]]
        body = self._compile(trie, leaves) if trie else r"(?!x)x"
        self._regex = re.compile(rf"\b(?:{body}){_SUFFIX}?(?!\w)")

    def _compile(self, node: dict[str, Any], leaves: dict[int, list[_Spec]]) -> str:
        """The regex of a trie node; each name's end is an empty group numbering its specs."""
        branches = []
        for token in sorted(token for token in node if token != _END):
            branches.append(_token_pattern(token) + self._compile(node[token], leaves))
        body = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
        if _END not in node:
            return body
        self._specs.append(leaves[id(node[_END])])
        # Greedy: the longer name is tried first, the end of this one only if that fails.
        return f"(?:{body}|())" if branches else "()"

    def scan(self, text: str, *, strict: bool = True) -> list[Mention]:
        """All mentions in ``text``, sorted and non-overlapping.

        Args:
            text: any text; offsets refer to it.
            strict: apply the case and ``common`` rules; ``False`` matches any capitalisation
                (for looking up a term a user typed).
        """
        folded = fold(text)
        found = self._scan(text, folded, strict, set(), 0, len(text))
        if not strict:
            return [mention for mention, _ in found]
        named = {mention.entry_id for mention, common in found if not common}
        unsure = {
            mention.entry_id
            for mention, common in found
            if common and not self._related[mention.entry_id] & named
        }
        kept = [mention for mention, common in found if not (common and mention.entry_id in unsure)]
        for mention, common in found:
            if common and mention.entry_id in unsure:  # a shorter name may hide inside it
                inner = self._scan(text, folded, strict, unsure, mention.start, mention.end)
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
                match = self._regex.fullmatch(folded, start, end)
                spec = match and self._accept(match, text, True, unsure)
                if spec and spec.entry_id != outer.entry_id and spec.entry_id not in found:
                    found[spec.entry_id] = Mention(spec.entry_id, start, end, text[start:end])
                    break
        return list(found.values())

    def _scan(
        self, text: str, folded: str, strict: bool, disabled: set[str], start: int, stop: int
    ) -> list[tuple[Mention, bool]]:
        """Matches starting in ``[start, stop)``; ``disabled`` entries' common aliases skipped."""
        found = []
        position = start
        while (match := self._regex.search(folded, position)) and match.start() < stop:
            spec = self._accept(match, text, strict, disabled)
            if spec is None:
                position = match.start() + 1
                continue
            end = match.end()
            found.append(
                (Mention(spec.entry_id, match.start(), end, text[match.start() : end]), spec.common)
            )
            position = end
        return found

    def _accept(
        self, match: re.Match[str], text: str, strict: bool, disabled: set[str]
    ) -> _Spec | None:
        """The first alias behind ``match`` whose rules the original text satisfies."""
        start, end = match.span()
        for spec in self._specs[match.lastindex or 0]:
            if not strict:
                return spec
            if spec.common and spec.entry_id in disabled:
                continue
            if spec.verify is None or _compiled(spec.verify).fullmatch(text, start, end):
                return spec
        return None


def find_mentions(glossary: Glossary, text: str) -> list[Mention]:
    """Every mention of every glossary entry in ``text``, sorted by offset."""
    return glossary.matcher.scan(text)


class MentionCache:
    """Mentions stored as JSON per (text hash, glossary fingerprint): documents load fast.

    A file holds each entry id once and three integers a mention (entry, start, end): a
    mention's text is the document's ``text[start:end]``. A 20 MB text has hundreds of
    thousands of mentions, and a list of one object per mention took several times the
    memory of the mentions themselves while it was read.
    """

    def __init__(self, cache_dir: Path) -> None:
        """Args:
        cache_dir: where the JSON files go (created on first write).
        """
        self.cache_dir = cache_dir

    def path_for(self, glossary: Glossary, text: str) -> Path:
        """The cache file of this text under this glossary."""
        digest = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
        return self.cache_dir / f"mentions{_FILE_FORMAT}-{digest[:32]}-{glossary.fingerprint}.json"

    def find(self, glossary: Glossary, text: str) -> list[Mention]:
        """The mentions in ``text``, from the cache when it has them."""
        path = self.path_for(glossary, text)
        cached = self._read(path, text)
        if cached is not None:
            return cached
        packed = _packed(find_mentions(glossary, text))
        write_cache_json(path, packed)
        return _unpacked(packed["entries"], packed["mentions"], text)

    def _read(self, path: Path, text: str) -> list[Mention] | None:
        """The cached mentions, or ``None`` when missing or unreadable (then recomputed)."""
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            return _unpacked(data["entries"], data["mentions"], text)
        except (OSError, ValueError, TypeError, KeyError, IndexError):
            return None


_FILE_FORMAT = 2
"""Part of a cache file's name: files of another layout are simply not found."""


def _packed(mentions: list[Mention]) -> dict[str, list[Any]]:
    """The mentions as entry ids (each once) and a flat list of (entry, start, end)."""
    numbers: dict[str, int] = {}
    flat: list[int] = []
    for mention in mentions:
        flat += (numbers.setdefault(mention.entry_id, len(numbers)), mention.start, mention.end)
    return {"entries": list(numbers), "mentions": flat}


def _unpacked(entries: list[str], flat: list[int], text: str) -> list[Mention]:
    """The mentions of :func:`_packed`, each entry id and each distinct spelling one string."""
    if not (isinstance(entries, list) and isinstance(flat, list)) or len(flat) % 3:
        raise ValueError("not a mention cache")
    if not all(isinstance(entry, str) for entry in entries):
        raise ValueError("not a mention cache")
    spellings: dict[str, str] = {}
    found = []
    for at in range(0, len(flat), 3):
        number, start, end = flat[at : at + 3]
        if not all(isinstance(value, int) for value in (number, start, end)):
            raise ValueError("not a mention cache")
        if not (0 <= number < len(entries) and 0 <= start < end <= len(text)):
            raise ValueError("a mention outside the text")
        spelling = text[start:end]
        found.append(Mention(entries[number], start, end, spellings.setdefault(spelling, spelling)))
    return found
