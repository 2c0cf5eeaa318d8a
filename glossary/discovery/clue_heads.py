"""One occurrence of a name as the kind clues see it (``_Site``), and its head noun.

The head noun is read before any clue, as several clues ask whether there is one: by
``HEAD_READINGS`` (the first that finds one) and ``HEAD_PATTERNS`` (which may override it).
Kept apart from the clue table in ``clues`` because it is the one reading all clues share.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from glossary.discovery.clue_words import (
    _inner_head,
    _landscape,
)
from glossary.discovery.lexicon import (
    STATE_UNION,
    _institution,
    _named_by_head,
    _named_compound,
    state_election,
    state_institution,
)
from glossary.discovery.reader import _Reader
from glossary.discovery.run_heads import (
    _FRENCH_LINKS,
    CLUB_CITY,
    HOUSE,
    LOWER_CASE_HEADS,
    SAINTS,
    _club_of_town,
)
from glossary.discovery.run_links import _NUMERAL, SETTING_LINKS
from glossary.discovery.runs import _HEAD_LINKS
from glossary.discovery.tokenising import _Token
from glossary.discovery.word_classes import _HYPHEN
from glossary.first_names import is_first_name, is_listed_first_name, is_surname
from glossary.gazetteer import place_type
from glossary.name_words import (
    ASSEMBLIES,
    CONTEST_LINKS,
    LINKED_HEAD_KINDS,
    PLACE_PREFIXES,
    SIDE_HEADS,
    SIDES,
    SURNAME_HEADS,
    compound_head_kind,
    head_kind,
    inflected_head_kind,
    is_event_prefix,
)
from glossary.tagger import is_adjective


@dataclass(slots=True)
class _Site:
    """One occurrence of a name run, with what several clues ask about it."""

    text: str
    words: list[_Token]
    start: int
    end: int
    titles: list[str]
    reader: _Reader
    german: bool
    parts: list[str]
    """The run's words."""
    last: str
    tail: str
    """The last word's last hyphenated part (``Offensive`` in ``Brussilow-Offensive``)."""
    given: bool
    """A given name opens the run, or a listed one before a known surname (``Bennie
    Fowler``): a person, unless a head noun says otherwise."""
    full_name: bool
    """Two words or more, the first (before any hyphen) a given name: no place or body."""
    serial: bool
    """An English name and a number (``Apollo 11``): one of a numbered series."""
    before: _Token | None
    after: _Token | None
    head: str = ""
    """The kind the head noun gives, ``""`` for none."""


def _site(
    text: str, words: list[_Token], start: int, end: int, titles: list[str], reader: _Reader
) -> _Site:
    parts = [word.text for word in words[start : end + 1]]
    last = parts[-1]
    return _Site(  # positional: a call with keywords costs more, once per run
        text,
        words,
        start,
        end,
        titles,
        reader,
        reader.language == "de",
        parts,
        last,
        _HYPHEN.split(last)[-1],
        _opens_with_given_name(parts, last),
        len(parts) > 1
        and parts[0] not in PLACE_PREFIXES
        and is_first_name(_HYPHEN.split(parts[0])[0]),
        len(parts) > 1 and last.isdigit() and reader.language == "en",
        words[start - 1] if start > 0 else None,
        words[end + 1] if end + 1 < len(words) else None,
    )


def _opens_with_given_name(parts: list[str], last: str) -> bool:
    """Whether a given name opens the run (``Bennie Fowler``), or a listed one before a known
    surname; never a side of the compass or a word that opens a place's name, though the lists
    know ``North`` and ``Monte`` as given names: ``North Pole``, ``West Bank`` and ``Monte
    Rosa`` are places."""
    first = parts[0]
    if first in SIDES or first in PLACE_PREFIXES:
        return False
    return is_first_name(first) or (is_listed_first_name(first) and is_surname(last))


# The head noun: the first reading that finds one, then the patterns that override it.


def _head_noun(site: _Site, one_word: bool) -> str:
    """The kind the run's head noun gives, ``""`` for none."""
    head = ""
    for reading in _ONE_WORD_READINGS if one_word else HEAD_READINGS:
        head = reading(site)
        if head:
            break
    if one_word:
        return head  # every pattern needs two words or more
    for pattern in HEAD_PATTERNS:
        head = pattern(site, head)
    return head


def _last_word_head(site: _Site) -> str:
    """The last word or its last hyphenated part (``Vertrag``, ``Brussilow-Offensive``); a
    German state institution's kind before it (``Reichstag``: an event with its town only)."""
    parts, tail = site.parts, site.tail
    if site.given and site.last in SURNAME_HEADS:
        return ""  # "Rowland Hill": a surname, not a head
    head = head_kind(tail.capitalize() if len(parts) == 1 and tail != site.last else tail)
    if head == "place" and site.given and site.german and len(parts) == 2:
        if is_surname(site.last):
            return ""  # "Jens Reich", "Hermann Berg": surnames that are place heads too
    if head and len(parts) == 1 and site.german:
        head = state_institution(site.last) or head
    if len(parts) == 1 and site.last in ASSEMBLIES:
        return "organisation"  # "Congress passed it": the assembly, not a meeting of one
    if site.last in RAILWAYS and not site.german and _route_after(site):
        return "place"  # "the Chinese Eastern Railway ran from Chita": the line
    return head


RAILWAYS = frozenset(("Railway", "Railroad"))
"""Heads of a railway company's name, which also names the line it built."""


_ROUTE_VERBS = frozenset(
    "ran runs run along across through crosses crossed links linked connects connected".split()
)


_BUILT = frozenset("begun built opened completed finished electrified closed laid".split())


def _route_after(site: _Site) -> bool:
    """Whether the words after an English railway's name say where it runs or that it was
    built (``ran from Chita``, ``along the shore``, ``was begun in 1891``): the line, not
    the company (``the Midland Railway, which wanted``, ``had deposited plans``)."""
    words, after = site.words, site.after
    if after is None or not after.joined:
        return False
    if after.text in _ROUTE_VERBS:
        return True
    following = words[site.end + 2] if site.end + 2 < len(words) else None
    built = following is not None and following.joined and following.text in _BUILT
    return after.text in ("was", "is") and built


def _lower_case_head(site: _Site) -> str:
    """An English head noun written in lower case (``Yuan dynasty``)."""
    return head_kind(site.tail.capitalize()) if site.tail in LOWER_CASE_HEADS else ""


def _inflected_head(site: _Site) -> str:
    """A German head in an inflected form (``des Dreißigjährigen Krieges``; not ``David
    Banks``)."""
    if site.german and len(site.parts) > 1 and not site.given:
        return inflected_head_kind(site.tail)
    return ""


def _german_compound_head(site: _Site) -> str:
    """A one-word German name whose compound says what it is: ``Suezkrise``, ``Grundgesetz``,
    ``Bundestag``, ``Lesumsperrwerk`` beside ``Lesum``, ``Weltbank`` (``Sowjetunion``: a
    union the lexicon names is a state), ``Ostsee``."""
    if not site.german or len(site.parts) != 1:
        return ""
    last = site.last
    head = _named_compound(last) or _named_by_head(last) or state_institution(last)
    head = head or state_election(last)
    head = head or site.reader.compound_of_name(last)
    if not head and _institution(last):
        head = "place" if last.endswith(STATE_UNION) else compound_head_kind(last)
    return head or _landscape(last)


def _compound_tail_head(site: _Site) -> str:
    """A German compound head on the last word that is no name word (``Erster Weltkrieg``;
    not ``Carl Fürstenberg``), or an organisation's head, which no surname ends on
    (``Internationale Skiverband``); not the tail of a place's name (``Landesbank
    Baden-Württemberg`` is no mountain)."""
    parts = site.parts
    if not site.german or len(parts) < 2 or site.given:
        return ""
    kind = compound_head_kind(site.tail)
    if kind != "organisation" and site.reader.name_word(site.tail, False):
        return ""
    return "" if kind and place_type(site.last) else kind


def _head_before_place(site: _Site) -> str:
    """A head inside the name, before its last word: in German whatever that is
    (``Landgericht Hamburg``, ``Technische Hochschule Berlin``), elsewhere before a place
    (``King's College London``, ``Universität Jena``)."""
    parts = site.parts
    if len(parts) > 1 and not site.given and (site.german or place_type(site.last)):
        return _inner_head(parts[:-1])
    return ""


HEAD_READINGS: tuple[Callable[[_Site], str], ...] = (
    _last_word_head,
    _lower_case_head,
    _inflected_head,
    _german_compound_head,
    _compound_tail_head,
    _head_before_place,
)
"""Where a run's head noun may be, most telling first; the first that finds one wins."""
_ONE_WORD_READINGS = (_last_word_head, _lower_case_head, _german_compound_head)
"""The readings that can find a head in a one-word run (the others need two words)."""


_NAME_HEAD_LINKS = frozenset((*_HEAD_LINKS, "for", *SETTING_LINKS))
"""Links after a head inside a name: also English ``for``, ``by`` and ``on``, which open no
name of their own (``Theatre by the Lake`` is a theatre)."""


def _linked_head(site: _Site, head: str) -> str:
    """A head before a link word (``Treaty of Versailles``, ``Sea of Japan``, ``Communist
    Party of China``, ``Department for Education``)."""
    parts = site.parts
    link = next((i for i, part in enumerate(parts[1:-1], 1) if part in _NAME_HEAD_LINKS), 0)
    if not link:
        return head
    linked = parts[link - 1]
    if parts[link] in ("of", "for") and linked in LINKED_HEAD_KINDS:
        return LINKED_HEAD_KINDS[linked]
    return head_kind(linked) or (site.german and inflected_head_kind(linked)) or head


def _numbered_head(site: _Site, head: str) -> str:
    """A head before a numeral or a number (``Super Bowl XXXIII``); a numbered series is an
    event (a mission, a flight, an edition: ``Apollo 11``)."""
    parts, last = site.parts, site.last
    if len(parts) > 1 and (_NUMERAL.fullmatch(last) or last.isdigit()):
        head = head or head_kind(parts[-2])
    return "event" if site.serial and not head else head


def _contest_head(site: _Site, head: str) -> str:
    """Two sides with ``v.`` between them (``Gideon v. Wainwright``): a lawsuit or a match,
    an event."""
    return "event" if any(part.rstrip(".") in CONTEST_LINKS for part in site.parts[1:-1]) else head


def _french_head(site: _Site, head: str) -> str:
    """French puts the head first: ``Compagnie ... du Canal``."""
    parts = site.parts
    if not head and len(parts) > 2 and not _FRENCH_LINKS.isdisjoint(parts):
        return head_kind(parts[0])
    return head


def _event_prefix_head(site: _Site, head: str) -> str:
    """``Hurricane Floyd``, ``Tropical Storm Fay``: an event (``Wintersturm`` is no
    ``Turm``); inside a body's or a place's name on its head it is the field (``National
    Hurricane Center``)."""
    parts = site.parts
    if head in ("organisation", "place") and not is_event_prefix(parts[0]):
        return head
    return "event" if any(is_event_prefix(part) for part in parts[:-1]) else head


def _side_head(site: _Site, head: str) -> str:
    """``Western Front``, ``West Bank``, ``Left Bank``: a place."""
    parts = site.parts
    return "place" if len(parts) == 2 and parts[0] in SIDES and site.last in SIDE_HEADS else head


STRAIT = "Channel"
"""A head of a broadcaster (``Disney Channel``) and of a strait (``English Channel``)."""


def _strait_head(site: _Site, head: str) -> str:
    """A channel after a side, a place or an adjective (``North Channel``, ``Bristol
    Channel``, ``English Channel``) is a strait, a place; a broadcaster's channel is named
    by a common noun or a brand (``History Channel``, ``Disney Channel``)."""
    parts = site.parts
    if len(parts) != 2 or site.last != STRAIT:
        return head
    first = parts[0]
    water = first in SIDES or place_type(first) or is_adjective(first.lower(), "en")
    return "place" if water else head


def _club_head(site: _Site, head: str) -> str:
    """``Manchester City``, ``Stoke City``: a club; not ``Mexico City``."""
    parts = site.parts
    if site.last == CLUB_CITY and len(parts) > 1 and _club_of_town(parts[:-1]):
        return "organisation"
    return head


CHURCH_BUILDINGS = frozenset(("Church", "Chapel"))


def _church_head(site: _Site, head: str) -> str:
    """A church named after its saint, a place or a thing is a building (``St Leonard's
    Church``, ``St Mary's Chapel``, ``Temple Church``, ``Church of the Holy Sepulchre``,
    ``Church of St Mary``), a place; one named after a creed or a land is a body (``Roman
    Catholic Church``, ``Church of Scotland``)."""
    parts = site.parts
    if len(parts) < 2:
        return head
    if site.last in CHURCH_BUILDINGS:
        creed = parts[0] not in SAINTS and is_adjective(parts[-2].lower(), "en")
        return head if creed else "place"
    if len(parts) > 3 and parts[0] in CHURCH_BUILDINGS and parts[1] == "of":
        return "place" if parts[2] == "the" or parts[2] in SAINTS else head
    return head


def _house_head(site: _Site, head: str) -> str:
    """``Haus Wahnfried``: a house, a place (``run_heads.HOUSE``)."""
    parts = site.parts
    return "place" if site.german and len(parts) == 2 and parts[0] == HOUSE else head


HEAD_PATTERNS: tuple[Callable[[_Site, str], str], ...] = (
    _linked_head,
    _numbered_head,
    _contest_head,
    _french_head,
    _event_prefix_head,
    _side_head,
    _strait_head,
    _club_head,
    _church_head,
    _house_head,
)
"""Name patterns whose head is not the last word's, applied in order after the readings."""
