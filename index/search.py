"""Running a query against an open searcher: AND, corrections, OR fallback, highlights.

Whoosh privates read here (by ``_stored_fields`` only, and only on the pinned Whoosh 2.7.4,
``_STORED_FIELDS_DIRECT``): ``MultiReader._segment_and_docnum``, ``MultiReader.readers``,
``SegmentReader._perdoc`` (its ``stored_fields``), ``Schema._fields``, ``Schema._dyn_fields``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from datetime import date
from functools import lru_cache
from typing import Any
from weakref import WeakKeyDictionary

from whoosh import query as wq
from whoosh.reading import MultiReader, SegmentReader
from whoosh.searching import Searcher

from index.analysis import index_term_spans, wanted_term_spans
from index.errors import QueryError
from index.installed import whoosh_is_pinned
from index.query import (
    AliasSource,
    Origin,
    Plan,
    QueryBuilder,
    Vocabulary,
    check_query,
    clean_query,
    fold_words,
    term_leaves,
)
from index.schema import DOCUMENT, SENTENCE, WORDS_FIELD, field_for, field_language

_TOKEN_CACHE = 1 << 14
"""Document records' metadata texts whose terms are kept (matched against a query's terms)."""

TITLE_BOOST = 1.5
"""Sentence hits in a document whose title or metadata also match rank this much higher."""


@dataclass(frozen=True, slots=True)
class Hit:
    """One matching sentence; offsets point into the document's ``text``."""

    doc: str
    start: int
    end: int
    passage: str
    score: float
    highlights: list[tuple[int, int]]
    """Where the matched words are, as document offsets (half-open)."""
    via: list[str]
    """How it was found when not by the words typed: ``"Lukaschenko → Lukaschenka"``."""
    sentence: int
    heading: str = ""
    title_match: bool = False
    """The document's title or metadata matched too (or only they did)."""

    def to_json(self) -> dict[str, Any]:
        """The command line's JSON shape of a hit."""
        return {
            "doc": self.doc,
            "start": self.start,
            "end": self.end,
            "passage": self.passage,
            "score": round(self.score, 4),
            "highlights": [list(span) for span in self.highlights],
            "via": self.via,
        }


@dataclass
class SearchResult:
    """Hits best first, plus what the reader should be told about the query."""

    query: str
    hits: list[Hit] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    """Human-readable remarks: fallback to OR, capped prefixes, ignored words, index state."""
    suggestion: str | None = None
    """A corrected query from the index's own vocabulary ("Meinten Sie …?")."""
    fell_back: bool = False
    """No sentence had all the words; these hits have any of them."""

    def remarks(self) -> list[str]:
        """The notes besides the suggestion's, for a UI that offers the suggestion itself."""
        offered = suggestion_note(self.suggestion) if self.suggestion else None
        return [note for note in self.notes if note != offered]


def suggestion_note(suggestion: str) -> str:
    """The note that tells a corrected query (the command line prints it as it is)."""
    return f"Did you mean: {suggestion}?"


@dataclass(frozen=True, slots=True)
class Filters:
    """Which documents and dates a search is limited to."""

    docs: list[str] | None = None
    date_from: date | None = None
    date_to: date | None = None

    def query(self) -> wq.Query | None:
        """A Whoosh filter for these limits, or None when there are none."""
        parts: list[wq.Query] = []
        if self.docs is not None:
            parts.append(wq.Or([wq.Term("doc", doc) for doc in self.docs]))
        if self.date_from or self.date_to:
            last = self.date_to.toordinal() if self.date_to else None
            first = self.date_from.toordinal() if self.date_from else None
            parts.append(wq.NumericRange("date_lo", None, last))
            parts.append(wq.NumericRange("date_hi", first, None))
        return wq.And(parts) if parts else None

    def dated(self) -> bool:
        return bool(self.date_from or self.date_to)

    def keeps(self, intervals: Iterable[tuple[int, int]]) -> bool:
        """Whether one of a sentence's date intervals overlaps the range."""
        first = self.date_from.toordinal() if self.date_from else -(2**31)
        last = self.date_to.toordinal() if self.date_to else 2**31
        return any(lo <= last and hi >= first for lo, hi in intervals)


def run_search(
    searcher: Searcher,
    text: str,
    filters: Filters,
    limit: int,
    aliases: AliasSource | None,
    vocabulary: Callable[[], Vocabulary],
) -> SearchResult:
    """Search with all words, then with corrected words, then with any word.

    Raises:
        QueryError: Nothing searchable is left of the query.
    """
    cleaned, notes = clean_query(text)
    check_query(cleaned)
    reader = searcher.reader()
    plan = QueryBuilder(reader, vocabulary, aliases).build(cleaned)
    _check_searchable(plan, notes)
    result = SearchResult(query=cleaned, notes=notes + plan.notes)
    result.hits = _execute(searcher, plan, filters, limit)
    if result.hits:
        return result

    corrections = {
        word: fixed
        for word, terms in plan.words.items()
        if not any(reader.doc_frequency(name, term) for name, term in terms)
        and (fixed := _correction(vocabulary(), word))
    }
    if corrections:
        plan = QueryBuilder(reader, vocabulary, aliases, corrections).build(cleaned)
        result.hits = _execute(searcher, plan, filters, limit)
        spelled = _spelled(corrections, result.hits)
        result.suggestion = cleaned
        for word, fixed in spelled.items():
            pattern = rf"(?<!\w){re.escape(word)}(?!\w)"
            result.suggestion = re.sub(pattern, fixed, result.suggestion)
            arrow = f"{word} → {corrections[word]}"
            result.hits = [
                replace(hit, via=[f"{word} → {fixed}" if v == arrow else v for v in hit.via])
                for hit in result.hits
            ]
        result.notes.append(suggestion_note(result.suggestion))
    if not result.hits and plan.can_fall_back:
        plan = QueryBuilder(reader, vocabulary, aliases, corrections).build(cleaned, use_or=True)
        result.hits = _execute(searcher, plan, filters, limit)
        if result.hits:
            result.fell_back = True
            result.notes.append("No sentence has all the words; showing sentences with any.")
    return result


def _check_searchable(plan: Plan, notes: list[str]) -> None:
    query = plan.query
    if query is wq.NullQuery:
        if plan.dropped:
            words = ", ".join(plan.dropped[:5])
            raise QueryError(f"Only very common words ({words}); add a more specific one.")
        raise QueryError(" ".join(notes + plan.notes) or "Type a word to search for.")
    negative = isinstance(query, wq.Not) or (
        isinstance(query, wq.And) and all(isinstance(q, wq.Not) for q in query.subqueries)
    )
    if negative:
        raise QueryError("NOT only excludes words; add a word to look for.")


def _correction(vocabulary: Vocabulary, word: str) -> str | None:
    if word.endswith(("*", "~")):
        return None
    folded = fold_words(word)
    return vocabulary.correction(folded) if folded else None


def _spelled(corrections: dict[str, str], hits: list[Hit]) -> dict[str, str]:
    """Each correction as the text spells it (the vocabulary is folded: "abhangigkeit")."""
    surface: dict[str, str] = {}
    for hit in hits:
        for start, end in hit.highlights:
            word = hit.passage[start - hit.start : end - hit.start]
            surface.setdefault(fold_words(word), word)
    return {
        word: surface.get(fixed, fixed.capitalize() if word[:1].isupper() else fixed)
        for word, fixed in corrections.items()
    }


def _execute(searcher: Searcher, plan: Plan, filters: Filters, limit: int) -> list[Hit]:
    """Sentence hits, boosted (or added) where the document's title matches."""
    limit = max(1, limit)
    cache = _cache_of(searcher)
    allow = cache.allowed(searcher, filters)
    if allow is not None and not allow:
        return []  # an empty filter set would mean "no filter" to Whoosh
    from index.top_scores import TopScoresCollector  # see its module: not at start-up

    collector = TopScoresCollector(
        searcher.collector(limit=limit * 2 if filters.dated() else limit),
        allow=allow,
        restrict=cache.document_numbers,
    )
    searcher.search_with_collector(plan.query, collector)
    results = collector.results()
    title_scores = {} if filters.dated() else _title_scores(searcher, plan.query, filters.docs)
    by_field = _terms_by_field(plan)
    hits = []
    for record in results:
        fields = _stored_fields(searcher, record.docnum)
        if filters.dated() and not filters.keeps(fields.get("dates", ())):
            continue
        in_title = fields["doc"] in title_scores
        score = record.score * (TITLE_BOOST if in_title else 1.0)
        hits.append(_hit(fields, score, by_field, plan.phrases, in_title))
    found = {hit.doc for hit in hits}
    for doc, score in title_scores.items():
        first = searcher.document(doc=doc, kind=SENTENCE)
        if doc not in found and first is not None:
            hits.append(_hit(first, score, {}, {}, True))
    hits.sort(key=lambda hit: -hit.score)
    return hits[:limit]


_STORED_FIELDS_DIRECT = whoosh_is_pinned()
"""The Whoosh whose stored-field layout ``_stored_fields`` was checked against; any other
version takes Whoosh's own ``stored_fields``."""


def _stored_fields(searcher: Searcher, docnum: int) -> dict[str, Any]:
    """``searcher.stored_fields(docnum)``, testing each stored field against the schema's
    field names as one set lookup: Whoosh's segment reader calls the schema's ``__contains__``
    (which goes through ``__getitem__``) for every field of every hit: about 5 % of a prefix
    query's time (cProfile). A schema with pattern-named fields keeps Whoosh's test."""
    reader, local = searcher.reader(), docnum
    if _STORED_FIELDS_DIRECT and isinstance(reader, MultiReader):
        number, local = reader._segment_and_docnum(docnum)
        reader = reader.readers[number]
    if (
        not _STORED_FIELDS_DIRECT
        or type(reader) is not SegmentReader
        or reader.is_closed
        or reader.schema._dyn_fields
    ):
        whooshs: dict[str, Any] = searcher.stored_fields(docnum)
        return whooshs
    names = reader.schema._fields
    return {
        name: value for name, value in reader._perdoc.stored_fields(local).items() if name in names
    }


@dataclass
class _SearcherCache:
    """What every search on one searcher needs and the searcher does not keep itself.

    A searcher sees one index generation (a refreshed one after a change is a new object), so
    nothing here has to be invalidated.
    """

    records: list[tuple[Searcher, list[tuple[int, str, frozenset[tuple[str, str]]]]]]
    """Per segment, its document records' numbers (sorted), document ids and indexed terms."""
    document_numbers: set[int]
    """Global numbers of the document records: masked out of sentence searches."""
    filters: dict[tuple[object, ...], set[int]] = field(default_factory=dict)
    """Allowed document numbers per filter (documents, dates), a few recent ones."""

    def allowed(self, searcher: Searcher, filters: Filters) -> set[int] | None:
        """The document numbers ``filters`` allow, or None when they allow everything."""
        key = (
            tuple(filters.docs) if filters.docs is not None else None,
            filters.date_from,
            filters.date_to,
        )
        if key not in self.filters:
            query = filters.query()
            if query is None:
                return None
            if len(self.filters) >= _FILTER_CACHE:
                self.filters.pop(next(iter(self.filters)))
            self.filters[key] = set(query.docs(searcher))
        return self.filters[key]


_FILTER_CACHE = 16

_CACHES: WeakKeyDictionary[Searcher, _SearcherCache] = WeakKeyDictionary()


def _cache_of(searcher: Searcher) -> _SearcherCache:
    cache = _CACHES.get(searcher)
    if cache is None:
        records = []
        numbers: set[int] = set()
        for sub, offset in searcher.leaf_searchers():
            local = sorted(sub.document_numbers(kind=DOCUMENT))
            stored = [(number, sub.stored_fields(number)) for number in local]
            records.append(
                (sub, [(number, fields["doc"], _record_terms(fields)) for number, fields in stored])
            )
            numbers.update(number + offset for number in local)
        cache = _CACHES[searcher] = _SearcherCache(records, numbers)
    return cache


def _title_scores(searcher: Searcher, query: wq.Query, docs: list[str] | None) -> dict[str, float]:
    """The score of each document record (title and metadata) that matches ``query``.

    Only document records holding one of the query's terms are visited, by one matcher that
    jumps from one to the next; a library has few documents, so this replaces a second full
    search over all sentences. The scores are the ones a search restricted to document records
    gives (same matcher, same weighting).
    """
    wanted = None if docs is None else set(docs)
    leaves = {(leaf.fieldname, leaf.text) for leaf in term_leaves(query)}
    context = searcher.context(needs_current=True)
    scores: dict[str, float] = {}
    for sub, records in _cache_of(searcher).records:
        candidates = [
            (number, doc)
            for number, doc, terms in records
            if (wanted is None or doc in wanted) and not leaves.isdisjoint(terms)
        ]
        if not candidates:
            continue
        matcher = query.matcher(sub, context)
        for number, doc in candidates:
            if not matcher.is_active():
                break
            if matcher.id() < number:
                matcher.skip_to(number)
                if not matcher.is_active():
                    break
            if matcher.id() == number:
                scores[doc] = matcher.score()
    return scores


def _record_terms(fields: dict[str, Any]) -> frozenset[tuple[str, str]]:
    """The (field, term) pairs a document record was indexed with, from its stored text."""
    about = fields.get("about", "")
    return frozenset(
        (name, text)
        for name in (field_for(fields.get("lang", "")), WORDS_FIELD)
        for text, _, _ in _tokens(name, about)
    )


def _terms_by_field(plan: Plan) -> dict[str, dict[str, set[Origin]]]:
    by_field: dict[str, dict[str, set[Origin]]] = {}
    for (name, text), origins in plan.terms.items():
        by_field.setdefault(name, {})[text] = origins
    return by_field


def _hit(
    fields: dict[str, Any],
    score: float,
    by_field: dict[str, dict[str, set[Origin]]],
    phrases: dict[Origin, list[set[tuple[str, str]]]],
    in_title: bool,
) -> Hit:
    """A hit with its highlights and the aliases (or corrections) that found it."""
    passage, start = fields["passage"], fields["start"]
    tokens: list[tuple[int, int, set[Origin]]] = []
    matched: set[Origin] = set()
    found: set[tuple[str, str]] = set()
    for name in (field_for(fields["lang"]), WORDS_FIELD):
        wanted = by_field.get(name)
        if not wanted:
            continue
        for text, first, last in wanted_term_spans(passage, field_language(name), wanted):
            tokens.append((start + first, start + last, wanted[text]))
            matched |= wanted[text]
            found.add((name, text))
    matched = {
        origin
        for origin in matched
        if origin not in phrases or any(needed <= found for needed in phrases[origin])
    }
    # A word of a multi-word alias that did not match as a whole is no match: unmarked.
    spans = [(first, last) for first, last, origins in tokens if origins & matched]
    return Hit(
        doc=fields["doc"],
        start=start,
        end=fields["end"],
        passage=passage,
        score=score,
        highlights=_merge(spans),
        via=_via(matched),
        sentence=fields["sent"],
        heading=fields.get("heading", ""),
        title_match=in_title,
    )


@lru_cache(maxsize=_TOKEN_CACHE)
def _tokens(fieldname: str, passage: str) -> tuple[tuple[str, int, int], ...]:
    """A passage's index terms with their offsets in it, as the field analysed it (compound
    and name parts included), analysed once per passage (a document record's metadata)."""
    return index_term_spans(passage, field_language(fieldname))


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _via(matched: set[Origin]) -> list[str]:
    """Replacements that found this hit where the word itself did not."""
    own = {word for word, replacement in matched if not replacement}
    return sorted(
        {f"{word} → {replacement}" for word, replacement in matched if replacement}
        - {f"{word} → {r}" for word, r in matched if word in own}
    )
