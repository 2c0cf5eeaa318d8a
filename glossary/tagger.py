"""Part-of-speech evidence for names: the Hanover Tagger (HanTa), whose models ship inside
its PyPI package, for German and English.

Only words the tagger's lexicon has seen are tagged (a dictionary look-up each, cached):
for a word it has never seen HanTa guesses from letter sequences, which costs milliseconds
per word and says little (it guesses "proper noun" for most capitalised unknown words), so
those are left to word frequencies (``glossary.discovery``). Tagging whole sentences with
HanTa's HMM would run at about 1,500 tokens a second, far too slow for a 10 MB document.
"""

from __future__ import annotations

import threading
from functools import cache, lru_cache

from HanTa import HanoverTagger

_MODELS = {"de": "morphmodel_ger.pgz", "en": "morphmodel_en.pgz"}
PROPER = {"de": "NE", "en": "NP0"}
"""The proper-noun tag of each model (STTS for German, CLAWS for English)."""
_ADJECTIVE = {"de": ("ADJ(A)", "ADJ(D)"), "en": ("AJ0", "AJC", "AJS")}
_FOREIGN = {"de": "FM"}
_LOCK = threading.Lock()


@cache
def _tagger(language: str) -> HanoverTagger.HanoverTagger:
    """The model of a language, loaded once (about half a second)."""
    return HanoverTagger.HanoverTagger(_MODELS[language])


def language_of(code: str) -> str:
    """The tagger language for a document language code: English or else German."""
    return "en" if code.lower().startswith("en") else "de"


@lru_cache(maxsize=1 << 16)
def known_tag(word: str, language: str) -> str | None:
    """The likeliest tag of ``word`` as written (capitalisation counts), or ``None`` when the
    tagger's lexicon has never seen it."""
    tagger = _tagger(language)
    if word.lower() not in tagger.cache:
        return None
    with _LOCK:  # the tagger is shared by the discovery workers
        tags = tagger.tag_word(word)
    return str(tags[0][0]) if tags else None


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


def _lexicon_forms(word: str, language: str) -> list[str]:
    """The word, its old German spelling (the German model was trained on text with ``ß``:
    ``Einfluss`` is known as ``Einfluß``) and its forms without an inflection ending."""
    forms = [word]
    if language == "de" and "ss" in word:
        forms.append(word.replace("ss", "ß"))
    for form in list(forms):
        forms.extend(form[: -len(end)] for end in _ENDINGS if form.endswith(end) and len(form) > 4)
    return forms


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
    form = next((f for f in _lexicon_forms(word, language) if f.lower() in tagger.cache), None)
    if form is None:
        return 0.0
    with _LOCK:
        tags = tagger.tag_word(form, casesensitive=False)
    if tags and tags[0][0] == _FOREIGN.get(language):
        return 0.0  # a foreign word: in a name, often a foreign name ("Westinghouse")
    if not tags or tags[0][0] != PROPER[language]:
        return -2.0
    margin = tags[0][1] - tags[1][1] if len(tags) > 1 else 99.0
    return 2.0 if margin >= 1.5 else 0.5


def is_adjective(word: str, language: str) -> bool:
    """Whether the tagger knows ``word`` and reads it as an adjective (``Oberste``, ``Rote``)."""
    return known_tag(word, language) in _ADJECTIVE[language]
