"""Nouns before a name that say where it begins and ends: a ship's noun (``der Kreuzer
Admiral Hipper``, ``das U-Boot S-13``), a title before ``von`` (``des Herzogs von
Württemberg``: what the title rules), a settlement's part before ``von`` (``der Hafen von
Gotenhafen``: the town is the name), a ruler's byname after an article (``Heinrich der
Löwe``), and an event's head after a name's head, which is the verb's object (``führte die
Hanse Krieg``).
"""

from __future__ import annotations

import re

from glossary.discovery.lexicon import _adjective_form, plural_head
from glossary.discovery.reader import _Reader
from glossary.discovery.tokenising import _Token
from glossary.discovery.word_classes import (
    BYNAME_ARTICLES,
    GENERATIONS,
    NOMINATIVE_BYNAME_ARTICLES,
    OBLIQUE_BYNAME_ARTICLES,
    POSSESSIVES,
)
from glossary.first_names import is_first_name, is_surname
from glossary.gazetteer import place_type
from glossary.name_words import (
    CONNECTORS,
    LOCATED_HEADS,
    compound_head_kind,
    head_kind,
    inflected_head_kind,
    is_inflected_title,
    is_title,
    is_vessel,
)
from glossary.tagger import is_adjective, proper_noun_evidence

_SHIP_NUMBER = re.compile(r"[A-ZÄÖÜ]{1,3}[\-‐‑]?\d{1,4}")


MAX_SHIP_LETTERS = 3


def _ship_number(words: list[_Token], position: int, language: str) -> int:
    """How many words a ship's number right after a ship's noun takes (``das U-Boot S-13``:
    one, ``das Boot U 47``: two), or 0. Alone such a number is a type (``Ju 52``: many
    aircraft, no name); after the noun of one ship it is that ship's name."""
    word = words[position].text
    if not word.isupper() or position == 0 or not words[position].joined:
        return 0  # most words: no capitals only (a ship's number is all capitals)
    if not is_vessel(words[position - 1].text, language):
        return 0
    if _SHIP_NUMBER.fullmatch(word):
        return 1
    following = position + 1
    if len(word) > MAX_SHIP_LETTERS or following >= len(words):
        return 0
    return 2 if words[following].joined and words[following].text.isdigit() else 0


_FEMALE_TITLES = frozenset(("Frau", "Lady", "Dame", "Miss", "Mrs", "Ms", "Queen"))


def ship_article(words: list[_Token], position: int) -> bool:
    """``die`` right before a man's title and a name joined to it (``die Graf Spee``,
    ``die Admiral Scheer``): no person (he would take ``der``) but the ship named after
    him, whose name keeps the title. German only (the caller's check)."""
    following = position + 1
    if position == 0 or following >= len(words) or words[position - 1].text.lower() != "die":
        return False  # most words
    title = words[position].text
    if not (is_title(title) and words[position].joined and words[following].joined):
        return False
    male = not title.endswith("in") and title not in _FEMALE_TITLES  # "die Königin Luise"
    return male and words[following].text[:1].isupper()


def _named_ship(words: list[_Token], position: int, reader: _Reader) -> bool:
    """Whether the titled name at ``position`` is a ship's: after a ship's noun (``der
    Kreuzer Admiral Hipper``) or after ``die`` (``ship_article``)."""
    if is_vessel(words[position - 1].text, reader.language):
        return True
    return reader.language == "de" and ship_article(words, position)


def _naval_rank_tail(words: list[_Token], position: int) -> int:
    """``zur See`` after a naval rank (``Kapitän zur See Hans Langsdorff``): 2, the words
    that belong to the title, or 0."""
    following = position + 1
    if following >= len(words) or words[position].text != "zur" or words[following].text != "See":
        return 0
    return 2 if words[position].joined and words[following].joined else 0


def _title_before_von(words: list[_Token], position: int) -> bool:
    """A German title in the genitive or dative before ``von`` (``des Herzogs von``, ``dem
    Grafen von``)."""
    if position + 1 >= len(words) or words[position + 1].text != "von":
        return False
    return is_inflected_title(words[position].text)


def _role_after_possessive(words: list[_Token], position: int, reader: _Reader) -> bool:
    """A German capitalised noun after a possessive, joined to a name word after it (``sein
    Vetter Heinrich``, ``ihr Verleger Cotta``): the person's role, as a title is,
    even a noun that is a surname too; a name takes no possessive. Not an adjective
    (``seine Deutsche Bank``) or a head noun (``seiner Hauptstadt Melfi``)."""
    if reader.language != "de" or not 0 < position < len(words) - 1:
        return False
    if words[position - 1].text.lower() not in POSSESSIVES:
        return False  # most words
    word, following = words[position], words[position + 1]
    if not (word.joined and following.joined and following.text[:1].isupper()):
        return False
    if not (is_first_name(following.text) or reader.name_word(following.text, False)):
        return False  # "seinen Söldnern Straffreiheit", "Sein Aufsatz Von der Beicht"
    if compound_head_kind(word.text) or inflected_head_kind(word.text):
        return False  # "seiner Hauptstadt Melfi", "ihr Verlag Suhrkamp", "ihrem Markennamen
        # Agfa": the head of the name
    return not (is_adjective(word.text.lower(), "de") or _adjective_form(word.text))


SURE = 2.0
"""``proper_noun_evidence`` of a word the lexicon knows only, or by far most likely, as a name."""


def _possessor_after(words: list[_Token], end: int, reader: _Reader) -> bool:
    """A German genitive of a name the text writes bare elsewhere, right after a name word
    that is no given name or connector and that the text never writes with the bare name
    (``die Ilias Homers``, ``das Weimar Goethes``), or a place the packages know before the
    genitive of a name the lists or the lexicon surely know (``das Rom Caesars``; not
    ``Pittsburgh Steelers``): the possessor, a second name; not
    the genitive of the whole name (``Otto Hahns``, ``Bertha von Suttners``, ``Rainulf
    Drengots`` beside ``Rainulf Drengot``, ``Los Angeles``)."""
    following, word = words[end + 1].text, words[end].text
    if reader.genitive(following) and reader.judged(following[:-1]):
        if word in CONNECTORS or is_first_name(word) or not word[:1].isupper():
            return False
        return not reader.written_together(word, following[:-1])
    if reader.language != "de" or not following.endswith("s") or not place_type(word):
        return False  # most words; "Setanta Sports" beside the noun "Sport"
    bare = following[:-1]
    if is_first_name(word) or place_type(f"{word} {following}"):
        return False  # "Bryan Davies": a given name that is a town's too
    return is_first_name(bare) or is_surname(bare) or proper_noun_evidence(bare, "de") >= SURE


def _surname_after_title(word: str, reader: _Reader) -> bool:
    """A German capitalised word after a title and a given name (``Oberbürgermeister Ulf
    Kämpfer``): the surname, even a common noun's word, when the text never uses the word as
    a noun (in lower case, after an article or an adjective, counted) and it heads no name
    (not ``Kaiser Wilhelm Kanal``)."""
    if reader.language != "de" or not reader.after_title(word):
        return False
    return reader.used_as_name(word) and not compound_head_kind(word)


def _ruled_after(words: list[_Token], position: int) -> bool:
    """``von`` after a title, with a capitalised word joined after it (``Herzog von
    Württemberg``, ``Graf von Schauenburg``): a name, the place or house the title goes
    with, even one the lexicon reads as a common word."""
    following = position + 1
    return (
        words[position].text == "von"
        and following < len(words)
        and words[following].joined
        and words[following].text[:1].isupper()
    )


def _placed_by_von(words: list[_Token], position: int, reader: _Reader) -> bool:
    """A German head of a settlement's part (``LOCATED_HEADS``) or a place's head in the
    plural (``Straßen``, ``Häfen``) alone before ``von``: ``von`` says where it is."""
    if position + 1 >= len(words) or words[position + 1].text != "von":
        return False  # most runs
    word = words[position].text
    if reader.language != "de":
        return False
    return word in LOCATED_HEADS or (not head_kind(word) and plural_head(word) == "place")


def _byname(words: list[_Token], end: int, reader: _Reader) -> int:
    """How many words a ruler's byname after a given name takes (2: ``Heinrich der Löwe``,
    ``Karl der Große``, ``Johanna die Wahnsinnige``, ``Ludwig dem Frommen``), or 0: the
    article and a capitalised adjective, a capitalised noun the text sets after that given name
    more than once (``Albrecht dem Bären``), or in the nominative a capitalised noun that ends
    the clause (``Heinrich der Löwe, Herzog von Sachsen``; not ``als Heinrich der Stadt
    das Geld gab``). English: ``_english_byname``."""
    if reader.language == "en":
        return _english_byname(words, end)
    byname = end + 2
    if reader.language != "de" or byname >= len(words):
        return 0
    article = words[end + 1].text
    oblique = article in OBLIQUE_BYNAME_ARTICLES
    if not (oblique or article in NOMINATIVE_BYNAME_ARTICLES):
        return 0  # most words
    if not (words[end + 1].joined and words[byname].joined and words[byname].text[:1].isupper()):
        return 0
    given = words[end].text
    if article == "des" and given.endswith("s"):
        given = given[:-1]  # "Heinrichs des Löwen"
    if not (is_first_name(given) or end in reader.ruler_months) or place_type(given):
        return 0  # "in Paris die Rechte erwerben": a town's name
    if _adjective_form(words[byname].text):
        return 2
    if reader.byname_count(words[end].text, words[byname].text) >= REPEATED_BYNAME:
        return 2  # "Albrecht der Bär", then "mit Albrecht dem Bären"
    if oblique:
        return 0
    ends = byname + 1 >= len(words) or not words[byname + 1].joined
    return 2 if ends else 0


def _english_byname(words: list[_Token], end: int) -> int:
    """2 for ``the`` and one capitalised word after a given name (``Peter the Great``,
    ``William the Conqueror``): a byname, never a title, a head noun or a place, nor one
    before more capitalised words (``gave Anne the Charter of Rights``); after a given name
    that is a town's too, only an adjective (``Ivan the Terrible``; not ``in Florence the
    Medici``); else 0."""
    byname = end + 2
    if byname >= len(words) or words[end + 1].text != "the":
        return 0
    if not (words[end + 1].joined and words[byname].joined and words[byname].text[:1].isupper()):
        return 0
    given, word = words[end].text, words[byname].text
    if not is_first_name(given) or (place_type(given) and not is_adjective(word.lower(), "en")):
        return 0
    if is_title(word) or head_kind(word) or place_type(word):
        return 0
    after = words[byname + 1] if byname + 1 < len(words) else None
    return 0 if after is not None and after.joined and after.text[:1].isupper() else 2


def _generation(words: list[_Token], end: int) -> int:
    """How many words a generation suffix after a full name takes (``Henry Ford junior``: 1,
    ``Lucas Cranach der Jüngere``, ``Hans Holbeins des Älteren``: 2), or 0."""
    following = end + 1
    if following >= len(words) or not words[following].joined:
        return 0
    if words[following].text in GENERATIONS and words[following].text[:1].islower():
        return 1  # "junior", "sen."; "Jr." is a name word anyway
    byname = following + 1
    if words[following].text not in BYNAME_ARTICLES or byname >= len(words):
        return 0
    return 2 if words[byname].joined and words[byname].text in GENERATIONS else 0


REPEATED_BYNAME = 2
"""How often a given name must stand with one noun after an article (in any case) for the
noun to be a byname wherever it stands (``Heinrich den Löwen``), not an object."""


_HOLDERS = ("organisation", "place")


def _object_after_head(head: str, following: str) -> bool:
    """A German event's head noun right after an organisation's or a place's head (``die Kölner
    Konföderation Krieg``, ``die Hanse Frieden``): the object of the verb before them
    (``führte ... Krieg``, ``schloss ... Frieden``), not more of the name: German puts the
    event's head first (``Krieg der Hanse``) or joins the two with a hyphen; English does
    not (``League Cup``)."""
    return head_kind(following) == "event" and head_kind(head) in _HOLDERS
