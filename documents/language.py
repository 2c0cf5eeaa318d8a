"""Offline language identification: function words first, py3langid when they do not decide.

py3langid's model takes most of a second and about 70 MB to load (a tenth of that once
unpacked into the cache folder, :mod:`documents.langid_model`), and classifying one
paragraph costs a quarter of a millisecond, which a 5 MB document with thousands of
paragraphs multiplies into seconds. Ordinary prose says its language in its function words
("und", "der", "the", "of"): a sample where many words belong to one language's stop list
and almost none to another's is decided without the model. Anything less clear (short or
mixed text, a language without a stop list, names and numbers) goes to py3langid, so the
model is loaded only when a document needs it. ``benchmarks/language_dev.py`` measures how
often the two disagree on real paragraphs.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from functools import lru_cache

from documents.langid_model import classifier

MIN_CHARS = 40
"""Shorter snippets (headings, labels) are too short to classify reliably."""
SAMPLE_CHARS = 300
"""Only this much of a paragraph is classified: a few sentences tell the language, and the
classifier's cost grows with the input (a 5 MB document has thousands of paragraphs)."""
DOMINANT_SAMPLES = 40
"""Paragraphs, spread over the document, that decide its main language."""
CLEAR_LANGUAGES = frozenset({"de", "en"})
"""Languages the function words may decide alone: the ones the reader analyses. Any other
language is always left to the model, which knows far more of them."""
CLEAR_MIN_WORDS = 4
"""Function words of one language a sample needs before they decide."""
CLEAR_SHARE = 0.1
"""...and the share of the sample's words they must make up (prose has 30-50 %)."""
CLEAR_MARGIN = 4
"""...and how many times the function words of any other language they must outnumber."""
EXPECTED_MIN_WORDS = 1
"""Function words of the expected language (the document's) that settle a sample with none
of any other language: on the development set's paragraphs and sentences py3langid disagreed
with this only where it was wrong itself (an English sentence listing Polish cities taken
for Polish, a German one of Latin American names)."""

_WORD = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=1)
def _classifier() -> Callable[[str], tuple[str, float]]:
    return classifier()


@lru_cache(maxsize=1)
def _function_words() -> dict[str, str]:
    """Each stop word that only one language's list has, with that language.

    Whoosh's stop lists (14 languages) are used because Whoosh is already the index; a word
    in several lists ("in", "die", "an") tells nothing and is left out.
    """
    from whoosh.lang.stopwords import stoplists

    owners: dict[str, set[str]] = {}
    for language, words in stoplists.items():
        for word in words:
            owners.setdefault(word, set()).add(language)
    return {word: langs.pop() for word, langs in owners.items() if len(langs) == 1}


@lru_cache(maxsize=256)
def _function_word_counts(sample: str) -> tuple[Counter[str], int]:
    """Function words per language in ``sample``, and its number of words.

    Kept for the last samples: a document's main language is read from samples of its
    paragraphs, and then each paragraph's own from the same sample (in an article of up to
    40 paragraphs, every one was counted twice). Callers only read the counter.
    """
    words = _WORD.findall(sample.lower())
    return Counter(filter(None, map(_function_words().get, words))), len(words)


def clear_language(sample: str) -> str | None:
    """The language ``sample``'s function words leave no doubt about, or None.

    Only ``CLEAR_LANGUAGES`` are ever returned; None means "ask the model".
    """
    counts, words = _function_word_counts(sample)
    return _clear(counts, words)


def _clear(counts: Counter[str], words: int) -> str | None:
    if not counts:
        return None
    ranked = counts.most_common(2)
    best, hits = ranked[0]
    runner_up = ranked[1][1] if len(ranked) > 1 else 0
    if (
        best in CLEAR_LANGUAGES
        and hits >= CLEAR_MIN_WORDS
        and hits >= CLEAR_SHARE * words
        and hits >= CLEAR_MARGIN * runner_up
    ):
        return best
    return None


def detect_language(text: str, expected: str | None = None) -> str | None:
    """The ISO 639-1 code of ``text``'s language, or None when it is too short to tell.

    Args:
        text: A paragraph.
        expected: The language it most likely has (its document's). When that is one of
            ``CLEAR_LANGUAGES`` and the sample has no function word of another language, a
            few of the expected language's settle it, and a sample without any function
            word is no prose to tell by (a list of names, a caption): None, as for a short
            snippet. Anything else is left to the model.
    """
    if len(text.strip()) < MIN_CHARS:
        return None
    sample = text[:SAMPLE_CHARS]
    counts, words = _function_word_counts(sample)
    clear = _clear(counts, words)
    if clear is not None:
        return clear
    if expected in CLEAR_LANGUAGES and not counts.keys() - {expected}:
        if not counts:
            return None
        if counts[expected] >= EXPECTED_MIN_WORDS:
            return expected
    code, _score = _classifier()(sample)
    return str(code)


def dominant_language(paragraphs: list[str]) -> str | None:
    """The language most of the text (by characters) is written in, from an even sample.

    The function words decide first; the model reads the samples they leave open only when
    those could still change the winner, so ordinary prose never loads it here.
    """
    sample = paragraphs[:: max(len(paragraphs) // DOMINANT_SAMPLES, 1)]
    weight: dict[str, int] = {}
    open_weight = 0
    for paragraph in sample:
        if len(paragraph.strip()) < MIN_CHARS:
            continue
        code = clear_language(paragraph[:SAMPLE_CHARS])
        if code is None:
            open_weight += len(paragraph)
        else:
            weight[code] = weight.get(code, 0) + len(paragraph)
    if open_weight and not _decided(weight, open_weight):
        weight = {}
        for paragraph in sample:
            code = detect_language(paragraph)
            if code:
                weight[code] = weight.get(code, 0) + len(paragraph)
    return max(weight, key=weight.__getitem__) if weight else None


def _decided(weight: dict[str, int], open_weight: int) -> bool:
    """Whether the leader stays ahead even if every open character went to its runner-up."""
    ranked = sorted(weight.values(), reverse=True)
    runner_up = ranked[1] if len(ranked) > 1 else 0
    return bool(ranked) and ranked[0] > runner_up + open_weight
