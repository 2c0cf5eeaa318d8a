"""An article's own boxes (``<aside>`` inside ``<article>``): kept where they stood.

trafilatura drops every ``<aside>``, as most are a site's sidebars. One inside the article
element is the author's ("By the numbers", a glossary box, a timeline): losing it loses
text the author meant to be read, unless it is mostly links (a teaser: the site's). Each
such box is swapped for a placeholder paragraph before the extraction, and its paragraphs,
as ASIDE blocks, take the placeholder's place (or follow the article, should the
extraction drop the placeholder too). An aside outside the article is the site's and goes,
as before.
"""

from __future__ import annotations

from lxml import etree
from lxml.html import HtmlElement

from documents.blocks import Block
from documents.formats.common import clean_text, list_marker, local_name
from documents.model import BlockKind

_BLOCK_TAGS = frozenset(
    {"h1", "h2", "h3", "h4", "h5", "h6", "p", "li", "dt", "dd", "figcaption", "blockquote"}
)
LINK_SHARE = 0.5
"""An aside whose text is at least this share link text is a teaser, not the author's box."""
_PLACEHOLDER = "\u2063aside-{}\u2063"
"""A placeholder paragraph's text: invisible separators around a number, which no page holds."""


def _blocks(aside: HtmlElement) -> list[Block]:
    """The box's innermost block elements as ASIDE blocks (its whole text when it has none)."""
    elements = [
        element
        for element in aside.iter()
        if local_name(element) in _BLOCK_TAGS
        and not any(local_name(inner) in _BLOCK_TAGS for inner in element.iterdescendants())
    ]
    texts = [
        list_marker(element) + clean_text("".join(element.itertext()))
        for element in elements or [aside]
    ]
    return [Block(BlockKind.ASIDE, text) for text in texts if text.strip()]


def _a_teaser(aside: HtmlElement) -> bool:
    """A box of links (``Lesen Sie auch`` and an article's title): the site's navigation,
    set inside the article."""
    text = len(clean_text("".join(aside.itertext())))
    linked = sum(len(clean_text("".join(link.itertext()))) for link in aside.iter("a"))
    return linked >= LINK_SHARE * text


def take_asides(tree: HtmlElement) -> dict[str, list[Block]]:
    """Swap every aside inside an article for a placeholder paragraph; return each
    placeholder's text with the aside's blocks."""
    asides: dict[str, list[Block]] = {}
    for aside in list(tree.iter("aside")):
        parent = aside.getparent()
        inside = any(local_name(a) == "article" for a in aside.iterancestors())
        blocks = _blocks(aside) if inside and not _a_teaser(aside) else []
        if parent is None or not blocks:
            continue
        placeholder = etree.Element("p")
        placeholder.text = _PLACEHOLDER.format(len(asides))
        placeholder.tail = aside.tail
        parent.replace(aside, placeholder)
        asides[placeholder.text] = blocks
    return asides


def put_asides(blocks: list[Block], asides: dict[str, list[Block]]) -> list[Block]:
    """``blocks`` with each placeholder replaced by its aside's blocks; an aside whose
    placeholder the extraction dropped follows the article."""
    kept: list[Block] = []
    for block in blocks:
        kept.extend(asides.pop(block.text, [block]))
    return kept + [block for rest in asides.values() for block in rest]
