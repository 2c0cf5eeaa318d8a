"""Page furniture in text copied out of a PDF: lone page numbers, running headers and footers.

A PDF's text copied into a plain file keeps what the page printed around the text: a
number on a line of its own where a page ended, a header or footer line on every page, a
form feed between pages (``pdftotext``). The rules, about layout and none about a text:

* Page breaks are form feeds and lone page numbers. A lone page number is a line holding
  only ``- 3 -``, ``— 3 —``, ``Seite 3``, ``Page 3``, ``3/12`` or ``3 of 12``; a bare ``3``
  or ``[3]`` counts only in an increasing series of such lines at least a page apart (or
  beside a form feed), so a list numbered ``1``, ``2`` line by line stays text, and
  ``1.`` or ``2020.`` never count.
* With the page breaks known, a line at a page's edge that repeats at the edge of at least
  half the pages (digits ignored: ``documents.pages``, shared with the PDF reader) is a
  running header or footer, unless such a line also stands inside a page (a refrain).
  A line that occurs once is text.
* Page numbers and running lines are dropped. Where a paragraph went on across the break
  (the page ends mid-word or mid-sentence and the next begins in lower case) its two parts
  join again; otherwise a blank line keeps the paragraphs apart, so nothing that was on the
  next page is glued to a dropped line's neighbour.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from documents.pages import EDGE_LINES, edge_key, running_keys

_LONE_NUMBER_BODY = (
    r"(?:(?P<bare>\d{1,4})|\[(?P<bracketed>\d{1,4})\]"
    r"|[-–—‒―][ \t]*(?P<dashed>\d{1,4})[ \t]*[-–—‒―]"
    r"|(?:(?:page|seite|s\.|p\.)[ \t]*)?(?P<counted>\d{1,4})(?:[ \t]*(?:/|of|von)[ \t]*\d{1,4})?)"
)
_LONE_NUMBER = re.compile(r"\n[ \t]*" + _LONE_NUMBER_BODY + r"[ \t]*(?=\n|\Z)", re.IGNORECASE)
"""A line holding only a page number. It begins with the newline before it: the regex engine
then skips from newline to newline (a ``^`` in multi-line mode is tried at every character
and took ten times as long on a 20 MB text without any page number)."""
MIN_PAGE_LINES = 10
"""Bare numbers closer together than this many lines are a numbered list, not pages."""
_SENTENCE_END = tuple(".!?…:;\"'»«“”)")


@dataclass(frozen=True, slots=True)
class _Number:
    line: int
    value: int
    decorated: bool
    """Dashes, a word or a page count around it: a page number even where it stands alone."""


def _candidates(text: str) -> list[_Number]:
    """Lines that hold only a number, with their line index (counted as they are found)."""
    found: list[_Number] = []
    line = position = 0
    for match in _LONE_NUMBER.finditer("\n" + text):
        line += text.count("\n", position, match.start())  # the match's newline is text's
        position = match.start()
        bare = match["bare"] or match["bracketed"]
        found.append(_Number(line, int(bare or match["dashed"] or match["counted"]), not bare))
    return found


def _page_numbers(candidates: list[_Number], breaks: set[int]) -> set[int]:
    """The lines of ``candidates`` that are page numbers (see the module's rules)."""
    accepted: set[int] = set()
    for index, number in enumerate(candidates):
        before = candidates[index - 1] if index else None
        after = candidates[index + 1] if index + 1 < len(candidates) else None
        in_series = (
            before is not None
            and before.value < number.value
            and number.line - before.line >= MIN_PAGE_LINES
        ) or (
            after is not None
            and after.value > number.value
            and after.line - number.line >= MIN_PAGE_LINES
        )
        beside_break = number.line in breaks or number.line + 1 in breaks
        if number.decorated or in_series or beside_break:
            accepted.add(number.line)
    return accepted


def _pages(count: int, breaks: set[int], numbers: set[int]) -> list[range]:
    """The line ranges of the pages: form feeds start one, page number lines end one."""
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
    return not before.endswith(_SENTENCE_END) and after[:1].islower()


def drop_furniture(pages: list[str]) -> tuple[str, list[str]]:
    """Join the pages of a plain text (split at its form feeds) without their furniture.

    Returns:
        The text and notes on what went.
    """
    text = "\n".join(pages)
    candidates = _candidates(text)
    if len(pages) == 1 and not candidates:
        return text, []
    lines = text.split("\n")
    breaks: set[int] = set()
    start = 0
    for before in pages[:-1]:
        start += before.count("\n") + 1
        breaks.add(start)
    numbers = _page_numbers(candidates, breaks)
    if not numbers and not breaks:
        return text, []
    ranges = _pages(len(lines), breaks, numbers)
    edges = [_edges(lines, page) for page in ranges]
    running = running_keys(([lines[i] for i in edge] for edge in edges), len(ranges))
    at_edges = {i for edge in edges for i in edge}
    running -= _also_inside(lines, at_edges, running)
    dropped = {i for i in at_edges if edge_key(lines[i]) in running}
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
    notes = [f"dropped {len(numbers)} lone page numbers"] if numbers else []
    if dropped:
        example = lines[min(dropped)].strip()
        notes.append(f"dropped {len(dropped)} running header/footer lines such as: {example}")
    return "\n".join(kept), notes
