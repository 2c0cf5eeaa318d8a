"""A lead (a standfirst, an abstract) is what the markup says is one, never a position.

The first paragraph of most texts is ordinary body text: a chapter's opening, an essay's
first sentence. Shown as a lead (set apart, in italics) it reads as a quotation. So only an
element the (X)HTML marks as the text's lead makes one:

* its ``role`` is ``doc-abstract`` or its ``epub:type`` ``abstract`` (DPUB-ARIA, EPUB 3's
  structural semantics);
* or a word of its ``class`` names a lead, as news and journal templates write them
  (``lead``, ``standfirst``, ``article__lede``, ``abstract``, ``deck``, ``intro``).

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


def marks_lead(element: etree._Element) -> bool:
    """Whether the element is marked as the text's lead by its type or its class."""
    types = " ".join(element.get(name) or "" for name in ("role", "epub:type", _OPS_TYPE))
    if _LEAD_TYPES & set(types.lower().split()):
        return True
    words = set(re.findall(r"[a-z]+", (element.get("class") or "").lower()))
    if not _LEAD_CLASSES & words:
        return False
    return not any(local_name(inner) in _PICTURES for inner in element.iter())


def lead_texts(root: etree._Element) -> set[str]:
    """The texts (``clean_text``) of the paragraphs inside elements marked as a lead (the
    element's own text when it holds no paragraph): a format whose extraction drops the
    markup (trafilatura) marks its blocks with these texts afterwards."""
    found: set[str] = set()
    for element in root.iter():
        if not isinstance(element.tag, str) or not marks_lead(element):
            continue
        paragraphs = [p for p in element.iter() if local_name(p) == "p"] or [element]
        found.update(clean_text("".join(p.itertext())) for p in paragraphs)
    return found - {""}
