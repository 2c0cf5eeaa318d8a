"""German coordinated compounds: a truncated compound, ``und`` (or ``oder``, ``bis``,
``sowie``) and the compound that completes it (``Ober- und Unterlauf``).

A one-word name stands for the whole compound (``Nord- und Ostsee``: Nordsee and Ostsee,
``record._truncated``); inside a longer name the pair stays whole (``Bayerischer Land- und
Forstwirtschaftsverband``, ``Hafen- und Schifffahrtsamt Emden``).
"""

from __future__ import annotations

from glossary.discovery.tokenising import _Token
from glossary.discovery.word_classes import _HYPHEN
from glossary.name_words import compound_head_kind

TRUNCATION_LINKS = frozenset(("und", "oder", "bis", "sowie"))
"""The words between a truncated compound and the compound that completes it."""


def truncated_compound_at(text: str, words: list[_Token], position: int) -> bool:
    """Whether the word at ``position`` is a truncated compound: a hyphen written on the word
    itself (``Land-``; not a dash between spaces, ``Otto Hahn - und Fritz``), then a link word
    and a capitalised word with no hyphen of its own."""
    if position + 2 >= len(words) or words[position + 1].text not in TRUNCATION_LINKS:
        return False
    end, link, later = words[position].end, words[position + 1], words[position + 2]
    if not _HYPHEN.fullmatch(text[end : end + 1]) or text[end + 1 : link.start].strip():
        return False
    return later.joined and later.text[:1].isupper() and not _HYPHEN.search(later.text)


def coordinated_tail(text: str, words: list[_Token], start: int, end: int) -> int:
    """How many words a name of two words or more that ends in a truncated compound runs on
    (``Bayerischer Land- | und Forstwirtschaftsverband``): 2, or 0. A one-word run is left
    to ``record._truncated`` (two names)."""
    return 2 if end > start and truncated_compound_at(text, words, end) else 0


def coordinated_head(text: str, words: list[_Token], start: int) -> int:
    """How many words a name opened by an organisation's compound (``Schifffahrtsamt
    Emden``) reaches back to take in the truncated compound before it (``Hafen- und``): 2,
    or 0."""
    if start < 2 or not truncated_compound_at(text, words, start - 2):
        return 0
    return 2 if compound_head_kind(words[start].text) == "organisation" else 0
