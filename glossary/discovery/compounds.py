"""Compounds: whether a word made of a name and more is a name in one document.

German joins a name to a head noun in one word (``Lesumsperrwerk``) or with a hyphen
(``Brussilow-Offensive``), and English hyphenates names (``Baden-Baden``): the verdict rests on
the parts, on whether the text uses the first part alone, and on the head. The reader asks these
once per distinct word and keeps the answers.
"""

from __future__ import annotations

from glossary.discovery.document_words import DocumentWords
from glossary.discovery.evidence import _bare, land_of_a_nation
from glossary.discovery.lexicon import MIN_MODIFIER, MIN_NAMED_HEAD
from glossary.discovery.word_classes import COMMON_ZIPF
from glossary.first_names import is_first_name, is_listed_first_name
from glossary.frequencies import zipf
from glossary.gazetteer import place_type
from glossary.name_words import POSITION_PREFIXES, compound_head_kind, head_forms, head_kind
from glossary.tagger import proper_noun_evidence


def name_compound_kind(reader: DocumentWords, word: str) -> str:
    """The kind a German compound of a name this text uses alone and a head noun gets
    (``Lesumsperrwerk`` beside ``Lesum``: place; ``Hansetag`` beside ``Hanse``), or ``""``."""
    lower = word.lower()
    if len(lower) < MIN_MODIFIER + MIN_NAMED_HEAD or zipf(lower, "de") >= COMMON_ZIPF:
        return ""
    alone = reader.alone
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
        if kind and any(alone.get(stem) and reader.judged(stem) for stem in stems):
            return kind
    return ""


def hyphenated_is_name(reader: DocumentWords, word: str, parts: list[str]) -> bool:
    """A hyphenated compound is a name when its first part is one (``Brussilow-Offensive``)
    or, before a head noun, is no common word (``Yuan-Dynastie``). Before an ordinary noun
    that an article or adjective goes with, the first part must be a name the lexicon
    knows or the text uses alone (``Apollo-Programm``; not ``belarussischem
    Kali-Dünger``)."""
    first = parts[0]
    if first in POSITION_PREFIXES and len(parts) == 2:
        return reader.judged(parts[1])  # "West-Berlin"
    if place_type(_bare(word)) or land_of_a_nation(parts):
        return True  # "Baden-Baden", "Deutsch-Ostafrika"
    if reader.language == "en" and _english_place_link(parts):
        return True  # "Chapel-le-Dale", "Barrow-in-Furness"
    if len(first) < 3 or not first[:1].isupper():
        return False
    headed = bool(head_kind(parts[-1].capitalize()) or compound_head_kind(parts[-1]))
    # "-AG", "-Aktiengesellschaft": a head, maybe at the end of a compound
    given = parts[1 - (len(parts) > 2) : -1]  # the first part only before a surname
    if headed and any(is_first_name(part) or is_listed_first_name(part) for part in given):
        return True  # "Kaiser-Wilhelm-Gesellschaft", "August-Horch-Museum"
    if not reader.judged(first):
        return headed and first.lower() not in reader.lower and _uncommon(reader, first)
    if headed or not reader.context(word).modified or reader.alone[first]:
        return True
    return proper_noun_evidence(first, reader.language) > 0


ENGLISH_PLACE_LINKS = frozenset("le la en in on upon under by next the cum".split())
"""The small words inside a hyphenated English place's name (``Chapel-le-Dale``,
``Barrow-in-Furness``, ``Stoke-on-Trent``, ``Wells-next-the-Sea``, ``Chorlton-cum-Hardy``)."""


def _english_place_link(parts: list[str]) -> bool:
    """Capitalised parts with only such small words between them: a place's name."""
    inner = parts[1:-1]
    return (
        len(parts) >= 3
        and parts[0][:1].isupper()
        and parts[-1][:1].isupper()
        and all(part in ENGLISH_PLACE_LINKS for part in inner)
    )


def _uncommon(reader: DocumentWords, word: str) -> bool:
    """No frequent word in the document's language (the first part of a compound)."""
    return zipf(word.lower(), reader.language) < COMMON_ZIPF + 1
