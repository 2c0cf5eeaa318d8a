"""Merges of a name with and without its head noun or feature word: institutions, rivers and
mountains, firms and their legal forms, territories."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection

from glossary.discovery import (
    TERRITORY_HEADS,
    TOWN,
)
from glossary.discovery.evidence import SPA_TITLE
from glossary.discovery.lexicon import _of_town
from glossary.first_names import is_first_name, is_surname
from glossary.folding import name_key
from glossary.gazetteer import place_type
from glossary.grouping.evidence import is_place, placed_beyond_articles, placed_in_text
from glossary.grouping.group import PLACE_TYPES, Group, document_of, named_after
from glossary.grouping.keys import uninflected
from glossary.grouping.surnames import HONOURING_HEADS, names_person, texts_of
from glossary.name_words import (
    LEGAL_FORMS,
    MIN_COMPOUND_HEAD,
    MIN_HEAD,
    NATURAL_FEATURES,
    PARTNERS,
    PLACE_LINKS,
    SIDES,
    compound_head_kind,
    head_kind,
)


def merge_reordered(groups: dict[str, Group]) -> None:
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


_OF_WORDS = frozenset(("of", "der", "des"))
"""The words after which an organisation's name says whose or where it is (``Supreme Court
of the United States``, ``Bayerische Akademie der Wissenschaften``)."""


def merge_before_of(groups: dict[str, Group]) -> None:
    """The words before ``of`` in exactly one organisation's name, two or more ending on an
    organisation's head, are its short form when the texts name an organisation so
    (``Supreme Court`` → ``Supreme Court of the United States``; not ``Bank`` of ``Bank of
    England``, nor a ``Supreme Court`` the texts give two such names)."""
    owners: dict[str, set[str]] = {}
    for key, group in groups.items():
        if group.kind != "organisation":
            continue
        for name in group.names:
            words = name.split()
            cut = next((index for index, word in enumerate(words) if word in _OF_WORDS), 0)
            if cut >= 2 and head_kind(words[cut - 1]) == "organisation":
                owners.setdefault(name_key(" ".join(words[:cut])), set()).add(key)
    for short, firms in owners.items():
        held = groups.get(short)
        if len(firms) == 1 and held is not None and held.kind == "organisation":
            owner = next(iter(firms))
            if owner in groups and owner != short:
                groups[owner].absorb(groups.pop(short))


_PEAK_WORDS = frozenset(("Mount", "Mt.", "Mt", "Mont", "Monte"))
"""Words before a mountain's name that a text may leave out (``Mount Everest``, ``Everest``);
after a name they may name a house (``Rydal Mount``), so only before."""


def merge_natural_features(groups: dict[str, Group], firms: Collection[str] = ()) -> None:
    """A place named with and without its kind of feature is one place (``Vistula River``,
    ``Vistula``; ``Lake Tanganyika``, ``Tanganyika``; ``Mount Everest``, ``Everest``, but not
    ``Mt. Kenya`` and the land ``Kenya``), a town with and without its river
    (``Frankfurt am Main``, ``Frankfurt``), a firm with and without its legal form
    (``Siemens & Halske AG``; named after a person, only where the texts list the short
    form among ``firms``: ``Bayer AG``, ``Bayer``) or the head noun after a name of two
    words or more (``Great Western Railway``, ``Great Western``)."""
    for key in list(groups):
        if key not in groups:
            continue
        words = re.split(r"[ \-]", groups[key].name)  # "Vistula River", "Sinai-Halbinsel"
        if len(words) < 2:
            continue
        feature = False  # a river or lake, which a text that means the place puts "the" to
        if any(tuple(words[1:-1]) == link for link in PLACE_LINKS) and len(words) > 2:
            rest = words[:1]  # "Frankfurt am Main" is "Frankfurt"
        elif legal := _legal_form(words):
            rest = words[:-legal]  # "Siemens & Halske AG" is "Siemens & Halske"
            if _unnamed_head(rest, groups):
                rest = rest[:-1]  # "Pennine Power Holdings plc" is "Pennine Power"
            if names_person(rest, groups) and name_key(" ".join(rest)) not in firms:
                continue  # "Carl Zeiss AG", "Zuse KG": the founder is not the firm
        elif words[-1] in NATURAL_FEATURES:
            rest, feature = words[:-1], True
        elif _short_form_head(groups[key]):
            rest = words[:-1]  # "Boston Consolidated Gas Company" is "Boston Consolidated Gas"
            if _named_after_person(rest, groups) or placed_beyond_articles(
                name_key(" ".join(rest)), groups
            ):
                continue  # "Henry Ford Hospital", "Hudson River Railroad"
        elif words[0] in NATURAL_FEATURES or words[0] in _PEAK_WORDS:
            rest = words[1:]
            feature = words[0] not in _PEAK_WORDS  # "Everest was climbed": no article
        else:
            continue
        bare = name_key(" ".join(rest))
        bare = next((form for form in (bare, *uninflected(bare)) if form in groups), bare)
        if feature and _person_not_place(bare, groups):
            continue  # "Ferrie" of "Duncan Ferrie", not the "Ferrie River"
        if words[0] in _PEAK_WORDS and bare in groups and groups[bare].detail in PLACE_TYPES:
            continue  # the land or town the mountain is named after
        if bare != key and bare in groups:  # "St. Johns River", "am St. Johns" (-> St. John)
            firm = bool(_legal_form(words))  # a firm whatever its short form's
            groups[key].absorb(groups.pop(bare), with_kind=not firm)  # head says ("Water")


def _person_not_place(bare: str, groups: dict[str, Group]) -> bool:
    """Whether a name alone is the surname of a person the texts name in full and no text
    puts it to a place: a river, lake or mountain named after someone (``Duncan Ferrie``,
    ``Ferrie River``) does not make the surname alone (``Ferrie's maps``) the place."""
    group = groups.get(bare)
    if group is None or " " in bare or is_place(bare, groups):
        return False
    return names_person([group.name], groups, texts_of(group))


def _legal_form(words: list[str]) -> int:
    """How many words at the end of a name say it is a firm: a legal form (``AG``) or the
    partners after ``and`` (``Brunner Mond and Company``, ``Haniel und Söhne``)."""
    if words[-1].rstrip(".") in LEGAL_FORMS:
        return 1
    return 2 if len(words) > 2 and words[-2] in ("and", "und") and words[-1] in PARTNERS else 0


def _named_after_person(words: list[str], groups: dict[str, Group]) -> bool:
    """Whether the words before an organisation's head name a person: a given name and a
    surname (``Henry Ford Hospital``), or given names and surnames the texts give a person
    (``Elizabeth Garrett Anderson Hospital``; not ``Boston Consolidated Gas Company``)."""
    if len(words) < 2 or not is_first_name(words[0]):
        return False
    if len(words) == 2:
        return True
    named = groups.get(name_key(" ".join(words)))
    given_or_surname = all(is_first_name(word) or is_surname(word) for word in words[1:])
    return given_or_surname and named is not None and named.kind == "person"


def merge_place_tails(groups: dict[str, Group]) -> None:
    """A one-word name that ends exactly one place's name of two words or more is that place
    when each text names the place first (``the Plains`` after ``the Great Plains``, ``die
    Alb`` after ``die Schwäbische Alb``), or in either order when a town's adjective is all
    the longer name adds (``Dresdner Frauenkirche``); not a place the packages know
    (``York`` of ``New York``), nor a name with a title or the end of two places' names
    (``Bay``), nor a land after its territory head (``Herzogtum Sachsen-Meiningen``: see
    ``merge_territories``) or after a side (``South Tyrol`` is a part of ``Tyrol``)."""
    holders: dict[str, set[str]] = {}
    for key, group in groups.items():
        for name in group.names:  # names of any kind: "Alb" may end "Fränkischer Alb" too
            words = name.split()
            territory = words[0].lower().endswith(TERRITORY_HEADS)  # merge_territories'
            part = len(words) == 2 and words[0] in SIDES  # "South Tyrol" is part of Tyrol
            if len(words) >= 2 and not (territory or part) and all(w[:1].isupper() for w in words):
                holders.setdefault(name_key(words[-1]), set()).add(key)
    for tail, keys in holders.items():
        held = groups.get(tail)
        if len(keys) != 1 or held is None or held.titles or held.detail in PLACE_TYPES:
            continue
        owner = next(iter(keys))
        if owner == tail or owner not in groups or groups[owner].kind != "place":
            continue
        shared = _one_text(held, groups[owner])
        if named_after(held, groups[owner]) or (shared and _located_by_town(groups[owner], tail)):
            groups[owner].absorb(groups.pop(tail), with_kind=False)


def _one_text(one: Group, other: Group) -> bool:
    """Whether one document names both groups (its parts count as the document)."""
    return bool(
        {document_of(doc) for doc in one.documents} & set(map(document_of, other.documents))
    )


def _located_by_town(owner: Group, tail: str) -> bool:
    """Whether the place is named by a town's adjective before the one-word name
    (``Dresdner Frauenkirche``, ``Nördlinger Ries``): the adjective only says where it
    stands, so a text may name it either way first."""
    return any(
        len(words := name.split()) == 2 and name_key(words[1]) == tail and _of_town(words[0])
        for name in owner.names
    )


def merge_spa_towns(groups: dict[str, Group]) -> None:
    """A German town named with and without its spa title (``Bad Frankenhausen``,
    ``Frankenhausen``) in one text is one place: texts give the older name for the time
    before the title, or drop the title."""
    for key in list(groups):
        group = groups.get(key)
        if group is None or group.kind != "place":
            continue
        for name in list(group.names):
            title, _, town = name.partition(" ")
            held = groups.get(name_key(town)) if title == SPA_TITLE and " " not in town else None
            if (
                held is not None
                and held is not group
                and held.kind == "place"
                and _one_text(held, group)  # not Essen of one text, Bad Essen of another
            ):
                group.absorb(groups.pop(name_key(town)), with_kind=False)


def merge_districts(groups: dict[str, Group]) -> None:
    """A one-word place joins the one hyphenated place that puts a town the packages know
    before it (``Lennep`` → ``Remscheid-Lennep``, ``Ehrenfeld`` → ``Köln-Ehrenfeld``): a
    district named with its town. Not a land or region the packages know, on either side
    (``Holstein``, ``Schleswig-Holstein``; ``Sachsen-Anhalt``), nor a town of their own the
    texts name before the hyphenated name (``Neustadt`` and ``Halle-Neustadt``)."""
    districts: dict[str, set[str]] = {}
    for key, group in groups.items():
        if group.kind != "place" or group.detail in ("country", "region"):
            continue
        for name in group.names:
            town, _, district = name.rpartition("-")
            if town and " " not in name and district[:1].isupper() and town != district:
                if place_type(town) == "city":
                    districts.setdefault(name_key(district), set()).add(key)
    for district, keys in districts.items():
        held = groups.get(district)
        if len(keys) != 1 or held is None or held.kind != "place" or held.titles:
            continue
        owner = next(iter(keys))
        if owner == district or owner not in groups or held.detail in ("country", "region"):
            continue
        if held.detail == "city" and not named_after(held, groups[owner]):
            continue
        groups[owner].absorb(groups.pop(district), with_kind=False)


def merge_firm_short_forms(groups: dict[str, Group]) -> None:
    """The first words of exactly one firm's name, the texts' short form for it, join the
    firm (``Hallberg`` → ``Hallberg Antriebstechnik GmbH``, ``Pennine Moors`` → ``Pennine
    Moors Water Services Ltd``); not a given name (``Robert`` of ``Robert Bosch GmbH``), a
    person the texts name (``Carl Zeiss`` of ``Carl Zeiss AG``), a name with a title (``Frau
    Kessler``) or a place the texts name as one (``Denver``)."""
    for short, firms in _firm_prefixes(groups).items():
        held = groups.get(short)
        if len(firms) != 1 or held is None or held.titles or held.kind == "event":
            continue
        words = held.name.split()
        if (len(words) == 1 and is_first_name(words[0])) or names_person(words, groups):
            continue
        if placed_in_text(short, groups):
            continue
        firm = next(iter(firms))
        if firm in groups and firm != short:
            groups[firm].absorb(groups.pop(short), with_kind=False)


def _firm_prefixes(groups: dict[str, Group]) -> dict[str, set[str]]:
    """The keys of the first words of each firm's name before its last word and legal form
    (``hallberg`` of ``Hallberg Antriebstechnik GmbH``), with the firms they begin."""
    owners: dict[str, set[str]] = {}
    for key, group in groups.items():
        for name in group.names:
            words = name.split()
            if words[-1].rstrip(".") in LEGAL_FORMS:
                for end in range(1, len(words) - 1):
                    owners.setdefault(name_key(" ".join(words[:end])), set()).add(key)
    return owners


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


def merge_firm_compounds(groups: dict[str, Group]) -> None:
    """A firm's name hyphenated to a noun for the whole firm joins the firm (``Siemens-Konzern``
    → ``Siemens AG``), when the texts name an organisation so, or it begins exactly one
    firm's name (``Brenner-Gruppe`` → ``Brenner Werkzeugmaschinen GmbH``) and is no given
    name."""
    firms = {
        short: next(iter(owners))
        for short, owners in _firm_prefixes(groups).items()
        if len(owners) == 1 and not is_first_name(short.capitalize())
    }
    firms.update(
        (name_key(name), key)
        for key, group in groups.items()
        if group.kind == "organisation"
        for name in group.names
    )
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


ENGLISH_TERRITORY_HEADS = frozenset(
    "kingdom republic duchy principality electorate empire sultanate emirate khanate".split()
)
"""English heads of a land named ``Head of X`` (``Kingdom of Saxony``, ``Republic of
Karakalpakstan``): the German ``Königreich Sachsen``."""


def _land(name: str) -> str:
    """The land a territory's name names with its head (``Sachsen`` of ``Königreich
    Sachsen``, ``Cambodia`` of ``Kingdom of Cambodia``), or ``""``."""
    words = name.split()
    if len(words) == 2 and words[0].lower().endswith(TERRITORY_HEADS):
        return words[1]
    if len(words) >= 3 and words[0].lower() in ENGLISH_TERRITORY_HEADS and words[1] == "of":
        return " ".join(words[2:])
    return ""


def _designated(name: str) -> str:
    """The land any territory's name ends on after its head, qualified or not (``Vietnam``
    of ``Democratic Republic of Vietnam`` and of ``Republic of Vietnam``), or ``""``."""
    words = name.split()
    heads = [
        index for index, word in enumerate(words[:-2]) if word.lower() in ENGLISH_TERRITORY_HEADS
    ]
    if heads and words[heads[-1] + 1] == "of":
        return " ".join(words[heads[-1] + 2 :])
    return _land(name)


def merge_territories(groups: dict[str, Group]) -> None:
    """A land named with its territory head and alone (``Königreich Sachsen``, ``Sachsen``;
    ``Kingdom of Cambodia``, ``Cambodia``) is one place when every text names the land first
    and the bare name is no town: a town's name alone may be the town (``Hannover``,
    ``Königreich Hannover``), a name seen only inside the land's name is the town it is
    named after (``Grafschaft Aversa``), and one a text uses before the land may be today's
    region. A name the texts give two territory heads (``Herzogtum Württemberg``,
    ``Königreich Württemberg``; ``Republic of Vietnam``, ``Democratic Republic of Vietnam``)
    names a land that changed its form or was divided: the bare name is none of them in
    particular."""
    designations: Counter[str] = Counter()
    for group in groups.values():
        if land := _designated(group.name):
            designations[name_key(land)] += 1
    for key in list(groups):
        land = _land(groups[key].name) if key in groups else ""
        if not land or designations[name_key(land)] > 1:
            continue
        bare = groups.get(name_key(land))
        if bare is None or bare is groups[key] or bare.detail in ("city", TOWN):
            continue
        if not named_after(bare, groups[key]):
            continue
        if sum(bare.names.values()) > sum(groups[key].names.values()):  # alone too
            groups[key].absorb(groups.pop(name_key(land)), with_kind=False)


def merge_compound_short_forms(groups: dict[str, Group]) -> None:
    """A one-word name that begins exactly one organisation's one-word German name, the rest
    of which is an organisation's head noun, is its short form when each text names the
    organisation first (``Treuhandanstalt ... die Treuhand``); not a given name, a name with
    a title or a vote for a person, a place the packages know, or one the texts give more
    place votes than the one an article before it gives each occurrence (``die Treuhand``,
    as ``die Normandie``)."""
    owners: dict[str, set[str]] = {}
    for key, group in groups.items():
        if group.kind != "organisation":
            continue
        for name in group.names:
            if not name.isalpha():
                continue
            for cut in range(MIN_COMPOUND_HEAD, len(name) - MIN_HEAD + 1):
                if head_kind(name[cut:].capitalize()) == "organisation":
                    owners.setdefault(name_key(name[:cut]), set()).add(key)
    for short, keys in owners.items():
        held = groups.get(short)
        if len(keys) != 1 or held is None or held.titles or is_first_name(held.name):
            continue
        placed = placed_beyond_articles(short, groups)
        if held.detail in PLACE_TYPES or placed or held.votes["person"]:
            continue
        _join_sole_owner(groups, short, next(iter(keys)))


def _join_sole_owner(groups: dict[str, Group], short: str, owner: str) -> None:
    """The short form's group joins the one organisation that owns it, when that is another
    group still there and each text names the organisation first (``named_after``)."""
    if owner != short and owner in groups and named_after(groups[short], groups[owner]):
        groups[owner].absorb(groups.pop(short), with_kind=False)


def merge_head_short_forms(groups: dict[str, Group]) -> None:
    """A one-word name that, with an organisation's head noun after it, is exactly one
    two-word name of the texts is its short form when each text names the organisation
    first (``Trinity College ... Trinity``, ``Smithsonian Institution ... the Smithsonian``);
    not a name with a title or a vote for a person (a rare given name may name a college:
    ``Trinity``), nor a place the packages know (``Uppsala`` after ``Uppsala Monitoring
    Centre`` is the town), nor the one a museum or a prize honours, written bare (``Brahms
    Museum ... Brahms lebte``; ``the Getty`` after the ``Getty Museum`` is its short form).
    The texts' places do not count against it: an institution is where one studies or works
    (``a fellow of Trinity``)."""
    owners: dict[str, set[str]] = {}
    honouring: set[str] = set()
    for key, group in groups.items():
        for name in group.names:
            words = name.split()
            if len(words) == 2 and head_kind(words[1]) == "organisation":
                owners.setdefault(name_key(words[0]), set()).add(key)
                if words[1] in HONOURING_HEADS:
                    honouring.add(name_key(words[0]))
    for short, keys in owners.items():
        held = groups.get(short)
        if len(keys) != 1 or held is None or held.titles or held.votes["person"]:
            continue
        if short in honouring and not is_place(short, groups):
            continue  # written bare: the one honoured
        if held.detail in PLACE_TYPES or place_type(held.name) or head_kind(held.name):
            continue  # "the Senate" after the "Senate Committee": a body of its own
        _join_sole_owner(groups, short, next(iter(keys)))


_NAMED_BY_HEAD = frozenset(("organisation", "event"))
"""The kinds of thing a text may name again by its head noun alone (``the Board``, ``the
Reformation``); a place's head alone is rarely one (``the Street``)."""


def merge_bare_heads(groups: dict[str, Group]) -> None:
    """An organisation's or event's head noun found alone as a name is the one organisation
    or event of the texts whose name holds it, when each text names that one first (``das
    Landesamt`` after the ``Sächsische Landesamt für Umwelt``, ``the Board`` after the
    ``Board of Trade``, ``the Reformation`` after the ``Protestant Reformation``); of several
    such names, the one named before it first stands alone (``the Commission`` after the
    ``British Transport Commission``, before the ``Manpower Services Commission``); with two
    named before it (``Board of Trade``, ``Board of Guardians``) it is neither, nor one of the
    other kind (an assembly, ``der Reichstag``, and a diet, ``Reichstag zu Worms``)."""
    holders: dict[str, set[str]] = {}
    for key, group in groups.items():
        if group.kind not in _NAMED_BY_HEAD:
            continue
        for name in group.names:
            words = name.split()
            for word in words if len(words) > 1 else ():
                if compound_head_kind(word) == group.kind:
                    holders.setdefault(name_key(word), set()).add(key)
    for head, keys in holders.items():
        held = groups.get(head)
        if held is None or " " in held.name:
            continue
        keys = {key for key in keys if key in groups and named_after(held, groups[key])}
        if len(keys) != 1:
            continue  # "the Board" after "Board of Trade" and "Board of Guardians"
        owner = next(iter(keys))
        if owner == head or groups[owner].kind != held.kind:
            continue  # "der Reichstag" (1880) is no "Reichstag zu Worms" (1521)
        groups[owner].absorb(groups.pop(head), with_kind=False)


_POSSESSIVE = ("'s", "’s")


MIN_CLIP = 3
"""How many letters a clipped word keeps at least, and leaves out at least (``Met`` of
``Meteorological``)."""


def merge_clipped(groups: dict[str, Group]) -> None:
    """An organisation's name with words clipped to their first letters joins the one
    organisation's name that writes them out, its other words the same (``Met Office`` →
    ``Meteorological Office``)."""
    shapes: dict[tuple[int, str], list[str]] = {}
    for key, group in groups.items():
        words = key.split()
        if len(words) >= 2 and group.kind == "organisation":
            shapes.setdefault((len(words), words[-1]), []).append(key)
    for members in shapes.values():
        for key in members:
            owners = [
                owner
                for owner in members
                if owner != key and owner in groups and _clips(key.split(), owner.split())
            ]
            if len(owners) == 1 and key in groups:
                groups[owners[0]].absorb(groups.pop(key), with_kind=False)


def _clips(short: list[str], full: list[str]) -> bool:
    """Whether the words of ``short`` are those of ``full``, one or more clipped."""
    clipped = [(word, whole) for word, whole in zip(short, full, strict=True) if word != whole]
    return bool(clipped) and all(
        len(word) >= MIN_CLIP and whole.startswith(word) and len(whole) - len(word) >= MIN_CLIP
        for word, whole in clipped
    )


def merge_possessive_short_forms(groups: dict[str, Group]) -> None:
    """A name in the possessive standing alone (``rebuilt St Paul's``) is the one name of the
    texts that holds it before a head noun (``Old St Paul's Cathedral``): the head is left
    out, as of ``St Mary's`` for ``St Mary's Hospital``."""
    holders: dict[str, set[str]] = {}
    for key, group in groups.items():
        for name in group.names:
            words = name.split()
            for index, word in enumerate(words[:-1]):
                if word.endswith(_POSSESSIVE) and head_kind(words[index + 1]):
                    for begin in range(index + 1):
                        short = name_key(" ".join(words[begin : index + 1]))
                        holders.setdefault(short, set()).add(key)
    for short, keys in holders.items():
        held = groups.get(short)
        if held is None or len(keys) != 1 or not held.name.endswith(_POSSESSIVE):
            continue
        owner = next(iter(keys))
        if owner != short and owner in groups:
            groups[owner].absorb(groups.pop(short), with_kind=False)
