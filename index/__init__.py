"""The search index: Whoosh behind a small interface. Never imports ``reader`` or ``textual``."""

# First: its stand-in must be in place before the modules below load Whoosh's queries.
import index.lazy_morphology  # noqa: F401

# isort: split
from index.build import DateInterval, DatesFor, sentence_date_intervals
from index.errors import IndexBusy, QueryError, SearchIndexError
from index.query import AliasSource
from index.search import Hit, SearchResult
from index.store import IndexStatus, SearchIndex, SyncReport, Unread

__all__ = [
    "AliasSource",
    "DateInterval",
    "DatesFor",
    "Hit",
    "IndexBusy",
    "IndexStatus",
    "QueryError",
    "SearchIndex",
    "SearchIndexError",
    "SearchResult",
    "SyncReport",
    "Unread",
    "sentence_date_intervals",
]
