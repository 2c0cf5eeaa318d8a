"""Note references, notes and front matter in (X)HTML, by the marks EPUB 3 and ARIA give them.

A note reference (``<a epub:type="noteref">1</a>``, ``role="doc-noteref"``, or a lone
number in ``<sup>`` that links elsewhere) is a pointer, not text: left in, its number runs
into the sentence ("erhalten sind.1 Niemand …" is one sentence to the splitter). It shows
as a mark no analysis reads (``sind.¹``, ``documents.note_marks``); the note it points to is
kept, set apart from the body, with its own number.

An element typed as a footnote or endnote holds notes; one typed as a title page, copyright
page, colophon or the like holds front matter (the book's title, author, publisher and
licence, which the metadata already give). Both are kept, in a section of their own.
"""

from __future__ import annotations

import re

from lxml import etree

from documents.blocks import Block
from documents.formats.common import HEADING_LEVELS, clean_text, list_marker, local_name
from documents.model import BlockKind, SectionRole
from documents.note_marks import note_placeholder

_OPS_TYPE = "{http://www.idpf.org/2007/ops}type"
_REFERENCES = frozenset({"noteref", "doc-noteref"})
_BACKLINKS = frozenset({"backlink", "doc-backlink"})
"""A note's link back to its place in the text (``↩``): a pointer, as a reference is."""
_ROLES = {
    **dict.fromkeys(
        ("footnote", "footnotes", "endnote", "endnotes", "rearnote", "rearnotes"),
        SectionRole.NOTES,
    ),
    **dict.fromkeys(("doc-footnote", "doc-endnote", "doc-endnotes"), SectionRole.NOTES),
    **dict.fromkeys(
        (
            "cover",
            "titlepage",
            "halftitlepage",
            "copyright-page",
            "imprint",
            "colophon",
            "seriespage",
            "doc-cover",
            "doc-colophon",
        ),
        SectionRole.FRONT,
    ),
}
"""The EPUB 3 and ARIA types that set text apart. Not ARIA's plain ``note`` (a web page's
callout box is article text)."""
_MARK = re.compile(r"\[?(?:\d{1,3}|[*†‡§])\]?")
"""What a note reference shows: a number or a note sign, perhaps in brackets."""


def _types(element: etree._Element) -> set[str]:
    """The element's ``epub:type`` and ``role`` values (space-separated lists)."""
    values = " ".join(element.get(name) or "" for name in ("epub:type", _OPS_TYPE, "role")).split()
    return {value.lower() for value in values}


def role_of(element: etree._Element) -> SectionRole | None:
    """The role of the text inside ``element`` when its type sets it apart, else None."""
    for value in _types(element):
        if value in _ROLES:
            return _ROLES[value]
    return None


def _is_reference(element: etree._Element) -> bool:
    """A typed note reference that shows a mark, or a superscript mark that is (or holds) a
    link to a fragment: ``<sup><a href="notes.xhtml#n1">1</a></sup>``,
    ``<a href="#n1"><sup>1</sup></a>``. A typed reference on words (``<a epub:type="noteref">
    Wilhelm von Humboldt</a>``) is part of the sentence: its text stays."""
    if _types(element) & _BACKLINKS:
        return True
    text = "".join(element.itertext()).strip()
    if not _MARK.fullmatch(text):
        return False
    if _types(element) & _REFERENCES:
        return True
    tag = local_name(element)
    links = [element] if tag == "a" else [d for d in element.iter() if local_name(d) == "a"]
    linked = any("#" in (link.get("href") or "") for link in links)
    has_sup = tag == "sup" or any(local_name(d) == "sup" for d in element.iter())
    return linked and has_sup and tag in {"a", "sup"}


def drop_note_references(root: etree._Element) -> int:
    """Remove every note reference and back-link under ``root``, keeping the text after it;
    a reference leaves a placeholder for its mark (``documents.note_marks``: the parser shows
    it once the text is cleaned); how many went."""
    found = [e for e in root.iter() if local_name(e) in {"a", "sup"} and _is_reference(e)]
    among = set(found)
    dropped = 0
    for element in found:
        parent = element.getparent()
        if parent is None or any(a in among for a in element.iterancestors()):
            continue
        backlink = bool(_types(element) & _BACKLINKS)
        label = "" if backlink else "".join(element.itertext()).strip().strip("[]")
        _remove_keeping_tail(element, parent, note_placeholder(label) if label else "")
        dropped += 1
    return dropped


def _remove_keeping_tail(element: etree._Element, parent: etree._Element, mark: str) -> None:
    tail = mark + (element.tail or "")
    previous = element.getprevious()
    if previous is not None:
        previous.tail = (previous.tail or "") + tail
    else:
        parent.text = (parent.text or "") + tail
    parent.remove(element)


_NOTE_ITEMS = frozenset({"p", "li", "dd", "div", "aside"})


def take_notes(root: etree._Element) -> list[Block]:
    """Take every element typed as notes out of ``root`` (its text after it kept) and return
    its notes as blocks set apart: a page's extraction would drop them or mix them into the
    article. Each note is an innermost paragraph, list item or note element, with its list
    number (``2) ``); a heading over them (``Notes``) stays a heading."""
    blocks: list[Block] = []
    for element in [e for e in root.iter() if role_of(e) is SectionRole.NOTES]:
        parent = element.getparent()
        if parent is None or any(role_of(a) is SectionRole.NOTES for a in element.iterancestors()):
            continue
        blocks += [block for item in _note_items(element) if (block := _note_block(item))]
        _remove_keeping_tail(element, parent, "")
    return blocks


def _note_items(element: etree._Element) -> list[etree._Element]:
    """The headings and innermost note paragraphs under ``element``, else itself."""
    items = [
        e
        for e in element.iter()
        if local_name(e) in HEADING_LEVELS or (local_name(e) in _NOTE_ITEMS and not _holds_item(e))
    ]
    return items or [element]


def _note_block(item: etree._Element) -> Block | None:
    text = clean_text("".join(item.itertext()))
    if not text:
        return None
    level = HEADING_LEVELS.get(local_name(item))
    if level is not None:
        return Block(BlockKind.HEADING, text, level=level, role=SectionRole.NOTES)
    return Block(BlockKind.PARAGRAPH, _note_marker(item) + text, role=SectionRole.NOTES)


def _note_marker(item: etree._Element) -> str:
    """The list number of a note item, or of the list item whose first paragraph it is
    (Pandoc's ``<li id="fn1"><p>…</p></li>``): the reference left the text, so the number
    is what ties the note to its place."""
    parent = item.getparent()
    if local_name(item) == "li" or parent is None or local_name(parent) != "li":
        return list_marker(item)
    first = next((e for e in parent if local_name(e) in _NOTE_ITEMS), None)
    return list_marker(parent) if first is item else ""


def _holds_item(element: etree._Element) -> bool:
    return any(local_name(d) in _NOTE_ITEMS for d in element.iterdescendants())
