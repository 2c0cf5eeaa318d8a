"""Part-of-speech evidence for names: the Hanover Tagger (HanTa), whose models ship inside
its PyPI package, for German and English.

Only words the tagger's lexicon has seen are tagged (a dictionary look-up each, cached):
for a word it has never seen HanTa guesses from letter sequences, which costs milliseconds
per word and says little (it guesses "proper noun" for most capitalised unknown words), so
those are left to word frequencies (``glossary.discovery``). Tagging whole sentences with
HanTa's HMM would run at about 1,500 tokens a second, far too slow for a 10 MB document.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from functools import cache, lru_cache
from operator import itemgetter
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from HanTa import HanoverTagger

_MODELS = {"de": "morphmodel_ger.pgz", "en": "morphmodel_en.pgz"}
PROPER = {"de": "NE", "en": "NP0"}
"""The proper-noun tag of each model (STTS for German, CLAWS for English)."""
_ADJECTIVE = {"de": ("ADJ(A)", "ADJ(D)"), "en": ("AJ0", "AJC", "AJS")}
_FOREIGN = {"de": "FM"}
_LOCK = threading.Lock()


def _new_lock() -> None:
    """A forked child (``glossary.forked``) gets a lock of its own: one that another thread
    held at the fork would never be released there."""
    global _LOCK
    _LOCK = threading.Lock()


os.register_at_fork(after_in_child=_new_lock)


@cache
def _tagger(language: str) -> HanoverTagger.HanoverTagger:
    """The model of a language, loaded once (about half a second). HanTa is imported here, not
    at the top: it brings numpy (a seventh of a second of CPU), which a warm start, reading
    every name from the cache, never needs."""
    from HanTa import HanoverTagger

    return HanoverTagger.HanoverTagger(_MODELS[language])


def language_of(code: str) -> str:
    """The tagger language for a document language code: English or else German."""
    return "en" if code.lower().startswith("en") else "de"


@lru_cache(maxsize=1 << 16)
def known_tag(word: str, language: str) -> str | None:
    """The likeliest tag of ``word`` as written (capitalisation counts), or ``None`` when the
    tagger's lexicon has never seen it."""
    tagger = _tagger(language)
    readings = _readings(tagger, word)
    if readings is None:
        return None
    upper = word[0].isupper()
    case = tagger.LP_case_t
    unknown = tagger.tag2int["UNKNOWN"]  # the model's own number: no import of HanTa here
    best_tag, best = None, 0.0
    for tag, p in readings:  # the likeliest with the case prior; the first of equal ones
        cased = p + case[tag][upper] if tag != unknown else p
        if best_tag is None or cased > best:
            best_tag, best = tag, cased
    return None if best_tag is None else str(tagger.int2tag[best_tag])


def _readings(tagger: HanoverTagger.HanoverTagger, word: str) -> list[tuple[int, float]] | None:
    """The lexicon's readings of a word it has seen (tag number, log probability, in the
    lexicon's order), or ``None``. What ``tag_word`` ranks for a known word, read directly: a
    plain look-up (no lock needed), where ``tag_word`` builds and sorts lists of tag names.
    The likeliest is the first of equal ones, as after ``tag_word``'s stable sort."""
    if len(word) <= 2 and tagger.re_qmark.match(word):
        return None  # a quotation mark: HanTa reads it as another word
    readings: list[tuple[int, float]] | None = tagger.cache.get(word.lower())
    return readings


@lru_cache(maxsize=1 << 14)
def known_lemma(word: str, language: str) -> str | None:
    """The lemma of a word the lexicon knows (``Putins`` → ``Putin``), else ``None``."""
    if known_tag(word, language) is None:
        return None
    with _LOCK:
        try:
            lemma, _ = _tagger(language).analyze(word)
        except (KeyError, ValueError, IndexError):
            return None
    return str(lemma)


def is_proper_noun(word: str, language: str) -> bool:
    """Whether the tagger knows ``word`` and reads it as a proper noun."""
    return known_tag(word, language) == PROPER[language]


_ENDINGS = ("s", "es", "n", "en", "e", "er", "ern", "nen")


_ENDINGS_BY_LETTER = {
    letter: tuple(end for end in _ENDINGS if end.endswith(letter)) for letter in "snre"
}
"""The endings by their last letter, in ``_ENDINGS`` order: a word is tried only with the
ones that end in its last letter, not with all eight."""

_ENGLISH_ENDINGS_BY_LETTER = {"s": ("s", "es")}
"""English inflects a noun or a verb only with ``-s`` or ``-es`` (German's ``-en``, ``-er``
and ``-e`` are no English endings: the surname ``Rainer`` is no form of ``rain``, ``Harden``
none of ``hard``)."""

_BEFORE_ENGLISH_ES = ("s", "x", "z", "ch", "sh", "o")
"""What an English stem ends on before ``-es`` (``ashes``, ``boxes``, ``heroes``); after
anything else ``-es`` is ``-e`` and ``-s`` (``Bowes`` is no plural of ``bow``)."""


def _lexicon_forms(word: str, language: str) -> Iterator[tuple[str, bool]]:
    """The word, its old German spelling (the German model was trained on text with ``ß``:
    ``Einfluss`` is known as ``Einfluß``) and its forms without an inflection ending, in that
    order (made as they are asked for: most words are known as written), each with whether
    only a name's reading of it counts: a common noun in ``-en`` takes no ending but the
    genitive ``s`` (``Wagens``; ``Eckener`` is no form of ``Ecken``), a town's name does
    (``Gelsenkirchener``)."""
    yield word, False
    spellings = [word]
    if language == "de" and "ss" in word:
        spellings.append(word.replace("ss", "ß"))
        yield spellings[1], False
    english = language == "en"
    endings = _ENGLISH_ENDINGS_BY_LETTER if english else _ENDINGS_BY_LETTER
    for form in spellings:
        for end in endings.get(form[-1:], ()):
            if form.endswith(end) and len(form) > 4:
                stem = form[: -len(end)]
                if english and end == "es" and not stem.endswith(_BEFORE_ENGLISH_ES):
                    continue
                yield stem, end != "s" and stem.endswith("en")


@lru_cache(maxsize=1 << 16)
def proper_noun_evidence(word: str, language: str) -> float:
    """How strongly the lexicon says ``word`` is a name: 2 when it knows it only (or by far
    most likely) as a proper noun, 0.5 when a proper noun is only its likeliest reading,
    0 for an unknown word, -2 when it reads it as something else (``Sommer``: a noun).
    A word it does not know is looked up in its older spelling and without its ending
    (``Kesseln`` → ``Kessel``).

    Capitalisation is ignored here: the tagger's case prior would make a proper noun of any
    capitalised word (``Deal``, ``Online``).
    """
    tagger = _tagger(language)
    readings = _readings(tagger, word)  # most words are known as written: no generator
    if readings is None:
        forms = _lexicon_forms(word, language)
        next(forms)  # the word as written, asked above
        for form, name_only in forms:
            readings = _readings(tagger, form)
            if readings is not None and name_only and not _named(tagger, readings, language):
                readings = None
            if readings is not None:
                break
    if readings is None:
        return 0.0
    tags = sorted(readings, key=itemgetter(1), reverse=True)
    top = tagger.int2tag[tags[0][0]] if tags else None
    if tags and top == _FOREIGN.get(language):
        return 0.0  # a foreign word: in a name, often a foreign name ("Westinghouse")
    if not tags or top != PROPER[language]:
        return -2.0
    margin = tags[0][1] - tags[1][1] if len(tags) > 1 else 99.0
    return 2.0 if margin >= 1.5 else 0.5


def _named(
    tagger: HanoverTagger.HanoverTagger, readings: list[tuple[int, float]], language: str
) -> bool:
    """Whether the likeliest of a word's readings is a proper noun's."""
    best = max(readings, key=itemgetter(1), default=None)
    return best is not None and tagger.int2tag[best[0]] == PROPER[language]


def is_adjective(word: str, language: str) -> bool:
    """Whether the tagger knows ``word`` and reads it as an adjective (``Oberste``, ``Rote``)."""
    return known_tag(word, language) in _ADJECTIVE[language]


class Tagged(NamedTuple):
    """A word read in its context: its lemma (German: the stem, ``hab`` for ``hatten``), its
    morphemes with their kinds (German only: ``(("hatt", "VA_VAR"), ("en", "SUF_FIN"))``) and
    its tag (STTS with HanTa's brackets, ``VA(FIN)``, for German; CLAWS, ``VVD``, for English)."""

    word: str
    lemma: str
    parts: tuple[tuple[str, str], ...]
    tag: str


def tag_words(words: list[str], language: str) -> list[Tagged]:
    """Each word of a short stretch of text read in context by HanTa's HMM (about 1,500 words
    a second: for a clause, not a document)."""
    tagger = _tagger(language)
    with _LOCK:
        if language == "de":
            return [
                Tagged(str(word), str(lemma), tuple((str(m), str(k)) for m, k in parts), str(tag))
                for word, lemma, parts, tag in tagger.tag_sent(words, taglevel=3)
            ]
        return [
            Tagged(str(word), str(lemma), (), str(tag))
            for word, lemma, tag in tagger.tag_sent(words, taglevel=1)
        ]
