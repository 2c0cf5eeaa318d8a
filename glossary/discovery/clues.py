"""Kind clues: votes for a kind from the evidence around one occurrence of a name.

The head noun, a title, a place preposition, an abbreviation, a team's plural: each clue is a
small function of the occurrence (``_Site``) that gives no vote, one, or two when it is as
strong as a head noun. ``CLUES`` applies them in a fixed order (the order of the votes is
the order their kinds are first counted in); the kind with the most votes over all
occurrences wins in grouping. The head noun itself is read first, by ``HEAD_READINGS`` (the
first that finds one) and ``HEAD_PATTERNS`` (which may override it), as several clues ask
whether there is one (both in ``clue_heads``).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from glossary.discovery.abbreviations import is_abbreviation
from glossary.discovery.clue_heads import _head_noun, _Site, _site
from glossary.discovery.clue_words import (
    _BEFORE,
    _apposed_head,
    _business_context,
    _english_role,
    _linked_place,
    _personal,
    _place_in_pair,
    _plural_of_english_noun,
    _predicate_head,
)
from glossary.discovery.contexts import _listed_under, _relative_who
from glossary.discovery.evidence import (
    _joins_places,
    _names_part_of_place,
    land_of_a_nation,
    plural_name,
)
from glossary.discovery.naming import NAMING_BEFORE, OBJECT_PRONOUNS
from glossary.discovery.reader import _Reader
from glossary.discovery.run_heads import (
    _BATTLE_WORDS,
    LOWER_CASE_PLACE_HEADS,
    PLACE_MODIFIERS,
    body_words,
)
from glossary.discovery.run_links import _FAMILY_FIRM, byline_name
from glossary.discovery.run_nouns import ship_article
from glossary.discovery.runs import _plural_of_a_noun
from glossary.discovery.tokenising import _Token
from glossary.discovery.word_classes import _ARTICLES, _HYPHEN, GERMAN_CONTRACTIONS, RARE_ZIPF
from glossary.first_names import is_first_name, is_surname
from glossary.frequencies import zipf
from glossary.gazetteer import is_country_or_region, place_type
from glossary.name_words import (
    CLUB_PREFIXES,
    PERSON_VERBS,
    PLACE_BEFORE,
    PLACE_PREFIXES,
    ROMAN,
    SURNAME_HEADS,
    compound_head_kind,
    head_kind,
    inflected_head_kind,
    is_event_prefix,
    is_inflected_title,
    is_title,
    is_vessel,
    ship_prefix,
)
from glossary.tagger import proper_noun_evidence


def _clues(
    text: str, words: list[_Token], start: int, end: int, titles: list[str], reader: _Reader
) -> list[str]:
    """The kind votes of every clue around one occurrence, in ``CLUES`` order."""
    site = _site(text, words, start, end, titles, reader)
    one_word = start == end
    site.head = _head_noun(site, one_word)
    votes: list[str] = []
    for clue in _CLUE_TABLES.get((reader.language, one_word), CLUES):
        votes += clue(site)
    return votes


# The clues. Each gives its votes: none, one, or two for a clue as strong as a head noun.

_NONE: tuple[str, ...] = ()


def _titled(site: _Site) -> tuple[str, ...]:
    """A title or a role before it (``General``): a person."""
    return ("person",) if site.titles else _NONE


def _given_name_first(site: _Site) -> tuple[str, ...]:
    """A given name first (``Bennie Fowler``; not proof: ``Kara Kitai``), unless an English
    name ends on a common noun the text also writes in lower case and no list knows as a
    surname: a thing named after a person (``the Hillary Step``), not the person."""
    parts = site.parts
    headed = head_kind(parts[-1]) and parts[-1] not in SURNAME_HEADS
    if _possessive_inside(parts):
        return _NONE  # "Martha's Vineyard": named after a person
    if len(parts) >= 2 and site.given and not headed and not site.serial:
        return _NONE if _common_noun_tail(site) else ("person",)
    return _NONE


def _possessive_inside(parts: list[str]) -> bool:
    """An owner's possessive before the last word (``Martha's Vineyard``)."""
    return any(part.endswith(("'s", "’s")) for part in parts[:-1])


def _possessive_place(site: _Site) -> tuple[str, ...]:
    """A name of an owner's possessive and a common noun that heads no institution
    (``Martha's Vineyard``, ``St Catherine's Point``, ``Rupert's Land``): a place; people and
    firms are not named so, and a possessive before an institution's head noun gives its
    own vote (``King's College``)."""
    parts = site.parts
    if len(parts) < 2 or not parts[-2].endswith(("'s", "’s")) or head_kind(site.last):
        return _NONE
    return ("place",)


def _common_noun_tail(site: _Site) -> bool:
    last = site.last
    return (
        site.reader.language == "en" and last.lower() in site.reader.lower and not is_surname(last)
    )


def _head_noun_votes(site: _Site) -> tuple[str, ...]:
    """The head noun, the strongest clue."""
    return (site.head, site.head) if site.head else _NONE


def _country_with_modifier(site: _Site) -> tuple[str, ...]:
    """A country or continent with a modifier: ``Soviet Ukraine``, ``Central Europe``."""
    parts = site.parts
    if site.head or len(parts) < 2 or place_type(site.last) != "country":
        return _NONE
    if parts[-2] in ("of", "the"):
        return _NONE  # "Geological Survey of India": no modifier, a body of the land
    return _NONE if is_first_name(parts[0]) else ("place",)


def _body_of_a_land(site: _Site) -> tuple[str, ...]:
    """An English name of two words or more on a common noun that heads no name, then
    ``of`` and a land (``Geological Survey of India``): a body of that land, as sure as a
    head noun; not a person of it (``Usain Bolt of Jamaica``)."""
    parts = site.parts
    if site.head or "of" not in parts:
        return _NONE
    link = parts.index("of")
    land = " ".join(parts[link + 1 :]).removeprefix("the ")
    if link < 2 or not is_country_or_region(land) or not body_words(parts[0], parts[link - 1]):
        return _NONE
    return ("organisation", "organisation")


def _modified_place(site: _Site) -> tuple[str, ...]:
    """``Greater Manchester``, ``New Holland``, ``Upper Silesia``."""
    parts = site.parts
    if not site.head and len(parts) == 2 and parts[0] in PLACE_MODIFIERS:
        if place_type(site.last):
            return ("place", "place")
    return _NONE


def _regnal_number(site: _Site) -> tuple[str, ...]:
    """``Wilhelm II.``, not ``Super Bowl XLIX``."""
    parts = site.parts
    if site.last in ROMAN and not (len(parts) > 1 and head_kind(parts[-2])):
        return ("person",)
    return _NONE


def _part_of_a_land(site: _Site) -> tuple[str, ...]:
    """``Westpreußen``, ``West-Berlin``."""
    if len(site.parts) == 1 and site.german and _names_part_of_place(site.last):
        return ("place", "place")
    return _NONE


def _joined_places(site: _Site) -> tuple[str, ...]:
    """``Österreich-Ungarn``, ``Schleswig-Holstein``."""
    last = site.last
    if len(site.parts) == 1 and not site.head:
        if _joins_places(last) or land_of_a_nation(_HYPHEN.split(last)):
            return ("place", "place")
    return _NONE


def _abbreviation(site: _Site) -> tuple[str, ...]:
    """An abbreviation names an organisation more often than not (not a country's: ``USA``)."""
    last = site.last
    if len(site.parts) == 1 and is_abbreviation(last) and place_type(last) != "country":
        return ("organisation", "organisation")
    return _NONE


def _abbreviation_with_noun(site: _Site) -> tuple[str, ...]:
    """``IG Metall``; or an abbreviation before common nouns (``NATO Response Force``,
    ``UNESCO World Heritage Site``): a body or what it runs, never a person, whose name
    holds no abbreviation."""
    parts = site.parts
    if len(parts) == 2 and site.reader.names_with_noun(parts[0], site.last):
        return ("organisation", "organisation")
    if len(parts) >= 2 and is_abbreviation(parts[0]) and not site.head:
        language = site.reader.language
        if all(_common_word(part, language) for part in parts[1:]):
            return ("organisation",)
    return _NONE


def _common_word(word: str, language: str) -> bool:
    """A word the language uses as a common word, which no list knows as a person's name."""
    if is_first_name(word) or is_surname(word):
        return False
    return zipf(word.lower(), language) >= RARE_ZIPF


_JOINED_WORDS = re.compile(r"([A-ZÄÖÜ][a-zäöüß]{2,})[A-ZÄÖÜ][a-zäöüß]+")
"""One word made of two capitalised ones (``AkzoNobel``, ``NordGen``, ``ProSieben``)."""

_SURNAME_PREFIXES = frozenset(("Mac", "Fitz", "Van", "Von", "Del", "Della", "Des", "Ter", "Ten"))
"""What opens a family name written with a second capital (``MacKinnon``, ``FitzGerald``)."""


def _joined_words(site: _Site) -> tuple[str, ...]:
    """A one-word name that joins two capitalised words: a firm's or a body's coinage
    (``AkzoNobel``, ``NordGen``), not a family name on a prefix (``MacKinnon``; ``McKee``
    and ``LeBron`` have a shorter first part)."""
    match = _JOINED_WORDS.fullmatch(site.last)
    if len(site.parts) == 1 and match and match.group(1) not in _SURNAME_PREFIXES:
        return ("organisation",)
    return _NONE


def _club_or_family_firm(site: _Site) -> tuple[str, ...]:
    """``FC Kaiserslautern``, ``VfB Stuttgart``, ``Karlsruher SC``, ``Siemens & Söhne``, and
    any two names joined by ``&`` (``Blohm & Voss``): a firm, never one person or place."""
    parts = site.parts
    if len(parts) > 1 and (
        any(part in CLUB_PREFIXES for part in parts)
        or site.last in _FAMILY_FIRM
        or _ampersand_inside(site)
    ):
        return ("organisation", "organisation")
    return _NONE


def _ampersand_inside(site: _Site) -> bool:
    words, text = site.words, site.text
    return any(
        text[words[i].end : words[i + 1].start] == " & " for i in range(site.start, site.end)
    )


def _place_prefix(site: _Site) -> tuple[str, ...]:
    """A place's prefix (``Bad``, ``Sankt``) or a place linked into the name; not before an
    organisation's head, where it names the saint or the place the body is named after (``St
    Mary's Hospital``, ``Fort Worth Police``)."""
    parts = site.parts
    if site.head == "organisation":
        return _NONE
    return ("place",) if parts[0] in PLACE_PREFIXES or _linked_place(parts) else _NONE


def _head_before(site: _Site) -> tuple[str, ...]:
    """A head noun right before it (``Halbinsel Cotentin``, ``Hauptstadt Melfi``: a place;
    ``Automarken Ford``, ``the newspaper Daily Mail``: an organisation, twice), or before
    ``called`` or ``named`` (``a Boston club called Storyville``), or the plural head of the
    list it stands in (``Städte Barmen, Elberfeld und …``)."""
    before, reader = site.before, site.reader
    kind = ""
    if before is not None and not site.words[site.start].initial:  # not "Klinik.\n\nPrypjat"
        kind = _apposed_head(before, site.last, reader)
    if not kind and site.german and site.start == site.end:
        kind = _listed_under(site.text, site.words, site.start)
    if not kind and not site.german:
        kind = _head_called(site)
    if kind == "place":  # before a person's full name, what is named after them
        named = site.full_name and site.words[site.start].joined  # not after a comma
        return ("place", "place") if named else ("place",)  # ("Grube Georg Wagsfort")
    if kind == "organisation" and not site.full_name:
        return ("organisation", "organisation")
    if kind == "person":
        return ("person", "person")
    return _NONE


_CALLED = frozenset(("called", "named"))


def _head_called(site: _Site) -> str:
    """The kind of an English head noun in lower case before ``called`` or ``named`` and the
    name (``a club called Storyville``, ``the village named Edensor``), a person's for a
    noun of a role (``a miner named Kovrin``) or for ``him`` or ``her`` between a naming verb
    and the name (``his men called him the Little Emperor``), or ``""``."""
    words, start = site.words, site.start
    if start < 2 or not words[start].joined:
        return ""
    verb = start - 2 if words[start - 1].text == "the" else start - 1
    if verb > 0 and words[verb].text in OBJECT_PRONOUNS and words[verb - 1].text in NAMING_BEFORE:
        return "person"
    if words[start - 1].text not in _CALLED:
        return ""
    noun = words[start - 2]
    if not (noun.text.islower() and noun.joined):
        return ""
    return head_kind(noun.text.capitalize()) or ("person" if _english_role(noun.text) else "")


def _event_word_before(site: _Site) -> tuple[str, ...]:
    """``tropische Sturm Bonnie``."""
    before = site.before
    if before is not None and is_event_prefix(before.text):
        if before.end + 1 == site.words[site.start].start:
            return ("event",)
    return _NONE


def _business(site: _Site) -> tuple[str, ...]:
    """``analysts at Goldman Sachs``, ``Lazard's chief executive``."""
    if site.reader.language == "en" and not site.head:
        if _business_context(site.words, site.start, site.end):
            return ("organisation", "organisation")
    return _NONE


def _role_before(site: _Site) -> tuple[str, ...]:
    """``the engineer Bouch``, ``his sister Dorothy``: a role names a person."""
    before = site.before
    if site.reader.language != "en" or site.head or is_abbreviation(site.last):
        return _NONE
    if before is not None and site.words[site.start].joined and _english_role(before.text):
        return ("person", "person")
    return _NONE


def _team_or_group(site: _Site) -> tuple[str, ...]:
    """A town and a plural: a team (``Pittsburgh Steelers``); or a plural of a common noun: a
    group (``New England Patriots``); not ``Hurricane Frances``, ``David Collins`` or a
    plural after ``of`` (``Night of the Barricades``: the head before it names it), nor a
    given name that is a town somewhere too before the plural of no English word (``Paul
    Gonsalves``; but ``Denver Broncos``), nor a possessive (``Winston Churchill's
    government``), nor a name after a title (``Sir Stamford Raffles``)."""
    parts, last = site.parts, site.last
    if len(parts) < 2 or not last.endswith("s") or head_kind(last) or site.titles:
        return _NONE  # a title before it: a person ("Sir Stamford Raffles")
    if last.endswith(("'s", "’s")) or "of" in parts:  # "Night of the Barricades"
        return _NONE
    if any(is_event_prefix(part) for part in parts) or (
        is_first_name(parts[0]) and is_surname(last)
    ):
        return _NONE
    surname = site.given and zipf(last[:-1].lower(), "en") < RARE_ZIPF  # plural of no word
    town = place_type(" ".join(parts[:-1])) and not surname
    titled = is_title(parts[0]) and _plural_of_a_noun(last)  # "Major Fisheries"
    group = (_plural_of_english_noun(last) or titled) and not _personal(parts)
    if (town or group) and not place_type(" ".join(parts)):
        return ("organisation", "organisation")
    return _NONE


def _article_before(site: _Site) -> tuple[str, ...]:
    """People rarely take an article, nor its contraction with a German preposition: ``die
    Normandie``, ``the Levant``, ``zur Rhön``; a plural after one is a team, a family or a people
    (``the Broncos``, ``the Merkits``), unless it is an English place's (``the Alps``, ``the
    Balkans``: see ``_english_place_plural``), or no plural but a name on ``s`` the lexicon knows
    (``the Thames``); a person's full name right after one is a thing named after them, most often a
    ship (``die Wilhelm Gustloff``), and as sure a clue as a head noun, unless the article is a
    relative pronoun after a comma. An English name that ends on a title after one is a byname."""
    before, last, reader = site.before, site.last, site.reader
    if before is None or site.head:
        return _NONE
    article = before.text.lower()
    if article not in _ARTICLES and not (site.german and article in GERMAN_CONTRACTIONS):
        return _NONE
    if not site.german and is_title(last):
        return ("person",)  # "the Iron Duke", "the Little Emperor": a byname
    if site.german and site.full_name and _relative_pronoun(site.text, before.start):
        return _NONE  # "ein Brief, in dem Thomas Mann davon spricht": its subject
    if site.german and site.full_name and _article_of_a_thing(site, before):
        return ("vessel", "vessel")
    if site.german and ship_article(site.words, site.start):
        return ("vessel", "vessel")  # "die Graf Spee"
    if reader.language == "en":
        plural = last.endswith("s") and not _english_place_plural(site)
    else:
        plural = last.endswith("s") and reader.foreign_name_word(last, margin=0)
    return ("organisation",) if plural and not place_type(last) else ("place",)


def _english_place_plural(site: _Site) -> bool:
    """An English name on ``s`` after ``the`` that names a place: a proper noun the lexicon
    knows well (``the Thames``, ``the Andes``), one it knows only in the plural (``the
    Alps``), or any after a preposition of place (``across the Pyrenees``; a team is
    beaten or played, not crossed)."""
    last, words, start = site.last, site.words, site.start
    if proper_noun_evidence(last, "en") >= KNOWN_NAME or plural_name(last):
        return True
    return start >= 2 and words[start - 2].text in _ENGLISH_PLACE_WORDS


_ENGLISH_PLACE_WORDS = PLACE_BEFORE["en"] | {"on", "over"}
"""English prepositions of place before ``the`` and a place's name (``over the Alps``)."""

KNOWN_NAME = 2.0
"""``proper_noun_evidence`` of a word the lexicon knows (by far most likely) as a name."""


def _article_of_a_thing(site: _Site, article: _Token) -> bool:
    """An article joined to the name after it, no relative pronoun after a comma, with a
    preposition or without (``die Klinik, die Friedrich Kraus leitete``; ``Helmut Schmidt,
    mit dem Anna Schmidt nicht verwandt ist``), no article of a place after a preposition
    of place (``in die Kara Kitai``) nor of a compound the name begins."""
    if not site.words[site.start].joined or _relative_pronoun(site.text, article.start):
        return False
    after = site.words[site.end].end
    if site.text[after : after + 1] in _COMPOUNDING:
        return False  # "der Jon Pertwee/Tom Baker-Perioden": the article is the compound's
    place = site.start >= 2 and site.words[site.start - 2].text.lower() in _GERMAN_PLACE_WORDS
    return not place


_RELATIVE_AFTER = re.compile(
    r"[,;]\s*(?:(?:mit|von|bei|zu|für|über|unter|gegen|nach|aus|an|auf|in|durch|um|vor|neben"
    r"|zwischen|seit|ohne|hinter)\s+)?$"
)
"""What stands before a German relative pronoun that looks like an article: a comma, and a
preposition it may follow (``, mit dem``)."""


def _relative_pronoun(text: str, article: int) -> bool:
    """Whether the article at offset ``article`` is a relative pronoun."""
    return _RELATIVE_AFTER.search(text, max(0, article - 16), article) is not None


_COMPOUNDING = frozenset("/-‐‑–")
"""What joins a name to the noun it modifies (``Pertwee/Baker-Perioden``)."""

_GERMAN_PLACE_WORDS = PLACE_BEFORE["de"] | {"an", "auf", "über", "unter", "vor", "hinter", "durch"}


def _vessel_before(site: _Site) -> tuple[str, ...]:
    """A ship's noun right before the name (``der Kreuzer Admiral Hipper``, ``das U-Boot
    S-13``): the ship, never the person it is named after; as sure a clue as a head noun."""
    before = site.before
    if (
        before is not None
        and site.words[site.start].joined
        and is_vessel(before.text, site.reader.language)
    ):
        return ("vessel", "vessel")
    return _NONE


def _ship_prefix(site: _Site) -> tuple[str, ...]:
    """A ship's prefix opens the name (``HMS Beagle``, ``MS Wilhelm Gustloff``): a ship."""
    return ("vessel", "vessel") if ship_prefix(site.parts[0], site.reader.language) else _NONE


_SHIP_VERBS = {
    "en": re.compile(
        r"\s+(?:docked|foundered|capsized|sank|ran aground|was (?:launched|wrecked|scuttled"
        r"|torpedoed|sunk|refitted|decommissioned))\b"
    ),
    "de": re.compile(
        r"\s+(?:sank|kenterte|strandete|lief (?:aus|vom Stapel|auf Grund)|wurde (?:versenkt"
        r"|torpediert|abgewrackt|vom Stapel gelassen|in Dienst gestellt))\b"
    ),
}
"""What only a ship does, said right after its name (``Taeping was wrecked``, ``die Gorch
Fock lief aus``)."""


_SHIP_VERB_BEFORE = re.compile(r"\b(?:sank|kenterte|strandete|(lief))\s+(?:die|der|das)\s+$")
_LAUNCHED_AFTER = re.compile(r"\s+(?:vom Stapel|aus|auf Grund)\b")
"""German puts the verb first after a date or a place (``1912 lief die Imperator vom
Stapel``, ``1957 sank die Pamir``); ``lief`` only with its particle after the name."""


_ABOARD = {"en": re.compile(r"\baboard(?: the)?\s+$"), "de": re.compile(r"\bBord (?:der|des)\s+$")}
"""Where people are only on a ship (``aboard the Cutty Sark``, ``an Bord der Pamir``)."""


def _ship_verb_after(site: _Site) -> tuple[str, ...]:
    """A ship's verb after the name (German: or before its article), or ``aboard`` before
    it: a ship. People take no article, so after one the clue is as strong as a ship's noun
    (``the Mayflower sailed`` is no person); without one a verb gives one vote (``Taeping
    was wrecked``)."""
    if site.head:
        return _NONE  # "der Vertrag lief aus": the head noun says what it is
    language = site.reader.language
    text, begin, finish = site.text, site.words[site.start].start, site.words[site.end].end
    if _ABOARD[language].search(text, max(0, begin - 12), begin):
        return ("vessel", "vessel")
    after = text[finish : finish + 40]
    verb = language == "de" and _SHIP_VERB_BEFORE.search(text, max(0, begin - 20), begin)
    if verb and (not verb.group(1) or _LAUNCHED_AFTER.match(after)):
        return ("vessel", "vessel")
    sailed = language == "en" and _SAILED.match(after)
    if not (_SHIP_VERBS[language].match(after) or sailed):
        return _NONE
    if site.before is not None and site.before.text.lower() in _ARTICLES:
        return ("vessel", "vessel")
    return _NONE if sailed else ("vessel",)


_SAILED = re.compile(r"\s+sailed\b")
"""People sail too (``Cook sailed``); only a name with an article did so as a ship."""


def _person_verb_after(site: _Site) -> tuple[str, ...]:
    """``Simon sagte``, ``Temüjin married``."""
    after = site.after
    if after is not None and after.joined and after.text in PERSON_VERBS[site.reader.language]:
        return ("person",)
    return _NONE


def _who_after(site: _Site) -> tuple[str, ...]:
    """``Tottenham, who had put everything into it``: a place named so is its team; places
    never take ``who``, so the clue is as strong as a head noun."""
    if site.reader.language != "en" or site.head or is_abbreviation(site.last):
        return _NONE
    if not _relative_who(site.text, site.words[site.end], site.after, ""):
        return _NONE
    if place_type(" ".join(site.parts)):
        return ("organisation", "organisation")
    return ("person", "person")


def _place_noun_after(site: _Site) -> tuple[str, ...]:
    """``the train left Wormit station``."""
    after = site.after
    if site.reader.language == "en" and after is not None and after.joined:
        if after.text in LOWER_CASE_PLACE_HEADS:
            return ("place",)
    return _NONE


_KIN = frozenset(("family", "families", "brothers", "sisters", "clan"))
"""English nouns of kin after a surname (``the Joad family``, ``the Wright brothers``)."""


def _kin_after(site: _Site) -> tuple[str, ...]:
    """``the Joad family``: the surname of people, however the article before it reads;
    as sure a clue as a head noun."""
    after = site.after
    if site.reader.language == "en" and not site.head and after is not None and after.joined:
        if after.text in _KIN:
            return ("person", "person")
    return _NONE


def _predicate(site: _Site) -> tuple[str, ...]:
    """``ABC is an American television network``, ``Smiljan ist ein Dorf``."""
    predicated = _predicate_head(site.text, site.words, site.end, site.reader)
    return (predicated, predicated) if predicated else _NONE


def _ruled_place(site: _Site) -> tuple[str, ...]:
    """After ``von``/``of`` and a title or a place's or an event's head: ``Herzog von
    Apulien``, ``King of England``, ``Sperrzone von Tschernobyl``, ``Siege of Acre``, ``the
    trading post of Kirensk`` (a place's noun in lower case)."""
    before, start = site.before, site.start
    if start < 2 or before is None or before.text not in ("von", "of") or site.full_name:
        return _NONE
    ahead = site.words[start - 2].text
    if ahead in SETTLEMENT_NOUNS and site.reader.language == "en":
        return ("place",)
    ruling = compound_head_kind(ahead.capitalize())
    return ("place",) if is_inflected_title(ahead) or ruling in ("place", "event") else _NONE


SETTLEMENT_NOUNS = LOWER_CASE_PLACE_HEADS | {"post", "outpost", "settlement", "hamlet", "township"}
"""English nouns in lower case of a place ``of`` names (``the trading post of Kirensk``):
those that follow a name as well, and settlements whose capitalised word heads no name
(``Post`` is a newspaper's)."""


def _article_after_place_word(site: _Site) -> tuple[str, ...]:
    """``in die Kara Kitai``, ``in the Levant``."""
    before, start = site.before, site.start
    if start < 2 or site.head or before is None or before.text.lower() not in _ARTICLES:
        return _NONE
    if site.words[start - 2].text.lower() in PLACE_BEFORE[site.reader.language]:
        return ("place",)
    return _NONE


def _named_person(site: _Site) -> bool:
    """A full name with no head noun that no place list holds: ``from John Adams to Thomas
    Jefferson`` names people, not places; but ``in North Carolina``."""
    return site.full_name and not site.head and not place_type(" ".join(site.parts))


def _place_preposition(site: _Site) -> tuple[str, ...]:
    """A preposition of place right before it (``bei Verdun``, ``in Preußen``)."""
    before, text = site.before, site.text
    if before is None or before.text.lower() not in PLACE_BEFORE[site.reader.language]:
        return _NONE
    if _named_person(site):
        return _NONE
    start = site.words[site.start].start
    if before.end == start - 1 or text[before.end : start].isspace():
        return ("place",)
    return _NONE


_ROUTE_ON = frozenset(("nach", "bis"))
"""What goes on a German route after ``über X`` (``über Varna nach Odessa``)."""


def _via(site: _Site) -> tuple[str, ...]:
    """``über X nach Y``, ``über X bis Y``: a place on a route (``über`` alone is also
    ``about``: ``sprach über Bismarck``)."""
    before, after, words = site.before, site.after, site.words
    if before is None or after is None or before.text != "über" or after.text not in _ROUTE_ON:
        return _NONE
    goal = site.end + 2  # the place the route goes on to, not "nach dem Essen"
    if goal >= len(words) or not (after.joined and words[goal].joined):
        return _NONE
    named = site.reader.name_word(words[goal].text, False)
    return ("place",) if named and not _named_person(site) else _NONE


_VANTAGE = {"von": "aus", "nach": "hin"}
"""German prepositions and the adverb that closes them round a place: ``von Erto aus`` (seen
from there), ``nach Longarone hin`` (towards it); an article may stand between (``von der
Hütte aus``)."""


_DATIVE_ARTICLES = frozenset(("dem", "der", "einem", "einer"))
"""The articles ``aus`` takes as a preposition (``aus dem Jahr``)."""


def _vantage(site: _Site) -> tuple[str, ...]:
    """``von X aus``, ``nach X hin``: X is where one looks or goes from or to, a place, not
    a person named ``von X``. Not when ``aus`` opens a phrase of its own (``ein Brief von
    Goethe aus Weimar``, ``von Goethe aus dem Jahr 1790``)."""
    words, after, start = site.words, site.after, site.start
    if after is None or not after.joined or site.full_name:
        return _NONE
    position = start - 1
    if position > 0 and words[position].text.lower() in _ARTICLES and words[start].joined:
        position -= 1  # "von der Hütte aus"
    closing = _VANTAGE.get(words[position].text.lower()) if position >= 0 else None
    if closing is None or after.text != closing or not words[position + 1].joined:
        return _NONE
    following = words[site.end + 2] if site.end + 2 < len(words) else None
    if following is not None and following.joined:
        word = following.text
        if word[:1].isupper() or word.lower() in _DATIVE_ARTICLES or word.isdigit():
            return _NONE
    return ("place",)


_MOTION = frozenset(
    """go goes went gone going come comes came coming move moves moved moving return returns
    returned returning travel travels travelled traveled travelling traveling walk walks walked
    walking sail sails sailed sailing fly flies flew flown flying drive drives drove driven
    driving ride rode ridden march marched flee fled migrate migrated emigrate emigrated
    bring brings brought send sends sent head heads headed retreat retreated advance
    advanced carry carried transfer transferred extend extended run runs ran ship shipped
    export exported deport deported exile exiled evacuate evacuated relocate relocated
    journeyed steam steamed hike hiked trek trekked upstream downstream inland
    north south east west home back way road route trip voyage journey line railway
    flight""".split()
)
"""English words of going somewhere: ``to`` after one of them, a few words back, says where
(``walked for seventeen days to Thyangboche``)."""


MOTION_REACH = 4
"""How many words before ``to`` the word of going may stand."""


def _destination(site: _Site) -> tuple[str, ...]:
    """``walked to Thyangboche``, ``moved its intake upstream to Thames Ditton``: ``to``
    after a word of going, before a name with no head that no list knows as a person's,
    says where something went (not ``compared him to Mussolini``)."""
    before, last, words, start = site.before, site.last, site.words, site.start
    if before is None or before.text != "to" or site.head or site.given:
        return _NONE
    if not words[start].joined or is_first_name(last) or is_surname(last):
        return _NONE
    reach = words[max(0, start - 1 - MOTION_REACH) : start - 1]
    going = any(word.text in _MOTION for word in reach if not word.initial)
    return ("place",) if going and not is_abbreviation(last) else _NONE


_PUBLISHED = frozenset(
    """published appeared printed reported reviewed wrote article articles paper papers
    letter letters report reports editorial column advertisement interview""".split()
)
"""English words before ``in`` and a publication's name (``appeared in Nature``, ``an
article in The Times``)."""


def _published_in(site: _Site) -> tuple[str, ...]:
    """``the paper appeared in Nature``: what prints papers is a journal or a newspaper, an
    organisation, not the place ``in`` says (unless the packages know a place of the name:
    ``reported in Paris``); as sure as a head noun."""
    words, start = site.words, site.start
    if start < 2 or words[start - 1].text != "in" or site.head or site.full_name:
        return _NONE
    if place_type(" ".join(site.parts)):
        return _NONE
    return ("organisation", "organisation") if words[start - 2].text in _PUBLISHED else _NONE


def _before_vor(site: _Site) -> tuple[str, ...]:
    """``ankerte vor Skagen``, ``Schlacht vor Jütland``; not ``Angst vor``, nor a person."""
    before, start, last = site.before, site.start, site.last
    if before is None or before.text != _BEFORE or start != site.end or start < 2:
        return _NONE
    ahead = site.words[start - 2].text
    after_verb = ahead.islower() or inflected_head_kind(ahead) == "event"
    if after_verb and not (is_first_name(last) or is_surname(last)):
        return ("place",)
    return _NONE


def _in_pair(site: _Site) -> tuple[str, ...]:
    """One of a pair of places (``von X nach Y``)."""
    if site.before is None or _named_person(site):
        return _NONE
    if _place_in_pair(site.words, site.start, site.end, site.reader.language):
        return ("place",)
    return _NONE


def _battle_site(site: _Site) -> tuple[str, ...]:
    """``Schlacht an der Marne``, ``Battle of the Somme``."""
    words, start = site.words, site.start
    if start >= 3 and words[start - 1].text in ("der", "the"):
        if words[start - 3].text in _BATTLE_WORDS:
            return ("place",)
    return _NONE


COMPASS_POINTS = frozenset(
    "north south east west north-east north-west south-east south-west northeast northwest "
    "southeast southwest".split()
)


def _compass_of(site: _Site) -> tuple[str, ...]:
    """``north of Ingleton``, ``ten miles west of Kelby``: a place, measured from."""
    words, start = site.words, site.start
    if start < 2 or words[start - 1].text != "of" or not words[start].joined:
        return _NONE
    return ("place",) if words[start - 2].text.lower() in COMPASS_POINTS else _NONE


TOWN_LINE = re.compile(r"[^\W\d_][\w.'’-]*(?:[ \t]+[^\W\d_][\w.'’-]*){0,3}[ \t]*(?:\n|\Z)")
"""The rest of a byline's line after its comma: a town of up to four words, then the line's
end (``Von Katrin Lohmeier, Chur``); a sentence that goes on is a list of persons (``Von Paul
Klee, Franz Marc und August Macke stammen …``)."""


def _byline_place(site: _Site) -> tuple[str, ...]:
    """``Von Mara Beispiel, Chur``: the town a byline's author writes from, after the
    comma, when it ends the line, not one more person of a list; as sure as a head noun."""
    words, start = site.words, site.start
    if start < 3 or words[start].joined or not byline_name(words, start - 2, site.reader):
        return _NONE
    text = site.reader.text
    between = text[words[start - 1].end : words[start].start]
    if between.strip() != "," or not TOWN_LINE.match(text, words[start].start):
        return _NONE
    return ("place", "place")


Clue = Callable[[_Site], tuple[str, ...]]
"""A clue: the votes it gives for one occurrence."""

CLUES: tuple[Clue, ...] = (
    _titled,
    _given_name_first,
    _possessive_place,
    _head_noun_votes,
    _country_with_modifier,
    _body_of_a_land,
    _modified_place,
    _regnal_number,
    _part_of_a_land,
    _joined_places,
    _abbreviation,
    _abbreviation_with_noun,
    _club_or_family_firm,
    _joined_words,
    _place_prefix,
    _head_before,
    _event_word_before,
    _business,
    _role_before,
    _team_or_group,
    _article_before,
    _vessel_before,
    _ship_prefix,
    _ship_verb_after,
    _person_verb_after,
    _who_after,
    _place_noun_after,
    _kin_after,
    _predicate,
    _ruled_place,
    _article_after_place_word,
    _place_preposition,
    _via,
    _vantage,
    _destination,
    _published_in,
    _before_vor,
    _in_pair,
    _battle_site,
    _compass_of,
    _byline_place,
)
"""Every clue, in the order its votes are given."""
ENGLISH_ONLY = frozenset(
    (
        _business,
        _role_before,
        _who_after,
        _place_noun_after,
        _kin_after,
        _destination,
        _published_in,
        _compass_of,
        _body_of_a_land,
        _possessive_place,
    )
)
GERMAN_ONLY = frozenset((_part_of_a_land, _via, _vantage))
ONE_WORD_ONLY = frozenset((_part_of_a_land, _joined_places, _abbreviation))
SEVERAL_WORDS_ONLY = frozenset(
    (
        _given_name_first,
        _possessive_place,
        _country_with_modifier,
        _body_of_a_land,
        _modified_place,
        _abbreviation_with_noun,
        _club_or_family_firm,
        _team_or_group,
        _ship_prefix,
    )
)
"""The clues that can vote only in one language or on runs of one or of several words.
Each clue still asks for itself: these sets only spare the calls that cannot vote (a clue
a run does not call costs nothing, and most runs are one word)."""


def _clue_table(language: str, one_word: bool) -> tuple[Clue, ...]:
    """``CLUES`` without those that cannot vote in ``language`` on such a run."""
    skipped = GERMAN_ONLY if language == "en" else ENGLISH_ONLY
    skipped |= SEVERAL_WORDS_ONLY if one_word else ONE_WORD_ONLY
    return tuple(clue for clue in CLUES if clue not in skipped)


_CLUE_TABLES = {
    (language, one_word): _clue_table(language, one_word)
    for language in ("de", "en")
    for one_word in (True, False)
}
