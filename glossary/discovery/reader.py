"""The reader of one document: whether each capitalised word can be part of a name there.

It holds what the whole text says about a word (written in lower case elsewhere, after an
article, at a sentence start) and judges each distinct word once; the runs and the clues ask it.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from operator import itemgetter

from glossary.compounds import is_compound
from glossary.discovery.abbreviations import (
    _INTRODUCED,
    _LONG_FORM_CHARS,
    _letters_in_order,
    is_abbreviation,
)
from glossary.discovery.compounds import hyphenated_is_name, name_compound_kind
from glossary.discovery.contexts import _Context, _ContextCounts
from glossary.discovery.dynasties import is_dynasty
from glossary.discovery.evidence import (
    COMMON_EN_ZIPF,
    ENGLISH_PLURAL,
    NAME_BONUS,
    _bare,
    _placed_name,
    _plural_of_common_noun,
    foreign_shape,
    name_evidence,
    named_through_noun_ending,
)
from glossary.discovery.lexicon import (
    _UNINFLECTED_ADJECTIVE,
    COMMON_NOUN_ZIPF,
    _adjective_form,
    _article_excused,
    _counts,
    _function_word,
    _named_by_head,
    _named_compound,
    _street_name,
    _town_and_noun,
    _without_plural,
    castle_name,
    place_compound,
    plural_head,
    positioned_land,
    state_election,
    state_institution,
)
from glossary.discovery.noble_names import double_predicates
from glossary.discovery.period_abbreviations import period_abbreviations
from glossary.discovery.ruler_months import months_as_given_names
from glossary.discovery.sentence_starts import name_alone, seen_inside
from glossary.discovery.tokenising import _Token
from glossary.discovery.wiktionary import (
    ENGLISH_NOUN_TAGS,
    NAME_OR_FORM,
    common_noun_only,
    genitive_only,
    masculine_or_neuter_noun,
    plural_or_surname,
    translated_common_noun,
    wiktionary_evidence,
)
from glossary.discovery.word_classes import (
    _ARTICLES,
    _GENITIVE_ARTICLES,
    _HYPHEN,
    BYNAME_ARTICLES,
    COMMON_ZIPF,
    ENGLISH_ARTICLES,
    GENDERED_ARTICLES,
    GERMAN_CONTRACTIONS,
    GERMAN_DEFINITE,
    NOMINATIVE_BYNAME_ARTICLES,
    POSSESSIVES,
)
from glossary.first_names import is_first_name, is_listed_first_name, is_surname
from glossary.folding import fold
from glossary.frequencies import zipf
from glossary.gazetteer import nationality_of, place_type
from glossary.name_words import (
    CONNECTORS,
    calendar_words,
    compound_head_kind,
    head_kind,
    inflected_head_kind,
    is_name_prefix,
    is_title,
    language_names,
)
from glossary.tagger import (
    is_adjective,
    is_proper_noun,
    known_tag,
    proper_noun_evidence,
)

GENITIVE_SINGULAR_ARTICLES = frozenset(("des", "eines"))
"""The articles of a masculine or neuter noun's genitive singular."""


PLACE_CONTEXT_BONUS = 1.0
"""Evidence for a German name that the lexicon does not know and that follows a preposition
of place or direction with no article, as towns and lands do (nouns take one: ``in der
Stadt``): ``in``, ``nach``, ``aus``, ``bei``, ``bis``, ``zwischen``; also the second of two
names joined by ``und`` after one (``zwischen Kluse und Vohwinkel``, ``aus Ahlen und Soest``)."""


TOWN_CONTEXTS = 2
"""How often a city that is a common word too must stand in a place's context to be the
city (``_Reader._town_in_places_contexts``): once is chance (``bis Ende Mai``)."""


ARTICLE_WEIGHT = 1.0
"""Evidence against a name when every occurrence follows an article or an adjective (German
nouns nearly always do; only some place names, ``die Normandie``, do)."""


COUNTED_WEIGHT = 2.0
"""Evidence against a name that the text counts (``drei Fumbles``, ``four interceptions``)."""


MAX_PARTICLE = 4


_ARTICLED = re.compile(r"(?:al|el|ad|ar|as|at|an|az|ash|ud|ul|ibn|bin|abu)[\-‐‑][A-ZÄÖÜ]\w+")
"""An Arabic name with its article or kinship word (``al-Turabi``, ``ad-Din``): it goes on
a name already begun (``Hassan al-Turabi``)."""


_NUMBER_SIGNS = frozenset(("No", "Nos", "Nr"))
"""Abbreviations of "number" before a number (``North British Railway No. 224``): they end a
name, however English capitalises them."""


DIRECTIONS = frozenset(
    "nördlich südlich östlich westlich nordöstlich nordwestlich südöstlich südwestlich "
    "jenseits diesseits".split()
)
"""German words of direction and side that take a place in the genitive (``nördlich der
Alpen``); not ``innerhalb``/``außerhalb``, which take any noun (``außerhalb der Mauern``)."""

FOREIGN_GENITIVE_ENDINGS = ("us", "es", "is", "os", "as", "ys", "x", "z")
"""The endings of Latin and Greek names, which take no genitive ``-s`` in German but the
article (``des Tiberius``, ``des Sokrates``); a German noun's genitive ends in ``-s`` too
(``des Stadtfunks``), so not every ``-s``."""


MIN_SURNAME_USES = 2
"""How often a German common noun after a given name must stand in the text, never after an
article or an adjective, to be the person's surname (``Rudolf Diesel``): once may be the
verb's object without an article (``gab Peter Schmuck``)."""


EPOCHS = frozenset(("Reformation", "Gegenreformation", "Renaissance"))
"""German names of an age of European history that the lexicons read as ordinary nouns:
the one age, unless the text writes one of many (``eine Renaissance der Oper``, ``eine
späte Renaissance``)."""


FREQUENT_HEAD_ZIPF = 5.0
"""An English head noun this frequent (ten per 100,000 words: ``government``, ``army``,
``church``, ``board``) names a body alone only where the text shows it does (``_one_body``)."""


ABSTRACT_EVIDENCE = -3.0
"""``name_evidence`` this low says an abstract or a very frequent common noun (``Arbeit``,
``Erkundungen``), never a place's name after its head noun."""


_DEFINITE = GERMAN_DEFINITE | {"ins"}
"""The German definite articles and their contractions with a preposition (``ins Dorf``)."""


_NAMED_ALONE = ("organisation", "event")
"""Kinds of English head nouns that, capitalised inside a sentence and never written in
lower case in the text, name one institution or happening on their own (``Parliament``,
``the Reformation``), or again the one longer name of the text that holds them (``the
Board`` after the ``Northern Lighthouse Board``: grouping joins them); a place's head alone
(``the Street``) mostly starts a heading's title case."""


ARTICLE_CONTRACTIONS = GERMAN_CONTRACTIONS | {"ins", "ans"}
"""A preposition with the definite article in one word, the accusative's too (``ins``)."""


def _noun(word: str) -> bool:
    """Whether the German lexicon reads the word as written as a common noun (``Nacht``,
    though ``nacht`` is an adverb to it)."""
    return known_tag(word, "de") == _COMMON_NOUN


_COMMON_NOUN = "NN"


FEMININE_ARTICLE = "die"


SURNAME_PARTICLES = frozenset(("von", "vom", "van", "de", "zu"))
"""Lower-case particles before a family name (``Wernher von Braun``)."""


def _unknown(word: str) -> bool:
    """Whether neither lexicon knows a German word (HanTa's, nor Wiktionary's nouns, which
    know ``Bronze`` as an ordinary noun only): only then does a bare preposition of place or
    a place beside it make it a place's name (``aus Bronze`` is no town). After an article
    (``über die Mosel``) HanTa's silence is enough: Wiktionary lists some rivers as nouns."""
    return proper_noun_evidence(word, "de") == 0 and _wiktionary_silent(word)


def _ordinary_genitive(word: str) -> bool:
    """Whether Wiktionary knows a German word only as the genitive of a noun it knows only as
    an ordinary one, that HanTa does not know either and that heads no name (``Annexes``,
    ``Speichers``; not ``Rheins``, ``Reichstags``, ``Grundgesetzes``)."""
    if not genitive_only(word):
        return False
    for lemma in (word[:-1], word[:-2]):
        if common_noun_only(lemma):
            return proper_noun_evidence(lemma, "de") == 0 and not compound_head_kind(lemma)
    return False


def _common_plural(word: str) -> bool:
    """A German word HanTa lacks that Wiktionary knows only as the plural of ordinary nouns
    (``Klärwerke``, ``Säle``): no name on its own, whatever head it ends in. HanTa first:
    it knows most nouns, and then Wiktionary need not be asked."""
    return proper_noun_evidence(word, "de") == 0 and wiktionary_evidence(word) < 0


def _wiktionary_silent(word: str) -> bool:
    """Whether the German Wiktionary leans neither way on a word HanTa lacks: it does not
    know it, or knows it only as an abbreviation, or as a name that is the same ordinary noun
    too (``Pfalz``)."""
    return wiktionary_evidence(word) == 0 and not common_noun_only(word)


def _given_key(word: str) -> str:
    """A given name without its genitive ``s`` (``Heinrichs`` → ``Heinrich``)."""
    return word[:-1] if word.endswith("s") and is_first_name(word[:-1]) else word


def _noun_stem(word: str) -> str:
    """A German noun without its case ending (``Bären``, ``Bär``; ``Löwen``, ``Löwe``)."""
    lower = word.lower()
    if lower.endswith(("en", "es")):
        return lower[:-2]
    return lower[:-1] if lower.endswith(("n", "s", "e")) else lower


class _ForeignWords:
    """The capitalised common English words of a German text, judged once per word. Apart
    from the reader, which holds the context counts that ask it: a reader they held would
    make a reference cycle, and every token of the document would wait for the cyclic
    collector instead of being freed when ``discover`` returns."""

    def __init__(self, language: str, lower: set[str]) -> None:
        self.language, self.lower = language, lower
        self._known: dict[tuple[str, float], bool] = {}

    def judge(self, word: str, margin: float = 0.5) -> bool:
        """In a German text, a capitalised common English word, which takes part in an
        English name next to a name word (``New York``, ``Colorado Springs``): ``margin``
        more frequent in English than in German."""
        if self.language != "de" or not word[:1].isupper():
            return False
        known = self._known.get((word, margin))
        if known is None:
            lower = word.lower()
            there = zipf(lower, "en")
            known = (
                there >= COMMON_ZIPF + 0.5
                and there - zipf(lower, "de") >= margin
                and lower not in self.lower
                and not is_title(word)
            )
            self._known[word, margin] = known
        return known

    def heads_name(self, word: str) -> bool:
        """A head noun or an English word: what an article before the word in front of it
        may belong to (``die Westinghouse Electric Company``, not ``die Belarusier
        Widerstand``)."""
        return bool(head_kind(word)) or self.judge(word)


NAME_ADJECTIVE_ENDINGS = ("ian", "ean", "esque")
"""English endings of adjectives made of a name (``Victorian``, ``Herculean``,
``Kafkaesque``), a nation's among them (``Canadian``)."""

MIN_NAMED_LANDSCAPE = 2
"""Capitalised uses after ``the`` that name a landscape the text also writes in lower case."""


class _Reader:
    """Classifies the words of one document; each distinct word once."""

    def __init__(self, text: str, language: str, words: list[_Token]) -> None:
        self.text = text
        """The document (the gaps between words are read where a name may span one)."""
        self.language = language
        self.alone = Counter(map(itemgetter(0), words))  # each token's text
        self.lower = {word for word in self.alone if word.islower()}
        self.capitals = [index for index, token in enumerate(words) if token.text[0].isupper()]
        """Where the capitalised words stand: the runs start at these only."""
        inside_at = [index for index in self.capitals if not words[index].initial]
        self.inside = Counter([words[index].text for index in inside_at])
        foreign = _ForeignWords(language, self.lower)
        self.foreign_name_word = foreign.judge
        """``_ForeignWords.judge``: whether a capitalised word is a common English one."""
        counts = _ContextCounts(text, language, words, inside_at, foreign.heads_name)
        self.context = counts.context
        """How often a word stands in each kind of context inside a sentence."""
        self.positions = counts.positions
        """Where the text writes a word inside a sentence, in order."""
        self.months = calendar_words()
        """Every word on its own (a part of a hyphenated name counts only when it is seen
        alone too, or the compound's head says what it is: ``Somme-Schlacht``)."""
        self.ruler_months = (
            months_as_given_names(text, words, self.months) if language == "de" else set()
        )
        """Where a month is a ruler's given name (``August der Starke``, ``August II.``)."""
        self._cache: dict[str, bool] = {}
        self._initial: dict[str, bool] = {}
        """The verdicts on words at a sentence start."""
        self.common_abbreviations: set[str] = set()
        """Abbreviations the text introduces for an ordinary noun (``Bruttoinlandsprodukt
        (BIP)``): not names."""
        self._named_after: dict[str, str] = {}
        self._inert: dict[str, bool] = {}
        self._continues: dict[str, bool] = {}
        self._words, self._inside_at = words, inside_at
        self._pairs: set[tuple[str, str]] | None = None
        self._apposed: set[str] | None = None
        self._pair_heads: set[str] | None = None
        self._gendered: dict[str, bool] | None = None
        self._after_die: dict[str, bool] | None = None
        self._surnamed: set[str] | None = None
        self._bynames: Counter[tuple[str, str]] | None = None
        self._noble_pairs: Counter[tuple[str, str]] | None = None
        self._nominative_bynames: dict[tuple[str, str], str] = {}
        self.common_abbreviations = self._common_abbreviations(text)
        self.before_noun = Counter(
            [  # a joined word is never a sentence's first: the capitalised ones are inside_at
                words[index - 1].text
                for index in inside_at
                if index and words[index].joined and is_abbreviation(words[index - 1].text)
            ]
            if language == "de"
            else ()
        )
        """How often a German abbreviation stands right before a capitalised word (``IG
        Metall``)."""
        self.period_abbreviations = period_abbreviations(text, words, self.capitals)
        """Short words the text abbreviates with a period beside a number (``3 Mio.``,
        ``Abb. 4``): never names."""
        self._cache.clear()  # verdicts given before the text's own abbreviations were known

    def _named_alone(self, word: str) -> bool:
        """An English head noun of an institution or a happening, no adjective (``the United
        Auto Workers``): ``_NAMED_ALONE``."""
        return head_kind(word) in _NAMED_ALONE and not is_adjective(word.lower(), "en")

    def _named_landscape(self, word: str, bare: str) -> bool:
        """An English place's head in the plural that the text also writes in lower case,
        but capitalised inside sentences after ``the`` at least twice and never after an
        adjective (``the Fens`` beside ``the southern fens``, ``the Downs``, ``the Broads``):
        the one landscape so named."""
        if self.language != "en" or head_kind(bare) != "place" or not bare.endswith("s"):
            return False
        context = self.context(word)
        return context.the_one >= MIN_NAMED_LANDSCAPE and not context.modified

    def _one_body(self, word: str, bare: str) -> bool:
        """Whether an English head noun of an institution, alone and capitalised, names one
        body: the text uses it with no article (``through Parliament``) or inside a longer
        name (``the Board of Trade``, ``Northern Lighthouse Board``), or it is no noun among
        the most frequent (``the Senate``). The most frequent ones, always after ``the``,
        are common nouns that a house style capitalises (``the Government``, ``the Army``)."""
        if head_kind(bare) != "organisation" or zipf(bare.lower(), "en") < FREQUENT_HEAD_ZIPF:
            return True
        context = self.context(word)
        return context.in_longer > 0 or context.determined < self.inside.get(word, 0)

    def _the_one(self, word: str, bare: str) -> bool:
        """An English noun in the singular that the text writes alone inside a sentence
        after a preposition (or ``to``), or after ``the`` if it is not among the most frequent
        (title case: ``the Power to``), and never in lower case (the caller has asked):
        English capitalises a common noun there only as the name of one thing (``the
        Temple``, ``the Treasury``, ``from Settle``, ``appeared in Nature``, ``behind Labour``);
        an adjective so written names a people or a language (``the French``, ``in Latin``),
        unless the packages know it as a place and it ends its phrase after a verb or a
        preposition (``sailed to Mobile``, ``reached Reading in 1840``)."""
        lower = bare.lower()
        context = self.context(word)
        if context.bare_object and place_type(bare) and not nationality_of(bare):
            return True  # "reached Reading in 1840", "sailed to Mobile": a place so written
        if is_adjective(lower, "en") or known_tag(lower, "en") == ENGLISH_PLURAL:
            return False
        return context.placed_one > 0 or (
            context.the_one > 0 and zipf(lower, "en") < COMMON_EN_ZIPF
        )

    def written_together(self, first: str, second: str) -> bool:
        """Whether the text writes two capitalised words side by side (``Gustav Adolf``)."""
        return (first, second) in self._capital_pairs()

    def _capital_pairs(self) -> set[tuple[str, str]]:
        """Each capitalised word inside a sentence with the capitalised word it is joined
        to before it; known for the whole text at the first question."""
        if self._pairs is None:  # the second is capitalised inside a sentence: those only
            words = self._words
            self._pairs = {
                (words[index - 1].text, words[index].text)
                for index in self._inside_at
                if index
                and words[index].joined
                and words[index - 1].text[:1].isupper()
                and words[index - 1].text.lower() not in _ARTICLES  # "The Blitz ended"
            }
        return self._pairs

    def _heads_a_name(self, word: str) -> bool:
        """Whether the text writes ``word`` right before another capitalised word inside a
        sentence (``im Gouvernement Saratow``): a head noun there, before the name."""
        if self._pair_heads is None:  # a set once, not a scan of every pair per question
            self._pair_heads = {first for first, _ in self._capital_pairs()}
        return word in self._pair_heads

    def noble_pairs(self) -> Counter[tuple[str, str]]:
        """``noble_names.double_predicates`` of the text, counted at the first question."""
        if self._noble_pairs is None:
            self._noble_pairs = double_predicates(self._words)
        return self._noble_pairs

    def byname_count(self, given: str, noun: str) -> int:
        """How often the text writes a given name (a genitive ``s`` dropped) with an article
        and a capitalised noun of one stem (``Albrecht der Bär``, ``Albrecht dem Bären``,
        ``Heinrichs des Löwen``): a byname it repeats; one noun after an article is mostly
        the verb's object (``gab Peter den Brief``)."""
        return self._byname_table()[_given_key(given), _noun_stem(noun)]

    def nominative_byname(self, given: str, noun: str) -> str:
        """A given name with its byname in the nominative as the text writes it elsewhere
        (``Albrecht der Bär`` for ``Albrecht dem Bären``), or ``""``."""
        self._byname_table()
        return self._nominative_bynames.get((_given_key(given), _noun_stem(noun)), "")

    def _byname_table(self) -> Counter[tuple[str, str]]:
        """``byname_count``'s counts (and the nominatives), for the whole text at the first
        question."""
        if self._bynames is None:
            self._bynames = Counter()
            words, last = self._words, len(self._words) - 2
            for index in self.capitals:
                if index >= last or words[index + 1].text not in BYNAME_ARTICLES:
                    continue  # most capitalised words
                article, byname = words[index + 1], words[index + 2]
                if article.joined and byname.joined and byname.text[:1].isupper():
                    key = _given_key(words[index].text), _noun_stem(byname.text)
                    self._bynames[key] += 1
                    if article.text in NOMINATIVE_BYNAME_ARTICLES:
                        self._nominative_bynames[key] = f"{key[0]} {article.text} {byname.text}"
        return self._bynames

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
            return self.judged(word)
        known = self._initial.get(word)
        if known is None:  # each sentence start asks again
            if word in self.period_abbreviations:
                known = False
            elif seen_inside(self, word):
                known = self.judged(word)
            else:
                known = name_alone(self, word)
            self._initial[word] = known
        return known

    def judged(self, word: str) -> bool:
        """``_is_name_word``, once per distinct word."""
        known = self._cache.get(word)
        if known is None:
            abbreviated = word in self.period_abbreviations
            known = self._cache[word] = not abbreviated and self._is_name_word(word)
        return known

    def _is_name_word(self, word: str) -> bool:
        bare = _bare(word)
        if not bare[:1].isupper() or bare in self.months or is_title(bare):
            return False
        if is_abbreviation(bare):
            return bare not in self.common_abbreviations
        if self.language == "de" and _function_word(bare.lower()) and not _noun(bare):
            return self._after_gendered_article(word)  # "an der Oder", not "das Aber"
        if bare.lower() in CONNECTORS:
            return False
        if self.language == "en" and word != bare and self._given_before(bare):
            return True  # "John Snow ... Snow's map": the surname of a person named in full
        if self.language == "en" and bare.endswith(NAME_ADJECTIVE_ENDINGS):
            if not place_type(bare) and self._adjective_of_a_name(word, bare):
                return False  # "a Stygian pool", "Victorian houses": no name of its own
        if bare.lower() in self.lower:
            return self._named_landscape(word, bare)  # "the Fens" beside "the southern fens"
        if self.language == "de" and is_dynasty(bare):
            return True  # "die Staufer", "unter den Karolingern": Wiktionary's nouns
        if self.language == "de" and bare in EPOCHS:
            return self._undescribed(word)
        if self.language == "de" and _common_plural(bare):
            return False  # "die Klärwerke", "die Säle": a plural of an ordinary noun
        if self.language == "de" and _ordinary_genitive(bare) and self._after_des(word):
            return False  # "des Annexes", "des alten Speichers": an ordinary noun's genitive
        if self.language == "de" and plural_or_surname(bare) and not self._given_before(bare):
            return False  # "Schneider nähten": a trade's people, no "Hans Schneider" here
        if self.language == "de" and self._article_disagrees(word):
            return True  # "die Kormoran": no form of the masculine noun, so a ship's name
        if self.language == "de" and word in self._classified() and self._named_there(bare):
            return True  # "die Insel Alsen", "das Dorf Graben", "am Bahnhof Zoo"
        parts = [part for part in _HYPHEN.split(bare) if part] if _HYPHEN.search(bare) else []
        if len(parts) > 1:
            return hyphenated_is_name(self, word, parts)
        if self.language == "de" and positioned_land(bare) and self._undescribed(word):
            return True  # "in Oberschwaben"; not "ein neues Nordhessen": the other rules ask
        if self.language == "de" and castle_name(bare) and self._one_castle(word):
            return True  # "die Wartburg", "auf der Grotenburg"
        if self.language == "de" and _named_compound(bare):
            return True  # "den Viktoriasee", "die Suezkrise": an article proves nothing here
        if self.language == "de" and self.compound_of_name(bare):
            return not self.context(word).indefinite  # "das Lesumsperrwerk", not "ein ..."
        if self.language == "de" and _named_by_head(bare):
            return not self.context(word).described  # "das Grundgesetz", not "ein neues ..."
        if self.language == "de" and (state_institution(bare) or state_election(bare)):
            return not self.context(word).indefinite  # "der Landtag", not "ein Landtag"
        if self.language == "de" and _street_name(bare):
            return not self.context(word).indefinite  # "in der Feldstraße"
        if self.language == "de" and place_compound(bare) and self._located_alone(word, bare):
            return True  # "im Teufelsmoor", "am Mittellandkanal"
        if self.language == "en" and self.context(word).someone:  # counted in English only
            return True  # "by Ward, who returned it"
        if self.language == "en" and self._named_alone(bare):
            return self._one_body(word, bare)  # "through Parliament", "the Reformation"
        if self.language == "de" and named_through_noun_ending(bare) and self._after_a_name(word):
            return True  # "Krupp von Bohlen": a surname after its particle, a noun's form too
        score = name_evidence(bare, self.language)
        if score <= 0 and self.language == "en" and self._the_one(word, bare):
            return True  # "in the Temple", "on the Strand": never in lower case here
        if score + self._most_added(bare) <= 0:
            # most German nouns end here, before their contexts are counted
            if self.language != "de":
                return False
            return self._town_in_places_contexts(word, bare) or self._land_in_places_contexts(
                word, bare
            )
        context = self.context(word)
        if context.described and self.language == "de" and score > 0:
            if proper_noun_evidence(bare, "de") < 0:
                return False  # "die russische Luftwaffe": the noun, not the name
        occurrences = self.inside.get(word, 0) or 1  # get: a Counter's default costs a call
        counted = context.counted
        if 2 * counted >= occurrences:
            score -= COUNTED_WEIGHT
        share = (context.modified - self._article_genitives(word, bare)) / occurrences
        if language_is_german := self.language == "de":
            # names rarely take an article or an adjective; German nouns nearly always do,
            # and lands in -ien never ("Persien", not "die Realien")
            # a word the tagger reads as a proper noun, maybe besides a common one, counts
            # (evidence 0.5 or 2: "hoch über der Isar"); not one it reads as common only
            located = context.located and proper_noun_evidence(bare, "de") >= 0
            located = located and wiktionary_evidence(bare) == 0
            if translated_common_noun(bare) and not self._heads_a_name(word):
                located = False  # "an der Thermodynamik"; not "im Gouvernement Saratow"
            if located and _placed_name(bare) and _without_plural(bare):
                score += PLACE_CONTEXT_BONUS  # "an der Donau": no common noun to the lexicon
            elif share and (counted or context.indefinite or not self._excused(bare, context)):
                # the excuse only then, and never after "ein" ("an einer Embolie")
                score -= ARTICLE_WEIGHT * share  # "die Panthers" is a team, "die Picardie"
            if bare.endswith("ien") and context.articled:
                score -= ARTICLE_WEIGHT  # lands in -ien take no article ("die Realien")
        if language_is_german and share >= 1 and _town_and_noun(bare):
            # "in der Halle", "auf der Landstraße": towns take no article; a river does,
            # and has no plural ("über die Mosel")
            return bool(context.located) and score > 0 and _without_plural(bare)
        if language_is_german and _town_and_noun(bare) and self._contracted(word, context):
            return False  # "im Hof des Schlosses": nor a contraction with one
        if language_is_german and context.beside_noun >= occurrences:
            if not (place_type(bare) or is_first_name(bare)):
                return False  # "Wolle, Kupfer und Guano": listed with common nouns only
        if language_is_german and not share and occurrences >= 2:
            score += NAME_BONUS  # a bonus added here must be counted in _most_added
        if language_is_german and not share and context.placed:
            if _unknown(bare) and _placed_name(bare):
                score += PLACE_CONTEXT_BONUS  # "in Preußen": a word the lexicon does not know
        if language_is_german and (context.beside_place or context.classed):
            if _unknown(bare) and _placed_name(bare):
                score += PLACE_CONTEXT_BONUS  # "Barmen, Elberfeld und Vohwinkel"
        return score > 0

    def _contracted(self, word: str, context: _Context) -> bool:
        """Whether a German word inside a sentence follows an article or a preposition's
        contraction with it every time, the contraction at least once (``im Hof des
        Schlosses``, ``am Hof Kaiser Ottos``): where German puts no town."""
        words = self._words
        places = self.positions(word)
        contracted = sum(words[index - 1].text in ARTICLE_CONTRACTIONS for index in places)
        return contracted > 0 and contracted + context.modified >= len(places)

    def _adjective_of_a_name(self, word: str, bare: str) -> bool:
        """Whether every occurrence of an English word on an adjective's ending inside a
        sentence comes right before a common noun in lower case, which it describes (``a
        Herculean effort``, ``Orwellian state``), and, for a given name, after an article
        too (``the Christian faith``; ``Adrian said`` is a man)."""
        words, given = self._words, is_first_name(bare)
        seen = False
        for index in self.positions(word):
            after = words[index + 1] if index + 1 < len(words) else None
            if after is None or not after.joined:
                return False
            if known_tag(after.text, "en") not in ENGLISH_NOUN_TAGS:
                return False  # "from the Caribbean who", "Zhoukoudian near Peking"
            if given and words[index - 1].text.lower() not in ENGLISH_ARTICLES:
                return False
            seen = True
        return seen

    def _article_genitives(self, word: str, bare: str) -> int:
        """How often a German word with the ending of a Latin or Greek name, that neither
        lexicon knows and that is no compound's genitive (``des Altmühltals``), follows
        ``des`` inside a sentence: such a name takes the article for its genitive (``des
        Tiberius``), having no ending to take; 0 in English."""
        if self.language != "de" or not bare.endswith(FOREIGN_GENITIVE_ENDINGS):
            return 0
        if not _unknown(bare) or any(is_compound(bare[:-cut].lower()) for cut in (1, 2)):
            return 0
        words = self._words
        return sum(words[index - 1].text == "des" for index in self.positions(word))

    def _undescribed(self, word: str) -> bool:
        """Whether the text never writes ``word`` after an indefinite article or an
        adjective."""
        context = self.context(word)
        return not (context.indefinite or context.described)

    def _one_castle(self, word: str) -> bool:
        """A castle's name takes the definite article only: a sort of castle that the
        lexicons lack takes an indefinite one, an adjective or a possessive (``einer alten
        Wallburg``, ``ihre Stammburg``)."""
        if not self._undescribed(word):
            return False
        words = self._words
        return not any(
            words[index - 1].text.lower() in POSSESSIVES for index in self.positions(word)
        )

    def _classified(self) -> set[str]:
        """The capitalised German words inside a sentence right after a place's head noun in
        the singular, one the lexicon reads as a common noun, that a definite article or its
        contraction opens (``die Insel Alsen``,
        ``im Dorf Graben``, ``der Nordseeinsel Föhr``): the name of that one place, whatever
        else the word means. Known for the whole text at the first question."""
        if self._apposed is None:
            words = self._words
            self._apposed = {
                words[index].text
                for index in self._inside_at
                if index >= 2
                and words[index].joined
                and words[index - 1].joined
                and words[index - 2].text.lower() in _DEFINITE
                and compound_head_kind(words[index - 1].text) == "place"
                and not plural_head(words[index - 1].text)
                and proper_noun_evidence(words[index - 1].text, "de") < 0  # "Hallberg"
            }
        return self._apposed

    @staticmethod
    def _named_there(bare: str) -> bool:
        """Whether a word after such a head can be the place's name: no head noun itself
        (``die Stadt Verwaltung`` is no German), no plural of a common noun (``im Hafen
        Schiffe beladen``) and no very frequent common noun (``in der Stadt Arbeit
        finden``)."""
        if head_kind(bare) or _plural_of_common_noun(bare.lower()):
            return False
        if name_evidence(bare, "de") <= ABSTRACT_EVIDENCE:
            return False  # "dem Gebiet Erkundungen": an abstract noun, the verb's object
        return zipf(bare.lower(), "de") < COMMON_NOUN_ZIPF or proper_noun_evidence(bare, "de") >= 0

    def _given_before(self, word: str) -> bool:
        """Whether the text writes a given name or a name's particle right before ``word``
        inside a sentence (``Hans Schneider``, ``Wernher von Braun``): a surname there."""
        if self._surnamed is None:  # known for every word at the first question, in one pass
            words = self._words
            self._surnamed = {
                words[index].text
                for index in self._inside_at
                if words[index].joined
                and (
                    words[index - 1].text in SURNAME_PARTICLES
                    or is_first_name(words[index - 1].text)
                )
            }
        return word in self._surnamed

    def _after_a_name(self, word: str) -> bool:
        """Whether the text writes ``word`` right after a given name, or after a surname's
        particle that follows a capitalised word (``Hans Mühle``, ``Krupp von Bohlen``; not
        ``war von Mooren umgeben``): a surname there, whatever noun it is a form of too."""
        words = self._words
        for index in self.positions(word):
            if not words[index].joined:
                continue
            before = words[index - 1].text
            if is_first_name(before):
                return True
            if before in SURNAME_PARTICLES and index >= 2 and words[index - 1].joined:
                if words[index - 2].text[:1].isupper():
                    return True
        return False

    def _article_disagrees(self, word: str) -> bool:
        """Whether every occurrence of a German word inside a sentence follows ``die``,
        while Wiktionary knows the word only as a masculine or neuter ordinary noun in the
        singular (``die Kormoran``, ``die Bismarck`` beside ``der Kormoran``): the article
        fits no form of that noun, so the word names something feminine, mostly a ship."""
        if self._after_die is None:
            self._after_die = self._always_after(lambda before: before.lower() == FEMININE_ARTICLE)
        return self._after_die.get(word, False) and masculine_or_neuter_noun(word)

    def _after_gendered_article(self, word: str) -> bool:
        """Whether every occurrence of a capitalised German function word inside a sentence
        follows a masculine or feminine definite article (``an der Oder``, ``über die
        Oder``): a conjunction or an adverb takes none, and made into a noun it is neuter
        (``das Aber``, ``im Voraus``), so there it is a name."""
        if self._gendered is None:
            self._gendered = self._always_after(GENDERED_ARTICLES.__contains__)
        return self._gendered.get(word, False)

    def _always_after(self, accepts: Callable[[str], bool]) -> dict[str, bool]:
        """For each word inside a sentence, whether every occurrence of it is joined to a
        word before it that ``accepts`` takes: known for every word at the first question,
        in one pass."""
        words, table = self._words, dict[str, bool]()
        for index in self._inside_at:
            text = words[index].text
            follows = words[index].joined and accepts(words[index - 1].text)
            table[text] = table.get(text, True) and follows
        return table

    def _located_alone(self, word: str, bare: str) -> bool:
        """A word the text puts where German puts a lake, a moor or a district, after a
        preposition of place and the definite article (``am Untersee``, ``im Teufelsmoor``),
        and never after an indefinite article, an adjective or a number, which would make it
        one of many (``in einem Schlosspark``, ``im alten Kopfbahnhof``); the lexicon knows
        no common noun in it (``am Hauptbahnhof``)."""
        context = self.context(word)
        if not context.located or context.indefinite or context.described or context.counted:
            return False
        return proper_noun_evidence(bare, "de") >= 0

    @staticmethod
    def _excused(bare: str, context: _Context) -> bool:
        """Whether a German word may take an article and still be a name: ``_article_excused``,
        or a word of foreign shape (``evidence.foreign_shape``: ``der Orinoco``) that no
        lower-case adjective describes (``einen hohen Viadukt``)."""
        if _article_excused(bare):
            return True
        return not context.described and foreign_shape(bare)

    def _town_in_places_contexts(self, word: str, bare: str) -> bool:
        """A city the lexicon reads as a common word (``Erlangen``, ``Bergen``, ``Lehrte``)
        that the text never writes after an article, an adjective or a number, and sets in
        places' contexts ``TOWN_CONTEXTS`` times: after a preposition of place (``bei
        Erlangen``), later in a list of things of one sort, or beside a place in a list
        (twice the weight: ``mit Nowgorod, Bergen und Brügge``). The noun takes an article
        (``das Erlangen der Macht``), the verb no capital."""
        if place_type(bare) != "city" or proper_noun_evidence(bare, "de") >= 0:
            return False
        context = self.context(word)
        if context.modified or context.counted:
            return False
        return context.placed + context.classed + 2 * context.beside_place >= TOWN_CONTEXTS

    def _land_in_places_contexts(self, word: str, bare: str) -> bool:
        """A land the German Wiktionary lists under this form, where the form is otherwise
        only one of another noun (``Alpen``, ``Schwaben``: plurals of ``Alp``, ``Schwabe``),
        that the text never writes after an article, an adjective or a number but after a
        word of direction and its article (``nördlich der Alpen``, ``jenseits der
        Vogesen``). A bare preposition or a list is no evidence: German sets the indefinite
        plurals of ordinary nouns so too (``in Wiesen und Wäldern``, ``bei Wahlen``)."""
        if wiktionary_evidence(bare) != NAME_OR_FORM:
            return False
        context = self.context(word)
        if context.counted or not self._undescribed(word):
            return False
        directed = self._after_direction(word)
        return directed > 0 and context.modified <= context.located + directed

    def _after_des(self, word: str) -> bool:
        """Whether every occurrence of a German word inside a sentence follows ``des`` or
        ``eines``, maybe with adjectives in lower case between (``des leeren städtischen
        Speichers``): the genitive the article shows (``die Panthers`` is a team)."""
        words, seen = self._words, False
        for index in self.positions(word):
            before = index - 1
            while before > 0 and words[before].text.endswith("en") and words[before].joined:
                before -= 1  # "des alten Speichers": an adjective's weak ending
            if before < 0 or words[before].text.lower() not in GENITIVE_SINGULAR_ARTICLES:
                return False
            seen = True
        return seen

    def _after_direction(self, word: str) -> int:
        """How often a German word follows an article after a word of direction (``nördlich
        der Alpen``, ``jenseits des Rheins``): a place's context."""
        words = self._words
        return sum(
            index >= 2
            and words[index - 1].text in _GENITIVE_ARTICLES
            and words[index - 2].text.lower() in DIRECTIONS
            for index in self.positions(word)
        )

    def _most_added(self, bare: str) -> float:
        """The most that the text's own evidence adds to a word's score in ``_is_name_word``:
        in German the name bonus, and for a word the lexicon does not know three place
        bonuses (after an article and a preposition, after a bare preposition, beside a
        place); in English nothing (its contexts only lower the score)."""
        if self.language != "de":
            return 0.0
        if proper_noun_evidence(bare, "de") != 0 or wiktionary_evidence(bare) != 0:
            return NAME_BONUS
        if common_noun_only(bare):
            return NAME_BONUS + PLACE_CONTEXT_BONUS  # after an article and a preposition only
        return NAME_BONUS + 3 * PLACE_CONTEXT_BONUS

    def compound_of_name(self, word: str) -> str:
        """``compounds.name_compound_kind`` (the kind a German compound of a name and a head
        noun gets, ``Lesumsperrwerk``: place), once per distinct word."""
        known = self._named_after.get(word)
        if known is None:
            known = self._named_after[word] = name_compound_kind(self, word)
        return known

    def given_name_before_surname(self, first: _Token, following: _Token) -> bool:
        """A given name that is also a common word, before a name word: the person's full
        name (``Ernst Reuter``, ``Mark Twain``), not the surname alone."""
        lower = first.text.lower()
        return (
            following.joined
            and is_listed_first_name(first.text)
            and lower not in self.lower
            and not (self.language == "de" and _function_word(lower))  # "Von Kiel aus"
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

    def particle(self, word: str) -> bool:
        """A short lower-case word that is rare in the document's language (``arap``)."""
        return (
            word.isalpha()
            and word.islower()
            and len(word) <= MAX_PARTICLE
            and (zipf(word, self.language) < COMMON_ZIPF - 1)
        )

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
        if not known and self.language == "de":
            known = self.alone[bare] >= MIN_SURNAME_USES and self.used_as_name(bare)
            known = known and zipf(bare.lower(), "de") < COMMON_NOUN_ZIPF
            # "Rudolf Diesel ... Diesel rechnete": a noun would take an article somewhere;
            # a very common one may stand without ("gab Peter Geld, und Geld war knapp")
        return known and not head_kind(bare)

    def after_title(self, word: str) -> bool:
        """A capitalised word right after a title, that is no title or month itself."""
        bare = _bare(word)
        return bare[:1].isupper() and bare not in self.months and not is_title(bare)

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
        if _counts(word):
            return False  # "Tausende Matrosen", "Hunderte Soldaten": a number of a noun
        if is_adjective(word, self.language):
            return True
        if self.language != "de" or position + 1 >= len(words):
            return False
        if _UNINFLECTED_ADJECTIVE.fullmatch(word) and words[position + 1].joined:
            after = words[position + 1].text  # "Königlich Preußischen", "Schwäbisch Hall":
            if _adjective_form(after):  # a name's style; but "auf Französisch Genève"
                return True
            return self.name_word(after, False) and word not in language_names()
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
