"""Names found in the library's documents, grouped into one entry per thing, with a kind.

Two names are one entry when one is the other with an inflection ending (``Obersten``/``Oberste
Heeresleitung``, ``Denvers``/``Denver``), when they are spellings of one transliteration
(``Lukaschenka``, ``Lukaschenko``, ``Lukashenko``, ``Chruschtschow``/``Khrushchev``: the same
consonants and at most a letter or two apart), when one leaves out middle names of the other
(``Thomas Edison``/``Thomas Alva Edison``), when one is the surname of exactly one full name
(``Ludendorff`` → ``Erich Ludendorff``) or the last word of exactly one organisation's or
place's name (``Broncos`` → ``Denver Broncos``, ``Plains`` → ``Great Plains``), or when one
is an abbreviation the texts introduce for (or use beside) the other (``OHL`` → ``Oberste
Heeresleitung``).

The kind is the one with most evidence: clues from the texts (titles, head nouns,
prepositions), the place names that ship in packages (countries, regions, cities) and the
company a name keeps in its group (a surname of a person is a person).

The package's modules: ``keys`` (how names are compared) and ``group`` (``Group``) are
shared; ``group_names`` below runs the merges of ``spellings``, ``evidence``, ``aliases``,
``persons``, ``heads``, ``buildings``, ``events``, ``surnames`` and ``translated`` in the
order it lists them.
"""

from __future__ import annotations

from glossary.discovery import NameInfo
from glossary.folding import name_key
from glossary.grouping.aliases import merge_abbreviations, merge_appositions, merge_peerages
from glossary.grouping.buildings import merge_building_short_forms
from glossary.grouping.events import (
    merge_event_short_forms,
    merge_short_of_place,
    merge_town_word_order,
)
from glossary.grouping.evidence import (
    add_gazetteer_votes,
    firms_by_their_lists,
    kinds_from_lists,
)
from glossary.grouping.group import Group
from glossary.grouping.heads import (
    merge_bare_heads,
    merge_before_of,
    merge_clipped,
    merge_compound_short_forms,
    merge_districts,
    merge_firm_compounds,
    merge_firm_short_forms,
    merge_head_short_forms,
    merge_natural_features,
    merge_place_tails,
    merge_possessive_short_forms,
    merge_reordered,
    merge_spa_towns,
    merge_territories,
)
from glossary.grouping.keys import translit_key
from glossary.grouping.persons import (
    merge_designated,
    merge_double_surnames,
    merge_familiar,
    merge_middle_names,
    merge_regnal_names,
    merge_rendered,
    merge_shortened,
    titles_to_card,
)
from glossary.grouping.spellings import (
    merge_by,
    merge_declined,
    merge_inflections,
    merge_similar_spellings,
    translit_bucket,
    umlaut_bucket,
)
from glossary.grouping.surnames import merge_surnames
from glossary.grouping.translated import merge_translated


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
    merge_inflections(groups, languages)
    merge_declined(groups, languages)
    merge_by(groups, lambda key, group: translit_bucket(group.name))
    merge_by(groups, lambda key, group: umlaut_bucket(group.name))
    merge_similar_spellings(groups)
    places = {name: info.place for names in found.values() for name, info in names.items()}
    add_gazetteer_votes(groups.values(), places)
    merge_abbreviations(groups, found)
    merge_appositions(groups, found)
    merge_peerages(groups, found)
    firms = firms_by_their_lists(groups, found)
    merge_shortened(groups)
    merge_familiar(groups)
    merge_rendered(groups)
    merge_designated(groups)
    merge_reordered(groups)
    merge_town_word_order(groups)
    merge_before_of(groups)
    merge_natural_features(groups, firms)
    merge_building_short_forms(groups)
    merge_place_tails(groups)
    merge_territories(groups)
    merge_districts(groups)
    merge_spa_towns(groups)
    merge_double_surnames(groups)
    merge_regnal_names(groups)
    merge_firm_short_forms(groups)
    merge_compound_short_forms(groups)
    merge_head_short_forms(groups)
    merge_bare_heads(groups)
    merge_event_short_forms(groups)
    merge_short_of_place(groups)
    merge_clipped(groups)
    merge_possessive_short_forms(groups)
    merge_surnames(groups, firms)
    merge_middle_names(groups)
    merge_firm_compounds(groups)
    for group in groups.values():
        titles_to_card(group)
    if languages and len(set(languages.values())) > 1:
        merge_translated(groups, languages)
    kinds_from_lists(groups, found)
    result = list(groups.values())
    result.sort(key=lambda group: -sum(group.names.values()))
    return result


__all__ = ["Group", "group_names", "translit_key"]
