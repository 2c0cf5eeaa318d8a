"""The search index: Whoosh behind a small interface. Never imports ``reader`` or ``textual``."""

# First: Whoosh's compat module without urllib.request, and the morphology's stand-in,
# before the modules below load Whoosh.
import index.lazy_morphology  # noqa: F401
import index.lazy_urllib  # noqa: F401

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
