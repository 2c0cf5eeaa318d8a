"""Merges across languages: a place, an organisation or a ruler named in German and in
English texts; they run only when the library holds both."""

from __future__ import annotations

from itertools import product

from glossary.folding import fold
from glossary.gazetteer import place_ids
from glossary.grouping.group import Group
from glossary.grouping.keys import ENDINGS, MIN_STEM, _name_words, _numerals, translit_key
from glossary.translations import translations


def merge_translated(groups: dict[str, Group], languages: dict[str, str]) -> None:
    """A thing named in the texts of one language and one named in those of another join
    when they are each other's only partner: a place the packages know by both names
    (``Wien``, ``Vienna``; ``Bayern``, ``Bavaria``), a name whose German words translate
    word by word into the English one (``Europäische Zentralbank``, ``European Central
    Bank``; their abbreviations come along), or a natural feature named by the same word
    before its feature word (``Beringstraße``, ``Bering Strait``; ``Tanganjikasee``, ``Lake
    Tanganyika``; ``Erzgebirge``, ``Ore Mountains``)."""
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
    place and its natural feature's key, a ruler's name with English given names, the
    English words of a name of something else (other persons' names are not translated)."""
    if group.kind == "place":
        features = {key for name in group.names for key in feature_keys(name, language)}
        return set(place_ids(group.name)) | features
    if group.kind == "person":
        return _ruler_renderings(group.name, language)
    if language == "en":
        return {
            " ".join(words)
            for name in group.names
            if len(words := name.lower().removeprefix("the ").split()) >= 2
        }
    return {rendering for name in group.names for rendering in _english_renderings(name)}


FEATURE_WORDS = {
    "halbinsel": ("peninsula",),
    "straße": ("strait",),
    "see": ("lake", "sea"),
    "gebirge": ("mountains",),
    "kanal": ("canal",),
    "inseln": ("islands",),
    "insel": ("island",),
    "bucht": ("bay",),
    "golf": ("gulf",),
    "fälle": ("falls",),
    "gletscher": ("glacier",),
    "wüste": ("desert",),
}
"""German feature words at the end of a place's compound (``Beringstraße``) or before
``von`` (``Straße von Gibraltar``), with the English feature words of the same sort
(``Bering Strait``, ``Strait of Gibraltar``): ``-see`` is a lake or a sea (``Malawisee``,
``Beringsee``). ``halbinsel`` comes before ``insel``, which it ends with."""

ENGLISH_FEATURES = frozenset(word for words in FEATURE_WORDS.values() for word in words)
"""The English feature words, after a name (``Bering Strait``) or before ``of``."""

MIN_FEATURE_NAME = 3
"""The fewest letters of the word a feature is named by (not ``A-See``)."""


def feature_keys(name: str, language: str) -> set[str]:
    """What a natural feature's name is in either language: its feature word in English and
    the word that names it, as a transliteration key, and for German the word's English
    translations too, of its base form (``Erz`` → ``ore``, ``Riesen`` → ``giant``); none for
    a name of another shape."""
    features, word = _english_feature(name.split()) if language == "en" else _german_feature(name)
    if not features or len(word) < MIN_FEATURE_NAME:
        return set()
    words = [word]
    if language != "en":
        lexicon = translations()
        words += [english for stem in _stems(word.lower()) for english in lexicon.of(stem, "de")]
    return {f"{feature}:{translit_key(fold(found))}" for feature in features for found in words}


def _stems(word: str) -> list[str]:
    """A lower-case German word and its forms without each ending of ``ENDINGS`` it has: the
    base forms the translation lexicon may list it under."""
    return [word, *(word[: -len(end)] for end in ENDINGS if word.endswith(end))]


def _english_feature(words: list[str]) -> tuple[tuple[str, ...], str]:
    """``(("strait",), "Bering")`` for ``Bering Strait`` and ``Strait of Bering``,
    ``(("lake",), "Malawi")`` for ``Lake Malawi``."""
    if len(words) == 2 and words[1].lower() in ENGLISH_FEATURES:
        return (words[1].lower(),), words[0]
    if len(words) == 2 and words[0] == "Lake":
        return ("lake",), words[1]
    if len(words) == 3 and words[1] == "of" and words[0].lower() in ENGLISH_FEATURES:
        return (words[0].lower(),), words[2]
    return (), ""


def _german_feature(name: str) -> tuple[tuple[str, ...], str]:
    """``(("strait",), "Bering")`` for ``Beringstraße``, ``Bering-Straße`` and ``Straße von
    Bering``."""
    words = name.split()
    if len(words) == 3 and words[1] == "von":
        return FEATURE_WORDS.get(words[0].lower(), ()), words[2]
    if len(words) != 1:
        return (), ""
    lower = name.lower()
    for german, english in FEATURE_WORDS.items():
        if lower.endswith(german) and len(lower) > len(german):
            return english, name[: -len(german)].rstrip("-")
    return (), ""


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
        found = [
            english.replace("_", " ")
            for stem in _stems(word)
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
