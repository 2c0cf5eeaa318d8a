"""Tests that decide whether a name run goes on over the next word or ends before it.

``_run_end`` asks these one token at a time: serial numbers, storms, family firms, a place
linked with ``an der``, a purpose with ``für``, an event after a name.
"""

from __future__ import annotations

import re
from functools import lru_cache

from documents.byline import HEAD_BLOCKS
from glossary.compounds import is_compound
from glossary.discovery.abbreviations import is_abbreviation
from glossary.discovery.contexts import _INDEFINITE_ARTICLES
from glossary.discovery.evidence import ENGLISH_PLURAL, _bare
from glossary.discovery.lexicon import _function_word, _modifies, state_institution
from glossary.discovery.naming import NAMING_BEFORE, OBJECT_PRONOUNS
from glossary.discovery.reader import _Reader
from glossary.discovery.tokenising import _INITIAL, _Token
from glossary.discovery.word_classes import (
    _AND,
    _DETERMINERS,
    _HYPHEN,
    COMMON_ZIPF,
    GERMAN_DEFINITE,
)
from glossary.first_names import is_first_name, is_listed_first_name, is_surname
from glossary.frequencies import zipf
from glossary.gazetteer import is_country_or_region, place_type, small_town
from glossary.name_words import (
    CLUB_PREFIXES,
    CONNECTORS,
    CONTEST_LINKS,
    LEGAL_FORMS,
    LINKED_HEAD_KINDS,
    PLACE_LINKS,
    ROMAN,
    compound_head_kind,
    head_kind,
    inflected_head_kind,
    is_title,
)
from glossary.tagger import (
    is_adjective,
    known_tag,
    proper_noun_evidence,
)

_NUMERAL = re.compile(r"[IVXLC]+")


MAX_SERIAL_DIGITS = 3
"""A longer number after a name is a year (``Expo 1967`` is rare; ``Paris 1919`` is when)."""


def _serial_number(words: list[_Token], position: int, reader: _Reader) -> bool:
    """A short number right after an English name word that a lower-case word or the
    sentence's end follows: the name's number in a series (``Apollo 11 was launched``,
    ``the Gemini 4 mission``, ``Apollo 11's crew``); not a score (``Denver 24, Carolina
    10``), a year or a count after a common word (``Chapter 3``)."""
    number = _bare(words[position].text)
    if not number.isdigit() or len(number) > MAX_SERIAL_DIGITS or not words[position].joined:
        return False
    word = words[position - 1].text
    if not reader.name_word(word, False) or is_surname(word) or place_type(word):
        return False  # "Manning 24 yards", "Denver 24, Carolina 10": a player's, a team's
    if number != words[position].text or position + 1 >= len(words):
        return True  # "Apollo 11's crew"
    following = words[position + 1]
    if following.initial:
        return True  # the sentence ends after it
    return following.joined and following.text.islower() and not following.text.isdigit()


def _numbered_name(words: list[_Token], start: int, language: str) -> bool:
    """A head of a place or a body, with no indefinite article, before a short number that a
    lower-case word or the sentence's end follows: one numbered thing's name (``die
    Bundesstraße 96 führt``, ``das Bündnis 90,``); in English a place's head before a
    number that no plural follows (``on Route 66 to``; not ``in Parliament 20 years``);
    not a count (``der Stadt 30 Jahre``)."""
    if start + 1 >= len(words) or start == 0:
        return False
    number = words[start + 1]  # most words: no number after them, the test that ends here
    if not number.text.isdigit() or not number.joined or len(number.text) > MAX_SERIAL_DIGITS:
        return False
    if words[start - 1].text.lower() in _INDEFINITE_ARTICLES or words[start].initial:
        return False
    english = language == "en"
    if compound_head_kind(words[start].text) not in (("place",) if english else _NUMBERED):
        return False
    if start + 2 >= len(words):
        return True
    following = words[start + 2]
    if english and known_tag(following.text, "en") == ENGLISH_PLURAL:
        return False
    return following.initial or following.text.islower()


_NUMBERED = ("place", "organisation")


def _contest(words: list[_Token], position: int, reader: _Reader) -> bool:
    """``v``/``vs`` at ``position`` between two names: the two sides of one lawsuit or match
    (``Betts v. Brady``, ``Roe v Wade``), one name; English only, where ``v.`` is no
    ``von``."""
    if reader.language != "en" or words[position].text not in CONTEST_LINKS:
        return False
    if position + 1 >= len(words) or not words[position + 1].joined:
        return False
    following = words[position + 1].text
    return following[:1].isupper() and reader.after_title(following)


def _given_before(word: str, following: str) -> bool:
    """A given name before a word that may be its surname: one the lists know only as a
    given name, or one that is a common word too before a surname the lists know
    (``Christian Lindner``, ``Mark Twain``)."""
    return is_first_name(word) or (is_listed_first_name(word) and is_surname(_bare(following)))


BYLINE_WORDS = frozenset(("Von", "By"))
"""What opens a news report's byline, a line of its own: ``Von Mara Beispiel``."""

BYLINE_LINES = HEAD_BLOCKS
"""How many lines with words may stand above a byline: it belongs to a text's head (as
for the document readers, ``documents.byline``); further down ``Von``/``By`` opens prose."""


def byline_name(words: list[_Token], position: int, reader: _Reader) -> bool:
    """A given name after a line's opening ``Von``/``By`` near the top of the text and one
    capitalised word that ends the line or comes before a comma (``Von Mara Beispiel, Chur``):
    a byline names its author whole, whatever the surname means as a word; a place after
    ``von`` opens no line."""
    if position < 1 or position + 1 >= len(words) or words[position - 1].text not in BYLINE_WORDS:
        return False
    opener, surname = words[position - 1], words[position + 1]
    text = reader.text
    line_start = text.rfind("\n", 0, opener.start) + 1
    if text[line_start : opener.start].strip(" \t") or not _near_the_top(text, line_start):
        return False
    if not (is_listed_first_name(words[position].text) and surname.joined):
        return False
    rest = text[surname.end : surname.end + 80].lstrip(" \t")
    return surname.text[:1].isupper() and rest[:1] in ("", "\n", ",")


def _near_the_top(text: str, line_start: int) -> bool:
    """Whether at most ``BYLINE_LINES`` lines with words stand before ``line_start``."""
    above = 0
    at = 0
    while at < line_start:
        end = text.find("\n", at, line_start)
        end = line_start if end < 0 else end
        above += bool(text[at:end].strip())
        if above > BYLINE_LINES:
            return False
        at = end + 1
    return True


def _regnal_second_name(words: list[_Token], position: int, reader: _Reader) -> bool:
    """A ruler's second given name after the numeral's period (``Gustav II. Adolf``) when
    the text also names him by both given names (``Gustav Adolf fiel 1632``); otherwise the
    period may end a sentence that the next one's person opens (``Wilhelm II. Otto von
    Bismarck trat zurück``)."""
    numeral, following = words[position - 1], words[position]
    if position < 2 or numeral.text not in ROMAN or following.start - numeral.end != len(". "):
        return False
    return reader.written_together(words[position - 2].text, following.text)


_PREDICATE_PARTICLES = ("von", "vom", "zu")


NOBLE_PREDICATES = frozenset("Graf Gräfin Freiherr Freifrau Freiin Reichsgraf".split())
"""German titles of nobility that have been part of a family name since 1919 (``Helmuth
James Graf von Moltke``): between the given names and ``von``, they belong to the name."""


def _noble_name(words: list[_Token], position: int, start: int) -> int:
    """How many words a noble predicate at ``position``, ``von`` or ``zu`` and the family
    name add to a person's name begun with a given name at ``start`` (``Claus Schenk Graf
    von Stauffenberg``); 0 for none."""
    family = position + 2
    if family >= len(words) or words[position].text not in NOBLE_PREDICATES:
        return 0
    if not is_first_name(words[start].text):
        return 0
    particle, name = words[position + 1], words[family]
    if particle.text not in _PREDICATE_PARTICLES or not (particle.joined and name.joined):
        return 0
    return 3 if name.text[:1].isupper() else 0


def _storm_named(words: list[_Token], position: int, reader: _Reader) -> bool:
    """The word after a storm word at ``position`` names the storm: a name word or a rare
    one (``Wintersturm Kyrill``, ``Orkantief Vincinette``), not ``Schneesturm Ende Januar``."""
    following = words[position + 1].text
    if not reader.after_title(following):
        return False
    return reader.continues(following) or zipf(following.lower(), reader.language) < COMMON_ZIPF


def _title_as_surname(words: list[_Token], position: int) -> bool:
    """A title's word right after a one-word name, ending the name (nothing capitalised or
    linking follows it): a surname (``Roman Herzog``, ``Priya Shah``); not ``Ludwig König
    von Bayern``, and not after another title."""
    word, before = words[position].text, words[position - 1].text
    if not is_title(word) or is_title(before) or not before[:1].isupper():
        return False
    if position + 1 >= len(words):
        return True
    after = words[position + 1]
    return not (after.joined and (after.text[:1].isupper() or after.text in CONNECTORS))


_FAMILY_FIRM = frozenset("Sohn Söhne Co Cie Partner Sons Son".split())
"""What follows ``&`` at the end of a firm's name (``Godeffroy & Sohn``)."""


def _head_before_person(words: list[_Token], end: int) -> bool:
    """A German name that ends on an organisation's or a place's head, before an initial
    or a given name: a second name begins (``Handelshaus J. C. Godeffroy``)."""
    if compound_head_kind(words[end].text) not in ("organisation", "place"):
        return False
    following = words[end + 1].text
    if _INITIAL.fullmatch(following):
        return True
    return given_name_not_place(following)  # not "Hochschule Berlin"


def given_name_not_place(word: str) -> bool:
    """A given name that is no place's name too (``Berlin``, ``Frankfurt``)."""
    return is_first_name(word) and not place_type(word)


def _abbreviation_ends(word: str, following: str, reader: _Reader) -> bool:
    """In German, an abbreviation (not a club's: ``FC Kaiserslautern``) ends a name unless
    English words, a head noun or a legal form follow (``US Air Force``, ``VEB Werk``)."""
    if len(word) < 2 or not word.isupper() or word in CLUB_PREFIXES:
        return False
    return not (
        reader.foreign_name_word(following)
        or head_kind(following)
        or following in LEGAL_FORMS
        or following in ROMAN
    )


def _given_name_month(word: str, month: str) -> bool:
    """A month's name that is a given name too, after a given name (``Ernst August``)."""
    return is_listed_first_name(word) and is_listed_first_name(month)


@lru_cache(maxsize=1 << 12)
def _common_tail(word: str) -> bool:
    """A German compound of a name and a common noun that says what sort of thing it is
    (``ABC-Sender``, ``Tesla-Spule``): no head of a name, a noun of the language."""
    pieces = _HYPHEN.split(word)
    if len(pieces) < 2 or head_kind(pieces[-1]) or inflected_head_kind(pieces[-1]):
        return False  # "Fußball-Bundes" is a head noun's genitive
    tail = pieces[-1]
    return proper_noun_evidence(tail, "de") < 0 and zipf(tail.lower(), "de") >= COMMON_ZIPF


def _abbreviation_and_noun(word: str) -> bool:
    """A German compound of an abbreviation and a common noun (``SED-Bezirksleitung``,
    ``CDU-Fraktion``): a body's part, member or office, named by the abbreviation; a rare
    tail counts when it is made of common words (``Bezirks|leitung``)."""
    pieces = _HYPHEN.split(word)
    if len(pieces) != 2 or not is_abbreviation(pieces[0]) or not pieces[1][:1].isupper():
        return False
    if _common_tail(word):
        return True
    tail = pieces[1]
    if head_kind(tail) or inflected_head_kind(tail) or proper_noun_evidence(tail, "de") > 0:
        return False
    return is_compound(tail.lower())


def _place_link(words: list[_Token], start: int, end: int, reader: _Reader) -> int:
    """How many words ``am Main``, ``an der Saale`` or ``upon Tyne`` add to the one-word
    town before them: the river or land is a name word that ends the name, and the packages
    know the whole as a town's name or the text shortens it to the town elsewhere (a town
    is often placed on its river: ``Blankenese an der Elbe`` is two names); 0 for none."""
    if end != start or is_first_name(words[start].text):
        return 0
    for link in PLACE_LINKS:
        last = end + len(link) + 1
        if last >= len(words):
            continue
        between = words[end + 1 : last]
        if [token.text for token in between] != list(link):
            continue
        river = words[last]
        ends = last + 1 >= len(words) or not (
            words[last + 1].joined and words[last + 1].text[:1].isupper()
        )
        joined = all(token.joined for token in (*between, river))
        if not (joined and ends and river.text[:1].isupper()):
            continue
        full = " ".join(token.text for token in words[start : last + 1])
        if place_type(full) or small_town(full):
            return len(link) + 1  # "Frankfurt an der Oder": the river's word may be a
            # common one ("oder"), the packages know the town by its whole name
        common = proper_noun_evidence(river.text, reader.language) < 0  # "am Rand des Moors"
        if reader.name_word(river.text, False) and not common:
            known = reader.alone[words[start].text] > 1
            return len(link) + 1 if known else 0  # not "Blankenese an der Elbe"
    return 0


KNOWN_PLACE_LINKS = CONNECTORS | frozenset("and upon on under by next cum y".split())
"""Small words inside the names of places that the packages know whole (``Bosnia and
Herzegovina``, ``Isle of Man``, ``Port of Spain``, ``Burton upon Trent``)."""


MAX_KNOWN_PLACE_WORDS = 4
"""Words after a run's last that may complete a place's name (``and the Grenadines``)."""


def _known_place_ahead(words: list[_Token], start: int, end: int, reader: _Reader) -> int:
    """How many small linking words and capitalised words after ``end`` complete an English
    name from ``start`` to a place the packages know whole (the longest such place; 0 for
    none): ``Bosnia`` and ``Herzegovina`` are names each, but the text names one land."""
    if reader.language != "en" or end + 2 >= len(words):
        return 0
    if words[end + 1].text not in KNOWN_PLACE_LINKS:
        return 0
    best = 0
    for last in range(end + 1, min(len(words), end + 1 + MAX_KNOWN_PLACE_WORDS)):
        token = words[last]
        if not token.joined:
            break
        if token.text in KNOWN_PLACE_LINKS:
            continue
        if not token.text[:1].isupper():
            break
        if place_type(" ".join(word.text for word in words[start : last + 1])):
            best = last - end
    return best


_OPENING_QUOTES = frozenset("\"“‘'")
_CLOSING_QUOTES = frozenset("\"”’'")
TITLE_CASE_LINKS = frozenset("of the and a an in on for to".split())
"""Short words that English title case leaves in lower case inside a capitalised phrase."""

MAX_QUOTED_WORDS = 4
"""A longer phrase in quotes is a quotation, not a name."""


def _quoted_name(words: list[_Token], start: int, reader: _Reader) -> int:
    """How many words a capitalised English phrase of two words or more takes that quotes
    enclose right after a lower-case word inside a sentence (``the "Iron Lady"``, ``known
    as "Bloody Mary"``, ``nicknamed "Star Wars"``): a nickname, however common its words;
    0 for none. Quoted speech follows a comma or a colon, or has punctuation inside the
    quotes."""
    token = words[start]
    if reader.language != "en" or token.joined or token.initial or start == 0:
        return 0
    if not token.text[:1].isupper():
        return 0
    before = words[start - 1]
    gap = reader.text[before.end : token.start]
    if len(gap) != 2 or gap[0] != " " or gap[1] not in _OPENING_QUOTES or not before.text.islower():
        return 0
    for last in range(start + 1, min(len(words), start + MAX_QUOTED_WORDS)):
        word = words[last]
        if not word.joined or not (word.text[:1].isupper() or word.text in TITLE_CASE_LINKS):
            return 0
        closing = reader.text[word.end : word.end + 1]
        if closing and closing in _CLOSING_QUOTES:
            return last - start + 1 if word.text[:1].isupper() else 0
    return 0


PERIODICALS = frozenset("magazine newspaper journal periodical weekly".split())
"""Nouns of a periodical: one capitalised word after them is its name however common
(``the satirical magazine Punch``); a paper is a publisher, not only a work's title."""

TITLED_NOUNS = (
    frozenset(
        """song single album ballad hymn anthem opera symphony musical film movie play poem
        novel book memoir essay report pamphlet painting sculpture programme ship boat steamer
        liner yacht schooner frigate tanker ferry narrowboat barge""".split()
    )
    | PERIODICALS
)
"""English nouns of a work, a vessel or a periodical, written in lower case right before its
name in title case (``the song I See a Star``, ``the novel Gone with the Wind``, ``the ship
Golden Hind``)."""

MAX_TITLE_WORDS = 8


def _titled(words: list[_Token], start: int, reader: _Reader) -> int:
    """How many words the title in title case after one of ``TITLED_NOUNS`` takes: its
    capitalised words and the small words between them (``TITLE_CASE_LINKS``, and ``with``
    or ``from``), however common the words are; 0 for none, or for a title of one word,
    which the other rules read as any name, unless a periodical's noun comes before it."""
    if reader.language != "en" or start == 0 or not words[start].joined:
        return 0
    if words[start - 1].text not in TITLED_NOUNS:
        return 0
    last = position = start
    while position + 1 < len(words) and position + 1 - start < MAX_TITLE_WORDS:
        following = words[position + 1]
        if not following.joined:
            break
        if following.text[:1].isupper() and not following.text.isupper():
            last = position = position + 1
        elif following.text in TITLE_CASE_LINKS or following.text in _TITLE_LINKS:
            if _owner_ahead(words, position + 1):
                break  # "the frigate HMS Beagle of the Royal Navy": whose it is
            position += 1
        else:
            break
    if last == start and words[start - 1].text in PERIODICALS:
        return 1  # "the magazine Punch": a run starts at a capital
    return last - start + 1 if last > start else 0


def _the_titled(words: list[_Token], start: int, reader: _Reader) -> int:
    """How many words an English title takes that opens with a capitalised ``The`` inside a
    sentence, after a lower-case word (``a correspondent for The Observer``, ``printed in The
    Lancet``): English writes the article in capitals there only as the first word of a
    paper's, a work's or a place's name, so the run is the article and the capitalised words
    after it; 0 for none."""
    token = words[start]
    if reader.language != "en" or token.text != "The" or token.initial or start == 0:
        return 0
    if not (token.joined and words[start - 1].text.islower()):
        return 0
    last = start
    while last + 1 < len(words) and words[last + 1].joined:
        following = words[last + 1].text
        if not following[:1].isupper() or following.isupper():
            break
        last += 1
    return last - start + 1 if last > start else 0


GERMAN_WORK_NOUNS = frozenset(
    """Roman Novelle Erzählung Buch Schrift Streitschrift Flugschrift Gedicht Ballade Drama
    Schauspiel Tragödie Komödie Theaterstück Oper Operette Sinfonie Symphonie Film Gemälde
    Lied Album Epos Märchen Essay Abhandlung Kantate Oratorium""".split()
)
"""German nouns of a work, after a definite article right before its title (``der Roman
Buddenbrooks``, ``die Oper Carmen``, ``die Schrift An den christlichen Adel``)."""

_GERMAN_TITLE_LINKS = frozenset("der die das den dem des eines einer und oder".split())
"""Small words inside a German title, between two capitalised words (``Betrachtungen eines
Unpolitischen``, ``Krieg und Frieden``); a preposition ends it (``das Buch Goethes in
Weimar``)."""

MAX_GERMAN_TITLE_WORDS = 6
"""The most words, small ones included, that a German title after its noun takes."""


def _german_title(words: list[_Token], start: int, reader: _Reader) -> int:
    """How many words the title of a work takes after ``GERMAN_WORK_NOUNS`` and a definite
    article (``dem Roman Der Zauberberg``, ``der Roman Doktor Faustus``): its capitalised
    words and the small words between them, to the first lower-case word or punctuation,
    however common its words are; 0 for none, or for a name's genitive, the work's author
    (``der Roman Fontanes``)."""
    if reader.language != "de" or not 2 <= start < len(words) or not words[start].joined:
        return 0
    noun, article = words[start - 1], words[start - 2]
    if noun.text not in GERMAN_WORK_NOUNS or not noun.joined:
        return 0
    if article.text.lower() not in GERMAN_DEFINITE:
        return 0
    first = words[start].text
    if not first[:1].isupper() or reader.genitive(first):
        return 0
    last = position = start
    while position + 1 < len(words) and position + 1 - start < MAX_GERMAN_TITLE_WORDS:
        following = words[position + 1]
        if not following.joined:
            break
        if following.text[:1].isupper():
            last = position = position + 1
        elif following.text in _GERMAN_TITLE_LINKS:
            position += 1
        else:
            break
    if last == start and _function_word(first.lower()):
        return 0  # a title we cannot tell from the sentence ("die Schrift An den ...")
    return 0 if _genitive_of_a_person(words[last].text) else last - start + 1


def _genitive_of_a_person(word: str) -> bool:
    """A name of a person in the genitive (``Luthers``, ``Thomas Manns``): whose the work
    is, not its title."""
    bare = word.removesuffix("s")
    if bare == word:
        return False
    return is_first_name(bare) or is_surname(bare) or proper_noun_evidence(bare, "de") > 0


_NICKNAME_LINKS = frozenset(("of", "the"))
_OBJECTS = OBJECT_PRONOUNS | {"it", "them"}


def _nicknamed(words: list[_Token], start: int, reader: _Reader) -> int:
    """How many words a capitalised phrase of two words or more takes right after a verb
    that names (``NAMING_BEFORE``, ``known as``), its object and ``the`` (``nicknamed him Lord
    of the Fens``, ``known as the Iron Duke``, ``still called the Ship of the Fens``): a
    nickname, however common its words; its small words are ``of`` and ``the`` only, so two
    names joined by ``and`` stay two. 0 for none."""
    if reader.language != "en" or start < 2 or not words[start].joined:
        return 0
    verb = start - 1
    if words[verb].text == "the" and words[verb - 1].joined:
        verb -= 1
    if words[verb].text in _OBJECTS and verb > 0 and words[verb].joined:
        verb -= 1
    known_as = words[verb].text == "as" and verb > 0 and words[verb - 1].text == "known"
    if not (known_as or words[verb].text in NAMING_BEFORE):
        return 0
    last = position = start
    while position + 1 < len(words) and words[position + 1].joined:
        following = words[position + 1].text
        if following[:1].isupper() and not following.isupper():
            last = position = position + 1
        elif following in _NICKNAME_LINKS:
            position += 1
        else:
            break
    return last - start + 1 if last > start else 0


def _owner_ahead(words: list[_Token], link: int) -> bool:
    """Whether the capitalised words after the small words from ``link`` on end on the head
    of a body or a place (``of the Royal Navy``, ``of the Trust``): the owner or the home of
    a work or a ship, not the rest of its title (``of Hungerford``, ``of Time``)."""
    position = link
    while position + 1 < len(words) and words[position + 1].joined:
        if not words[position + 1].text[:1].isupper():
            if words[position + 1].text not in TITLE_CASE_LINKS or position > link:
                return False
        position += 1
        if words[position].text[:1].isupper() and not (
            position + 1 < len(words)
            and words[position + 1].joined
            and words[position + 1].text[:1].isupper()
        ):
            return head_kind(words[position].text) in ("organisation", "place")
    return False


_TITLE_LINKS = frozenset(("with", "from", "at", "by"))


def _purpose(words: list[_Token], end: int, reader: _Reader) -> int:
    """How many words ``für`` and what an institution is for, or ``der`` and the field it
    serves, add to its German name (``Bundesministerium für Gesundheit``, ``Europäischer
    Gerichtshof für Menschenrechte``, ``Preußische Akademie der Wissenschaften``); 0 for none.
    The name must end on an organisation's head; after ``der`` no name may follow (``die
    Armee der Republik Polen`` belongs to Poland)."""
    if reader.language != "de" or end + 2 >= len(words):
        return 0
    link = words[end + 1].text
    if link not in _PURPOSE_LINKS:
        return 0
    institution = words[end].text
    prize = link == "für" and _named_prize(institution, reader)
    if not (
        prize or state_institution(institution) or compound_head_kind(institution) == "organisation"
    ):
        return 0
    if not words[end + 1].joined or reader.foreign_name_word(institution):
        return 0  # "Sky Box Office für aktuelle Filme": an English name ends on its head
    size = 0
    position = end + 2
    for _ in range(2):  # "für Handel und Gewerbe"
        noun = _field_noun(words, position)
        if noun < 0 or (link != "für" and reader.name_word(words[noun].text, False)):
            break
        size = noun - end
        if noun + 2 >= len(words) or words[noun + 1].text not in _AND:
            break
        if not words[noun + 1].joined:
            break
        position = noun + 2
    return size


PRIZE_TAIL = "preis"
"""What a German prize's compound ends on, after a modifier of three letters or more
(``Nobelpreis``, ``Büchnerpreis``)."""


def _named_prize(word: str, reader: _Reader) -> bool:
    """A German compound on ``preis`` that the text reads as a name (``Nobelpreis``,
    ``Büchnerpreis``): a prize, whose name goes on with ``für`` and its field (``Nobelpreis
    für Physik``). A price is no name word (``der Brotpreis für Bäcker``)."""
    return (
        len(word) > len(PRIZE_TAIL) + 2
        and word.endswith(PRIZE_TAIL)
        and reader.name_word(word, False)
    )


def _english_purpose(words: list[_Token], start: int, end: int, reader: _Reader) -> int:
    """How many words ``for``, perhaps ``the``, and a capitalised word add to an English
    organisation's name that begins or ends on its head (``Department for Education``,
    ``Transport for the North``, ``Department of Health for Scotland``); 0 for none, or for
    an adjective before a noun (``the Church for Lutheran views``)."""
    if reader.language != "en" or end + 2 >= len(words) or words[end + 1].text != "for":
        return 0
    if not (_body_head(words[start].text) or _body_head(words[end].text)):
        return 0
    if start > 0 and words[start - 1].text == "of":
        return 0  # "Member of Parliament for Calder Valley": the seat, not the name
    field = end + 3 if words[end + 2].text == "the" else end + 2
    if field >= len(words) or not all(t.joined for t in words[end + 1 : field + 1]):
        return 0
    named = words[field].text
    if not (named[:1].isupper() and reader.after_title(named)):
        return 0
    after = words[field + 1] if field + 1 < len(words) else None
    if after is not None and after.joined and after.text.islower():
        if is_adjective(named.lower(), "en"):
            return 0  # "the Roman Catholic Church for Lutheran views"
    return _field_tail(words, field, reader) - end


def _field_tail(words: list[_Token], field: int, reader: _Reader) -> int:
    """Where an English organisation's field that begins at ``field`` ends: a second field
    after ``and`` and the land it serves after ``in`` belong to it (``Organization for
    Security and Co-operation in Europe``), and so does what it is of (``Society for the
    Protection of Birds``); a place after ``in`` only at the name's end,
    not a town, which is where the body stands or meets (``the Society for Science in London
    said``)."""
    last = field
    if _joined_at(words, last + 2) and words[last + 1].text == "of":
        if _common_capitalised(words[last + 2].text, reader):
            last += 2  # "for the Protection of Birds"
    if _joined_at(words, last + 2) and words[last + 1].text == "and":
        if reader.after_title(words[last + 2].text):
            last += 2  # "for Security and Co-operation"
    if _joined_at(words, last + 2) and words[last + 1].text == "in":
        land = words[last + 2].text
        ends = not _joined_at(words, last + 3) or not words[last + 3].text[:1].isupper()
        if ends and is_country_or_region(land):
            last += 2  # "... in Europe": a land, not a town
    return last


def _common_capitalised(word: str, reader: _Reader) -> bool:
    """A capitalised English word that is no name word here: a common noun or adjective
    in title case (``Birds``, ``Agriculture``, ``Social``)."""
    return word[:1].isupper() and reader.after_title(word) and not reader.name_word(word, False)


MAX_FIELD_AND = 2
"""Capitalised words after ``and`` that may end a body's field (``and Social Care``)."""


def _field_and(words: list[_Token], start: int, end: int, reader: _Reader) -> int:
    """How many words ``and`` and one or two capitalised common words add to an English
    body's name that ends on its field after ``of`` (``Ministry of Food and Agriculture``,
    ``Department of Health and Social Care``): the field is a pair of common nouns; 0 for
    none, for a name after ``and`` (``the Bank of England and Barclays``) or a word that
    modifies a noun after it (``the Ministry of Defence and Army officers``)."""
    if reader.language != "en" or end < start + 2 or words[end - 1].text != "of":
        return 0
    if not _body_head(words[end - 2].text) or not _common_capitalised(words[end].text, reader):
        return 0
    if not _joined_at(words, end + 2) or words[end + 1].text != "and":
        return 0
    last = end + 1
    while _joined_at(words, last + 1) and last - end - 1 < MAX_FIELD_AND:
        if not _common_capitalised(words[last + 1].text, reader):
            break
        last += 1
    if last == end + 1:
        return 0
    after = words[last + 1] if last + 1 < len(words) else None
    if after is not None and after.joined:
        if after.text[:1].isupper() or (known_tag(after.text, "en") or "").startswith("NN"):
            return 0
    return last - end


AWARD_HEADS = frozenset("Prize Prizes Award Awards Medal Trophy".split())
"""English heads of a prize's name, which may go on with its field (``Nobel Prize in
Physics``, ``Royal Medal for Science``)."""

MAX_FIELD_WORDS = 3


def _award_field(words: list[_Token], end: int, reader: _Reader) -> int:
    """How many words ``in`` or ``for`` and a capitalised field add to an English prize's
    name ending at ``end`` (``Nobel Prize in Physics``, ``Breakthrough Prize in Fundamental
    Physics``, ``Prize for Literature and Art``); 0 for none."""
    if reader.language != "en" or words[end].text not in AWARD_HEADS:
        return 0
    if not _joined_at(words, end + 2) or words[end + 1].text not in ("in", "for"):
        return 0
    last = end + 1
    while _joined_at(words, last + 1) and last - end <= MAX_FIELD_WORDS:
        word = words[last + 1].text
        if word == "and" and _joined_at(words, last + 2) and last > end + 1:
            word = words[last + 2].text
            if not reader.after_title(word):
                break
            last += 2
        elif reader.after_title(word):
            last += 1
        else:
            break
    return last - end if last > end + 1 else 0


def _joined_at(words: list[_Token], position: int) -> bool:
    """A word at ``position`` joined to the one before it (no sentence or clause between)."""
    return position < len(words) and words[position].joined and words[position - 1].joined


SETTING_LINKS = frozenset(("by", "on"))
"""English words that tie a one-word institution to the feature it stands beside (``Theatre
by the Lake``, ``Church on the Hill``)."""


def _english_setting(words: list[_Token], start: int, end: int, reader: _Reader) -> int:
    """How many words ``by the`` or ``on the`` and a place's head add to an English name
    that is one head noun (``Theatre by the Lake``): 3, or 0 when the head after them begins
    a name of its own (``the Theatre by the Lake District``) or the run is longer."""
    if reader.language != "en" or start != end or end + 3 >= len(words):
        return 0
    link, article, feature = words[end + 1 : end + 4]
    if link.text not in SETTING_LINKS or article.text != "the" or not head_kind(words[start].text):
        return 0
    if not (link.joined and article.joined and feature.joined):
        return 0
    if head_kind(feature.text) != "place":
        return 0
    after = words[end + 4] if end + 4 < len(words) else None
    return 0 if after is not None and after.joined and after.text[:1].isupper() else 3


def _body_head(word: str) -> bool:
    """An organisation's head, or one that names a body before ``for`` (``Centre for Policy
    Studies``)."""
    return head_kind(word) == "organisation" or LINKED_HEAD_KINDS.get(word) == "organisation"


MAX_FIELD_ADJECTIVES = 2


def _field_noun(words: list[_Token], position: int) -> int:
    """Where the capitalised noun of a field stands from ``position`` on, after at most
    ``MAX_FIELD_ADJECTIVES`` lower-case adjectives (``für elektrische Unternehmungen``, ``der
    bildenden Künste``), all joined; -1 for none."""
    for _ in range(MAX_FIELD_ADJECTIVES + 1):
        if position >= len(words) or not words[position].joined:
            return -1
        token = words[position]
        if token.text[:1].isupper():
            return -1 if token.initial else position
        if token.text in _DETERMINERS or not _modifies(token.text):
            return -1
        position += 1
    return -1


def _institution_for(words: list[_Token], start: int, reader: _Reader) -> bool:
    """A German organisation's head after a definite article, then ``für`` and a field: the
    name of one (``die Gesellschaft für Erdkunde``, ``der Bank für elektrische
    Unternehmungen``; not ``eine Gesellschaft für Kinder``)."""
    if start == 0 or start + 2 >= len(words):
        return False
    if words[start - 1].text.lower() not in GERMAN_DEFINITE:
        return False
    return words[start + 1].text == "für" and _purpose(words, start, reader) > 0


_PURPOSE_LINKS = frozenset(("für", "der", "des"))


def _after_event(word: str, reader: _Reader) -> bool:
    """A word after an event's head noun that begins a name of its own: another event's
    head, or a name word that is no number (``Super Bowl XXXIII``) and no place's or body's
    head, which ends the name the event begins (``London Fire Brigade``)."""
    kind = head_kind(word)
    if kind == "event":
        return True
    if kind in ("place", "organisation"):
        return False
    return not _NUMERAL.fullmatch(word) and reader.name_word(word, False)


INSTITUTION_HEADS = (
    "universität", "hochschule", "gericht", "gerichtshof", "akademie", "museum", "amt", "verein",
    "club", "klub", "verband", "archiv", "bibliothek", "werke", "betriebe", "schule", "institut",
    "krankenhaus", "klinik", "klinikum", "betrieb", "anwaltschaft",
)  # fmt: skip
"""German heads of an institution that takes the name of its town (``Universität Jena``,
``Landgericht Hamburg``, ``Fachhochschule Newcastle``, ``Standesamt Vegesack``,
``Heimatverein Aumund``, ``Stadtwerke Wuppertal``, ``Staatsanwaltschaft Wuppertal``,
``Abfallwirtschaftsbetrieb Kiel``): one name, an organisation's."""


def institution_head(word: str) -> bool:
    """A German word that heads an institution's name before its town's (``Standesamt``,
    ``Skiclub``, ``Landgericht``): the town after it is a place of its own."""
    return word.lower().endswith(INSTITUTION_HEADS) or compound_head_kind(word) == "organisation"
