"""The Whoosh schema: one record per sentence plus one per document (title and metadata).

Sentence text goes into the field of its language, so each field has one analyzer and the
same analysis runs at index and at query time. ``words`` keeps folded surface words (no
stemming) for prefix and fuzzy queries and for "did you mean" suggestions.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache
from typing import Any, NamedTuple

from whoosh.analysis import Analyzer
from whoosh.fields import ID, NUMERIC, STORED, TEXT, Schema
from whoosh.formats import Positions
from whoosh.system import pack_uint

from index.analysis import (
    ANALYSIS_VERSION,
    analyzer_for,
    index_postings,
    record_tokens,
    token_cache,
    token_terms,
)

FIELDS_VERSION = 7
"""Bump when fields change. 2: ``about`` stored on document records. 3: text fields are
:class:`AnalyzedText` (same postings, indexed through the token cache). 4: no ``key`` field
(a unique term per record that nothing looked up: a third of a segment's terms). 5: a
document record's ``hash`` is the ``index_stamp`` (content hash, publication date and the parse
pipeline's version). 6: no record for a figure mark (``[Abbildung]``: no prose). 7: a mark's caption
(``[Bild 4: Die Fähre]``) has its record again; bracketed prose is no mark."""

SCHEMA_VERSION = FIELDS_VERSION * 1000 + ANALYSIS_VERSION
"""Stored with the index: another version (fields or analysis changed) means a rebuild."""

LANGUAGE_FIELDS = {"de": "text_de", "en": "text_en"}
"""Analysed text fields by language; any other language goes to ``OTHER_FIELD``."""

OTHER_FIELD = "text_xx"
WORDS_FIELD = "words"
TEXT_FIELDS = (*LANGUAGE_FIELDS.values(), OTHER_FIELD)
"""Every field a plain query word is looked up in."""

SENTENCE = "s"
DOCUMENT = "d"
"""Values of the ``kind`` field."""


def field_for(language: str) -> str:
    """The text field for a language tag such as ``de``, ``de-AT`` or ``""``."""
    return LANGUAGE_FIELDS.get(language.split("-")[0].lower(), OTHER_FIELD)


def field_language(fieldname: str) -> str:
    """The analyzer language of a text field; ``words`` and ``text_xx`` only fold ("")."""
    languages = {name: language for language, name in LANGUAGE_FIELDS.items()}
    return languages.get(fieldname, "")


@cache
def analyzer_for_field(fieldname: str) -> Analyzer:
    """The analyzer of a text field, shared: queries and highlights analyse with it too.

    ``words`` and ``text_xx`` only fold (no stopwords, no stemming): they hold surface words.
    """
    return analyzer_for(field_language(fieldname))


class PoolGrowth(NamedTuple):
    """What one record's field added to a writer's pool."""

    length: int
    """The field's length: its number of terms (positions)."""
    postings: int
    new_terms: int


class AnalyzedText(TEXT):
    """A text field that indexes through :func:`index.analysis.index_postings`.

    Whoosh's own path runs every token through the analyzer's generators and builds a token
    object per word; this one looks each distinct token up once in the token cache. The
    postings are the same (a test compares them), so searching and highlighting, which use the
    analyzer, are unchanged.

    Args:
        fieldname: The field's name, which selects its language.
        phrase: Store positions (phrase queries); ``words`` does not need them.
    """

    def __init__(self, fieldname: str, phrase: bool = True) -> None:
        super().__init__(analyzer=analyzer_for_field(fieldname), phrase=phrase)
        self.language = field_language(fieldname)
        """Language code of the analyzer, "" for fold-only fields."""
        self._positional = isinstance(self.format, Positions)

    def index(self, value: object, **kwargs: object) -> Iterator[tuple[bytes, int, float, bytes]]:
        """(term bytes, frequency, weight, encoded posting) per distinct term of ``value``."""
        if not isinstance(value, str) or kwargs.get("mode", "index") != "index":
            yield from super().index(value, **kwargs)
            return
        for term, positions in index_postings(value, self.language).items():
            count = len(positions)
            yield term.encode("utf-8"), count, self._weight(count), self._encoded(positions)

    def pool_postings(self, value: str, docnum: int, pooled: dict[str, list[Any]]) -> PoolGrowth:
        """Add what :meth:`index` yields for record ``docnum`` to a pool's terms of this
        field (:meth:`index.pool.TermPool.field_terms`, keyed by the term as text).

        One pass over the record's tokens with no dictionary of its own: a term goes to the
        pool where it is met, with the shared weight of one and the shared encoding of its
        position (most terms occur once in a sentence); a term met again in the same record
        (its pool entry already ends with this record) gets its count's weight and posting
        after the pass. So a large build's pool holds mostly references (see :mod:`index.pool`).

        Returns:
            The field's length (its number of terms), the postings and the new terms added.
        """
        language = self.language
        known = token_cache(language)
        positional = self._positional
        one = self._weight(1)
        posting = _ONE_COUNT
        singles = _SINGLE_POSITIONS
        terms_before = len(pooled)
        length = 0
        pos = -1
        again: dict[str, list[bytes]] | None = None
        tokens = record_tokens(value)
        if positional and len(tokens) > len(singles):
            _single_position(len(tokens))  # each position of the record has its encoding
        added = (docnum, one, posting)  # what a term's flat postings grow by
        for index, token in enumerate(tokens):
            terms = known.get(token)
            if terms is None:
                terms = token_terms(token, language)
            if not terms:
                continue
            pos = index if pos < 0 else pos + 1
            if positional:
                posting = singles[pos]
                added = (docnum, one, posting)
            length += len(terms)
            for term in terms:
                flat = pooled.get(term)
                if flat is None:
                    pooled[term] = [docnum, one, posting]
                elif flat[-3] != docnum:
                    flat += added
                elif again is None:
                    again = {term: [flat[-1], posting]}
                elif term in again:
                    again[term].append(posting)
                else:
                    again[term] = [flat[-1], posting]
        postings = length
        if again:
            for term, occurrences in again.items():
                flat = pooled[term]
                flat[-2] = self._weight(len(occurrences))
                flat[-1] = self._repeated(occurrences)
                postings -= len(occurrences) - 1
        return PoolGrowth(length, postings, len(pooled) - terms_before)

    def _repeated(self, occurrences: list[bytes]) -> bytes:
        """The posting of a term met several times in one record, from the posting each
        occurrence had alone (the encoding of its position, or of a count of one)."""
        if not self._positional:
            return self._encoded_count(len(occurrences))
        encoded: bytes = self.format.encode([_POSITION_OF[one] for one in occurrences])
        return encoded

    def _weight(self, count: int) -> float:
        boost: float = self.format.field_boost
        if boost == 1.0 and count < len(_UNIT_WEIGHTS):
            return _UNIT_WEIGHTS[count]
        return count * boost

    def _encoded(self, positions: list[int]) -> bytes:
        """The format's encoding of a term's positions (of its count, without positions)."""
        if not self._positional:
            return self._encoded_count(len(positions))
        if len(positions) > 1:
            encoded: bytes = self.format.encode(positions)
            return encoded
        return _single_position(positions[0])

    @staticmethod
    def _encoded_count(count: int) -> bytes:
        found = _COUNTS.get(count)
        if found is None:
            found = _COUNTS[count] = pack_uint(count)
        return found


_UNIT_WEIGHTS = [float(count) for count in range(64)]
"""A term's weight by its count in a field without boost (shared float objects)."""

_COUNTS: dict[int, bytes] = {}
"""The encoded posting of a term by its count (fields without positions)."""

_ONE_COUNT = pack_uint(1)
"""The posting of a term that occurs once in a field without positions."""

_SINGLE_POSITIONS: list[bytes] = []
"""The encoded posting of a term that occurs once, by its position (most terms of a
sentence); a sentence has at most a few hundred positions, so this stays small."""

_POSITION_OF: dict[bytes, int] = {}
"""The position of each encoding in ``_SINGLE_POSITIONS``."""


def _single_position(pos: int) -> bytes:
    """The encoded posting of a term that occurs once, at ``pos`` (shared, see above)."""
    while len(_SINGLE_POSITIONS) <= pos:
        at = len(_SINGLE_POSITIONS)
        encoded: bytes = Positions().encode([at])
        _POSITION_OF[encoded] = at  # first: a thread that finds the encoding finds its position
        _SINGLE_POSITIONS.append(encoded)
    return _SINGLE_POSITIONS[pos]


def build_schema() -> Schema:
    """A fresh schema; analyzers are pickled into the index, so they live at stable paths."""
    text_fields = {name: AnalyzedText(name) for name in TEXT_FIELDS}
    return Schema(
        kind=ID(stored=True),
        doc=ID(stored=True),
        sent=STORED,
        start=STORED,
        end=STORED,
        lang=STORED,
        heading=STORED,
        passage=STORED,
        title=STORED,
        about=STORED,
        hash=STORED,
        dates=STORED,
        date_lo=NUMERIC(int, bits=32),
        date_hi=NUMERIC(int, bits=32),
        words=AnalyzedText(WORDS_FIELD, phrase=False),
        **text_fields,
    )
