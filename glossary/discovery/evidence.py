"""How much speaks for one capitalised word being a name, wherever it stands.

``name_evidence`` weighs the lexicon, word frequencies in three languages, the letters and the
endings; the helpers here are the German word-formation tests it needs (parts of places,
compounds of common words, plurals of common nouns).
"""

from __future__ import annotations

import re
from functools import lru_cache

from glossary.compounds import TAIL_ENDINGS, is_compound
from glossary.discovery.lexicon import (
    COMMON_NOUN_ZIPF,
    TOWN_NOUN_ZIPF,
    _frequent_german,
    _unlaut,
    _with_and_without_s,
    _without_plural,
)
from glossary.discovery.wiktionary import (
    common_noun_only,
    genitive_only,
    translated_common_noun,
    wiktionary_evidence,
)
from glossary.discovery.word_classes import _HYPHEN, _OTHER_LANGUAGES, COMMON_ZIPF, RARE_ZIPF
from glossary.first_names import is_first_name, is_surname
from glossary.frequencies import zipf
from glossary.gazetteer import german_demonym_of, place_type, small_town
from glossary.name_words import (
    CASE_ENDINGS,
    COMPASS_PREFIXES,
    POSITION_PREFIX_TUPLE,
    POSITION_PREFIXES,
    compound_head_kind,
)
from glossary.tagger import (
    PROPER,
    is_adjective,
    is_proper_noun,
    known_tag,
    proper_noun_evidence,
)

COMMON_EN_ZIPF = 4.5
"""A capitalised English word at least this frequent (``Power``, ``Whether``) is title case,
not a name, unless the tagger reads it as a proper noun."""


COMMON_NOUN_WEIGHT = 0.5
"""Evidence against a German word HanTa does not know and the German Wiktionary lists as an
ordinary noun only: weak, since it lists many one-of-a-kind things so too (``Oktoberfest``,
``Gewandhaus``), which the text's use of them still makes names."""


VERY_COMMON_ZIPF = 5.0
"""A word this frequent is rarely a name unless the tagger knows it as one."""


NAME_BONUS = 0.5
"""Evidence for a German name that two or more occurrences take no article or adjective."""


MIN_COMPOUND = 8
"""Shorter words split into frequent pieces by chance (``Drengot``, ``Samarkand``)."""


_DERIVED = (
    "ler", "lern", "ende", "enden", "ender", "endes", "ierte", "ierten", "ungen", "nisse",
    "nissen", "eien",
)  # fmt: skip
"""A capitalised word rarer than this (wordfreq) at a sentence start may still be a name."""


_ABSTRACT_SUFFIXES = ("ung", "heit", "keit", "schaft", "tion", "tät", "ismus", "nis", "tum")
"""The endings of German abstract nouns, also of those German borrowed (``Nation``)."""


_NOUN_SUFFIXES = (
    *_ABSTRACT_SUFFIXES,
    "kratie", "archie", "logie", "sophie", "graphie", "grafie", "nomie", "thek", "ium",
)  # fmt: skip
"""Also the Latin ``-ium`` of chemical elements and of bodies German borrowed (``Radium``,
``Barium``, ``Konsortium``); a place in it is a place the packages know (``Latium``)."""


_INFLECTED_SUFFIXES = tuple(
    (
        size,
        tuple(
            suffix + end
            for end in ("", *CASE_ENDINGS)
            if len(end) == size
            for suffix in _NOUN_SUFFIXES
        ),
    )
    for size in (0, 1, 2)
)
"""The noun suffixes with each inflection ending, by the ending's length (one ``endswith``
per length instead of one per ending and suffix)."""


_ANY_INFLECTED_SUFFIX = tuple(ending for _, endings in _INFLECTED_SUFFIXES for ending in endings)
"""All of them: one ``endswith`` rules out most words before the lengths are compared."""


_WITHOUT_GERMAN_LETTERS = str.maketrans(dict.fromkeys("äöüßÄÖÜ"))
"""Drops the German letters that are not ASCII: what remains of a word that is not ASCII
then is written in another alphabet's transliteration."""


@lru_cache(maxsize=1 << 16)
def named_through_noun_ending(word: str) -> bool:
    """Whether HanTa reads a German word as a name only through its stem without ``-e``,
    ``-n``, ``-en`` or ``-nen`` (``Becken`` as ``Beck``, ``Mooren`` as ``Moor``), while
    Wiktionary knows the word as written as an ordinary noun only: a name takes none of
    those endings (its genitive takes ``-s``, a town's adjective ``-er``), so the reading is
    the stem's, not the word's."""
    if not word.endswith(("e", "n")) or known_tag(word, "de") is not None:
        return False
    if known_tag(word.replace("ss", "ß"), "de") is not None:
        return False
    return proper_noun_evidence(word, "de") > 0 and common_noun_only(word)


def name_evidence(word: str, language: str) -> float:
    """How much speaks for ``word`` (capitalised, inside a sentence) being a name; above 0
    it is one. The tagger's lexicon, word frequencies in this and two other languages
    (names travel, common words do not), the letters and the endings are weighed."""
    lower = word.lower()
    lexicon = proper_noun_evidence(word, language)
    if lexicon < 0 and language == "en" and plural_name(word):
        lexicon = 0.0  # "the Alps": a name the lexicon knows in the plural only
    if language == "de" and lexicon == 0:
        lexicon = wiktionary_evidence(word)  # "Eifel", "Klärwerke": words HanTa lacks
    elif language == "de" and named_through_noun_ending(word):
        lexicon = wiktionary_evidence(word)  # "das Becken": no form of the surname "Beck"
    score = lexicon + 0.5
    if language == "de" and lexicon == 0 and common_noun_only(word) and not genitive_only(word):
        score -= COMMON_NOUN_WEIGHT  # "Bronze", "Evangeliar": Wiktionary's ordinary nouns
    own = zipf(lower, language)
    quoted_language, third_language = _OTHER_LANGUAGES[language]
    quoted = other = zipf(lower, quoted_language)
    if language == "de" and (quoted < 1.0 or (own >= COMMON_ZIPF and own - quoted >= 1.0)):
        other = max(quoted, zipf(lower, third_language))  # only German's tests below ask for
        # the third language, and only where the quoted one does not decide them
    german_only = own >= COMMON_ZIPF and own - other >= 1.0 and language == "de"
    if german_only and lexicon <= 0 and not is_first_name(word):
        score -= 1.0  # a common word of German only ("Einfluss"), not a given name ("Iwan");
        # English writes names only with a capital inside a sentence ("Chernobyl")
    foreign_word = quoted >= COMMON_ZIPF + 1 and proper_noun_evidence(word, quoted_language) <= 0
    if foreign_word and quoted - own >= 0.5:
        score -= 1.5  # a common word of the other language, quoted ("Why", "Deal")
    if language == "de" and lexicon <= 0 and _borrowed_name(word, own, quoted):
        score += BORROWED_BONUS  # "die Luftwaffe", "die Gestapo": a name to English readers
    if own >= VERY_COMMON_ZIPF:
        score -= 1.0
    if not word.isascii() and not word.translate(_WITHOUT_GERMAN_LETTERS).isascii():
        score += 1.0  # letters of another alphabet's transliteration ("Pétain", "Ögedei")
    if (
        language == "de"
        and lower.endswith(_ANY_INFLECTED_SUFFIX)
        and any(
            len(lower) - cut > 4 and lower.endswith(endings) for cut, endings in _INFLECTED_SUFFIXES
        )
    ):
        score -= 2.0  # an abstract noun, maybe inflected ("Regierungen")
    if language == "de" and lower.endswith(_DERIVED) and not (lexicon >= 0 and is_surname(word)):
        score -= 2.0  # "Sportler", "Maßnahmen"; not the surname "Kessler"
    if language == "de" and _loan_agent_plural(lower):
        score -= 2.0  # "Mineure", "Monteuren": people of a trade, not a French name
    land = language == "de" and lower.endswith("ien")
    if score + PLACE_BONUS + land <= -NAME_BONUS:
        return score  # nothing below can make a name of it: skip the slower look-ups
    if language == "de" and lexicon <= PLURAL_TRUST and _plural_of_common_noun(lower):
        score -= 2.0  # "Politiken": the lexicon's name reading is a weak one
    place = place_type(word)
    if place:
        common = own >= VERY_COMMON_ZIPF - 0.5 or foreign_word
        common = common or _thing(word, language, lexicon)  # "Uran": uranium
        common = common or (lexicon < 0 and own >= TOWN_NOUN_ZIPF)  # a noun here: "Rand"
        score += 0.5 if common else PLACE_BONUS  # "Los", "Deal" are towns too
    elif language == "de" and lexicon >= 0 and own < TOWN_ZIPF and small_town(word):
        thing = _thing(word, language, lexicon)
        score += 0.0 if thing else TOWN_BONUS  # "die Bark" is a ship, not the Polish village
    if land and not _singular_known(lower):
        score += 1.0  # "Sizilien", "Persien"; not a plural such as "Studien" (Studie)
    part_of_place = language == "de" and lexicon <= 0 and _part_of_place(word)
    if part_of_place:
        score += PLACE_BONUS  # "Westpreußen", "die Oberpfalz" (an article is usual here)
    if score <= -NAME_BONUS:
        return score  # what follows only lowers it, and the caller adds at most NAME_BONUS
    compound_like = language == "de" and len(lower) >= MIN_PART + SHORT_PART and lexicon <= 0
    made_of_words = False
    if compound_like and not place and other < 1.0 and not part_of_place:
        made_of_words = _made_of_common_words(lower)
        if made_of_words:
            score -= 1.5  # made of common German words ("Gebirgshöhen"), not a foreign name
    if language == "en" and own >= COMMON_EN_ZIPF and not is_proper_noun(word, "en"):
        score -= 2.0  # title case of a common word ("Power")
    untravelled = language == "de" and lexicon == 0 and own >= RARE_ZIPF and other == 0
    if untravelled and not (place or made_of_words) and lower.endswith(_NOUN_ENDINGS):
        score -= UNTRAVELLED_WEIGHT  # a German noun's ending, and no other language writes
        # the word ("Pathologe", "Statiker"): a noun the lexicon lacks; names turn up abroad
    if language == "de" and lexicon == 0 and not place and _agent_noun(lower, own):
        score -= 2.0  # "Assistent", "Dozent": the lexicon lacks them, their plural is common
    return score


def _thing(word: str, language: str, lexicon: float) -> bool:
    """A German word only Wiktionary knows, as a thing of a sort (``translated_common_noun``):
    asked only of a place's or a town's name, where it decides (its translations cost
    more than the rest of the evidence)."""
    return language == "de" and lexicon == 0 and translated_common_noun(word)


ENGLISH_PLURAL = "NN2"


@lru_cache(maxsize=1 << 12)
def plural_name(word: str) -> bool:
    """An English name that is a plural (``Alps``, ``Himalayas``, ``Balkans``): the lexicon
    reads it as a common plural in lower case but as a proper noun when capitalised, and
    knows no singular of it; a common noun's plural has its singular in the lexicon
    (``Clothes``, ``Highlands``), and a capital alone does not make it a proper noun
    (``Organisers``)."""
    if len(word) <= MIN_PLURAL or not word.endswith("s") or not word[:1].isupper():
        return False
    if known_tag(word.lower(), "en") != ENGLISH_PLURAL or known_tag(word, "en") != PROPER["en"]:
        return False
    singulars = {word[:-1], word[:-2] if word.endswith("es") else word[:-1]}
    return all(known_tag(singular, "en") is None for singular in singulars)


MIN_PLURAL = 3
"""Shorter plurals are abbreviations' (``MPs``, ``UFOs``)."""


_AGENT_ENDINGS = ("ent", "ant")


AGENT_PLURAL_MARGIN = 1.0


def _agent_noun(lower: str, own: float) -> bool:
    """A German noun of a person's role in ``-ent`` or ``-ant`` whose plural in ``-en`` German
    writes nearly as often as the word (``Assistent``/``Assistenten``, ``Adjutant``): names in
    these endings have none (``Trient``, ``Brabant``)."""
    if not lower.endswith(_AGENT_ENDINGS) or own < COMMON_ZIPF - 1:
        return False
    return zipf(lower + "en", "de") >= own - AGENT_PLURAL_MARGIN


@lru_cache(maxsize=1 << 16)
def _part_of_place(word: str) -> bool:
    """A German name of part of a land: a position word and a place's name that the lexicon
    does not read as a common noun, nor as the plural of one (``Westpreußen``, ``Kurpfalz``;
    not ``Vorbild``, ``Westmächte``)."""
    if not word.startswith(POSITION_PREFIX_TUPLE):
        return False  # most words: no prefix to try
    for prefix in POSITION_PREFIXES:
        if not word.startswith(prefix) or len(word) - len(prefix) < MIN_PART:
            continue
        rest = word[len(prefix) :].capitalize()
        if not rest[:1].isalpha():
            continue
        if place_type(rest):
            return True
        if prefix not in COMPASS_PREFIXES:
            continue  # "Neugier", "Vorträge": only a place the packages know goes after these
        lower = rest.lower()
        if zipf(lower, "de") < COMMON_ZIPF or proper_noun_evidence(rest, "de") < 0:
            continue
        if lower.endswith(_PERSON_NOUN) or not _without_plural(rest):
            return False  # "Oberamtmann", "Niederadel": a person or a noun with a plural
        return not (_plural_of_common_noun(lower) or _plural_of_common_noun(_unlaut(lower)))
    return False


_PERSON_NOUN = "mann"
"""What ends a German noun for a person's trade or office (``Amtmann``, ``Kaufmann``)."""


def _names_part_of_place(word: str) -> bool:
    """``Westpreußen`` or ``West-Berlin``: a German name of part of a land or town."""
    pieces = _HYPHEN.split(word)
    if len(pieces) == 2 and pieces[0] in POSITION_PREFIXES:
        return True
    return len(pieces) == 1 and proper_noun_evidence(word, "de") <= 0 and _part_of_place(word)


def land_of_a_nation(parts: list[str]) -> bool:
    """A German name of a land ruled or settled by a nation: its adjective, a hyphen and a
    place (``Deutsch-Ostafrika``, ``Britisch-Indien``)."""
    if len(parts) != 2 or not parts[1][:1].isupper():
        return False
    nation = parts[0].lower()
    if not (nation.endswith("isch") or is_adjective(nation, "de")):
        return False
    land = parts[1]
    return bool(place_type(land)) or proper_noun_evidence(land, "de") > 0


def _joins_places(word: str) -> bool:
    """A hyphenated name of places the packages know, each part a name (``Österreich-Ungarn``;
    not ``Paris-Reise``)."""
    pieces = _HYPHEN.split(word)
    if len(pieces) < 2 or not all(piece[:1].isupper() for piece in pieces):
        return False
    named = all(proper_noun_evidence(piece, "de") >= 0 for piece in pieces)
    return named and any(place_type(piece) for piece in pieces)


_NOUN_ENDINGS = ("e", "en", "er", "es")


UNTRAVELLED_WEIGHT = 1.0
"""Evidence against a German word the lexicon does not know, that German texts write often
enough and English and French lists never: a common noun, unless the text says otherwise
(``in Gatow``)."""


BORROWED_BONUS = 3.0
"""Evidence for a German word that English has borrowed as a name: it outweighs the German
lexicon's noun reading and an article."""


BORROWED_ZIPF = 2.5


BORROWED_MARGIN = 1.0


def _borrowed_name(word: str, german: float, english: float) -> bool:
    """A German word that English writes often enough (at most ``BORROWED_MARGIN`` less
    often than German) and that its lexicon knows only as a proper noun (``Luftwaffe``,
    ``Reichstag``; not ``Kaiser`` or ``Handel``, which English uses far less than German):
    a name, whether the German lexicons read it as a noun or only Wiktionary does, which lists
    one-of-a-kind bodies as ordinary nouns (``Gestapo``)."""
    return (
        english >= BORROWED_ZIPF
        and english >= german - BORROWED_MARGIN
        and proper_noun_evidence(word, "en") >= 2
    )


MIN_TAIL = 5
"""A compound's last part is at least this long to say it is an ordinary noun (``-dekret``;
shorter ones end names by chance: ``Eisenarm``)."""


_LOAN_AGENT_PLURALS = ("eure", "euren")


def _loan_agent_plural(lower: str) -> bool:
    """A German plural of a French agent noun in ``-eur`` (``Mineure``, ``Ingenieuren``), whose
    singular German or French writes: a trade's people, however rare the plural is here and
    however often French writes the word (``mineure``); not a town in ``-beuren``, whose
    ``-beur`` no language writes, nor a short name (``Eure``)."""
    if not lower.endswith(_LOAN_AGENT_PLURALS):
        return False
    singular = lower[: lower.rindex("eur") + len("eur")]
    if len(singular) < SHORT_PART + len("eur"):
        return False  # "Eure", the river
    return max(zipf(singular, "de"), zipf(singular, "fr")) >= RARE_ZIPF


def _ends_in_common_noun(lower: str) -> bool:
    """A German compound of a common noun after a German word that is no name
    (``Präsidialdekret``): the lexicon reads the tail as a noun, and the first part is a
    German word (more frequent here than in English) the lexicon does not call a name; a
    first part of ``SHORT_PART`` letters only when German writes it often (``Erd|arbeiter``,
    not ``Ost|friesland``), whatever town abroad it spells."""
    for cut in range(SHORT_PART, len(lower) - MIN_TAIL + 1):
        tail, first = lower[cut:], lower[:cut]
        if not _frequent_german(tail, COMMON_ZIPF):
            continue
        if proper_noun_evidence(tail.capitalize(), "de") >= 0:
            continue
        here = zipf(first, "de")
        enough = COMMON_ZIPF if cut == SHORT_PART else RARE_ZIPF
        german = here >= enough and here > zipf(first, "en")
        if german and proper_noun_evidence(first.capitalize(), "de") <= 0:
            return cut == SHORT_PART or not place_type(first.capitalize())  # "Érd" is a town
    return False


def _placed_name(word: str) -> bool:
    """Whether a German word after a preposition of place with no article may be a place's
    name: no plural of a noun (``in Umzügen``), nor a compound of common words (``in
    Geldnot geraten``) unless the lists hold the town or its head is a place's
    (``Katernberg``), or hold it with a spa's title (``Bad Frankenhausen``: a text may drop
    the title)."""
    lower = word.lower()
    if _inflected_noun(lower):
        return False
    if not _made_of_common_words(lower):
        return True
    listed = small_town(word) or small_town(f"{SPA_TITLE} {word}")
    return listed or compound_head_kind(word) == "place"


SHORT_PART = 3
"""The length of the short, very frequent nouns that begin or end many German compounds
(``Bau-``, ``-not``, ``-amt``): too short for ``is_compound``, which would split names by
chance."""


SPA_TITLE = "Bad"
"""The title a German spa town bears before its name (``Bad Frankenhausen``)."""


@lru_cache(maxsize=1 << 12)
def _made_of_common_words(lower: str) -> bool:
    """A German compound of common words, also one with a short, very frequent noun that the
    lexicon reads as a common one (``Geldnot``, ``Bauarbeiten``): no name, not even after
    ``in`` (``_placed_name``: a town's name has the lists to vouch for it there)."""
    if len(lower) >= MIN_COMPOUND and (is_compound(lower) or _ends_in_common_noun(lower)):
        return True
    if _derived_in_ei(lower):
        return True  # "Liebhaberei", "Ziegelei"
    first, rest = lower[:SHORT_PART], lower[SHORT_PART:]  # "Bau|arbeiten"
    if _short_common_noun(first) and zipf(rest, "de") >= COMMON_ZIPF:
        return proper_noun_evidence(rest.capitalize(), "de") < 0
    modifier, tail = lower[:-SHORT_PART], lower[-SHORT_PART:]  # "Geld|not"
    if len(modifier) < MIN_PART or not _short_common_noun(tail):
        return False
    stems = _with_and_without_s(modifier)
    return any(len(stem) >= MIN_PART and zipf(stem, "de") >= COMMON_ZIPF for stem in stems)


DERIVING_SUFFIX = "ei"


MIN_DERIVED_STEM = 4


def _derived_in_ei(lower: str) -> bool:
    """A German noun made with ``-ei`` from a frequent common word (``Liebhaber|ei``,
    ``Ziegel|ei``, ``Uhrmacher|ei``): a trade or a pastime, not a name (the lands in ``-ei``
    have stems German does not write alone: ``Mongol|ei``, ``Walach|ei``)."""
    stem = lower[: -len(DERIVING_SUFFIX)]
    if not lower.endswith(DERIVING_SUFFIX) or len(stem) < MIN_DERIVED_STEM:
        return False
    return zipf(stem, "de") >= COMMON_ZIPF and proper_noun_evidence(stem.capitalize(), "de") <= 0


def _short_common_noun(word: str) -> bool:
    """A very frequent German noun of ``SHORT_PART`` letters the lexicon reads as a common
    one (``Not``, ``Bau``)."""
    if zipf(word, "de") < COMMON_NOUN_ZIPF:
        return False
    return proper_noun_evidence(word.capitalize(), "de") < 0


MIN_PART = 4


PLACE_BONUS = 2.0
"""Evidence for a name that the packages' place names include it."""


TOWN_BONUS = 1.5
"""Evidence for a German name that a town, village or district has it (``Furtwangen``), when
the lexicon does not read it as a common noun and German texts write it rarely."""


TOWN_ZIPF = 3.0


TOWN = "town"
"""The ``NameInfo.place`` of such a town: a weaker vote for a place than a city's."""


PLURAL_TRUST = 0.5
"""Lexicon evidence at most this weak gives way to a plural of a common noun."""


def _plural_of_common_noun(lower: str) -> bool:
    """Whether a German word is the plural of a very frequent noun (``Politiken``), or the
    Latin plural of a common noun in -um (``Visa``, ``Zentren``)."""
    for end in ("en", "n", "e", "er"):
        stem = lower[: -len(end)]
        if lower.endswith(end) and len(stem) >= 4 and _frequent_german(stem, COMMON_NOUN_ZIPF):
            return proper_noun_evidence(stem.capitalize(), "de") < 0
    for end in ("a", "en"):
        singular = lower[: -len(end)] + "um"
        if lower.endswith(end) and len(singular) >= 5 and _frequent_german(singular, COMMON_ZIPF):
            return proper_noun_evidence(singular.capitalize(), "de") < 0
    return False


@lru_cache(maxsize=1 << 12)
def _inflected_noun(lower: str) -> bool:
    """A German plural of a frequent noun, its umlaut undone (``Umzügen``) or of a very
    frequent one (``Häusern``, ``Kinder``): a noun without an article (``in Umzügen``), not a
    town's name."""
    for end in ("en", "er", "ern"):
        stem = lower[: -len(end)]
        if not lower.endswith(end) or len(stem) < MIN_PART:
            continue
        singular = _unlaut(stem)
        if _frequent_german(stem, COMMON_NOUN_ZIPF) or (
            singular != stem and _frequent_german(singular, COMMON_ZIPF)
        ):
            return True  # not "Preußen": "preuß" is a frequent token, yet no noun
    return False


def _singular_known(plural: str) -> bool:
    """Whether a German word in -ien is the plural of a frequent -ie, -ium or -ia word."""
    stem = plural[:-3]
    return any(zipf(stem + end, "de") >= RARE_ZIPF for end in ("ie", "ium", "ia", "i"))


@lru_cache(maxsize=1 << 16)
def _bare(word: str) -> str:
    """A word without an English possessive ``'s``."""
    for ending in ("'s", "’s"):
        if word.endswith(ending):
            return word[: -len(ending)]
    return word.rstrip("'’")


_GERMAN_NOUN_SUFFIXES = (
    *_ABSTRACT_SUFFIXES,
    "ik", "ie", "eur", "ling", "chen", "lein", "ium", "eum", "ei", "in", "ist",
)  # fmt: skip
"""Endings that make German nouns (and nouns German borrowed whole): no name's shape (their
plurals in ``-en``, ``-ungen``, ``-ien``, ``-innen``, are ``_inflected_shape``'s)."""


@lru_cache(maxsize=1 << 14)
def foreign_shape(word: str) -> bool:
    """A capitalised German-text word of a foreign shape: the lexicon has never seen it in
    either case, it splits into no German words, ends like no German noun and is no
    inflected form of a word German writes often (``Orinoco``, ``Casiquiare``, ``Llanos``,
    ``Regnitz``; not ``Grasebenen``, ``Fieber``) nor a land's people (``Belarusier``): in
    German prose nearly always a name, which may take an article (rivers, mountains, regions
    and ships do)."""
    lower = word.lower()
    if known_tag(word, "de") is not None or known_tag(lower, "de") is not None:
        return False
    if zipf(lower, "de") >= COMMON_ZIPF:
        return False  # "Tante", "Pilot": a word German writes often is a noun it borrowed
    if lower.endswith(_GERMAN_NOUN_SUFFIXES) or _inflected_shape(lower):
        return False
    if _made_of_common_words(lower) or _ends_in_known_noun(lower) or _begins_with_word(lower):
        return False  # a compound: _made_of_common_words asks is_compound too
    if german_demonym_of(word):
        return False  # "die Belarusier": the people of a land German names, a common noun
    for ending in TAIL_ENDINGS:
        stem = lower[: -len(ending)]
        if lower.endswith(ending) and len(stem) >= SHORT_PART:
            if known_tag(stem, "de") or known_tag(stem.capitalize(), "de"):
                return False
            if zipf(stem, "de") >= COMMON_ZIPF:
                return False
    return True


MIN_KNOWN_TAIL = 4


def _ends_in_known_noun(lower: str) -> bool:
    """Whether a word ends in a noun the lexicon knows or a word German writes often,
    inflected or not (``Treidel|pfad``, ``Last|kähne``, ``Demonstrations|zugs``), or in a
    very frequent short common noun (``Achtstunden|tag``): a German compound, however rare."""
    short = lower[-SHORT_PART:]
    if len(lower) > 2 * SHORT_PART and _short_common_noun(short):
        return True
    for cut in range(SHORT_PART - 1, len(lower) - MIN_KNOWN_TAIL + 1):  # "Am|meister"
        tail = lower[cut:]
        for ending in ("", *TAIL_ENDINGS):
            stem = tail[: len(tail) - len(ending)]
            if len(stem) >= MIN_KNOWN_TAIL and tail.endswith(ending):
                if known_tag(stem.capitalize(), "de") == "NN" or _frequent_german(
                    stem, COMMON_ZIPF
                ):
                    return True
    return False


_GENITIVE_AFTER = re.compile(r".*[^aeiouy]s")
"""A German genitive's ``s`` after a consonant (``Zweitakters``, ``Demonstrationszugs``); a
foreign plural puts a vowel before it (``Llanos``)."""


_UMLAUT_PLURAL = re.compile(r".*[äöü][^aeiouäöü]*(?:e|er|ern)")
"""An umlaut in the last syllable before a plural's ending (``Lastkähne``, ``Fürstentümern``)."""


def _inflected_shape(lower: str) -> bool:
    """A German noun's inflected form by its ending alone: a dative or plural in ``-en`` or
    ``-ern``, a genitive's ``s`` after a consonant, an umlaut before ``-e``/``-er``: names
    seldom inflect so."""
    if lower.endswith(("en", "ern")):
        return True
    return bool(_GENITIVE_AFTER.fullmatch(lower) or _UMLAUT_PLURAL.fullmatch(lower))


MIN_REST = 4


def _begins_with_word(lower: str) -> bool:
    """Whether a word begins with a frequent German word of ``MIN_PART`` letters or more and
    goes on for ``MIN_REST`` more (``Vier|mastbark``): a German compound, whatever its tail."""
    return any(
        _frequent_german(lower[:cut], COMMON_NOUN_ZIPF - 0.5)
        for cut in range(MIN_PART, len(lower) - MIN_REST + 1)
    )
