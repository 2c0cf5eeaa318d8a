"""A discovered German name as a headword: in the nominative, as a dictionary lists it.

A text may name a thing only in another case (``bei der Deutschen Bahn``, ``des
Dreißigjährigen Krieges``); the entry is then headed by the nominative as a dictionary lists
it, without an article (``Deutsche Bahn``, ``Dreißigjähriger Krieg``, ``Deutsches Reich``):
adjectives in the weak ``-en`` or ``-e`` take the strong ending of their noun's gender
(``-er`` masculine, ``-es`` neuter, ``-e`` feminine and plural; ``-e`` too where the
gender is not known), and a last noun in the genitive loses its ``s`` or ``es`` when the
lexicon gives that as its lemma; a head noun in the genitive before the name it heads loses
it when that leaves a head (``des Landkreises Kitzingen``: ``Landkreis Kitzingen``). The
form the text writes stays a name of the entry.
"""

from __future__ import annotations

import re

from glossary.name_words import compound_head_kind
from glossary.noun_lexicon import NounEntry, noun_lexicon
from glossary.tagger import is_adjective, known_lemma

_DERIVED = re.compile(r"[A-ZÄÖÜ]\w{2,}(?:sch|jährig|lich|ig)en")
"""Adjectives the lexicon may not know, by their derivational ending (``Dreißigjährigen``,
``Städelschen``); a noun the noun lexicon lists is none (``Menschen``)."""
_GENITIVES = ("es", "s")


MASCULINE_HEADS = frozenset(
    """Krieg Bund Rat Senat Verband Verein Orden Kongress Vertrag Pakt Frieden Aufstand Putsch
    Gipfel Rundfunk Konzern Zirkus Dom Tempel Palast Turm Hafen Platz Berg Kanal Fluss Strom
    Wald Kreis Bezirk Golf Pass Damm Wall Friedhof Bahnhof Flughafen Garten Markt Gerichtshof
    Generalstab Tag Staat Ozean Sund Ring Kanton Zoo Sender Dienst Weg Park Hof Bau Kampf
    Feldzug Zug Plan Gau Fonds Konvent Ausschuss Tunnel Graben""".split()
)
"""German head nouns of names that are masculine (``Erster Weltkrieg``, ``Deutscher Bund``):
a closed class of the nouns names are made on, as ``name_words.HEADS``."""

NEUTER_HEADS = frozenset(
    """Reich Amt Werk Haus Museum Institut Gericht Buch Land Theater Parlament Kreuz Konzil
    Abkommen Bündnis Komitee Büro Zentrum Forum Kommando Korps Regiment Archiv Ministerium
    Heer Kloster Schloss Stift Bistum Fürstentum Herzogtum Edikt Interim Fest Spiel Turnier
    Rennen Meer Gebirge Tal Moor Kap Fort Stadion Dorf Gymnasium Lyzeum Orchester Kartell
    Konsortium Syndikat Festival Programm Projekt Ereignis Urteil Unglück Attentat Massaker
    Pogrom Gebiet Territorium Kabinett Konsulat Direktorium Tribunal Observatorium Hospital
    Krankenhaus Spital Klinikum Kino Denkmal Becken Tor""".split()
)
"""German head nouns of names that are neuter (``Deutsches Reich``, ``Rotes Kreuz``,
``Schwarzes Meer``)."""

MIN_MODIFIER = 3
"""Letters before a head that make a compound on it (``Weltkrieg``; ``Motor`` is no ``Tor``)."""


def nominative(name: str) -> str:
    """``name`` with its adjectives, its genitive head and a man's epithet in the nominative,
    or ``name`` itself when it has no such word (or is not German)."""
    words = name.split(" ")
    if len(words) > 2 and words[-2] in _EPITHET_ARTICLES and _weak_adjective(words[-1]):
        return " ".join([*words[:-2], "der", words[-1][:-1]])  # "August dem Starken"
    if len(words) == 2 and words[1][:1].isupper() and _nominative_head(words[0]) != words[0]:
        return " ".join([_nominative_head(words[0]), words[1]])
    if len(words) < 2 or not _adjective(words[0]):
        return name
    noun = _nominative_noun(words[-1])
    ending = _strong_ending(noun) if all(map(_adjective, words[:-1])) else "e"
    changed = [_weak_form(word)[:-2] + ending if _adjective(word) else word for word in words[:-1]]
    return " ".join([*changed, noun])


_EPITHET_ARTICLES = frozenset(("dem", "den", "des"))
"""The articles of a man's epithet in the dative, accusative and genitive (``Lucas Cranach
dem Älteren``, ``Friedrich den Großen``, ``Ludwigs des Frommen``); the nominative is ``der``
and the weak ``-e`` (``Lucas Cranach der Ältere``). A woman's ``der`` could be either case."""


def _weak_form(word: str) -> str:
    """A capitalised adjective in the weak ``-e`` as its weak ``-en`` (``Erste``)."""
    return word + "n" if word.endswith("e") else word


def _adjective(word: str) -> bool:
    """An adjective in either weak form (a name's words before its noun)."""
    return _weak_adjective(_weak_form(word))


def _strong_ending(noun: str) -> str:
    """The strong nominative ending an adjective takes before ``noun`` (singular, in the
    nominative): ``er`` on a masculine head, ``es`` on a neuter one, else ``e`` (feminine,
    plural or not known)."""
    gender = _lexicon_gender(noun)
    if gender:
        return _GENDER_ENDINGS[gender]
    lemma = known_lemma(noun, "de")
    if lemma is not None and lemma != noun:
        return "e"  # a plural ("Napoleonische Kriege") or another case
    for heads, ending in ((NEUTER_HEADS, "es"), (MASCULINE_HEADS, "er")):
        if any(_compound_on(noun, head) for head in heads):
            return ending
    return "e"


_GENDER_ENDINGS = {"m": "er", "n": "es", "f": "e", "p": "e"}
"""The strong nominative ending before a head of each gender, ``p`` for a plural."""


MIN_TAIL = 3
"""Letters of the last part of a compound that the lexicon is asked for (``Bergamt``: ``Amt``)."""


def _ordinary_entries(noun: str) -> tuple[str, tuple[NounEntry, ...]]:
    """The lexicon's ordinary nouns that ``noun`` is a form of, or those of the longest last
    part of it that the lexicon knows (a compound takes its last part's gender:
    ``Oberbergamt`` is neuter as ``Amt``), with the word or part they were found for."""
    lexicon = noun_lexicon()
    for start in (0, *range(MIN_MODIFIER, len(noun) - MIN_TAIL + 1)):
        part = noun if start == 0 else noun[start].upper() + noun[start + 1 :]
        known = lexicon.entries(part)
        if known:  # a name the lexicon knows ("Tauern") has no ordinary noun's gender
            return part, tuple(entry for entry in known if entry.is_ordinary)
    return noun, ()


def _lexicon_gender(noun: str) -> str:
    """``m``, ``n`` or ``f`` of a head noun in the nominative singular, ``p`` of one in
    another form (a plural: ``Napoleonische Kriege``), from the German noun lexicon; ``""``
    when it does not know the noun or its genders disagree."""
    part, entries = _ordinary_entries(noun)
    lemmas = [entry for entry in entries if entry.lemma == part and not entry.is_plural]
    if entries and not lemmas:
        return "p"
    genders = {entry.genders for entry in lemmas}
    return genders.pop() if len(genders) == 1 and len(next(iter(genders))) == 1 else ""


def _compound_on(noun: str, head: str) -> bool:
    """``noun`` is ``head`` or a compound on it (``Weltkrieg`` on ``Krieg``)."""
    if noun == head:
        return True
    return len(noun) - len(head) >= MIN_MODIFIER and noun.endswith(head.lower())


def _weak_adjective(word: str) -> bool:
    """A capitalised German adjective in the weak ``-en`` (``Deutschen``, ``Obersten``); not
    one whose stem ends so (``Golden``, lemma ``golden``)."""
    lower = word.lower()
    if not word[:1].isupper() or not lower.endswith("en"):
        return False
    if _DERIVED.fullmatch(word) and all(e.is_adjectival for e in noun_lexicon().entries(word)):
        return True  # no noun, or one declined as an adjective ("Dreißigjährigen")
    return is_adjective(lower, "de") and known_lemma(lower, "de") != lower


def _nominative_noun(word: str) -> str:
    """A German noun in the genitive singular as its lemma (``Krieges`` → ``Krieg``,
    ``Eismeers`` → ``Eismeer``)."""
    lemmas = {known_lemma(word, "de"), *(entry.lemma for entry in _ordinary_entries(word)[1])}
    for ending in _GENITIVES:
        stem = word[: -len(ending)]
        if word.endswith(ending) and (stem in lemmas or _part_lemma(word, stem, lemmas)):
            return stem
    return word


def _part_lemma(word: str, stem: str, lemmas: set[str | None]) -> bool:
    """Whether ``stem`` ends in a lemma the lexicon gave for the last part of ``word``
    (``Oberbergamts``: ``Amt``)."""
    return any(lemma and lemma != word and stem.lower().endswith(lemma.lower()) for lemma in lemmas)


def _nominative_head(word: str) -> str:
    """A German head noun in the genitive singular as its nominative, when only that form
    is a head (``Landkreises`` → ``Landkreis``, ``Amtes`` → ``Amt``), or ``word``."""
    for ending in _GENITIVES:
        stem = word.removesuffix(ending)
        if stem != word and compound_head_kind(stem) and not compound_head_kind(word):
            return stem
    return word
