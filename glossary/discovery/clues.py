"""Kind clues: one vote for a kind per piece of evidence around one occurrence of a name.

The head noun, a title, a place preposition, an abbreviation, a team's plural: each clue
votes, and the kind with the most votes over all occurrences wins in grouping.
"""

from __future__ import annotations

from collections.abc import Iterator

from glossary.discovery.abbreviations import is_abbreviation
from glossary.discovery.clue_words import (
    _BEFORE,
    _apposed_head,
    _business_context,
    _english_role,
    _inner_head,
    _landscape,
    _linked_place,
    _personal,
    _place_in_pair,
    _plural_of_english_noun,
    _predicate_head,
)
from glossary.discovery.contexts import _listed_under, _relative_who
from glossary.discovery.evidence import _joins_places, _names_part_of_place, land_of_a_nation
from glossary.discovery.lexicon import (
    STATE_UNION,
    _institution,
    _named_by_head,
    _named_compound,
    state_institution,
)
from glossary.discovery.reader import _Reader
from glossary.discovery.run_heads import (
    _BATTLE_WORDS,
    _FRENCH_LINKS,
    CLUB_CITY,
    LOWER_CASE_HEADS,
    LOWER_CASE_PLACE_HEADS,
    PLACE_MODIFIERS,
    _club_of_town,
)
from glossary.discovery.run_links import _FAMILY_FIRM, _NUMERAL
from glossary.discovery.runs import _HEAD_LINKS
from glossary.discovery.tokens import _Token
from glossary.discovery.word_classes import _ARTICLES, _HYPHEN
from glossary.first_names import is_first_name, is_listed_first_name, is_surname
from glossary.gazetteer import place_type
from glossary.name_words import (
    CLUB_PREFIXES,
    PERSON_VERBS,
    PLACE_BEFORE,
    PLACE_PREFIXES,
    ROMAN,
    SIDE_HEADS,
    SIDES,
    compound_head_kind,
    head_kind,
    inflected_head_kind,
    is_event_prefix,
    is_title,
)


def _clues(
    text: str, words: list[_Token], start: int, end: int, titles: list[str], reader: _Reader
) -> Iterator[str]:
    """One kind vote per clue around one occurrence."""
    parts = [word.text for word in words[start : end + 1]]
    last = parts[-1]
    if titles:
        yield "person"
    given = is_first_name(parts[0]) or (is_listed_first_name(parts[0]) and is_surname(last))
    serial = len(parts) > 1 and last.isdigit() and reader.language == "en"  # "Apollo 11"
    if len(parts) >= 2 and given and not head_kind(parts[-1]) and not serial:
        yield "person"  # a given name first: "Bennie Fowler" (not proof: "Kara Kitai")
    tail = _HYPHEN.split(last)[-1]
    head = head_kind(tail.capitalize() if len(parts) == 1 and tail != last else tail)
    if head and len(parts) == 1 and reader.language == "de":
        head = state_institution(last) or head  # "Reichstag"; an event with its town only
    if not head and tail in LOWER_CASE_HEADS:
        head = head_kind(tail.capitalize())  # "Yuan dynasty"
    if not head and reader.language == "de" and len(parts) > 1 and not given:
        head = inflected_head_kind(tail)  # "des Dreißigjährigen Krieges", not "David Banks"
    if not head and reader.language == "de" and len(parts) == 1:
        head = _named_compound(last) or _named_by_head(last)  # "Suezkrise", "Grundgesetz"
        head = head or state_institution(last)  # "Bundestag", "Reichsbank"
        head = head or reader.compound_of_name(last)  # "Lesumsperrwerk" beside "Lesum"
        if not head and _institution(last):
            head = compound_head_kind(last)  # "Weltbank"
            if last.endswith(STATE_UNION):
                head = "place"  # "Sowjetunion": a union the lexicon names is a state
        head = head or _landscape(last)  # "Ostsee", "Emsland", "Schwarzwald"
    if (
        not head
        and reader.language == "de"
        and len(parts) > 1
        and not given
        and not reader.name_word(tail, False)
    ):
        head = compound_head_kind(tail)  # "Erster Weltkrieg"; not "Carl Fürstenberg"
    if not head and reader.language == "de" and len(parts) > 1 and not given:
        head = _inner_head(parts[:-1])  # "Landgericht Hamburg", "Technische Hochschule Berlin"
    if not head and len(parts) > 1 and not given and place_type(last):
        head = _inner_head(parts[:-1])  # "King's College London", "Universität Jena"
    link = next((i for i, part in enumerate(parts[1:-1], 1) if part in _HEAD_LINKS), 0)
    if link:  # "Treaty of Versailles", "Sea of Japan", "Communist Party of China"
        linked = parts[link - 1]
        head = (
            head_kind(linked) or (reader.language == "de" and inflected_head_kind(linked)) or head
        )
    if len(parts) > 1 and (_NUMERAL.fullmatch(last) or last.isdigit()):
        head = head or head_kind(parts[-2])  # "Super Bowl XXXIII"
    if serial and not head:
        head = "event"  # one of a numbered series: a mission, a flight, an edition
    if not head and len(parts) > 2 and not _FRENCH_LINKS.isdisjoint(parts):
        head = head_kind(parts[0])  # French puts the head first: "Compagnie ... du Canal"
    if any(is_event_prefix(part) for part in parts[:-1]):
        head = "event"  # "Hurricane Floyd", "Tropical Storm Fay"; "Wintersturm" is no "Turm"
    if len(parts) == 2 and parts[0] in SIDES and last in SIDE_HEADS:
        head = "place"  # "Western Front", "West Bank", "Left Bank"
    if last == CLUB_CITY and len(parts) > 1 and _club_of_town(parts[:-1]):
        head = "organisation"  # "Manchester City", "Stoke City": a club; not "Mexico City"
    if head:
        yield head
        yield head  # the head noun is the strongest clue
    if (
        not head
        and len(parts) > 1
        and place_type(last) == "country"
        and not is_first_name(parts[0])
    ):
        yield "place"  # a country or continent with a modifier: "Soviet Ukraine", "Central Europe"
    if not head and len(parts) == 2 and parts[0] in PLACE_MODIFIERS and place_type(last):
        yield "place"
        yield "place"  # "Greater Manchester", "New Holland", "Upper Silesia"
    if last in ROMAN and not (len(parts) > 1 and head_kind(parts[-2])):
        yield "person"  # "Wilhelm II.", not "Super Bowl XLIX"
    if len(parts) == 1 and reader.language == "de" and _names_part_of_place(last):
        yield "place"
        yield "place"  # "Westpreußen", "West-Berlin"
    if (
        len(parts) == 1
        and not head
        and (_joins_places(last) or land_of_a_nation(_HYPHEN.split(last)))
    ):
        yield "place"
        yield "place"  # "Österreich-Ungarn", "Schleswig-Holstein"
    if len(parts) == 1 and is_abbreviation(last) and place_type(last) != "country":
        yield "organisation"
        yield "organisation"  # an abbreviation names an organisation more often than not
    if len(parts) == 2 and reader.names_with_noun(parts[0], last):
        yield "organisation"
        yield "organisation"  # "IG Metall"
    if len(parts) > 1 and (any(part in CLUB_PREFIXES for part in parts) or last in _FAMILY_FIRM):
        yield "organisation"
        yield "organisation"  # "FC Kaiserslautern", "VfB Stuttgart", "Karlsruher SC"
    if parts[0] in PLACE_PREFIXES or _linked_place(parts):
        yield "place"
    before = words[start - 1] if start > 0 else None
    given = len(parts) > 1 and is_first_name(_HYPHEN.split(parts[0])[0])
    before_kind = _apposed_head(before, last, reader) if before is not None else ""
    if not before_kind and reader.language == "de" and start == end:
        before_kind = _listed_under(text, words, start)  # "Städte Barmen, Elberfeld und …"
    before_kind = "" if given and before_kind == "organisation" else before_kind
    if before_kind == "place":
        yield "place"  # "Halbinsel Cotentin", "Hauptstadt Melfi"
    elif before_kind == "organisation":
        yield "organisation"  # "Automarken Ford", "the newspaper Daily Mail"
        yield "organisation"
    if before is not None and is_event_prefix(before.text) and before.end + 1 == words[start].start:
        yield "event"  # "tropische Sturm Bonnie"
    if reader.language == "en" and not head and _business_context(words, start, end):
        yield "organisation"
        yield "organisation"  # "analysts at Goldman Sachs", "Lazard's chief executive"
    role = reader.language == "en" and not head and not is_abbreviation(last)
    if role and before is not None and words[start].joined and _english_role(before.text):
        yield "person"
        yield "person"  # "the engineer Bouch", "his sister Dorothy": a role names a person
    team = len(parts) >= 2 and last.endswith("s") and not head_kind(last)
    team = team and not any(is_event_prefix(part) for part in parts)  # "Hurricane Frances"
    team = team and not (is_first_name(parts[0]) and is_surname(last))  # "David Collins"
    town = team and place_type(" ".join(parts[:-1]))
    group = team and _plural_of_english_noun(last) and not _personal(parts)
    if (town or group) and not place_type(" ".join(parts)):
        yield "organisation"  # a town and a plural: a team ("Pittsburgh Steelers"); or a
        yield "organisation"  # plural of a common noun: a group ("New England Patriots")
    plural = (
        last.endswith("s")
        and not place_type(last)
        and (reader.language == "en" or reader.foreign_name_word(last, margin=0))
    )
    if before is not None and before.text.lower() in _ARTICLES and not head:
        # people rarely take an article: "die Normandie", "the Levant"; a plural after one is
        # a team, a family or a people ("the Broncos", "the Merkits")
        yield "organisation" if plural else "place"
    after = words[end + 1] if end + 1 < len(words) else None
    if after is not None and after.joined and after.text in PERSON_VERBS[reader.language]:
        yield "person"  # "Simon sagte", "Temüjin married"
    who = reader.language == "en" and not head and not is_abbreviation(last)
    if who and _relative_who(text, words[end], after, ""):
        # "Tottenham, who had put everything into it": a place named so is its team; places
        # never take "who", so the clue is as strong as a head noun
        someone = "organisation" if place_type(" ".join(parts)) else "person"
        yield someone
        yield someone
    if reader.language == "en" and after is not None and after.joined:
        if after.text in LOWER_CASE_PLACE_HEADS:
            yield "place"  # "the train left Wormit station"
    predicated = _predicate_head(text, words, end, reader)
    if predicated:
        yield predicated  # "ABC is an American television network", "Smiljan ist ein Dorf"
        yield predicated
    if start >= 2 and before is not None and before.text in ("von", "of") and not given:
        ruled = is_title(words[start - 2].text)  # "Herzog von Apulien", "King of England"
        ruling = compound_head_kind(words[start - 2].text.capitalize())
        if ruled or ruling in ("place", "event"):
            yield "place"  # "Sperrzone von Tschernobyl", "town of Pripyat", "Siege of Acre"
    if (
        start >= 2
        and not head
        and before is not None
        and before.text.lower() in _ARTICLES
        and words[start - 2].text.lower() in PLACE_BEFORE[reader.language]
    ):
        yield "place"  # "in die Kara Kitai", "in the Levant"
    named = given and not head and not place_type(" ".join(parts))  # "from John Adams to
    # Thomas Jefferson": people, not places; but "in North Carolina"
    if before is not None and before.text.lower() in PLACE_BEFORE[reader.language] and not named:
        if before.end == words[start].start - 1 or text[before.end : words[start].start].isspace():
            yield "place"
    if before is not None and before.text == _BEFORE and start == end and start >= 2:
        ahead = words[start - 2].text  # "ankerte vor Skagen", "Schlacht vor Jütland"; not
        after_verb = ahead.islower() or inflected_head_kind(ahead) == "event"  # "Angst vor"
        if after_verb and not (is_first_name(last) or is_surname(last)):
            yield "place"
    if before is not None and not named and _place_in_pair(words, start, end, reader.language):
        yield "place"
    if (
        start >= 3
        and words[start - 1].text in ("der", "the")
        and words[start - 3].text in (_BATTLE_WORDS)
    ):
        yield "place"  # "Schlacht an der Marne", "Battle of the Somme"
