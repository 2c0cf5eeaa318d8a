"""German coordinated compounds inside a name: ``Deutscher Preß- und Vaterlandsverein``,
``Deutsches Zentrum für Luft- und Raumfahrt``, ``Wasser- und Schifffahrtsamt Bremen``.

A hyphen for the shared tail, then ``und`` or ``oder`` and the compound that completes it: the
truncated word and the compound after it belong to one name when a name runs on either side.
"""

from __future__ import annotations

from glossary.discovery.tokenising import _Token
from glossary.discovery.word_classes import _HYPHEN
from glossary.name_words import compound_head_kind

COORDINATORS = frozenset(("und", "oder"))
"""The words between a truncated compound and the compound that completes it."""


def _truncated_before(text: str, words: list[_Token], position: int) -> bool:
    """Whether the word at ``position`` is a capitalised truncated compound (``Luft-``)
    followed by ``und``/``oder`` and a capitalised word with no hyphen of its own."""
    if position + 2 >= len(words):
        return False
    word, link, later = words[position], words[position + 1], words[position + 2]
    if not word.text[:1].isupper() or link.text not in COORDINATORS:
        return False
    if text[word.end : link.start].strip() not in ("-", "‐", "‑"):
        return False
    return later.joined and later.text[:1].isupper() and not _HYPHEN.search(later.text)


def coordinated_tail(text: str, words: list[_Token], start: int, end: int) -> int:
    """How many words a name of two words or more that ends in a truncated compound runs on
    (``Deutscher Preß- | und Vaterlandsverein``): 2, or 0. A one-word run is left to the
    completion of ``Nord- und Ostsee`` (two names)."""
    return 2 if end > start and _truncated_before(text, words, end) else 0


def coordinated_head(text: str, words: list[_Token], start: int) -> int:
    """How many words a name opened by an organisation's compound (``Schifffahrtsamt
    Bremen``) reaches back to take in the truncated compound before it (``Wasser- und``):
    2, or 0."""
    if start < 2 or not _truncated_before(text, words, start - 2):
        return 0
    return 2 if compound_head_kind(words[start].text) == "organisation" else 0
