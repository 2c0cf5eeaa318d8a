"""Merges across languages: a place, an organisation or a ruler named in German and in
English texts; they run only when the library holds both."""

from __future__ import annotations

from itertools import product

from glossary.gazetteer import place_ids
from glossary.grouping.group import Group
from glossary.grouping.keys import ENDINGS, MIN_STEM, _name_words, _numerals
from glossary.translations import translations


def merge_translated(groups: dict[str, Group], languages: dict[str, str]) -> None:
    """A thing named in the texts of one language and one named in those of another join
    when they are each other's only partner: a place the packages know by both names
    (``Wien``, ``Vienna``; ``Bayern``, ``Bavaria``), or a name whose German words translate
    word by word into the English one (``Europäische Zentralbank``, ``European Central
    Bank``; their abbreviations come along)."""
    spoken: dict[str, str] = {}
    by_identity: dict[int | str, list[str]] = {}
    identities: dict[str, set[int | str]] = {}
    for key, group in groups.items():
        group_languages = {languages.get(doc, "") for doc in group.documents}
        if len(group_languages) == 1:
            spoken[key] = group_languages.pop()
            identities[key] = _identities(group, spoken[key])
            for identity in identities[key]:
                by_identity.setdefault(identity, []).append(key)

    def partners(key: str) -> set[str]:
        return {
            other
            for identity in identities[key]
            for other in by_identity.get(identity, [])
            if spoken[other] != spoken[key] and other in groups  # not one joined already
        }

    for key in list(spoken):
        found = partners(key) if key in groups else set()
        if len(found) == 1 and partners(other := found.pop()) == {key}:
            groups[key].absorb(groups.pop(other))


MAX_RENDERINGS = 64
"""The most English renderings of one German name tried (a word may have several)."""


def _identities(group: Group, language: str) -> set[int | str]:
    """What a group may be called in the other language: the packages' identifiers of a
    place, a ruler's name with English given names, the English words of a name of
    something else (other persons' names are not translated)."""
    if group.kind == "place":
        return set(place_ids(group.name))
    if group.kind == "person":
        return _ruler_renderings(group.name, language)
    if language == "en":
        return {
            " ".join(words)
            for name in group.names
            if len(words := name.lower().removeprefix("the ").split()) >= 2
        }
    return {rendering for name in group.names for rendering in _english_renderings(name)}


def _ruler_renderings(name: str, language: str) -> set[int | str]:
    """A ruler's name with the given names in English (``Karl V.`` → ``charles V``,
    ``carl V``), the only persons' names that are translated; none for other persons."""
    numerals = _numerals(name)
    if not numerals:
        return set()
    words = [word.lower() for word in _name_words(name)]
    lexicon = translations()
    options = [[word, *(lexicon.of(word, "de") if language == "de" else ())] for word in words]
    return {" ".join([*choice, *numerals]) for choice in product(*options)}


def _english_renderings(name: str) -> list[str]:
    """The German name translated word by word with the shipped lexicon, each word in its
    base form (``Europäische Zentralbank`` → ``european central bank``); none when a word
    has no translation or the result is one word."""
    lexicon = translations()
    options: list[list[str]] = []
    for word in name.lower().split():
        stems = [word, *(word[: -len(end)] for end in ENDINGS if word.endswith(end))]
        found = [
            english.replace("_", " ")
            for stem in stems
            if len(stem) >= MIN_STEM
            for english in lexicon.of(stem, "de")
        ]
        if not found:
            return []
        options.append(list(dict.fromkeys(found)))
    renderings = []
    for choice in product(*options):
        rendering = " ".join(choice)
        if " " in rendering:
            renderings.append(rendering)
        if len(renderings) >= MAX_RENDERINGS:
            break
    return renderings
