"""English translations of German nouns and adjectives from Wiktionary: where an English and a
German passage say the same thing in their own words ("crew" / "Besatzung", "cave" / "Höhle",
"dangerous" / "gefährlich").

Between two languages, words otherwise meet only as cognates (:mod:`glossary.cognates`):
"Pandemie" / "pandemic", but not "Schiff" / "ship" or "Taucher" / "diver". The German Wiktionary
gives English translations for most of its nouns and adjectives; those of its 1 July 2018 dump,
as extracted by Károly Varasdi's de-wiktionary-parser (CC BY-SA 3.0, like Wiktionary; licence
beside the file), ship in ``glossary/data/wiktionary-de-en.tsv``, trimmed by
``benchmarks/trim_translations.py`` to single-word translations of single words and written as a
sorted index of word keys both ways (:mod:`glossary.key_index`): nothing is fetched at run time.

An English translation of two or three content words ("supply chain" for "Lieferkette", "rainy
season" for "Regenzeit", "mobile phone" for "Handy") is keyed by its words' lemma keys joined
with ``_``, and an English passage holds it when it writes those words one after another (stop
words between them aside): :func:`phrases`.

A word with many translations has many senses ("Schiff": ship, boat, nave, aisle), so what a
translation tells falls with their number.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence
from functools import lru_cache
from pathlib import Path

from glossary.key_index import SortedIndex, index_text

__all__ = [
    "PHRASE_SIZES",
    "action_nouns",
    "Translations",
    "index_lines",
    "phrase_key",
    "phrase_words",
    "phrases",
    "translations",
]

DATA = Path(__file__).resolve().parent / "data" / "wiktionary-de-en.tsv"

SPECIFIC_COUNT = 2
"""A word with up to this many translations meets them with full weight."""


PHRASE_SIZES = (2, 3)
"""How many content words an English translation of several words has."""

_JOIN = "_"
"""Joins the words of a phrase key: no word key holds it (words are letters and hyphens)."""


def phrase_key(keys: Sequence[str]) -> str:
    """The key of an English phrase by the lemma keys of its content words."""
    return _JOIN.join(keys)


def phrase_words(key: str) -> list[str]:
    """The word keys of a phrase key (a single word's key alone)."""
    return key.split(_JOIN)


def phrases(terms: Iterable[str]) -> dict[str, tuple[str, ...]]:
    """The phrase keys of the runs of :data:`PHRASE_SIZES` consecutive terms (in the order a
    passage first writes them), with their words."""
    ordered = list(terms)
    found: dict[str, tuple[str, ...]] = {}
    for size in PHRASE_SIZES:
        for start in range(len(ordered) - size + 1):
            run = tuple(ordered[start : start + size])
            found.setdefault(phrase_key(run), run)
    return found


def index_lines(pairs: Iterable[tuple[str, str]]) -> list[str]:
    """The index of ``(german key, english key)`` pairs: ``de:key<TAB>english …`` and
    ``en:key<TAB>german …`` lines, sorted."""
    found: dict[str, set[str]] = {}
    for german, english in pairs:
        found.setdefault(f"de:{german}", set()).add(english)
        found.setdefault(f"en:{english}", set()).add(german)
    return index_text((key, " ".join(sorted(words))) for key, words in found.items())


class Translations:
    """German–English translations by word key, looked up in a sorted index."""

    def __init__(self, lines: list[str]) -> None:
        self._index = SortedIndex(lines)
        self._found: dict[str, tuple[str, ...]] = {}

    @classmethod
    def from_pairs(cls, pairs: Iterable[tuple[str, str]]) -> Translations:
        return cls(index_lines(pairs))

    def of(self, key: str, language: str) -> tuple[str, ...]:
        """The keys of the translations of a word key of ``language`` ("de" or "en").

        A German adjective used as a noun has its entry in the masculine ("Beamter",
        "Betroffener"); the lemmatiser gives some of its forms as "beamte", "betroffene"."""
        name = f"{language}:{key}"
        if name not in self._found:
            value = self._index.get(f"{language}:{self.entry(key, language)}")
            self._found[name] = tuple(value.split()) if value else ()
        return self._found[name]

    def entry(self, key: str, language: str) -> str:
        """The key a word's entry is under: a German adjective used as a noun in the masculine
        ("überlebende" → "überlebender"), where it has no entry of its own; else the key.
        English translations name the masculine, so a German passage must be found under it."""
        if language == "de" and key.endswith("e") and self._index.get(f"de:{key}") is None:
            if self._index.get(f"de:{key}r") is not None:
                return f"{key}r"
        return key

    def closeness(self, german: str, english: str) -> float:
        """How surely a German and an English word key name one thing: 0 when neither is a
        translation of the other, less than 1 when either has many senses."""
        ours, theirs = self.of(german, "de"), self.of(english, "en")
        if english not in ours:
            return 0.0
        return min(1.0, math.sqrt(SPECIFIC_COUNT / max(len(ours), len(theirs))))


@lru_cache(maxsize=65536)
def action_nouns(verb: str, language: str) -> tuple[str, ...]:
    """The nouns that name the action of a verb by a regular ending, as keys: German
    "bohren" → "bohrung", "ermitteln" → "ermittlung"; English "drill" → "drilling", "decide" →
    "decision", "evacuate" → "evacuation", "survive" → "survival", "inspect" → "inspection",
    "emit" → "emission".

    The lexicon has nouns and adjectives only; a verb meets its translation through the two
    action nouns the lexicon pairs ("entschied" / "decided": Entscheidung / decision). Not
    every form is a word: the caller keeps those the lexicon knows."""
    if "_" in verb or len(verb) < 4:
        return ()
    if language == "de":
        if verb.endswith(("eln", "ern")):
            return (verb[:-3] + verb[-2] + "ung",)
        if not verb.endswith("en"):
            return ()
        stem = verb[:-2]
        if verb.endswith("ieren"):
            return (stem + "ung", *_latinate_nouns(verb[:-5]))
        nouns = (stem + "ung", *_ablaut_nouns(stem), *_plain_nouns(stem))
        if verb.startswith("zurück"):  # zurückkehren → Rückkehr, zurückgeben → Rückgabe
            nouns += tuple(noun[2:] for noun in nouns)
        return nouns
    stem = verb[:-1] if verb.endswith("e") and not verb.endswith("ee") else verb
    found = [stem + "ing", verb + "ment", *_suffixed(stem)]
    if verb.endswith("ate"):
        found.append(verb[:-1] + "ion")
    elif verb.endswith("de"):
        found.append(verb[:-2] + "sion")
    elif verb.endswith(("ct", "ss", "pt")):
        found.append(verb + "ion")
    elif verb.endswith("mit"):  # emit → emission, admit → admission, permit → permission
        found.append(verb[:-1] + "ssion")
    elif verb.endswith(("rm", "rt")):
        found.append(verb + "ation")
    return tuple(found)


_ROOT = re.compile(r"(.*?)(äu|au|eu|ie|ei|[aeiouäöü])([^aeiouäöüy]+)")
"""A German verb stem's last syllable: what comes before its vowel, the vowel, what follows."""

_ABLAUT: dict[str, tuple[str, ...]] = {
    "e": ("u",),
    "ie": ("u",),
    "ei": ("i", "ie"),
    "i": ("u",),
    "ä": ("a",),
    "ö": ("o",),
    "ü": ("u",),
    "äu": ("au",),
}
"""The vowels a verb's action noun without ending takes for the vowel of its stem: a strong
verb's by the series that name the action (brechen → Bruch, werfen → Wurf, fliegen → Flug,
fließen → Fluss, greifen → Griff, steigen → Stieg, springen → Sprung, finden → Fund; i → a and
e → i give other words as often: Satz, Schwamm, still), and a verb made from a noun with
umlaut its noun's plain vowel (stürzen → Sturz, kämpfen → Kampf, träumen → Traum)."""

_DOUBLED = {"f": "ff", "d": "tt", "t": "tt"}
"""A stem's last consonant after the short i that ei becomes: greifen → Griff, schneiden →
Schnitt, reiten → Ritt."""


_ENGLISH_SUFFIXES = ("ance", "ence", "al", "ure")
"""Endings of English action nouns beside -ing, -ment and -ion, on the stem without its final
e: accept → acceptance, exist → existence, arrive → arrival, refuse → refusal, fail → failure,
close → closure; a final y turns to i (deny → denial, rely → reliance). A stem ending in r
also takes -y (recover → recovery, discover → discovery, inquire → inquiry); after other
letters -y makes adjectives and other nouns ("risky", "party")."""


def _suffixed(stem: str) -> tuple[str, ...]:
    """An English verb's action nouns by the endings of ``_ENGLISH_SUFFIXES`` (not every one is
    a word: the caller keeps those the lexicon knows)."""
    if stem.endswith("y"):
        stem = stem[:-1] + "i"
    endings = (*_ENGLISH_SUFFIXES, "y") if stem.endswith("r") else _ENGLISH_SUFFIXES
    return tuple(stem + ending for ending in endings if not stem.endswith(ending))


def _plain_nouns(stem: str) -> tuple[str, ...]:
    """The nouns a German verb forms from its stem without another vowel: with no ending
    (kaufen → Kauf, versuchen → Versuch, beginnen → Beginn, bauen → Bau) or with -e (fragen
    → Frage, suchen → Suche, folgen → Folge), and an e-stem's with a and -e (annehmen →
    Annahme, abgeben → Abgabe); asked after the regular and the ablaut nouns."""
    found = [stem, stem + "e"]
    root = _ROOT.fullmatch(stem)
    if root is not None and root.group(2) == "e":
        head, _, tail = root.groups()
        found.append(head + "a" + tail + "e")
    return tuple(found)


def _latinate_nouns(base: str) -> tuple[str, ...]:
    """The action nouns of a German verb in -ieren besides its -ierung, by the Latin endings
    the nouns took ("explod" → Explosion, "reag" → Reaktion, "produz" → Produktion, "install"
    → Installation) or by -e ("kontroll" → Kontrolle): "Explosion" translates as
    "explosion", which "explodierte" never met. The stem alone is no noun often enough
    ("passieren" is no "Pass")."""
    found = [base + "ation", base + "e"]
    if base.endswith("d"):
        found.append(base[:-1] + "sion")
    elif base.endswith(("g", "z")):
        found.append(base[:-1] + "ktion")
    return tuple(found)


def _ablaut_nouns(stem: str) -> tuple[str, ...]:
    """The action nouns a verb forms with another vowel and no ending, as keys ("ausbrech" →
    "ausbruch", "schliess" → "schluss", "greif" → "griff", "stürz" → "sturz"); the caller
    keeps the ones the lexicon knows, after the regular one (Räumung before Raum)."""
    root = _ROOT.fullmatch(stem)
    if root is None:
        return ()
    head, vowel, tail = root.groups()
    found = []
    for other in _ABLAUT.get(vowel, ()):
        coda = _DOUBLED.get(tail, tail) if vowel == "ei" and other == "i" else tail
        found.append(head + other + coda)
    return tuple(found)


@lru_cache(maxsize=1)
def translations() -> Translations:
    """The shipped translations, read once per process."""
    return Translations(DATA.read_text(encoding="utf-8").splitlines())
