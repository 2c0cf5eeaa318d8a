"""Names found in the library's documents, grouped into one entry per thing, with a kind.

Two names are one entry when one is the other with an inflection ending (``Obersten``/``Oberste
Heeresleitung``, ``Denvers``/``Denver``), when they are spellings of one transliteration
(``Lukaschenka``, ``Lukaschenko``, ``Lukashenko``, ``Chruschtschow``/``Khrushchev``: the same
consonants and at most a letter or two apart), when one leaves out middle names of the other
(``Thomas Edison``/``Thomas Alva Edison``), when one is the surname of exactly one full name
(``Ludendorff`` → ``Erich Ludendorff``) or the last word of exactly one organisation's name
(``Broncos`` → ``Denver Broncos``), or when one is an abbreviation the texts introduce for (or
use beside) the other (``OHL`` → ``Oberste Heeresleitung``).

The kind is the one with most evidence: clues from the texts (titles, head nouns,
prepositions), the place names that ship in packages (countries, regions, cities) and the
company a name keeps in its group (a surname of a person is a person).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from itertools import product

from rapidfuzz.distance import Levenshtein

from glossary.discovery import (
    TERRITORY_HEADS,
    TOWN,
    NameInfo,
    abbreviates,
    institution_head,
    is_abbreviation,
    organisation_modifier,
)
from glossary.first_names import is_first_name
from glossary.folding import fold, name_key
from glossary.gazetteer import place_ids
from glossary.name_words import (
    CONNECTORS,
    EVENT_PREFIXES,
    LEGAL_FORMS,
    NAMING_TITLES,
    NATURAL_FEATURES,
    PLACE_LINKS,
    ROMAN,
    head_kind,
)
from glossary.nicknames import is_nickname
from glossary.translations import translations

_ENDINGS = ("e", "em", "en", "er", "es", "n", "s", "ns")
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
    ("kh", "ch"),
    ("ck", "k"),
    ("ph", "f"),
    ("w", "v"),
    ("j", "y"),
    ("ou", "u"),
    ("isation", "ization"),  # British and American ("World Health Organisation")
)
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
_GENERATIONS = frozenset(("JR", "SR"))
"""``John H. Glenn Jr.``: like a regnal numeral, no part of the surname, and it tells a son
from his father."""
_HARD_C = re.compile(r"c(?=[aoulr])")
"""A hard c is a k (``Carl``/``Karl``, ``Cöln``/``Köln``, ``Cuba``/``Kuba``, ``Afrika``/
``Africa``); before e and i it is not (``Celle``, ``Cicero``)."""
_VOWELS = set("aeiouy")
_LETTERS = str.maketrans("đłøıħ", "dloih")
"""Letters that have no decomposition to fold (``Đại Việt``, ``Łódź``)."""
_DOUBLE = re.compile(r"(.)\1+")
PERSON_PRIOR = 0.25
"""Votes for "person" per occurrence: the kind of a name that nothing else explains."""

PLACE_TYPES = frozenset(("country", "region", "city"))
"""What ``glossary.gazetteer.place_type`` says of a place the packages know."""

KINDS = ("person", "place", "organisation", "event")
"""The kinds discovery gives; a finer type goes into ``detail``."""


@dataclass
class Group:
    """One discovered thing: its names, where they occur, and the evidence for its kind."""

    names: Counter[str] = field(default_factory=Counter)
    """Every name of the group with how often it was seen."""
    documents: set[str] = field(default_factory=set)
    votes: Counter[str] = field(default_factory=Counter)
    titles: Counter[str] = field(default_factory=Counter)
    detail: str = ""
    gazetteer: int = 0
    """The place votes that come from the packages' place names, not from the texts."""
    first: dict[str, int] = field(default_factory=dict)
    """Per document, the offset where the group is first named (unknown: not there)."""

    @property
    def name(self) -> str:
        """The fullest common name: the most words, then a ruler's with the numeral, then a
        base form rather than an inflected one (``Denver``, not ``Denvers``), then the most
        frequent, then the shortest."""
        keys = {name_key(name) for name in self.names}

        def rank(name: str) -> tuple[int, bool, bool, int, int]:
            inflected = any(form in keys for form in _uninflected(name_key(name)))
            numbered = bool(_numerals(name))  # "Elizabeth II", not "Elizabeth"
            return (_words(name), numbered, not inflected, self.names[name], -len(name))

        return max(self.names, key=rank)

    @property
    def kind(self) -> str:
        """The kind with most votes. Without strong evidence a name is taken for a person:
        each occurrence adds a little to that, so one "in X" among many mentions of a
        person does not make a place of them."""
        votes = {kind: float(self.votes[kind]) for kind in KINDS}
        if self.detail not in PLACE_TYPES:  # the packages know it as a place: no default
            votes["person"] += PERSON_PRIOR * sum(self.names.values())
        return max(KINDS, key=lambda kind: votes[kind])

    @property
    def shown_detail(self) -> str:
        """The detail to show with the kind: a kind of place only for a place or a state,
        since "Queen Victoria" is a person, whatever else the packages know by that name."""
        if self.detail in (*PLACE_TYPES, TOWN) and self.kind not in ("place", "state"):
            return ""
        return self.detail

    def absorb(self, other: Group, *, with_kind: bool = True) -> None:
        """Take the names (and, with ``with_kind``, the kind evidence) of ``other``."""
        self.names.update(other.names)
        self.documents |= other.documents
        self.titles.update(other.titles)
        for doc_id, offset in other.first.items():
            self.first[doc_id] = min(offset, self.first.get(doc_id, offset))
        if with_kind:
            self.votes.update(other.votes)
            self.gazetteer += other.gazetteer
            self.detail = self.detail or other.detail


def _words(name: str) -> int:
    """How many words of a name say who it is: those of ``_name_words`` (no regnal numeral
    or generation suffix, with or without its period), without a naming title
    (``Horatio Nelson`` heads a group before ``Lord Nelson``)."""
    words = _name_words(name)
    return len(words) - bool(words and words[0] in NAMING_TITLES)


def translit_key(name: str) -> str:
    """A key under which transliterations and old spellings of one name meet
    (``Lukaschenko``, ``Lukashenko``; ``Carl``, ``Karl``), and its spellings with a word
    written short (``St. Louis``, ``Saint Louis``)."""
    key = fold(name).replace("-", " ").translate(_LETTERS)
    key = _SHORT_WORD.sub(lambda match: _SHORT_WORDS.get(match[1], match[1]), key)
    for old, new in _TRANSLIT:
        key = key.replace(old, new)
    key = _HARD_C.sub("k", key)
    return _DOUBLE.sub(r"\1", key)


def group_names(
    found: dict[str, dict[str, NameInfo]], languages: dict[str, str] | None = None
) -> list[Group]:
    """The groups of every name found, per document id, strongest evidence first; with the
    documents' ``languages``, a place, an organisation or a ruler named in German and in
    English is one group."""
    groups: dict[str, Group] = {}
    for doc_id, names in found.items():
        for name, info in names.items():
            group = groups.setdefault(name_key(name), Group())
            group.names[name] += info.count
            group.documents.add(doc_id)
            group.votes.update(info.votes)
            group.titles.update(info.titles)
            if info.first >= 0:
                group.first[doc_id] = min(info.first, group.first.get(doc_id, info.first))
    _merge_inflections(groups)
    _merge_declined(groups)
    _merge_by(groups, lambda key, group: _translit_bucket(group.name))
    _merge_similar_spellings(groups)
    places = {name: info.place for names in found.values() for name, info in names.items()}
    _add_gazetteer_votes(groups.values(), places)
    _merge_abbreviations(groups, found)
    _merge_appositions(groups, found)
    _merge_shortened(groups)
    _merge_familiar(groups)
    _merge_designated(groups)
    _merge_reordered(groups)
    _merge_natural_features(groups)
    _merge_territories(groups)
    _merge_double_surnames(groups)
    _merge_regnal_names(groups)
    _merge_surnames(groups)
    _merge_firm_compounds(groups)
    for group in groups.values():
        _titles_to_card(group)
    if languages and len(set(languages.values())) > 1:
        _merge_translated(groups, languages)
    _kinds_from_lists(groups, found)
    result = list(groups.values())
    result.sort(key=lambda group: -sum(group.names.values()))
    return result


def _uninflected(key: str) -> Iterable[str]:
    """The forms ``key`` (a name key) would have without an ending on one or more words."""
    words = key.split()
    if len(words) > MAX_INFLECTED_WORDS:
        prefix, words = " ".join(words[:-1]) + " ", words[-1:]
    else:
        prefix = ""
    options = [
        [
            word,
            *(
                word[: -len(end)]
                for end in _ENDINGS
                if word.endswith(end) and len(word) - len(end) >= MIN_STEM
            ),
        ]
        if word not in CONNECTORS and not word.isdigit()
        else [word]
        for word in words
    ]
    for choice in product(*options):
        form = prefix + " ".join(choice)
        if form != key:
            yield form


def _merge_inflections(groups: dict[str, Group]) -> None:
    """A name that is another with an ending joins it (``Denvers``, ``Obersten Heeresleitung``)."""
    owner = {key: key for key in groups}
    for key in sorted(groups, key=len, reverse=True):  # an inflected form is the longer one
        for form in _uninflected(key):
            target = owner.get(form)
            if target is not None and target != owner[key] and target in groups:
                source = owner[key]
                groups[target].absorb(groups.pop(source))
                owner.update({name: target for name, held in owner.items() if held == source})
                break


_ADJECTIVE_ENDINGS = ("em", "en", "er", "es", "e")
"""What a German adjective adds to its stem: strong (``Deutscher Alpenverein``, ``Rotes
Kreuz``), weak after an article (``der Deutsche Alpenverein``) or in another case
(``des Deutschen Alpenvereins``)."""
_GENITIVES = ("ns", "es", "s")


def _merge_declined(groups: dict[str, Group]) -> None:
    """The names of one thing that a German adjective before its head declines otherwise
    meet, in any case (``Deutscher Alpenverein``, ``des Deutschen Alpenvereins``): neither is
    the other with an ending, so ``_merge_inflections`` leaves them; a person's name has no
    such adjective (``Peter``/``Pete``)."""
    owner: dict[str, str] = {}
    for key in sorted(groups, key=len):
        if groups[key].kind == "person" or " " not in key:
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


def _skeleton(key: str) -> str:
    """The consonants of a transliteration key, first letter kept (``chrshchv``)."""
    return key[:1] + "".join(char for char in key[1:] if char.isalpha() and char not in _VOWELS)


def _merge_similar_spellings(groups: dict[str, Group]) -> None:
    """Transliterations that differ in a vowel or two (``Chruschtschow``, ``Khrushchev``)."""
    buckets: dict[tuple[str, int], list[str]] = {}
    for key, group in groups.items():
        if not group.name.isupper():
            buckets.setdefault(_spelling_bucket(key), []).append(key)
    for (skeleton, _), members in buckets.items():
        if len(skeleton) < MIN_SKELETON:
            continue
        for index, key in enumerate(members):
            for other in members[:index]:
                if other in groups and key in groups and similar_spellings(key, other):
                    groups[other].absorb(groups.pop(key))
                    break


def _spelling_bucket(key: str) -> tuple[str, int]:
    translit = translit_key(key)
    return _skeleton(translit), translit.count(" ")


def similar_spellings(one: str, other: str) -> bool:
    """Two spellings of one name: the same consonants once transliterated, and one edit
    apart (two for long names), and the same regnal numerals."""
    if _numerals(one) != _numerals(other):
        return False  # "Wilhelm I." and "Wilhelm II." are two people
    first, second = translit_key(one), translit_key(other)
    if _skeleton(first) != _skeleton(second) or len(_skeleton(first)) < MIN_SKELETON:
        return False
    limit = 1 if min(len(first), len(second)) < 10 else 2
    return Levenshtein.distance(first, second) <= limit


def _translit_bucket(name: str) -> str:
    """Transliterations meet here, with and without an English article (``The Hague``,
    ``Hague``); a final vowel may vary too (``Lukaschenka``/``-o``); the regnal numerals
    must not (the folding of double letters would make "II" one "I")."""
    key = translit_key(name).removeprefix("the ")
    key = key.replace(" ", "")  # "Manakin Town", "Manakintown"
    if len(key) >= 7 and key[-1] in _VOWELS:
        key = key[:-1] + "*"
    return key + "|" + " ".join(_numerals(name))


def _numerals(name: str) -> list[str]:
    """The regnal numerals, generation suffixes and serial numbers of a name or name key
    (``II`` of ``Wilhelm II.``, ``JR`` of ``Martin Luther King Jr.``, ``11`` of ``Apollo 11``):
    namesakes differ in them (``Apollo 1`` is another mission; a German ordinal keeps its
    period, ``1. FC Köln``)."""
    return [word.rstrip(".").upper() for word in name.split() if word.isdigit() or _is_suffix(word)]


def _is_suffix(word: str) -> bool:
    """Whether a word of a name is a regnal numeral or a generation suffix (``II.``, ``Jr.``)."""
    upper = word.rstrip(".").upper()
    return upper in ROMAN or upper in _GENERATIONS


def _merge_by(groups: dict[str, Group], bucket_of: Callable[[str, Group], str]) -> None:
    buckets: dict[str, str] = {}
    for key in list(groups):
        bucket = bucket_of(key, groups[key])
        owner = buckets.setdefault(bucket, key)
        if owner != key:
            groups[owner].absorb(groups.pop(key))


def _add_gazetteer_votes(groups: Iterable[Group], places: dict[str, str]) -> None:
    """Countries, regions and cities the packages know are places, unless the text says
    otherwise (a title, a head noun)."""
    for group in groups:
        for name in group.names:
            found = places.get(name, "")
            if found:
                group.detail = group.detail or found
                weight = 3 if found == "country" else 1
                group.gazetteer = weight * (group.names[name] > 0)
                group.votes["place"] += group.gazetteer
                break
        if not group.detail:
            tail = group.name.split()[-1].split("-")[-1]
            head = head_kind(tail)
            group.detail = tail if head else ""


def _merge_abbreviations(groups: dict[str, Group], found: dict[str, dict[str, NameInfo]]) -> None:
    """An abbreviation joins the long form a text introduces it with, or one it spells out
    that occurs in the same document."""
    by_name = {name: key for key, group in groups.items() for name in group.names}
    for names in found.values():
        for abbreviation, info in names.items():
            if not is_abbreviation(abbreviation) or abbreviation not in by_name:
                continue
            long_forms = list(info.long_forms) or [
                name
                for name in names
                if " " in name.strip("-").replace("-", " ")  # "Kaiser-Wilhelm-Gesellschaft"
                and abbreviates(abbreviation, name.replace("-", " "))
            ]
            targets = {by_name[name] for name in long_forms if name in by_name}
            key = by_name[abbreviation]
            if len(targets) == 1 and key in groups and (target := targets.pop()) != key:
                if target in groups:
                    groups[target].absorb(groups.pop(key))
                    by_name.update({name: target for name in groups[target].names})


def _merge_appositions(groups: dict[str, Group], found: dict[str, dict[str, NameInfo]]) -> None:
    """A name the text gives another in apposition (a birth name, ``also known as``) joins
    it."""
    for names in found.values():
        for name, info in names.items():
            for other in info.same_as:
                owner = _group_of(groups, name)
                target = _group_of(groups, other)
                if owner is not None and target is not None and owner != target:
                    groups[owner].absorb(groups.pop(target))


def _group_of(groups: dict[str, Group], name: str) -> str | None:
    """The key of the group that holds ``name`` now."""
    key = name_key(name)
    if key in groups and name in groups[key].names:
        return key
    return next((key for key, group in groups.items() if name in group.names), None)


def _name_words(name: str) -> list[str]:
    """The words of a name or name key without its regnal numerals and generation suffixes
    (``Wilhelm II.`` → ``Wilhelm``, ``John H. Glenn Jr.`` → ``John H. Glenn``)."""
    return [word for word in name.split() if not _is_suffix(word)]


def _merge_shortened(groups: dict[str, Group]) -> None:
    """A person's name without middle names joins the one full name it shortens (``Thomas
    Edison`` → ``Thomas Alva Edison``): same first and last word, the rest left out."""
    longer: dict[tuple[str, str], list[str]] = {}
    for key, group in groups.items():
        words = _name_words(key)
        if len(words) >= 3 and group.kind == "person":
            longer.setdefault((words[0], words[-1]), []).append(key)
    for key in list(groups):
        words = _name_words(key)
        if len(words) < 2 or key not in groups:
            continue
        owners = [
            owner
            for owner in longer.get((words[0], words[-1]), [])
            if owner != key and owner in groups and _subsequence(words, _name_words(owner))
        ]
        if len(owners) == 1:
            groups[owners[0]].absorb(groups.pop(key), with_kind=False)


def _merge_familiar(groups: dict[str, Group]) -> None:
    """A person's name with a familiar form of the given name joins the one full name of the
    same surname it stands for (``Ed Hillary`` → ``Edmund Hillary``, ``Bill Clinton`` →
    ``William Jefferson Clinton``, ``Fritz Walter`` → ``Friedrich Walter``)."""
    by_surname: dict[str, list[str]] = {}
    for key, group in groups.items():
        words = _name_words(key)
        if len(words) >= 2 and group.kind == "person":
            by_surname.setdefault(words[-1], []).append(key)
    for members in by_surname.values():
        for key in members:
            words = _name_words(key)
            owners = [
                owner
                for owner in members
                if owner in groups
                and is_nickname(words[0], (full := _name_words(owner))[0])
                and _subsequence(words[1:], full[1:])
            ]
            if len(owners) == 1 and key in groups:
                groups[owners[0]].absorb(groups.pop(key), with_kind=False)


def _merge_designated(groups: dict[str, Group]) -> None:
    """A person's name of two words or more without the land or house after ``von``/``of``
    joins the one full name that has it (``Franz Ferdinand`` → ``Franz Ferdinand von
    Österreich-Este``, ``Henry VIII`` → ``Henry VIII of England``); a given name alone is
    left to the surname rules (``Otto``, ``Otto von Bismarck``)."""
    designated: dict[str, list[str]] = {}
    for key, group in groups.items():
        words = key.split()
        cut = next((i for i, word in enumerate(words) if word in CONNECTORS), 0)
        if cut >= 2 and group.kind == "person":
            designated.setdefault(" ".join(words[:cut]), []).append(key)
    for key in list(groups):
        owners = [owner for owner in designated.get(key, []) if owner in groups]
        if len(owners) == 1 and groups[key].kind == "person":
            groups[owners[0]].absorb(groups.pop(key), with_kind=False)


def _merge_translated(groups: dict[str, Group], languages: dict[str, str]) -> None:
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
        stems = [word, *(word[: -len(end)] for end in _ENDINGS if word.endswith(end))]
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


def _merge_reordered(groups: dict[str, Group]) -> None:
    """An institution named with its head first and last is one (``University of
    Northumbria``, ``Northumbria University``), and an organisation's name that ends
    exactly one longer one on the same head is its short form (``Muslim League`` → ``All
    India Muslim League``)."""
    for key in list(groups):
        if key not in groups:
            continue
        words = groups[key].name.split()
        if len(words) >= 3 and words[1] == "of" and head_kind(words[0]):
            other = name_key(" ".join([*words[2:], words[0]]))
            if other != key and other in groups:
                groups[other].absorb(groups.pop(key))
    longer: dict[str, list[str]] = {}
    for key, group in groups.items():
        if group.kind == "organisation" and head_kind(group.name.split()[-1]):
            longer.setdefault(key.split()[-1], []).append(key)
    for key in list(groups):
        words = key.split()
        if len(words) < 2 or key not in groups or groups[key].kind != "organisation":
            continue
        owners = [
            owner
            for owner in longer.get(words[-1], [])
            if owner in groups and owner != key and owner.endswith(" " + key)
        ]
        if len(owners) == 1:
            groups[owners[0]].absorb(groups.pop(key))


_PEAK_WORDS = frozenset(("Mount", "Mt.", "Mt", "Mont", "Monte"))
"""Words before a mountain's name that a text may leave out (``Mount Everest``, ``Everest``);
after a name they may name a house (``Rydal Mount``), so only before."""


def _merge_natural_features(groups: dict[str, Group]) -> None:
    """A place named with and without its kind of feature is one place (``Vistula River``,
    ``Vistula``; ``Lake Tanganyika``, ``Tanganyika``; ``Mount Everest``, ``Everest``, but not
    ``Mt. Kenya`` and the land ``Kenya``), a town with and without its river
    (``Frankfurt am Main``, ``Frankfurt``), a firm with and without its legal form
    (``Siemens & Halske AG``) or the head noun after a name of two words or more (``Great
    Western Railway``, ``Great Western``)."""
    for key in list(groups):
        if key not in groups:
            continue
        words = re.split(r"[ \-]", groups[key].name)  # "Vistula River", "Sinai-Halbinsel"
        if len(words) < 2:
            continue
        if any(tuple(words[1:-1]) == link for link in PLACE_LINKS) and len(words) > 2:
            rest = words[:1]  # "Frankfurt am Main" is "Frankfurt"
        elif words[-1].rstrip(".") in LEGAL_FORMS:
            rest = words[:-1]  # "Siemens & Halske AG" is "Siemens & Halske"
            if _unnamed_head(rest, groups):
                rest = rest[:-1]  # "Pennine Power Holdings plc" is "Pennine Power"
            if _names_person(rest, groups):
                continue  # "Carl Zeiss AG", "Zuse KG": the founder is not the firm
        elif words[-1] in NATURAL_FEATURES:
            rest = words[:-1]
        elif _short_form_head(groups[key]):
            rest = words[:-1]  # "Boston Consolidated Gas Company" is "Boston Consolidated Gas"
            person = len(rest) == 2 and is_first_name(rest[0])
            if person or _is_place(name_key(" ".join(rest)), groups):
                continue  # "Henry Ford Hospital", "Hudson River Railroad"
        elif words[0] in NATURAL_FEATURES or words[0] in _PEAK_WORDS:
            rest = words[1:]
        else:
            continue
        bare = name_key(" ".join(rest))
        bare = next((form for form in (bare, *_uninflected(bare)) if form in groups), bare)
        if words[0] in _PEAK_WORDS and bare in groups and groups[bare].detail in PLACE_TYPES:
            continue  # the land or town the mountain is named after
        if bare != key and bare in groups:  # "St. Johns River", "am St. Johns" (-> St. John)
            groups[key].absorb(groups.pop(bare))


def _unnamed_head(words: list[str], groups: dict[str, Group]) -> bool:
    """Whether a firm's name without its legal form still ends on an organisation's head
    noun after two words or more (``Pennine Power Holdings``) that the texts never name it
    with: they leave out both (``Pennine Power``)."""
    named = name_key(" ".join(words)) in groups
    return len(words) >= 3 and head_kind(words[-1]) == "organisation" and not named


_FIRM_WORDS = frozenset(("Konzern", "Gruppe", "Firma", "Unternehmen"))
"""German nouns for a firm as a whole, which a compound puts after its name (``der
Siemens-Konzern``, ``die Bosch-Gruppe``); not those for a part or an offshoot of it
(``Werk``, ``Stiftung``: the ``Volkswagen-Stiftung`` is a foundation of its own)."""


def _merge_firm_compounds(groups: dict[str, Group]) -> None:
    """A firm's name hyphenated to a noun for the whole firm joins the firm (``Siemens-Konzern``
    → ``Siemens AG``), when the texts name an organisation so."""
    firms = {
        name_key(name): key
        for key, group in groups.items()
        if group.kind == "organisation"
        for name in group.names
    }
    for key in list(groups):
        first, _, head = groups[key].name.rpartition("-")
        owner = firms.get(name_key(first)) if head in _FIRM_WORDS and " " not in first else None
        if owner is not None and owner != key and owner in groups:
            groups[owner].absorb(groups.pop(key), with_kind=False)


def _short_form_head(group: Group) -> bool:
    """Whether an organisation's name of three words or more, by spaces, ends on an
    organisation's head (``Great Western Railway``), which a text may leave out; not a German
    compound's (``Kaiser-Wilhelm-Gesellschaft`` is no ``Kaiser Wilhelm``)."""
    words = group.name.split()
    return (
        len(words) >= 3 and group.kind == "organisation" and head_kind(words[-1]) == "organisation"
    )


def _merge_territories(groups: dict[str, Group]) -> None:
    """A land named with its territory head and alone (``Königreich Sachsen``, ``Sachsen``)
    is one place when every text names the land first and the bare name is no town: a
    town's name alone may be the town (``Hannover``, ``Königreich Hannover``), a name
    seen only inside the land's name is the town it is named after (``Grafschaft Aversa``),
    and one a text uses before the land may be today's region."""
    for key in list(groups):
        words = groups[key].name.split() if key in groups else []
        if len(words) != 2 or not words[0].lower().endswith(TERRITORY_HEADS):
            continue
        bare = groups.get(name_key(words[1]))
        if bare is None or bare is groups[key] or bare.detail in ("city", TOWN):
            continue
        if not _named_after(bare, groups[key]):
            continue
        if sum(bare.names.values()) > sum(groups[key].names.values()):  # alone too
            groups[key].absorb(groups.pop(name_key(words[1])), with_kind=False)


def _named_after(short: Group, full: Group) -> bool:
    """Whether each text that has both names gives ``full`` before ``short``."""
    shared = short.first.keys() & full.first.keys()
    return bool(shared) and all(full.first[doc] < short.first[doc] for doc in shared)


def _merge_double_surnames(groups: dict[str, Group]) -> None:
    """A person's given name with one part of a double surname joins the one full name
    with the whole (``Hans Stosch``, ``Irène Curie`` → ``Hans Stosch-Sarrasani``, ``Irène
    Joliot-Curie``)."""
    doubles: dict[tuple[str, str], list[str]] = {}
    for key, group in groups.items():
        words = group.name.split()
        if len(words) == 2 and "-" in words[1] and group.kind == "person":
            for part in words[1].split("-"):
                doubles.setdefault((name_key(words[0]), name_key(part)), []).append(key)
    for key in list(groups):
        words = [name_key(word) for word in groups[key].name.split()] if key in groups else []
        owners = doubles.get((words[0], words[-1]), []) if len(words) == 2 else []
        if len(owners) == 1 and owners[0] in groups and owners[0] != key:
            groups[owners[0]].absorb(groups.pop(key), with_kind=False)


def _merge_regnal_names(groups: dict[str, Group]) -> None:
    """A ruler's name without the regnal numeral joins the one ruler of that name
    (``Elizabeth`` → ``Elizabeth II``, ``Gustav Adolf`` → ``Gustav II. Adolf``), unless
    another ruler (``Wilhelm I.``, ``Wilhelm II.``) or another person (``Elizabeth
    Blackwell``) has it too, or it is a place the packages know and the texts use as one,
    and when each text names the ruler with the numeral first (``Napoleon`` before
    ``Napoleon III.`` is his uncle)."""
    rulers: dict[str, list[str]] = {}
    for key, group in groups.items():
        if _numerals(key) and group.kind == "person":
            rulers.setdefault(" ".join(_name_words(key)), []).append(key)
    first_words = Counter(
        words[0] for key in groups if len(words := _name_words(key)) >= 2 and not _numerals(key)
    )
    for key in list(groups):
        owners = rulers.get(key, [])
        known_place = groups[key].detail in PLACE_TYPES and _is_place(key, groups)
        if len(owners) != 1 or _numerals(key) or known_place:
            continue
        if not _named_after(groups[key], groups[owners[0]]):
            continue  # "Napoleon ... Napoleon III.": the uncle came first
        if " " not in key and first_words[key]:
            continue  # "Elizabeth" may be Elizabeth Blackwell
        groups[owners[0]].absorb(groups.pop(key), with_kind=False)


def _names_person(words: list[str], groups: dict[str, Group]) -> bool:
    """Whether a firm's name without its legal form names a person of the texts: a given
    name and a surname (``Carl Zeiss``), or the surname of a full name found beside it
    (``Zuse`` with ``Konrad Zuse``)."""
    if len(words) >= 2:
        return "&" not in words and is_first_name(words[0])
    surname = name_key(words[0]) if words else ""
    return any(
        group.kind == "person" and surname in _surname_keys(group.name)
        for group in groups.values()
        if " " in group.name
    )


def _subsequence(short: list[str], long: list[str]) -> bool:
    """Whether the words of ``short`` stand in ``long`` in order, an initial for a word it
    begins (``franklin d. roosevelt`` in ``franklin delano roosevelt``)."""
    remaining = iter(long)
    return all(any(_spells(word, other) for other in remaining) for word in short)


def _spells(word: str, other: str) -> bool:
    """``word`` is ``other`` or its initial (``d.`` for ``delano``)."""
    if len(word) == 2 and word.endswith(".") and not other.endswith("."):
        return other.startswith(word[0])
    return word == other


def _merge_surnames(groups: dict[str, Group]) -> None:
    """A one-word name that begins or ends exactly one multi-word person name joins it
    (``Ludendorff`` → ``Erich Ludendorff``, ``Genghis`` → ``Genghis Khan``), and one that
    ends exactly one organisation's name joins that (``Broncos`` → ``Denver Broncos``),
    unless it is the head noun that says what sort of thing it is (``Partei``), as does
    the word before an organisation's head, alone or in the plural (``Labor``,
    ``Liberals``)."""
    full: dict[str, set[str]] = {}
    for key, group in groups.items():
        if group.kind == "person":  # every full name of the person ("Maria Skłodowska")
            for name in group.names:
                words = _name_words(name_key(name))
                if len(words) >= 2 and not {"of", "the"} & set(words):
                    for last in _surname_keys(name):
                        full.setdefault(last, set()).add(key)
                    full.setdefault(words[0], set()).add(key)
            continue
        words = _name_words(key)
        if group.kind == "event" and set(group.name.split()[:-1]) & EVENT_PREFIXES:
            full.setdefault(words[-1], set()).add(key)  # "Floyd" for "Hurricane Floyd"
            continue
        if group.kind != "organisation":
            continue
        modifier = organisation_modifier(group.name)
        if modifier and not _is_place(name_key(modifier), groups):
            # "Labor", "the Liberals" for "Liberal Party of Australia"; not "Yorkshire", a
            # place of its own in the texts, for "West Yorkshire Police"
            full.setdefault(name_key(modifier), set()).add(key)
        if len(words) < 2 or {"of", "the"} & set(words):
            continue
        name_words = group.name.split()
        first, last = name_words[0], name_words[-1]
        if not head_kind(last) and not any(map(institution_head, name_words[:-1])):
            full.setdefault(words[-1], set()).add(key)  # "Broncos"; not "Institut Curie",
            # "Skiclub Oberstdorf", "Freiwillige Feuerwehr Bardowick": the town after a
            # head is a place of its own
        if not first.islower() and not _is_place(words[0], groups):
            full.setdefault(words[0], set()).add(key)  # "DuMont", not "Denver"
    spellings: dict[str, list[str]] = {}  # similar spellings share a skeleton: no N×M scan
    for word in full:
        spellings.setdefault(_skeleton(translit_key(word)), []).append(word)
    bare_names = set(groups)  # the one-word names the texts use without a title
    for key in list(groups):
        title, bare = _titled_surname(key, groups[key].name) if key in groups else ("", "")
        if not bare:
            continue
        forms = [bare, *_uninflected(bare)]  # "Hülegüs" for "Hülegü Chan"
        exact = set(forms)
        genitive = [bare[:-1]] if bare.endswith("s") and len(bare) > MIN_STEM + 1 else []
        forms += [  # transliterated, in the genitive too ("Tschaikowskys" for "Tschaikowski")
            word
            for form in [bare, *genitive]
            for word in spellings.get(_skeleton(translit_key(form)), [])
            if similar_spellings(word, form) and word not in exact
        ]
        owners = list(
            {
                owner
                for form in forms
                for owner in full.get(form, set())
                if owner in groups
                and owner != key
                and (form in exact or groups[owner].kind == "person")
            }  # a transliteration joins a person only ("Tanganjika" is not "Tanganyika ...")
        )
        owners = _introduced_before(owners, groups[key], groups)
        surnamed = [
            owner for owner in owners if set(_surname_keys(groups[owner].name)) & set(forms)
        ]
        people = [owner for owner in surnamed if groups[owner].kind == "person"]
        surnamed = people or surnamed  # "Halske" is Johann Georg Halske, not Siemens & Halske
        if title:  # "Lady Tichborne" is a person, the one the text gave that title if any
            surnamed = [owner for owner in people if title in groups[owner].titles] or people
            owners = []
        if groups[key].detail in PLACE_TYPES and _is_place(key, groups):
            if not surnamed or _used_as_place(groups[key]):
                continue  # a town that begins a name is no given name ("Jacksonville Story"),
                # nor one the texts mostly put places to ends one ("VEB Carl Zeiss Jena")
        owner = _dominant(surnamed, groups, groups[key]) if surnamed else _dominant(owners, groups)
        if owner is not None and groups[owner].kind == "organisation" and groups[key].titles:
            continue  # a title says a person ("Frau Krause" of "Schneiderei Krause & Söhne")
        if owner is not None and _is_place(key, groups):
            ends = any(set(_surname_keys(name)) & set(forms) for name in groups[owner].names)
            given = not ends and not is_first_name(groups[key].name)
            if given or groups[owner].kind == "organisation":
                continue  # a place the texts name is no given name ("Thames", "Thames Ditton";
                # "Pierre" is one) nor a firm's or club's short name ("Feuerwehr Bardowick")
        # a surname may be a town's name too ("Wilson"): the full name decides the kind
        land = groups[key].detail == "country" or (  # never a surname ("Vietnam")
            groups[key].detail == "region" and not _region_surname(key, owner, surnamed, groups)
        )
        if owner is not None and groups[key].kind != "event" and not land:
            surname = groups.pop(key)
            if title and bare not in bare_names:  # "Lady Tichborne": the title goes on the card
                surname.titles[title] += sum(surname.names.values())
                surname.names = Counter({name.split()[1]: n for name, n in surname.names.items()})
            groups[owner].absorb(surname, with_kind=False)
            kind = groups[owner].kind  # the surname's evidence for that kind counts too
            groups[owner].votes[kind] += surname.votes[kind]


def _titles_to_card(group: Group) -> None:
    """A naming title goes on the card where the person's group has a full name and the
    surname alone too (``Lord Nelson`` beside ``Nelson`` for Horatio Nelson): the surname is
    the mention. ``Lady Gaga`` with no other full name stays her name."""
    full = [name for name in group.names if len(name.split()) >= 2]
    for name in list(group.names):
        words = name.split()
        if group.kind == "person" and len(words) == 2 and words[0] in NAMING_TITLES:
            if words[1] in group.names and len(full) > 1:
                count = group.names.pop(name)
                group.names[words[1]] += count
                group.titles[words[0]] += count


def _region_surname(
    key: str, owner: str | None, surnamed: list[str], groups: dict[str, Group]
) -> bool:
    """Whether a region's name the packages know is the plain surname of ``owner`` here: a
    person's last name after a given name (``Horatio Nelson``, a region of New Zealand too),
    not a land after ``von``/``of`` (``Philipp von Hessen``), and never put to a place
    clue in the texts (``in Nelson``)."""
    if owner is None or owner not in surnamed or groups[owner].kind != "person":
        return False
    words = groups[owner].name.split()
    return len(words) >= 2 and words[-2] not in CONNECTORS and not _is_place(key, groups)


def _titled_surname(key: str, name: str) -> tuple[str, str]:
    """The naming title and the key of the one word the group ``key`` named ``name`` stands
    on: ``("", "ludendorff")`` for ``Ludendorff``, ``("Lady", "tichborne")`` for ``Lady
    Tichborne`` (such a title stays in the name: ``Lord Byron``); ``("", "")`` for a longer
    name."""
    words = name.split()  # "Doliwo-Dobrowolski" is one word
    if len(words) == 1:
        return "", key
    if len(words) == 2 and words[0] in NAMING_TITLES:
        return words[0], name_key(words[1])
    return "", ""


def _surname_keys(name: str) -> list[str]:
    """The keys under which a full name's surname may stand alone: its last word, a
    hyphenated one whole (``Doliwo-Dobrowolski``), and without a German genitive ``s``
    (``Thomas Alva Edisons`` → ``Edison``)."""
    words = _name_words(name)
    if len(words) < 2 or name.split()[-1].rstrip(".") in ROMAN:
        return []  # a ruler's names are given names ("Friedrich Wilhelm IV.")
    last = name_key(words[-1])
    keys = [last, last.split()[-1]]
    if last.endswith("s") and len(last) > MIN_STEM + 1:
        keys.append(last[:-1])
    return keys


def _introduced_before(owners: list[str], short: Group, groups: dict[str, Group]) -> list[str]:
    """The full names a text gives before it first uses the short name alone, when there
    are such: a surname alone stands for someone already introduced (``Emil Rathenau ...
    Rathenau ... Rathenaus Sohn Walther Rathenau``)."""
    before = [
        owner
        for owner in owners
        if any(
            offset < short.first.get(doc_id, -1) for doc_id, offset in groups[owner].first.items()
        )
    ]
    return before or owners


def _is_place(key: str, groups: dict[str, Group]) -> bool:
    """Whether the texts use the name as a place (``in Denver``); a town of that name
    somewhere (``DuMont``, a town in New Jersey) is not enough."""
    group = groups.get(key)
    return group is not None and group.votes["place"] > group.gazetteer


def _used_as_place(group: Group) -> bool:
    """Whether most of a known place's occurrences have a place clue in the texts (``in
    Jena``), beyond the packages' vote."""
    return 2 * (group.votes["place"] - group.gazetteer) >= sum(group.names.values())


def _dominant(
    owners: list[str], groups: dict[str, Group], surname: Group | None = None
) -> str | None:
    """The full name a surname stands for (names it ends are tried before names it begins:
    ``Luther`` is ``Martin Luther``, not ``Luther Bible``): the only one, or the one the texts
    name more often than any other (``Tesla`` in a life of Nikola Tesla who mentions his
    father Milutin Tesla once; ``Curie`` beside Pierre and Irène Curie), or, among people
    named as often, each with a given name before the ``surname``, the one named first in
    the texts of the surname (``Tom Bourdillon and his father Robert Bourdillon``: the one
    the text is about); none when that ties too (``Bible`` is not the ``Luther Bible`` for
    coming first, nor a given name alone the first of two people who share it)."""
    if len(owners) <= 1:
        return owners[0] if owners else None
    people = surname is not None and all(  # a given name and the surname: kin, namesakes
        groups[owner].kind == "person" and is_first_name(groups[owner].name.split()[0])
        for owner in owners
    )
    documents = surname.documents if people and surname is not None else set()

    def rank(owner: str) -> tuple[int, int]:
        offsets = [groups[owner].first.get(doc_id, -1) for doc_id in documents]
        known = [offset for offset in offsets if offset >= 0]
        return sum(groups[owner].names.values()), -min(known) if known else 0

    ranked = sorted(((rank(owner), owner) for owner in owners), reverse=True)
    return ranked[0][1] if ranked[0][0] != ranked[1][0] else None


def _kinds_from_lists(groups: dict[str, Group], found: dict[str, dict[str, NameInfo]]) -> None:
    """A name with no clue of its own in the texts takes the kind of the names it is listed
    with, when they agree on one, those the texts say something about counting twice
    (``Lanzarote,
    Fuerteventura und El Hierro``; ``Ford, Toyota und Holden`` after ``Automarken``, even
    where a town has the name)."""
    owner = {name: key for key, group in groups.items() for name in group.names}
    kinds = {key: group.kind for key, group in groups.items() if group.votes}
    weight = {key: 2 if _text_votes(group) else 1 for key, group in groups.items()}
    for key, group in groups.items():
        if _text_votes(group):
            continue  # the text already says something about it
        listed: Counter[str] = Counter()
        for names in found.values():
            for name in group.names:
                info = names.get(name)
                for partner, count in (info.partners if info else Counter()).items():
                    partner_key = owner.get(partner)
                    if partner_key and partner_key != key and partner_key in kinds:
                        listed[kinds[partner_key]] += count * weight[partner_key]
        if listed:
            kind, count = listed.most_common(1)[0]
            if count > sum(listed.values()) / 2:  # beats a town of that name somewhere
                group.votes[kind] += 1 + (group.gazetteer if group.detail == "city" else 0)


def _text_votes(group: Group) -> int:
    """The kind votes that come from the texts, not from the packages' place names."""
    return sum(group.votes[kind] for kind in KINDS) - group.gazetteer
