"""A note reference as the text shows it: ``Salz ¹`` (a narrow no-break space, then the
note's number in superscript digits).

A reference left out of the sentence leaves the reader no sign that a note belongs there;
left as a plain digit it glues onto the word (``Salz1``: a word search misses, a name
discovery proposes) or counts as a number for the cross-links. Superscript digits are no
``\\d``: the date tagger and the number keys pass them by. Search folds ``¹`` to ``1``, so
the mark stands apart from a word before it (a narrow no-break space), never glued to it;
after a stop it follows at once (``kamen.³``), as the sentence splitter expects.

A parser puts a placeholder where the reference stood (``note_placeholder``), cleans its
text as usual (whitespace collapsed) and then shows the marks (``show_note_marks``).
"""

from __future__ import annotations

import re

from documents.blocks import Block
from documents.dateparse import month_numbers

NOTE_SPACE = "\u202f"
"""Narrow no-break space: between a word and its note mark, which must not wrap apart."""
_OPEN, _CLOSE = "\ue000", "\ue001"
"""Private-use characters around a placeholder's label: no text a parser reads has them."""
_PLACEHOLDER = re.compile(r"\s*\ue000([^\ue001]*)\ue001")
_ORDINAL = re.compile(r"(?<!\d)\d{1,2}\.$")
"""A number's stop before a reference: an ordinal day when a month or a lower-case word
follows ("am 3.¹ Juni" is no date to the tagger, "am 3.¹ des Monats"), so the mark is left
out there; before any other word ("stieg auf 21.³ Danach") it is a count's sentence end."""
_NEXT_WORD = re.compile(r"\s+([^\W\d_]+)")
_SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")


def note_placeholder(label: str) -> str:
    """What a parser puts where a note reference with ``label`` (``1``, ``*``) stood."""
    return f"{_OPEN}{label}{_CLOSE}"


def show_note_marks(text: str) -> str:
    """``text`` with every placeholder shown as its mark: digits in superscript, a sign as
    it is, after a narrow no-break space when a letter or digit comes before it; none after
    an ordinal's stop (``_ORDINAL``)."""

    def mark(match: re.Match[str]) -> str:
        before = text[max(match.start() - 1, 0) : match.start()]
        if _in_a_date(text, match):
            return match.group(0)[: -len(match.group(0).lstrip())]
        shown = match.group(1).translate(_SUPERSCRIPT)
        return NOTE_SPACE + shown if before.isalnum() else shown

    return _PLACEHOLDER.sub(mark, text)


def _in_a_date(text: str, match: re.Match[str]) -> bool:
    """Whether the placeholder ``match`` follows a day's stop (``am 3.`` before ``Juni``)."""
    if not _ORDINAL.search(text, max(match.start() - 4, 0), match.start()):
        return False
    word = _NEXT_WORD.match(text, match.end())
    if word is None:
        return False
    name = word.group(1)
    return name[0].islower() or name.lower() in month_numbers("de")


def without_placeholders(text: str) -> tuple[str, str]:
    """``text`` without its placeholders, and as a reader that drops private-use characters
    (trafilatura's metadata) sees it: each reference's label glued on (``sank1``)."""
    return _PLACEHOLDER.sub("", text), text.replace(_OPEN, "").replace(_CLOSE, "")


_SHOWN_MARK = re.compile(rf"{NOTE_SPACE}(?:[⁰¹²³⁴⁵⁶⁷⁸⁹]+|[*†‡§]+)|(?<=[.!?…\"'”»])[⁰¹²³⁴⁵⁶⁷⁸⁹]+")
"""A mark as ``show_note_marks`` shows it: apart from a word, or right after a stop."""


def without_note_marks(text: str) -> str:
    """``text`` without its shown note marks: a heading taken as the title (a note on the
    title thanks someone or names the first publication), which the title and the document's
    id must not carry."""
    return _SHOWN_MARK.sub("", text)


def show_marks_in(blocks: list[Block]) -> None:
    """Show the marks of every block's placeholders (a parser that cleaned its text already)."""
    for block in blocks:
        block.text = show_note_marks(block.text)
