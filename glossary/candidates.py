"""Capitalised names in documents that look like entities but have no glossary entry.

German capitalises every noun, so capitalisation alone says little. A word counts as an
ordinary word, not a name, when:

- its lower-case form, with or without a German ending, is common German (``wordfreq``
  Zipf frequency of at least ``COMMON_ZIPF``), or it is written in lower case elsewhere in
  the same texts;
- it ends like an abstract noun (-ung, -heit, -keit, -schaft, -tät, -ismus ...);
- it is a compound of common German words (``Kriegsdienstleister``,
  ``Souveränitätsverlust``): names rarely split that way;
- it is derived from a name the glossary knows (``Belarusier``, ``Kremlchef``).

Words in capitals (``BIP``, ``OSZE``) always look like names. A single capitalised word at
the start of a sentence or paragraph is skipped: there capitalisation says nothing.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from wordfreq import zipf_frequency

from glossary.folding import fold, name_key
from glossary.mentions import find_mentions

if TYPE_CHECKING:
    from glossary.entities import Glossary

COMMON_ZIPF = 3.0
"""Words at least this frequent in German (one per million words) are ordinary words."""

_PART_ZIPF = 2.8
_LINKS = ("", "s", "es", "n", "en", "e")
_ENDINGS = ("", "s", "es", "n", "en", "e", "er", "ern")
_NOUN_SUFFIXES = ("ung", "heit", "keit", "schaft", "tion", "tät", "ismus", "nis", "tum")
_WORD = re.compile(r"[^\W\d_][\w’'\-]*[^\W_]|[^\W\d_]")
_SENTENCE_END = ".!?:;"
_OPENERS = "»«„“”\"'‚‘’([–—-"


@dataclass(frozen=True, slots=True)
class Candidate:
    """A name-like word sequence without a glossary entry."""

    name: str
    count: int
    """How often it occurs in all the texts together."""


def candidates(glossary: Glossary, texts: Iterable[str]) -> list[Candidate]:
    """Name-like sequences in ``texts`` that no glossary entry covers, most frequent first."""
    texts = list(texts)
    known = {name_key(name) for entry in glossary.entries.values() for name in entry.all_names()}
    lower_words = {word for text in texts for word in _WORD.findall(text) if word.islower()}
    counts: Counter[str] = Counter()
    for text in texts:
        masked = _mask_mentions(glossary, text)
        for sequence in _capitalised_runs(masked):
            words = [word for word, _ in sequence]
            if len(words) == 1 and sequence[0][1]:
                continue  # alone at a sentence start: capitalisation says nothing
            if any(_looks_like_name(word, lower_words, known) for word in words):
                counts[" ".join(words)] += 1
    return [Candidate(name, count) for name, count in counts.most_common()]


def _mask_mentions(glossary: Glossary, text: str) -> str:
    """``text`` with every glossary mention blanked out, offsets unchanged."""
    chars = list(text)
    for mention in find_mentions(glossary, text):
        chars[mention.start : mention.end] = " " * (mention.end - mention.start)
    return "".join(chars)


def _capitalised_runs(text: str) -> list[list[tuple[str, bool]]]:
    """Runs of capitalised words separated only by spaces, each word with "sentence-initial"."""
    runs: list[list[tuple[str, bool]]] = []
    current: list[tuple[str, bool]] = []
    previous_end = -1
    for match in _WORD.finditer(text):
        word = match.group().strip("-’'")
        if not word[:1].isupper():
            if current:
                runs.append(current)
            current = []
            continue
        adjacent = current and text[previous_end : match.start()] in (" ", "\n")
        if current and not adjacent:
            runs.append(current)
            current = []
        current.append((word, _starts_sentence(text, match.start())))
        previous_end = match.end()
    if current:
        runs.append(current)
    return runs


def _starts_sentence(text: str, start: int) -> bool:
    """Whether the word at ``start`` opens a sentence, paragraph or heading."""
    before = text[:start].rstrip(_OPENERS + " \t\n")
    if not before:
        return True
    return before[-1] in _SENTENCE_END or text.count("\n", len(before), start) >= 2


def _looks_like_name(word: str, lower_words: set[str], known: set[str]) -> bool:
    if len(word) >= 2 and word.isupper():
        return True
    folded = fold(word)
    if word.lower() in lower_words or any(folded[:cut] in known for cut in range(4, len(word))):
        return False
    return not all(_is_ordinary(part.lower()) for part in word.split("-") if part)


@lru_cache(maxsize=65536)
def _is_ordinary(word: str) -> bool:
    """A common German word (perhaps inflected), an abstract noun, or a compound."""
    if len(word) <= 2 or word.endswith(_NOUN_SUFFIXES):
        return True
    bases = [word[: len(word) - len(end)] for end in _ENDINGS if word.endswith(end)]
    return any(
        zipf_frequency(base, "de") >= COMMON_ZIPF or _is_compound(base)
        for base in bases
        if len(base) >= 3
    )


@lru_cache(maxsize=65536)
def _is_compound(word: str) -> bool:
    """``word`` splits into frequent German words, with the usual linking letters."""
    for cut in range(3, len(word) - 2):
        head, tail = word[:cut], word[cut:]
        if not _frequent(tail) and not _is_compound(tail):
            continue
        stems = [head[: len(head) - len(link)] for link in _LINKS if head.endswith(link)]
        # "droh|kulisse": a verb stem is a head too ("drohen")
        if any(_frequent(stem) or _frequent(stem + "en") for stem in stems if len(stem) >= 3):
            return True
    return False


def _frequent(word: str) -> bool:
    """Frequent enough to be a part of a compound."""
    return zipf_frequency(word, "de") >= _PART_ZIPF
