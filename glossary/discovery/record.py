"""What one name run becomes: its cleaned name and the occurrences to store.

Connectors at the end are dropped, an initial keeps its period, a genitive ``s`` is folded, a
model's type designation or a bare numeral is no name, and a hyphenated compound also records
the name inside it (``Brussilow`` in ``Brussilow-Offensive``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from glossary.discovery.abbreviations import is_abbreviation
from glossary.discovery.clue_words import _landscape
from glossary.discovery.clues import _clues
from glossary.discovery.coordinated import truncated_compound_at
from glossary.discovery.evidence import _bare
from glossary.discovery.reader import _Reader
from glossary.discovery.run_heads import _BATTLE_WORDS, SAINTS, TERRITORY_HEADS
from glossary.discovery.run_links import _abbreviation_and_noun, _common_tail
from glossary.discovery.runs import _HEAD_LINKS
from glossary.discovery.tokenising import _Token
from glossary.discovery.word_classes import _HYPHEN
from glossary.first_names import is_first_name, is_surname
from glossary.frequencies import zipf
from glossary.gazetteer import demonym_of, is_country_or_region, nationality_of, place_type
from glossary.name_words import (
    CONNECTORS,
    NAMING_TITLES,
    ROMAN,
    compound_head_kind,
    head_kind,
    is_vessel,
    language_names,
)
from glossary.tagger import (
    is_proper_noun,
    known_lemma,
    known_tag,
    proper_noun_evidence,
)

_Occurrence = tuple[str, int, list[str], list[str]]
"""One occurrence of a name: the name, its offset, its kind votes (a kind per vote: counted
when added, a ``Counter`` per run would cost more than the counting) and the titles before
it."""


def _record(
    text: str, words: list[_Token], run: tuple[int, int, list[str]], reader: _Reader
) -> tuple[str, list[_Occurrence]]:
    """The run's name (or ``""``) and its occurrences to store, with the names inside it,
    each with its clues."""
    start, end, titles = run
    while end > start and words[end].text in CONNECTORS:
        end -= 1
    if reader.language == "de" and start == end and _elided(text, words[end]):
        return "", []  # "Die Brück’ am Tay": the noun "Brücke", not the town Brück
    parts, ordinal = _name_words(text, words, start, end, titles, reader.language)
    name = _clean(parts, reader.language, ordinal)
    church = reader.language == "en" and _named_after_saint(parts, words, end)
    if church:  # "rebuilt St Paul's in a new style": the church, not the apostle
        name = " ".join(parts)
    # "das U-Boot S-13": a ship's number, which alone would be a type's
    named_ship = start > 0 and is_vessel(words[start - 1].text, reader.language)
    if not named_ship and _no_name(name, parts, words[end + 1] if end + 1 < len(words) else None):
        return "", []
    if reader.language == "en" and (demonym_of(name) or _national(name)) and not place_type(name):
        return "", []  # "the only New Zealander", "an Englishman": no one in particular
    votes = _clues(text, words, start, end, titles, reader)
    if len(parts) == 1 and name != words[start].text and is_abbreviation(name):
        votes = ["place"] if place_type(name) == "country" else ["organisation", "organisation"]
    completed = _truncated(text, words, end) if len(parts) == 1 else ""
    if completed:  # "Nord- und Ostsee": the first is "Nordsee"
        name = completed
        head = _landscape(completed) or compound_head_kind(completed)
        votes = [head, head] if head else votes
    if len(parts) == 1 and _land_ending(name, reader.language):
        votes.append("place")
    if church:
        votes = ["place", "place"]
    occurrences: list[_Occurrence] = [(name, words[start].start, votes, titles)]
    occurrences += _names_inside(parts, words, start, reader, ordinal)
    return name, occurrences


def _named_after_saint(parts: list[str], words: list[_Token], end: int) -> bool:
    """A saint's name in the possessive that possesses nothing after it (``the new St
    Paul's was begun``, ``at St Mary's.``): a church, school or hospital named after the
    saint, its head noun left out; not the saint's own possessive before a noun or an
    adjective (``St Paul's letters``)."""
    if len(parts) < 2 or parts[0] not in SAINTS or not parts[-1].endswith(("'s", "’s")):
        return False
    following = words[end + 1] if end + 1 < len(words) else None
    if following is None or not following.joined:
        return True
    return not (known_tag(following.text, "en") or "NN").startswith(("NN", "NP", "AJ"))


def _name_words(
    text: str, words: list[_Token], start: int, end: int, titles: list[str], language: str
) -> tuple[list[str], bool]:
    """The run's words as its name writes them, and whether a regnal ordinal ends it: an
    initial keeps its period (``John C. Messenger``), a German common noun after a hyphen
    goes (``Tom Baker-Perioden``), a naming title joins a lone name (``Lady Gaga``, ``Lord
    Byron``) and a German ordinal keeps its period (``Wilhelm II.``)."""
    parts = [word.text for word in words[start : end + 1]]
    for index in range(len(parts) - 1):
        gap = text[words[start + index].end : words[start + index + 1].start]
        if gap in (". ", " & ", "' ", "’ ", ", ") or _truncating(gap):
            parts[index] += gap.rstrip()  # "Land- und Forstwirtschaft": the hyphen stays
    if language == "de" and (
        _common_tail(parts[-1]) if len(parts) >= 2 else _abbreviation_and_noun(parts[0])
    ):
        hyphen = list(_HYPHEN.finditer(parts[-1]))[-1]
        parts[-1] = parts[-1][: hyphen.start()]
    if titles and titles[-1] in NAMING_TITLES and len(parts) == 1 and not is_first_name(parts[0]):
        parts = [titles[-1], *parts]
    last = parts[-1]
    ordinal = last in ROMAN and len(parts) > 1
    if ordinal and language == "de" and text[words[end].end : words[end].end + 1] == ".":
        parts[-1] = last + "."
    return parts, ordinal


def _truncating(gap: str) -> bool:
    """A hyphen on a word and one space (``Land- und``, also with ``‐``): a truncated
    compound's, which the name writes as it stands."""
    return len(gap) == len("- ") and gap[1] == " " and _HYPHEN.fullmatch(gap[0]) is not None


_NATIONAL_ENDINGS = ("man", "men", "woman", "women")


def _national(name: str) -> bool:
    """An English noun of a nation's man or woman: a language's or a nationality's
    adjective and ``man`` (``Englishman``, ``Frenchwomen``, ``Scotsman``): no one in
    particular."""
    if " " in name or not name.endswith(_NATIONAL_ENDINGS):
        return False
    stem = name[: name.rindex("w") if name.endswith(("woman", "women")) else name.rindex("m")]
    return any(
        nation in language_names() or nationality_of(nation)
        for nation in (stem, stem.removesuffix("s"))
        if nation
    )


def _no_name(name: str, parts: list[str], following: _Token | None) -> bool:
    """Whether the cleaned run names nothing a reader looks up: nothing left, a language's
    name (not a land's too), a model's type (``Ju 52``, ``P 601``, ``MD-11``) or numerals
    alone (``Kapitel II``, ``I, II und III``)."""
    if not name or (
        len(parts) == 1 and name in language_names() and not is_country_or_region(name)
    ):  # "Alabama", "Delaware": a land; as one word a language only in the lists
        return True
    if len(parts) == 1 and _designation(parts[0], following):
        return True
    return all(part.rstrip(".") in ROMAN for part in parts)


def _land_ending(name: str, language: str) -> bool:
    """A one-word name with a land's ending: German ``-ien`` (``Sizilien``, ``Persien``),
    English ``-ia`` that is no person's name (``Scandinavia``, ``Lusatia``; not
    ``Victoria``)."""
    if language == "de":
        return name.endswith("ien")
    if language == "en" and name.endswith("ia"):
        return not (is_first_name(name) or is_surname(name))
    return False


RAILWAY_LINE = "line"
"""An English railway line takes the name of the place or river it serves (``the Amur
line``, ``the Piccadilly line``): that place is a name inside the line's."""


def _names_inside(
    parts: list[str], words: list[_Token], start: int, reader: _Reader, ordinal: bool
) -> Iterator[_Occurrence]:
    """The names inside the run's name: the place after a territory's head (``Capua`` in
    ``Fürstentum Capua``) or after a place's or an event's head, also a compound's, and a
    link (``Tschernobyl`` in ``Sperrzone von Tschernobyl``), and the names in a hyphenated compound
    (``Brussilow`` in ``Brussilow-Offensive``)."""
    if len(parts) == 2 and parts[0].lower().endswith(TERRITORY_HEADS):
        yield (parts[1], words[start + 1].start, ["place"], [])
    linked = len(parts) > 2 and parts[1] in _HEAD_LINKS  # "Weststadt von Karlsruhe" too
    if linked and compound_head_kind(parts[0]) in ("place", "event"):
        inner = _clean(parts[2:], reader.language, ordinal)
        if inner and inner.split()[0] not in CONNECTORS:
            yield (inner, words[start + 2].start, ["place"], [])
    if len(parts) == 2 and parts[1] == RAILWAY_LINE and reader.language == "en":
        yield (parts[0], words[start].start, ["place"], [])  # "the Amur line": the Amur
    for piece, kind in _compound_names(parts, reader):
        yield (piece, words[start].start, [kind] if kind else [], [])


def _elided(text: str, token: _Token) -> bool:
    """A German word with an apostrophe for a dropped ``e`` that makes a common noun (``die
    Brück’``, ``im Haus’``)."""
    if text[token.end : token.end + 1] not in ("'", "’"):
        return False
    return proper_noun_evidence(token.text + "e", "de") < 0


MIN_SHARED_HEAD = 3


def _truncated(text: str, words: list[_Token], end: int) -> str:
    """The whole German compound a one-word run stands for when a hyphen ends it and a
    compound follows that completes it (``Nord- und Ostsee``: ``Nordsee``; ``Nord- oder
    Südamerika``: ``Nordamerika``): the run and the longest tail of the later word that
    makes a word German writes or a place the packages know; ``""`` for none."""
    if not truncated_compound_at(text, words, end):
        return ""
    first, later = words[end].text, words[end + 2].text
    for cut in range(1, len(later) - MIN_SHARED_HEAD + 1):
        whole = first + later[cut:]
        if zipf(whole.lower(), "de") > 0 or place_type(whole):
            return whole
    return ""


_TYPE_NUMBER = re.compile(r"[A-ZÄÖÜ][A-Za-z]{0,2}(?:[\-‐‑]\d{1,4}|\d{2,4})[a-z]?")


MAX_TYPE_LETTERS = 3


MAX_TYPE_DIGITS = 3


def _designation(word: str, following: _Token | None) -> bool:
    """A model's type designation: a few letters with a hyphen and a number or with two
    digits or more in one word (``MD-11``, ``Me262``; not ``K2``, ``G7``) or before a short
    number (``Ju 52``, ``EA 827``, ``P 601``), which names a kind of machine, not one thing a
    reader looks up."""
    if _TYPE_NUMBER.fullmatch(word):
        return True
    if len(word) > MAX_TYPE_LETTERS or following is None or not following.joined:
        return False
    number = following.text
    return number.isdigit() and len(number) <= MAX_TYPE_DIGITS


def _clean(parts: list[str], language: str, ordinal: bool) -> str:
    """The name without a possessive or genitive ending on its last name word."""
    index = len(parts) - 2 if ordinal else len(parts) - 1
    word = _bare(parts[index])
    if language == "de" and len(word) > 4 and word.endswith("s") and not word.isupper():
        known = known_lemma(word, "de")
        if known == word[:-1] or (known is None and is_proper_noun(word[:-1], "de")):
            word = word[:-1]  # "Wilhelms II." -> "Wilhelm II."
        elif known is None and _genitive_of_place([*parts[:index], word]):
            word = word[:-1]  # "vor der Küste Pommerns" -> "Pommern"
        elif known is None and _genitive_of_given_name(word):
            word = word[:-1]  # "das Rom Caesars" -> "Caesar"
        elif index == 0 and not compound_head_kind(word):
            word = _genitive_of_head(word)  # "während des Burenkriegs" -> "Burenkrieg"
    cleaned = [*parts[:index], word, *parts[index + 1 :]]
    return " ".join(cleaned).strip()


def _genitive_of_given_name(word: str) -> bool:
    """A German genitive of a name the lists know as a given name, not itself a name the
    lists or the packages know (``Caesars``, ``Napoleons``; not ``Andreas``, ``Paris``)."""
    if is_first_name(word) or is_surname(word) or place_type(word):
        return False
    return is_first_name(word[:-1])


def _genitive_of_head(word: str) -> str:
    """A one-word German compound without its genitive ``s`` or ``es`` when that leaves a
    compound on a head noun (``Burenkriegs``, ``Zollvereins``, ``Reichstages``), else the
    word as it is."""
    for end in ("s", "es"):
        stem = word.removesuffix(end)
        if stem != word and len(stem) > MIN_STEM and compound_head_kind(stem):
            return stem
    return word


MIN_STEM = 4
"""A genitive ending goes only where it leaves more letters than this (``Amts``: no)."""


def _genitive_of_place(parts: list[str]) -> bool:
    """A German genitive of a place the packages know that they do not know with its ``s``
    (``Pommerns``, ``Ostpreußens``; not ``Paris``, ``Athens``), which the lexicon misses."""
    name = " ".join(parts)
    return bool(place_type(name[:-1])) and not place_type(name)


_NAMED_AFTER_HEADS = ("place", "organisation")
"""The kinds of head a compound names after a person (a street, a school, a museum)."""


def _named_apart(piece: str, reader: _Reader) -> bool:
    """Whether a name before a hyphen and a street's, a building's or a body's head is one
    of its own: the text uses it alone, or it is an abbreviation (``CDU-Fraktion``) or a
    place the packages know (``Elbe-Brücke``)."""
    return bool(reader.alone[piece] or is_abbreviation(piece) or place_type(piece))


def _compound_names(parts: list[str], reader: _Reader) -> Iterator[tuple[str, str]]:
    """``Brussilow-Offensive``: the name before the hyphen (``Jom-Kippur`` in
    ``Jom-Kippur-Krieg``), and the kind its head gives."""
    if len(parts) != 1 or not _HYPHEN.search(parts[0]):
        return
    pieces = _HYPHEN.split(parts[0])
    head = head_kind(pieces[-1].capitalize()) or head_kind(pieces[-1])
    names = [
        piece
        for piece in pieces[:-1]
        if reader.name_word(piece, False) and (head or reader.alone[piece])
    ]
    if head in _NAMED_AFTER_HEADS and not all(_named_apart(piece, reader) for piece in names):
        return  # "Robert-Daum-Platz", "Goethe-Institut": a person the text names only there
        # is no entry of its own
    if head and len(names) == len(pieces) - 1 > 1:
        names = ["-".join(names)]  # "Jom-Kippur-Krieg": one name before the head
    if head or names:
        for piece in names:
            yield piece, "place" if head == "event" and pieces[-1] in _BATTLE_WORDS else ""
