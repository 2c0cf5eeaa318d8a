"""The glossary's mention marks of one document, made line by line as the view draws them.

A long document has hundreds of thousands of mentions; a mark object for each, kept while
the document is open, cost as much memory again as the mentions themselves. The view asks
only for the lines on screen, so the marks are made there, from the sorted mentions.
"""

from __future__ import annotations

import bisect
import operator
from collections.abc import Callable
from typing import TYPE_CHECKING

from reader.widgets.document_view import Mark

if TYPE_CHECKING:
    from glossary.mentions import MentionTable


class MentionMarks:
    """A :class:`~reader.widgets.document_view.MarkSource` over a document's mentions."""

    def __init__(self, mentions: MentionTable, style_of: Callable[[str], str]) -> None:
        """Args:
        mentions: The document's mentions, sorted by start (as found).
        style_of: The mark class of an entry id.
        """
        self._mentions = mentions
        self._starts = mentions.starts
        self._longest = max(map(operator.sub, mentions.ends, mentions.starts), default=0)
        self._style_of = style_of

    def overlapping(self, start: int, end: int) -> list[Mark]:
        """Marks of the mentions over any part of ``[start, end)``, by start."""
        low = bisect.bisect_left(self._starts, start - self._longest)
        high = bisect.bisect_left(self._starts, end)
        return [
            Mark(mention.start, mention.end, self._style_of(mention.entry_id))
            for mention in self._mentions[low:high]
            if mention.end > start and mention.start < end
        ]
