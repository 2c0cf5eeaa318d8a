"""Plain parts of the search feature: its state, the date filter in a query, stepping through hits.

Kept apart from the screen so they can be tested without an app. Date filter syntax:
``von:2020 bis:2021-06`` (also ``from:`` / ``to:``; ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from reader.i18n import _

if TYPE_CHECKING:
    from collections.abc import Iterable

    from textual.timer import Timer

    from index import Hit, SearchResult

_DATE_TOKEN = re.compile(r"(?<!\S)(von|bis|from|to):(\S*)", re.IGNORECASE)


def split_date_filter(text: str) -> tuple[str, date | None, date | None]:
    """The query without ``von:``/``bis:`` tokens, and the dates they give.

    Args:
        text: The query as typed; an empty ``von:`` is ignored, a later token wins.

    Returns:
        The remaining query, the first day of ``von:`` and the last day of ``bis:`` (or None).

    Raises:
        ValueError: A date is not ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``.
    """
    from glossary.entities import date_range

    date_from = date_to = None
    for match in _DATE_TOKEN.finditer(text):
        key, value = match.group(1).lower(), match.group(2)
        if not value:
            continue
        try:
            first, last = date_range(value)
        except ValueError:
            raise ValueError(_("Not a date: {value} (use 2020, 2020-06 or 2020-06-30)").format(
                value=value)) from None  # fmt: skip
        if key in ("von", "from"):
            date_from = first
        else:
            date_to = last
    if date_from is not None and date_to is not None and date_from > date_to:
        raise ValueError(_("No day lies between von: and bis: ({start} is after {end})").format(
            start=date_from.isoformat(), end=date_to.isoformat()))  # fmt: skip
    return _DATE_TOKEN.sub(" ", text).strip(), date_from, date_to


def step_hit(hits: Iterable[Hit], doc: str, here: int, step: int) -> tuple[Hit, bool] | None:
    """The next (``step > 0``) or previous hit in one document, wrapping around at its ends.

    Args:
        hits: The last search's hits, of every document.
        doc: The document stepped through.
        here: The offset stepped from (a hit starting exactly here is skipped).
        step: Positive for the next hit, else the previous one.

    Returns:
        The hit and whether the step wrapped around, or None if the document has no hit.
    """
    own = sorted((hit for hit in hits if hit.doc == doc), key=lambda hit: hit.start)
    if not own:
        return None
    if step > 0:
        later = [hit for hit in own if hit.start > here]
        return (later[0], False) if later else (own[0], True)
    earlier = [hit for hit in own if hit.start < here]
    return (earlier[-1], False) if earlier else (own[-1], True)


@dataclass
class SearchState:
    """What the search feature keeps between keystrokes and after the panel closes."""

    result: SearchResult | None = None
    """The last search shown (``n``/``N`` step through its hits)."""
    scope: str = "open"
    origin: str | None = None
    """Id of the pane focused when the panel opened (scope "this document", Esc)."""
    saved: dict[str, tuple[str, int, float]] = field(default_factory=dict)
    """Per pane id: (document id, cursor, scroll y) when the panel opened."""
    current: Hit | None = None
    """The hit last opened or previewed (drawn stronger)."""
    timer: Timer | None = None
    open_first: bool = False
    """Enter came before the results: open the first hit when they arrive."""
    generation: int = 0
    shown_for: str | None = None
    """The query text whose results (or message) the panel shows now."""
    again_for: int | None = None
    """The generation of a search run again for the same text (its results keep the row)."""
