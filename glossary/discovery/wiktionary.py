"""What the German Wiktionary's nouns (``glossary.noun_lexicon``) say of a capitalised word
HanTa has never seen: a name, an ordinary noun, or either.

HanTa's lexicon is small: most German compounds and one-word places are unknown to it
("Eifel", "Bodensee", "Klärwerke"), and discovery then has only frequencies and the text's
contexts to go by. Wiktionary lists 100,000 nouns, 5,900 toponyms among them. It is asked
only where HanTa is silent, on ``proper_noun_evidence``'s scale, so that the rules written
for HanTa's answers keep their meaning.
"""

from __future__ import annotations

from functools import lru_cache

from glossary.frequencies import zipf
from glossary.name_words import head_kind
from glossary.noun_lexicon import ORDINARY, SURNAME, noun_lexicon
from glossary.tagger import known_tag
from glossary.translations import translations


@lru_cache(maxsize=1 << 14)
def wiktionary_evidence(word: str) -> float:
    """2 for a name only (``Eifel``, ``Bodensee``; a name's genitive, ``Preußens``), 0.5 for a
    name that is otherwise only a form of another noun (``Alpen``, plural of ``Alp``), -2 for
    the plural of an ordinary noun (``Säle``, ``Klärwerke``), 0 for an unknown word, for a
    name that is the same ordinary noun too (``Hof``, ``Pfalz``) and for an ordinary noun in
    the singular: Wiktionary lists many one-of-a-kind things as nouns (``Oktoberfest``,
    ``Gestapo``, ``Orient``), and a surname may be one (``Klee``); ``common_noun_only`` tells
    those apart."""
    lexicon = noun_lexicon()
    entries = lexicon.entries(word)
    if not entries and word.endswith("s"):
        entries = tuple(entry for entry in lexicon.entries(word[:-1]) if entry.is_name)
    names = [entry for entry in entries if entry.is_name]
    common = [entry for entry in entries if not (entry.is_name or entry.is_abbreviation)]
    if not names:
        plural = any("p" in entry.number and entry.lemma != word for entry in common)
        return -2.0 if plural else 0.0
    if not common:
        return 2.0
    return NAME_OR_FORM if all(entry.lemma != word for entry in common) else 0.0


NAME_OR_FORM = 0.5
"""``wiktionary_evidence`` of a name that is otherwise only a form of another noun (``Alpen``,
``Schwaben``: plurals of ``Alp``, ``Schwabe``)."""


@lru_cache(maxsize=1 << 14)
def common_noun_only(word: str) -> bool:
    """Whether the German Wiktionary knows ``word`` as written, and only as an ordinary noun
    (``Bronze``, ``Oktoberfest``)."""
    entries = noun_lexicon().entries(word)
    return bool(entries) and not any(entry.is_name or entry.is_abbreviation for entry in entries)


ENGLISH_NOUN_TAGS = frozenset(("NN1", "NN2"))
"""The English model's tags of a common noun, singular and plural (CLAWS)."""

TRANSLATION_ZIPF = 3.0
"""An English translation this frequent, other than the German word itself, is a word of the
language even where the English model lacks it (``thermodynamics``); a name's translation is
mostly the name, or rare (``moselle``: 2.3)."""


@lru_cache(maxsize=1 << 14)
def translated_common_noun(word: str) -> bool:
    """Whether the German Wiktionary knows ``word`` only as an ordinary noun and translates it
    with a word English knows as a common noun (``Uran``: uranium, ``Bark``: barque or bark):
    a thing of a sort, whatever town somewhere bears the name. A river or a range it lists as
    a noun keeps its name in English (``Mosel``: Moselle) or has no translation
    (``Taunus``). Also where the English model lacks the word but English writes it often
    (``Thermodynamik``: thermodynamics)."""
    if not common_noun_only(word):
        return False
    lower = word.lower()
    english = translations().of(lower, "de")
    return any(
        known_tag(noun, "en") in ENGLISH_NOUN_TAGS
        or (noun != lower and zipf(noun, "en") >= TRANSLATION_ZIPF)  # "thermodynamics"
        for noun in english
    )


def genitive_only(word: str) -> bool:
    """Whether ``word`` is, to Wiktionary, only the genitive singular of ordinary nouns
    (``Panthers``, ``Speichers``): after ``des`` a noun, which the article shows; after
    ``die`` an English plural (``die Panthers``), a team's name."""
    entries = noun_lexicon().entries(word)
    return bool(entries) and all(
        entry.number == "s" and word in (entry.lemma + "s", entry.lemma + "es") for entry in entries
    )


def masculine_or_neuter_noun(word: str) -> bool:
    """Whether Wiktionary knows ``word`` only as the lemma of masculine or neuter ordinary
    nouns, in the singular (``Kormoran``, ``Schiff``): no form of them takes ``die``. Not an
    inflected form, whose plural it may lack (``Streifendienste``: the old dative to it)."""
    entries = noun_lexicon().entries(word)
    return bool(entries) and all(
        entry.tags == ORDINARY
        and entry.number == "s"
        and entry.lemma == word
        and entry.genders
        and "f" not in entry.genders
        for entry in entries
    )


def plural_or_surname(word: str) -> bool:
    """Whether Wiktionary knows ``word`` as a plural of an ordinary noun and, as a name, only
    as a surname (``Schneider``, ``Fischer``, ``Bauern``): alone, the plural's people."""
    entries = noun_lexicon().entries(word)
    names = [entry for entry in entries if entry.is_name]
    if not names or any(entry.tags != SURNAME for entry in names):
        return False
    return any(not entry.is_name and "p" in entry.number for entry in entries)


def plural_head_kind(word: str) -> str:
    """The kind of the head noun whose plural Wiktionary knows ``word`` as, and as nothing
    else (``Dörfer``, ``Dörfern``: Dorf, a place; ``Täler``), or ``""``: a plural the umlaut
    test of ``lexicon._umlaut_plural_head`` misses (``-er``, ``-ern``). ``Bürger`` is no
    plural of ``Burg`` to it."""
    entries = noun_lexicon().entries(word)
    kinds = {
        head_kind(entry.lemma) if entry.number == "p" and entry.lemma != word else ""
        for entry in entries
    }
    return kinds.pop() if len(kinds) == 1 else ""
