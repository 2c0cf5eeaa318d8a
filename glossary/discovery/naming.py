"""Names a naming verb ties to another name of the same thing, though they do not stand side
by side: a relative clause (``den Hafen Lüshun, den die Europäer Port Arthur nannten``,
``Shlisselburg, which the Soviets had renamed Petrokrepost``), a participle clause
(``Sewastopol, in britischen Berichten Sebastopol geschrieben``) or the subject of the
clause (``Port Arthur hieß unter japanischer Herrschaft Ryojun``, ``The Radium Institute,
opened in Paris in 1914, is now called the Curie Institute``).

The verbs, relative pronouns, auxiliaries and possessives are closed classes of German and
English. A verb whose subject is the relative pronoun names its object, not the antecedent
(``Hugo, der seinen Sohn Willy nannte``), and a naming verb followed by ``after``/``nach``
names a thing after someone (``named after``), which is no other name of it.
"""

from __future__ import annotations

import re

from glossary.discovery.tokenising import _Token
from glossary.discovery.word_classes import ENGLISH_ARTICLES
from glossary.first_names import is_first_name
from glossary.gazetteer import place_type

Named = tuple[int, int, str]
"""A name's first and last token and the name."""

NAMING_AFTER = frozenset(
    "nannte nannten nennt nennen genannt geschrieben hieß hießen heißt heißen umbenannt".split()
)
"""German naming verbs that follow the name they give, at a clause's end."""

INTRANSITIVE = frozenset(("hieß", "hießen", "heißt", "heißen"))
"""German naming verbs whose subject is the thing named (``das ... Genève heißt``, ``X hieß
damals Y``)."""

PARTICIPLES = frozenset(
    "genannt geschrieben umbenannt called named renamed spelt spelled known".split()
)
"""Naming participles that open or close a participle clause of their own."""

RENAMED = "umbenannt"
"""``X wurde in Y umbenannt``: the German verb that gives a new name after ``in``."""

FINITE_PASSIVE = frozenset(("wurde", "wurden", "ist", "sind", "war", "waren"))
"""The finite auxiliary of a German passive main clause, before its subject when the clause
opens with something else (``1931 wurde Pokrowsk in Engels umbenannt``)."""

NAMING_BEFORE = frozenset(
    ("called", "named", "renamed", "spelt", "spelled", "styled", "nicknamed", "dubbed")
)
"""English naming verbs that stand before the name they give."""

RELATIVES = frozenset(("der", "die", "das", "den", "welcher", "welche", "welches", "welchen"))
ENGLISH_RELATIVES = frozenset(("which", "whom", "that"))
"""Relative pronouns that may stand for the thing named (``who`` names the one who names)."""

SUBJECT_RELATIVES = frozenset(("der", "welcher"))
"""German relative pronouns only a subject takes: the one who names, not the one named."""

PASSIVE = frozenset(("is", "was", "were", "are", "be", "been", "being"))
"""The English auxiliaries of a passive: ``which was renamed X`` names the antecedent."""

MODALS = frozenset(("will", "would", "shall"))
"""English modals of what did or will happen, which may open a passive too (``would be
called``, ``will be renamed``); not those of what may or must (``could be called``)."""

AUXILIARIES = PASSIVE | MODALS | {"has", "had", "have"}
"""English auxiliaries before a passive participle (``was renamed``, ``had been called``,
``would henceforth be called``)."""

POSSESSIVES = frozenset(
    (
        "sein", "seine", "seinen", "seinem", "seiner", "seines",
        "ihr", "ihre", "ihren", "ihrem", "ihrer", "ihres",
        "his", "her", "its", "their", "our", "my",
    )
)  # fmt: skip
"""Possessive determiners: ``seinen Sohn Willy nannte`` names the son, not the subject."""

REFLEXIVES = frozenset(("sich", "itself", "himself", "herself", "themselves"))
"""A reflexive object: the subject names itself (``die sich später Edeka nannte``)."""

EPONYM_WORDS = frozenset(("after", "nach", "for"))
"""``named after``, ``nach ihm benannt``: a thing named after another, not another name."""

CLAUSE_WORDS = 14
"""How many words a relative or participle clause may run before its naming verb."""

MAX_LOWER_BEFORE_COMMA = 2
"""Lower-case words (a verb's end in German) between a name and the comma of its clause."""

MAX_MAIN_WORDS = 4
"""Words between the naming verb of a main clause and the name it gives."""


def renamings(
    text: str, words: list[_Token], named: list[Named], language: str
) -> list[tuple[str, str]]:
    """Pairs (earlier name, name it is given) that a naming verb ties in ``text``."""
    ends = {last: name for _, last, name in named}
    pairs: list[tuple[str, str]] = []
    for index, (first, last, name) in enumerate(named):
        if language == "de":
            other = _german(text, words, first, last, ends, named[index - 1] if index else None)
        else:
            other = _english(text, words, first, ends, named, index)
        if other and other != name:
            pairs.append((other, name))
    return pairs


def _gap(text: str, words: list[_Token], index: int) -> str:
    """What stands between token ``index - 1`` and token ``index``."""
    return text[words[index - 1].end : words[index].start]


def _lower(words: list[_Token], index: int) -> str:
    return words[index].text.lower()


def _clause_break(text: str, words: list[_Token], index: int, marks: str = ".;:!?()") -> bool:
    """Whether a sentence or bracket ends between token ``index - 1`` and ``index``."""
    return words[index].initial or any(mark in _gap(text, words, index) for mark in marks)


def _german(
    text: str,
    words: list[_Token],
    first: int,
    last: int,
    ends: dict[int, str],
    before: Named | None,
) -> str:
    """The name a German naming verb gives the name at ``first``..``last`` to, or ``""``."""
    after = last + 1
    if after < len(words) and _gap(text, words, after) == " ":
        verb = _lower(words, after)
        if verb in NAMING_AFTER and not _eponym(words, after + 1):
            antecedent = _clause_antecedent(text, words, first, verb, ends, "de")
            if antecedent or verb != RENAMED:
                return antecedent
            return _renamed_subject(text, words, first, before)
    return _renamed_object(text, words, first, last, before) or _german_subject(
        text, words, first, last, before
    )


RENAMING_VERBS = frozenset(
    "nannte nannten nennt nennen benannte benannten benennt benennen".split()
)
"""The finite forms of German ``umnennen`` and ``umbenennen`` in a main clause, whose
particle ``um`` goes to the clause's end (``Die Besatzer nannten Gdingen in Gotenhafen
um``)."""

SEPARATED_RENAMING = "um"
"""The particle of ``umbenennen`` after the new name, at the end of a main clause."""

MAX_BEFORE_OBJECT = 3
"""Words between a renaming verb and the old name it takes (``benannte man 1946 X``)."""


def _renamed_object(
    text: str, words: list[_Token], first: int, last: int, before: Named | None
) -> str:
    """``Die Besatzer nannten Gdingen in Gotenhafen um``, ``1946 benannte man Königsberg in
    Kaliningrad um``: the object of a main clause's renaming verb, right before ``in`` and
    the new name, when the particle ``um`` ends the clause after it; ``nannte ihn Paul``
    or ``nannte Gdingen eine Stadt in Polen`` give no new name."""
    after = last + 1
    if before is None or first < 2 or after >= len(words):
        return ""
    if _lower(words, first - 1) != "in" or _lower(words, after) != SEPARATED_RENAMING:
        return ""
    if after + 1 < len(words) and not _clause_break(text, words, after + 1, ".;:!?,"):
        return ""
    object_first, object_last, old = before
    if object_last != first - 2:
        return ""
    verbs = [
        index
        for index in range(max(object_first - MAX_BEFORE_OBJECT - 1, 0), object_first)
        if _lower(words, index) in RENAMING_VERBS
    ]
    if not verbs or any(
        _clause_break(text, words, index, ".;:!?,()") for index in range(verbs[-1] + 1, after + 1)
    ):
        return ""
    return old


def _renamed_subject(text: str, words: list[_Token], first: int, before: Named | None) -> str:
    """``Pokrowsk wurde 1931 in Engels umbenannt``, ``1931 wurde Pokrowsk in Engels
    umbenannt``: the subject of a passive main clause whose new name follows ``in``; not a
    name after a preposition (``zu Ehren von Kalinin in Kaliningrad umbenannt``)."""
    if before is None or first < 1 or _lower(words, first - 1) != "in":
        return ""
    subject_first, subject_last, subject = before
    if first - subject_last > MAX_MAIN_WORDS + 1 or any(
        _clause_break(text, words, index, ".;:!?,()") for index in range(subject_last + 1, first)
    ):
        return ""
    opens = _starts_clause(text, words, subject_first) or (
        subject_first > 0 and _lower(words, subject_first - 1) in FINITE_PASSIVE
    )
    return subject if opens else ""


def _english(
    text: str, words: list[_Token], first: int, ends: dict[int, str], named: list[Named], index: int
) -> str:
    """The name an English naming verb before the name at ``first`` (``named[index]``) gives
    it to, or ``""``."""
    verb_at = first - 1
    spaced = _gap(text, words, first) in SPACED  # a byname may stand in quotes
    if verb_at > 0 and _lower(words, verb_at) in BYNAME_DETERMINERS and spaced:
        verb_at -= 1
        spaced = _gap(text, words, verb_at + 1) == " "
    if verb_at <= 0 or not spaced:
        return ""
    verb = _lower(words, verb_at)
    if verb in BECOMING or (verb == NOW and _lower(words, verb_at - 1) in PRESENT_COPULAS):
        ended = PHRASE_END.match(text, words[named[index][1]].end) is not None
        return _place_renamed(text, words, verb_at, ends, named[index][2]) if ended else ""
    if verb_at in ends:
        return _named_object(text, words, verb_at, named[:index])
    if verb in OBJECT_PRONOUNS and _lower(words, verb_at - 1) in NAMING_BEFORE:
        return _sentence_person(text, words, verb_at - 1, named[:index])
    if verb == "as" and (known := _known_before(text, words, verb_at)) > 0:
        verb_at, verb = known, KNOWN
    elif verb not in NAMING_BEFORE:
        return ""
    antecedent = _clause_antecedent(text, words, verb_at, verb, ends, "en")
    ended = PHRASE_END.match(text, words[named[index][1]].end) is not None
    return antecedent or _english_subject(text, words, verb_at, named[:index], ended)


BYNAME_DETERMINERS = frozenset(("the", "its", "his", "her", "their"))
"""What may stand between a naming verb and the byname it gives (``called him the Little
Emperor``, ``whom the pupils called their "Professor"``)."""

SPACED = frozenset((" ", ' "', " “", " '", " ‘"))
"""What stands before a name a verb gives: a space, and an opening quote."""

ACTIVE_NAMING = frozenset(("call", "called", "calls", "nicknamed", "dubbed"))
"""Verbs that take the one they name and then the name: ``called Gladstone the Grand Old
Man``."""


def _named_object(text: str, words: list[_Token], last: int, earlier: list[Named]) -> str:
    """The name ending at token ``last`` when an active naming verb stands right before it:
    the object a second name is given to (``the crowds had called Gladstone the "Grand Old
    Man"``)."""
    item = next((item for item in reversed(earlier) if item[1] == last), None)
    if item is None or item[0] < 1 or _gap(text, words, item[0]) != " ":
        return ""
    return item[2] if _lower(words, item[0] - 1) in ACTIVE_NAMING else ""


PHRASE_END = re.compile(r"\s*[,.;:)]|\s+(?:until|till|before|since|in)\b")
"""What follows a name given as another's (``Madras became Chennai in 1996``): the phrase
ends, and the name is no owner of what follows (not ``Tokyo became Japan's capital``)."""

BECOMING = frozenset(("became", "become", "becomes"))
"""``Madras became Chennai``: a place's new name after the verb, the old one its subject."""

NOW = "now"
PRESENT_COPULAS = frozenset(("is", "are"))
"""``Umtali, on the border, is now Mutare``: ``is now`` before a place's present name."""


def _place_renamed(
    text: str, words: list[_Token], verb_at: int, ends: dict[int, str], new: str
) -> str:
    """The subject of ``became``/``is now`` when it and the name after the verb are places
    the packages know (``Madras became Chennai in 1996``, ``Salisbury, later the capital,
    is now Harare``): a place becomes another only by a new name; a person or a body
    becomes a place's ruler or successor (``Smith became Premier``). The subject stands
    right before the verb (auxiliaries and adverbs between) or before a parenthesis set
    off by commas."""
    at = verb_at - 1
    while at > 0 and (_lower(words, at) in AUXILIARIES or _lower(words, at) in ADVERBS):
        at -= 1
    if _lower(words, verb_at) == NOW:
        at = verb_at - 2
    gap = _gap(text, words, at + 1)
    subject = ends.get(at, "") if gap == " " else ""
    if not subject and gap.strip() == ",":
        subject = _before_parenthesis(text, words, at, ends)
    if not subject or not place_type(subject) or not place_type(new):
        return ""
    return subject


def _before_parenthesis(text: str, words: list[_Token], closing: int, ends: dict[int, str]) -> str:
    """The name before the comma that opens a parenthesis closed after token ``closing``
    (``Umtali, on the border with Mozambique,``), none across a sentence or clause end."""
    for opener in range(closing, max(closing - CLAUSE_WORDS, 0), -1):
        if _clause_break(text, words, opener):
            return ""
        if _gap(text, words, opener).strip() == ",":
            return _name_before(text, words, opener - 1, ends, False)
    return ""


KNOWN = "known"
"""``known as``: the English participle that gives a name through ``as`` (``Mumbai ... was
known to the world as Bombay``, ``which was known as X``)."""

MAX_KNOWN_GAP = 3
"""Lower-case words between ``known`` and ``as`` (``known to the world as``)."""


def _known_before(text: str, words: list[_Token], as_at: int) -> int:
    """The token of ``known`` a few lower-case words before the ``as`` at ``as_at`` in one
    clause (``known to the world as``), or -1."""
    for at in range(as_at - 1, max(as_at - 2 - MAX_KNOWN_GAP, 0), -1):
        if not words[at].text.islower() or _gap(text, words, at + 1) != " ":
            return -1
        if words[at].text == KNOWN:
            return at
    return -1


OBJECT_PRONOUNS = frozenset(("him", "her"))
"""``his men called him the Little Emperor``: the person a naming verb's object stands for."""


def _sentence_person(text: str, words: list[_Token], verb_at: int, earlier: list[Named]) -> str:
    """The one person (a given name first) the sentence names before ``verb_at``: whom
    ``called him X`` names (``Sir George Simpson ... travelled fast; his men called him the
    Little Emperor``); none where it names two, or one in another sentence."""
    start = verb_at
    while start > 0 and not words[start].initial:
        start -= 1
    people = [
        name
        for first, last, name in earlier
        if start <= first and last < verb_at and is_first_name(name.split()[0])
    ]
    return people[0] if len(people) == 1 else ""


def _clause_antecedent(
    text: str, words: list[_Token], until: int, verb: str, ends: dict[int, str], language: str
) -> str:
    """The name right before the comma that opens the relative or participle clause in
    which the naming verb stands (``until``: the token the clause reaches to)."""
    for opener in range(until, max(until - CLAUSE_WORDS, 0), -1):
        if _clause_break(text, words, opener):
            return ""
        if "," not in _gap(text, words, opener):
            continue
        clause = [_lower(words, index) for index in range(opener, until)]
        if language == "en":
            clause = _after_apposed_noun(text, words, opener, clause, ends)
        if not _names_the_antecedent(clause, verb, language):
            return ""
        skip = language == "de" and bool(clause) and clause[0] not in RELATIVES
        particle = language == "de" and _lower(words, opener - 1) in SEPARABLE_PARTICLES
        return _name_before(text, words, opener - 1, ends, skip or particle)
    return ""


def _after_apposed_noun(
    text: str, words: list[_Token], opener: int, clause: list[str], ends: dict[int, str]
) -> list[str]:
    """The relative clause of an English appositive noun phrase (``the mill was run by
    Oskar Lind, the last of three brothers whom the town called the Miller``): the relative
    stands for the noun, and the noun for the name before the comma; unless a name that is no
    known place ends the phrase (``a friend of Lincoln whom``: the relative may stand for that
    name)."""
    if not clause or clause[0] not in ENGLISH_ARTICLES:
        return clause
    at = next((i for i, word in enumerate(clause) if word in ENGLISH_RELATIVES), 0)
    if not 2 <= at <= APPOSED_NOUN_WORDS or ENGLISH_ARTICLES & set(clause[1:at]):
        return clause  # "the monks of Ely built the cathedral that": a clause of its own
    before = ends.get(opener + at - 1, "")
    if (before and not place_type(before)) or _clause_break(text, words, opener + at):
        return clause
    return clause[at:]


APPOSED_NOUN_WORDS = 5
"""At most the words of a noun phrase set beside a name before its relative clause (``a
retired ferry pilot whom``): one article, then no second noun phrase."""


def _names_the_antecedent(clause: list[str], verb: str, language: str) -> bool:
    """Whether a clause (its words from the one after the comma up to the naming verb or
    the name) gives its name to the thing before the comma."""
    if not clause:
        return verb in PARTICIPLES  # ", called X"
    pronoun, rest = clause[0], clause[1:]
    reflexive = any(word in REFLEXIVES for word in clause)
    if language == "de" and pronoun in RELATIVES:
        if verb in INTRANSITIVE or verb in PARTICIPLES or reflexive:
            return True
        if pronoun in ACCUSATIVE_RELATIVES:
            return True  # "den seine Freunde Barthel nannten"
        # "die ihren Sohn Paul nannte": the relative is the one who names
        return pronoun not in SUBJECT_RELATIVES and not (len(rest) >= 2 and rest[-2] in POSSESSIVES)
    if language == "en" and pronoun in ENGLISH_RELATIVES:
        if not rest:
            return False  # "which renamed X": the relative names another thing
        if all(word in AUXILIARIES or word in ADVERBS for word in rest):
            return any(word in PASSIVE for word in rest)  # "which was renamed X"
        return True  # "which the Soviets had renamed X"
    if language == "en":  # ", later renamed X"; not "a club called X", named in a clause
        return verb in PARTICIPLES and all(word in ADVERBS for word in clause)
    return verb in PARTICIPLES and pronoun not in COORDINATORS and not SUBORDINATE & set(clause)


SEPARABLE_PARTICLES = frozenset(
    "ab an auf aus bei durch ein fest fort heim her hin los mit nach um vor weg weiter zu zurück"
    " zusammen".split()
)
"""The particle a German main clause's separable verb leaves at its end, between a name and
the relative clause on it (``kehrte Calvin nach Genf zurück, das auf Französisch Genève
heißt``)."""

ACCUSATIVE_RELATIVES = frozenset(("den", "welchen"))
"""German relative pronouns only an object takes: the thing named."""

ADVERBS = frozenset(
    ("later", "now", "again", "also", "often", "usually", "simply", "soon", "since", "then")
    + ("henceforth", "officially", "formally", "eventually", "subsequently", "thereafter")
)
"""Adverbs that may stand between an English relative pronoun or subject and its verb."""

COORDINATORS = frozenset(("und", "oder", "aber", "and", "or", "but"))
"""A clause these open after a comma has a subject of its own."""

SUBORDINATE = frozenset(
    ("dass", "weil", "als", "wenn", "wo", "ob", "er", "sie", "wir", "man")
    + ("wurde", "wurden", "war", "ist", "hat", "hatte", "wird")
)
"""Words that make a German clause more than a participle clause (``, als ... genannt
wurde``): a subordinator, a subject pronoun or a finite auxiliary."""


def _name_before(
    text: str, words: list[_Token], index: int, ends: dict[int, str], skip: bool
) -> str:
    """The name ending at token ``index``; with ``skip``, also one a few lower-case words
    before it (a German verb's end before a participle clause: ``ging die Südmandschurische
    Eisenbahn hervor, in Japan kurz Mantetsu genannt``); a relative pronoun follows its
    antecedent."""
    for back in range(MAX_LOWER_BEFORE_COMMA + 1 if skip else 1):
        at = index - back
        if at < 0:
            return ""
        if at in ends:
            return ends[at]
        if not words[at].text.islower() or at == 0 or _gap(text, words, at) != " ":
            return ""
    return ""


def _eponym(words: list[_Token], index: int) -> bool:
    return index < len(words) and _lower(words, index) in EPONYM_WORDS


def _german_subject(
    text: str, words: list[_Token], first: int, last: int, before: Named | None
) -> str:
    """``Port Arthur hieß unter japanischer Herrschaft Ryojun``: the name a German main
    clause begins with, when ``heißen`` follows it and the clause ends with this name."""
    if before is None or first - before[1] > MAX_MAIN_WORDS + 4:
        return ""  # no subject, or too far for "X selbst hieß damals Y"
    after = last + 1
    if after < len(words) and not _clause_break(text, words, after, ".;:!?,"):
        return ""  # the name does not end the clause
    subject_first, subject_last, subject = before
    verbs = [
        index for index in range(subject_last + 1, first) if _lower(words, index) in INTRANSITIVE
    ]
    if len(verbs) != 1 or verbs[0] - subject_last > 3 or first - verbs[0] > MAX_MAIN_WORDS + 1:
        return ""
    if any(
        _clause_break(text, words, index, ".;:!?,()")
        for index in range(subject_last + 1, first + 1)
    ):
        return ""
    return subject if _starts_clause(text, words, subject_first) else ""


def _english_subject(
    text: str, words: list[_Token], verb_at: int, earlier: list[Named], ended: bool
) -> str:
    """``The Radium Institute, opened in Paris in 1914, is now called the Curie Institute``:
    the name a sentence begins with, when a passive naming verb follows it; or the name a
    clause a declaring verb reports begins with (``the council declared that Eastwick would
    henceforth be called Marlow Green``). With a modal or in a reported clause the new name
    must end its phrase (``ended``): ``confirmed that Kane would be named England captain``
    gives no name to Kane."""
    index = verb_at - 1
    passive = modal = False
    while index > 0 and (_lower(words, index) in AUXILIARIES or _lower(words, index) in ADVERBS):
        passive = passive or _lower(words, index) in PASSIVE
        modal = modal or _lower(words, index) in MODALS
        index -= 1
    subject = next(
        (
            item
            for item in reversed(earlier)
            if _starts_clause(text, words, item[0]) or _after_that(text, words, item[0])
        ),
        None,
    )
    if not passive or subject is None or subject[1] > index:
        return ""
    if (modal or _after_that(text, words, subject[0])) and not ended:
        return ""
    inner = range(subject[1] + 1, index + 2)
    if subject[1] == index:
        return "" if _clause_break(text, words, index + 1, ".;:!?,()") else subject[2]
    opens, closes = _gap(text, words, subject[1] + 1), _gap(text, words, index + 1)
    parenthesis = opens.strip() == "," and closes.strip() == ","  # ", opened in Paris,"
    if parenthesis and not any(_clause_break(text, words, at) for at in inner):
        return subject[2]
    return ""


COMPLEMENTISER = "that"
"""The word that opens a reported clause, whose subject a name right after it is."""

DECLARING = frozenset(
    "announced declared decided decreed ordered ruled resolved agreed proclaimed voted".split()
)
"""Verbs that report a decision, not a fear or a guess (``feared that Lincoln would be
called Caesar``): a clause they report may give a thing its new name."""


def _after_that(text: str, words: list[_Token], first: int) -> bool:
    """Whether the name at token ``first`` follows ``that`` right after a declaring verb."""
    return (
        first > 1
        and _lower(words, first - 1) == COMPLEMENTISER
        and _lower(words, first - 2) in DECLARING
        and _gap(text, words, first) == " "
        and _gap(text, words, first - 1) == " "
    )


def _starts_clause(text: str, words: list[_Token], first: int) -> bool:
    """Whether the name at token ``first`` begins its sentence (after an article at most)."""
    if words[first].initial:
        return True
    before = first - 1
    return (
        before >= 0
        and words[before].initial
        and _lower(words, before) in ARTICLES
        and _gap(text, words, first) == " "
    )


ARTICLES = frozenset(("the", "der", "die", "das"))
"""The definite articles a sentence's subject may follow."""
