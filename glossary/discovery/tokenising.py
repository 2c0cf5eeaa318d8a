"""The words of a document with their offsets and their place in the sentence.

Every later step reads the text as this list, so it is made once per document, as cheaply as
one regular expression and a tuple per word allow.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from glossary.first_names import is_first_name
from glossary.gazetteer import place_type
from glossary.name_words import (
    ABBREVIATED,
    CONTEST_LINKS,
    is_title,
)

_TOKEN = r"[^\W_](?:[\w'’´`\-‐‑]*[^\W_])?"
"""A word: letters and digits, with apostrophes (and the accents typed for want of one:
``D´Annunzio``) and hyphens inside it."""


_GAPPED_TOKEN = re.compile(rf"([\W_]*)({_TOKEN})")
"""A word with the gap before it: a word begins at the first letter or digit after the last
one, so the gap is every character that can begin none."""


_INITIAL = re.compile(r"[A-ZÄÖÜ]")


_SENTENCE_END = ".!?:;|"
"""What ends a sentence before a capitalised word; a Markdown table's bar too, since a cell
opens like a sentence (``| Event | Date |``: a heading, no name)."""


_JOINERS = frozenset((" ", "\n", "\u00a0", " & "))
"""What may stand between two words of one name (``Siemens & Halske``)."""


_OPENERS = "»«„“”\"'‚‘’([–—-* \t"


class _Token(NamedTuple):
    """One word of a document (a named tuple: documents have hundreds of thousands)."""

    text: str
    start: int
    end: int
    initial: bool
    """First word of a sentence, paragraph or heading."""
    joined: bool
    """Only a space (or one line break) separates it from the previous token."""


_new_token = tuple.__new__
"""Makes a ``_Token`` without the named tuple's ``__new__`` in Python (a call per word)."""


def tokens(text: str) -> list[_Token]:
    """The words of ``text`` with their offsets and position in the sentence.

    The pattern hands each word with the gap before it (every character that can begin no
    word), so offsets are sums of lengths; whether a gap ends a sentence is worked out once
    per distinct gap (most are ``. `` or a line break)."""
    words: list[_Token] = []
    matches = iter(_GAPPED_TOKEN.findall(text))  # (gap, word) pairs, no match objects
    first = next(matches, None)
    if first is None:
        return words
    gap, previous = first
    end = len(gap) + len(previous)
    initial = previous[0].isupper() and not gap.strip(_OPENERS + "\n")
    words.append(_new_token(_Token, (previous, len(gap), end, initial, False)))
    append, new, ends = words.append, _new_token, _ENDS_SENTENCE.copy()
    for gap, word in matches:
        start = end + len(gap)
        end = start + len(word)
        joined = gap in _JOINERS
        initial = False
        if not joined and word[0].isupper():  # only a capitalised word's place matters
            if gap == "–" and _dash_compound(previous, word):  # "Apollo–Soyuz Test Project"
                previous += gap + word
                last = words[-1]
                words[-1] = new(_Token, (previous, last.start, end, last.initial, last.joined))
                continue
            initial = ends.get(gap)
            if initial is None:
                initial = ends[gap] = _ends_sentence(gap)
            if gap == ". " and (_INITIAL.fullmatch(previous) or previous in ABBREVIATED):
                if not _title_after_name(words, word):
                    joined, initial = True, False  # "John C. Messenger", "St. Johns": no end
            elif gap == ". " and previous in CONTEST_LINKS and _after_name(words):
                joined, initial = True, False  # "Betts v. Brady": no end
        previous = word
        append(new(_Token, (word, start, end, initial, joined)))
    return words


def _after_name(words: list[_Token]) -> bool:
    """Whether a capitalised word comes before the last word (``Betts`` before ``v``)."""
    return len(words) > 1 and words[-2].text[:1].isupper()


def _dash_compound(before: str, word: str) -> bool:
    """Whether an en dash between two capitalised words makes one compound of them, as a
    hyphen does (``Molotov–Ribbentrop Pact``, ``Hitler–Stalin-Pakt``): not between two
    places, which it links as a route (``Nürnberg–Stuttgart–München``)."""
    if not before[:1].isupper():
        return False
    return not (place_type(before.rsplit("–", 1)[-1]) and place_type(word))


_ENDS_SENTENCE: dict[str, bool] = {}
"""Gaps already judged by ``_ends_sentence`` (copied per text, so it never grows)."""


def _ends_sentence(gap: str) -> bool:
    """Whether a gap between two words ends a sentence or a paragraph."""
    if gap.count("\n") >= 2:
        return True
    stripped = gap.strip(_OPENERS + "\n")
    return bool(stripped) and stripped[-1] in _SENTENCE_END


TITLE_ABBREVIATIONS = frozenset("Prof Gen Col Capt Lt Sgt Gov Sen Rep".split())
"""Abbreviated titles: written before a name, so after a name word their period ends the
sentence (``the South Col. Hunt carried``), unless a given name follows (``Army Col. John
Smith``, ``Texas Gov. Rick Perry``)."""


def _title_after_name(words: list[_Token], following: str) -> bool:
    """Whether the last word is an abbreviated title right after a capitalised word that is
    no title, and ``following`` is no given name: the period ends a sentence and the
    abbreviation is a name's last word (``South Col.``)."""
    if len(words) < 2 or words[-1].text not in TITLE_ABBREVIATIONS or not words[-1].joined:
        return False
    before = words[-2].text
    if not before[:1].isupper() or before in ABBREVIATED or is_title(before):
        return False
    return not is_first_name(following)
