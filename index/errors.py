"""Errors the search index raises; each carries a short ``title`` for the UI's toast."""

from __future__ import annotations


class SearchIndexError(Exception):
    """Base class: something about searching or indexing the user should hear about."""

    title = "Search"


class QueryError(SearchIndexError):
    """The query cannot be searched (empty, only stopwords, only NOT ...); the message says why."""

    title = "Search query"


class IndexBusy(SearchIndexError):
    """Another writer (thread or process) holds the index lock; try again later."""

    title = "Search index busy"
