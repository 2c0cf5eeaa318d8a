"""A byline under the title: who wrote the text and when, where no metadata says so.

Many articles give their date only in a line such as ``By Harriet Okonjo, 2 June 2019``
or ``Von Annette Lindqvist · Veröffentlicht am 8. März 2016``. Without it the document has no
date: the timeline then takes the line for a diary entry's date line and dates the story's
year-less days in the year of writing, and a web page's byline is gone with the page's chrome.
A byline is a short line that opens with a byline word (``By``, ``Von``, ``Published``,
``Veröffentlicht``…) and names at least a month and a year (months from Babel's locale data).

A byline may name only its author (``*By Margaret Ellison, a visiting historian*``, ``Von
Anna Berger``): the line directly under the title, opening with ``By``/``Von`` and a person's
name of at least two words by the given-name lists (``By Land and Sea``, ``Von Berlin``,
``Von Gottes Gnaden`` are subtitles, ``By Easter Sunday, the rebels …`` is prose), gives the
author (``read_author_line``).

A report or a press release may open with a date line above its title instead: ``Luxor,
den 4. November 2022``, ``Berlin, 3 March 2021`` or just the day. It is a line of a day, a
month and a year and nothing else but a place before a comma; ``Der 9. November 1989`` has
a word that is neither and is a title.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from documents.blocks import Block
from documents.dateparse import month_numbers, parse_published, weekday_names
from documents.model import BlockKind

__all__ = [
    "BYLINE_MAX_CHARS",
    "HEAD_BLOCKS",
    "Byline",
    "find_byline",
    "read_author_line",
    "read_byline",
    "date_above_title",
    "date_under_title",
    "read_date_line",
]

_CUE = re.compile(
    r"(?i:(?P<by>by|von)\s+(?=\w)|(?:published|posted|updated|veröffentlicht|erschienen"
    r"|aktualisiert|stand)\b)"
)
"""How a byline opens; after ``By``/``Von`` comes the author's name."""
_DIGIT = re.compile(r"\d")
_AUTHOR_END = re.compile(r"\s*(?:[,·|•–—]|\s-\s|\s(?:am|on)\s|\d)")
"""Where the author's name ends: a separator, ``am``/``on`` or the date's first digit."""
_ENDS_WITH_THE_DATE = re.compile(
    r"\d[\s,.;:|·•–—-]*(?:\d{1,2}[:.]\d{2}\s*(?:Uhr|h|am|pm|a\.m\.|p\.m\.)?)?[\s.]*\Z",
    re.IGNORECASE,
)
"""A byline ends with its date (a time of day may follow); a sentence goes on after it."""
BYLINE_MAX_CHARS = 160
"""A byline is one short line; longer ones are prose that happens to begin with "Von"."""
HEAD_BLOCKS = 4
"""How many blocks at the top of a text may hold its byline."""
_PLACE = re.compile(r"[^\W\d_][\w.'’-]*(?: [^\W\d_][\w.'’-]*){0,3}, (?:(?:den|am|the|le|el) )?")
"""A date line's place (or weekday) before the comma: up to four words, no digits."""
_DATE_WORD = re.compile(r"\d+|[^\W\d_]+")
"""The words of a date line's day: numbers and month names, nothing else."""
DATE_LINE_MAX_CHARS = 60
"""A date line is short: a place, a day, a month and a year."""


@dataclass(frozen=True, slots=True)
class Byline:
    """What a byline says: its date (ISO 8601, at least a month) and author ("" if none)."""

    published: str
    author: str


def read_byline(line: str, language: str) -> Byline | None:
    """The byline ``line`` is, or None for any other line."""
    line = " ".join(line.split()).strip("*_ ")
    cue = _CUE.match(line)
    if len(line) > BYLINE_MAX_CHARS or cue is None or not _ENDS_WITH_THE_DATE.search(line):
        return None  # "By Easter Sunday, 12 April 1914, Germany had…": prose goes on
    digit = re.search(r"\d", line)
    readings = [parse_published(line, language or "en")]
    if digit:  # "Published: 2021-03-14", "Stand: 12.03.2024": numeric forms open the value
        readings.append(parse_published(line[digit.start() :], language or "en"))
    published = max(readings, key=len)
    if len(published) < len("2000-01"):  # a bare year is no date of writing
        return None
    author = ""
    if cue["by"]:
        rest = line[cue.end() :]
        end = _AUTHOR_END.search(rest)
        author = rest[: end.start() if end else len(rest)].strip()
        if not _a_name(author, language):
            return None  # "Von März bis Mai 1906 streikten sie": prose, not a byline
    return Byline(published, author)


def read_author_line(line: str, language: str) -> str:
    """The author a dateless byline names (see the module's docstring), or "": a short line
    of ``By``/``Von``, the names of one or more people, and at most a description after a
    comma (``, a visiting historian``). Only the line under the title is asked."""
    line = " ".join(line.split()).strip("*_ ")
    cue = _CUE.match(line)
    if len(line) > BYLINE_MAX_CHARS or cue is None or not cue["by"] or _DIGIT.search(line):
        return ""  # a line with a date (or a number) is ``read_byline``'s to read, or none
    rest = line[cue.end() :]
    end = re.search(r"\s*[,;(·|•–—]|\s-\s", rest)
    author = rest[: end.start() if end else len(rest)].strip().rstrip(".")
    if end and _a_sentence(rest[end.start() :]):
        return ""  # "By Easter Sunday, the rebels held the Post Office.": prose goes on
    people = re.split(r"\s+(?:and|und|&)\s+", author)
    if not all(len(person.split()) >= 2 and _a_person(person, language) for person in people):
        return ""  # "By Land and Sea", "Von Gottes Gnaden", "By the autumn of 1911 …": no person
    return author


DESCRIPTION_WORDS = 8
"""The most words of a description after a byline's name (``, a retired ferry pilot``)."""


def _a_sentence(after: str) -> bool:
    """Whether what follows the name is a clause of a sentence, not a description: a long
    run of words, or one that ends as a sentence does."""
    words = after.strip(" ,;·|•–—-").rstrip(")").split()
    return len(words) > DESCRIPTION_WORDS or after.rstrip().endswith((".", "!", "?"))


def _a_person(words: str, language: str) -> bool:
    """Whether ``words`` name a person by the given-name lists (``glossary.first_names``): the
    first word a given name that is no common word too (``Royal``), or any listed one before
    a listed surname (``Ole Brandt``); the words between given names, initials or particles;
    no word a month or a weekday (``Easter Sunday``, ``Kiel Richtung Lübeck`` are none)."""
    from glossary.first_names import (  # the lists load in a second: only for a byline's words
        is_first_name,
        is_listed_first_name,
        is_surname,
    )

    if not _a_name(words, language):
        return False
    first, *middle, last = words.split()
    if last.lower() in weekday_names(language or "en"):
        return False
    opens = _INITIAL.fullmatch(first) or is_first_name(first)
    if not opens and not (is_listed_first_name(first) and is_surname(last)):
        return False
    return all(
        _INITIAL.fullmatch(word) or word in _PARTICLES or is_listed_first_name(word)
        for word in middle
    )


_INITIAL = re.compile(r"[A-ZÄÖÜ]\.(?:-?[A-ZÄÖÜ]\.)*")


def _a_name(words: str, language: str) -> bool:
    """Whether ``words`` read as a person's name: capitalised words (particles such as
    ``von`` or ``de`` between them), none of them a month."""
    months = month_numbers(language or "en")
    parts = words.split()
    return (
        bool(parts)
        and parts[0][0].isupper()
        and all(p[0].isupper() or p in _PARTICLES for p in parts)
        and not any(p.lower().rstrip(".") in months for p in parts)
    )


_PARTICLES = frozenset(
    {"von", "van", "de", "der", "den", "du", "la", "le", "da", "di", "und", "and"}
)


def find_byline(lines: Iterable[str], language: str) -> Byline | None:
    """The first byline among ``lines`` (the top of a text), if any."""
    located = locate_byline(lines, language)
    return located[1] if located else None


def locate_byline(lines: Iterable[str], language: str) -> tuple[int, Byline] | None:
    """The first byline among ``lines`` and its index, if any."""
    for index, line in enumerate(lines):
        found = read_byline(line, language)
        if found is not None:
            return index, found
    return None


def read_date_line(line: str, language: str) -> str | None:
    """The ISO day that a date line (see the module's docstring) names, or None."""
    line = " ".join(line.split())
    if len(line) > DATE_LINE_MAX_CHARS:
        return None
    place = _PLACE.match(line)
    day = line[place.end() :] if place else line
    months = month_numbers(language or "en")
    if not all(w.isdigit() or w.lower() in months for w in _DATE_WORD.findall(day)):
        return None
    published = parse_published(day, language or "en")
    return published if len(published) >= len("2000-01-01") else None


def date_above_title(blocks: list[Block], language: str) -> tuple[str, str]:
    """The title and ISO day of a text that opens with a date line above its title.

    Only a date line with a place (or a weekday) before its date, a heading below it and the
    body below that counts: a date alone above the prose (``8. Mai 1945``, ``Dresden, 13.
    Februar 1945``) is the title, a bare date above a headline (``9. November 1989`` over
    ``Die Nacht, in der die Mauer fiel``) names the story's day, as anniversary pieces open,
    and a diary's first entry has no heading under it. The line stays in the text as a paragraph;
    the heading is taken out as the title (``structure.shape`` takes only a heading that
    opens the text).

    Returns:
        ("", "") when the text opens otherwise.
    """
    if len(blocks) < 3 or blocks[1].kind is not BlockKind.HEADING:
        return "", ""
    if blocks[2].kind is BlockKind.HEADING:
        return "", ""
    published = _placed_date_line(blocks[0], language)
    if published is None:
        return "", ""
    blocks[0].kind = BlockKind.PARAGRAPH
    return blocks.pop(1).text, published


def text_the_date_under_title(blocks: list[Block], language: str) -> None:
    """Make a date line under the opening heading text again (``Weimar, 3. September 2014``
    under its headline): the plain-text reader takes it for a heading, being short and
    unpunctuated, and the headline then had a heading after it, which no title has
    (``structure.shape`` took none). As above the title, only a line with a place or a
    weekday before its date counts, with the body below it; :func:`date_under_title` then
    reads the date."""
    if len(blocks) < 3 or blocks[0].kind is not BlockKind.HEADING:
        return
    if blocks[1].kind is not BlockKind.HEADING or blocks[2].kind is BlockKind.HEADING:
        return
    if _placed_date_line(blocks[1], language) is not None:
        blocks[1].kind = BlockKind.PARAGRAPH


def _placed_date_line(block: Block, language: str) -> str | None:
    """The ISO day of ``block`` when it is a date line with a place or a weekday before its
    date; a bare date names a story's day, not the text's."""
    if not _PLACE.match(" ".join(block.text.split())):
        return None
    return read_date_line(block.text, language)


def date_under_title(blocks: list[Block], titled: bool, language: str) -> tuple[int, str] | None:
    """The index and ISO day of a date line that opens the text under its title (``Dundee,
    28 November 2026``, ``Montag, 3. Februar 2025``), when it dates the text.

    It stands under the title (``titled``) or under a heading among the first
    ``HEAD_BLOCKS`` blocks, before any prose, and has a place or a weekday before its date, as
    above the title: a bare date (``9. November 1989``, ``*9. November 1989*``) under an
    anniversary piece's title is the story's day. It is no date of writing either when
    another date line follows (a diary's entries each open with one) or the text names its
    day again.
    """
    for index, block in enumerate(blocks[:HEAD_BLOCKS]):
        line = " ".join(block.text.split()).strip("*_ ")
        published = read_date_line(line, language)
        if published is None:
            if block.kind is BlockKind.HEADING:
                continue
            return None
        place = _PLACE.match(line)
        if not (titled or index) or place is None:
            return None  # a bare date, as above the title, is the story's day
        day = line[place.end() :]
        for later in blocks[index + 1 :]:
            text = " ".join(later.text.split())
            if day in text or read_date_line(text.strip("*_ "), language):
                return None
        return index, published
    return None
