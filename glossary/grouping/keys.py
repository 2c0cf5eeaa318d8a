"""Keys under which the names of one thing meet: stems without an inflection ending,
transliterations, consonant skeletons, regnal numerals and the words that say who a name is.
Every merge compares names by them, so they stand apart from the merges."""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import product
from os.path import commonprefix

from rapidfuzz.distance import Levenshtein

from glossary.discovery.dynasties import is_dynasty_key
from glossary.discovery.word_classes import (
    BYNAME_ARTICLES,
    GENERATIONS,
    NOMINATIVE_BYNAME_ARTICLES,
)
from glossary.folding import fold
from glossary.name_words import (
    CONNECTORS,
    ROMAN,
)
from glossary.nicknames import differ_in_sex

ENDINGS = ("e", "em", "en", "er", "es", "n", "s", "ns")
"""Inflection endings a name may carry (German cases, plurals, genitives)."""


MIN_STEM = 3


MAX_INFLECTED_WORDS = 4
"""Longer names are only looked at without an ending on their last word."""


MIN_SKELETON = 4
"""Shorter consonant skeletons (``Mayer``, ``Meier``) are shared by too many names."""


_TRANSLIT = (
    ("ß", "s"),  # "Straße" and "Strasse" (the double s then folds to one)
    ("dsch", "j"),
    ("tsch", "ch"),
    ("tch", "ch"),
    ("sch", "sh"),
    ("zh", "j"),
    ("ts", "z"),  # the Cyrillic ц: "Jelzin", "Yeltsin"
    ("x", "ks"),  # "Alexei", "Aleksey"
    ("kh", "ch"),
    ("ck", "k"),
    ("ph", "f"),
    ("w", "v"),
    ("j", "y"),
    ("ou", "u"),
    ("isation", "ization"),  # British and American ("World Health Organisation")
)


_MEDIAL_ZH = re.compile(r"\Bzh")
"""The Cyrillic ж inside a word, which German writes sch (``Breschnew``, ``Brezhnev``); at a
word's start a zh may be pinyin's, which is no sh (``Zhongshu``, ``Shangshu``)."""


_SHORT_WORDS = {
    "saint": "st",
    "sankt": "st",
    "sainte": "ste",
    "mount": "mt",
    "fort": "ft",
}
"""Words of place names written out or short (``Saint Louis``/``St. Louis``, ``Sankt
Petersburg``/``St. Petersburg``, ``Mount``/``Mt.``, ``Fort``/``Ft.``): one key for both."""


_SHORT_WORD = re.compile(
    r"\b(" + "|".join([*_SHORT_WORDS, *dict.fromkeys(_SHORT_WORDS.values())]) + r")\b\.?"
)


_GENERATIONS = {word.upper(): key for word, key in GENERATIONS.items()}
"""``John H. Glenn Jr.``, ``Henry Ford junior``, ``Lucas Cranach der Jüngere``: like a
regnal numeral, no part of the surname, and it tells a son from his father."""


_HARD_C = re.compile(r"c(?=[aoulr])|q(?![ui])")
"""A hard c is a k (``Carl``/``Karl``, ``Cöln``/``Köln``, ``Cuba``/``Kuba``, ``Afrika``/
``Africa``); before e and i it is not (``Celle``, ``Cicero``). So is the Arabic q that German
writes k (``Iraq``/``Irak``, ``Al-Qaida``/``Al-Kaida``); not a q before u, nor pinyin's
before i (``Qing``, no ``King``)."""


VOWELS = set("aeiouy")


_LETTERS = str.maketrans("đłøıħ", "dloih")
"""Letters that have no decomposition to fold (``Đại Việt``, ``Łódź``)."""


_DOUBLE = re.compile(r"(.)\1+")


def translit_key(name: str) -> str:
    """A key under which transliterations and old spellings of one name meet
    (``Lukaschenko``, ``Lukashenko``; ``Carl``, ``Karl``), and its spellings with a word
    written short (``St. Louis``, ``Saint Louis``)."""
    key = fold(name).replace("-", " ").translate(_LETTERS)
    key = _SHORT_WORD.sub(lambda match: _SHORT_WORDS.get(match[1], match[1]), key)
    key = _MEDIAL_ZH.sub("sh", key)
    for old, new in _TRANSLIT:
        key = key.replace(old, new)
    key = _HARD_C.sub("k", key)
    return _DOUBLE.sub(r"\1", key)


def uninflected(key: str) -> Iterable[str]:
    """The forms ``key`` (a name key) would have without an ending on one or more words."""
    words = key.split()
    if len(words) > MAX_INFLECTED_WORDS:
        prefix, words = " ".join(words[:-1]) + " ", words[-1:]
    else:
        prefix = ""
    options = [
        _byname_articles(word)
        if 0 < index < len(words) - 1 and word in BYNAME_ARTICLES
        else [
            word,
            *(
                word[: -len(end)]
                for end in ENDINGS
                if word.endswith(end) and len(word) - len(end) >= MIN_STEM
            ),
        ]
        if word not in CONNECTORS and not word.isdigit() and not is_dynasty_key(word)
        else [word]
        for index, word in enumerate(words)
    ]
    for choice in product(*options):
        form = prefix + " ".join(choice)
        if form != key:
            yield form


def _byname_articles(article: str) -> list[str]:
    """The article of a byname inside a name and its nominatives (``Hans Holbein dem
    Jüngeren`` is ``Hans Holbein der Jüngere``, ``Johannas der Wahnsinnigen`` is ``Johanna
    die Wahnsinnige``): the byname's adjective loses its ending as other words do."""
    return [article, *sorted(NOMINATIVE_BYNAME_ARTICLES - {article})]


def _skeleton(key: str) -> str:
    """The consonants of a transliteration key, first letter kept (``chrshchv``), an s and a
    z alike: German writes the Cyrillic з as s, English as z (``Selenskyj``, ``Zelensky``)."""
    key = key.replace("z", "s")
    return key[:1] + "".join(char for char in key[1:] if char.isalpha() and char not in VOWELS)


def similar_spellings(one: str, other: str, *, places: bool = False) -> bool:
    """Two spellings of one name: the same consonants once transliterated, and one edit
    apart (two for long names), and the same regnal numerals. Only two names told of as
    no person's or firm's (``places``) may differ in one vowel sound, as two languages
    write a place's name (``Krakatau``, ``Krakatoa``): surnames and firms so far apart are
    mostly two
    (``Pearson``, ``Pierson``; ``Greiner``, ``Grauner``)."""
    if _numerals(one) != _numerals(other):
        return False  # "Wilhelm I." and "Wilhelm II." are two people
    words, others = one.split(), other.split()
    if len(words) >= 2 and words[1:] == others[1:] and differ_in_sex(words[0], others[0]):
        return False  # "Mario Rossi" and his sister "Maria Rossi"
    first, second = translit_key(one), translit_key(other)
    if _skeleton(first) != _skeleton(second) or len(_skeleton(first)) < MIN_SKELETON:
        return False
    limit = 1 if min(len(first), len(second)) < 10 else 2
    if Levenshtein.distance(first, second) <= limit:
        return True
    return places and _one_vowel_sound_apart(first, second)


MAX_VOWEL_SOUND = 2
"""The most letters of the one vowel sound two transliterations may write differently."""


def _one_vowel_sound_apart(first: str, second: str) -> bool:
    """Whether two keys with one skeleton differ only in one run of vowels of one length, as
    two languages write one sound (``Krakatau``, ``Krakatoa``): two edits, but one sound,
    and all the consonants shared (not ``Paulsen`` and ``Pilsen``, a diphthong and a
    vowel)."""
    start = len(commonprefix([first, second]))
    end = len(commonprefix([first[start:][::-1], second[start:][::-1]]))
    one, other = first[start : len(first) - end], second[start : len(second) - end]
    return len(one) == len(other) and all(
        0 < len(part) <= MAX_VOWEL_SOUND and set(part) <= VOWELS for part in (one, other)
    )


def _numerals(name: str) -> list[str]:
    """The regnal numerals, generation suffixes and serial numbers of a name or name key
    (``II`` of ``Wilhelm II.``, ``JR`` of ``Martin Luther King Jr.``, ``11`` of ``Apollo 11``):
    namesakes differ in them (``Apollo 1`` is another mission; a German ordinal keeps its
    period, ``1. FC Köln``); a name's first word is none (``Xi`` of ``Xi Jinping``)."""
    words = name.split()
    return [
        _GENERATIONS.get(upper, upper)
        for index, word in enumerate(words)
        if word.isdigit() or (index and _is_suffix(word, index))
        for upper in (word.rstrip(".").upper(),)
    ]


def _is_suffix(word: str, index: int) -> bool:
    """Whether the word at ``index`` of a name is a regnal numeral or a generation suffix
    (``II.``, ``Jr.``); one but ``Jr`` and ``Sr`` only after two words at least."""
    upper = word.rstrip(".").upper()
    if upper in ROMAN or upper in _AFTER_A_SURNAME:
        return True
    return index >= 2 and upper in _GENERATIONS


_AFTER_A_SURNAME = frozenset(("JR", "SR"))
"""The generation suffixes that may follow a surname alone (``Glenn Jr.``). Discovery keeps
the others only after a full name (``Henry Ford junior``, ``Henry Ford sen.``): one word
before them is a given name, and they are the surname (``Amartya Sen``, ``Hun Sen``)."""


def _name_words(name: str) -> list[str]:
    """The words of a name or name key without its regnal numerals and generation suffixes
    (``Wilhelm II.`` → ``Wilhelm``, ``John H. Glenn Jr.`` → ``John H. Glenn``), which never
    begin a name (``Xi Jinping``)."""
    words = name.split()
    return words[:1] + [
        word
        for index, word in enumerate(words[1:], 1)
        if not _is_suffix(word, index) and not _generation_article(words, index)
    ]


def _generation_article(words: list[str], index: int) -> bool:
    """Whether a word is the article of a generation suffix (``der`` of ``Lucas Cranach der
    Jüngere``)."""
    following = index + 1
    return (
        following < len(words)
        and words[index].lower() in BYNAME_ARTICLES
        and words[following].rstrip(".").upper() in _GENERATIONS
    )
