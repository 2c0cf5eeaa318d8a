"""Turning what a reader types into a Whoosh query over the index's fields.

Whoosh's parser only supplies the syntax tree (AND, OR, NOT, "phrases", prefix*, fuzzy~);
every leaf is then analysed per language field, expanded by aliases and corrections, and
prefix or fuzzy leaves are expanded against the vocabulary here, with a cap, so a short
prefix cannot turn into thousands of terms.
"""

from __future__ import annotations

import fnmatch
import itertools
import re
import struct
import threading
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import cache, lru_cache
from operator import itemgetter
from typing import TYPE_CHECKING, Protocol
from weakref import WeakKeyDictionary

from whoosh import query as wq
from whoosh.codec.whoosh3 import W3TermsReader
from whoosh.reading import IndexReader

from documents.sanitize import sanitize
from index.cached_phrase import CachedPhrase
from index.compound_query import COMPOUND_WEIGHT, compound_words, may_open_compounds
from index.errors import QueryError
from index.schema import LANGUAGE_FIELDS, TEXT_FIELDS, WORDS_FIELD, analyzer_for_field
from index.union import PreloadedUnion, ScannedTerms

if TYPE_CHECKING:
    from whoosh.qparser import QueryParser

MAX_QUERY_CHARS = 500
"""Longer input is cut here: nobody types more, and pasted text would make a huge query."""

MIN_PREFIX = 2
"""Characters needed before ``*``; shorter prefixes are ignored with a note."""
MIN_CORRECTED = 3
"""Letters a query word needs before a spelling correction is looked for (Lucene's "AUTO"
fuzziness draws the same line: no edits below three letters)."""

EXPANSION_CAP = 50
"""At most this many vocabulary words per prefix, wildcard or fuzzy term (the most frequent)."""

MAX_NAME_WORDS = 4
"""Words after a title tried as the name it stands before ("Sir Thomas Bouch": two)."""

_SCAN_CAP = 20_000
"""Vocabulary entries a wildcard may scan before it stops looking."""

_OPERATORS = frozenset({"AND", "OR", "NOT", "ANDNOT", "ANDMAYBE"})
_OPERATOR_WORD = re.compile(r"\b(?:{})\b".format("|".join(sorted(_OPERATORS))))
_EXPLICIT = re.compile(rf"{_OPERATOR_WORD.pattern}|[()\"*~?]")
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u200b-\u200f\u2028-\u202e\u2066-\u2069]")

Term = tuple[str, str]
"""(field name, analysed term text)."""

Origin = tuple[str, str]
"""(query word, alias or correction it was replaced by, or "" for the word itself)."""


NAME_ENDINGS = ("", "s", "es", "n", "ns", "en", "e", "er")
"""Endings a name takes in running text (``Putins``, ``Minsker``); a name is searched for
with these and never through its stem, which it may share with an ordinary word
(``Somme`` and ``Sommer`` are both "somm")."""


class AliasSource(Protocol):
    """Other names of a word (a glossary entry's aliases); multi-word names contain spaces."""

    def other_names(self, word: str) -> list[str]: ...

    def is_name(self, word: str) -> bool:
        """Whether ``word`` (perhaps inflected) is a name, not an ordinary word."""
        ...

    def is_title_of(self, title: str, name: str) -> bool:
        """Whether ``title`` is a title or role written before ``name`` (a whole name, perhaps
        of several words), not a part of it: ``Sir`` before ``Thomas Bouch``."""
        ...


@dataclass(frozen=True, slots=True)
class Vocabulary:
    """The folded surface words of the index with their document frequencies."""

    words: list[str]
    frequencies: list[int]

    @classmethod
    def from_reader(cls, reader: IndexReader) -> Vocabulary:
        """Read the ``words`` field once; cached per index generation by the caller."""
        words, frequencies = [], []
        for term, info in reader.iter_field(WORDS_FIELD):
            words.append(term.decode("utf-8"))
            frequencies.append(info.doc_frequency())
        return cls(words, frequencies)

    def near(self, word: str, maxdist: int, limit: int = EXPANSION_CAP) -> list[str]:
        """Words within ``maxdist`` edits, closest first, then most frequent."""
        from rapidfuzz import process  # only a fuzzy term or a correction needs it
        from rapidfuzz.distance import Levenshtein

        found = process.extract(
            word, self.words, scorer=Levenshtein.distance, score_cutoff=maxdist, limit=None
        )
        found.sort(key=lambda hit: (hit[1], -self.frequencies[hit[2]]))
        return [hit[0] for hit in found[:limit]]

    def correction(self, word: str) -> str | None:
        """The likeliest intended word for one that is not in the index, if any is close.

        None for a word shorter than ``MIN_CORRECTED``: one edit turns a letter or two into
        dozens of other words (``C`` into ``A`` or ``3``), so any suggestion would be a guess.
        """
        if len(word) < MIN_CORRECTED:
            return None
        maxdist = 1 if len(word) <= 4 else 2
        candidates = [c for c in self.near(word, maxdist, limit=1) if c != word]
        return candidates[0] if candidates else None


@dataclass
class Plan:
    """A query ready to run, with what is needed to explain and highlight its hits."""

    query: wq.Query
    terms: dict[Term, set[Origin]] = field(default_factory=dict)
    """Every term the query looks for and which word (or alias of it) it stands for."""
    phrases: dict[Origin, list[set[Term]]] = field(default_factory=dict)
    """Terms a phrase alias needs all of (per field) before a hit counts as found through it."""
    words: dict[str, list[Term]] = field(default_factory=dict)
    """Plain query words and their terms: a word with no indexed term gets a correction."""
    notes: list[str] = field(default_factory=list)
    can_fall_back: bool = False
    """Several plain words joined by the implicit AND: OR is worth a try when AND finds nothing."""
    dropped: list[str] = field(default_factory=list)
    """Words left out as stopwords (or punctuation only)."""


def clean_query(text: str) -> tuple[str, list[str]]:
    """Remove control characters and cut overlong input, with a note when it was cut.

    The query is first cleaned like the documents (``sanitize``): a word copied with a soft
    hyphen or zero-width space in it is one word in the text, so it must be one in the query.
    """
    notes = []
    text = _CONTROL.sub(" ", sanitize(text)).strip()
    if len(text) > MAX_QUERY_CHARS:
        text = text[:MAX_QUERY_CHARS].rsplit(" ", 1)[0]
        notes.append(f"The query was cut to its first {MAX_QUERY_CHARS} characters.")
    return text, notes


def check_query(text: str) -> None:
    """Fail at once on a query (cleaned) with no word left to look for, before an index or a
    glossary is loaded: "AND OR (" made the command line wait 20 s for a refusal.

    Raises:
        QueryError: nothing to search for; the message says what to type instead.
    """
    leaves = list(_parse(text, False).leaves()) if text else []
    if any(isinstance(leaf, wq.Phrase) and leaf.words for leaf in leaves) or any(
        getattr(leaf, "text", None) and leaf.text not in _OPERATORS for leaf in leaves
    ):
        return
    operators = list(dict.fromkeys(_OPERATOR_WORD.findall(text)))
    if not operators:
        raise QueryError("Type a word to search for.")
    named = " and ".join(", ".join(operators).rsplit(", ", 1))
    verb = "joins" if len(operators) == 1 else "join"
    raise QueryError(
        f"Nothing is left to search for: {named} only {verb} words, so type the words too"
        " (Flut AND Hafen, Flut OR Welle, Flut NOT Hafen), or a word alone."
    )


@cache
def _parser(use_or: bool) -> QueryParser:
    """A parser that knows only the syntax readers use (no field:, ranges, boosts or *:*),
    made at the first query: a process that only indexes (``reader index``, ``reader add``)
    never loads Whoosh's parser."""
    from whoosh.qparser import AndGroup, OrGroup, QueryParser, plugins

    parser = QueryParser("q", schema=None, group=OrGroup if use_or else AndGroup)
    for plugin in (
        plugins.FieldsPlugin,
        plugins.RangePlugin,
        plugins.EveryPlugin,
        plugins.BoostPlugin,
    ):
        parser.remove_plugin_class(plugin)
    parser.add_plugin(plugins.FuzzyTermPlugin())
    return parser


@lru_cache(maxsize=32)
def _parse(text: str, use_or: bool) -> wq.Query:
    """``text`` parsed, once: ``check_query`` parses it first and ``QueryBuilder.build`` again
    (twice more when a search corrects its words), so a search parsed its query two to three
    times. The tree is only read (``_translate`` builds a new one), so it can be shared."""
    return _parser(use_or).parse(text)


def _analyse(fieldname: str, text: str) -> list[list[str]]:
    """Token texts grouped by position (a position can carry variants or compound parts)."""
    positions: dict[int, list[str]] = {}
    for token in analyzer_for_field(fieldname)(text, mode="query", positions=True):
        positions.setdefault(token.pos, [])
        if token.text not in positions[token.pos]:
            positions[token.pos].append(token.text)
    return [positions[pos] for pos in sorted(positions)]


class QueryBuilder:
    """Builds one ``Plan`` against one index reader."""

    def __init__(
        self,
        reader: IndexReader,
        vocabulary: Callable[[], Vocabulary],
        aliases: AliasSource | None = None,
        corrections: Mapping[str, str] | None = None,
    ) -> None:
        self.reader = reader
        self.vocabulary = vocabulary
        """Loaded only when a fuzzy term needs it: reading it takes a moment on a big index."""
        self.aliases = aliases
        self.corrections = corrections or {}
        self.plan = Plan(wq.NullQuery)

    def build(self, text: str, use_or: bool = False) -> Plan:
        """Parse and translate ``text`` (already cleaned); ``use_or`` joins words with OR."""
        parsed = self._without_titles(_parse(text, use_or))
        self.plan.can_fall_back = (
            not use_or
            and isinstance(parsed, wq.And)
            and len(parsed.subqueries) > 1
            and not _EXPLICIT.search(text)
        )
        self.plan.query = self._translate(parsed).normalize()
        return self.plan

    def _without_titles(self, q: wq.Query) -> wq.Query:
        """``q`` without the titles and roles typed before a glossary name (``Präsident
        Lincoln``, ``Sir Thomas Bouch``): a text gives the title once and then the name alone,
        so a title searched as a word would keep out most sentences about the one named."""
        if self.aliases is None or type(q) not in (wq.And, wq.Or):
            return q
        subqueries = [self._without_titles(sub) for sub in q.subqueries]
        kept = [sub for at, sub in enumerate(subqueries) if not self._is_title(subqueries, at)]
        return type(q)(kept, boost=q.boost)

    def _is_title(self, words: list[wq.Query], at: int) -> bool:
        """Whether ``words[at]`` is a title before the name the plain words after it make
        (the longest such name first, of at most ``MAX_NAME_WORDS``); noted when it is."""
        if type(words[at]) is not wq.Term:
            return False
        title = words[at].text
        following = list(
            itertools.takewhile(
                lambda word: type(word) is wq.Term, words[at + 1 : at + 1 + MAX_NAME_WORDS]
            )
        )
        return any(
            self._titled(title, " ".join(word.text for word in following[:end]))
            for end in range(len(following), 0, -1)
        )

    def _titled(self, title: str, name: str) -> bool:
        """Whether ``title`` is a title of ``name`` in the glossary; noted when it is."""
        if self.aliases is None or not self.aliases.is_title_of(title, name):
            return False
        self._note(f"'{title}' is a title of {name}: searched for the name alone.")
        return True

    def _translate(self, q: wq.Query) -> wq.Query:
        if isinstance(q, wq.FuzzyTerm):
            return self._fuzzy(q.text, q.maxdist)
        if isinstance(q, wq.Term):
            return self._word(q.text)
        if isinstance(q, wq.Phrase):
            words = q.words
            if len(words) > 1 and self._titled(words[0], " ".join(words[1:])):
                words = words[1:]
            return self._phrase(words)
        if isinstance(q, wq.Prefix):
            return self._pattern(q.text + "*")
        if isinstance(q, wq.Wildcard):
            return self._pattern(q.text)
        if q.is_leaf():
            return wq.NullQuery
        return q.apply(self._translate)

    def _note(self, text: str) -> None:
        if text not in self.plan.notes:
            self.plan.notes.append(text)

    def _record(self, term: Term, origin: Origin) -> None:
        self.plan.terms.setdefault(term, set()).add(origin)

    def _word(self, word: str) -> wq.Query:
        """A plain word: looked up in every language field, plus its aliases."""
        if word in _OPERATORS:
            self._note(f"'{word}' needs a word on both sides; it was ignored.")
            return wq.NullQuery
        corrected = self.corrections.get(word)
        name = self.aliases is not None and self.aliases.is_name(corrected or word)
        if name:
            own = self._name(corrected or word, (word, corrected or ""))
        else:
            own = self._single(corrected or word, (word, corrected or ""))
        if own is None:
            return wq.NullQuery
        compounds = self._compounds(corrected or word, name, (word, corrected or ""))
        self.plan.words.setdefault(word, []).extend(self._terms_of(own))
        self.plan.words[word].extend(t for query in compounds for t in self._terms_of(query))
        alternatives = [own, *self._aliases(word), *compounds]
        # Scored in one pass (index.union), not by Whoosh's per-posting tree of unions.
        return PreloadedUnion(alternatives) if len(alternatives) > 1 else own

    def _single(self, word: str, origin: Origin) -> wq.Query | None:
        """A word in every text field; None for a stopword (dropped by any stemming field)."""
        per_field = {name: _analyse(name, word) for name in TEXT_FIELDS}
        if any(not per_field[name] for name in LANGUAGE_FIELDS.values()):
            self.plan.dropped.append(word)
            return None
        options: list[wq.Query] = []
        fallback: wq.Query | None = None
        for name, groups in per_field.items():
            parts = []
            for variants in groups:
                terms = [wq.Term(name, text) for text in variants]
                for text in variants:
                    self._record((name, text), origin)
                parts.append(wq.Or(terms) if len(terms) > 1 else terms[0])
            if not parts:
                continue
            query = wq.And(parts) if len(parts) > 1 else parts[0]
            fallback = fallback or query
            if all(self.reader.doc_frequency(t.fieldname, t.text) for t in term_leaves(query)):
                options.append(query)
        if not options:
            # Keep one query that matches nothing, so an unknown word still counts under AND.
            return fallback
        return wq.Or(options) if len(options) > 1 else options[0]

    def _name(self, name: str, origin: Origin) -> wq.Query | None:
        """A one-word name as written, with its endings, in the unstemmed ``words`` field."""
        base = fold_words(name)
        if not base:
            return None
        forms = [base + ending for ending in NAME_ENDINGS]
        found = [form for form in forms if self.reader.doc_frequency(WORDS_FIELD, form)]
        terms = [wq.Term(WORDS_FIELD, form) for form in found or [base]]
        for term in terms:
            self._record((WORDS_FIELD, term.text), origin)
        return wq.Or(terms) if len(terms) > 1 else terms[0]

    def _compounds(self, word: str, name: bool, origin: Origin) -> list[wq.Query]:
        """The indexed compounds ``word`` opens that the index did not split at it (see
        :mod:`index.compound_query`), the most frequent ``EXPANSION_CAP`` as a prefix keeps,
        weighted below the word itself; [] when there are none."""
        folded = fold_words(word)
        if not may_open_compounds(folded, name):
            return []
        scan = prefix_frequencies(self.reader, WORDS_FIELD, folded)
        frequency = {term.decode("utf-8"): count for term, count in scan.frequencies}
        found = compound_words(folded, frequency, name)
        chosen = sorted(found, key=frequency.__getitem__, reverse=True)[:EXPANSION_CAP]
        if not chosen:
            return []
        for text in chosen:
            self._record((WORDS_FIELD, text), origin)
        terms: list[wq.Query] = [wq.Term(WORDS_FIELD, text) for text in chosen]
        return [PreloadedUnion(terms, boost=COMPOUND_WEIGHT, scanned=scan.scanned)]

    def _phrase(self, words: list[str], origin_word: str | None = None) -> wq.Query:
        """Words in this order (stopwords in between allowed), in every text field."""
        text = " ".join(words)
        origin = (origin_word or text, text if origin_word else "")
        options = []
        for name in TEXT_FIELDS:
            groups = _analyse(name, text)
            if not groups:
                continue
            texts = [variants[0] for variants in groups]
            for term_text in texts:
                self._record((name, term_text), origin)
            if origin_word is not None:
                needed = {(name, term_text) for term_text in texts}
                self.plan.phrases.setdefault(origin, []).append(needed)
            if len(texts) == 1:
                options.append(wq.Term(name, texts[0]))
            else:
                slop = 1 + max(0, len(words) - len(texts))
                # An alias is searched with every search for its name: matched once.
                phrase = wq.Phrase if origin_word is None else CachedPhrase
                options.append(phrase(name, texts, slop=slop))
        if not options:
            return wq.NullQuery
        alternatives = [wq.Or(options)]
        if origin_word is None:
            alternatives += self._aliases(text)
        return wq.Or(alternatives) if len(alternatives) > 1 else alternatives[0]

    def _aliases(self, word: str) -> list[wq.Query]:
        if self.aliases is None:
            return []
        queries = []
        for name in self.aliases.other_names(word):
            if name == word:
                continue
            if " " in name.strip():
                query = self._phrase(name.split(), origin_word=word)
            else:  # an alias is a name: matched as written, never through its stem
                query = self._name(name, (word, name))
            if query is not None and query is not wq.NullQuery:
                queries.append(query)
        return queries

    def _pattern(self, pattern: str) -> wq.Query:
        """``prefix*`` or a wildcard, expanded to the most frequent matching surface words."""
        folded = "".join(_fold_pattern(pattern))
        literal = re.split(r"[*?]", folded, maxsplit=1)[0]
        if len(literal) < MIN_PREFIX:
            self._note(f"'{pattern}' needs at least {MIN_PREFIX} letters before * or ?.")
            return wq.NullQuery
        scan = prefix_frequencies(self.reader, WORDS_FIELD, literal)
        found = scan.frequencies
        if folded != literal + "*":  # else every scanned word matches: no pattern to test
            matcher = re.compile(fnmatch.translate(folded))
            found = [item for item in found if matcher.match(item[0].decode("utf-8"))]
        if len(found) > EXPANSION_CAP:
            self._note(
                f"'{pattern}' matches {len(found)} words; searched the {EXPANSION_CAP} most "
                "frequent. Type more letters to narrow it down."
            )
        # The most frequent first, equal ones in the scan's order (a reversed sort is stable);
        # only the chosen words are decoded (a short prefix has thousands).
        chosen = sorted(found, key=itemgetter(1), reverse=True)[:EXPANSION_CAP]
        texts = [term.decode("utf-8") for term, _frequency in chosen]
        return self._expansion(pattern, texts, scan.scanned)

    def _fuzzy(self, word: str, maxdist: int) -> wq.Query:
        """``word~`` or ``word~2``: surface words within that many edits."""
        folded = "".join(_fold_pattern(word))
        if not folded:
            return wq.NullQuery
        return self._expansion(f"{word}~", self.vocabulary().near(folded, min(maxdist, 2)))

    def _expansion(
        self, label: str, texts: list[str], scanned: ScannedTerms | None = None
    ) -> wq.Query:
        if not texts:
            self.plan.words.setdefault(label, [])
            return wq.Term(WORDS_FIELD, "\u2205")  # matches nothing, but keeps AND strict
        terms = [wq.Term(WORDS_FIELD, text) for text in texts]
        for text in texts:
            self._record((WORDS_FIELD, text), (label, ""))
        return PreloadedUnion(terms, scanned=scanned) if len(terms) > 1 else terms[0]

    @staticmethod
    def _terms_of(query: wq.Query) -> list[Term]:
        return [(t.fieldname, t.text) for t in term_leaves(query)]


@dataclass(frozen=True, slots=True)
class PrefixScan:
    """A prefix's terms in one field, as :func:`prefix_frequencies` read them."""

    frequencies: list[tuple[bytes, int]]
    """The first ``_SCAN_CAP`` terms in order, each with its document frequency summed over
    the segments."""
    scanned: ScannedTerms
    """Where each segment keeps each term's info, for the union that searches them."""

    @property
    def whole(self) -> bool:
        """Whether every term with the prefix is here with its exact frequency (no cap hit)."""
        return self.scanned.frequencies is not None and len(self.frequencies) < _SCAN_CAP


SCANS_KEPT = 32
"""Prefix scans kept per open index reader: a reader types a prefix letter by letter and
back, and a longer prefix's terms are a part of a shorter one's whole scan."""

_SCANS: WeakKeyDictionary[IndexReader, dict[tuple[str, bytes], PrefixScan]] = WeakKeyDictionary()
"""Per open index reader (one index generation), its last ``SCANS_KEPT`` scans."""

_SCANS_LOCK = threading.Lock()
"""Held while a thread reads or changes ``_SCANS`` (searches may run in two workers)."""


def prefix_frequencies(reader: IndexReader, fieldname: str, prefix: str) -> PrefixScan:
    """The first ``_SCAN_CAP`` terms of a field starting with ``prefix`` with their summed
    document frequencies, and what the scan learned about each segment's terms.

    A prefix scanned before on this reader is taken as it was; one that extends a prefix
    whose scan was whole (the letter just typed) takes its part of that scan: the same terms
    in the same order with the same frequencies, without walking the term tables again.
    """
    wanted = reader._text_to_bytes(fieldname, prefix)
    with _SCANS_LOCK:
        scans = _SCANS.setdefault(reader, {})
        found = scans.get((fieldname, wanted))
        if found is not None:
            return found
        shorter = [
            scan
            for (name, start), scan in scans.items()
            if name == fieldname and wanted.startswith(start) and scan.whole
        ]
    if shorter:
        scan = min(shorter, key=lambda scan: len(scan.frequencies))
        found = PrefixScan(
            [item for item in scan.frequencies if item[0].startswith(wanted)], scan.scanned
        )
    else:
        found = _scan_prefix(reader, fieldname, prefix)
    with _SCANS_LOCK:
        if len(scans) >= SCANS_KEPT:
            scans.pop(next(iter(scans)))
        scans[(fieldname, wanted)] = found
    return found


def _scan_prefix(reader: IndexReader, fieldname: str, prefix: str) -> PrefixScan:
    """:func:`prefix_frequencies` read from the term tables.

    Each segment's terms are read in sequence with their statistics; Whoosh's multi-segment
    reader would look every term up again in every segment's hash table, which was most of
    the time of a prefix query on a library indexed in two segments.
    """
    frequencies: dict[bytes, int] = {}
    located: dict[IndexReader, dict[bytes, tuple[int, int]]] = {}
    complete = True
    for leaf, _base in reader.leaf_readers():
        where: dict[bytes, tuple[int, int]] | None = {}
        for scanned, (term, frequency, location) in enumerate(
            _leaf_prefix(leaf, fieldname, prefix)
        ):
            if scanned >= _SCAN_CAP:
                complete, where = False, None
                break
            frequencies[term] = frequencies.get(term, 0) + frequency
            if where is not None:
                if location is None:
                    where = None
                else:
                    where[term] = location
        if where is not None:
            located[leaf] = where
    return PrefixScan(
        sorted(frequencies.items())[:_SCAN_CAP],
        ScannedTerms(fieldname, located, frequencies if complete else None),
    )


_DOC_FREQUENCY = struct.Struct("!I")
_DOC_FREQUENCY_AT = 5
"""Where a Whoosh 3 term info keeps the document frequency (after its flags and weight)."""


def _leaf_prefix(
    leaf: IndexReader, fieldname: str, prefix: str
) -> Iterator[tuple[bytes, int, tuple[int, int] | None]]:
    """(term, document frequency, where its term info is) of one segment's terms starting
    with ``prefix``, in order; the place, (position, length) in the segment's term table held
    in memory, is None for a table read from a file.

    Read straight from a Whoosh 3 term table: the frequency is unpacked from the stored term
    info instead of decoding all of it through four layers of generators (``iter_prefix``),
    and a table held in memory (a segment's mapped file) is walked record by record where
    Whoosh's ``items_from`` makes a tuple and two copies per term.
    """
    terms = getattr(leaf, "_terms", None)
    if not isinstance(terms, W3TermsReader) or fieldname not in leaf.schema:
        for term, info in leaf.iter_prefix(fieldname, prefix):
            yield term, info.doc_frequency(), None
        return
    start = terms._keycoder(fieldname, leaf._text_to_bytes(fieldname, prefix))
    table = terms._tindex
    buffer = getattr(table.dbfile, "_buf", None)
    if buffer is None:
        unpack = _DOC_FREQUENCY.unpack_from
        for key, value in table.items_from(start):
            if not key.startswith(start):
                return
            yield key[_FIELD_ID_BYTES:], unpack(value, _DOC_FREQUENCY_AT)[0], None
        return
    yield from _walk_table(buffer, table.closest_key_pos(start), table.endofdata, start)


def _walk_table(
    buffer: bytes | memoryview, position: int | None, end: int, start: bytes
) -> Iterator[tuple[bytes, int, tuple[int, int]]]:
    """The records of a Whoosh ordered hash table from ``position`` while their keys begin
    with ``start``: each is a key length and a value length (``!ii``), the key, the value.
    Yields each key's term, the document frequency in its value and where the value is."""
    if position is None:
        return
    lengths = _RECORD_LENGTHS.unpack_from
    frequency = _DOC_FREQUENCY.unpack_from
    width = len(start)
    while position < end:
        key_length, value_length = lengths(buffer, position)
        key_at = position + _RECORD_LENGTHS.size
        if buffer[key_at : key_at + width] != start:
            return
        value_at = key_at + key_length
        term = bytes(buffer[key_at + _FIELD_ID_BYTES : value_at])
        yield (
            term,
            frequency(buffer, value_at + _DOC_FREQUENCY_AT)[0],
            (value_at, value_length),
        )
        position = value_at + value_length


_RECORD_LENGTHS = struct.Struct("!ii")
"""The lengths before each record of a Whoosh hash table (``whoosh.filedb.filetables``)."""

_FIELD_ID_BYTES = 2
"""A term table key is the field's number (an unsigned short), then the term's bytes."""


def term_leaves(query: wq.Query) -> list[wq.Term]:
    """Every term a query looks up, phrases' words included."""
    if isinstance(query, wq.Term):
        return [query]
    if isinstance(query, wq.Phrase):
        return [wq.Term(query.fieldname, word) for word in query.words]
    return [leaf for sub in query.children() for leaf in term_leaves(sub)]


def fold_words(text: str) -> str:
    """``text`` as the ``words`` field stores it: folded surface words, run together."""
    return "".join(t.text for t in analyzer_for_field(WORDS_FIELD)(text))


def _fold_pattern(pattern: str) -> list[str]:
    """Fold a pattern like the ``words`` field does, keeping ``*`` and ``?``."""
    pieces = re.split(r"([*?])", pattern)
    return [piece if piece in ("*", "?") else fold_words(piece) for piece in pieces]
