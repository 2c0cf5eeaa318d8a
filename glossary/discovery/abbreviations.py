"""Abbreviations: what looks like one, and the long forms a text introduces for it.

``Oberste Heeresleitung (OHL)`` tells grouping that two names are one thing; an abbreviation
of an ordinary noun (``Bruttoinlandsprodukt (BIP)``) is no name at all.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from glossary.discovery.name_info import NameInfo
from glossary.discovery.word_classes import _ARTICLES, _GENITIVE_ARTICLES, _HYPHEN
from glossary.first_names import is_first_name
from glossary.folding import fold
from glossary.gazetteer import is_country_or_region, place_type
from glossary.name_words import (
    CONNECTORS,
    compound_head_kind,
    is_title,
)
from glossary.tagger import (
    is_adjective,
)


def _letters_in_order(letters: str, word: str) -> bool:
    if not letters or word[:1] != letters[0]:
        return False
    rest = iter(word)
    return all(letter in rest for letter in letters)


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


_CAMEL = re.compile(r"[A-ZÄÖÜ][a-zäöü]{1,3}[A-ZÄÖÜ][a-zäöü]{0,3}")


def _is_clipped(word: str) -> bool:
    """``BaFin``, ``VfB``, ``KfW``: a short word with a capital after lower-case letters
    inside it, a clipped abbreviation (``Bundesanstalt für Finanzdienstleistungsaufsicht``);
    taken for one only where a text introduces it for a name it spells."""
    return _CAMEL.fullmatch(word) is not None


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
        regular = is_abbreviation(abbreviation)
        if not regular and not _is_clipped(abbreviation):
            continue
        long_forms = [" ".join(candidate).strip(",;:") for candidate in candidates]
        spelled = next(
            (form for form in long_forms if form in found and abbreviates(abbreviation, form)),
            "",
        )
        if not regular and not spelled:
            continue  # "BaFin" only for a name it spells word by word
        long_form = (
            spelled
            or _introduced_long_form(abbreviation, long_forms[::-1])
            or (
                introduced[abbreviation] == 1
                and (
                    _introduced_long_form(abbreviation, long_forms[::-1], translated=True)
                    or (
                        text[:start].rstrip().endswith("(")
                        and _translated_name(abbreviation, long_forms, found)
                    )
                )
            )
        )
        if long_form:
            if long_form not in found:  # the text names it: "Deutsche Edison-Gesellschaft ..."
                found[long_form] = NameInfo(count=1, first=start, votes=Counter(organisation=2))
            found.setdefault(abbreviation, NameInfo(first=start))
            found[abbreviation].long_forms[long_form] += 1


def _translated_name(abbreviation: str, phrases: list[str], found: dict[str, NameInfo]) -> str:
    """The longest of ``phrases`` (the words before the bracket, longest first) that the
    text names, in two words or more, for an abbreviation of the name in another language
    (``German Aerospace Center (DLR)``, from *Deutsches Zentrum für Luft- und Raumfahrt*);
    ``""`` for none. Not the tail of a longer name (``Applied Electricity`` of ``German
    Edison Company for Applied Electricity``), a person's name (a given name first, a title
    or a vote for a person: ``Recep Tayyip Erdoğan (AKP)``), a place's, or a place in
    brackets (``Labour Party (UK)``)."""
    if is_country_or_region(abbreviation):  # "UN" is a town's name too
        return ""
    for index, phrase in enumerate(phrases):
        info = found.get(phrase)
        if info is None or " " not in phrase:
            continue
        before = [longer.split()[0] for longer in phrases[max(0, index - 2) : index]]
        cut = len(before) == 2 and before[1] in _INNER_WORDS and before[0][:1].isupper()
        person = is_first_name(phrase.split()[0]) or info.titles or info.votes["person"]
        return "" if cut or person or place_type(phrase) else phrase
    return ""


_INNER_WORDS = CONNECTORS | {"for", "and", "für", "und", "&"}
"""Small words a name may hold between its capitalised words (``Company for Applied``)."""


_FOLDED_INNER_WORDS = frozenset(map(fold, _INNER_WORDS))


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
        if any(
            word.lower() in _ARTICLES - _GENITIVE_ARTICLES and not _inner_the(words, index)
            for index, word in enumerate(words)
        ) or (words[0].lower() in _GENITIVE_ARTICLES):
            continue  # a phrase, not a name ("Baden die Firma ..."); but "Verband der ..."
        named = (
            any(compound_head_kind(_HYPHEN.split(word.rstrip(".,;"))[-1]) for word in words)
            or any(is_adjective(words[0], language) for language in ("de", "en"))
            or _capitals_initials(abbreviation, words)
        )
        if translated:
            heads = (compound_head_kind(_HYPHEN.split(word.rstrip(".,;"))[-1]) for word in words)
            if "organisation" in heads:
                return phrase
        elif named and _letters_in_order(letters, fold(phrase)):  # not "Bruttoinlandsprodukt"
            return phrase
    return ""


def _inner_the(words: list[str], index: int) -> bool:
    """Whether the word at ``index`` is an English ``the`` inside a name, after a
    preposition or a gerund (``Organisation for the Prohibition of Chemical Weapons``,
    ``International Fund for Saving the Aral Sea``)."""
    if index == 0 or words[index] != "the":
        return False
    before = words[index - 1]
    return before.islower() or before.endswith("ing")


MIN_INITIALISED_WORDS = 3
"""Capitalised words whose initials alone make a phrase the long form of an abbreviation."""


def _capitals_initials(abbreviation: str, words: list[str]) -> bool:
    """Whether the capitals of ``abbreviation`` are the initials of the phrase's capitalised
    words, three at least (``Landsmannschaft der Deutschen aus Russland (LmDR)``): each
    capital a word of the name, though no head noun says it is one."""
    initials = [word[0] for word in words if word[:1].isupper()]
    capitals = [char for char in abbreviation if char.isupper()]
    return len(initials) >= MIN_INITIALISED_WORDS and initials == capitals


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
    """``letters`` taken from ``words`` in order: each word gives its initial then maybe more;
    a word that joins the others may give none (``BaFin``, ``Bundesanstalt für
    Finanzdienstleistungsaufsicht``)."""
    if not words:
        return not letters
    if words[0] in _FOLDED_INNER_WORDS and _spell(letters, words[1:]):
        return True
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
