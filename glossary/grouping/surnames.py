"""A one-word name joined to the one full name it stands for (a surname, a given name, an
organisation's last word); the largest merge, with the rules that choose among candidates."""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection

from glossary.discovery import (
    institution_head,
    organisation_modifier,
)
from glossary.first_names import is_first_name
from glossary.folding import name_key
from glossary.gazetteer import place_type
from glossary.grouping.evidence import is_place, placed_beyond_articles, used_as_place
from glossary.grouping.group import PLACE_TYPES, Group, document_of, named_after
from glossary.grouping.keys import (
    MIN_STEM,
    _name_words,
    _numerals,
    _skeleton,
    similar_spellings,
    translit_key,
    uninflected,
)
from glossary.name_words import (
    CONNECTORS,
    EVENT_PREFIXES,
    NAMING_TITLES,
    ROMAN,
    head_kind,
)


def names_person(
    words: list[str], groups: dict[str, Group], texts: Collection[str] | None = None
) -> bool:
    """Whether a name (a firm's without its legal form, a river's without ``River``) names a
    person of the texts: a given name and a surname (``Carl Zeiss``), or the surname of a
    full name found beside it (``Zuse`` with ``Konrad Zuse``); with ``texts``, a full name
    one of those documents gives."""
    if len(words) >= 2:
        return "&" not in words and is_first_name(words[0])
    surname = name_key(words[0]) if words else ""
    return any(
        surname in _surname_keys(name) and group.kind == "person"
        for group in groups.values()
        if texts is None or not texts_of(group).isdisjoint(texts)
        for name in group.names
        if " " in name  # any full name of the group: no look for its headline, which is slow
    )


def texts_of(group: Group) -> set[str]:
    """The documents that name the group (a long document's parts count as the document)."""
    return {document_of(source) for source in group.documents}


def merge_surnames(groups: dict[str, Group], firms: Collection[str] = ()) -> None:
    """A one-word name that begins or ends exactly one multi-word person name joins it
    (``Ludendorff`` → ``Erich Ludendorff``, ``Genghis`` → ``Genghis Khan``) unless it is
    one of the ``firms`` the texts list among organisations (``Bayer`` beside ``Friedrich
    Bayer``: the firm named after him), and one that
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
        name_words = group.name.split()
        modifier = organisation_modifier(group.name)
        honours = _honours(name_words, groups)
        if modifier and not is_place(name_key(modifier), groups) and not honours:
            # "Labor", "the Liberals" for "Liberal Party of Australia"; not "Yorkshire", a
            # place of its own in the texts, for "West Yorkshire Police"
            full.setdefault(name_key(modifier), set()).add(key)
        if len(words) < 2 or {"of", "the"} & set(words):
            continue
        first, last = name_words[0], name_words[-1]
        if not head_kind(last) and not any(map(institution_head, name_words[:-1])):
            full.setdefault(words[-1], set()).add(key)  # "Broncos"; not "Institut Curie",
            # "Skiclub Oberstdorf", "Freiwillige Feuerwehr Bardowick": the town after a
            # head is a place of its own
        if not first.islower() and not is_place(words[0], groups):
            if not honours:
                full.setdefault(words[0], set()).add(key)  # "DuMont", not "Denver"
    spellings: dict[str, list[str]] = {}  # similar spellings share a skeleton: no N×M scan
    for word in full:
        spellings.setdefault(_skeleton(translit_key(word)), []).append(word)
    bare_names = set(groups)  # the one-word names the texts use without a title
    rulers = ruled_names(groups)
    for key in list(groups):
        title, bare = _titled_surname(key, _own_name(groups[key])) if key in groups else ("", "")
        if not bare:
            continue
        forms = [bare, *uninflected(bare)]  # "Hülegüs" for "Hülegü Chan"
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
        as_written = [owner for owner in owners if owner in full.get(bare, ())]
        owners = as_written or owners  # "Johannes" begins "Johannes Weller": no "Johann" + es
        owners = introduced_before(_by_own_names(owners, forms, groups), groups[key], groups)
        if not owners:
            continue  # nothing to join; deciding whether it is a given name would load them
        surnamed = [owner for owner in owners if _ends_a_name(groups[owner], set(forms))]
        if not surnamed and is_first_name(groups[key].name):
            if key in rulers:
                continue  # "Friedrich" may be König Friedrich I. as well as Friedrich Schiller
            owners = [owner for owner in owners if _given_after(groups[key], groups[owner])]
        if groups[key].detail in PLACE_TYPES and any(map(place_type, groups[key].apposed)):
            # "Salisbury" became Harare, a town; "Lord Salisbury", a peer named after it
            surnamed = [owner for owner in surnamed if not _peer_of(groups[owner], set(forms))]
            owners = [owner for owner in owners if not _peer_of(groups[owner], set(forms))]
        people = [owner for owner in surnamed if groups[owner].kind == "person"]
        surnamed = people or surnamed  # "Halske" is Johann Georg Halske, not Siemens & Halske
        if title:  # "Lady Tichborne" is a person, the one the text gave that title if any
            surnamed = [owner for owner in people if title in groups[owner].titles] or people
            owners = []
        introduced = _surname_of_one(key, surnamed, groups)
        town = groups[key].detail in PLACE_TYPES and is_place(key, groups)
        if town and not _given_name_of(key, owners, surnamed, groups):
            if not surnamed or (used_as_place(groups[key]) and not introduced):
                continue  # a town that begins a name is no given name ("Jacksonville Story"),
                # nor one the texts mostly put places to ends one ("VEB Carl Zeiss Jena")
        owner = dominant(surnamed, groups, groups[key]) if surnamed else dominant(owners, groups)
        if owner is not None and key in firms and groups[owner].kind == "person":
            continue
        if owner is not None and groups[owner].kind == "organisation" and groups[key].titles:
            continue  # a title says a person ("Frau Krause" of "Schneiderei Krause & Söhne")
        if owner is not None and _place_not_surname(groups[key], groups[owner]):
            continue
        if owner is not None and is_place(key, groups):
            ends = any(set(_surname_keys(name)) & set(forms) for name in groups[owner].names)
            given = not ends and not is_first_name(groups[key].name)
            if given or groups[owner].kind == "organisation":
                continue  # a place the texts name is no given name ("Thames", "Thames Ditton";
                # "Pierre" is one) nor a firm's or club's short name ("Feuerwehr Bardowick")
        # a surname may be a town's name too ("Wilson"): the full name decides the kind
        land = groups[key].detail == "country" or (  # never a surname ("Vietnam")
            groups[key].detail == "region"
            and not (introduced or _region_surname(key, owner, surnamed, groups))
        )
        if owner is not None and groups[key].kind != "event" and not land:
            surname = groups.pop(key)
            if title and bare not in bare_names:  # "Lady Tichborne": the title goes on the card
                surname.titles[title] += sum(surname.names.values())
                surname.names = Counter({name.split()[1]: n for name, n in surname.names.items()})
            groups[owner].absorb(surname, with_kind=False)
            kind = groups[owner].kind  # the surname's evidence for that kind counts too
            groups[owner].votes[kind] += surname.votes[kind]


HONOURING_HEADS = frozenset(
    """Museum Memorial Denkmal Gedenkstätte Stiftung Foundation Preis Prize Award Medaille
    Medal""".split()
)
"""Heads of a thing named in someone's honour (``Sisi Museum``, ``Nobel Prize``): unlike a
firm's (``DuMont Laboratories``) or a college's (``Girton College``: ``Girton admitted
women``), its first word alone is the person it honours, not the thing."""


def _honours(name_words: list[str], groups: dict[str, Group]) -> bool:
    """Whether an organisation's name is another name of the texts and a head of
    ``HONOURING_HEADS``, and the texts write that name bare (``Sisi reiste``, ``Goethe
    wohnte dort``, whatever kind they have given it yet): the one honoured, who does not join
    it. Written with an article or a preposition (``Visitors to the Getty``), it is the
    institution's short form."""
    key = name_key(" ".join(name_words[:-1]))
    return name_words[-1] in HONOURING_HEADS and key in groups and not is_place(key, groups)


def _place_not_surname(short: Group, owner: Group) -> bool:
    """Whether a name the texts put to places more than to a person, and use alone before
    the longer name in each text that has both, ends a "person" that only a guess made one:
    no title, no clue of a person, no listed given name (``Krakatau``, the island, before
    ``Anak Krakatau``, the child of Krakatau, a volcano). A surname alone comes after the
    full name (``Ryōyū Kobayashi ... Kobayashi``), whatever its votes."""
    guessed = (
        owner.kind == "person"
        and not owner.votes["person"]
        and not owner.titles
        and not is_first_name(owner.name.split()[0])
    )
    shared = short.first.keys() & owner.first.keys()
    first = bool(shared) and all(short.first[doc] < owner.first[doc] for doc in shared)
    return guessed and first and short.votes["place"] > short.votes["person"]


def ruled_names(groups: dict[str, Group]) -> set[str]:
    """The given names of the rulers the texts number (``friedrich`` of ``Friedrich I.``): a
    given name alone may be theirs."""
    return {
        words[0]
        for key, group in groups.items()
        if group.kind == "person" and _numerals(key) and (words := _name_words(key))
    }


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
    return len(words) >= 2 and words[-2] not in CONNECTORS and not is_place(key, groups)


def _given_name_of(
    key: str, owners: list[str], surnamed: list[str], groups: dict[str, Group]
) -> bool:
    """Whether a listed given name that is a town somewhere stands for the one person whose
    name begins with it: the texts that use it name that person, and give it as many clues of
    a person as of a place (``Andreas
    Schlüter ... die Briefe des Andreas ...; Andreas schrieb``), not only places (``nach
    Andreas``)."""
    group = groups[key]
    if surnamed or len(owners) != 1 or groups[owners[0]].kind != "person":
        return False
    if not texts_of(group) <= texts_of(groups[owners[0]]):
        return False  # "Florence" may be the person in one text and the city in another
    text_place_votes = group.votes["place"] - group.gazetteer
    person_votes = group.votes["person"]
    return is_first_name(group.name) and person_votes > 0 and person_votes >= text_place_votes


def _surname_of_one(key: str, surnamed: list[str], groups: dict[str, Group]) -> bool:
    """Whether a town's or region's name the packages know is here the surname of the one
    person whose full name ends on it: each text that uses it alone names that person in full
    before, after a given name, not a land after ``von``/``of``, and puts it to no place but
    by an article (``der Kaufmann Georg Lincoln ... über die Lincoln zustehende Summe``;
    ``Walter Halifax ... Halifax died``)."""
    if len(surnamed) != 1 or placed_beyond_articles(key, groups):
        return False
    person = groups[surnamed[0]]
    words = person.name.split()
    return (
        person.kind == "person"
        and len(words) >= 2
        and words[-2] not in CONNECTORS
        and named_after(groups[key], person)
    )


def _own_name(group: Group) -> str:
    """The group's name without the names it took in apposition: ``Bismarck``, not the
    byname ``Iron Chancellor`` the text gave it (``Bismarck, whom the newspapers called the
    Iron Chancellor``), is what may be a surname."""
    own = [name for name in group.names if name not in group.apposed]
    return max(own, key=group.names.__getitem__) if own and own != list(group.names) else group.name


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
    hyphenated one whole (``Doliwo-Dobrowolski``) or its last part, though not of a land
    after ``von``/``of`` (``Kirchwend`` is a town, not ``Adelheid von
    Lohra-Kirchwend``), and without a German genitive ``s`` (``Thomas Alva Edisons``
    → ``Edison``)."""
    words = _name_words(name)
    if len(words) < 2 or name.split()[-1].rstrip(".") in ROMAN:
        return []  # a ruler's names are given names ("Friedrich Wilhelm IV.")
    last = name_key(words[-1])
    keys = [last] if words[-2] in CONNECTORS else [last, last.split()[-1]]
    if last.endswith("s") and len(last) > MIN_STEM + 1:
        keys.append(last[:-1])
    return keys


def _ends_a_name(group: Group, forms: set[str]) -> bool:
    """Whether one of ``forms`` is the surname of one of the group's own full names (its
    headline among them), not one given in apposition (``Elizabeth Garrett``, her maiden
    name beside ``Elizabeth Garrett Anderson``)."""
    return any(
        set(_surname_keys(name)) & forms for name in group.names if name not in group.apposed
    )


def _peer_of(group: Group, forms: set[str]) -> bool:
    """Whether the group names a person by ``forms`` only after a naming title (``Lord
    Salisbury``): a peer named after a place, which the place alone does not name where the
    texts give it another place's name (``Salisbury ... is now Harare``); elsewhere the place
    alone may be the peer (``Palmerston`` for Lord Palmerston)."""
    ending = [name for name in group.names if set(_surname_keys(name)) & forms]
    return bool(ending) and all(name.split()[0] in NAMING_TITLES for name in ending)


def _by_own_names(owners: list[str], forms: list[str], groups: dict[str, Group]) -> list[str]:
    """The owners a name not given in apposition ends or begins with the short name, when
    there are such: ``Sibthorp`` alone is Colonel Charles Sibthorp, not ``Mary Ellison, née
    Sibthorp``."""
    wanted = set(forms)
    own = [
        owner
        for owner in owners
        if not groups[owner].apposed
        or any(
            wanted & {*_surname_keys(name), name_key(name.split()[0])}
            for name in groups[owner].names
            if name not in groups[owner].apposed
        )
    ]
    return own or owners


def _given_after(given: Group, owner: Group) -> bool:
    """Whether a given name alone may stand for ``owner``: not a person a text names only
    after it (``her husband Louis`` ... ``Louis Armstrong``: another Louis), nor a person of
    another document only (``Heinrich dem Löwen`` in one, ``Heinrich Schliemann`` in another:
    a surname may join across the library, a bare given name says too little)."""
    if owner.kind != "person":
        return True
    texts = {document_of(source) for source in given.documents}
    if not texts & {document_of(source) for source in owner.documents}:
        return False
    shared = given.first.keys() & owner.first.keys()
    return not shared or any(owner.first[doc] < given.first[doc] for doc in shared)


def introduced_before(owners: list[str], short: Group, groups: dict[str, Group]) -> list[str]:
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


def dominant(
    owners: list[str], groups: dict[str, Group], surname: Group | None = None
) -> str | None:
    """The full name a surname stands for (names it ends are tried before names it begins:
    ``Luther`` is ``Martin Luther``, not ``Luther Bible``): the only one, or the one the texts
    name more often than any other (``Tesla`` in a life of Nikola Tesla who mentions his
    father Milutin Tesla once; ``Curie`` beside Pierre and Irène Curie), or, among people
    named as often, the one with a given name before the ``surname`` (``Charles George
    Gordon``, not the byname ``Chinese Gordon``), then the one named first in the texts of
    the surname (``Tom Bourdillon and his father Robert Bourdillon``: the one the text is
    about); none when that ties too (``Bible`` is not the ``Luther Bible`` for coming first,
    nor a given name alone the first of two people who share it)."""
    if len(owners) <= 1:
        return owners[0] if owners else None
    persons = surname is not None and all(groups[owner].kind == "person" for owner in owners)
    given = {owner: persons and is_first_name(groups[owner].name.split()[0]) for owner in owners}
    people = all(given.values())  # a given name and the surname: kin, namesakes
    documents = surname.documents if people and surname is not None else set()

    def rank(owner: str) -> tuple[int, bool, int]:
        offsets = [groups[owner].first.get(doc_id, -1) for doc_id in documents]
        known = [offset for offset in offsets if offset >= 0]
        return sum(groups[owner].names.values()), given[owner], -min(known) if known else 0

    ranked = sorted(((rank(owner), owner) for owner in owners), reverse=True)
    return ranked[0][1] if ranked[0][0] != ranked[1][0] else None
