"""Proper names found in one document: cleaned, with the evidence for their kind.

A name is a run of words that the tagger reads as proper nouns (HanTa, per distinct word),
joined by name connectors (``von``, ``of``) and regnal ordinals (``Wilhelm II.``); in German a
capitalised adjective mid-sentence opens a name too (``Oberste Heeresleitung``), and in
English a head noun followed by ``of`` (``Treaty of Versailles``). A word is never a name
when the document writes it in lower case, when it is a month or a weekday, or when it ends
like an abstract noun. A lone capitalised word at a sentence start counts only when the same
word is a name elsewhere in the document, or is rare (wordfreq) and read as a proper noun.

Titles and roles before a name are kept apart (they go on the card), a German genitive ``s``
and an English ``'s`` are folded, and the evidence for a kind is collected per occurrence:
the head noun, a title (person), a place preposition before it (``bei Verdun``), ``an der X``
after a battle word, the place names that ship in packages, an abbreviation (organisation).
Hyphenated compounds are split: ``Brussilow-Offensive`` is an event and ``Brussilow`` a name.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache, partial
from typing import Any, NamedTuple

from glossary.compounds import PART_ZIPF, is_compound
from glossary.first_names import is_first_name, is_listed_first_name, is_surname
from glossary.folding import fold
from glossary.forked import can_fork, core_to_spare, halves
from glossary.frequencies import as_listed, frequent_words, zipf
from glossary.gazetteer import place_type, small_town
from glossary.name_words import (
    ABBREVIATED,
    CASE_ENDINGS,
    CLUB_PREFIXES,
    COMPASS_PREFIXES,
    CONNECTORS,
    LEGAL_FORMS,
    NAME_PREFIXES,
    NAMED_BY_HEAD_FIRST,
    NAMING_TITLES,
    PERSON_VERBS,
    PLACE_BEFORE,
    PLACE_LINKS,
    PLACE_PREFIXES,
    POSITION_PREFIXES,
    ROMAN,
    SIDE_HEADS,
    SIDES,
    calendar_words,
    compound_head_kind,
    head_forms,
    head_kind,
    inflected_head_kind,
    is_event_prefix,
    is_name_prefix,
    is_title,
    language_names,
)
from glossary.tagger import (
    is_adjective,
    is_proper_noun,
    known_lemma,
    known_tag,
    proper_noun_evidence,
)
from index.gc_pause import collector_paused

COMMON_EN_ZIPF = 4.5
"""A capitalised English word at least this frequent (``Power``, ``Whether``) is title case,
not a name, unless the tagger reads it as a proper noun."""

RARE_ZIPF = 2.0

COMMON_ZIPF = 3.0
"""A word this frequent (one per million words) may be an ordinary word."""

VERY_COMMON_ZIPF = 5.0
"""A word this frequent is rarely a name unless the tagger knows it as one."""

NAME_BONUS = 0.5
"""Evidence for a German name that two or more occurrences take no article or adjective."""

PLACE_CONTEXT_BONUS = 1.0
"""Evidence for a German name that the lexicon does not know and that follows a preposition
of place or direction with no article, as towns and lands do (nouns take one: ``in der
Stadt``): ``in``, ``nach``, ``aus``, ``bei``, ``bis``, ``zwischen``; also the second of two
names joined by ``und`` after one (``zwischen Kluse und Vohwinkel``, ``aus Ahlen und Soest``)."""
_PLACE_PREPOSITIONS = frozenset(("in", "nach", "aus", "bei", "bis"))
_BETWEEN = "zwischen"
_AND = frozenset(("und", "oder"))
ARTICLE_WEIGHT = 1.0
"""Evidence against a name when every occurrence follows an article or an adjective (German
nouns nearly always do; only some place names, ``die Normandie``, do)."""

MIN_COMPOUND = 8
"""Shorter words split into frequent pieces by chance (``Drengot``, ``Samarkand``)."""

_OTHER_LANGUAGES = {"de": ("en", "fr"), "en": ("de", "fr")}
_DETERMINERS = frozenset(
    """der die das den dem des ein eine einer einen einem eines kein keine keinen keinem keiner
    keines sein seine seinen seinem seiner seines ihr ihre ihren ihrem ihrer ihres unser unsere
    dieser diese dieses diesen diesem jeder jede jedes jeden jedem jener jene welche welcher
    mancher manche alle aller allen beide beiden""".split()
)
_INDEFINITE_ARTICLES = frozenset(
    "ein eine einer einen einem eines kein keine keinen keinem keiner keines".split()
)
_ROUTE = frozenset(("nach", "über", "bis"))
"""What goes on from ``von X``: a route's way, not a name's part."""
_FINITE = frozenset(("VV(FIN)", "VA(FIN)", "VM(FIN)"))
"""The tagger's tags of a finite German verb."""
_ARTICLES = _DETERMINERS | {"the"}
"""The German determiners and the English article."""
_GENITIVE_ARTICLES = frozenset(("der", "des"))
"""Articles inside a German name, before its genitive attribute (``Verband der
Automobilindustrie``)."""
_QUANTITIES = frozenset(
    """zwei drei vier fünf sechs sieben acht neun zehn elf zwölf zwanzig dreißig vierzig fünfzig
    hundert tausend mehrere einige viele wenige zahlreiche etliche
    two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty
    hundred thousand several many few numerous""".split()
)
COUNTED_WEIGHT = 2.0
MAX_COUNT_DIGITS = 3
MAX_PARTICLE = 4
FOREIGN_WINDOW = 6
FOREIGN_WORDS = 3
"""A sentence is in the other language when this many of the next lower-case words are
frequent there and rare here."""
"""Evidence against a name that the text counts (``drei Fumbles``, ``four interceptions``)."""
_ADJECTIVE_ENDINGS = ("e", "en", "er", "es", "em")
_DERIVED = (
    "ler", "lern", "ende", "enden", "ender", "endes", "ierte", "ierten", "ungen", "nisse",
    "nissen", "eien",
)  # fmt: skip
"""A capitalised word rarer than this (wordfreq) at a sentence start may still be a name."""

MAX_NAME_WORDS = 6
"""Longer runs are not one name but a list of them; they are split."""

_TOKEN = r"[^\W_](?:[\w'’\-‐‑]*[^\W_])?"
_GAPPED_TOKEN = re.compile(rf"([\W_]*)({_TOKEN})")
"""A word with the gap before it: a word begins at the first letter or digit after the last
one, so the gap is every character that can begin none."""
_HYPHEN = re.compile(r"[\-‐‑]")
_INITIAL = re.compile(r"[A-ZÄÖÜ]")
_SENTENCE_END = ".!?:;"
_GENITIVES = ("", "s", "'s", "’s")
_NUMERAL = re.compile(r"[IVXLC]+")
_ARTICLED = re.compile(r"(?:al|el|ad|ar|as|at|an|az|ash|ud|ul|ibn|bin|abu)[\-‐‑][A-ZÄÖÜ]\w+")
"""An Arabic name with its article or kinship word (``al-Turabi``, ``ad-Din``): it goes on
a name already begun (``Hassan al-Turabi``)."""
_NUMBER_SIGNS = frozenset(("No", "Nos", "Nr"))
"""Abbreviations of "number" before a number (``North British Railway No. 224``): they end a
name, however English capitalises them."""
_JOINERS = frozenset((" ", "\n", "\u00a0", " & "))
"""What may stand between two words of one name (``Siemens & Halske``)."""
_OPENERS = "»«„“”\"'‚‘’([–—-* \t"
_NOUN_SUFFIXES = (
    "ung", "heit", "keit", "schaft", "tion", "tät", "ismus", "nis", "tum",
    "kratie", "archie", "logie", "sophie", "graphie", "grafie", "nomie", "thek",
)  # fmt: skip
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
_GERMAN_LETTERS = set("äöüßÄÖÜ")
_BATTLE_WORDS = frozenset("Schlacht Kämpfe Front Battle".split())
_HEAD_LINKS = ("of", "von", "bei", "für")
"""Words between a head noun and the name it heads (``Treaty of Versailles``, ``Sea of
Japan``)."""


CHECK_EVERY = 256
"""Names read between two looks at the caller's ``cancelled``."""


class DiscoveryCancelled(Exception):
    """The caller asked discovery to stop (the app is quitting)."""


def _counter() -> Counter[str]:
    """An empty ``Counter``, made without ``Counter.__init__`` (Python code that only calls
    ``update`` with nothing): five per name, for thousands of names a document, cost
    several times as much through it."""
    return Counter.__new__(Counter)


@dataclass
class NameInfo:
    """What one document says about one (cleaned) name."""

    count: int = 0
    votes: Counter[str] = field(default_factory=_counter)
    """Evidence for each kind, one vote per occurrence and clue."""
    titles: Counter[str] = field(default_factory=_counter)
    """Titles and roles seen before the name (``General``)."""
    long_forms: Counter[str] = field(default_factory=_counter)
    """For an abbreviation: the long forms the text introduces it with (``Oberste
    Heeresleitung (OHL)``)."""
    first: int = -1
    """Offset of the first occurrence."""
    place: str = ""
    """``country``, ``region`` or ``city`` when the packages' place names include it (kept
    with the reading, so grouping a cached library needs no place list)."""
    partners: Counter[str] = field(default_factory=_counter)
    """Names it stands in a list with (``Lanzarote, Fuerteventura und El Hierro``): things
    listed together are mostly of one kind."""
    same_as: Counter[str] = field(default_factory=_counter)
    """Other names the text gives it in apposition (``Marie Curie, geboren als Maria
    Skłodowska``, ``also known as``): one thing."""

    def to_json(self) -> dict[str, object]:
        """A JSON-ready form for the discovery cache."""
        return {
            "count": self.count,
            "votes": dict(self.votes),
            "titles": dict(self.titles),
            "long_forms": dict(self.long_forms),
            "first": self.first,
            "partners": dict(self.partners),
            "same_as": dict(self.same_as),
            "place": self.place,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> NameInfo:
        """The inverse of ``to_json``.

        Raises:
            KeyError, TypeError, ValueError: the data is not what ``to_json`` wrote.
        """
        return cls(
            count=int(data["count"]),
            votes=Counter(dict(data["votes"])),
            titles=Counter(dict(data["titles"])),
            long_forms=Counter(dict(data["long_forms"])),
            first=int(data["first"]),
            partners=Counter(dict(data["partners"])),
            same_as=Counter(dict(data["same_as"])),
            place=str(data["place"]),
        )


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
    matches = map(re.Match.groups, _GAPPED_TOKEN.finditer(text))
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
            initial = ends.get(gap)
            if initial is None:
                initial = ends[gap] = _ends_sentence(gap)
            if gap == ". " and (_INITIAL.fullmatch(previous) or previous in ABBREVIATED):
                joined, initial = True, False  # "John C. Messenger", "St. Johns": no end
        previous = word
        append(new(_Token, (word, start, end, initial, joined)))
    return words


_ENDS_SENTENCE: dict[str, bool] = {}
"""Gaps already judged by ``_ends_sentence`` (copied per text, so it never grows)."""


def _ends_sentence(gap: str) -> bool:
    """Whether a gap between two words ends a sentence or a paragraph."""
    if gap.count("\n") >= 2:
        return True
    stripped = gap.strip(_OPENERS + "\n")
    return bool(stripped) and stripped[-1] in _SENTENCE_END


@dataclass(slots=True)
class _Context:
    """How often a capitalised word stands in each kind of context inside the text's
    sentences (``_Reader.context``)."""

    modified: int = 0
    """How often a word follows an article, a possessive or a lower-case adjective."""
    articled: int = 0
    """How often a word follows an article, a possessive or a demonstrative."""
    described: int = 0
    """How often a word follows a lower-case adjective (``die russische Luftwaffe``)."""
    counted: int = 0
    """How often a word follows a number (``drei Fumbles``, ``24 Interceptions``): things
    that are counted are common nouns, names are not."""
    indefinite: int = 0
    """How often a word follows an indefinite article (``ein Landgericht``): a common
    noun's use, never a name's."""
    placed: int = 0
    """How often a word follows a preposition of place with no article (``in Preußen``,
    ``nach Persien``)."""
    located: int = 0
    """How often a word follows a preposition of place with the definite article
    (``an der Donau``, ``im Emsland``, ``zur Nordsee``): a river's or a land's use."""
    beside_noun: int = 0
    """How often a word stands in a list beside a common noun (``Juristen, Schreiber
    und Boten``): things listed together are of one sort."""
    beside_place: int = 0
    """How often a word stands in a list beside a place the packages know (``Lesum und
    Weser``, ``Barmen, Elberfeld und Vohwinkel``): listed with a place, a place."""
    classed: int = 0
    """How often a word stands later in a list that a plural head opens (``die Städte
    Barmen, Elberfeld und Vohwinkel``): each of them is a thing of that sort."""
    someone: int = 0
    """How often an English word inside a sentence, with no article, is followed by ``,
    who`` (``recovered by Ward, who returned it``): a person or a body, a name however
    common the word is."""


class _Reader:
    """Classifies the words of one document; each distinct word once."""

    def __init__(self, text: str, language: str, words: list[_Token]) -> None:
        self.language = language
        self.alone = Counter([token.text for token in words])
        self.lower = {word for word in self.alone if word.islower()}
        inside_at = [
            index
            for index, token in enumerate(words)
            if not token.initial and token.text[0].isupper()
        ]
        self.inside = Counter([words[index].text for index in inside_at])
        self._text, self._words = text, words
        self._inside_at: dict[str, list[int]] = {}
        """Where each capitalised word stands inside a sentence."""
        for index in inside_at:
            self._inside_at.setdefault(words[index].text, []).append(index)
        self._contexts: dict[str, _Context] = {}
        self.months = calendar_words()
        """Every word on its own (a part of a hyphenated name counts only when it is seen
        alone too, or the compound's head says what it is: ``Somme-Schlacht``)."""
        self._cache: dict[str, bool] = {}
        self._initial: dict[str, bool] = {}
        """The verdicts on words at a sentence start."""
        self.common_abbreviations: set[str] = set()
        """Abbreviations the text introduces for an ordinary noun (``Bruttoinlandsprodukt
        (BIP)``): not names."""
        self._foreign: dict[tuple[str, float], bool] = {}
        self._named_after: dict[str, str] = {}
        self._inert: dict[str, bool] = {}
        self._continues: dict[str, bool] = {}
        self.common_abbreviations = self._common_abbreviations(text)
        self.before_noun = Counter(
            [
                token.text
                for token, following in zip(words, words[1:], strict=False)
                if following.joined and following.text[:1].isupper() and is_abbreviation(token.text)
            ]
            if language == "de"
            else ()
        )
        """How often a German abbreviation stands right before a capitalised word (``IG
        Metall``)."""
        self._cache.clear()  # verdicts given before the text's own abbreviations were known

    def context(self, word: str) -> _Context:
        """How often ``word`` stands in each kind of context inside a sentence, counted when
        first asked for: most capitalised words are judged no name before their contexts
        matter (most German nouns)."""
        known = self._contexts.get(word)
        if known is None:
            known = self._contexts[word] = _Context()
            for index in self._inside_at.get(word, ()):
                self._count_context(index, known)
        return known

    def _count_context(self, index: int, context: _Context) -> None:
        """Count the context of the capitalised word at ``index`` in ``context``."""
        words = self._words
        if index == 0:
            return
        token = words[index]
        after = words[index + 1] if index + 1 < len(words) else None
        if after is not None and after.joined and self._heads_name(after.text):
            return  # the article goes with the name's head ("die Westinghouse Company")
        before = words[index - 1].text
        modifies = _modifies(before)
        if modifies:
            context.modified += 1
        if before.lower() in _DETERMINERS:
            context.articled += 1
            if before.lower() in _INDEFINITE_ARTICLES:
                context.indefinite += 1
        elif modifies and before.islower():
            context.described += 1
        if token.joined and _counts(before):
            context.counted += 1
        if self.language == "en" and _relative_who(self._text, token, after, before):
            context.someone += 1
        if self.language != "de":
            return  # the rest is counted in German only
        if token.joined and _placed(words, index):
            context.placed += 1
        if token.joined and _located(words, index):
            context.located += 1
        neighbours = _list_neighbours(self._text, words, index)
        if not neighbours:
            return
        if any(map(_common_noun, neighbours)):
            context.beside_noun += 1
        if any(map(_known_place, neighbours)):
            context.beside_place += 1
        if _listed_under(self._text, words, index):
            context.classed += 1

    def _common_abbreviations(self, text: str) -> set[str]:
        """Abbreviations introduced in brackets right after one ordinary noun whose letters
        they take in order (``Bruttoinlandsprodukts (BIP)``)."""
        common: set[str] = set()
        for match in _INTRODUCED.finditer(text):
            abbreviation = match.group(1)
            before = text[max(0, match.start() - _LONG_FORM_CHARS) : match.start()].split()
            if not before or not is_abbreviation(abbreviation):
                continue
            noun = before[-1].strip(",;:")
            if noun[:1].isupper() and _letters_in_order(fold(abbreviation), fold(noun)):
                if not self._is_name_word(noun):
                    common.add(abbreviation)
        return common

    def names_with_noun(self, abbreviation: str, noun: str) -> bool:
        """A German abbreviation the text writes only before a capitalised word, here before
        a common noun the lexicon knows: one name (``IG Metall``, ``IG Farben``); one
        written alone too is a name of its own before a noun (``die CDU Fraktion``)."""
        before = self.before_noun.get(abbreviation, 0)  # most words: none (English: all)
        if not before or before < self.alone[abbreviation]:
            return False
        return proper_noun_evidence(noun, "de") < 0 and noun.lower() not in self.lower

    def name_word(self, word: str, initial: bool) -> bool:
        """Whether ``word`` can be (part of) a name here."""
        if not initial:
            return self._judged(word)
        known = self._initial.get(word)
        if known is None:  # each sentence start asks again
            known = self._judged(word) if self.seen_inside(word) else self._name_alone(word)
            self._initial[word] = known
        return known

    def _judged(self, word: str) -> bool:
        """``_is_name_word``, once per distinct word."""
        known = self._cache.get(word)
        if known is None:
            known = self._cache[word] = self._is_name_word(word)
        return known

    def _is_name_word(self, word: str) -> bool:
        bare = _bare(word)
        if not bare[:1].isupper() or bare in self.months or is_title(bare):
            return False
        if is_abbreviation(bare):
            return bare not in self.common_abbreviations
        if bare.lower() in self.lower or bare.lower() in CONNECTORS:
            return False
        parts = [part for part in _HYPHEN.split(bare) if part] if _HYPHEN.search(bare) else []
        if len(parts) > 1:
            return self._compound_is_name(word, parts)
        if self.language == "de" and _named_compound(bare):
            return True  # "den Viktoriasee", "die Suezkrise": an article proves nothing here
        if self.language == "de" and self.compound_of_name(bare):
            return not self.context(word).indefinite  # "das Lesumsperrwerk", not "ein ..."
        if self.language == "de" and _named_by_head(bare):
            return not self.context(word).described  # "das Grundgesetz", not "ein neues ..."
        if self.language == "de" and state_institution(bare):
            return not self.context(word).indefinite  # "der Landtag", not "ein Landtag"
        if self.language == "en" and self.context(word).someone:  # counted in English only
            return True  # "by Ward, who returned it"
        score = name_evidence(bare, self.language)
        if score + NAME_BONUS + 3 * PLACE_CONTEXT_BONUS <= 0:
            return False  # the most the bonuses below add: the name bonus and three place
            # bonuses (after an article, a preposition, beside a place); most German nouns end here
        context = self.context(word)
        if context.described and self.language == "de" and score > 0:
            if proper_noun_evidence(bare, "de") < 0:
                return False  # "die russische Luftwaffe": the noun, not the name
        occurrences = self.inside.get(word, 0) or 1  # get: a Counter's default costs a call
        counted = context.counted
        if 2 * counted >= occurrences:
            score -= COUNTED_WEIGHT
        share = context.modified / occurrences
        if language_is_german := self.language == "de":
            # names rarely take an article or an adjective; German nouns nearly always do,
            # and lands in -ien never ("Persien", not "die Realien")
            located = context.located and proper_noun_evidence(bare, "de") == 0
            if located and _placed_name(bare) and _without_plural(bare):
                score += PLACE_CONTEXT_BONUS  # "an der Donau": a word the lexicon does not know
            elif share and (counted or not _article_excused(bare)):  # the excuse only then
                score -= ARTICLE_WEIGHT * share  # "die Panthers" is a team, "die Picardie"
            if bare.endswith("ien") and context.articled:
                score -= ARTICLE_WEIGHT  # lands in -ien take no article ("die Realien")
        if language_is_german and share >= 1 and _town_and_noun(bare):
            return False  # "in der Halle", "auf der Landstraße": towns take no article
        if language_is_german and context.beside_noun >= occurrences:
            if not (place_type(bare) or is_first_name(bare)):
                return False  # "Wolle, Kupfer und Guano": listed with common nouns only
        if language_is_german and not share and occurrences >= 2:
            score += NAME_BONUS  # a bonus added here must be counted in the early return above
        if language_is_german and not share and context.placed:
            if proper_noun_evidence(bare, "de") == 0 and _placed_name(bare):
                score += PLACE_CONTEXT_BONUS  # "in Preußen": a word the lexicon does not know
        if language_is_german and (context.beside_place or context.classed):
            if proper_noun_evidence(bare, "de") == 0 and _placed_name(bare):
                score += PLACE_CONTEXT_BONUS  # "Barmen, Elberfeld und Vohwinkel"
        return score > 0

    def compound_of_name(self, word: str) -> str:
        """The kind a German compound of a name this text uses alone and a head noun gets
        (``Lesumsperrwerk`` beside ``Lesum``: place; ``Hansetag`` beside ``Hanse``), or ``""``.
        Known once per distinct word."""
        known = self._named_after.get(word)
        if known is None:
            known = self._named_after[word] = self._compound_of_name(word)
        return known

    def _compound_of_name(self, word: str) -> str:
        lower = word.lower()
        if len(lower) < MIN_MODIFIER + MIN_NAMED_HEAD or zipf(lower, "de") >= COMMON_ZIPF:
            return ""
        alone = self.alone
        for cut in range(MIN_MODIFIER, len(lower) - MIN_NAMED_HEAD + 1):
            modifier = word[:cut]  # the name first: few cuts are one, every cut has a tail
            shorter = modifier[:-1] if modifier.endswith("s") else ""
            if not (
                (len(modifier) >= MIN_MODIFIER and alone.get(modifier))
                or (len(shorter) >= MIN_MODIFIER and alone.get(shorter))
            ):
                continue  # (no generator per cut: most cuts of most words end here)
            stems = (modifier, shorter) if shorter else (modifier,)
            head = lower[cut:].capitalize()
            kind = head_forms().get(head) or compound_head_kind(head)
            if kind and any(alone.get(stem) and self._judged(stem) for stem in stems):
                return kind
        return ""

    def _compound_is_name(self, word: str, parts: list[str]) -> bool:
        """A hyphenated compound is a name when its first part is one (``Brussilow-Offensive``)
        or, before a head noun, is no common word (``Yuan-Dynastie``). Before an ordinary noun
        that an article or adjective goes with, the first part must be a name the lexicon
        knows or the text uses alone (``Apollo-Programm``; not ``belarussischem
        Kali-Dünger``)."""
        first = parts[0]
        if first in POSITION_PREFIXES and len(parts) == 2:
            return self._judged(parts[1])  # "West-Berlin"
        if place_type(_bare(word)) or land_of_a_nation(parts):
            return True  # "Baden-Baden", "Deutsch-Ostafrika"
        if len(first) < 3 or not first[:1].isupper():
            return False
        headed = bool(head_kind(parts[-1].capitalize()) or head_kind(parts[-1]))  # "-AG"
        given = parts[1 - (len(parts) > 2) : -1]  # the first part only before a surname
        if headed and any(is_first_name(part) or is_listed_first_name(part) for part in given):
            return True  # "Kaiser-Wilhelm-Gesellschaft", "August-Horch-Museum"
        if not self._judged(first):
            return headed and first.lower() not in self.lower and self._uncommon(first)
        if headed or not self.context(word).modified or self.alone[first]:
            return True
        return proper_noun_evidence(first, self.language) > 0

    def _uncommon(self, word: str) -> bool:
        return zipf(word.lower(), self.language) < COMMON_ZIPF + 1

    def seen_inside(self, word: str) -> bool:
        """Whether the text writes ``word`` capitalised inside a sentence too, bare or with a
        genitive ending (``Denver`` at a sentence start, ``Denvers`` elsewhere)."""
        stems = {word, _bare(word)}
        if self.language == "de" and word.endswith("s"):
            stems.add(word[:-1])  # "Chopins Herz" at a sentence start, "Fryderyk Chopin" inside
        inside = self.inside
        return any(inside.get(stem + end, 0) for stem in stems for end in _GENITIVES)

    def opens_with_first_word(self, first: _Token, following: _Token) -> bool:
        """A sentence-initial word that is no common word, before a name word, opens a
        name (``Peyton Manning wurde``; not ``Despite Manning``)."""
        return (
            following.joined
            and self._judged(_bare(first.text))
            and self.name_word(following.text, False)
        )

    def subject_alone(self, first: _Token, following: _Token) -> bool:
        """A German sentence-initial word with no article before a verb in the singular,
        that the lexicon does not know, that is rare and written less often abroad: a name
        (``Aprath erhielt``); a German noun in the singular takes an article there (``Die
        Stadt erhielt``), a plural a plural verb (``Urkunden belegen``), and a mass noun
        without one is a frequent or a borrowed word (``Holz brannte``, ``Guano brachte``)."""
        word = first.text
        if self.language != "de" or not following.joined or not following.text.islower():
            return False
        if following.text.endswith("en") or known_tag(following.text, "de") not in _FINITE:
            return False
        lower = word.lower()
        if lower in self.lower or not word.isalpha() or word in self.months or is_title(word):
            return False
        here = zipf(lower, "de")
        if here >= COMMON_ZIPF or proper_noun_evidence(word, "de") != 0:
            return False
        if any(zipf(lower, code) >= here for code in _OTHER_LANGUAGES["de"]):
            return False  # "Guano brachte Geld": a loan word, at home abroad
        return name_evidence(word, "de") > 0 and not _inflected_noun(lower)

    def given_name_before_surname(self, first: _Token, following: _Token) -> bool:
        """A given name that is also a common word, before a name word: the person's full
        name (``Ernst Reuter``, ``Mark Twain``), not the surname alone."""
        return (
            following.joined
            and is_listed_first_name(first.text)
            and first.text.lower() not in self.lower
            and self.name_word(following.text, False)
            and not head_kind(following.text)
        )

    def used_as_name(self, word: str) -> bool:
        """A capitalised word the text never writes in lower case, after an article or an
        adjective, or counted: in German, a name's use (``Meitner und Frisch``); a noun
        would take an article (``der Frisch`` never stands)."""
        context = self.context(word)
        return not (word.lower() in self.lower or context.modified or context.counted)

    def genitive(self, word: str) -> bool:
        """A German genitive of a name seen bare elsewhere (``Temüdschins Patron``): the
        capitalised word after it is what the name owns, not more of the name."""
        return self.language == "de" and word.endswith("s") and bool(self.alone.get(word[:-1]))

    def owned(self, previous: str, word: str) -> bool:
        """A word after a German genitive of a name (``Teslas Patente``): what the name owns,
        a common noun, unless the lexicon or the packages know it as a name."""
        if not previous[:1].isupper() or not self.genitive(previous):
            return False
        bare = _bare(word)
        return not (is_proper_noun(bare, self.language) or place_type(bare) or is_first_name(bare))

    def continues(self, word: str) -> bool:
        """A word that goes on a name already begun: a name word, or any proper noun, even
        one the text also writes in lower case (``Genghis Khan`` beside "the khan"). Known
        once per distinct word (each word after a name word is asked)."""
        known = self._continues.get(word)
        if known is None:
            known = self._continues[word] = self._goes_on(word)
        return known

    def _goes_on(self, word: str) -> bool:
        bare = _bare(word)
        if self.name_word(word, False) or _ARTICLED.fullmatch(bare):
            return True
        if not bare[:1].isupper() or bare in self.months or is_title(bare) or bare in _NUMBER_SIGNS:
            return False
        # English capitalises only names inside a sentence ("Kawann Short", "Pro Bowl")
        return self.language == "en" or is_proper_noun(bare, self.language)

    def foreign_sentence(self, words: list[_Token], start: int) -> bool:
        """Whether the sentence from ``start`` on is in the other language (an English quote
        in a German text: "Worryingly, the country now hosts"): its first word is then
        judged by that language, where it is mostly an ordinary word."""
        other = _OTHER_LANGUAGES[self.language][0]
        bare = _bare(words[start].text)
        if is_proper_noun(bare, other) or zipf(bare.lower(), other) < RARE_ZIPF:
            return False  # no ordinary word there (asked first: it is known per word)
        following = [
            t.text for t in words[start + 1 : start + 1 + FOREIGN_WINDOW] if t.text.islower()
        ]
        foreign = sum(
            zipf(word, other) >= COMMON_ZIPF + 1
            and zipf(word, other) - zipf(word, self.language) >= 1
            for word in following
        )
        return foreign >= FOREIGN_WORDS

    def _heads_name(self, word: str) -> bool:
        """A head noun or an English word: what an article before the word in front of it
        may belong to (``die Westinghouse Electric Company``, not ``die Belarusier
        Widerstand``)."""
        return bool(head_kind(word)) or self.foreign_name_word(word)

    def particle(self, word: str) -> bool:
        """A short lower-case word that is rare in the document's language (``arap``)."""
        return (
            word.isalpha()
            and word.islower()
            and len(word) <= MAX_PARTICLE
            and (zipf(word, self.language) < COMMON_ZIPF - 1)
        )

    def foreign_name_word(self, word: str, margin: float = 0.5) -> bool:
        """In a German text, a capitalised common English word, which takes part in an
        English name next to a name word (``New York``, ``Colorado Springs``): ``margin``
        more frequent in English than in German."""
        if self.language != "de" or not word[:1].isupper():
            return False
        known = self._foreign.get((word, margin))
        if known is None:
            lower = word.lower()
            there = zipf(lower, "en")
            known = (
                there >= COMMON_ZIPF + 0.5
                and there - zipf(lower, "de") >= margin
                and lower not in self.lower
                and not is_title(word)
            )
            self._foreign[word, margin] = known
        return known

    def after_given_name(self, word: str) -> bool:
        """A capitalised word after a given name that the lexicon does not read as a common
        word or knows as a surname (``Harald Jäger``, ``Anna Fischer``), and that the text
        never writes in lower case, or a German function word (``Stephan Weil``): a
        surname."""
        bare = _bare(word)
        if not self.after_title(bare):
            return False
        if self.language == "de" and _function_word(bare.lower()):
            return True  # "Stephan Weil": German capitalises "weil" only as a name there
        if bare.lower() in self.lower:
            return False
        known = is_surname(bare) or proper_noun_evidence(bare, self.language) >= 0
        if not known and self.language == "de":
            known = is_adjective(bare.lower(), "de")  # "Paul Ehrlich": German writes
            # adjectives in lower case, so a capitalised one after a given name is a surname
        return known and not head_kind(bare)

    def after_title(self, word: str) -> bool:
        """A capitalised word right after a title, that is no title or month itself."""
        bare = _bare(word)
        return bare[:1].isupper() and bare not in self.months and not is_title(bare)

    def _name_alone(self, word: str) -> bool:
        """A sentence-initial word seen nowhere else: only a rare proper noun counts."""
        bare = _bare(word)
        if not self._judged(bare):
            return False
        if bare.isupper() or is_proper_noun(bare, self.language):
            return True
        if self.language == "en" and _role_word(bare) and bare.endswith(_MAN_NOUNS):
            return False  # "Railwaymen nicknamed it": people of a trade, not a name
        return zipf(bare.lower(), self.language) < RARE_ZIPF

    def inert(self, word: str) -> bool:
        """A capitalised word inside a German sentence that opens no name whatever follows
        it: no name word, English word, place prefix, head noun or adjective (most German
        nouns). Known once per distinct word. (Inside an English sentence any capitalised
        word may open a name.)"""
        if self.language != "de":
            return False
        known = self._inert.get(word)
        if known is None:
            known = not (
                self.name_word(word, False)
                or self.foreign_name_word(word)
                or is_name_prefix(word)
                or is_listed_first_name(word)
                or inflected_head_kind(word)
                or is_adjective(word, self.language)
                or _adjective_form(word)
                or _UNINFLECTED_ADJECTIVE.fullmatch(word)
            )
            self._inert[word] = known
        return known

    def adjective(self, words: list[_Token], position: int) -> bool:
        """A capitalised adjective inside a sentence: in German it opens a name. One the
        lexicon reads as a noun when capitalised (``Heilige``, ``Deutsche``) or does not
        know (``Dreißigjährigen``, ``Kanarischen``, ``Versailler``) only before a word that
        is no name (not ``der Vorsitzende Friedrich Ebert``)."""
        token = words[position]
        word = token.text
        if token.initial or not word[:1].isupper() or word in self.months or is_title(word):
            return False
        if is_adjective(word, self.language):
            return True
        if self.language != "de" or position + 1 >= len(words):
            return False
        if _UNINFLECTED_ADJECTIVE.fullmatch(word) and words[position + 1].joined:
            return _adjective_form(words[position + 1].text)  # "Königlich Preußischen"
        if not _adjective_form(word):
            return False
        following = words[position + 1]
        after = following.text
        if not following.joined or not after[:1].isupper():
            return False
        if self.name_word(after, False):  # "Deutsche Zeppelin-Reederei": a name on a head
            return bool(_HYPHEN.search(after)) and bool(compound_head_kind(after))
        if position + 2 < len(words) and is_listed_first_name(after):
            return not self.given_name_before_surname(following, words[position + 2])
        return not is_first_name(after)


_FUNCTION_TAGS = ("KO", "ADV", "APPR", "PTK", "PWAV", "PROAV")
"""STTS tags of German conjunctions, adverbs, prepositions and particles: words German
writes in lower case inside a sentence, whatever they mean."""


@lru_cache(maxsize=1 << 12)
def _function_word(lower: str) -> bool:
    """A German word the lexicon reads (in lower case) as a conjunction, an adverb, a
    preposition or a particle (``weil``, ``doch``, ``aber``)."""
    tag = known_tag(lower, "de")
    return tag is not None and tag.startswith(_FUNCTION_TAGS)


_ENGLISH_ARTICLES = frozenset(("the", "a", "an"))


def _relative_who(text: str, token: _Token, after: _Token | None, before: str) -> bool:
    """``X, who``: a capitalised English word with no article before it (not ``the British,
    who``), followed by a comma and ``who``."""
    if after is None or after.text != "who" or before.lower() in _ENGLISH_ARTICLES:
        return False
    return text[token.end : after.start] == ", "


def _placed(words: list[_Token], index: int) -> bool:
    """Whether the word at ``index`` follows a preposition of place with no article, or
    ``und`` after a capitalised word that does (``zwischen Kluse und Vohwinkel``)."""
    before = words[index - 1].text
    if before == _BETWEEN:  # "zwischen Arbeit und Familie": only with a name after "und"
        pair = words[index + 1 : index + 3]
        return len(pair) == 2 and pair[0].text in _AND and pair[1].text[:1].isupper()
    if before in _PLACE_PREPOSITIONS:
        return True
    if before not in _AND or index < 3 or not words[index - 2].text[:1].isupper():
        return False
    return words[index - 3].text in _PLACE_PREPOSITIONS or words[index - 3].text == _BETWEEN


_LOCATING = frozenset("an in aus über durch entlang".split())
"""Prepositions that place a thing on a river or in a land with the definite article."""
_LOCATING_ARTICLES = frozenset("der die dem den".split())
_LOCATING_CONTRACTIONS = frozenset("im am ins zur".split())


def _located(words: list[_Token], index: int) -> bool:
    """Whether the word at ``index`` follows a preposition of place and the definite article
    in the singular, or their contraction (``an der Donau``, ``über die Ems``, ``im
    Emsland``, ``zur Nordsee``): how German places things on rivers and in lands (and in
    rooms: the caller asks for a word the lexicon does not know, without a plural)."""
    before = words[index - 1].text
    if before in _LOCATING_CONTRACTIONS:
        return True
    if before not in _LOCATING_ARTICLES or index < 2 or not words[index - 1].joined:
        return False
    if before == "den" and words[index].text.endswith("n"):
        return False  # the dative plural: "an den Patenten"
    return words[index - 2].text.lower() in _LOCATING


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


MAX_LISTED = 6
"""Members of a list looked back over for the plural head that opens it."""


def _listed_under(text: str, words: list[_Token], index: int) -> str:
    """The kind of the plural head that opens the list the word at ``index`` stands in after
    its first member (``Elberfeld`` and ``Vohwinkel`` in ``die Städte Barmen, Elberfeld und
    Vohwinkel``), or ``""``. The first member gets its kind from the head right before it."""
    member = index
    for _ in range(MAX_LISTED):
        before = words[member - 1] if member >= 1 else None
        if before is not None and before.text in _AND and before.joined and member >= 2:
            member -= 2
        elif before is not None and text[before.end : words[member].start] == ", ":
            member -= 1
        else:
            return ""
        token = words[member]
        if token.initial or not token.text[:1].isupper() or member < 1:
            return ""
        head = words[member - 1]
        if token.joined and head.text[:1].isupper():
            kind = _umlaut_plural_head(head.text)
            if kind:
                return kind
    return ""


def _list_neighbours(text: str, words: list[_Token], index: int) -> list[str]:
    """The capitalised words inside a sentence that the word at ``index`` stands beside in a
    list (``,``, ``und``, ``oder``): ``Schreiber`` in ``Juristen, Schreiber und Boten``."""
    neighbours = []
    if index >= 2 and words[index - 1].text in _AND and words[index - 1].joined:
        neighbours.append(words[index - 2])
    elif text[words[index - 1].end : words[index].start] == ", ":
        neighbours.append(words[index - 1])
    if index + 2 < len(words):
        after = words[index + 1]
        if after.joined and after.text[:1].isupper():
            return []  # the first word of a longer name ("Anthony van Dyck")
        if after.text in _AND and after.joined and words[index + 2].joined:
            neighbours.append(words[index + 2])
        elif text[words[index].end : after.start] == ", ":
            neighbours.append(after)
    return [token.text for token in neighbours if not token.initial]


@lru_cache(maxsize=1 << 14)
def _known_place(word: str) -> bool:
    """A place the packages know, a town or village too (asked per list neighbour)."""
    return bool(place_type(word)) or small_town(word)


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
    return bool(is_adjective(lower, "de") or _DERIVED_ADJECTIVE.fullmatch(lower)) or _of_town(word)


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
    return any(place_type(town) for town in towns)


def _named_after_town(noun: str) -> bool:
    """A noun that makes a name with a town's adjective: a head noun (``Lübecker Frieden``,
    ``Berliner Stadtschloss``), or a word the lexicon does not read as a common one or that
    is rare (``Prager Fenstersturz``); not ``Berliner Bürger``, ``Kölner Kaufmann``."""
    if compound_head_kind(noun) or inflected_head_kind(noun):
        return True
    if proper_noun_evidence(noun, "de") >= 0:
        return True
    lower = noun.lower()  # "des Kölner Ingenieurs": a rare case of a frequent noun
    forms = [lower] + [lower[: -len(end)] for end in CASE_ENDINGS if lower.endswith(end)]
    return all(zipf(form, "de") < COMMON_ZIPF for form in forms)


def _letters_in_order(letters: str, word: str) -> bool:
    if not letters or word[:1] != letters[0]:
        return False
    rest = iter(word)
    return all(letter in rest for letter in letters)


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
    if zipf(lower, "de") >= COMMON_ZIPF:
        return ""
    heads = head_forms()
    for cut in range(MIN_MODIFIER, len(lower) - MIN_NAMED_HEAD + 1):
        kind = heads.get(lower[cut:].capitalize())  # also "des Simplontunnels"
        if not kind:
            continue
        modifier = lower[:cut]
        for stem in _with_and_without_s(modifier):
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
            if kind == "place" and _unheard_of(stem) and not _in_longer_noun(lower, cut):
                return kind  # "Göltzschtalbrücke": a bridge named after what no list holds
    return ""


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


STATE_PREFIXES = {
    "bundes": "",
    "reichs": "",
    "landes": "",
    "staats": "",
    "national": "",
    "land": "tag gericht",
    "kreis": "tag gericht",
}
"""What begins the German name of an institution of a federation, an empire, a land or a
state (``Bundestag``, ``Reichsgericht``, ``Staatsbank``, ``Nationalversammlung``): each with
the heads it takes there when not every head (``Landtag``, not ``Landrat``, a title)."""
_STATE_PREFIXES = tuple(STATE_PREFIXES)
"""The prefixes, for one ``startswith`` per word."""
STATE_HEADS = {
    "tag": "organisation",
    "rat": "organisation",
    "gericht": "organisation",
    "gerichtshof": "organisation",
    "wehr": "organisation",
    "bank": "organisation",
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
(``Bundesverfassungsgericht``, ``Reichsbahn``, ``Bundesrepublik``); a plural or another
head is a common noun (``Bundesländer``, ``Reichspräsident``, ``Staatskasse``)."""
MIN_STATE_MIDDLE = 3


@lru_cache(maxsize=1 << 16)
def state_institution(word: str) -> str:
    """The kind of a German name of a state's institution (see ``STATE_PREFIXES``), or
    ``""``: the prefix, then a head, maybe after a noun of its own (``Bundes-verfassungs-
    gericht``, ``Reichs-kanzlei``). With an indefinite article it is a common noun
    (``ein Landgericht``); the caller checks that."""
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
                    return kind
    return ""


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
    return (word.isdigit() and len(word) <= MAX_COUNT_DIGITS) or word.lower() in _QUANTITIES


@lru_cache(maxsize=1 << 16)
def _modifies(word: str) -> bool:
    """A German article, possessive or demonstrative, or an inflected adjective."""
    lower = word.lower()
    if lower in _DETERMINERS:
        return True
    if not (word.islower() and len(word) > 3 and word.endswith(_ADJECTIVE_ENDINGS)):
        return False
    if any(word.endswith("isch" + end) and len(word) - len(end) > 6 for end in _ADJECTIVE_ENDINGS):
        return True  # derived adjectives ("belarussischem"; not "zwischen")
    return is_adjective(word, "de")  # "russische Freischärler", not "unterschätzte Brussilow"


@lru_cache(maxsize=1 << 16)
def name_evidence(word: str, language: str) -> float:
    """How much speaks for ``word`` (capitalised, inside a sentence) being a name; above 0
    it is one. The tagger's lexicon, word frequencies in this and two other languages
    (names travel, common words do not), the letters and the endings are weighed."""
    lower = word.lower()
    lexicon = proper_noun_evidence(word, language)
    score = lexicon + 0.5
    own = zipf(lower, language)
    quoted_language, third_language = _OTHER_LANGUAGES[language]
    quoted, third = zipf(lower, quoted_language), zipf(lower, third_language)
    other = max(quoted, third)
    german_only = own >= COMMON_ZIPF and own - other >= 1.0 and language == "de"
    if german_only and lexicon <= 0 and not is_first_name(word):
        score -= 1.0  # a common word of German only ("Einfluss"), not a given name ("Iwan");
        # English writes names only with a capital inside a sentence ("Chernobyl")
    foreign_word = quoted >= COMMON_ZIPF + 1 and proper_noun_evidence(word, quoted_language) <= 0
    if foreign_word and quoted - own >= 0.5:
        score -= 1.5  # a common word of the other language, quoted ("Why", "Deal")
    if language == "de" and lexicon < 0 and _borrowed_name(word, own, quoted):
        score += BORROWED_BONUS  # "die Luftwaffe", "der Buddha": a name to English readers
    if own >= VERY_COMMON_ZIPF:
        score -= 1.0
    if not word.isascii() and any(
        not char.isascii() and char not in _GERMAN_LETTERS for char in word
    ):
        score += 1.0  # letters of another alphabet's transliteration ("Pétain", "Ögedei")
    if language == "de" and any(
        len(lower) - cut > 4 and lower.endswith(endings) for cut, endings in _INFLECTED_SUFFIXES
    ):
        score -= 2.0  # an abstract noun, maybe inflected ("Regierungen")
    if language == "de" and lower.endswith(_DERIVED):
        score -= 2.0
    land = language == "de" and lower.endswith("ien")
    if score + PLACE_BONUS + land <= -NAME_BONUS:
        return score  # nothing below can make a name of it: skip the slower look-ups
    if language == "de" and lexicon <= PLURAL_TRUST and _plural_of_common_noun(lower):
        score -= 2.0  # "Politiken": the lexicon's name reading is a weak one
    place = place_type(word)
    if place:
        common = own >= VERY_COMMON_ZIPF - 0.5 or foreign_word
        score += 0.5 if common else PLACE_BONUS  # "Los", "Deal" are towns too
    elif language == "de" and lexicon >= 0 and own < TOWN_ZIPF and small_town(word):
        score += TOWN_BONUS
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
    return score


@lru_cache(maxsize=1 << 16)
def _part_of_place(word: str) -> bool:
    """A German name of part of a land: a position word and a place's name that the lexicon
    does not read as a common noun, nor as the plural of one (``Westpreußen``, ``Kurpfalz``;
    not ``Vorbild``, ``Westmächte``)."""
    if not word.startswith(_POSITION_PREFIXES):
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


def _unlaut(word: str) -> str:
    """A German plural's umlaut undone (``mächte`` → ``machte``): its singular's stem."""
    return word.translate(_UMLAUTS)


_UMLAUTS = str.maketrans("äöü", "aou")


_POSITION_PREFIXES = tuple(POSITION_PREFIXES)
"""The position words, for one ``startswith`` per word."""
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
    ``Reichstag``; not ``Kaiser`` or ``Handel``, which English uses far less than German)."""
    return (
        english >= BORROWED_ZIPF
        and english >= german - BORROWED_MARGIN
        and proper_noun_evidence(word, "en") >= 2
    )


def _frequent_german(part: str, zipf_value: float) -> bool:
    """``zipf(part, "de") >= zipf_value`` for a value of at least ``PART_ZIPF``: most parts of
    words asked about (stems, tails) are in no list of frequent words, and the set of the
    frequent ones says so without a look-up in the table."""
    listed = as_listed(part)
    if zipf_value >= PART_ZIPF and part.isalpha() and listed not in frequent_words("de", PART_ZIPF):
        return False
    return zipf(part, "de") >= zipf_value


MIN_TAIL = 5
"""A compound's last part is at least this long to say it is an ordinary noun (``-dekret``;
shorter ones end names by chance: ``Eisenarm``)."""


def _ends_in_common_noun(lower: str) -> bool:
    """A German compound of a common noun after a German word that is no name
    (``Präsidialdekret``): the lexicon reads the tail as a noun, and the first part is a
    German word (more frequent here than in English) the lexicon does not call a name."""
    for cut in range(MIN_PART, len(lower) - MIN_TAIL + 1):
        tail, first = lower[cut:], lower[:cut]
        if not _frequent_german(tail, COMMON_ZIPF):
            continue
        if proper_noun_evidence(tail.capitalize(), "de") >= 0:
            continue
        here = zipf(first, "de")
        german = here >= RARE_ZIPF and here > zipf(first, "en")
        if german and proper_noun_evidence(first.capitalize(), "de") <= 0:
            return not place_type(first.capitalize())
    return False


def _placed_name(word: str) -> bool:
    """Whether a German word after a preposition of place with no article may be a place's
    name: no plural of a noun (``in Umzügen``), nor a compound of common words (``in
    Geldnot geraten``) unless the lists hold the town or its head is a place's
    (``Katernberg``)."""
    lower = word.lower()
    if _inflected_noun(lower):
        return False
    if not _made_of_common_words(lower):
        return True
    return small_town(word) or compound_head_kind(word) == "place"


SHORT_PART = 3
"""The length of the short, very frequent nouns that begin or end many German compounds
(``Bau-``, ``-not``, ``-amt``): too short for ``is_compound``, which would split names by
chance."""


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
COMMON_NOUN_ZIPF = 4.5


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


@collector_paused()
def discover(
    text: str, language: str, cancelled: Callable[[], bool] | None = None
) -> dict[str, NameInfo]:
    """Every name in ``text`` (a ``de`` or ``en`` document) with what the text says about it.

    Args:
        text: the document text; names already covered by curated entries may be blanked
            out beforehand (offsets are not used across calls).
        language: ``de`` or ``en`` (the tagger's languages).
        cancelled: polled every few hundred names; when it returns True, reading stops.

    Raises:
        DiscoveryCancelled: ``cancelled`` said so.
    """
    words = tokens(text)
    reader = _Reader(text, language, words)
    found: dict[str, NameInfo] = {}
    previous: tuple[str, int] | None = None
    for start, end, name, occurrences in _read(text, words, reader, cancelled):
        for occurrence in occurrences:
            _add(found, *occurrence)
        if name and previous:
            if _listed(text, words, previous[1], start):
                found[name].partners[previous[0]] += 1
                found[previous[0]].partners[name] += 1
            if (
                _in_apposition(text, words, previous[1], start)
                or _bracketed_alternative(text, words, previous, (name, end))
                or _in_other_language(text, words, previous[1], start, end)
            ):
                found[previous[0]].same_as[name] += 1
        previous = (name, end) if name else None
    _introduced_abbreviations(text, found)
    _short_names_alone(found, reader)
    for name, info in found.items():
        info.place = place_type(name)
        if not info.place and language == "de" and name.endswith("s"):
            info.place = place_type(name[:-1])  # "Zerstörung Hiroshimas"
        if not info.place and language == "de" and small_town(name):
            info.place = TOWN
    return found


_Occurrence = tuple[str, int, list[str], list[str]]
"""One occurrence of a name: the name, its offset, its kind votes (a kind per vote: counted
when added, a ``Counter`` per run would cost more than the counting) and the titles before
it."""
_Run = tuple[int, int, str, list[_Occurrence]]
"""A run's first and last token, its name (``""`` for none) and the names it holds."""

PARALLEL_WORDS = 60_000
"""A text of at least this many words (about 400 KB) is read in two halves on two cores."""
CHILD_SHARE = 0.55
"""The share of the words the child reads: the parent also splits the text into words
before, and adds up the halves after."""


def _read(
    text: str, words: list[_Token], reader: _Reader, cancelled: Callable[[], bool] | None
) -> list[_Run]:
    """Every run of the text with what ``_record`` makes of it, in order. A long text is
    read in two halves at a sentence start, where no run can go on from the half before
    (a name never spans a sentence's end), the second in a forked child: each half makes
    the same runs as a reading of the whole, and the caller adds them up in order."""
    theirs = int(len(words) * CHILD_SHARE)
    cut = _sentence_start(words, len(words) - theirs) if len(words) >= PARALLEL_WORDS else 0
    if not cut or not (can_fork() and core_to_spare()):
        return _read_part(text, words, reader, 0, len(words), cancelled)
    for warm in (place_type, small_town, is_first_name, is_listed_first_name, is_surname):
        warm("")  # load the lists here, once, not in the child as well
    if reader.language == "de":
        is_compound("")  # and the frequent German words that compounds are made of
    before, after = halves(
        partial(_read_part, text, words, reader, 0, cut),
        partial(_read_part, text, words, reader, cut, len(words)),
        cancelled,
    )
    return before + after


def _read_part(
    text: str,
    words: list[_Token],
    reader: _Reader,
    first: int,
    stop: int,
    cancelled: Callable[[], bool] | None,
) -> list[_Run]:
    """The runs that start in ``words[first:stop]``."""
    read: list[_Run] = []
    for number, run in enumerate(_runs(words, reader, first, stop)):
        if cancelled is not None and number % CHECK_EVERY == 0 and cancelled():
            raise DiscoveryCancelled
        name, occurrences = _record(text, words, run, reader)
        read.append((run[0], run[1], name, occurrences))
    return read


def _sentence_start(words: list[_Token], middle: int) -> int:
    """The first token from ``middle`` on that starts a sentence after a gap that joins
    nothing (no name, title or adjective run goes on over it); 0 for none."""
    return next(
        (
            index
            for index in range(middle, len(words))
            if words[index].initial and not words[index].joined
        ),
        0,
    )


def _short_names_alone(found: dict[str, NameInfo], reader: _Reader) -> None:
    """The last word of a full name, where the text also writes it alone in places no run
    takes (``Kintner sagte`` at a sentence start), and the word before an organisation's
    head noun, alone or in the plural (``Labor``, ``the Liberals`` for ``Liberal Party``):
    a name of its own, which grouping joins to the full name."""
    inside: Counter[str] = Counter()
    modifiers: set[str] = set()
    people: set[str] = set()
    for name, info in found.items():
        words = [word for word in name.split() if word not in ROMAN]
        prefixed = bool(words) and is_name_prefix(words[0].rstrip("."))
        if (
            len(words) >= 2
            and not set(words) & CONNECTORS
            and not head_kind(words[-1])
            and not prefixed
        ):
            inside[words[-1]] += info.count
            if is_listed_first_name(words[0]):
                people.add(words[-1])
            if _ARTICLED.fullmatch(words[-1]):  # "Sadat" for "Anwar as-Sadat"
                inside[_HYPHEN.split(words[-1], maxsplit=1)[1]] += 0
        modifier = organisation_modifier(name)
        if modifier:  # an adjective names it only in the plural ("the Liberals")
            if not is_adjective(modifier, reader.language):
                inside[modifier] += info.count
            inside[modifier + "s"] += 0
            modifiers.update((modifier, modifier + "s"))
    genitives = set()
    if reader.language == "de":  # "Goldensons Firma": the surname in the genitive
        genitives = {
            surname + "s"
            for surname in inside
            if not surname.endswith("s") and _foreign_to_german(surname)
        }
    for surname, count in [*inside.items(), *((genitive, 0) for genitive in genitives)]:
        alone = reader.alone[surname] - count
        if reader.language == "de" and _function_word(surname.lower()):
            alone = reader.inside[surname] - count  # "Weil es regnete" opens a sentence
        if alone > 0 and surname not in found and surname not in reader.months:
            if surname in modifiers and reader.language == "de":
                accepted = reader.name_word(surname, False)  # German nouns are capitalised
            else:
                accepted = surname in genitives or _surname_word(surname, count, reader)
                accepted = accepted or (surname in people and reader.used_as_name(surname))
            if accepted:
                found[surname] = NameInfo(count=alone)


def organisation_modifier(name: str) -> str:
    """The capitalised word right before an organisation's head noun, which may name it
    alone (``Labor`` in ``Australian Labor Party``, ``Liberal`` in ``Liberal Party of
    Australia``); ``""`` for none, or for a land (``Victoria`` in ``Victoria Council``)."""
    words = name.split()
    for index in range(1, len(words)):
        if head_kind(words[index]) == "organisation":
            word = words[index - 1]
            usable = word[:1].isupper() and not is_abbreviation(word) and not head_kind(word)
            land = place_type(word) in ("country", "region")
            return word if usable and not land else ""
    return ""


def _surname_word(surname: str, count: int, reader: _Reader) -> bool:
    """Whether the last word of a full name, alone, is that name: a name word, a German
    function word (``Weil``), or a word the text never writes in lower case: in English any
    (``Brown``, ``White``), in German one that is no German word (``Noble``)."""
    if reader.name_word(surname, False):
        return True
    if reader.language == "de" and _function_word(surname.lower()):
        return True  # "sprach Weil mit": German capitalises "weil" only as a name there
    if surname.lower() in reader.lower:
        return False
    if reader.language == "en":  # "Noble later merged": any use alone outside the full name
        return reader.alone[surname] > count
    return _foreign_to_german(surname)


def _foreign_to_german(word: str) -> bool:
    """A word German does not use as a common word: rare in German or more frequent in
    English, and not a common noun to the lexicon."""
    german = zipf(word.lower(), "de")
    foreign = german < COMMON_ZIPF or zipf(word.lower(), "en") > german
    return foreign and proper_noun_evidence(word, "de") >= 0


_APPOSITION = re.compile(
    r"(?:[,(]?\s*(?:geboren als|geb\.|eigentlich|bürgerlich|alias|(?:auch )?bekannt als|"
    r"(?:was |is )?born|née|(?:also |better )?known(?: \w+){0,4} as|also called)"
    r"|\s*[,(]\s*(?:(?:auch |kurz )?genannt|heute|now|today))(?: the| die| der| das)?\s*",
    re.IGNORECASE,
)
"""What stands between a name and another name of the same thing: a birth name, a real
name, a byname, a later name (``Marie Curie, geboren als Maria Skłodowska``, ``the General
Electricity Company, known by its German initials as AEG``, ``Byzanz, heute Istanbul``,
``Lenin, born Vladimir
Ulyanov``, ``Eboracum, also known as York``)."""


def _in_apposition(text: str, words: list[_Token], last: int, first: int) -> bool:
    """Whether the name starting at token ``first`` is another name of the one ending at
    token ``last``."""
    return bool(_APPOSITION.fullmatch(text, words[last].end, words[first].start))


def _bracketed_alternative(
    text: str, words: list[_Token], previous: tuple[str, int], current: tuple[str, int]
) -> bool:
    """``Jean Cauvin (John Calvin)``: a full name in brackets right after another is the
    same person's name in another language; not a place that says where (``Neustadt
    (Hessen)``), a year or an abbreviation."""
    (before, last), (name, end) = previous, current
    first = last + 1
    if (
        text[words[last].end : words[first].start] != " ("
        or text[words[end].end : words[end].end + 1] != ")"
    ):
        return False
    given = all(is_first_name(n.split()[0]) and len(n.split()) >= 2 for n in (before, name))
    return given and not place_type(name)


_LANGUAGE_BEFORE = re.compile(r"\s*[,(]\s*(?:auf |in )?(\w+):?\s+")
_LANGUAGE_AFTER = re.compile(r"\s+in (\w+)\b")


def _in_other_language(text: str, words: list[_Token], last: int, first: int, end: int) -> bool:
    """The name at tokens ``first``..``end`` is the one ending at ``last`` in a language the
    text names: ``Mailand (italienisch Milano)``, ``Munich, German: München``, ``Milan,
    Milano in Italian``."""
    before = _LANGUAGE_BEFORE.fullmatch(text, words[last].end, words[first].start)
    if before is not None:
        return before.group(1).capitalize() in language_names()
    if text[words[last].end : words[first].start] not in (", ", " ("):
        return False
    after = _LANGUAGE_AFTER.match(text, words[end].end)
    return after is not None and after.group(1) in language_names()


def _listed(text: str, words: list[_Token], last: int, first: int) -> bool:
    """Whether two names stand in one list: only a comma, ``und``, ``oder``, ``and`` or
    ``or`` between them."""
    between = text[words[last].end : words[first].start].strip()
    return between in {",", "und", "oder", "sowie", "and", "or", ", and", ", or"}


def _runs(
    words: list[_Token], reader: _Reader, first: int, stop: int
) -> Iterator[tuple[int, int, list[str]]]:
    """Name runs as (first, last) token indexes (inclusive), with the titles before them,
    for the runs that start at ``first`` or later and before ``stop``."""
    index = first
    while index < stop:
        if not words[index].text[:1].isupper():
            index += 1  # a name starts with a capital (its connectors come later)
            continue
        titles: list[str] = []
        start = index
        while (
            start < len(words)
            and is_title(words[start].text)
            and words[start].text[:1].isupper()
            and not _heads_firm(words, start)
        ):
            titles.append(words[start].text.rstrip("."))
            start += 1
            if start < len(words) and not words[start].joined:
                break
        if titles and (start >= len(words) or not words[start].joined):
            index = start
            continue
        end = _run_end(words, start, reader, after_title=bool(titles))
        if end < start:
            index = max(start, index) + 1
            continue
        roles = _english_roles(words, start, end, reader)
        if roles:  # "der Defensive End Kony Ealy": the role goes on the card
            titles.append(" ".join(word.text for word in words[start : start + roles]))
            start += roles
        first_end = _second_name(words, start, end)
        if first_end == start < end and reader.language == "en" and _role_word(words[start].text):
            titles.append(words[start].text)  # "Signalman Thomas Barclay", "Democrat Joe Biden"
            start += 1
        else:
            end = first_end
        yield start, end, titles
        index = end + 1


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


def _heads_firm(words: list[_Token], position: int) -> bool:
    """A title right before an organisation's head noun is the first word of its name
    (``General Motors``, ``General Electric``), not a role."""
    following = position + 1
    if following >= len(words) or not words[following].joined:
        return False
    return head_kind(words[following].text) == "organisation"


MIN_ROLE_ZIPF = 3.5


def _english_roles(words: list[_Token], start: int, end: int, reader: _Reader) -> int:
    """How many English words begin a run in a German text as a role before a person's
    name (``Defensive End Kony Ealy``, ``Running Back Devontae Brisko``): the first words are
    frequent in English, more than in German, and no name or head noun; at least two words
    follow, the first of them a given name or rare in both languages."""
    if reader.language != "de":
        return 0
    for position in range(start, end):  # the name keeps two words at least
        word = words[position].text
        lower = word.lower()
        english = zipf(lower, "en")
        rare = max(english, zipf(lower, "de")) < COMMON_ZIPF
        if position > start and (rare or is_first_name(word)):
            return position - start if not head_kind(word) and word not in CONNECTORS else 0
        if english < MIN_ROLE_ZIPF or english < zipf(lower, "de"):
            return 0
        if is_listed_first_name(word) or head_kind(word) or reader.name_word(word, False):
            return 0  # "welche Vietnam Đại Việt regierte": a name, not a role
    return 0


def _second_name(words: list[_Token], start: int, end: int) -> int:
    """Where a run of two names side by side ends its first one: before a given name that
    follows a word that is none (``ernannte Nixon William E. Simon``), unless the run is a
    place (``San Francisco``); ``end`` when the run is one name."""
    if end - start < 2 or place_type(" ".join(word.text for word in words[start : end + 1])):
        return end
    if head_kind(words[end].text) in ("organisation", "place"):
        return end  # one name on its head noun: "East India Company"
    for position in range(start + 1, end):  # the second name has two words at least
        before = words[position - 1].text
        if (
            is_first_name(words[position].text)
            and before[:1].isupper()
            and not is_first_name(before)
            and not _INITIAL.fullmatch(before)
            and before not in CONNECTORS | PLACE_PREFIXES | CLUB_PREFIXES
            and before not in ROMAN
        ):
            return position - 1
    return end


def _run_end(words: list[_Token], start: int, reader: _Reader, after_title: bool = False) -> int:
    """The last token of the name starting at ``start``, or ``start - 1`` for none. After a
    title any capitalised word opens a name (``Kaiser Gegen Khan``)."""
    if start >= len(words):
        return start - 1
    first = words[start]
    if start > 0 and first.joined and reader.owned(words[start - 1].text, first.text):
        return start - 1  # "Teslas Patente": what a name owns
    apposed = not after_title and _after_head_noun(words, start, reader)
    head_first = reader.language == "de" and (
        _named_institution(words, start, reader) or _institution_of_place(words, start)
    )
    institution = head_first
    firm = start + 1 < len(words) and words[start + 1].joined
    firm = firm and words[start + 1].text in LEGAL_FORMS  # "Ruhrkohle AG"
    firm = firm or (is_title(first.text) and _heads_firm(words, start))  # "General Motors"
    if not first.initial and not (after_title or apposed) and reader.inert(first.text):
        if not (_before_lower_case_head(words, start, reader) or institution or firm):
            return start - 1
    opened = (
        reader.name_word(first.text, first.initial)
        or ((after_title or apposed) and reader.after_title(first.text))
        or institution  # "das Landgericht Hamburg", "die Universität Jena"
        or firm
    )
    if opened and (first.initial or reader.alone[first.text] == 1):
        if not first.initial or not reader.seen_inside(first.text):
            opened = not reader.foreign_sentence(words, start)  # "Teaser What if the US"
    if not opened and first.initial and start + 1 < len(words):
        opened = reader.opens_with_first_word(first, words[start + 1])
        opened = opened or reader.subject_alone(first, words[start + 1])
        opened = opened or _opens_before_head(words, start, reader)
    if not opened and start + 1 < len(words):
        opened = reader.given_name_before_surname(first, words[start + 1])
        opened = opened or _given_name_and_initial(words, start)
    if not opened and not first.initial and start + 1 < len(words):
        following = words[start + 1]
        opened = reader.foreign_name_word(first.text) and (
            (following.joined and reader.name_word(following.text, False))
            or bool(_head_ahead(words, start, reader))  # "National Energy Board"
        )
    if not opened and not first.initial:
        opened = _before_lower_case_head(words, start, reader) or _english_title_case(
            words, start, reader
        )
    if not opened and is_name_prefix(first.text) and start + 1 < len(words):
        opened = words[start + 1].joined and reader.after_title(words[start + 1].text)
        opened = opened and (first.text in NAME_PREFIXES or _storm_named(words, start, reader))
        opened = opened and not (first.initial and first.text.lower() in _DETERMINERS)
    headed = head_kind(first.text) or reader.language == "de" and inflected_head_kind(first.text)
    if not opened and headed and start + 2 < len(words):
        opened = words[start + 1].text in _HEAD_LINKS and _bridges(words, start + 1, reader, True)
        opened = opened or _institution_for(words, start, reader)
    adjectives = 0
    if not opened:
        # German "Oberste Heeresleitung", English "Red Army": adjectives then a noun
        position = start
        while position < len(words) and reader.adjective(words, position):
            position += 1
        adjectives = position - start
        if not adjectives or position >= len(words) or not words[position].joined:
            return start - 1
        if not words[position].text[:1].isupper() or is_title(words[position].text):
            return start - 1
        if words[position].text in reader.months:
            return start - 1
        town = reader.language == "de" and _of_town(words[position - 1].text)
        if town and not _named_after_town(words[position].text):
            return start - 1  # "die Berliner Bürger"
    end = start + adjectives + head_first  # "Zirkus Lorch": the name after the head
    while end + 1 < len(words) and end - start + 1 < MAX_NAME_WORDS:
        following = words[end + 1]
        if not following.joined or reader.genitive(words[end].text):
            break
        if _closes(words[end]):
            end += _possessive_head(words, end + 1)  # "Robin Hood's Bay"
            break
        if reader.language == "de" and _common_tail(words[end].text):
            break  # "der ABC-Sender American Broadcasting Company": the noun ends it
        if end == start and reader.names_with_noun(words[end].text, following.text):
            end += 1  # "die IG Metall": an abbreviation never written alone, and a noun
            break
        if reader.language == "de" and _abbreviation_ends(words[end].text, following.text, reader):
            break  # "die UNESCO Zollverein": two names
        if reader.language == "en" and _serial_number(words, end + 1, reader):
            end += 1  # "Apollo 11": one of a series
            break
        if following.text in reader.months and _given_name_month(words[end].text, following.text):
            end += 1  # "Ernst August", "Karl August"
            continue
        event = head_kind(words[end].text) == "event" and not is_event_prefix(words[end].text)
        if event and _after_event(following.text, reader):
            break  # an event's name ends on its head ("First World War Curie", "... Battle")
        if following.start - words[end].end == len(" & ") and following.text in _FAMILY_FIRM:
            end += 1  # "Godeffroy & Sohn", "Thonet & Söhne"
            break
        if end > start and reader.language == "de" and _head_before_person(words, end):
            break  # "das Hamburger Handelshaus J. C. Godeffroy": the firm's owner follows
        after_initial = _INITIAL.fullmatch(words[end].text) and following.text[:1].isupper()
        initial = _INITIAL.fullmatch(following.text) and _initial_before_name(words, end + 1)
        foreign = reader.foreign_name_word(following.text) and not head_kind(words[end].text)
        given = _given_before(words[end].text, following.text)
        given = given and reader.after_given_name(following.text)
        if reader.continues(following.text) or following.text in ROMAN or after_initial or initial:
            end += 1
            continue
        if given:  # "Theodor Fontane": a surname that is frequent in German texts
            end += 1
            continue
        if end == start and _title_as_surname(words, end + 1):
            end += 1  # "Roman Herzog", "Priya Shah": a title's word as a surname
            break
        if words[end].text in CLUB_PREFIXES and reader.after_title(following.text):
            end += 1  # "FC Phönix", "VfB Mühlburg": any word names the club
            continue
        if is_event_prefix(words[end].text) and _storm_named(words, end, reader):
            end += 1  # "das Orkantief Vincinette": a rare word after it names the storm
            continue
        if foreign:  # "Colorado Springs" in a German text
            end += 1
            continue
        linked = _place_link(words, start, end, reader)
        if linked:  # "Frankfurt am Main"
            end += linked
            break
        # "Treaty of Versailles", "Communist Party of China": a head noun before the link
        head_start = bool(head_kind(words[start].text) or head_kind(words[end].text))
        if words[end].text not in ROMAN and _bridges(words, end + 1, reader, head_start):
            end += 2 if words[end + 2].text not in CONNECTORS else 3
            continue
        if head_kind(following.text) and not words[end].text.isupper():
            end += 1  # "Weimarer Republik" ends on its head noun
            continue
        purpose = _purpose(words, end, reader)
        if purpose:  # "Bundesministerium für Gesundheit"
            end += purpose
            break
        if reader.language == "en" and following.text in LOWER_CASE_HEADS:
            end += 1  # "Song dynasty"
            break
        ahead = _head_ahead(words, end, reader) or _and_head(words, end, reader)
        if ahead:
            end += ahead  # "Westfield Radio Network", "Canal and River Trust"
            continue
        break
    return end


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


def _given_before(word: str, following: str) -> bool:
    """A given name before a word that may be its surname: one the lists know only as a
    given name, or one that is a common word too before a surname the lists know
    (``Christian Lindner``, ``Mark Twain``)."""
    return is_first_name(word) or (is_listed_first_name(word) and is_surname(_bare(following)))


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
    return is_first_name(following) and not place_type(following)  # not "Hochschule Berlin"


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
        if joined and ends and reader.name_word(river.text, False):
            full = " ".join(token.text for token in words[start : last + 1])
            known = reader.alone[words[start].text] > 1 or place_type(full)
            return len(link) + 1 if known else 0  # not "Blankenese an der Elbe"
    return 0


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
    if not (state_institution(institution) or compound_head_kind(institution) == "organisation"):
        return 0
    if not words[end + 1].joined or reader.foreign_name_word(institution):
        return 0  # "Sky Box Office für aktuelle Filme": an English name ends on its head
        return 0
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


_DEFINITE = frozenset("der die das den dem des im am zum zur vom beim".split())
"""A definite article, also inside a preposition: before a head and ``für``, a name's."""


def _institution_for(words: list[_Token], start: int, reader: _Reader) -> bool:
    """A German organisation's head after a definite article, then ``für`` and a field: the
    name of one (``die Gesellschaft für Erdkunde``, ``der Bank für elektrische
    Unternehmungen``; not ``eine Gesellschaft für Kinder``)."""
    if start == 0 or start + 2 >= len(words) or words[start - 1].text.lower() not in _DEFINITE:
        return False
    return words[start + 1].text == "für" and _purpose(words, start, reader) > 0


_PURPOSE_LINKS = frozenset(("für", "der", "des"))


def _after_event(word: str, reader: _Reader) -> bool:
    """A word after an event's head noun that begins a name of its own: another event's
    head, or a name word that is no number or place head (``Super Bowl XXXIII``)."""
    kind = head_kind(word)
    if kind == "event":
        return True
    return kind != "place" and not _NUMERAL.fullmatch(word) and reader.name_word(word, False)


INSTITUTION_HEADS = (
    "universität", "hochschule", "gericht", "gerichtshof", "akademie", "museum", "amt", "verein",
    "club", "klub", "verband", "archiv", "bibliothek", "werke", "betriebe",
)  # fmt: skip
"""German heads of an institution that takes the name of its town (``Universität Jena``,
``Landgericht Hamburg``, ``Fachhochschule Newcastle``, ``Standesamt Vegesack``,
``Heimatverein Aumund``, ``Stadtwerke Wuppertal``): one name, an organisation's."""


def institution_head(word: str) -> bool:
    """A German word that heads an institution's name before its town's (``Standesamt``,
    ``Skiclub``, ``Landgericht``): the town after it is a place of its own."""
    return word.lower().endswith(INSTITUTION_HEADS) or compound_head_kind(word) == "organisation"


def _institution_of_place(words: list[_Token], start: int) -> bool:
    """A German institution's head (in the singular) right before a town or land the
    packages know, not in the genitive: the institution's name (``Universität Jena``; not
    ``die Regierung Kenias``, ``die Siegermächte Deutschland``)."""
    if start + 1 >= len(words) or not words[start].text.lower().endswith(_HEADS_OF_PLACE):
        return False
    following = words[start + 1]
    named = following.text[:1].isupper() and not following.initial
    pieces = _HYPHEN.split(following.text)  # "Landkreis Weißenburg-Gunzenhausen"
    town = any(place_type(piece) or small_town(piece) for piece in pieces if piece[:1].isupper())
    return named and following.joined and town


TERRITORY_HEADS = (
    "königreich", "kaiserreich", "fürstentum", "herzogtum", "grafschaft", "provinz", "kanton",
    "bistum", "reichsstadt", "landkreis", "bezirk",
)  # fmt: skip
"""German heads of a land named after its town or land (``Königreich Hannover``,
``Kurfürstentum Sachsen``, ``Provinz Posen``, ``Erzbistum Köln``, ``Landkreis Kitzingen``,
``Regierungsbezirk Schwaben``): one name, a place's."""
_HEADS_OF_PLACE = INSTITUTION_HEADS + TERRITORY_HEADS


def _named_institution(words: list[_Token], start: int, reader: _Reader) -> bool:
    """A German head in ``NAMED_BY_HEAD_FIRST`` right before a name word or a word the
    lexicon does not read as a common noun: the organisation's name (``Zirkus Renz``,
    ``Museum Folkwang``; not ``das Theater Menschen``)."""
    if start + 1 >= len(words) or words[start].text not in NAMED_BY_HEAD_FIRST:
        return False
    following = words[start + 1]
    if not following.joined or following.initial or not reader.after_title(following.text):
        return False
    if head_kind(following.text) or following.text in CONNECTORS:
        return False
    return (
        reader.name_word(following.text, False)
        or proper_noun_evidence(_bare(following.text), "de") >= 0
        and following.text.lower() not in reader.lower
    )


def _after_head_noun(words: list[_Token], start: int, reader: _Reader) -> bool:
    """In German, a capitalised word right after a head noun of a place or an organisation
    that the lexicon does not read as a common noun: the name the head introduces (``die
    Zeitschrift Nature``, ``der Stadt Daressalam``; not ``im Land Proteste``)."""
    if reader.language != "de" or start == 0:
        return False
    first, before = words[start], words[start - 1].text
    if first.initial or not first.joined or not before[:1].isupper() or is_title(before):
        return False
    if compound_head_kind(before) not in ("place", "organisation") or head_kind(first.text):
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
    return bool(_head_ahead(words, start, reader) or _and_head(words, start, reader))


def _opens_before_head(words: list[_Token], start: int, reader: _Reader) -> bool:
    """At an English sentence start, a word before an event's first word and a name
    (``Tropical Storm Bonnie would cause``), or a word that may be a name before a head noun
    (``Coniston Water is deep``): a name begins, as it would inside the sentence."""
    if reader.language != "en" or start + 2 >= len(words):
        return False
    following, after = words[start + 1], words[start + 2]
    if not following.joined or not following.text[:1].isupper():
        return False
    if is_event_prefix(following.text):
        return after.joined and reader.after_title(after.text)
    return bool(head_kind(following.text)) and reader.name_word(_bare(words[start].text), False)


def _and_head(words: list[_Token], end: int, reader: _Reader) -> int:
    """How many words ``and`` and capitalised words that end on a head noun add to an English
    name ending at ``end`` on no head of its own (``Canal and River Trust``, ``Food and Drug
    Administration``); 0 for none."""
    if reader.language != "en" or end + 2 >= len(words) or words[end + 1].text != "and":
        return 0
    before = words[end - 1].text if end > 0 else ""
    named = words[end].joined and before[:1].isupper() and before.lower() not in _ARTICLES
    if named and head_kind(words[end].text):
        return 0  # "the James River and Huguenot Road": two names, each on its head
    if not words[end + 1].joined:
        return 0
    ahead = _head_ahead(words, end + 1, reader)
    return ahead + 1 if ahead else 0


MAX_HEAD_AHEAD = 3
LOWER_CASE_HEADS = frozenset(("dynasty", "empire", "river", "mountains"))
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


def _initial_before_name(words: list[_Token], position: int) -> bool:
    """An initial with its period inside a name (``Frederick W. Mote``): the tokenizer joined
    it to the capitalised word after it."""
    after = position + 1
    return after < len(words) and words[after].joined and words[after].text[:1].isupper()


POSSESSIVE_HEADS = frozenset(
    """Bay Church Cathedral Chapel College Abbey Hospital Island Park Castle Bridge Square Gate
    Inn Wood Gardens Palace Cross Street Road Lane Hill End""".split()
)
"""Heads that English names of places and institutions put after an owner's or a saint's
possessive (``Robin Hood's Bay``, ``St Oswald's Church``, ``Land's End``); not heads that
mostly begin a longer name there (``Wainwright's Coast to Coast Walk``)."""


def _possessive_head(words: list[_Token], position: int) -> int:
    """1 when the word at ``position``, after a possessive, is one of ``POSSESSIVE_HEADS``
    and ends the name (``Robin Hood's Bay``); 0 when more capitalised words follow or the
    word is no such head."""
    head = words[position]
    if not head.joined or head.text not in POSSESSIVE_HEADS:
        return 0
    after = words[position + 1] if position + 1 < len(words) else None
    return 0 if after is not None and after.joined and after.text[:1].isupper() else 1


def _closes(token: _Token) -> bool:
    """A name never goes on past a word followed by punctuation (checked by ``joined``)."""
    return token.text.endswith(("'s", "’s"))


def _bridges(words: list[_Token], position: int, reader: _Reader, head_start: bool) -> bool:
    """A connector (``von``, ``of the``) with a name right after it. English ``of`` joins
    only after a head noun (``Treaty of Versailles``, not ``Toghrul Khan of the Keraite``)."""
    word = words[position]
    if position + 1 >= len(words):
        return False
    if word.text == "bei" and words[position - 1].text in _BATTLE_WORDS:
        following = words[position + 1]  # "Schlacht bei Tannenberg"
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
        if ahead not in _BATTLE_WORDS:  # ("Schlacht von Dalan Balzhut")
            return False  # "die Tay-Brücke von William Barlow": by a person, not of a place
    if word.text == "of" and head_start and not named.initial:
        return reader.after_title(named.text)  # "Court of Common Pleas": English title case
    if word.text in _FRENCH_LINKS and _french(words[position - 1].text, reader.language):
        return reader.after_title(named.text)  # "Compagnie Universelle du Canal ..."
    return reader.name_word(named.text, False)


def _full_name_at(words: list[_Token], position: int) -> bool:
    """A given name at ``position`` with a capitalised word joined after it, the two no
    place's name (``William Henry Barlow``; not ``San Francisco``): after ``von``, who made
    or owns a thing, since a name's own ``von`` comes before a surname or a place."""
    following = position + 1
    if following >= len(words) or not is_first_name(words[position].text):
        return False
    after = words[following]
    if not (after.joined and after.text[:1].isupper()):
        return False
    return not place_type(f"{words[position].text} {after.text}")


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


def _record(
    text: str, words: list[_Token], run: tuple[int, int, list[str]], reader: _Reader
) -> tuple[str, list[_Occurrence]]:
    """The run's name (or ``""``) and its occurrences to store, with the names inside a
    hyphenated compound, each with its clues."""
    start, end, titles = run
    while end > start and words[end].text in CONNECTORS:
        end -= 1
    if reader.language == "de" and start == end and _elided(text, words[end]):
        return "", []  # "Die Brück’ am Tay": the noun "Brücke", not the town Brück
    parts = [word.text for word in words[start : end + 1]]
    for index in range(len(parts) - 1):  # keep the period of an initial ("John C. Messenger")
        gap = text[words[start + index].end : words[start + index + 1].start]
        if gap in (". ", " & "):
            parts[index] += gap.rstrip()
    if reader.language == "de" and len(parts) >= 2 and _common_tail(parts[-1]):
        hyphen = list(_HYPHEN.finditer(parts[-1]))[-1]  # "Tom Baker-Perioden": "Tom Baker"
        parts[-1] = parts[-1][: hyphen.start()]
    if titles and titles[-1] in NAMING_TITLES and len(parts) == 1 and not is_first_name(parts[0]):
        parts = [titles[-1], *parts]  # "Lady Gaga", "Lord Byron"
    last = parts[-1]
    ordinal = last in ROMAN and len(parts) > 1
    if ordinal and reader.language == "de" and text[words[end].end : words[end].end + 1] == ".":
        parts[-1] = last + "."
    name = _clean(parts, reader.language, ordinal)
    if not name or (len(parts) == 1 and name in language_names()):
        return "", []
    if len(parts) == 1 and _designation(parts[0], words[end + 1] if end + 1 < len(words) else None):
        return "", []  # "Ju 52", "P 601", "MD-11": a model's type, not a name
    if all(part.rstrip(".") in ROMAN for part in parts):
        return "", []  # numerals without a name ("Kapitel II", "I, II und III")
    votes = list(_clues(text, words, start, end, titles, reader))
    completed = _truncated(text, words, end) if len(parts) == 1 else ""
    if completed:  # "Nord- und Ostsee": the first is "Nordsee"
        name = completed
        head = _landscape(completed) or compound_head_kind(completed)
        votes = [head, head] if head else votes
    if reader.language == "de" and len(parts) == 1 and name.endswith("ien"):
        votes.append("place")  # German names of lands and regions (Sizilien, Persien)
    if reader.language == "en" and len(parts) == 1 and name.endswith("ia"):
        if not (is_first_name(name) or is_surname(name)):
            votes.append("place")  # English ones (Scandinavia, Lusatia; not Victoria)
    occurrences: list[_Occurrence] = [(name, words[start].start, votes, titles)]
    if len(parts) == 2 and parts[0].lower().endswith(TERRITORY_HEADS):
        occurrences.append((parts[1], words[start + 1].start, ["place"], []))  # "Capua" too
    inner_place = len(parts) > 2 and parts[1] in _HEAD_LINKS
    if inner_place and head_kind(parts[0]) in ("place", "event"):
        inner = _clean(parts[2:], reader.language, ordinal)  # "Sperrzone von Tschernobyl"
        if inner and inner.split()[0] not in CONNECTORS:
            occurrences.append((inner, words[start + 2].start, ["place"], []))
    for piece, kind in _compound_names(parts, reader):
        occurrences.append((piece, words[start].start, [kind] if kind else [], []))
    return name, occurrences


def _elided(text: str, token: _Token) -> bool:
    """A German word with an apostrophe for a dropped ``e`` that makes a common noun (``die
    Brück’``, ``im Haus’``)."""
    if text[token.end : token.end + 1] not in ("'", "’"):
        return False
    return proper_noun_evidence(token.text + "e", "de") < 0


_TRUNCATION_LINKS = frozenset(("und", "oder", "bis", "sowie"))
MIN_SHARED_HEAD = 3


def _truncated(text: str, words: list[_Token], end: int) -> str:
    """The whole German compound a one-word run stands for when a hyphen ends it and a
    compound follows that completes it (``Nord- und Ostsee``: ``Nordsee``; ``Nord- oder
    Südamerika``: ``Nordamerika``): the run and the longest tail of the later word that
    makes a word German writes or a place the packages know; ``""`` for none."""
    if end + 2 >= len(words) or words[end + 1].text not in _TRUNCATION_LINKS:
        return ""
    if not _HYPHEN.fullmatch(text[words[end].end : words[end].end + 1]):
        return ""
    first, later = words[end].text, words[end + 2].text
    if not later[:1].isupper() or _HYPHEN.search(later) or not words[end + 2].joined:
        return ""
    for cut in range(1, len(later) - MIN_SHARED_HEAD + 1):
        whole = first + later[cut:]
        if zipf(whole.lower(), "de") > 0 or place_type(whole):
            return whole
    return ""


_TYPE_NUMBER = re.compile(r"[A-ZÄÖÜ][A-Za-z]{0,2}(?:[\-‐‑]\d{1,4}|\d{2,4})[a-z]?")
MAX_TYPE_LETTERS = 3
MAX_TYPE_DIGITS = 3


def _designation(word: str, following: _Token | None) -> bool:
    """A model's type designation: a few letters with a hyphen and a number or with two
    digits or more in one word (``MD-11``, ``Me262``; not ``K2``, ``G7``) or before a short
    number (``Ju 52``, ``EA 827``, ``P 601``), which names a kind of machine, not one thing a
    reader looks up."""
    if _TYPE_NUMBER.fullmatch(word):
        return True
    if len(word) > MAX_TYPE_LETTERS or following is None or not following.joined:
        return False
    number = following.text
    return number.isdigit() and len(number) <= MAX_TYPE_DIGITS


def _clean(parts: list[str], language: str, ordinal: bool) -> str:
    """The name without a possessive or genitive ending on its last name word."""
    index = len(parts) - 2 if ordinal else len(parts) - 1
    word = _bare(parts[index])
    if language == "de" and len(word) > 4 and word.endswith("s") and not word.isupper():
        known = known_lemma(word, "de")
        if known == word[:-1] or (known is None and is_proper_noun(word[:-1], "de")):
            word = word[:-1]  # "Wilhelms II." -> "Wilhelm II."
    cleaned = [*parts[:index], word, *parts[index + 1 :]]
    return " ".join(cleaned).strip()


def _compound_names(parts: list[str], reader: _Reader) -> Iterator[tuple[str, str]]:
    """``Brussilow-Offensive``: the name before the hyphen (``Jom-Kippur`` in
    ``Jom-Kippur-Krieg``), and the kind its head gives."""
    if len(parts) != 1 or not _HYPHEN.search(parts[0]):
        return
    pieces = _HYPHEN.split(parts[0])
    head = head_kind(pieces[-1].capitalize()) or head_kind(pieces[-1])
    names = [
        piece
        for piece in pieces[:-1]
        if reader.name_word(piece, False) and (head or reader.alone[piece])
    ]
    if head and len(names) == len(pieces) - 1 > 1:
        names = ["-".join(names)]  # "Jom-Kippur-Krieg": one name before the head
    if head or names:
        for piece in names:
            yield piece, "place" if head == "event" and pieces[-1] in _BATTLE_WORDS else ""


def _clues(
    text: str, words: list[_Token], start: int, end: int, titles: list[str], reader: _Reader
) -> Iterator[str]:
    """One kind vote per clue around one occurrence."""
    parts = [word.text for word in words[start : end + 1]]
    last = parts[-1]
    if titles:
        yield "person"
    given = is_first_name(parts[0]) or (is_listed_first_name(parts[0]) and is_surname(last))
    serial = len(parts) > 1 and last.isdigit() and reader.language == "en"  # "Apollo 11"
    if len(parts) >= 2 and given and not head_kind(parts[-1]) and not serial:
        yield "person"  # a given name first: "Bennie Fowler" (not proof: "Kara Kitai")
    tail = _HYPHEN.split(last)[-1]
    head = head_kind(tail.capitalize() if len(parts) == 1 and tail != last else tail)
    if head and len(parts) == 1 and reader.language == "de":
        head = state_institution(last) or head  # "Reichstag"; an event with its town only
    if not head and tail in LOWER_CASE_HEADS:
        head = head_kind(tail.capitalize())  # "Yuan dynasty"
    if not head and reader.language == "de" and len(parts) > 1 and not given:
        head = inflected_head_kind(tail)  # "des Dreißigjährigen Krieges", not "David Banks"
    if not head and reader.language == "de" and len(parts) == 1:
        head = _named_compound(last) or _named_by_head(last)  # "Suezkrise", "Grundgesetz"
        head = head or state_institution(last)  # "Bundestag", "Reichsbank"
        head = head or reader.compound_of_name(last)  # "Lesumsperrwerk" beside "Lesum"
        if not head and _institution(last):
            head = compound_head_kind(last)  # "Weltbank"
            if last.endswith(STATE_UNION):
                head = "place"  # "Sowjetunion": a union the lexicon names is a state
        head = head or _landscape(last)  # "Ostsee", "Emsland", "Schwarzwald"
    if (
        not head
        and reader.language == "de"
        and len(parts) > 1
        and not given
        and not reader.name_word(tail, False)
    ):
        head = compound_head_kind(tail)  # "Erster Weltkrieg"; not "Carl Fürstenberg"
    if not head and reader.language == "de" and len(parts) > 1 and not given:
        head = _inner_head(parts[:-1])  # "Landgericht Hamburg", "Technische Hochschule Berlin"
    if not head and len(parts) > 1 and not given and place_type(last):
        head = _inner_head(parts[:-1])  # "King's College London", "Universität Jena"
    link = next((i for i, part in enumerate(parts[1:-1], 1) if part in _HEAD_LINKS), 0)
    if link:  # "Treaty of Versailles", "Sea of Japan", "Communist Party of China"
        linked = parts[link - 1]
        head = (
            head_kind(linked) or (reader.language == "de" and inflected_head_kind(linked)) or head
        )
    if len(parts) > 1 and (_NUMERAL.fullmatch(last) or last.isdigit()):
        head = head or head_kind(parts[-2])  # "Super Bowl XXXIII"
    if serial and not head:
        head = "event"  # one of a numbered series: a mission, a flight, an edition
    if not head and len(parts) > 2 and not _FRENCH_LINKS.isdisjoint(parts):
        head = head_kind(parts[0])  # French puts the head first: "Compagnie ... du Canal"
    if any(is_event_prefix(part) for part in parts[:-1]):
        head = "event"  # "Hurricane Floyd", "Tropical Storm Fay"; "Wintersturm" is no "Turm"
    if len(parts) == 2 and parts[0] in SIDES and last in SIDE_HEADS:
        head = "place"  # "Western Front", "West Bank", "Left Bank"
    if last == CLUB_CITY and len(parts) > 1 and _club_of_town(parts[:-1]):
        head = "organisation"  # "Manchester City", "Stoke City": a club; not "Mexico City"
    if head:
        yield head
        yield head  # the head noun is the strongest clue
    if (
        not head
        and len(parts) > 1
        and place_type(last) == "country"
        and not is_first_name(parts[0])
    ):
        yield "place"  # a country or continent with a modifier: "Soviet Ukraine", "Central Europe"
    if not head and len(parts) == 2 and parts[0] in PLACE_MODIFIERS and place_type(last):
        yield "place"
        yield "place"  # "Greater Manchester", "New Holland", "Upper Silesia"
    if last in ROMAN and not (len(parts) > 1 and head_kind(parts[-2])):
        yield "person"  # "Wilhelm II.", not "Super Bowl XLIX"
    if len(parts) == 1 and reader.language == "de" and _names_part_of_place(last):
        yield "place"
        yield "place"  # "Westpreußen", "West-Berlin"
    if (
        len(parts) == 1
        and not head
        and (_joins_places(last) or land_of_a_nation(_HYPHEN.split(last)))
    ):
        yield "place"
        yield "place"  # "Österreich-Ungarn", "Schleswig-Holstein"
    if len(parts) == 1 and is_abbreviation(last) and place_type(last) != "country":
        yield "organisation"
        yield "organisation"  # an abbreviation names an organisation more often than not
    if len(parts) == 2 and reader.names_with_noun(parts[0], last):
        yield "organisation"
        yield "organisation"  # "IG Metall"
    if len(parts) > 1 and (any(part in CLUB_PREFIXES for part in parts) or last in _FAMILY_FIRM):
        yield "organisation"
        yield "organisation"  # "FC Kaiserslautern", "VfB Stuttgart", "Karlsruher SC"
    if parts[0] in PLACE_PREFIXES or _linked_place(parts):
        yield "place"
    before = words[start - 1] if start > 0 else None
    given = len(parts) > 1 and is_first_name(_HYPHEN.split(parts[0])[0])
    before_kind = _apposed_head(before, last, reader) if before is not None else ""
    if not before_kind and reader.language == "de" and start == end:
        before_kind = _listed_under(text, words, start)  # "Städte Barmen, Elberfeld und …"
    before_kind = "" if given and before_kind == "organisation" else before_kind
    if before_kind == "place":
        yield "place"  # "Halbinsel Cotentin", "Hauptstadt Melfi"
    elif before_kind == "organisation":
        yield "organisation"  # "Automarken Ford", "the newspaper Daily Mail"
        yield "organisation"
    if before is not None and is_event_prefix(before.text) and before.end + 1 == words[start].start:
        yield "event"  # "tropische Sturm Bonnie"
    if reader.language == "en" and not head and _business_context(words, start, end):
        yield "organisation"
        yield "organisation"  # "analysts at Goldman Sachs", "Lazard's chief executive"
    role = reader.language == "en" and not head and not is_abbreviation(last)
    if role and before is not None and words[start].joined and _english_role(before.text):
        yield "person"
        yield "person"  # "the engineer Bouch", "his sister Dorothy": a role names a person
    team = len(parts) >= 2 and last.endswith("s") and not head_kind(last)
    team = team and not any(is_event_prefix(part) for part in parts)  # "Hurricane Frances"
    team = team and not (is_first_name(parts[0]) and is_surname(last))  # "David Collins"
    town = team and place_type(" ".join(parts[:-1]))
    group = team and _plural_of_english_noun(last) and not _personal(parts)
    if (town or group) and not place_type(" ".join(parts)):
        yield "organisation"  # a town and a plural: a team ("Pittsburgh Steelers"); or a
        yield "organisation"  # plural of a common noun: a group ("New England Patriots")
    plural = (
        last.endswith("s")
        and not place_type(last)
        and (reader.language == "en" or reader.foreign_name_word(last, margin=0))
    )
    if before is not None and before.text.lower() in _ARTICLES and not head:
        # people rarely take an article: "die Normandie", "the Levant"; a plural after one is
        # a team, a family or a people ("the Broncos", "the Merkits")
        yield "organisation" if plural else "place"
    after = words[end + 1] if end + 1 < len(words) else None
    if after is not None and after.joined and after.text in PERSON_VERBS[reader.language]:
        yield "person"  # "Simon sagte", "Temüjin married"
    who = reader.language == "en" and not head and not is_abbreviation(last)
    if who and _relative_who(text, words[end], after, ""):
        # "Tottenham, who had put everything into it": a place named so is its team; places
        # never take "who", so the clue is as strong as a head noun
        someone = "organisation" if place_type(" ".join(parts)) else "person"
        yield someone
        yield someone
    if reader.language == "en" and after is not None and after.joined:
        if after.text in LOWER_CASE_PLACE_HEADS:
            yield "place"  # "the train left Wormit station"
    predicated = _predicate_head(text, words, end, reader)
    if predicated:
        yield predicated  # "ABC is an American television network", "Smiljan ist ein Dorf"
        yield predicated
    if start >= 2 and before is not None and before.text in ("von", "of") and not given:
        ruled = is_title(words[start - 2].text)  # "Herzog von Apulien", "King of England"
        ruling = compound_head_kind(words[start - 2].text.capitalize())
        if ruled or ruling in ("place", "event"):
            yield "place"  # "Sperrzone von Tschernobyl", "town of Pripyat", "Siege of Acre"
    if (
        start >= 2
        and not head
        and before is not None
        and before.text.lower() in _ARTICLES
        and words[start - 2].text.lower() in PLACE_BEFORE[reader.language]
    ):
        yield "place"  # "in die Kara Kitai", "in the Levant"
    named = given and not head and not place_type(" ".join(parts))  # "from John Adams to
    # Thomas Jefferson": people, not places; but "in North Carolina"
    if before is not None and before.text.lower() in PLACE_BEFORE[reader.language] and not named:
        if before.end == words[start].start - 1 or text[before.end : words[start].start].isspace():
            yield "place"
    if before is not None and before.text == _BEFORE and start == end and start >= 2:
        ahead = words[start - 2].text  # "ankerte vor Skagen", "Schlacht vor Jütland"; not
        after_verb = ahead.islower() or inflected_head_kind(ahead) == "event"  # "Angst vor"
        if after_verb and not (is_first_name(last) or is_surname(last)):
            yield "place"
    if before is not None and not named and _place_in_pair(words, start, end, reader.language):
        yield "place"
    if (
        start >= 3
        and words[start - 1].text in ("der", "the")
        and words[start - 3].text in (_BATTLE_WORDS)
    ):
        yield "place"  # "Schlacht an der Marne", "Battle of the Somme"


STAFF = frozenset(
    """analysts economists officials executives employees workers staff researchers
    strategists engineers scientists managers directors spokesman spokeswoman""".split()
)
"""English nouns of the people a firm or a body employs: ``at X`` after them is where they
work (``analysts at Goldman Sachs``)."""
HOLDINGS = frozenset(("shares", "stock", "stake", "stocks"))
"""What one holds of a firm (``shares of JPMorgan Chase``, ``a stake in Vodafone``)."""
FIRMS_OWN = frozenset(
    """shares shareholders stock headquarters employees subsidiary subsidiaries profits
    revenue revenues earnings executives""".split()
)
"""What only a firm or a body has, after its possessive (``Lazard's shareholders``)."""


def _business_context(words: list[_Token], start: int, end: int) -> bool:
    """Words around an English name that only an organisation takes: its staff ``at`` it,
    shares ``of``/``in`` it, or after its possessive what only a firm has or its ``chief
    executive``."""
    if start >= 2 and words[start].joined:
        before, ahead = words[start - 1].text, words[start - 2].text.lower()
        if (before == "at" and ahead in STAFF) or (before in ("of", "in") and ahead in HOLDINGS):
            return True
    if not words[end].text.endswith(("'s", "’s")) or end + 1 >= len(words):
        return False
    owned = words[end + 1]
    if not owned.joined:
        return False
    if owned.text in FIRMS_OWN:
        return True
    return owned.text == "chief" and end + 2 < len(words) and words[end + 2].text == "executive"


KINSHIP = frozenset(
    """son daughter sister brother wife husband mother father uncle aunt nephew niece cousin
    widow grandson granddaughter""".split()
)
"""English nouns of kin, which stand before a person's name (``his sister Dorothy``)."""
AGENT_SUFFIXES = ("ist", "ian", "eer")
"""Endings of English nouns for someone who does something (``physicist``, ``physician``,
``engineer``); not ``-er``, ``-or`` or ``-ent``, which end as many nouns of things before a
name (``the paper Nature``, ``the reactor``, ``the document``)."""
MIN_AGENT_STEM = 3
ROLE_NOUNS = frozenset(
    """inventor author doctor director editor actor sculptor surveyor founder owner writer
    painter designer builder manager player leader officer farmer miner prospector explorer
    pilot astronaut merchant student tenant servant assistant lawyer banker teacher
    architect poet""".split()
)
"""Frequent English nouns of a person's work with other endings (``the inventor Tesla``)."""


@lru_cache(maxsize=1 << 12)
def _english_role(word: str) -> bool:
    """A lower-case English noun of a person's role or kin: a title in lower case
    (``president``, ``king``), a noun of kin or work, or a singular common noun the lexicon
    knows with an agent's ending that is no head noun of a place or an organisation."""
    if not word.islower() or len(word) < MIN_PART:
        return False
    if word in KINSHIP or word in ROLE_NOUNS or is_title(word.capitalize()):
        return True
    if not word.endswith(AGENT_SUFFIXES) or head_kind(word.capitalize()):
        return False
    stem = len(word) - len(next(end for end in AGENT_SUFFIXES if word.endswith(end)))
    return stem >= MIN_AGENT_STEM and known_tag(word, "en") == "NN1"  # not "list", "wrist"


@lru_cache(maxsize=1 << 12)
def _plural_of_english_noun(word: str) -> bool:
    """An English plural whose singular the English lexicon reads as a common noun and that
    heads no place (``Patriots``, ``Panthers``; not ``Lakes``, ``Hills``)."""
    singular = word[:-1]
    if len(singular) < MIN_PART or head_kind(singular):
        return False
    return proper_noun_evidence(singular, "en") < 0 and zipf(singular.lower(), "en") >= COMMON_ZIPF


def _personal(parts: list[str]) -> bool:
    """A name of a person or a town, whatever it ends on: an initial or a given name first,
    or a surname or a town last (``W. Haydon Burns``, ``Reichstag zu Worms``)."""
    first, last = parts[0], parts[-1]
    named = _INITIAL.fullmatch(first.rstrip(".")) or is_first_name(first)
    return bool(named or is_surname(last) or place_type(last))


_FROM_TO = {"de": ("von", "nach"), "en": ("from", "to")}
_BEFORE = "vor"
"""German "before": in front of a place (``vor Helgoland``), earlier than a person or a time
(``vor Napoleon``), or what a feeling is for (``Respekt vor Hipper``): a place only after a
verb or a battle, for a name no list knows as a person's."""


def _place_in_pair(words: list[_Token], start: int, end: int, language: str) -> bool:
    """A name in a pair that only places make: the second of two after a preposition of
    place (``zwischen Kluse und Vohwinkel``, ``bei Ahlen oder Soest``) or the first of ``von
    X nach Y`` (``from X to Y``), each joined by one word to the other name."""
    before = words[start - 1]
    if before.text in _AND and start >= 3 and before.joined:
        first = words[start - 2]
        return first.text[:1].isupper() and words[start - 3].text.lower() in PLACE_BEFORE[language]
    source, goal = _FROM_TO[language]
    if before.text == goal and before.joined:
        return _after_source(words, start - 2, source)  # "from Bowness to Ambleside"
    if before.text != source or end + 2 >= len(words):
        return False
    link, other = words[end + 1], words[end + 2]
    return link.text == goal and link.joined and other.joined and other.text[:1].isupper()


LANDSCAPE_HEADS = (
    "see", "meer", "bucht", "förde", "gebirge", "insel", "inseln", "tal", "wald", "land",
    "heide", "moor", "marsch", "gau", "küste", "ebene",
)  # fmt: skip
"""What ends a German one-word name of a landscape or a water (``Ostsee``, ``Emsland``,
``Schwarzwald``, ``Ahrtal``, ``Wesermarsch``, ``Breisgau``): the name is a place's, however
often German writes it (``_named_compound`` asks more, as it decides whether it is a name)."""
MIN_LANDSCAPE_MODIFIER = 3


@lru_cache(maxsize=1 << 12)
def _landscape(word: str) -> str:
    """``place`` for a German one-word name on a head in ``LANDSCAPE_HEADS`` after at least
    ``MIN_LANDSCAPE_MODIFIER`` letters that is no given name or surname the lists know
    (``Oswald``, ``Grünewald``), else ``""``."""
    lower = word.lower()
    for head in LANDSCAPE_HEADS:
        if lower.endswith(head) and len(lower) - len(head) >= MIN_LANDSCAPE_MODIFIER:
            return "" if is_first_name(word) or is_surname(word) else "place"
    return ""


def _after_source(words: list[_Token], last: int, source: str) -> bool:
    """Whether a name ends at token ``last`` that ``source`` (``from``, ``von``) stands right
    before: capitalised words, each joined to the next."""
    for position in range(last, max(0, last - MAX_NAME_WORDS), -1):
        token = words[position]
        if not token.text[:1].isupper() or token.initial:
            return False
        if token.joined and words[position - 1].text == source:
            return True
        if not token.joined:
            return False
    return False


def _inner_head(parts: list[str]) -> str:
    """The kind the last head noun before a German name's final words gives it: an
    institution or place named with its head first (``Landgericht Hamburg``, ``Universität
    Jena``, ``Physiologische Gesellschaft zu Berlin``)."""
    for part in reversed(parts):
        if place_type(part) or proper_noun_evidence(part, "de") > 0:
            continue  # a name that ends like a head ("England", "Friedland")
        kind = compound_head_kind(part) or state_institution(part)  # "Reichstag zu Worms"
        if not kind and part.lower().endswith(INSTITUTION_HEADS):
            kind = "organisation"  # "Standesamt Vegesack": a head too short to split off
        if kind:
            return kind
    return ""


def _apposed_head(before: _Token, last: str, reader: _Reader) -> str:
    """The kind a head noun right before a name gives it (``Halbinsel Cotentin``, ``the
    company Siemens``); a German name in the genitive after a noun is what the noun belongs
    to, not its name (``die Regierung Kenias``)."""
    if reader.language == "en" and before.text.islower():
        return head_kind(before.text.capitalize())
    kind = compound_head_kind(before.text)
    if not kind and reader.language == "de":
        kind = _umlaut_plural_head(before.text)  # "die Städte Barmen, Elberfeld und ..."
    if not kind and reader.language == "de":
        kind = inflected_head_kind(before.text)  # "des Herstellers Vossloh", "des Flusses"
    if kind == "organisation" and reader.language == "de" and last.endswith("s"):
        return ""
    return kind


@lru_cache(maxsize=1 << 12)
def _umlaut_plural_head(word: str) -> str:
    """The kind of a German head noun in a plural with an umlaut and ``-e`` (``Städte``,
    ``Flüsse``, ``Höfe``), or ``""``."""
    if not word.endswith("e"):
        return ""
    singular = _unlaut(word[:-1])
    return head_kind(singular) if singular != word[:-1] else ""


_COPULAS = frozenset("ist war sind waren is was are were".split())
_INDEFINITE = frozenset("ein eine einer a an".split())
MAX_PREDICATE_WORDS = 4
_PREDICATE_ENDS = frozenset(
    "of in at for with from by to on von im in aus an bei mit für der des dem den zu".split()
)
"""Prepositions and articles that end the noun phrase of a predicate."""


def _predicate_head(text: str, words: list[_Token], end: int, reader: _Reader) -> str:
    """The kind the head noun of ``X ist ein ...``/``X is a ...``, or of an apposition ``X,
    ein ...``/``X, the ...``, gives the name ending at ``end`` (``Lindisfarne sind eine
    Folk-Rock Gruppe``, ``ABC is an American television network``, ``die Hanse, ein Bund
    von Städten``, ``Barclays, the bank``); ``""``
    when the sentence says no such thing. An event after a comma is mostly what the next
    clause is about (``nach dem Tod Dschingis Khans, eine Invasion ...``), not the name."""
    if end + 3 >= len(words):
        return ""
    after = words[end + 1]
    apposed = after.text in _INDEFINITE or (reader.language == "en" and after.text == "the")
    if apposed and text[words[end].end : after.start] == ", ":
        kind = _head_of_predicate(words, end + 2, reader)  # "Barclays, the bank, agreed"
        return "" if kind == "event" else kind
    if after.text in _COPULAS and after.joined and words[end + 2].text in _INDEFINITE:
        return _head_of_predicate(words, end + 3, reader)
    return ""


def _head_of_predicate(words: list[_Token], first: int, reader: _Reader) -> str:
    """The kind the head noun of a noun phrase from ``first`` on gives, or ``""``."""
    for token in words[first : first + MAX_PREDICATE_WORDS]:
        if not token.joined or token.text in _PREDICATE_ENDS:
            return ""  # "X was a member of the Party" says nothing of X's kind
        if reader.language == "en" and token.text.islower():
            kind = head_kind(token.text.capitalize())
        else:
            kind = compound_head_kind(_HYPHEN.split(token.text)[-1].capitalize())
        if kind:
            return kind
        if token.text.islower() and reader.language == "de":
            continue  # adjectives before the noun
        if reader.language == "de" and not is_adjective(token.text, "de"):
            return ""  # the noun came, and says nothing
    return ""


def _linked_place(parts: list[str]) -> bool:
    """``Frankfurt am Main``: a town and the river it lies on."""
    return len(parts) > 2 and tuple(parts[1:-1]) in PLACE_LINKS


def _add(
    found: dict[str, NameInfo], name: str, first: int, votes: list[str], titles: list[str]
) -> None:
    info = found.get(name)
    if info is None:
        info = found[name] = NameInfo(first=first)
    info.count += 1
    if votes:
        _tally(info.votes, votes)
    if titles:
        _tally(info.titles, titles)


def _tally(counter: Counter[str], items: list[str]) -> None:
    """``counter.update(items)`` for the one to three items of an occurrence, without the
    checks ``Counter.update`` makes in Python before it counts."""
    get = counter.get
    for item in items:
        counter[item] = get(item, 0) + 1


_INTRODUCED = re.compile(r"\(\s*([A-ZÄÖÜ][A-Za-zÄÖÜäöü0-9\-]{1,7})\s*[,;)]")
_INTRODUCING = re.compile(r"([A-ZÄÖÜ](?<!\w.)[A-Za-zÄÖÜäöü0-9\-]{1,7}) \(([^()]{4,100})\)")
"""``ABC (long form)``; no word character before the capital, asked after it: a pattern that
begins with the capital is tried only at capitals (2.5 times as fast over a text)."""
_LONG_FORM_CHARS = 100
MAX_LONG_FORM_WORDS = 8


@lru_cache(maxsize=1 << 16)
def is_abbreviation(word: str) -> bool:
    """``OHL``, ``NATO``, ``BSkyB``, ``AfD``: mostly capitals, at least two of them."""
    if word[1:].islower():
        return False  # most words: only the first letter is a capital
    capitals = sum(char.isupper() for char in word)
    letters = sum(char.isalpha() for char in word)
    return capitals >= 2 and word[:1].isupper() and 2 * capitals >= letters


def _introduced_abbreviations(text: str, found: dict[str, NameInfo]) -> None:
    """``Oberste Heeresleitung (OHL)`` or ``NASA (National Aeronautics and Space
    Administration)``: the abbreviation records its long form."""
    introductions: list[tuple[str, int, list[list[str]]]] = []
    for match in _INTRODUCED.finditer(text):
        words = text[max(0, match.start() - _LONG_FORM_CHARS) : match.start()].split()
        sizes = range(min(len(words), MAX_LONG_FORM_WORDS), 0, -1)
        introductions.append((match.group(1), match.start(1), [words[-size:] for size in sizes]))
    for match in _INTRODUCING.finditer(text):
        words = match.group(2).split()
        sizes = range(min(len(words), MAX_LONG_FORM_WORDS), 0, -1)
        introductions.append((match.group(1), match.start(1), [words[:size] for size in sizes]))
    introduced = Counter(abbreviation for abbreviation, _, _ in introductions)
    for abbreviation, start, candidates in introductions:
        if not is_abbreviation(abbreviation):
            continue
        long_forms = [" ".join(candidate).strip(",;:") for candidate in candidates]
        long_form = (
            next(
                (form for form in long_forms if form in found and abbreviates(abbreviation, form)),
                None,
            )
            or _introduced_long_form(abbreviation, long_forms[::-1])
            or (
                introduced[abbreviation] == 1
                and _introduced_long_form(abbreviation, long_forms[::-1], translated=True)
            )
        )
        if long_form:
            if long_form not in found:  # the text names it: "Deutsche Edison-Gesellschaft ..."
                found[long_form] = NameInfo(count=1, first=start, votes=Counter(organisation=2))
            found.setdefault(abbreviation, NameInfo(first=start))
            found[abbreviation].long_forms[long_form] += 1


def _introduced_long_form(
    abbreviation: str, phrases: list[str], *, translated: bool = False
) -> str:
    """The shortest phrase right before ``(ABC)`` that begins with a capitalised word on the
    abbreviation's first letter, ends on a capitalised word and holds its letters in order,
    some of its words lower case (``Deutsche Edison-Gesellschaft für angewandte Elektricität
    (DEG)``); ``""`` for none. Only a name the text introduces is read this loosely.

    With ``translated``, the letters may come from the name in another language when the
    phrase has an organisation's head (``Organisation erdölexportierender Länder (OPEC)``);
    the caller asks so only of an abbreviation the text puts in brackets once, as a party
    put after each of its members' names (``Helmut Schmidt (SPD)``) is no introduction."""
    letters = fold(abbreviation.replace("-", ""))
    for phrase in phrases:
        words = phrase.split()
        if len(words) < 2 or not words[0][:1].isupper() or not words[-1][:1].isupper():
            continue
        if fold(words[0][:1]) != letters[:1] or is_title(words[0]):
            continue
        if any(word.lower() in _ARTICLES - _GENITIVE_ARTICLES for word in words) or (
            words[0].lower() in _GENITIVE_ARTICLES
        ):
            continue  # a phrase, not a name ("Baden die Firma ..."); but "Verband der ..."
        named = any(
            compound_head_kind(_HYPHEN.split(word.rstrip(".,;"))[-1]) for word in words
        ) or any(is_adjective(words[0], language) for language in ("de", "en"))
        if translated:
            heads = (compound_head_kind(_HYPHEN.split(word.rstrip(".,;"))[-1]) for word in words)
            if "organisation" in heads:
                return phrase
        elif named and _letters_in_order(letters, fold(phrase)):  # not "Bruttoinlandsprodukt"
            return phrase
    return ""


def abbreviates(abbreviation: str, long_form: str) -> bool:
    """Whether the letters of ``abbreviation`` stand for the words of ``long_form``: it starts
    with the first word's initial and takes the other letters in order, each content word
    contributing at least one (``OHL`` for ``Oberste Heeresleitung``)."""
    letters = fold(abbreviation.replace("-", ""))
    content = [fold(word) for word in long_form.split() if word not in CONNECTORS]
    if not letters or not content or letters[0] != content[0][:1]:
        return False
    return _spell(letters, content)


def _spell(letters: str, words: list[str]) -> bool:
    """``letters`` taken from ``words`` in order: each word gives its initial then maybe more."""
    if not words:
        return not letters
    if not letters or letters[0] != words[0][:1]:
        return False
    rest = words[0][1:]
    for taken in range(len(letters)):
        if taken and letters[taken] not in rest:
            break
        if taken:
            rest = rest[rest.index(letters[taken]) + 1 :]
        if _spell(letters[taken + 1 :], words[1:]):
            return True
    return False
