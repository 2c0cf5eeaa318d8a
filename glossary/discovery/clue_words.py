"""The tests behind the kind clues: a role before a name, a business context, a predicate
(``X ist ein Dorf``), a landscape word, a head inside a name.

They look at the words around one occurrence; ``_clues`` turns their answers into votes.
"""

from __future__ import annotations

from functools import lru_cache

from glossary.discovery.evidence import MIN_PART
from glossary.discovery.lexicon import _umlaut_plural_head, state_institution
from glossary.discovery.predicates import COPULAS, INDEFINITE, head_of_predicate, opens_clause
from glossary.discovery.reader import _Reader
from glossary.discovery.run_links import INSTITUTION_HEADS
from glossary.discovery.runs import MAX_NAME_WORDS
from glossary.discovery.tokenising import _INITIAL, _Token
from glossary.discovery.wiktionary import plural_head_kind
from glossary.discovery.word_classes import _AND, COMMON_ZIPF
from glossary.first_names import is_first_name, is_surname
from glossary.frequencies import zipf
from glossary.gazetteer import place_type
from glossary.name_words import (
    PLACE_BEFORE,
    PLACE_LINKS,
    compound_head_kind,
    head_kind,
    inflected_head_kind,
    is_title,
)
from glossary.tagger import (
    known_tag,
    proper_noun_evidence,
)

STAFF = frozenset(
    """analysts economists officials executives employees workers staff researchers
    strategists engineers scientists managers directors spokesman spokeswoman""".split()
)
"""English nouns of the people a firm or a body employs: ``at X`` after them is where they
work (``analysts at Goldman Sachs``)."""


HOLDINGS = frozenset(("shares", "stock", "stake", "stocks"))
"""What one holds of a firm (``shares of JPMorgan Chase``, ``a stake in Vodafone``)."""


FIRMS_OWN = frozenset(
    """shares shareholders stock headquarters employees subsidiary subsidiaries profits
    revenue revenues earnings executives""".split()
)
"""What only a firm or a body has, after its possessive (``Lazard's shareholders``)."""


def _business_context(words: list[_Token], start: int, end: int) -> bool:
    """Words around an English name that only an organisation takes: its staff ``at`` it,
    shares ``of``/``in`` it, or after its possessive what only a firm has or its ``chief
    executive``."""
    if start >= 2 and words[start].joined:
        before, ahead = words[start - 1].text, words[start - 2].text.lower()
        if (before == "at" and ahead in STAFF) or (before in ("of", "in") and ahead in HOLDINGS):
            return True
    if not words[end].text.endswith(("'s", "’s")) or end + 1 >= len(words):
        return False
    owned = words[end + 1]
    if not owned.joined:
        return False
    if owned.text in FIRMS_OWN:
        return True
    return owned.text == "chief" and end + 2 < len(words) and words[end + 2].text == "executive"


KINSHIP = frozenset(
    """son daughter sister brother wife husband mother father uncle aunt nephew niece cousin
    widow grandson granddaughter""".split()
)
"""English nouns of kin, which stand before a person's name (``his sister Dorothy``)."""


AGENT_SUFFIXES = ("ist", "ian", "eer")
"""Endings of English nouns for someone who does something (``physicist``, ``physician``,
``engineer``); not ``-er``, ``-or`` or ``-ent``, which end as many nouns of things before a
name (``the paper Nature``, ``the reactor``, ``the document``)."""


MIN_AGENT_STEM = 3


ROLE_NOUNS = frozenset(
    """inventor author doctor director editor actor sculptor surveyor founder owner writer
    painter designer builder manager player leader officer farmer miner prospector explorer
    pilot astronaut merchant student tenant servant assistant lawyer banker teacher
    architect poet""".split()
)
"""Frequent English nouns of a person's work with other endings (``the inventor Tesla``)."""


@lru_cache(maxsize=1 << 12)
def _english_role(word: str) -> bool:
    """A lower-case English noun of a person's role or kin: a title in lower case
    (``president``, ``king``), a noun of kin or work, or a singular common noun the lexicon
    knows with an agent's ending that is no head noun of a place or an organisation."""
    if not word.islower() or len(word) < MIN_PART:
        return False
    if word in KINSHIP or word in ROLE_NOUNS or is_title(word.capitalize()):
        return True
    if not word.endswith(AGENT_SUFFIXES) or head_kind(word.capitalize()):
        return False
    stem = len(word) - len(next(end for end in AGENT_SUFFIXES if word.endswith(end)))
    return stem >= MIN_AGENT_STEM and known_tag(word, "en") == "NN1"  # not "list", "wrist"


@lru_cache(maxsize=1 << 12)
def _plural_of_english_noun(word: str) -> bool:
    """An English plural whose singular the English lexicon reads as a common noun and that
    heads no place (``Patriots``, ``Panthers``; not ``Lakes``, ``Hills``)."""
    singular = word[:-1]
    if len(singular) < MIN_PART or head_kind(singular):
        return False
    return proper_noun_evidence(singular, "en") < 0 and zipf(singular.lower(), "en") >= COMMON_ZIPF


def _personal(parts: list[str]) -> bool:
    """A name of a person or a town, whatever it ends on: an initial or a given name first,
    or a surname or a town last (``W. Haydon Burns``, ``Reichstag zu Worms``)."""
    first, last = parts[0], parts[-1]
    named = _INITIAL.fullmatch(first.rstrip(".")) or is_first_name(first)
    return bool(named or is_surname(last) or place_type(last))


_FROM_TO = {"de": ("von", "nach"), "en": ("from", "to")}


_BEFORE = "vor"
"""German "before": in front of a place (``vor Helgoland``), earlier than a person or a time
(``vor Napoleon``), or what a feeling is for (``Respekt vor Hipper``): a place only after a
verb or a battle, for a name no list knows as a person's."""


def _place_in_pair(words: list[_Token], start: int, end: int, language: str) -> bool:
    """A name in a pair that only places make: the second of two after a preposition of
    place (``zwischen Kluse und Vohwinkel``, ``bei Ahlen oder Soest``) or the first of ``von
    X nach Y`` (``from X to Y``), each joined by one word to the other name."""
    before = words[start - 1]
    if before.text in _AND and start >= 3 and before.joined:
        first = words[start - 2]
        return first.text[:1].isupper() and words[start - 3].text.lower() in PLACE_BEFORE[language]
    source, goal = _FROM_TO[language]
    if before.text == goal and before.joined:
        return _after_source(words, start - 2, source)  # "from Bowness to Ambleside"
    if before.text != source or end + 2 >= len(words):
        return False
    link, other = words[end + 1], words[end + 2]
    return link.text == goal and link.joined and other.joined and other.text[:1].isupper()


LANDSCAPE_HEADS = (
    "see", "meer", "bucht", "förde", "gebirge", "insel", "inseln", "tal", "wald", "land",
    "heide", "moor", "marsch", "gau", "küste", "ebene",
)  # fmt: skip
"""What ends a German one-word name of a landscape or a water (``Ostsee``, ``Emsland``,
``Schwarzwald``, ``Ahrtal``, ``Wesermarsch``, ``Breisgau``): the name is a place's, however
often German writes it (``_named_compound`` asks more, as it decides whether it is a name)."""


MIN_LANDSCAPE_MODIFIER = 3


@lru_cache(maxsize=1 << 12)
def _landscape(word: str) -> str:
    """``place`` for a German one-word name on a head in ``LANDSCAPE_HEADS`` after at least
    ``MIN_LANDSCAPE_MODIFIER`` letters that is no given name or surname the lists know
    (``Oswald``, ``Grünewald``), else ``""``."""
    lower = word.lower()
    for head in LANDSCAPE_HEADS:
        if lower.endswith(head) and len(lower) - len(head) >= MIN_LANDSCAPE_MODIFIER:
            return "" if is_first_name(word) or is_surname(word) else "place"
    return ""


def _after_source(words: list[_Token], last: int, source: str) -> bool:
    """Whether a name ends at token ``last`` that ``source`` (``from``, ``von``) stands right
    before: capitalised words, each joined to the next."""
    for position in range(last, max(0, last - MAX_NAME_WORDS), -1):
        token = words[position]
        if not token.text[:1].isupper() or token.initial:
            return False
        if token.joined and words[position - 1].text == source:
            return True
        if not token.joined:
            return False
    return False


def _inner_head(parts: list[str]) -> str:
    """The kind the last head noun before a German name's final words gives it: an
    institution or place named with its head first (``Landgericht Hamburg``, ``Universität
    Jena``, ``Physiologische Gesellschaft zu Berlin``)."""
    for part in reversed(parts):
        if place_type(part) or proper_noun_evidence(part, "de") > 0:
            continue  # a name that ends like a head ("England", "Friedland")
        kind = compound_head_kind(part) or state_institution(part)  # "Reichstag zu Worms"
        if not kind and part.lower().endswith(INSTITUTION_HEADS):
            kind = "organisation"  # "Standesamt Vegesack": a head too short to split off
        if kind:
            return kind
    return ""


def _apposed_head(before: _Token, last: str, reader: _Reader) -> str:
    """The kind a head noun right before a name gives it (``Halbinsel Cotentin``, ``the
    company Siemens``); a German name in the genitive after a noun is what the noun belongs
    to, not its name (``die Regierung Kenias``), when the text names it without the ``s``
    too; a name that ends on one is its name (``der Konzern Aventis``)."""
    if reader.language == "en" and before.text.islower():
        return head_kind(before.text.capitalize())
    kind = compound_head_kind(before.text)
    if not kind and reader.language == "de":
        kind = _umlaut_plural_head(before.text)  # "die Städte Barmen, Elberfeld und ..."
    if not kind and reader.language == "de":
        kind = plural_head_kind(before.text)  # "die Dörfer Erto und Casso"
    if not kind and reader.language == "de":
        kind = inflected_head_kind(before.text)  # "des Herstellers Vossloh", "des Flusses"
    if kind == "organisation" and _genitive_of_name(last, reader):
        return ""
    return kind


def _genitive_of_name(word: str, reader: _Reader) -> bool:
    """A German genitive ``s`` on a name: the text or the packages know the name without it
    (``Kenias``), unlike a name that ends on ``s`` (``Aventis``)."""
    if reader.genitive(word):
        return True
    if reader.language != "de" or not word.endswith("s"):
        return False
    bare = word[:-1]
    return bool(place_type(bare)) or is_first_name(bare) or proper_noun_evidence(bare, "de") > 0


def _predicate_head(text: str, words: list[_Token], end: int, reader: _Reader) -> str:
    """The kind the head noun of ``X ist ein ...``/``X is a ...``, or of an apposition ``X,
    ein ...``/``X, the ...``, gives the name ending at ``end`` (``Lindisfarne sind eine
    Folk-Rock Gruppe``, ``ABC is an American television network``, ``die Hanse, ein Bund
    von Städten``, ``Barclays, the bank``); ``""``
    when the sentence says no such thing. An event after a comma is mostly what the next
    clause is about (``nach dem Tod Dschingis Khans, eine Invasion ...``), not the name."""
    if end + 3 >= len(words):
        return ""
    after = words[end + 1]
    the_after = reader.language == "en" and after.text == "the"
    apposed = after.text in INDEFINITE or (the_after and not opens_clause(words, end + 2))
    if apposed and text[words[end].end : after.start] == ", ":
        kind = head_of_predicate(words, end + 2, reader.language)  # "Barclays, the bank, agreed"
        return "" if kind == "event" else kind
    article = words[end + 2].text
    english_the = reader.language == "en" and article == "the"  # "X is the largest lake"
    if after.text in COPULAS and after.joined and (article in INDEFINITE or english_the):
        return head_of_predicate(words, end + 3, reader.language)
    return ""


def _linked_place(parts: list[str]) -> bool:
    """``Frankfurt am Main``: a town and the river it lies on."""
    return len(parts) > 2 and tuple(parts[1:-1]) in PLACE_LINKS
