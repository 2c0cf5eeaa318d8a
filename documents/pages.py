"""Page furniture that PDFs and text copied out of them share: running lines, page numbers.

A printed page repeats a header or footer at its top or bottom edge (often with the page
number in it) and numbers itself. Both readers find them the same way: a line at a page's
edge whose text, digits ignored, is at the edge of at least half the pages (and of two) is a
running line. ``documents.formats.pdf`` knows its pages; ``documents.furniture`` finds the
page breaks of a plain text first.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

EDGE_LINES = 2
"""How many lines at the top and at the bottom of a page may be running heads or footers."""
RUNNING_SHARE = 0.5
"""A line at the page edge on at least this share of pages (and two) repeats on every page."""

PAGE_NUMBER = re.compile(
    r"^\W*(?:page|seite|s\.)?\s*(?:\d{1,4}|[ivxlc]{1,7})(?:\s*(?:/|of|von)\s*\d{1,4})?\W*$",
    re.IGNORECASE,
)
"""A page number as a PDF sets it at a page's edge (``3``, ``- 3 -``, ``Seite 3``, ``iv``,
``3/12``): where the page's edge is known, any such line is one. A plain text, whose
edges are not known, reads page numbers more strictly (``documents.furniture``)."""

_DIGITS = re.compile(r"\d+")


def edge_key(text: str) -> str:
    """What a running line keeps from page to page: its words, whatever the page number."""
    return _DIGITS.sub("#", " ".join(text.split()).casefold())


def edge_indices(count: int) -> range | set[int]:
    """The positions of a page's edge lines among its ``count`` lines."""
    if count <= 2 * EDGE_LINES:
        return range(count)
    return set(range(EDGE_LINES)) | set(range(count - EDGE_LINES, count))


def running_keys(edges: Iterable[Iterable[str]], pages: int) -> set[str]:
    """The ``edge_key`` of every running line, given each page's edge lines."""
    counts: Counter[str] = Counter()
    for lines in edges:
        counts.update({edge_key(line) for line in lines})
    return {key for key, n in counts.items() if n >= max(2, RUNNING_SHARE * pages)}
