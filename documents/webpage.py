"""Clean-up for text scraped from web pages.

Scraped pages carry chrome around the article. These rules remove or reinterpret it without
knowing any particular site:

* Navigation teasers: a URL slug run together with a headline
  (``some-article-slugSome article slug``) or a bare slug line. A line counts as a teaser when
  its slug part, with punctuation ignored, closely matches its headline transliterated.
* A ``Published On:``/``Veröffentlicht am:`` line gives the publication date and is dropped.
* Link labels that only repeat an earlier heading of three or more words
  (``Details zu <heading>``) are dropped.
"""

from __future__ import annotations

import re

from slugify import slugify

from documents.dateparse import parse_published
from documents.model import Removal, RemovedLines

_BARE_SLUG = re.compile(r"^[a-z0-9äöüß,„“\"'’]+(?:-[a-z0-9äöüß,„“\"'’]+){3,}$")
_PUBLISHED = re.compile(
    r"^(?:published(?:\s+on)?|veröffentlicht(?:\s+am)?|erschienen\s+am|posted\s+on|date|datum)"
    r"\s*:\s*(?P<value>.+)$",
    re.IGNORECASE,
)
SLUG_SIMILARITY = 85
"""How closely (0-100) a slug must match its transliterated headline to count as a teaser."""
LINK_LABEL_MAX_EXTRA_WORDS = 3
LINK_LABEL_MIN_HEADING_WORDS = 3


def _normalised_slug(text: str) -> str:
    return slugify(text, separator="")


def is_navigation_teaser(line: str) -> bool:
    """A slug glued to its headline, or a bare slug standing alone."""
    line = line.strip()
    if " " not in line:
        return bool(_BARE_SLUG.match(line))
    first_word = line.split(" ", 1)[0]
    glue = max((i for i, ch in enumerate(first_word) if ch.isupper() and i > 0), default=0)
    slug, headline = first_word[:glue], line[glue:]
    if slug.count("-") < 2 or not slug.islower():
        return False
    from rapidfuzz import fuzz  # here: few lines get this far, and adding a file needs it not

    return fuzz.ratio(_normalised_slug(slug), _normalised_slug(headline)) >= SLUG_SIMILARITY


def published_line(line: str, language: str) -> str | None:
    """The ISO date of a ``Published On: …`` line, or None if the line is something else."""
    match = _PUBLISHED.match(line.strip())
    if not match:
        return None
    return parse_published(match.group("value"), language) or None


def is_link_label(line: str, earlier_headings: list[str]) -> bool:
    """A short line that repeats an earlier heading, as whole words, with a few words around it.

    Headings shorter than ``LINK_LABEL_MIN_HEADING_WORDS`` words are too generic to tell a
    link label from a sub-heading or a sentence that merely names the topic.
    """
    line = line.strip()
    for heading in earlier_headings:
        words = len(heading.split())
        if words < LINK_LABEL_MIN_HEADING_WORDS or line == heading:
            continue
        if re.search(rf"(?<!\w){re.escape(heading)}(?!\w)", line):
            if len(line.split()) - words <= LINK_LABEL_MAX_EXTRA_WORDS:
                return True
    return False


def drop_chrome(text: str, language: str) -> tuple[str, str, list[Removal], list[str]]:
    """Remove teaser and date lines from a scraped text.

    Returns:
        The remaining text, the publication date found (ISO, or ""), the teasers that went,
        and notes on the date lines read.
    """
    kept, teasers, notes, published = [], [], [], ""
    for line in text.split("\n"):
        if line.strip() and is_navigation_teaser(line):
            teasers.append(line)
            continue
        date = published_line(line, language) if line.strip() else None
        if date:
            published = published or date
            notes.append(f"publication date {date} from: {line.strip()}")
            continue
        kept.append(line)
    removed = [Removal.of(RemovedLines.NAVIGATION_TEASERS, teasers)] if teasers else []
    return "\n".join(kept), published, removed, notes
