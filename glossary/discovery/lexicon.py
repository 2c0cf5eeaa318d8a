"""Tests on one word, out of context: what the tagger's lexicon, word frequencies and the
packaged word lists say about it.

Each test is asked about thousands of distinct words a document, so most are cached per word;
none of them needs the document, which keeps them usable from every step.
"""

from __future__ import annotations

import re
from functools import lru_cache

from glossary.compounds import PART_ZIPF, is_compound
from glossary.discovery.abbreviations import is_abbreviation
from glossary.discovery.wiktionary import common_noun_only
from glossary.discovery.word_classes import _DETERMINERS, _OTHER_LANGUAGES, COMMON_ZIPF
from glossary.first_names import is_first_name, is_listed_first_name, is_surname
from glossary.frequencies import as_listed, frequent_words, zipf
from glossary.gazetteer import place_type, small_town
from glossary.name_words import (
    CASE_ENDINGS,
    POSITION_PREFIX_TUPLE,
    POSITION_PREFIXES,
    calendar_words,
    compound_head_kind,
    head_forms,
    head_kind,
    inflected_head_kind,
)
from glossary.noun_lexicon import TOPONYM, noun_lexicon
from glossary.tagger import (
    is_adjective,
    known_lemma,
    known_tag,
    proper_noun_evidence,
)
from glossary.translations import translations

_QUANTITIES = frozenset(
    """zwei drei vier fünf sechs sieben acht neun zehn elf zwölf zwanzig dreißig vierzig fünfzig
    hundert tausend mehrere einige viele wenige zahlreiche etliche
    hunderte tausende zehntausende hunderttausende abertausende dutzende
    two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty
    hundred thousand several many few numerous""".split()
)


MAX_COUNT_DIGITS = 3


_ADJECTIVE_ENDINGS = ("e", "en", "er", "es", "em")


MIN_ADJECTIVE = 3
"""Letters a word needs beyond which an ending is an adjective's (not ``der``, ``den``)."""


def inflected(word: str) -> bool:
    """A lower-case word with a German adjective's ending (``enges``, ``alten``), which the
    lexicon need not know."""
    return word.islower() and len(word) > MIN_ADJECTIVE and word.endswith(_ADJECTIVE_ENDINGS)


_FUNCTION_TAGS = ("KO", "ADV", "APPR", "PTK", "PWAV", "PROAV")
"""STTS tags of German conjunctions, adverbs, prepositions and particles: words German
writes in lower case inside a sentence, whatever they mean."""


@lru_cache(maxsize=1 << 12)
def _function_word(lower: str) -> bool:
    """A German word the lexicon reads (in lower case) as a conjunction, an adverb, a
    preposition or a particle (``weil``, ``doch``, ``aber``)."""
    tag = known_tag(lower, "de")
    return tag is not None and tag.startswith(_FUNCTION_TAGS)


PLURAL_MARGIN = 1.0


_PLURAL_ENDINGS = ("e", "en", "n", "nen")


@lru_cache(maxsize=1 << 12)
def _without_plural(word: str) -> bool:
    """Whether German writes ``word`` in the plural far less often than in the singular (by
    ``PLURAL_MARGIN``): a river or a land has no plural (``Donau``, ``Pfalz``), most common
    nouns have a frequent one (``Kabinen``, ``Teiche``)."""
    lower = word.lower()
    plural = max(zipf(lower + end, "de") for end in _PLURAL_ENDINGS)
    return plural < zipf(lower, "de") - PLURAL_MARGIN


def _town_and_noun(word: str) -> bool:
    """A town's name that is a frequent German word too and that the lexicon does not know
    for sure as a name (``Halle``, ``Landstraße``; not ``Leipzig``): after an article it is
    the noun (lands take one, ``die Schweiz``; towns do not)."""
    if zipf(word.lower(), "de") < TOWN_NOUN_ZIPF or place_type(word) != "city":
        return False
    return proper_noun_evidence(word, "de") < SURE_NAME


TOWN_NOUN_ZIPF = 3.5


SURE_NAME = 2.0
"""The lexicon's evidence for a word it knows only as a proper noun."""


@lru_cache(maxsize=1 << 14)
def _known_place(word: str) -> bool:
    """A place the packages know, a town or village too (asked per list neighbour), that the
    lexicon does not read as a common word: ``Gold`` beside ``Rot`` is a colour, though both
    are towns somewhere."""
    if not (place_type(word) or small_town(word)):
        return False
    return proper_noun_evidence(word, "de") >= 0


@lru_cache(maxsize=1 << 14)
def _common_noun(word: str) -> bool:
    """A capitalised German word the lexicon reads as no name, that no place list holds."""
    if not word[:1].isupper() or not word.isalpha():
        return False
    return proper_noun_evidence(word, "de") < 0 and not place_type(word)


_DERIVED_ADJECTIVE = re.compile(r"\w{3,}(?:isch|jährig|lich|deutsch)(?:e|en|er|es|em)")


_UNINFLECTED_ADJECTIVE = re.compile(r"[A-ZÄÖÜ]\w{3,}(?:isch|lich)")
"""A capitalised adjective without an ending, which only a name's style writes before another
(``Königlich Preußisches``, ``Kaiserlich Königliche``)."""


@lru_cache(maxsize=1 << 16)
def _adjective_form(word: str) -> bool:
    """A capitalised German adjective: one the lexicon knows in lower case (``Heilige``),
    a derived one (``Kanarischen``, ``Dreißigjährigen``, ``Kaiserlichen``,
    ``Nordwestdeutschen``) or a town's (``Versailler``)."""
    lower = word.lower()
    if is_adjective(lower, "de") or _DERIVED_ADJECTIVE.fullmatch(lower):
        return True
    return _of_town(word) or _unlisted_town_adjective(word)


@lru_cache(maxsize=1 << 16)
def _of_town(word: str) -> bool:
    """A German adjective of a place the packages know (``Berliner``, ``Versailler``,
    ``Münchner``: a town in ``-en`` may drop its ``e``)."""
    stem = word[:-2]
    if not word.endswith("er") or len(stem) < 3:
        return False
    towns = [stem + end for end in ("", "s", "es")]
    if stem.endswith("n"):
        towns.append(stem[:-1] + "en")  # "Münchn|er", "Dresdn|er"
    return any(place_type(town) for town in towns) or _of_listed_town(word)


def _of_listed_town(word: str) -> bool:
    """The adjective of a town the lists hold that drops an ending of its own (``Tuttlinger``:
    Tuttlingen, ``Jülicher``: Jülich) or that only the list of small towns holds
    (``Gifhorner``): only for a word that the tagger and Wiktionary do not read as a common
    noun or a name (``Lehrer``, ``Teller``; ``Oppenheimer``) and that names no person
    (``Zeller``, ``Berger``). ``_of_town``, its only caller, caches."""
    if not _no_name_known(word) or common_noun_only(word):
        return False
    stem = word[:-2]
    towns = [stem + end for end in ("", "s", "e", "en")]
    return any(small_town(town) or place_type(town) == "city" for town in towns)


def _no_name_known(word: str) -> bool:
    """Whether the tagger's lexicon reads ``word`` as neither a name nor a common noun
    (``proper_noun_evidence`` 0) and no list of given names or surnames holds it (``Zeller``,
    ``Berger``: persons): as a town's adjective on ``-er`` is that the place lists lack."""
    if proper_noun_evidence(word, "de") != 0:
        return False
    return not (is_surname(word) or is_first_name(word))


@lru_cache(maxsize=1 << 14)
def _unlisted_town_adjective(word: str) -> bool:
    """A German adjective in ``-er`` of a town or land no place list holds: a word the
    tagger, the German Wiktionary and the name lists do not know (``Gasteiner``,
    ``Kreisauer``, ``Werdenfelser``), or one Wiktionary knows only as the noun for the
    people of a toponym it lists (``Lausitzer``: Lausitz; ``Herrnhuter``). Not a noun a
    lexicon knows (``Auswanderer``, ``Lehrer``) nor a name (``Zeller``, ``Brenner``)."""
    stem = word[:-2]
    if not word.endswith("er") or len(stem) < MIN_MODIFIER or not stem[:1].isupper():
        return False
    if not stem[1:].islower() or not _no_name_known(word):
        return False
    entries = noun_lexicon().entries
    if not entries(word):
        return not common_noun_only(word)
    towns = [stem + end for end in ("", "e", "en")]
    return any(TOPONYM in entry.tags for town in towns for entry in entries(town))


def named_after_unlisted_town(noun: str) -> bool:
    """A noun that makes a name with the adjective of a town no list holds
    (``_unlisted_town_adjective``): as after a listed town's, and in the singular, as the
    adjective alone is no evidence of a name (``Düppeler Schanzen`` would make every
    ``Schanzen`` of the text a mention)."""
    if not _named_after_town(noun):
        return False
    return not any(entry.is_plural for entry in noun_lexicon().entries(noun))


def _named_after_town(noun: str) -> bool:
    """A noun that makes a name with a town's adjective: a head noun in the singular
    (``Lübecker Frieden``, ``Berliner Stadtschloss``), or a word the lexicon does not read
    as a common one (``Prager Fenstersturz``), or a rare case of one that is no lemma; not
    ``Berliner Bürger``, ``Kölner Kaufmann``, ``Hamburger Reeder`` or a head's plural
    (``Kölner Brauereien``: the town's firms of a sort, not one of them)."""
    if compound_head_kind(noun):
        return True
    if inflected_head_kind(noun):
        return not _plural_of_head(noun)
    if proper_noun_evidence(noun, "de") >= 0:
        return True
    if known_lemma(noun, "de") == noun:
        return False  # a common noun as the lexicon lists it ("Reeder", "Verleger")
    lower = noun.lower()  # "des Kölner Ingenieurs": a rare case of a frequent noun
    forms = [lower] + [lower[: -len(end)] for end in CASE_ENDINGS if lower.endswith(end)]
    return all(zipf(form, "de") < COMMON_ZIPF for form in forms)


def _plural_of_head(noun: str) -> bool:
    """A head noun's plural in ``-en`` or ``-n``, which no singular case of a head takes
    (``Brauereien``, ``Werften``, ``Banken``)."""
    lemma = known_lemma(noun, "de")
    return lemma is not None and noun in (lemma + "en", lemma + "n")


MIN_MODIFIER = 4


MIN_NAMED_HEAD = 3


@lru_cache(maxsize=1 << 16)
def _named_compound(word: str) -> str:
    """The kind of a German compound of a name and a head noun (``Viktoriasee``: place,
    ``Suezkrise``, ``Hitlerputsch``: event), or ``""``: the name is a given name, a place the
    packages know, its adjective, or a proper noun the lexicon knows, for a place a word no
    list holds (``_unheard_of``), or, for an event, a month
    (``Novemberrevolution``); the compound is no common word (``Bundesstaat``, ``Mittelmeer``,
    ``Wirtschaftskrise``)."""
    lower = word.lower()
    frequent = zipf(lower, "de") >= COMMON_ZIPF
    if frequent and proper_noun_evidence(word, "de") < 0:
        return ""  # a common word the lexicon knows ("Bundesstaat"); a frequent name is
        # no common word for being frequent ("Oktoberfest")
    heads = head_forms()
    ordinary = frequent or common_noun_only(word)
    for cut in range(MIN_MODIFIER, len(lower) - MIN_NAMED_HEAD + 1):
        kind = heads.get(lower[cut:].capitalize())  # also "des Simplontunnels"
        if not kind or (ordinary and len(lower) - cut <= MIN_NAMED_HEAD):
            continue  # a short head ends a frequent word or an ordinary noun by chance
            # ("Opera|tor", "Reforma|tor": the German Wiktionary's noun, no gate)
        modifier = lower[:cut]
        for stem in (*_with_and_without_s(modifier), *_latin_genitive(modifier)):
            name = stem.capitalize()
            if len(stem) < MIN_MODIFIER:
                continue
            if kind == "event" and name in calendar_words():
                return kind  # "Novemberrevolution", "Juliputsch"
            known = proper_noun_evidence(name, "de") > 1  # "Hitler" is frequent, yet a name
            if _frequent_german(stem, COMMON_NOUN_ZIPF) and not known:
                continue
            if is_first_name(name) or place_type(name) or known or _of_town(name):
                return kind  # "Thunersee": a town's adjective
            if kind == "event" and _toponym_only(name):
                return kind  # "Krimkrieg", "Skagerrakschlacht": a land or sea no list holds;
                # not a firm's or a region's ("Montankonzern": montan, of mining)
            if frequent or kind != "place" or _in_longer_noun(lower, cut):
                continue  # a frequent word is no compound on what no list holds ("Inspektor")
            if _unheard_of(stem):
                return kind  # "Göltzschtalbrücke": a bridge named after what no list holds
    return ""


def _toponym_only(word: str) -> bool:
    """A word the German Wiktionary lists, and only as a toponym (``Krim``, ``Skagerrak``;
    not ``Welt``, an ordinary noun too)."""
    entries = noun_lexicon().entries(word)
    return bool(entries) and all(TOPONYM in entry.tags for entry in entries)


@lru_cache(maxsize=1 << 14)
def positioned_land(word: str) -> bool:
    """A German compound of a word of position and a land the German Wiktionary lists as a
    toponym (``Oberschwaben``, ``Nordhessen``), that neither lexicon knows as a whole: the
    land's part. Not a common noun on a toponym's letters (``Niederlage``: HanTa knows it)."""
    if not word.startswith(POSITION_PREFIX_TUPLE):
        return False  # most words: no prefix to try
    for prefix in POSITION_PREFIXES:
        land = word[len(prefix) :]
        if word.startswith(prefix) and len(land) >= MIN_MODIFIER and land.islower():
            entries = noun_lexicon().entries
            return _neither_lexicon(word) and any(
                TOPONYM in entry.tags for entry in entries(land.capitalize())
            )
    return False


CASTLE_HEAD = "burg"
"""The German head of a castle's or a fortified town's name (``Wartburg``, ``Grotenburg``)."""


@lru_cache(maxsize=1 << 14)
def castle_name(word: str) -> bool:
    """A German compound on ``-burg`` that neither lexicon knows: one castle's or town's
    name (``Wartburg``, ``Albrechtsburg``, ``Beyenburg``), however often German writes it.
    The German Wiktionary lists the sorts of castle as ordinary nouns (``Fluchtburg``,
    ``Höhenburg``, ``Wagenburg``) and many towns (``Luxemburg``: the other rules know
    them); ``_Reader`` asks for the words before it, as a sort the lists lack takes an
    indefinite article, an adjective or a possessive (``einer alten Wallburg``)."""
    lower = word.lower()
    if not lower.endswith(CASTLE_HEAD) or len(lower) < MIN_MODIFIER + len(CASTLE_HEAD):
        return False
    return _neither_lexicon(word)


def _neither_lexicon(word: str) -> bool:
    """Whether neither HanTa nor the German Wiktionary knows a German word as a whole."""
    return proper_noun_evidence(word, "de") == 0 and not noun_lexicon().entries(word)


def _latin_genitive(modifier: str) -> tuple[str, ...]:
    """A saint's name in the Latin genitive that churches and feasts are named with
    (``Jakobi|kirche``, ``Pauli|kirche``: ``Jakob``, ``Paul``), without its ``i``."""
    return (modifier[:-1],) if modifier.endswith("i") else ()


UNHEARD_ZIPF = 2.5


def _in_longer_noun(lower: str, cut: int) -> bool:
    """Whether the head from ``cut`` on ends a longer frequent word that the letters before
    it begin (``Einflussbe|reichs`` is ``Einfluss|bereichs``): no head of its own."""
    return any(zipf(lower[start:], "de") >= PART_ZIPF for start in range(MIN_MODIFIER, cut))


def _unheard_of(stem: str) -> bool:
    """A German compound's modifier that no language writes often (nor its form in ``-e``,
    for which a linking ``s`` may stand: ``Mittelgebirgs-``), the lexicon does not know,
    and that is no compound of common words nor a verb's stem (``göltzschtal``; not
    ``klapp``, ``ponton``, ``schrägseil``): a local name."""
    if proper_noun_evidence(stem.capitalize(), "de") != 0 or is_compound(stem):
        return False
    forms = [stem, stem + "en"]
    for bare in _with_and_without_s(stem):
        forms.append(bare + "e")  # "Mittelgebirg(s)-": "Mittelgebirge" takes a linking s
    return all(zipf(form, code) < UNHEARD_ZIPF for form in forms for code in ("de", "en", "fr"))


@lru_cache(maxsize=1 << 14)
def place_compound(word: str) -> bool:
    """A rare German compound on the head noun of a body of water or a landform
    (``Teufels|moor``, ``Mittelland|kanal``, ``Gnaden|see``, ``Unter|see``): such a thing is
    one of a kind and named so, where a rare compound on a built facility's head is mostly
    a sort of facility (``Radar|station``, ``Güter|bahnhof``). Not on an adverb
    (``Zusammen|fluss``), nor on a longer common noun that ends in the head (``Bahnhofs|
    vorplatz``), nor a word the Wiktionary lexicon translates, which holds the sorts
    (``Baggersee``, ``Hochmoor``) and few such names; ``_Reader`` asks for the contexts."""
    lower = word.lower()
    if zipf(lower, "de") >= COMMON_ZIPF:
        return False  # a frequent one is a sort of place ("Stausee", "Weinberg")
    for cut in range(MIN_MODIFIER, len(lower) - MIN_NAMED_HEAD + 1):
        if lower[cut:].capitalize() in NATURAL_HEADS:
            if known_tag(lower[:cut], "de") == _ADVERB or _in_longer_noun(lower, cut):
                return False
            return not translations().of(lower, "de")
    return False


NATURAL_HEADS = frozenset(
    "See Meer Moor Gebirge Gebirgszug Sund Bucht Förde Kanal Marsch Heide Insel".split()
)
"""The place heads of ``name_words.HEADS`` that name a body of water or a landform."""


_ADVERB = "ADV"


NAMING_HEADS = {"gesetz": "event", "gesetzes": "event", "revolution": "event"}
"""German compound heads that name one thing with whatever word before them: a law
(``Grundgesetz``, ``Ermächtigungsgesetz``), a revolution (``Kulturrevolution``)."""


@lru_cache(maxsize=1 << 16)
def _named_by_head(word: str) -> str:
    """The kind of a German compound on a head in ``NAMING_HEADS``, or ``""``."""
    lower = word.lower()
    for head, kind in NAMING_HEADS.items():
        if lower.endswith(head) and len(lower) - len(head) >= MIN_MODIFIER - 1:
            return kind
    return ""


STREET_HEADS = ("straße", "strasse", "gasse", "allee")


@lru_cache(maxsize=1 << 14)
def _street_name(word: str) -> bool:
    """A German compound on a street's head that German writes, but never in the plural: one
    street's name (``Feldstraße``, ``Moltkestraße``, ``Böttcherstraße``), not a sort of
    street, which has a plural (``Seitenstraßen``, ``Landstraßen``, ``Bundesstraßen``)."""
    lower = word.lower()
    if not lower.endswith(STREET_HEADS) or len(lower) < MIN_MODIFIER + len("gasse"):
        return False
    if zipf(lower, "de") == 0:
        return False  # nothing to tell a name from a rare noun
    return all(zipf(lower + end, "de") == 0 for end in ("n", "en"))


STATE_PREFIXES = {
    "bundes": "",
    "reichs": "",
    "landes": "",
    "staats": "",
    "national": "",
    "land": "tag gericht",
    "kreis": "tag gericht",
    "volks": "polizei kammer armee marine gerichtshof",
}
"""What begins the German name of an institution of a federation, an empire, a land or a
state (``Bundestag``, ``Reichsgericht``, ``Staatsbank``, ``Nationalversammlung``, a people's
republic's ``Volkskammer``): each with the heads it takes there when not every head
(``Landtag``, not ``Landrat``, a title; ``Volkspolizei``, not ``Volksbank``)."""


_STATE_PREFIXES = tuple(STATE_PREFIXES)
"""The prefixes, for one ``startswith`` per word."""


STATE_HEADS = {
    "tag": "organisation",
    "rat": "organisation",
    "gericht": "organisation",
    "gerichtshof": "organisation",
    "rechnungshof": "organisation",
    "wehr": "organisation",
    "bank": "organisation",
    "agentur": "organisation",
    "kammer": "organisation",
    "armee": "organisation",
    "marine": "organisation",
    "anstalt": "organisation",
    "amt": "organisation",
    "ministerium": "organisation",
    "versammlung": "organisation",
    "kanzlei": "organisation",
    "polizei": "organisation",
    "post": "organisation",
    "bahn": "organisation",
    "archiv": "organisation",
    "republik": "place",
}
"""The heads (in the singular) of such an institution's name, with the kind they give
(``Bundesverfassungsgericht``, ``Reichsbahn``, ``Bundesrechnungshof``, ``Bundesrepublik``); a
plural or another head is a common noun (``Bundesländer``, ``Reichspräsident``,
``Staatskasse``)."""


MIN_STATE_MIDDLE = 3


@lru_cache(maxsize=1 << 16)
def state_institution(word: str) -> str:
    """The kind of a German name of a state's institution (see ``STATE_PREFIXES``), or
    ``""``: the prefix, then a head, maybe after a noun of its own (``Bundes-verfassungs-
    gericht``, ``Reichs-kanzlei``; ``Reichs-partei-tag`` is a meeting, see ``MEETING``).
    With an indefinite article it is a common noun (``ein Landgericht``); the caller checks
    that."""
    lower = word.lower()
    if not lower.startswith(_STATE_PREFIXES):
        return ""  # most words: no prefix to try
    for prefix, heads in STATE_PREFIXES.items():
        if not lower.startswith(prefix):
            continue
        rest = lower[len(prefix) :]
        for bare in _genitive_stems(rest):  # "des Reichstags", "des Bundesrates"
            for head, kind in STATE_HEADS.items():
                if heads and head not in heads.split():
                    continue
                middle = len(bare) - len(head)
                if bare.endswith(head) and (middle == 0 or _state_middle(bare[:middle])):
                    return "event" if middle and head == MEETING else kind
    return ""


MEETING = "tag"
"""A state's assembly alone after its prefix (``Reichstag``), a meeting after a noun of its
own (``Reichsparteitag``, ``Bundesparteitag``): an event."""


ELECTION = "wahl"


@lru_cache(maxsize=1 << 14)
def state_election(word: str) -> str:
    """``event`` for the German name of an election of a state's body (``Bundestagswahl``,
    ``Volkskammerwahl``: the body, maybe with a linking ``s``, and ``wahl``), else ``""``."""
    lower = word.lower()
    if not lower.endswith(ELECTION):
        return ""  # most words
    body = lower[: -len(ELECTION)]
    return "event" if any(state_institution(stem) for stem in _with_and_without_s(body)) else ""


def _state_middle(middle: str) -> bool:
    """A noun of its own between a state's prefix and a head, maybe with a linking ``s``
    (``Bundes|verfassungs|gericht``), not letters that end in a head by chance
    (``Staats|appa|rat``)."""
    if len(middle) < MIN_STATE_MIDDLE:
        return False
    return any(zipf(stem, "de") >= PART_ZIPF for stem in _with_and_without_s(middle))


def _genitive_stems(word: str) -> tuple[str, ...]:
    """A word and, when it ends like a German genitive, the word without ``s`` or ``es``
    (``reichstages``: also ``reichstage``, ``reichstag``)."""
    if word.endswith("es"):
        return (word, word[:-1], word[:-2])
    return _with_and_without_s(word)


def _with_and_without_s(word: str) -> tuple[str, ...]:
    """A word and, when it ends in ``s`` (a linking ``s``, a genitive), the word without it
    (``verfassungs``: also ``verfassung``)."""
    return (word, word[:-1]) if word.endswith("s") else (word,)


def _article_excused(word: str) -> bool:
    """A German word that may take an article and still be a name: an English plural
    (a team), a foreign name or an institution the lexicon knows."""
    return _english_plural_name(word) or _travelled(word) or _institution(word)


@lru_cache(maxsize=1 << 16)
def _english_plural_name(word: str) -> bool:
    """An English plural in a German text that neither lexicon knows (``Panthers``,
    ``Broncos``; not ``Touchdowns``): after a German article, a team or a people."""
    lower = word.lower()
    if not lower.endswith("s"):
        return False
    english = zipf(lower, "en")
    if english < COMMON_ZIPF or english - zipf(lower, "de") < 0.5:
        return False
    return proper_noun_evidence(word, "en") == 0 and proper_noun_evidence(word, "de") == 0


@lru_cache(maxsize=1 << 16)
def _travelled(word: str) -> bool:
    """A word German texts seldom write and the lexicon does not know, more frequent in
    English or French, where the lexicon reads no common noun in it: a foreign name, which
    German gives an article (``die Picardie``, ``die Sorbonne``, ``die Levante``)."""
    lower = word.lower()
    german = zipf(lower, "de")
    if german >= COMMON_ZIPF or lower.endswith("s") or proper_noun_evidence(word, "de") != 0:
        return False
    abroad = max(zipf(lower, code) for code in _OTHER_LANGUAGES["de"])
    return abroad >= german + TRAVEL_MARGIN and proper_noun_evidence(word, "en") >= 0


TRAVEL_MARGIN = 0.5


STATE_UNION = "union"
"""The head of a German one-word name of a state made of states (``Sowjetunion``); a common
noun on it (``Zollunion``) the lexicon reads as one."""


@lru_cache(maxsize=1 << 16)
def _institution(word: str) -> bool:
    """A German compound on the head of an organisation or a place that the lexicon reads
    as a proper noun: a name, though it takes an article (``die Weltbank``)."""
    return proper_noun_evidence(word, "de") > 0 and bool(compound_head_kind(word))


@lru_cache(maxsize=1 << 16)
def _counts(word: str) -> bool:
    """A cardinal number or a word of quantity (``24``, ``drei``, ``several``); not a year
    (``In 1884 Tesla emigrated``)."""
    if word.isdigit():
        return len(word) <= MAX_COUNT_DIGITS
    lower = word.lower()
    return lower in _QUANTITIES or bool(_GERMAN_CARDINAL.fullmatch(lower))


_GERMAN_CARDINAL = re.compile(
    r"(?:ein|zwei|drei|vier|fünf|sechs?|sieb(?:en)?|acht|neun|und|zehn|elf|zwölf"
    r"|zwanzig|dreißig|vierzig|fünfzig|sechzig|siebzig|achtzig|neunzig|hundert|tausend)*"
    r"(?:zehn|zwanzig|dreißig|vierzig|fünfzig|sechzig|siebzig|achtzig|neunzig|hundert|tausend)"
)
"""A German cardinal written as one word (``achthundert``, ``dreizehn``, ``sechzig``,
``einundzwanzig``): it counts the noun after it, as the short ones of ``_QUANTITIES`` do."""


@lru_cache(maxsize=1 << 16)
def _modifies(word: str) -> bool:
    """A German article, possessive or demonstrative, or an inflected adjective."""
    lower = word.lower()
    if lower in _DETERMINERS:
        return True
    if not inflected(word):
        return False
    if any(word.endswith("isch" + end) and len(word) - len(end) > 6 for end in _ADJECTIVE_ENDINGS):
        return True  # derived adjectives ("belarussischem"; not "zwischen")
    return is_adjective(word, "de")  # "russische Freischärler", not "unterschätzte Brussilow"


def _unlaut(word: str) -> str:
    """A German plural's umlaut undone (``mächte`` → ``machte``): its singular's stem."""
    return word.translate(_UMLAUTS)


_UMLAUTS = str.maketrans("äöü", "aou")


def _frequent_german(part: str, zipf_value: float) -> bool:
    """``zipf(part, "de") >= zipf_value`` for a value of at least ``PART_ZIPF``: most parts of
    words asked about (stems, tails) are in no list of frequent words, and the set of the
    frequent ones says so without a look-up in the table."""
    listed = as_listed(part)
    if zipf_value >= PART_ZIPF and part.isalpha() and listed not in frequent_words("de", PART_ZIPF):
        return False
    return zipf(part, "de") >= zipf_value


COMMON_NOUN_ZIPF = 4.5


_MAN_NOUNS = ("man", "men")


MIN_MAN_NOUN = 6
"""English nouns of a trade or a people compounded with ``-man`` (``Signalman``,
``Railwaymen``, ``Frenchmen``) are at least this long."""


@lru_cache(maxsize=1 << 12)
def _role_word(word: str) -> bool:
    """An English capitalised word that names no one: no given name, surname, place, abbreviation
    or head noun, nor a proper noun to the lexicon. Before a full name it is the person's role
    (``Signalman Thomas Barclay``), which goes on the card; a ``-man`` noun of this sort at a
    sentence start is a trade or a people (``Railwaymen``)."""
    if word.endswith(_MAN_NOUNS) and len(word) < MIN_MAN_NOUN:
        return False  # "Truman", "Carmen", "Yemen" are shorter or listed below
    return not (
        is_listed_first_name(word)
        or is_first_name(word)
        or is_surname(word)
        or place_type(word)
        or is_abbreviation(word)
        or head_kind(word)
        or proper_noun_evidence(word, "en") > 0
    )


@lru_cache(maxsize=1 << 12)
def _umlaut_plural_head(word: str) -> str:
    """The kind of a German head noun in a plural with an umlaut and ``-e`` (``Städte``,
    ``Flüsse``, ``Höfe``), or ``""``."""
    if not word.endswith("e"):
        return ""
    singular = _unlaut(word[:-1])
    return head_kind(singular) if singular != word[:-1] else ""


@lru_cache(maxsize=1 << 12)
def plural_head(word: str) -> str:
    """The kind of a German head noun, maybe at the end of a compound, in a plural: with an
    umlaut (``Städte``) or in ``-n`` or ``-en`` (``Brauereien``, ``Inseln``, ``Automarken``),
    or ``""``."""
    kind = _umlaut_plural_head(word)
    for end in ("en", "n"):
        if not kind and word.endswith(end):
            kind = compound_head_kind(word[: -len(end)])
    return kind
