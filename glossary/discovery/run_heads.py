"""Head nouns around a name run: the institution or territory it names, a head before it or
ahead of it, and the words that bridge a run over to its head.

``Landgericht Hamburg``, ``Treaty of Versailles``, ``the Tay estuary``: a run's extent depends
on the head noun it belongs to, so these tests are asked while a run is measured.
"""

from __future__ import annotations

from functools import lru_cache

from glossary.discovery.evidence import _bare
from glossary.discovery.lexicon import _role_word, plural_head
from glossary.discovery.reader import _Reader
from glossary.discovery.run_links import INSTITUTION_HEADS, given_name_not_place
from glossary.discovery.tokenising import _INITIAL, _Token
from glossary.discovery.word_classes import _ARTICLES, _HYPHEN, COMMON_ZIPF, ENGLISH_ARTICLES
from glossary.first_names import is_first_name, is_listed_first_name, is_surname
from glossary.frequencies import zipf
from glossary.gazetteer import is_country_or_region, place_type, small_town
from glossary.name_words import (
    CONNECTORS,
    DISASTER_TAILS,
    NAMED_BY_HEAD_FIRST,
    compound_head_kind,
    head_kind,
    is_event_prefix,
    is_title,
    is_vessel,
)
from glossary.tagger import (
    known_tag,
    proper_noun_evidence,
)

_ROUTE = frozenset(("nach", "über", "bis"))
"""What goes on from ``von X``: a route's way, not a name's part."""


_BATTLE_WORDS = frozenset("Schlacht Kämpfe Front Battle".split())

_BATTLE_TAILS = ("schlacht", "gefecht")
"""German compounds on these are battles too (``Seeschlacht``, ``Völkerschlacht``,
``Seegefecht``), named after the place they were fought at."""


def battle_word(word: str) -> bool:
    """A battle's head noun (``Schlacht``) or a German compound on one (``Seeschlacht bei
    Tsushima``, ``Seegefecht bei Helgoland``): ``bei`` and a place go on its name."""
    return word in _BATTLE_WORDS or word.lower().endswith(_BATTLE_TAILS)


_DISASTER_TAILS = tuple(tail.lower() for tail in DISASTER_TAILS)

PLACE_CONNECTORS = frozenset(("von", "bei"))
"""What stands between a disaster's compound and the place it is named after."""


def placed_event_word(words: list[_Token], position: int) -> bool:
    """A battle's head noun, or a German compound on a disaster's before ``von``/``bei`` and
    a place the packages know (``Grubenunglück von Lengede``, ``Bergsturz bei Elm``, ``Erdbeben
    von Lissabon``; not ``Kurssturz bei Wirecard``): ``von`` or ``bei`` and the place go on the
    event's name. A disaster's noun alone opens a name as any head does (``die Katastrophe von
    Y``), or none (``der Sturz von Mussolini``)."""
    word = words[position].text
    if battle_word(word):
        return True
    lower = word.lower()
    if not lower.endswith(_DISASTER_TAILS) or lower in _DISASTER_TAILS:
        return False
    if position + 2 >= len(words) or words[position + 1].text not in PLACE_CONNECTORS:
        return False
    return bool(place_type(words[position + 2].text))


def _institution_of_place(words: list[_Token], start: int, reader: _Reader) -> bool:
    """A German institution's head (in the singular) right before a town or land the
    packages know, not in the genitive: the institution's name (``Universität Jena``; not
    ``die Regierung Kenias``, ``die Siegermächte Deutschland``). A territory's head takes
    any name word of the text too (``Königreich Württemberg``: an old land no list holds)."""
    if start + 1 >= len(words):
        return False
    following = words[start + 1]
    if not (following.joined and following.text[:1].isupper()) or following.initial:
        return False  # most words: no name joined after them, whatever their head
    if not _heads_place(words[start].text):
        return False
    pieces = _HYPHEN.split(following.text)  # "Landkreis Weißenburg-Gunzenhausen"
    if any(place_type(piece) or small_town(piece) for piece in pieces if piece[:1].isupper()):
        return True
    return words[start].text.lower().endswith(TERRITORY_HEADS) and _name_after_head(
        following, reader
    )


TERRITORY_HEADS = (
    "königreich", "kaiserreich", "fürstentum", "herzogtum", "grafschaft", "provinz", "kanton",
    "bistum", "reichsstadt", "landkreis", "bezirk",
)  # fmt: skip
"""German heads of a land named after its town or land (``Königreich Hannover``,
``Kurfürstentum Sachsen``, ``Provinz Posen``, ``Erzbistum Köln``, ``Landkreis Kitzingen``,
``Regierungsbezirk Schwaben``): one name, a place's."""


_HEADS_OF_PLACE = INSTITUTION_HEADS + TERRITORY_HEADS


@lru_cache(maxsize=1 << 14)
def _heads_place(word: str) -> bool:
    """Whether a word ends in a head of ``_HEADS_OF_PLACE``, maybe in the genitive or the
    dative (``des Landkreises``, ``des Amts``), or is a compound on an organisation's head
    (``Polizeidirektion``, ``Energiegenossenschaft``): once per distinct word, where every
    capitalised word of a text is asked (every ending, twice)."""
    head = word.lower()
    if head.endswith(_HEADS_OF_PLACE):
        return True
    if head.removesuffix("s").removesuffix("e").endswith(_HEADS_OF_PLACE):
        return True
    # a compound on a body's head ("Polizeidirektion Kiel"); not the bare head, which may be
    # the verb's subject before an object ("als der Bund Bayern half")
    if head.endswith(_WORDS_FOR_A_FIRM) or head_kind(word):
        return False  # "der Getriebehersteller Dnipro": what the firm is, then its name
    return compound_head_kind(word.removesuffix("s")) == "organisation"


_WORDS_FOR_A_FIRM = (
    "firma", "hersteller", "konzern", "marke", "gruppe", "unternehmen", "verlag", "reederei",
    "buchhandlung",
)  # fmt: skip
"""German words that say what kind of firm the name after them is (``der Autokonzern VW``,
``der Verlag Ullstein``, ``die Reederei Hapag``): a description set before a name, not the
head of an institution named after its town."""


def firm_word_before_name(words: list[_Token], position: int) -> bool:
    """Whether the word at ``position`` is a German word for a kind of firm with a
    capitalised word joined after it inside the sentence: the firm's name follows, and
    adjectives before the word describe the firm (``der Schweizer Konzern Richemont``)."""
    if position + 1 >= len(words) or not words[position].text.lower().endswith(_WORDS_FOR_A_FIRM):
        return False
    following = words[position + 1]
    return following.joined and not following.initial and following.text[:1].isupper()


def _named_institution(words: list[_Token], start: int, reader: _Reader) -> bool:
    """A German head in ``NAMED_BY_HEAD_FIRST`` right before a name word or a word the
    lexicon does not read as a common noun: the organisation's name (``Zirkus Renz``,
    ``Museum Folkwang``; not ``das Theater Menschen``); or a compound on a body's head before
    a surname the packages know, not in the genitive (``Wehrsportgruppe Hoffmann``; a bare
    head is a word for the firm before its name, ``die Firma Brown, Boveri``, a plural a list's
    class, ``die Automarken Ford, Toyota``)."""
    if start + 1 >= len(words):
        return False
    following = words[start + 1]
    if not following.joined or following.initial or not following.text[:1].isupper():
        return False  # most words: no capitalised word joined after them
    if words[start].text == HOUSE and reader.language == "de":
        return _house_name(words, start + 1, reader)
    if words[start].text in NAMED_AFTER_A_PLACE and reader.language == "de":
        return _named_after_a_place(following, reader)
    if words[start].text not in NAMED_BY_HEAD_FIRST:
        if not is_surname(following.text) or reader.genitive(following.text):
            return False
        head = words[start].text
        if head_kind(head) or compound_head_kind(head) != "organisation":
            return False
        if head.endswith("n") and compound_head_kind(head.removesuffix("n")):
            return False  # a plural: "die Automarken Ford, Toyota und Holden"
    if not reader.after_title(following.text):
        return False
    return _name_after_head(following, reader)


NAMED_AFTER_A_PLACE = frozenset(("Kloster", "Abtei", "Konzentrationslager"))
"""German heads of a building or a camp named after its place, whose name is the head and
the place (``Kloster Lehnin``, ``Konzentrationslager Ravensbrück``), where the place alone
is the village."""


def _named_after_a_place(following: _Token, reader: _Reader) -> bool:
    """A name word after such a head, no given name (``das Kloster Heinrich dem Löwen
    schenken``) and no genitive, and no common noun (``im Kloster Mönche``)."""
    word = following.text
    if is_first_name(word) or reader.genitive(word) or head_kind(word):
        return False
    return reader.name_word(word, False)


HOUSE = "Haus"
"""A German house's name begins with it (``Haus Wahnfried``, ``Haus Sommerberg``): one name,
a place's; not a dynasty (``das Haus Habsburg``, a place the packages know) nor someone's
house (``dem Haus Heinrich Vogelers``)."""


def _house_name(words: list[_Token], position: int, reader: _Reader) -> bool:
    """One word after ``Haus`` that names the house: a name word of the text that no list
    knows as a given name, a surname or a place, not in the genitive, with no capitalised
    word joined after it."""
    word = words[position].text
    if is_first_name(word) or is_surname(word) or place_type(word) or word.endswith("s"):
        return False
    after = words[position + 1] if position + 1 < len(words) else None
    if after is not None and after.joined and after.text[:1].isupper():
        return False
    return _name_after_head(words[position], reader)


def _name_after_head(following: _Token, reader: _Reader) -> bool:
    """A word after a head that names it: no head or connector, and a name word or a word
    the lexicon does not read as a common noun that the text never writes in lower case."""
    if head_kind(following.text) or following.text in CONNECTORS:
        return False
    return (
        reader.name_word(following.text, False)
        or proper_noun_evidence(_bare(following.text), "de") >= 0
        and following.text.lower() not in reader.lower
    )


def _after_head_noun(words: list[_Token], start: int, reader: _Reader) -> bool:
    """In German, a capitalised word right after a head noun of a place or an organisation
    (in the singular, or in the plural before a list: ``die Brauereien Augustiner, ...``) or
    a ship's noun that the lexicon does not read as a common noun: the name the head
    introduces (``die Zeitschrift Nature``, ``der Stadt Daressalam``, ``die Bark Seeadler``;
    not ``im Land Proteste``)."""
    if reader.language != "de" or start == 0:
        return False
    first, before = words[start], words[start - 1].text
    if first.initial or not first.joined or not before[:1].isupper() or is_title(before):
        return False
    headed = compound_head_kind(before) in ("place", "organisation") or is_vessel(before, "de")
    headed = headed or plural_head(before) in ("place", "organisation")  # "Brauereien X, Y"
    if not headed or head_kind(first.text):
        return False
    if reader.name_word(before, words[start - 1].initial):
        return False  # "den Gilbertinseln Kokospalmen": a name, not a head, before it
    return proper_noun_evidence(_bare(first.text), "de") >= 0


def _before_lower_case_head(words: list[_Token], start: int, reader: _Reader) -> bool:
    """An English capitalised word before a head written in lower case (``the Song
    dynasty``)."""
    if reader.language != "en" or start + 1 >= len(words):
        return False
    after = words[start + 1]
    return after.joined and after.text in LOWER_CASE_HEADS and words[start].text[:1].isupper()


def _english_title_case(words: list[_Token], start: int, reader: _Reader) -> bool:
    """Inside an English sentence, a capitalised word before a name word (``Guy Mollet``)
    or before capitalised words that end on a head noun (``World Bank``, ``United Nations
    Emergency Force``) opens a name, however common the words are."""
    first = words[start]
    if reader.language != "en" or start + 1 >= len(words) or not reader.after_title(first.text):
        return False
    following = words[start + 1]
    if not following.joined or following.initial:
        return False
    if reader.name_word(following.text, False) or head_kind(following.text):
        return True
    if reader.after_title(following.text) and _capitalised_noun_after(words, start):
        return True
    return bool(_head_ahead(words, start, reader) or _and_head(words, start, reader))


_CONTENT_TAGS = ("AJ", "NN", "NP", "CRD", "ORD")
"""Tags of the words that may open a name in title case: adjectives, nouns and numbers."""

_PICKING_ONE = frozenset(
    """a an its his her their our my your every each any some no another this these that
    those""".split()
)
"""English determiners that pick one thing of a sort: a capitalised phrase after them is a
sort written in title case (``its last Grand Master``, ``a World Heritage Site``); a name
takes ``the`` or nothing."""

_BETWEEN_TAGS = ("AJ", "ORD", "CRD")
"""Tags of the words that stand between such a determiner and the phrase (``its last``)."""


def _capitalised_noun_after(words: list[_Token], start: int) -> bool:
    """Inside an English sentence, a capitalised adjective, noun or number before a
    capitalised common noun (``the Latin Quarter``, ``the Miracle Mile``, ``the Community
    Shield``): English writes a common noun with a capital only inside a name. Not a
    function word (``On Confession``, ``The Canon``: a work's title in title case), nor after a
    determiner that picks one of a sort (``its last Grand Master``), a possessive (``Denver's
    Executive Vice President``), a capitalised word that opened no name (``a World | Heritage
    Site``) or a title and ``of`` (``President of Football Operations``: a portfolio)."""
    following = words[start + 1]
    if following.text.isupper() or not following.text[:1].isupper():
        return False
    if start > 0 and words[start].joined:
        before = words[start - 1].text
        if before[:1].isupper() or before.endswith(("'s", "’s")):
            return False
        if before == "of" and start > 1 and is_title(words[start - 2].text):
            return False
    first_tag = known_tag(words[start].text.lower(), "en") or "NN"
    noun_tag = known_tag(following.text.lower(), "en") or ""
    if not first_tag.startswith(_CONTENT_TAGS) or not noun_tag.startswith("NN"):
        return False
    position = start - 1
    while position > 0 and (known_tag(words[position].text, "en") or "").startswith(_BETWEEN_TAGS):
        position -= 1
    return position < 0 or words[position].text.lower() not in _PICKING_ONE


def _opens_before_head(words: list[_Token], start: int, reader: _Reader) -> bool:
    """At an English sentence start, a word before an event's first word and a name
    (``Tropical Storm Bonnie would cause``), a word that may be a name before a head noun
    (``Coniston Water is deep``), or an adjective or a noun before an event's head (``Black
    Monday followed``, ``Bloody Sunday was``; not ``Last Sunday``): a name begins, as it
    would inside the sentence."""
    if reader.language != "en" or start + 2 >= len(words):
        return False
    following, after = words[start + 1], words[start + 2]
    if not following.joined or not following.text[:1].isupper():
        return False
    if not (known_tag(words[start].text.lower(), "en") or "NN").startswith(_CONTENT_TAGS):
        return False  # "After Storm Desmond": a preposition opens no name
    if is_event_prefix(following.text):
        return after.joined and reader.after_title(after.text)
    head = head_kind(following.text)
    if head == "event" and _describes_event(words[start].text):
        return True
    return bool(head) and reader.name_word(_bare(words[start].text), False)


_RELATIVE_TIME = frozenset(
    "last next early late following previous coming same past present".split()
)
"""English adjectives that place a time relative to now or to another (``Last Sunday``,
``Early Monday``): before a weekday's name at a sentence start, no name."""


def _describes_event(word: str) -> bool:
    """An adjective or a noun that may open an event's name before its head (``Black``,
    ``Bloody``, ``Boxing``), not one of relative time."""
    lower = word.lower()
    return lower not in _RELATIVE_TIME and (known_tag(lower, "en") or "").startswith(("AJ", "NN"))


def _body_of_land(words: list[_Token], start: int, end: int, reader: _Reader) -> bool:
    """Whether an English name of two capitalised words or more, on a common noun that heads
    no name of its own, goes on with ``of`` and a land (``Geological Survey of India``): the
    land is part of the body's name, as after a head noun (``Royal Society of Canada``); not
    after a person's name (``Usain Bolt of Jamaica``)."""
    if reader.language != "en" or end == start or end + 2 >= len(words):
        return False
    if words[end + 1].text != "of":
        return False
    land = words[end + 2].text
    if land == "the" and end + 3 < len(words):
        land = words[end + 3].text
    return is_country_or_region(land) and body_words(words[start].text, words[end].text)


MAX_LAND_WORDS = 3
"""Capitalised words after ``of`` that may name the land (``Saint Vincent and``: no), or end
on a head noun (``of London Trust``: ``_of_named_head``)."""


def _named_of(words: list[_Token], start: int, end: int, reader: _Reader) -> bool:
    """Whether an English name of one word goes on over ``of``: a capitalised noun after an
    article before a place the packages know (``the new Dominion of Canada``, ``the Sanjak of
    Novi Pazar``: a territory or a body named after its land, as after a head noun), or a
    given name alone before a capitalised word (``William of Orange``, ``Rupert of the
    Rhine``: a person named after where he ruled or came from), or a noun inside a sentence
    that the text never writes in lower case before ``of the`` and a capitalised word (``the
    Plot of the Unknown``, ``the Ship of the Fens``; not before a body). Not a title (``the
    Queen of Spain``), a quarter (``the South of France``), a plural (``the Mamluks of
    Egypt``: a people) or a surname (``Bolt of Jamaica``)."""
    if reader.language != "en" or end != start or end + 2 >= len(words):
        return False
    link = words[end + 1]
    if link.text != "of" or not link.joined:
        return False
    after = end + 3 if words[end + 2].text == "the" else end + 2
    if after >= len(words) or not all(token.joined for token in words[end + 2 : after + 1]):
        return False
    word = words[start].text
    if is_first_name(word) and not is_surname(word):
        before = words[start - 1] if start else None
        return before is None or not (before.joined and before.text[:1].isupper())
    if not _determined(words, start):
        return False
    if is_title(word) or word in PLACE_MODIFIERS or not reader.after_title(word):
        return False
    if word.endswith("s") and not word.endswith("ss"):
        return False  # "the Mamluks of Egypt": a people of the land
    last = after
    while last + 1 < len(words) and last - after + 1 < MAX_LAND_WORDS:
        following = words[last + 1]
        if not (following.joined and following.text[:1].isupper()):
            break
        last += 1
    if after == end + 3 and not words[start].initial and word.lower() not in reader.lower:
        # "the Plot of the Unknown": a noun the text capitalises every time; not a member's
        # rank in a body ("a Fellow of the Royal Society")
        return head_kind(words[last].text) != "organisation"
    return bool(place_type(" ".join(token.text for token in words[after : last + 1])))


def _determined(words: list[_Token], position: int) -> bool:
    """Whether an article stands before the word at ``position``, maybe with lower-case
    adjectives between (``the new Dominion``, ``A smaller Principality``)."""
    before = position - 1
    while before >= 0 and words[before + 1].joined:
        text = words[before].text
        if text.lower() in ENGLISH_ARTICLES:
            return True
        if not text.islower() or not (known_tag(text, "en") or "").startswith("AJ"):
            return False
        before -= 1
    return False


def _of_named_head(words: list[_Token], start: int, end: int, reader: _Reader) -> int:
    """How many words ``of`` and capitalised words that end on a head noun add to an English
    run of capitalised common words (``Freedom of Information Act``, ``Heritage of London
    Trust``): the head ends one name that the common words open; 0 for none, or after a name
    word or a role (``John Smith of Acme Corporation``, ``Member of Parliament``)."""
    if reader.language != "en" or end + 2 >= len(words):
        return 0
    if words[end + 1].text != "of" or not words[end + 1].joined:
        return 0
    if any(
        reader.name_word(word.text, False) or _role_word(word.text) or is_title(word.text)
        for word in words[start : end + 1]
    ):
        return 0  # "Member of Parliament", "Master of Pembroke College": a role and a body
    for size in range(1, MAX_LAND_WORDS + 1):
        last = end + 1 + size
        if last >= len(words) or not words[last].joined or not words[last].text[:1].isupper():
            return 0
        after = words[last + 1] if last + 1 < len(words) else None
        if after is not None and after.joined and after.text[:1].isupper():
            continue
        return size + 1 if head_kind(words[last].text) else 0
    return 0


def body_words(first: str, last: str) -> bool:
    """Whether a name from ``first`` to ``last`` may be a body's: no given name opens it and
    a common noun ends it (``Geological Survey``, not ``Usain Bolt``)."""
    return not is_first_name(first) and (known_tag(last.lower(), "en") or "").startswith("NN")


def _and_head(words: list[_Token], end: int, reader: _Reader) -> int:
    """How many words ``and`` and capitalised words that end on a head noun add to an English
    name ending at ``end`` on no head of its own (``Canal and River Trust``, ``Food and Drug
    Administration``); 0 for none."""
    if reader.language != "en" or end + 2 >= len(words) or words[end + 1].text != "and":
        return 0
    if not words[end + 1].joined:
        return 0
    ahead = _head_ahead(words, end + 1, reader)
    before = words[end - 1].text if end > 0 else ""
    named = words[end].joined and before[:1].isupper() and before.lower() not in _ARTICLES
    if ahead and words[end + 1 + ahead].text in reader.months:
        return 0  # "Storm Desmond and Black Monday": a named day is one day's name
    games = ahead and head_kind(words[end + 1 + ahead].text) == "event"
    if named and head_kind(words[end].text) and not games:
        return 0  # "the James River and Huguenot Road": two names, each on its head; but
        # "the British Empire and Commonwealth Games": one event of both
    if any(_closes(word) for word in words[end + 2 : end + 1 + ahead]):
        return 0  # "King's College London and Queen's University": a possessive opens a name
    if ahead and _two_places(words, end, end + 1 + ahead, reader):
        return 0  # "the Thames and Fleet Street", "Southwark and London Bridge": two places
    return ahead + 1 if ahead else 0


ROUTE_HEADS = frozenset("Canal Railway Railroad Navigation Tramway Turnpike".split())
"""Heads of a route's name, which names both its ends before them."""


def _two_places(words: list[_Token], end: int, head: int, reader: _Reader) -> bool:
    """Whether ``and`` before a singular place's head that ends the name (at ``head``)
    joins two places, not one name: the word before ``and`` is a name of its own. A street
    or a bridge has one name each; a plural head shares its ``and`` (``Gilbert and Ellice
    Islands``), a common word goes on to the head (``Elephant and Castle``), and another
    head may follow (``Southwark and Vauxhall Water Company``). A canal or a railway joins
    the two places it is named after (``the Leeds and Liverpool Canal``, ``the Kennet and
    Avon Canal``)."""
    word = words[head].text
    if head_kind(word) != "place" or word.endswith("s") or word in ROUTE_HEADS:
        return False
    following = words[head + 1] if head + 1 < len(words) else None
    if following is not None and following.joined and head_kind(following.text):
        return False
    if head_kind(words[end].text) == "place" and words[end - 1].text.lower() in _ARTICLES:
        return True  # "the Temple and Fleet Street": a place named by its head alone
    return reader.name_word(words[end].text, words[end].initial)


MAX_HEAD_AHEAD = 3


LOWER_CASE_HEADS = frozenset(("dynasty", "empire", "river", "mountains", "line"))
"""English head nouns that names often write in lower case (``Song dynasty``)."""


CLUB_CITY = "City"


def _club_of_town(parts: list[str]) -> bool:
    """A town the packages know, where the name with ``City`` after it is no place they
    know: English clubs are named so (``Leicester City``); cities so named are in the lists
    (``Mexico City``, ``Kansas City``)."""
    town = " ".join(parts)
    return bool(place_type(town)) and not place_type(town + " " + CLUB_CITY)


PLACE_MODIFIERS = frozenset(
    """Greater Upper Lower Inner Outer New Old North South East West Northern Southern Eastern
    Western Central""".split()
)
"""English words that make a place's name of another place's (``Greater Manchester``,
``New Holland``, ``Upper Silesia``, ``Old Trafford``)."""


LOWER_CASE_PLACE_HEADS = frozenset(
    """station airport harbour harbor street road avenue lane bridge valley island islands
    lake bay coast castle cathedral abbey palace village county province peninsula desert
    forest canal tunnel beach estuary""".split()
)
"""English nouns of a place that follow the place's name in lower case when they are no
part of it (``Wormit station``, ``the Tay estuary``): only nouns, no verb among them
(``pass``, ``falls``, ``land``), and nothing a firm owns (``plant``)."""


def _head_ahead(words: list[_Token], end: int, reader: _Reader) -> int:
    """How many capitalised words after ``end`` lead to a head noun (``Radio Network``):
    in a German text the words between must be English ones; 0 when there is no such head."""
    for size in range(2, MAX_HEAD_AHEAD + 1):
        last = end + size
        if last >= len(words):
            return 0
        between = words[end + 1 : last + 1]
        if not all(t.joined and not t.initial and t.text[:1].isupper() for t in between):
            return 0
        if reader.language == "de" and not all(
            reader.foreign_name_word(t.text, margin=0) for t in between[:-1]
        ):
            return 0
        if head_kind(words[last].text):
            return size
    return 0


def _given_name_and_initial(words: list[_Token], start: int) -> bool:
    """A listed given name before an initial and a capitalised word (``Ulysses S. Grant`` at
    a sentence start): a full name, however often the given name is a common word."""
    following = words[start + 1]
    return (
        following.joined
        and _INITIAL.fullmatch(following.text) is not None
        and is_listed_first_name(words[start].text)
        and _initial_before_name(words, start + 1)
    )


def _initials_open_name(words: list[_Token], start: int) -> bool:
    """Whether the word at ``start`` is an initial with its period before a capitalised word
    (``W. T. Stead``, ``H. G. Wells``): in English a name's first word, though a letter
    alone is as frequent as a common word (German texts name firms so: ``bei S. Fischer``).
    One initial opens a name only before a listed surname and not after a capitalised word,
    whose name it ends (``Plan B. Johnson resigned``, ``World War I. Britain``)."""
    after = start + 1
    if _INITIAL.fullmatch(words[start].text) is None or not _initial_before_name(words, start):
        return False
    if words[after].start - words[start].end != len(". "):
        return False
    if _INITIAL.fullmatch(words[after].text) is not None:
        return True
    before = words[start - 1].text if start > 0 else ""
    ends_a_name = before[:1].isupper() and words[start].start - words[start - 1].end == 1
    return is_surname(words[after].text) and not ends_a_name


def _initial_before_name(words: list[_Token], position: int) -> bool:
    """An initial with its period inside a name (``Frederick W. Mote``): the tokenizer joined
    it to the capitalised word after it."""
    after = position + 1
    return after < len(words) and words[after].joined and words[after].text[:1].isupper()


POSSESSIVE_HEADS = frozenset(
    """Bay Church Cathedral Chapel College Abbey Hospital Island Park Castle Bridge Square Gate
    Inn Wood Gardens Palace Cross Street Road Lane Hill End Land""".split()
)
"""Heads that English names of places and institutions put after an owner's or a saint's
possessive (``Robin Hood's Bay``, ``St Oswald's Church``, ``Land's End``); not heads that
mostly begin a longer name there (``Wainwright's Coast to Coast Walk``)."""


SAINTS = frozenset(("St", "St.", "Saint"))


def _possessive_head(
    words: list[_Token], position: int, after_gap: bool = False, lone_owner: bool = False
) -> int:
    """1 when the word at ``position``, after a possessive, is one of ``POSSESSIVE_HEADS``
    and ends the name (``Robin Hood's Bay``); 0 when more capitalised words follow or the
    word is no such head. ``after_gap``: a bare apostrophe stands before it (``St Thomas'
    Hospital``), so it is not joined. ``lone_owner``: the owner is one word or a saint and
    no place the packages know; then any capitalised common noun of English heads the name
    (``Martha's Vineyard``, ``St Catherine's Point``), since a person's possessive before a
    noun keeps that noun in lower case (``Martha's vineyard``)."""
    head = words[position]
    if not (head.joined or after_gap):
        return 0
    if _group_owner(words[position - 1].text):
        return _headed_run(words, position)  # "Zimbabwe African People's Union"
    if head.text not in POSSESSIVE_HEADS and not (lone_owner and _common_english_noun(head.text)):
        return 0
    after = words[position + 1] if position + 1 < len(words) else None
    if after is None or not (after.joined and after.text[:1].isupper()):
        return 1
    if head.text not in POSSESSIVE_HEADS:
        return 0
    return 1 + _headed_run(words, position + 1, "organisation")  # "Hudson's Bay Company"


def _group_owner(word: str) -> bool:
    """A plural common noun in the possessive (``People's``, ``Women's``, ``Workers``): a
    body named for the people it is of (``Kenya People's Union``), where a name's possessive
    stands before what the name owns (``Britain's Prime Minister``)."""
    bare = _bare(word)
    return _common_english_noun(bare) and known_tag(bare, "en") in _PLURAL_TAGS


_PLURAL_TAGS = frozenset(("NN0", "NN2"))
"""The tagger's plural and number-neutral nouns (``women``, ``people``)."""


def _named_for_group(words: list[_Token], start: int) -> bool:
    """A body's name opened by the people it is of (``Women's Social and Political Union``,
    ``People's Front``): a plural common noun's possessive before a run ended by a head noun."""
    word = words[start].text
    if not word.endswith(("'s", "’s")) or start + 1 >= len(words):
        return False
    return _group_owner(word) and words[start + 1].joined and bool(_headed_run(words, start + 1))


def _headed_run(words: list[_Token], position: int, kind: str = "") -> int:
    """How many capitalised words from ``position`` on form a name ended by a head noun
    (``Social and Political Union``), of ``kind`` if given; 0 when the run ends in no such
    head (``Prime Minister``), another possessive, or more than four words."""
    end = position
    while end + 1 < len(words) and end - position < 4 and not _closes(words[end]):
        following = words[end + 1]
        if following.joined and following.text[:1].isupper():
            end += 1
        elif following.text == "and" and _capitalised_after(words, end + 1) and following.joined:
            end += 2  # "Women's Social and Political Union"
        else:
            break
    last = words[end].text
    if not words[position].text[:1].isupper() or not last[:1].isupper() or _closes(words[end]):
        return 0
    found = head_kind(last)
    return end - position + 1 if found and (not kind or found == kind) else 0


def _capitalised_after(words: list[_Token], position: int) -> bool:
    """Whether a capitalised word follows the one at ``position``, joined to it."""
    after = position + 1
    return after < len(words) and words[after].joined and words[after].text[:1].isupper()


def _common_english_noun(word: str) -> bool:
    """A capitalised word that English writes as a common noun, not as a name."""
    if not word[:1].isupper():
        return False
    return zipf(word.lower(), "en") >= COMMON_ZIPF and proper_noun_evidence(word, "en") < 0


def _title_possessive(words: list[_Token], start: int) -> bool:
    """An English title with a possessive before a head noun (``King's College``, ``Queen's
    University``, ``Bishop's Palace``), or with no determiner before it and a capitalised word
    after it (``King's Lynn``, ``Bishop's Stortford``: a holder's possession takes one, ``the
    King's Men``): a place or an institution named after the office; before a person's name
    a title takes no possessive."""
    word = words[start].text
    if not word.endswith(("'s", "’s")) or not is_title(_bare(word)) or start + 1 >= len(words):
        return False
    following = words[start + 1]
    if not following.joined or not following.text[:1].isupper():
        return False
    before = words[start - 1].text if start else ""
    return bool(head_kind(following.text)) or known_tag(before, "en") not in _DETERMINER_TAGS


_DETERMINER_TAGS = frozenset(("AT0", "DPS", "DT0"))
"""The tagger's articles, possessive and other determiners (``the``, ``his``, ``this``)."""


def _closes(token: _Token) -> bool:
    """A name never goes on past a word followed by punctuation (checked by ``joined``)."""
    return token.text.endswith(("'s", "’s"))


def _bridges(words: list[_Token], position: int, reader: _Reader, head_start: bool) -> bool:
    """A connector (``von``, ``of the``) with a name right after it. English ``of`` joins
    only after a head noun (``Treaty of Versailles``, not ``Toghrul Khan of the Keraite``)."""
    word = words[position]
    if position + 1 >= len(words):
        return False
    if word.text == "bei" and placed_event_word(words, position - 1):
        following = words[position + 1]  # "Schlacht bei Tannenberg", "Zugunglück bei X"
        return word.joined and following.joined and reader.name_word(following.text, False)
    if word.text not in CONNECTORS:  # "Daniel arap Moi": a particle the language lacks
        return (
            reader.particle(word.text)
            and word.joined
            and words[position + 1].joined
            and reader.name_word(words[position - 1].text, False)
            and reader.name_word(words[position + 1].text, False)
        )
    if word.text in ("of", "the") and not head_start:
        return False
    after = position + 1
    if words[after].text in CONNECTORS and words[after].text != word.text:
        after += 1  # "of the"
    if after >= len(words) or not all(words[i].joined for i in range(position, after + 1)):
        return False
    if after - position > 2:
        return False
    named = words[after]
    if word.text == "von" and after + 1 < len(words) and words[after + 1].text in _ROUTE:
        return False  # "die Bahn von Offenburg nach Villingen": a route, not a name
    if word.text == "von" and _full_name_at(words, after):
        ahead = _HYPHEN.split(words[position - 1].text)[-1]  # a battle is at a place
        if not battle_word(ahead):  # ("Schlacht von Dalan Balzhut")
            return False  # "die Tay-Brücke von William Barlow": by a person, not of a place
    if word.text == "von" and _given_name_before(words, position):
        return reader.after_title(named.text)  # "Heinrich von Pechmann": a noble name's
        # particle, whatever the surname means as words
    if word.text == "of" and _full_name_at(words, after):
        if head_kind(words[position - 1].text) == "organisation":
            return False  # "the Eastern Shipping Company of John Smith": its owner
    if word.text == "of" and head_start and not named.initial:
        return reader.after_title(named.text)  # "Court of Common Pleas": English title case
    if word.text in _FRENCH_LINKS and _french(words[position - 1].text, reader.language):
        return reader.after_title(named.text)  # "Compagnie Universelle du Canal ..."
    return reader.name_word(named.text, False)


def _given_name_before(words: list[_Token], position: int) -> bool:
    """A given name right before ``position`` that is no place's name (``Frankfurt``): a
    person's name goes on after its ``von``."""
    return given_name_not_place(words[position - 1].text)


def _full_name_at(words: list[_Token], position: int) -> bool:
    """A given name at ``position`` with a capitalised word joined after it, maybe after a
    name's own ``von`` (``Ferdinand von Miller``), the two no place's name (``William Henry
    Barlow``; not ``San Francisco``): after ``von``, who made or owns a thing, since a
    name's own ``von`` comes before a surname or a place."""
    following = position + 1
    if following >= len(words) or not is_first_name(words[position].text):
        return False
    particle = words[following]
    if particle.text in _NOBLE_PARTICLES and particle.joined and following + 1 < len(words):
        following += 1  # "die Erzgießerei von Ferdinand von Miller"
    after = words[following]
    if not (after.joined and after.text[:1].isupper()):
        return False
    return not place_type(f"{words[position].text} {after.text}")


_NOBLE_PARTICLES = frozenset(("von", "van", "de", "zu"))


_FRENCH_LINKS = frozenset(("du", "de", "des"))


FRENCH_MARGIN = 1.0


@lru_cache(maxsize=1 << 12)
def _french(word: str, language: str) -> bool:
    """A capitalised word that French writes far more often than the document's language
    (``Universelle`` in English): a French name goes on after ``du`` with any capitalised
    word (``Compagnie Universelle du Canal Interocéanique``)."""
    lower = word.lower()
    french = zipf(lower, "fr")
    return french >= COMMON_ZIPF and french - zipf(lower, language) >= FRENCH_MARGIN
