"""A lead (a standfirst, an abstract) is what the markup says is one, never a position.

The first paragraph of most texts is ordinary body text: a chapter's opening, an essay's
first sentence. Shown as a lead (set apart, in italics) it reads as a quotation. So only an
element the (X)HTML marks as the text's lead makes one:

* its ``role`` is ``doc-abstract`` or its ``epub:type`` ``abstract`` (DPUB-ARIA, EPUB 3's
  structural semantics);
* or a token of its ``class`` names a lead, as news and journal templates write them
  (``lead``, ``standfirst``, ``article__lede``, ``c-abstract``, ``deck``, ``intro``): the
  token's last part, where BEM-style names put what the element is; a first part is a
  modifier of something else (``intro-layout`` is a page layout, ``lead-image`` a picture).

A lead is one paragraph: the marked element itself, or the first paragraph of a small marked
element (a box of at most a few paragraphs and no heading). A marked ``article``, ``main``
or ``body``, or one that holds a heading (a book's ``<section class="intro">`` around its
Introduction), is a whole text, not its lead.

``structure.shape`` keeps a lead only where a lead stands, before the body's first ordinary
paragraph. Markdown, plain text and PDF carry no such mark; their paragraphs are body text.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from documents.formats.common import clean_text, local_name

if TYPE_CHECKING:
    from lxml import etree

_LEAD_CLASSES = frozenset(
    {"lead", "lede", "standfirst", "abstract", "deck", "dek", "intro", "summary"}
)
"""Words of a ``class`` that name the text's lead (``article-lead``, ``c-standfirst``)."""
_LEAD_TYPES = frozenset({"doc-abstract", "abstract"})
"""``role`` and ``epub:type`` values of an abstract."""
_OPS_TYPE = "{http://www.idpf.org/2007/ops}type"
_PICTURES = frozenset({"img", "figure", "picture", "svg", "video"})
"""A ``lead-image`` box holds a picture: its ``lead`` names the picture, not a text."""


_WHOLE_TEXTS = frozenset({"html", "body", "main", "article"})
"""Elements that hold a whole text: their lead class names a layout, not a paragraph."""
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup"})
SMALL_LEAD_BOX = 3
"""The most paragraphs a marked box holds when its first one is the lead; more make a text."""


def marks_lead(element: etree._Element) -> bool:
    """Whether the element is marked as the text's lead by its type or its class."""
    types = " ".join(element.get(name) or "" for name in ("role", "epub:type", _OPS_TYPE))
    if _LEAD_TYPES & set(types.lower().split()):
        return True
    tokens = (element.get("class") or "").lower().split()
    if not any(re.split(r"[-_]+", token)[-1] in _LEAD_CLASSES for token in tokens):
        return False
    return not any(local_name(inner) in _PICTURES for inner in element.iter())


def lead_paragraphs(root: etree._Element) -> list[etree._Element]:
    """The elements under ``root`` that are a lead: per marked element its one paragraph
    (see the module's docstring), in document order."""
    found: list[etree._Element] = []
    for element in root.iter():
        if isinstance(element.tag, str) and marks_lead(element):
            paragraph = _the_lead(element)
            if paragraph is not None and paragraph not in found:
                found.append(paragraph)
    return found


def _the_lead(element: etree._Element) -> etree._Element | None:
    """The paragraph a marked element makes the lead, or None for a whole text."""
    if local_name(element) in _WHOLE_TEXTS:
        return None
    inner = [local_name(d) for d in element.iterdescendants()]
    if _HEADINGS & set(inner):
        return None
    paragraphs = [d for d in element.iterdescendants() if local_name(d) == "p"]
    if len(paragraphs) > SMALL_LEAD_BOX:
        return None
    return paragraphs[0] if paragraphs else element


def lead_texts(root: etree._Element) -> set[str]:
    """The texts (``clean_text``) of the leads under ``root``: a format whose extraction drops
    the markup (trafilatura) marks its blocks with these texts afterwards."""
    found = {clean_text("".join(p.itertext())) for p in lead_paragraphs(root)}
    return found - {""}
