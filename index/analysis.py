"""Text analysis for the search index: the same tokens at index time and at query time.

Readers type what they remember, so every word is reduced to one canonical key:

* lowercase, then ä/ö/ü → a/o/u, ß → ss and other accents stripped (:func:`fold`), so that
  "Abhangigkeit" typed on a foreign keyboard meets "Abhängigkeit";
* German only: the digraphs ae/oe/ue → a/o/u, so that "Abhaengigkeit" meets it too, except
  "ue" after q or a vowel (Quelle, Steuer). This is exactly what the Snowball German stemmer (3.x,
  formerly "german2") does in its prelude; doing it before the stopword check and the stemmer makes
  all three spellings one key by construction. Words like "Israel" or "Michael" become
  "isral"/"michal", but at index and at query time alike, so they still find each other; the cost
  is a false match only with a word that differs by exactly that digraph, which German
  practically never has;
* stopwords removed (whoosh's copy of the Snowball list), positions renumbered so phrase queries
  skip them on both sides;
* Snowball stemming (inflection: Wahlen → wahl, Sanktionen → sanktion).

Hyphenated names stay one token ("wagn-soldn") and, in index mode, their parts are added at the
same position; German compounds get their parts (see :mod:`index.decompound`) at the same position
too. Query mode emits only the whole token, so a phrase query's words stay consecutive and match the
whole (or a part, when the reader typed only the part).

The tokenizer and filter are module-level classes because Whoosh pickles them into the schema.
"""

from __future__ import annotations

import itertools
import re
import threading
import unicodedata
from collections.abc import Container, Iterable, Iterator, Mapping
from functools import lru_cache
from typing import Any, Protocol, TypeVar

from snowballstemmer.basestemmer import BaseStemmer
from snowballstemmer.english_stemmer import EnglishStemmer
from snowballstemmer.german_stemmer import GermanStemmer
from whoosh.analysis import Analyzer, Filter, Token, Tokenizer
from whoosh.lang.stopwords import stoplists

from index.decompound import compound_parts

try:  # optional: the same Snowball stemmers in C (see _PYSTEMMER_VERSIONS)
    import Stemmer
except ImportError:
    Stemmer = None

__all__ = [
    "ANALYSIS_VERSION",
    "WordFilter",
    "WordTokenizer",
    "add_token_terms",
    "analyze_terms",
    "analyzer_for",
    "english_analyzer",
    "fold",
    "german_analyzer",
    "export_token_terms",
    "import_token_terms",
    "index_postings",
    "index_term_spans",
    "index_term",
    "known_tokens",
    "record_tokens",
    "text_tokens",
    "token_cache",
    "token_cache_counts",
    "token_terms",
    "token_terms_since",
    "wanted_term_spans",
    "trim_token_cache",
]

_WORD = re.compile(r"[^\W_]+(?:[-\u2010\u2011][^\W_]+)*")
"""A word, or several joined by hyphens (ASCII hyphen, Unicode hyphen, non-breaking hyphen)."""

_HYPHENS = re.compile(r"[-\u2010\u2011]")

_PART = re.compile(r"[^\W_]+")

_WHOLE = re.compile(r"(?s).+")
"""The whole value as one token, for Whoosh's ``tokenize=False`` (prefix and wildcard text)."""

_DIGRAPHS = re.compile(r"ae|oe|(?<![qaeiouy])ue")
"""Umlauts typed as two letters, as Snowball German reads them: not "ue" after q ("Quelle") or
after a vowel, where the u is a consonant ("Steuer", "neuen", "Dauer")."""

_VOWEL_PLURAL = re.compile(r"(?<=.{3}[aoy])s$")
"""The -s of foreign plurals and of names' genitives after a vowel (Autos, Handys, Lukaschenkas),
which Snowball German leaves on."""

ANALYSIS_VERSION = 5
"""Bump when any analysis step changes its output: part of the index's schema version, so an
index built by an older analyzer is rebuilt rather than silently missing words.
2: PyStemmer used when present (same stems, checked below). 3: runs of a compound's parts
placed in the whole word ("Kampfflugzeug" gives "flugzeug", no longer the fragment "kamp").
4: a rare word with a prepositional prefix gives its rest ("Vorkammer" gives "kammer").
5: no part drops a final -e after a vowel ("Millisekunde" no longer gives "see")."""

_STEMMERS: dict[str, type[BaseStemmer]] = {"de": GermanStemmer, "en": EnglishStemmer}
"""Snowball stemmer per language code; other languages are only folded. The pure-Python classes
are named directly because ``snowballstemmer.stemmer()`` silently switches to PyStemmer when that
is installed, whose Snowball release may stem differently from the one the index was built with."""

_PYSTEMMER_NAMES = {"de": "german", "en": "english"}

_PYSTEMMER_VERSIONS = frozenset({"3.1.0"})
"""PyStemmer releases checked to stem exactly like snowballstemmer 3.1.1 (every word of the 10 MB
benchmark corpus and of wordfreq's German and English lists, ~970,000 keys each: no difference).
PyStemmer is C and about 6x faster on cold words, which dominate a first build; another release
is not used, so an index never mixes stems of two Snowball versions."""

_CACHE_SIZE = 1 << 18
"""Distinct words cached per analysis step; a 10 MB corpus has well under this many."""


def fold(text: str) -> str:
    """Lowercase and fold umlauts, ß and accents, the key that ignores keyboard and spelling.

    Args:
        text: Any text.

    Returns:
        The text in lowercase ASCII letters where a Latin base letter exists (ä → a, ß → ss, é → e).
    """
    text = text.lower()
    if text.isascii():
        return text
    # Four replaces, not str.translate, whose dictionary path is 3-6x slower on a word.
    text = text.replace("ä", "a").replace("ö", "o").replace("ü", "u").replace("ß", "ss")
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _key(word: str, language: str) -> str:
    """The folded form of a lowercase word; German also folds the ae/oe/ue digraphs."""
    folded = fold(word)
    return _DIGRAPHS.sub(lambda m: m.group(0)[0], folded) if language == "de" else folded


@lru_cache(maxsize=8)
def _stopwords(language: str) -> frozenset[str]:
    """The stopword list of a language in key form, so that "fuer" and "fur" are stopwords too."""
    return frozenset(_key(word, language) for word in stoplists.get(language, ()))


class _Stemmer(Protocol):
    """What both Snowball implementations offer."""

    def stemWord(self, word: str) -> str: ...  # noqa: N802 - the libraries' name


_PER_THREAD = threading.local()


def _stemmer(language: str) -> _Stemmer | None:
    """One Snowball stemmer per language and thread (None: no stemming).

    A Snowball stemmer keeps the word it works on in its own attributes, so one instance used
    by two threads at once (the index sync and the cross-links worker) corrupts both words.
    """
    stemmers: dict[str, _Stemmer | None] = _PER_THREAD.__dict__.setdefault("stemmers", {})
    if language not in stemmers:
        stemmers[language] = _new_stemmer(language)
    return stemmers[language]


def _new_stemmer(language: str) -> _Stemmer | None:
    """PyStemmer when a checked release is installed, else the pure-Python Snowball class."""
    if Stemmer is not None and Stemmer.version() in _PYSTEMMER_VERSIONS:
        name = _PYSTEMMER_NAMES.get(language)
        if name is not None:
            stemmer: _Stemmer = Stemmer.Stemmer(name)
            return stemmer
    pure = _STEMMERS.get(language)
    return pure() if pure else None


@lru_cache(maxsize=_CACHE_SIZE)
def _stem(word: str, language: str) -> str:
    """The index term of one lowercase word without hyphens."""
    return _stem_key(_key(word, language), language)


def _stem_key(key: str, language: str) -> str:
    """:func:`_stem` of a word whose key (:func:`_key`) is known already."""
    if language == "de":
        key = _VOWEL_PLURAL.sub("", key)
    stemmer = _stemmer(language)
    return stemmer.stemWord(key) if stemmer else key


def index_term(word: str, language: str = "de") -> str:
    """The term one word becomes in the index (folded and stemmed, stopwords included).

    Args:
        word: A single word, any case ("Sanktionen").
        language: The word's language code.

    Returns:
        The term ("sanktion"); hyphenated words keep their hyphens ("wagn-soldn").
    """
    word = word.lower()
    if _HYPHENS.search(word):
        return "-".join(_stem(part, language) for part in _HYPHENS.split(word))
    return _stem(word, language)


@lru_cache(maxsize=_CACHE_SIZE)
def _terms(word: str, language: str, split: bool) -> tuple[str, ...]:
    """The terms one token contributes: empty for a stopword, else its term and compound parts.

    Args:
        word: The lowercase token, possibly hyphenated.
        language: A language code; only "de" is decompounded.
        split: Whether to add the parts of a compound (index mode).
    """
    if _HYPHENS.search(word):
        return (index_term(word, language),)
    key = _key(word, language)
    if key in _stopwords(language):
        return ()
    term = _stem_key(key, language)  # the whole word, seldom met again: not cached
    if not split or language != "de":
        return (term,)
    terms = [term]
    for part in compound_parts(word):
        part_term = _stem(part, language)
        if part_term not in terms:
            terms.append(part_term)
    return tuple(terms)


_TOKEN_TERMS: dict[str, dict[str, tuple[str, ...]]] = {}
"""Per language, the index-mode terms of each token as written (see :func:`token_terms`).

A plain dict rather than an ``lru_cache`` so that it can be saved with the index and loaded by
the next run (:func:`export_token_terms`, :func:`import_token_terms`): a library's vocabulary is
Zipf-shaped, so after the first build almost every token of a new document is known."""

_TOKEN_TERMS_LIMIT = 1 << 20
"""Tokens kept per language; beyond this the cache starts again (a safeguard, not a tuning)."""


_Value = TypeVar("_Value")

TOKENS_KEPT = 1 << 16
"""Tokens kept per language between syncs (:func:`trim_token_cache`), about 12 MB each. The
first ones analysed are kept; in a Zipf-shaped vocabulary they are the frequent ones."""


def trim_token_cache(keep: int | None = None) -> bool:
    """Keep the first ``keep`` tokens per language of the token caches, drop the rest.

    A 20 MB text leaves about 150,000 tokens per language (60 MB) behind; the index keeps
    every analysis in its saved file and reads it again for its next sync, so only an app
    that stays open between syncs holds this smaller part.

    Args:
        keep: Tokens kept per language (``TOKENS_KEPT`` when None).

    Returns:
        Whether anything was dropped.
    """
    keep = TOKENS_KEPT if keep is None else keep
    terms = _trim(_TOKEN_TERMS, keep)
    spans = _trim(_TOKEN_SPANS, keep)
    return terms or spans


def _trim(caches: dict[str, dict[str, _Value]], keep: int) -> bool:
    """Each language's cache cut to its first ``keep`` entries; whether any was longer."""
    dropped = False
    for language, cache in list(caches.items()):
        if len(cache) > keep:  # a new dict: a thread reading the old one finishes on it
            caches[language] = dict(itertools.islice(cache.items(), keep))
            dropped = True
    return dropped


def token_terms(token: str, language: str) -> tuple[str, ...]:
    """The terms one token puts at its position when indexed, computed once per distinct token.

    Exactly what :class:`WordTokenizer` and :class:`WordFilter` yield for it in index mode: the
    term of the whole token (with a German compound's parts), then, for a hyphenated name, the
    terms of each part; empty for a stopword.

    Args:
        token: A word or hyphenated name as matched in the text ("Wagner-Söldner").
        language: The analyzer's language code ("de", "en", "" for fold-only fields).
    """
    cache = _TOKEN_TERMS.setdefault(language, {})
    terms = cache.get(token)
    if terms is None:
        hyphenated = _HYPHENS.search(token)
        if not (language or hyphenated):
            # A fold-only field has no stopwords, stemmer or parts: what _terms gives
            # (half of the fold-only fields' words are met only once, so its cache spared
            # little and cost more than the folding)
            terms = (fold(token),)
        else:
            whole = _terms(token.lower(), language, True)
            parts: list[str] = []
            if whole and hyphenated:  # a hyphenated whole is never a stopword
                for part in _PART.findall(token):
                    parts.extend(_terms(part.lower(), language, True))
            terms = (*whole, *parts)
        if len(cache) >= _TOKEN_TERMS_LIMIT:
            cache.clear()
        cache[token] = terms
    return terms


def text_tokens(text: str, start: int, end: int) -> list[str]:
    """The tokens of ``text[start:end]`` as indexing splits text (words, hyphenated names).

    Args:
        text: A document's text.
        start: Where to begin (at a word's start or between words).
        end: Where to stop.
    """
    return _WORD.findall(text, start, end)


def known_tokens(language: str) -> Mapping[str, tuple[str, ...]]:
    """The tokens whose index-mode terms are cached for ``language`` (see :func:`token_terms`)."""
    return _TOKEN_TERMS.get(language, {})


_LAST_TOKENS: tuple[str, list[str]] = ("", [])
"""The last text :func:`record_tokens` split into tokens, and its tokens: a sentence is
indexed in two fields (its language's and ``words``), split once. Replaced as one tuple, so a
thread reads a text with its own tokens."""


def record_tokens(text: str) -> list[str]:
    """The tokens of a field value (words, hyphenated names), the last value's kept.

    Args:
        text: A field value (a sentence).
    """
    global _LAST_TOKENS
    last = _LAST_TOKENS
    if last[0] is text:
        return last[1]
    tokens = _WORD.findall(text)
    _LAST_TOKENS = (text, tokens)
    return tokens


def token_cache(language: str) -> dict[str, tuple[str, ...]]:
    """The live cache of :func:`token_terms` for ``language``, for a caller that looks each
    token up itself and calls :func:`token_terms` only for the ones it lacks."""
    return _TOKEN_TERMS.setdefault(language, {})


def index_postings(text: str, language: str) -> dict[str, list[int]]:
    """Each index term of ``text`` with its positions, as the analyzer yields them in index mode.

    The fast path of :class:`index.schema.AnalyzedText`: no token objects, one dictionary
    lookup per token. Positions follow :class:`WordFilter`: the first kept token keeps its
    position, each later one takes the next, so stopwords leave no gaps.

    Args:
        text: A field value (a sentence).
        language: The analyzer's language code.
    """
    tokens = record_tokens(text)
    postings: dict[str, list[int]] = {}
    pos = -1
    known = token_cache(language)
    for index, token in enumerate(tokens):
        terms = known.get(token)
        if terms is None:
            terms = token_terms(token, language)
        if not terms:
            continue
        pos = index if pos < 0 else pos + 1
        for term in terms:
            positions = postings.get(term)
            if positions is None:
                postings[term] = [pos]
            else:
                positions.append(pos)
    return postings


_TOKEN_SPANS: dict[str, dict[str, tuple[tuple[str, int, int], ...]]] = {}
"""Per language, each token's index terms with their offsets in the token (for highlights)."""


def _token_spans(token: str, language: str) -> tuple[tuple[str, int, int], ...]:
    """:func:`token_terms` with each term's offsets in the token: a part's own, else the whole's."""
    cache = _TOKEN_SPANS.setdefault(language, {})
    spans = cache.get(token)
    if spans is None:
        hyphenated = _HYPHENS.search(token)
        # Without hyphens a token's terms are its whole's: the indexing cache may know them
        # (a hit's words were indexed), which spares analysing them again.
        whole = (None if hyphenated else _TOKEN_TERMS.get(language, {}).get(token)) or _terms(
            token.lower(), language, True
        )
        found = [(term, 0, len(token)) for term in whole]
        if whole and hyphenated:
            for part in _PART.finditer(token):
                found += [
                    (term, part.start(), part.end())
                    for term in _terms(part.group(0).lower(), language, True)
                ]
        spans = tuple(found)
        if len(cache) >= _TOKEN_TERMS_LIMIT:
            cache.clear()
        cache[token] = spans
    return spans


def index_term_spans(text: str, language: str) -> tuple[tuple[str, int, int], ...]:
    """Each index term of ``text`` with its start and end offset, in order: what the analyzer
    yields in index mode with ``chars=True``, one cached lookup per token (for highlighting).

    Args:
        text: A passage.
        language: The analyzer's language code.
    """
    found: list[tuple[str, int, int]] = []
    for match in _WORD.finditer(text):
        at = match.start()
        found += [
            (term, at + first, at + last)
            for term, first, last in _token_spans(match.group(0), language)
        ]
    return tuple(found)


def wanted_term_spans(
    text: str, language: str, wanted: Container[str]
) -> list[tuple[str, int, int]]:
    """The entries of :func:`index_term_spans` whose term is in ``wanted``, in the same order.

    A hit's highlights need only the query's terms: building every term's entry with its
    passage offsets first and then testing them was most of a search's highlight time (a
    search highlights up to 50 new passages, each in two fields).
    """
    found: list[tuple[str, int, int]] = []
    for spans, at in _spans_at(text, language):
        for term, first, last in spans:
            if term in wanted:
                found.append((term, at + first, at + last))
    return found


@lru_cache(maxsize=1 << 14)
def _spans_at(text: str, language: str) -> tuple[tuple[tuple[tuple[str, int, int], ...], int], ...]:
    """Each word token of a passage that has index terms: its terms with their offsets in
    the token, and the token's offset. Kept for the passages that recur as a reader types."""
    known = _TOKEN_SPANS.setdefault(language, {})
    found = []
    for match in _WORD.finditer(text):
        token = match.group(0)
        spans = known.get(token)
        if spans is None:
            spans = _token_spans(token, language)
        if spans:
            found.append((spans, match.start()))
    return tuple(found)


def token_terms_since(
    since: Mapping[str, int] | None = None,
) -> dict[str, dict[str, tuple[str, ...]]]:
    """The token cache's analyses per language, only those made after ``since``.

    Args:
        since: Tokens per language known before (from :func:`token_cache_counts`); None
            gives everything.
    """
    found: dict[str, dict[str, tuple[str, ...]]] = {}
    for language, cache in _TOKEN_TERMS.items():
        skip = (since or {}).get(language, 0)
        if skip > len(cache):  # the cache started again: everything is new
            skip = 0
        if tokens := dict(itertools.islice(cache.items(), skip, None)):
            found[language] = tokens
    return found


def add_token_terms(found: Mapping[str, Mapping[str, tuple[str, ...]]]) -> None:
    """Add what :func:`token_terms_since` gave in a fork of this process, as it is: the same
    code made it, so it needs none of :func:`import_token_terms`'s checks, which took nine
    tenths of taking in a 10 MB batch's analyses (0.36 -> 0.04 s)."""
    for language, tokens in found.items():
        _TOKEN_TERMS.setdefault(language, {}).update(tokens)


def export_token_terms(since: Mapping[str, int] | None = None) -> dict[str, dict[str, list[str]]]:
    """The token cache as plain JSON-ready data, to be saved beside the index.

    Args:
        since: Tokens per language already saved (from :func:`token_cache_counts`); only
            the ones analysed after them are exported. None exports everything.
    """
    return {
        language: {token: list(terms) for token, terms in tokens.items()}
        for language, tokens in token_terms_since(since).items()
    }


def token_cache_counts() -> dict[str, int]:
    """Tokens analysed and cached so far, per language (insertion order is analysis order)."""
    return {language: len(cache) for language, cache in _TOKEN_TERMS.items()}


def import_token_terms(data: object) -> int:
    """Add saved token analyses to the cache (unknown shapes are ignored); returns how many.

    Args:
        data: What :func:`export_token_terms` returned in an earlier run, read back from JSON.
    """
    if not isinstance(data, dict):
        return 0
    added = 0
    for language, tokens in data.items():
        if not (isinstance(language, str) and isinstance(tokens, dict)):
            continue
        cache = _TOKEN_TERMS.setdefault(language, {})
        if _all_analyses(tokens):
            analyses: Iterable[tuple[str, tuple[str, ...]]]
            analyses = zip(tokens, map(tuple, tokens.values()), strict=True)
            if cache:  # a token known already keeps its analysis and its place
                analyses = ((token, terms) for token, terms in analyses if token not in cache)
            cache.update(analyses)
            added += len(tokens)
            continue
        for token, terms in tokens.items():  # some entry is damaged: take the others
            if (
                isinstance(token, str)
                and isinstance(terms, list)
                and all(isinstance(t, str) for t in terms)
            ):
                cache.setdefault(token, tuple(terms))
                added += 1
    return added


def _all_analyses(tokens: dict[Any, Any]) -> bool:
    """Whether every entry of ``tokens`` (read from JSON) is a token with a list of terms.
    JSON gives plain types, so the types are compared in C, for the whole file at once:
    checked entry by entry, the checks were half of reading the saved analyses."""
    values = tokens.values()
    return (
        {str}.issuperset(map(type, tokens))
        and {list}.issuperset(map(type, values))
        and {str}.issuperset(map(type, itertools.chain.from_iterable(values)))
    )


class WordTokenizer(Tokenizer):
    """Words and hyphenated names; in index mode also each part of a hyphenated name.

    A part shares the position of its whole, so "Wagner-Söldner kämpfen" keeps "kämpfen" right
    after the name whether a query names the whole or one part.
    """

    def __call__(
        self,
        value: str,
        positions: bool = False,
        chars: bool = False,
        keeporiginal: bool = False,
        removestops: bool = True,
        start_pos: int = 0,
        start_char: int = 0,
        tokenize: bool = True,
        mode: str = "",
        **kwargs: object,
    ) -> Iterator[Token]:
        """Yield one reused :class:`Token` per word (Whoosh's tokenizer protocol).

        ``t.part`` tells the filter whether a token is a part of the preceding whole.
        """
        t = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        matches = (_WORD if tokenize else _WHOLE).finditer(value)
        for pos, match in enumerate(matches, start_pos):
            pieces = [(match.group(0), match.start(), False)]
            if mode == "index" and _HYPHENS.search(match.group(0)):
                pieces += [
                    (part.group(0), match.start() + part.start(), True)
                    for part in _PART.finditer(match.group(0))
                ]
            for text, start, is_part in pieces:
                t.text = text
                t.part = is_part
                t.boost = 1.0
                t.stopped = False
                if keeporiginal:
                    t.original = text
                if positions:
                    t.pos = pos
                if chars:
                    t.startchar = start_char + start
                    t.endchar = start_char + start + len(text)
                yield t


class WordFilter(Filter):
    """Lowercase, fold, drop stopwords, stem and (German, index mode) add compound parts.

    Positions are renumbered so that removed stopwords leave no gap, the same in both modes, which
    keeps phrase queries with stopwords ("Krieg in der Ukraine") matching.

    Args:
        language: A two-letter code; "de" and "en" get stopwords and stemming.
    """

    def __init__(self, language: str) -> None:
        self.language = language
        """Two-letter code selecting stopwords, stemmer and decompounding."""

    def __call__(self, tokens: Iterator[Token]) -> Iterator[Token]:
        """Replace each token by its terms (Whoosh's filter protocol)."""
        pos: int | None = None
        whole_emitted = False
        for t in tokens:
            if not t.part:
                whole_emitted = False
            split = t.mode == "index"
            terms = _terms(t.text.lower(), self.language, split)
            if not terms:
                if t.removestops:
                    continue
                t.stopped = True
                terms = (index_term(t.text, self.language),)
            if not whole_emitted:
                whole_emitted = True
                if t.positions:
                    pos = t.pos if pos is None else pos + 1
            if t.positions:
                t.pos = pos
            for term in terms:
                t.text = term
                yield t


def german_analyzer() -> Analyzer:
    """The analyzer for German fields, identical at index and query time."""
    return WordTokenizer() | WordFilter("de")


def english_analyzer() -> Analyzer:
    """The analyzer for English fields: stopwords and Snowball English, no decompounding."""
    return WordTokenizer() | WordFilter("en")


def analyzer_for(language: str) -> Analyzer:
    """The analyzer for a document language ("de", "en", "de-AT", …); others are only folded.

    Args:
        language: A language code as stored with a document.
    """
    return WordTokenizer() | WordFilter(language.lower()[:2])


def analyze_terms(text: str, language: str = "de") -> list[str]:
    """The index terms of a text, compound parts included, for lexical similarity.

    Args:
        text: Any text.
        language: The text's language code.

    Returns:
        The terms in order, stopwords removed.
    """
    return [t.text for t in analyzer_for(language)(text, mode="index")]
