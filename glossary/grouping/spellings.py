"""Merges of one name's spellings: inflection endings, German adjective declensions and
transliterations. They run first, so later merges see one group per spelled name."""

from __future__ import annotations

from collections.abc import Callable

from glossary.first_names import is_first_name
from glossary.grouping.group import Group
from glossary.grouping.keys import (
    MIN_SKELETON,
    MIN_STEM,
    VOWELS,
    _numerals,
    _skeleton,
    similar_spellings,
    translit_key,
    uninflected,
)
from glossary.name_words import (
    CONNECTORS,
    head_kind,
)


def merge_inflections(groups: dict[str, Group], languages: dict[str, str] | None = None) -> None:
    """A name that is another with an ending joins it (``Denvers``, ``Obersten Heeresleitung``);
    not a surname of the texts on ``-er`` (``Max Hamburger``), which is no case of a town's
    name (``Hamburg``) but a word of its own, as a town's inhabitants are, nor, in English
    texts (``languages``: each document's), a head noun in the plural (``Jacksonville
    Beaches``, the town ``Jacksonville Beach`` and its neighbours): English names take no
    case endings."""
    owner = {key: key for key in groups}
    given_before = _given_words_before_surnames(groups)
    for key in sorted(groups, key=len, reverse=True):  # an inflected form is the longer one
        for form in uninflected(key):
            target = owner.get(form)
            if target is None or target == owner[key] or target not in groups:
                continue
            if form == key[:-2] and key.endswith("er") and _is_surname(key, given_before):
                continue
            if _english_plural_head(key, form, groups[owner[key]], languages):
                continue
            source = owner[key]
            groups[target].absorb(groups.pop(source))
            owner.update({name: target for name, held in owner.items() if held == source})
            break


def _english_plural_head(
    key: str, form: str, group: Group, languages: dict[str, str] | None
) -> bool:
    """Whether ``key`` differs from ``form`` by a plural ending on a head noun as its last
    word, in a group that only English documents name."""
    words, bare = key.split(), form.split()
    if len(words) < 2 or words[:-1] != bare[:-1] or not head_kind(bare[-1].capitalize()):
        return False
    return _only_english(group, languages)


def _only_english(group: Group, languages: dict[str, str] | None) -> bool:
    """Whether only English documents name the group: its names take no case endings."""
    return languages is not None and all(languages.get(doc) == "en" for doc in group.documents)


def _given_words_before_surnames(groups: dict[str, Group]) -> dict[str, list[str]]:
    """The first words of the names of two or more words that the texts use of a person
    (one spelling yet, so any of its names), by the last word of their key: the surnames
    they may be."""
    before: dict[str, list[str]] = {}
    for key, group in groups.items():
        words = next(iter(group.names)).split()
        if len(words) >= 2 and group.votes["person"] > 0:
            before.setdefault(key.split()[-1], []).append(words[0])
    return before


def _is_surname(key: str, given_before: dict[str, list[str]]) -> bool:
    """Whether a person's name of the texts ends on ``key`` after a given name. Asked only
    for a name that would otherwise join another, so the given-name lists are loaded only
    then, not for every library at start."""
    return any(is_first_name(word) for word in given_before.get(key, ()))


_ADJECTIVE_ENDINGS = ("em", "en", "er", "es", "e")
"""What a German adjective adds to its stem: strong (``Deutscher Alpenverein``, ``Rotes
Kreuz``), weak after an article (``der Deutsche Alpenverein``) or in another case
(``des Deutschen Alpenvereins``)."""


_GENITIVES = ("ns", "es", "s")


def merge_declined(groups: dict[str, Group], languages: dict[str, str] | None = None) -> None:
    """The names of one thing that a German adjective before its head declines otherwise
    meet, in any case (``Deutscher Alpenverein``, ``des Deutschen Alpenvereins``): neither is
    the other with an ending, so ``merge_inflections`` leaves them; a person's name has no
    such adjective (``Peter``/``Pete``), nor does one only English texts use (``Jacksonville
    Beaches`` is no case of ``Jacksonville Beach``)."""
    owner: dict[str, str] = {}
    for key in sorted(groups, key=len):
        if groups[key].kind == "person" or " " not in key:
            continue
        if _only_english(groups[key], languages):
            continue
        forms = _declined_keys(key)
        target = next((owner[form] for form in forms if form in owner), key)
        if target != key:
            groups[target].absorb(groups.pop(key))
        owner.update(dict.fromkeys(forms, target))


def _declined_keys(key: str) -> set[str]:
    """The forms a name key meets its other declensions under: each word before the last
    with the ending ``e`` for any adjective ending, the last with and without a genitive
    ending (``deutsche alpenverein`` for ``deutschen alpenvereins``)."""
    *before, last = key.split()
    stems = [
        next(
            (word[: -len(end)] + "e" for end in _ADJECTIVE_ENDINGS if word.endswith(end)),
            word,
        )
        if len(word) > MIN_STEM + 2 and word not in CONNECTORS
        else word
        for word in before
    ]
    lasts = {last} | {last[: -len(end)] for end in _GENITIVES if last.endswith(end)}
    return {" ".join([*stems, form]) for form in lasts if len(form) >= MIN_STEM}


def merge_similar_spellings(groups: dict[str, Group]) -> None:
    """Transliterations that differ in a vowel or two (``Chruschtschow``, ``Khrushchev``),
    or, for two names no text tells of as people or a firm, in one vowel sound
    (``Krakatau``, ``Krakatoa``)."""
    buckets: dict[tuple[str, int], list[str]] = {}
    for key, group in groups.items():
        if not group.name.isupper():
            buckets.setdefault(_spelling_bucket(key), []).append(key)
    for (skeleton, _), members in buckets.items():
        if len(skeleton) < MIN_SKELETON:
            continue
        for index, key in enumerate(members):
            for other in members[:index]:
                if other not in groups or key not in groups:
                    continue
                places = not _told_of_as_people(groups[key], groups[other])
                if similar_spellings(key, other, places=places):
                    groups[other].absorb(groups.pop(key))
                    break


def _told_of_as_people(*groups: Group) -> bool:
    """Whether the texts give any of the groups a title, a given name or evidence for a
    person or an organisation (``Mark Pearson``, ``die Firma Greiner``): a surname's or a
    firm's two spellings one vowel sound apart are mostly two names."""
    return any(
        group.titles
        or group.votes["person"]
        or group.votes["organisation"]
        or any(len(name.split()) > 1 and is_first_name(name.split()[0]) for name in group.names)
        for group in groups
    )


def _spelling_bucket(key: str) -> tuple[str, int]:
    translit = translit_key(key)
    return _skeleton(translit), translit.count(" ")


def translit_bucket(name: str) -> str:
    """Transliterations meet here, with and without an English article (``The Hague``,
    ``Hague``); a final vowel may vary too (``Lukaschenka``/``-o``); the regnal numerals
    must not (the folding of double letters would make "II" one "I")."""
    key = translit_key(name).removeprefix("the ")
    key = key.replace(" ", "")  # "Manakin Town", "Manakintown"
    if len(key) >= 7 and key[-1] in VOWELS:
        key = key[:-1] + "*"
    return key + "|" + " ".join(_numerals(name))


_UMLAUT_DIGRAPHS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"})


def umlaut_bucket(name: str) -> str:
    """``translit_bucket`` with each umlaut written as its vowel and ``e``: where a German
    name is spelt without umlauts, English texts mostly write ``oe`` for ``ö`` (``Oetzi``,
    ``Ötzi``; ``Goering``, ``Göring``), which ``translit_bucket`` does not fold (``Zurich``,
    ``Zürich`` meet there)."""
    return translit_bucket(name.translate(_UMLAUT_DIGRAPHS))


def merge_by(groups: dict[str, Group], bucket_of: Callable[[str, Group], str]) -> None:
    buckets: dict[str, str] = {}
    for key in list(groups):
        bucket = bucket_of(key, groups[key])
        owner = buckets.setdefault(bucket, key)
        if owner != key:
            groups[owner].absorb(groups.pop(key))
