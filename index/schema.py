"""The Whoosh schema: one record per sentence plus one per document (title and metadata).

Sentence text goes into the field of its language, so each field has one analyzer and the
same analysis runs at index and at query time. ``words`` keeps folded surface words (no
stemming) for prefix and fuzzy queries and for "did you mean" suggestions.
"""

from __future__ import annotations

from functools import cache

from whoosh.analysis import Analyzer
from whoosh.fields import ID, NUMERIC, STORED, TEXT, Schema

from index.analysis import ANALYSIS_VERSION, analyzer_for

FIELDS_VERSION = 2
"""Bump when fields change. 2: ``about`` stored on document records."""

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


@cache
def analyzer_for_field(fieldname: str) -> Analyzer:
    """The analyzer of a text field, shared: queries and highlights analyse with it too.

    ``words`` and ``text_xx`` only fold (no stopwords, no stemming): they hold surface words.
    """
    languages = {name: language for language, name in LANGUAGE_FIELDS.items()}
    return analyzer_for(languages.get(fieldname, ""))


def build_schema() -> Schema:
    """A fresh schema; analyzers are pickled into the index, so they live at stable paths."""
    text_fields = {name: TEXT(analyzer=analyzer_for_field(name)) for name in TEXT_FIELDS}
    return Schema(
        key=ID(unique=True, stored=True),
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
        words=TEXT(analyzer=analyzer_for_field(WORDS_FIELD), phrase=False),
        **text_fields,
    )
