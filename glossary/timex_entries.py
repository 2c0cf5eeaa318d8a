"""Dated entries: diaries, letters and journals whose paragraphs open with a date line.

Under ``Innsbruck, den 5. September.`` the writer's ``heute``, ``gestern`` and ``heute
Abend`` are that day, not the day the book was printed: each date line anchors the
deictic words of its entry, up to the next date line, as the document date anchors those
of a text without entries.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from glossary.timex_candidate import Candidate, in_quotation
from glossary.timex_resolve import dates_the_text
from glossary.timex_rules import Rules
from glossary.timex_values import Anchor, date_value

_DAY_TAIL = re.compile(r"-(?P<m>\d\d)-(?P<d>\d\d)$")
_LINE_LEAD = re.compile(
    r"(?:[^\W\d][\w.'’-]*(?:[ \t]+[^\W\d][\w.'’-]*){0,3},[ \t]*)?(?:\w+\.?[ \t]+)?"
)
"""What may stand before the date on its line: a place and a comma, a word such as ``den``."""
_LINE_TAIL = re.compile(r"[ \t]*[.:,]?[ \t]*(?:\n|\Z)")
_MAX_LINE = 60
"""Characters a date line has at most: longer lines are prose that begins with a date."""


def entry_anchors(
    text: str, candidates: Sequence[Candidate], written: Anchor | None = None
) -> list[tuple[int, Anchor]]:
    """Where each entry begins and the day its date line names, in text order. A line that
    names the day the text was ``written`` is its byline or date line ("Von Anna Berg, 3.
    Oktober 2022"), not an entry's: under it "heute" stays the time of writing."""
    anchors = []
    for cand in candidates:
        match = _DAY_TAIL.match(cand.tail)
        if cand.year is None or cand.value is not None or not match:
            continue
        if dates_the_text(cand, written):
            continue
        if text.find("\n", cand.end, cand.end + 4) < 0 and len(text) - cand.end > 3:
            continue  # most dates go on with their sentence
        tail = _LINE_TAIL.match(text, cand.end)
        if not tail:
            continue
        line_start = text.rfind("\n", max(0, cand.start - _MAX_LINE), cand.start) + 1
        if tail.end() - line_start > _MAX_LINE:
            continue
        lead = _LINE_LEAD.fullmatch(text, line_start, cand.start)
        # a bare date on its own line is as often a heading ("9. November 1989") as an
        # entry: it needs a place or "den" before it, or a stop after it
        if lead and (lead.group() or tail.group().strip()):
            month, day = int(match["m"]), int(match["d"])
            value = date_value(cand.year, month, day)
            anchors.append((cand.start, Anchor(value, cand.year, month, day)))
    return anchors


def anchors_along(
    entries: Sequence[tuple[int, Anchor]], candidates: Sequence[Candidate], default: Anchor | None
) -> Iterator[Anchor | None]:
    """For each candidate, in order: its entry's anchor, or ``default`` before the first."""
    current, index = default, 0
    for cand in candidates:
        while index < len(entries) and entries[index][0] <= cand.start:
            current = entries[index][1]
            index += 1
        yield current


def date_today(
    text: str, rules: Rules, cand: Candidate, anchor: Anchor, written: bool = False
) -> None:
    """Give an entry's ``heute`` (``heute Abend``) the entry's day (and its part).

    Where ``anchor`` is the document's own date (``written``), only a ``heute`` with a part
    of day outside a quotation: "Heute Abend tagt der Rat" in a report is that evening, while
    a bare "heute" stays the present (as often a state as an event), and a quoted "heute
    Abend" is the speaker's evening, which a history's date of writing does not give."""
    if cand.extra.get("ref") not in rules.words.today or anchor.day is None:
        return
    following = rules.next_words.match(text, cand.end, cand.end + 30)
    word = following.group(1).rstrip(".") if following else ""
    ref = rules.words.day_refs.get(word.lower())
    part = ref[2] if ref and ref[:2] == (0, "D") else ""
    if written and (not part or in_quotation(text, cand.start)):
        return
    cand.value = anchor.value
    if following and part:
        cand.value += f"T{part}"
        cand.end = following.start(1) + len(word)
