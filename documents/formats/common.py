"""Small helpers the format parsers share: whitespace, language tags, heading levels, and
the names and list markers of (X)HTML elements."""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from documents.blocks import Block, repeats_title
from documents.model import BlockKind
from documents.sanitize import sanitize

if TYPE_CHECKING:  # lxml is imported by the formats that parse (X)HTML, not by Markdown's
    from lxml import etree

_SPACE = re.compile(r"\s+")
_LANGUAGE_TAG = re.compile(r"^([a-z]{2,3})(?:[-_].*)?$")

HEADING_LEVELS = {f"h{n}": n for n in range(1, 7)}
"""The (X)HTML heading elements and their levels (``h2`` -> 2)."""

BULLET = "• "
"""The marker of a bulleted list's item, whichever format's list it is."""


def clean_text(text: str) -> str:
    """Sanitised text on one line: markup sources break lines and indent freely."""
    return _SPACE.sub(" ", sanitize(text)).strip()


def verbatim_text(text: str) -> str:
    """Sanitised text with its lines and indentation kept (code), without the blank lines
    around it; "" when nothing is visible."""
    return sanitize(text).strip("\n").rstrip() if text.strip() else ""


def language_code(tag: str | None) -> str:
    """The primary subtag of a declared language (``de-DE`` -> ``de``), or "" if unusable."""
    match = _LANGUAGE_TAG.match((tag or "").strip().lower())
    return match.group(1) if match else ""


def rank_headings(blocks: list[Block]) -> None:
    """Outline levels 1, 2, … by rank, so a page whose sections are ``<h2>`` starts at 1.

    A lone top heading opening the text is its title (``structure.shape`` takes it) and
    does not count.
    """
    headings = [b for b in blocks if b.kind is BlockKind.HEADING]
    if headings and blocks[0] is headings[0]:
        if all(h.level > headings[0].level for h in headings[1:]):
            headings = headings[1:]
    ranks = {level: rank for rank, level in enumerate(sorted({h.level for h in headings}), 1)}
    for heading in headings:
        heading.level = ranks[heading.level]


def drop_title_heading(blocks: list[Block], title: str) -> None:
    """Take out an opening heading that repeats the declared ``title`` (the pane's header shows
    the title), whatever follows it: ``structure.shape`` takes an opening heading for the
    title only when no heading follows, and a book's title page or a report's first page
    often sets the title over its first chapter's heading. Any other opening heading is a
    chapter and stays, as the outline's first entry."""
    if title and blocks and blocks[0].kind is BlockKind.HEADING:
        if repeats_title(blocks[0].text, title):
            del blocks[0]


def local_name(element: etree._Element) -> str:
    """The element's tag without its namespace, lower-case; "" for comments and the like."""
    tag = element.tag
    return tag.rpartition("}")[2].lower() if isinstance(tag, str) else ""


def list_marker(item: etree._Element) -> str:
    """``3) `` for the third item of an XHTML numbered list (from its ``start``), ``• `` for a
    bulleted one's, "" for anything else."""
    parent = item.getparent()
    numbered = parent is not None and local_name(parent) == "ol"
    return item_marker(item, parent, "li", numbered)


def item_marker(
    item: etree._Element, parent: etree._Element | None, item_tag: str, numbered: bool
) -> str:
    """The marker of ``item`` when it is an ``item_tag`` in ``parent`` (a list, ``numbered``
    or not), else "": a numbered list keeps its order. The number is invented, not typed, so it
    takes a form no language reads as a date (``3. März`` is one in German)."""
    if local_name(item) != item_tag or parent is None:
        return ""
    if not numbered:
        return BULLET
    numbers = _numbers(parent, item_tag)
    if item not in numbers:  # the list has changed since it was counted
        _numbers.cache_clear()
        numbers = _numbers(parent, item_tag)
    return f"{numbers[item]}) "


@functools.lru_cache(maxsize=8)
def _numbers(ordered: etree._Element, item_tag: str) -> dict[etree._Element, int]:
    """The numbers of a numbered list's items, counted once per list: one count per item
    made numbering quadratic (a book's 2,000 endnotes in one ``<ol>`` took seconds). Kept
    while the list is read, so the items after one taken out of it (a note set apart) keep
    their numbers."""
    start = ordered.get("start") or "1"
    first = int(start) if start.lstrip("-").isdigit() else 1
    items = (child for child in ordered if local_name(child) == item_tag)
    return {item: first + at for at, item in enumerate(items)}
