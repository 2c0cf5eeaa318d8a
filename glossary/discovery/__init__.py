"""Proper names found in one document: cleaned, with the evidence for their kind.

A name is a run of words that the tagger reads as proper nouns (HanTa, per distinct word),
joined by name connectors (``von``, ``of``) and regnal ordinals (``Wilhelm II.``); in German a
capitalised adjective mid-sentence opens a name too (``Oberste Heeresleitung``), and in
English a head noun followed by ``of`` (``Treaty of Versailles``). A word is never a name
when the document writes it in lower case, when it is a month or a weekday, or when it ends
like an abstract noun. A lone capitalised word at a sentence start counts only when the same
word is a name elsewhere in the document, or is rare (wordfreq) and read as a proper noun.

Titles and roles before a name are kept apart (they go on the card), a German genitive ``s``
and an English ``'s`` are folded, and the evidence for a kind is collected per occurrence:
the head noun, a title (person), a place preposition before it (``bei Verdun``), ``an der X``
after a battle word, the place names that ship in packages, an abbreviation (organisation).
Hyphenated compounds are split: ``Brussilow-Offensive`` is an event and ``Brussilow`` a name.

The package reads in this order: ``tokenising`` (words with offsets), ``reader`` (which words can be
names, from ``lexicon``, ``evidence``, ``contexts`` and ``abbreviations``; compounds in
``compounds``, a sentence's first word in ``sentence_starts``), ``runs`` (where each name begins and
ends, with ``run_links`` and ``run_heads``), ``record`` and ``clues`` (each run's cleaned name and
its kind votes, with ``clue_heads`` and ``clue_words``) and ``finding`` (``discover``, which adds
them up per name into ``name_info.NameInfo``).
"""

from glossary.discovery.abbreviations import abbreviates, is_abbreviation
from glossary.discovery.evidence import TOWN, land_of_a_nation
from glossary.discovery.finding import discover, organisation_modifier
from glossary.discovery.name_info import DiscoveryCancelled, NameInfo
from glossary.discovery.run_heads import TERRITORY_HEADS, body_words
from glossary.discovery.run_links import institution_head
from glossary.discovery.tokenising import tokens

__all__ = [
    "TERRITORY_HEADS",
    "TOWN",
    "DiscoveryCancelled",
    "NameInfo",
    "abbreviates",
    "body_words",
    "discover",
    "institution_head",
    "is_abbreviation",
    "land_of_a_nation",
    "organisation_modifier",
    "tokens",
]
