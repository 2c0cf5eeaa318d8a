"""Page furniture in text copied out of a PDF: lone page numbers, running headers and footers.

A PDF's text copied into a plain file keeps what the page printed around the text: a
number on a line of its own where a page ended, a header or footer line on every page, a
form feed between pages (``pdftotext``). The rules, about layout and none about a text:

* Page breaks are form feeds and lone page numbers. A lone page number is a line holding
  only ``- 3 -``, ``— 3 —``, ``Seite 3`` or ``Page 3 of 12`` between blank lines, or any
  number line beside a form feed. A bare ``3``, ``[3]`` or ``3/12`` counts only in a series
  that goes up a page at a time, at least ten lines apart, across one of which a paragraph
  runs on. So numbered sections and year headings (no paragraph is read through them), a
  list numbered line by line, a year wrapped onto a line of its own, ``9/11``, ``1.`` and
  ``2020.`` stay text.
* With the page breaks known, a line at a page's edge that repeats at the edge of at least
  half the pages (digits ignored: ``documents.pages``, shared with the PDF reader) is a
  running header or footer, unless such a line also stands somewhere inside a page. A
  line that occurs once is text. In a text without page breaks, an identical line (no
  final stop) that repeats at near-equal intervals of at least two pages' worth of lines,
  from the first page to the last, with a paragraph running on across it at one place at
  least, is one too, and its places are the page breaks: a chapter ``Kapitel 1``,
  ``Kapitel 2`` or a refrain is not.
* Page numbers and running lines are dropped. Where a paragraph went on across the break
  (the page ends mid-word or mid-sentence and the next begins in lower case) its two parts
  join again; otherwise a blank line keeps the paragraphs apart, so nothing that was on the
  next page is glued to a dropped line's neighbour.
"""

from __future__ import annotations

import re
import statistics
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from documents.model import Removal, RemovedLines
from documents.pages import EDGE_LINES, edge_key, running_keys

_LONE_NUMBER_BODY = (
    r"(?:(?P<bare>\d{1,4})|\[(?P<bracketed>\d{1,4})\]"
    r"|[-–—‒―][ \t]*(?P<dashed>\d{1,4})[ \t]*[-–—‒―]"
    r"|(?:(?P<word>page|seite|s\.|p\.)[ \t]*)?(?P<counted>\d{1,4})"
    r"(?:[ \t]*(?:/|of|von)[ \t]*\d{1,4})?)"
)
_LONE_NUMBER = re.compile(r"\n[ \t]*" + _LONE_NUMBER_BODY + r"[ \t]*(?=\n|\Z)", re.IGNORECASE)
"""A line holding only a page number. Unlike ``documents.pages.PAGE_NUMBER``, which reads
a line at a PDF page's known edge, it takes no roman numerals (``I``, ``II`` head a poem's
parts in a plain text) and no stray punctuation (``1.`` is a list item). It begins with the
newline before it: the regex engine
then skips from newline to newline (a ``^`` in multi-line mode is tried at every character
and took ten times as long on a 20 MB text without any page number)."""
MIN_PAGE_LINES = 10
"""Bare numbers closer together than this many lines are a numbered list, not pages."""
MAX_PAGE_STEP = 2
"""Page numbers of a series go up by one, or by two past a page without its number."""
_ENDS_A_SENTENCE = tuple(".!?…:;\"'»«“”)")
REGULAR_MIN_REPEATS = 3
"""A line found by its interval alone repeats at least this often (three pages)."""
REGULAR_TOLERANCE = 0.2
"""How far (a share of the usual interval) a running line's repeat may stray from it."""
MAX_DROPPED_SHARE = 0.2
"""Running lines are at most this share of a text's lines: more would be the text itself."""
RUNNING_MAX_CHARS = 100
"""A running line is at most this long: a header, not a line of prose."""
_ENDS_A_PARAGRAPH = tuple(".!?;:,")
"""How the last line of a paragraph ends, and a running line never does."""
END_CHARS = 20_000
"""How much of a text's start and end (a few pages) may show it a running line."""


@dataclass(frozen=True, slots=True)
class _Number:
    line: int
    value: int
    decorated: bool
    """Dashes or a page word around it: a page number even where it stands alone (``9/11``
    or ``1/3`` alone may be a heading or a thread's marker)."""


def _candidates(text: str) -> list[_Number]:
    """Lines that hold only a number, with their line index (counted as they are found)."""
    found: list[_Number] = []
    line = position = 0
    for match in _LONE_NUMBER.finditer("\n" + text):
        line += text.count("\n", position, match.start())  # the match's newline is text's
        position = match.start()
        value = match["bare"] or match["bracketed"] or match["dashed"] or match["counted"]
        found.append(_Number(line, int(value), bool(match["dashed"] or match["word"])))
    return found


def _page_numbers(candidates: list[_Number], lines: list[str], breaks: set[int]) -> set[int]:
    """The lines of ``candidates`` that are page numbers (see the module's rules)."""
    accepted: set[int] = set()
    series: list[_Number] = []
    for number in candidates:
        if _beside_break(number.line, lines, breaks) or (
            number.decorated and _alone(number.line, lines)
        ):
            accepted.add(number.line)
        if series and _next_page(series[-1], number):
            series.append(number)
            continue
        accepted |= _confirmed(series, lines)
        series = [number]
    return accepted | _confirmed(series, lines)


def _confirmed(series: list[_Number], lines: list[str]) -> set[int]:
    """A series of numbers a page apart, if a paragraph runs on across one of them: over
    a few real pages one ends mid-sentence, and no section heading is read through."""
    if len(series) < 2:
        return set()
    decorated = any(number.decorated for number in series)
    if decorated or any(_runs_across(number.line, lines) for number in series):
        return {number.line for number in series}
    return set()


def _alone(line: int, lines: list[str]) -> bool:
    return all(not (0 <= i < len(lines)) or not lines[i].strip() for i in (line - 1, line + 1))


def _runs_across(line: int, lines: list[str]) -> bool:
    """Whether the text goes on across ``line``: its nearest line of text before and after,
    blank lines skipped, read as one paragraph. Past a line that may be a running line
    (``_header_key``) the next one counts too; no further, or in hard-wrapped prose the
    wrapped lines around a section's heading (``2019``, ``3``) would read as running on."""
    before = _nearest_text(reversed(lines[max(0, line - 4) : line]))
    after = _nearest_text(lines[line + 1 : line + 5])
    return any(_continues(b, a) for b in before if _a_full_line(b) for a in after)


FULL_LINE_CHARS = 30
"""A line a page break cuts a paragraph at is a full line of prose, at least this long: a
title or heading above a numbered section (``The Harbour Years`` / ``2019``) is shorter."""


def _a_full_line(text: str) -> bool:
    """Whether ``text`` may be a line of prose a page break cut (or one ending in a hyphen)."""
    text = text.strip()
    return len(text) >= FULL_LINE_CHARS or text.endswith("-")


def _nearest_text(lines: Iterable[str]) -> list[str]:
    """The first line of text of ``lines``, and the one after it if the first may be a
    running line."""
    found = [text for text in lines if text.strip()]
    return found[:2] if found and _header_key(found[0]) else found[:1]


def _beside_break(line: int, lines: list[str], breaks: set[int]) -> bool:
    """Whether only blank lines stand between ``line`` and a form feed, before or after it
    (``pdftotext`` ends a page with its number, a blank line and the form feed)."""
    after = line + 1
    while after < len(lines) and after not in breaks and not lines[after].strip():
        after += 1
    before = line  # a break is the index of its page's first line
    while before not in breaks and before > 0 and not lines[before - 1].strip():
        before -= 1
    return after in breaks or before in breaks


def _next_page(number: _Number, later: _Number) -> bool:
    """Whether ``later`` numbers the next page (or the one after: a page may go unnumbered):
    a year wrapped onto a line of its own is no page number of a series."""
    return (
        1 <= later.value - number.value <= MAX_PAGE_STEP
        and later.line - number.line >= MIN_PAGE_LINES
    )


def _header_key(line: str) -> str:
    """The line itself, if it may be a running line, else "". Without page breaks nothing
    confirms a page, so only identical lines count: ``Kapitel 1``, ``Kapitel 2`` differ."""
    key = line.strip()
    if (
        len(key) > RUNNING_MAX_CHARS
        or key.endswith(_ENDS_A_PARAGRAPH)
        or not any(map(str.isalpha, key))
    ):
        return ""
    return key


def _repeated_at_both_ends(text: str) -> set[str]:
    """Header keys that repeat on the first pages and recur on the last: the only lines
    that may run through a text without page breaks (two short slices, not all lines)."""
    if len(text) <= 2 * END_CHARS:
        counts = Counter(filter(None, map(_header_key, text.split("\n"))))
        return {key for key, count in counts.items() if count >= REGULAR_MIN_REPEATS}
    head = Counter(filter(None, map(_header_key, text[:END_CHARS].split("\n"))))
    tail = set(filter(None, map(_header_key, text[-END_CHARS:].split("\n"))))
    return {key for key, count in head.items() if count >= 2 and key in tail}


def _regular_lines(lines: list[str], keys: set[str]) -> set[int]:
    """The places of those ``keys`` that recur at near-equal intervals of at least two
    pages' worth of lines from the first page to the last, with a paragraph running on
    across one of them at least, and touching the text at one of them (a line between blank
    lines at every place is a heading or a refrain set apart): a running line."""
    places: dict[str, list[int]] = {key: [] for key in keys}
    for index, line in enumerate(lines):
        key = line.strip()
        if key in places:
            places[key].append(index)
    found: set[int] = set()
    for where in places.values():
        gaps = [b - a for a, b in zip(where, where[1:], strict=False)]
        if len(gaps) < REGULAR_MIN_REPEATS - 1 or all(_alone(i, lines) for i in where):
            continue
        usual = statistics.median(gaps)
        slack = REGULAR_TOLERANCE * usual
        if (
            min(gaps) >= 2 * MIN_PAGE_LINES
            and all(abs(gap - usual) <= slack for gap in gaps)
            and where[0] <= usual + slack
            and len(lines) - where[-1] <= usual + slack
            and any(_runs_across(i, lines) for i in where)  # never a heading or a refrain
        ):
            found.update(where)
    return found


def _pages(count: int, breaks: set[int], numbers: set[int]) -> list[range]:
    """The line ranges of the pages: form feeds start one, page number lines (and running
    lines found by their intervals) end one."""
    pages: list[range] = []
    start = 0
    for line in sorted(breaks | numbers):
        pages.append(range(start, line))
        start = line + 1 if line in numbers else line
    pages.append(range(start, count))
    return pages


def _edges(lines: list[str], page: range) -> list[int]:
    """The page's first and last ``EDGE_LINES`` lines that are not blank."""
    top = _first_filled(lines, page, EDGE_LINES)
    return top + [i for i in _first_filled(lines, page[::-1], EDGE_LINES) if i not in top]


def _first_filled(lines: list[str], order: range, count: int) -> list[int]:
    found: list[int] = []
    for i in order:
        if lines[i].strip():
            found.append(i)
            if len(found) == count:
                break
    return found


def _also_inside(lines: list[str], at_edges: set[int], running: set[str]) -> set[str]:
    """The running keys that also stand inside a page: a poem's refrain that ends every
    stanza, some of them at a page's foot, is text."""
    widths = {len(lines[i].strip()) for i in at_edges if edge_key(lines[i]) in running}
    if not widths:
        return set()
    near = {width + shift for width in widths for shift in range(-2, 3)}  # page 9 → page 10
    inside = (
        edge_key(line)
        for i, line in enumerate(lines)
        if len(line.strip()) in near and i not in at_edges
    )
    return running.intersection(inside)


def _continues(before: str, after: str) -> bool:
    """Whether a paragraph runs on across a page break: it stopped mid-word or mid-sentence
    and the next page begins in lower case."""
    before, after = before.strip(), after.strip()
    if before.endswith("-") and len(before) > 1 and before[-2].isalpha():
        return True
    return not before.endswith(_ENDS_A_SENTENCE) and after[:1].islower()


def _form_feed_breaks(pages: list[str]) -> set[int]:
    """The index of each page's first line in the joined text, but the first page's."""
    breaks: set[int] = set()
    start = 0
    for page in pages[:-1]:
        start += page.count("\n") + 1
        breaks.add(start)
    return breaks


def _running_lines(lines: list[str], ranges: list[range]) -> set[int]:
    """The running header and footer lines at the pages' edges (see the module's rules)."""
    edges = [edge for edge in (_edges(lines, page) for page in ranges) if edge]
    running = running_keys(([lines[i] for i in edge] for edge in edges), len(edges))
    at_edges = {i for edge in edges for i in edge}
    running -= _also_inside(lines, at_edges, running)
    dropped = {i for i in at_edges if edge_key(lines[i]) in running}
    return dropped if _leaves_the_text(lines, ranges, dropped) else set()


def _leaves_the_text(lines: list[str], ranges: list[range], dropped: set[int]) -> bool:
    """Whether dropping ``dropped`` leaves text on every page that had some, and takes at
    most ``MAX_DROPPED_SHARE`` of the text's lines: short pages whose every line repeats
    are text, whatever their edges look like."""
    filled = 0
    for page in ranges:
        text_lines = [i for i in page if lines[i].strip()]
        if text_lines and all(i in dropped for i in text_lines):
            return False
        filled += len(text_lines)
    return len(dropped) <= MAX_DROPPED_SHARE * filled


def _join_pages(lines: list[str], ranges: list[range], dropped: set[int]) -> str:
    """The pages' lines without the ``dropped`` ones, a paragraph that runs on across a
    break joined again, and a blank line between the pages everywhere else."""
    kept: list[str] = []
    for page in ranges:
        body = ["" if i in dropped else lines[i] for i in page]  # never glue its neighbours
        while body and not body[0].strip():
            del body[0]
        while kept and not kept[-1].strip():
            del kept[-1]
        if kept and body and not _continues(kept[-1], body[0]):
            kept.append("")
        kept.extend(body)
    return "\n".join(kept)


def drop_furniture(pages: list[str]) -> tuple[str, list[Removal]]:
    """Join the pages of a plain text (split at its form feeds) without their furniture.

    Returns:
        The text and what went.
    """
    text = "\n".join(pages)
    candidates = _candidates(text)
    repeated = _repeated_at_both_ends(text) if len(pages) == 1 else set()
    if len(pages) == 1 and not candidates and not repeated:
        return text, []
    lines = text.split("\n")
    breaks = _form_feed_breaks(pages)
    numbers = _page_numbers(candidates, lines, breaks)
    regular = set() if numbers or breaks or not repeated else _regular_lines(lines, repeated)
    if not (numbers or breaks or regular):
        return text, []
    ranges = _pages(len(lines), breaks, numbers | regular)
    dropped = _running_lines(lines, ranges) | regular
    removed = [
        Removal.of(what, [lines[i] for i in sorted(went)])
        for what, went in (
            (RemovedLines.PAGE_NUMBERS, numbers),
            (RemovedLines.RUNNING_LINES, dropped),
        )
        if went
    ]
    return _join_pages(lines, ranges, dropped), removed
