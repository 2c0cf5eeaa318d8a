"""An article's own boxes (``<aside>`` inside ``<article>``): kept where they stood.

trafilatura drops every ``<aside>``, as most are a site's sidebars. One inside the article
element is the author's ("By the numbers", a glossary box, a timeline): losing it loses
text the author meant to be read. A box without prose (an ad slot), with a form (a
newsletter sign-up), named as the site's (``class="related"``) or mostly links (a teaser) is
the site's, set inside the article, and goes as trafilatura would drop it. Each
such box is swapped for a placeholder paragraph before the extraction, and its paragraphs,
as ASIDE blocks, follow the block that holds the placeholder, which is cut out of its text
(or follow the article, should the extraction drop the placeholder too). An aside outside
the article is the site's and goes, as before.
"""

from __future__ import annotations

import re

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
_OPEN, _CLOSE, _DIGIT = 0xF0100, 0xF0101, 0xF0000
"""A placeholder is the aside's number in private-use characters (plane 15, beyond the icon
fonts' U+E000 block): should one stay in the text, nothing readable leaks with it."""
_PLACEHOLDER = re.compile(f"\\s*{chr(_OPEN)}([{chr(_DIGIT)}-{chr(_DIGIT + 9)}]+){chr(_CLOSE)}\\s*")
_GLUED = re.compile(r"[,.;:!?)\]]")
"""What the text after a cut placeholder may open with and still follow without a space."""


def _placeholder(number: int) -> str:
    """The ``number``-th aside's placeholder text."""
    return chr(_OPEN) + "".join(chr(_DIGIT + int(d)) for d in str(number)) + chr(_CLOSE)


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


_CONTROLS = frozenset({"form", "input", "button", "select", "textarea", "iframe"})
"""A box holding one of these asks the reader to do something (sign up, share): the site's."""
_SITE_WORDS = frozenset(
    {
        "ad", "ads", "advert", "advertisement", "anzeige", "banner", "sponsor", "sponsored",
        "promo", "newsletter", "signup", "subscribe", "abo", "related", "recommended",
        "recommend", "share", "social", "teaser", "outbrain", "taboola", "paywall", "audio",
    }
)  # fmt: skip
"""Words of a box's ``class``, ``id``, ``role`` or ``aria-label`` that name the site's box."""
_SENTENCE = re.compile(r"(?:\S+\s+){3,}\S*[.!?…][\"'”’»«)]*$")
"""A block that is prose: four words or more, ending in a stop."""


def _the_authors(aside: HtmlElement, blocks: list[Block]) -> bool:
    """Whether an aside in the article (its ``blocks``) is the author's box: it holds prose
    (a sentence, or a list), no form or embed, no site box's name, and not mostly links."""
    if any(local_name(element) in _CONTROLS for element in aside.iter()):
        return False
    named = " ".join(aside.get(key, "") for key in ("class", "id", "role", "aria-label"))
    if _SITE_WORDS & set(re.findall(r"[a-z]+", named.lower())):
        return False
    listed = any(local_name(element) in {"ul", "ol", "dl"} for element in aside.iter())
    prose = listed or any(_SENTENCE.search(block.text) for block in blocks)
    return prose and not _a_teaser(aside)


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
        blocks = _blocks(aside) if inside else []
        if parent is None or not blocks or not _the_authors(aside, blocks):
            continue
        placeholder = etree.Element("p")
        placeholder.text = _placeholder(len(asides))
        placeholder.tail = aside.tail
        parent.replace(aside, placeholder)
        asides[placeholder.text] = blocks
    return asides


def put_asides(blocks: list[Block], asides: dict[str, list[Block]]) -> list[Block]:
    """``blocks`` with each placeholder cut out and its aside's blocks set after the block
    that held it (the extraction merges an inline aside's placeholder into the paragraph
    around it); an aside whose placeholder the extraction dropped follows the article."""
    kept: list[Block] = []
    for block in blocks:
        found = [match.group(0).strip() for match in _PLACEHOLDER.finditer(block.text)]
        if found:
            block.text = _PLACEHOLDER.sub(_join, block.text).strip()
        if block.text:
            kept.append(block)
        kept.extend(inner for placeholder in found for inner in asides.pop(placeholder, []))
    return kept + [block for rest in asides.values() for block in rest]


def _join(match: re.Match[str]) -> str:
    """What stands for a cut placeholder: one space between words, none before a stop."""
    before, after = match.string[: match.start()], match.string[match.end() :]
    return "" if not before or not after or _GLUED.match(after) else " "
