"""The entry point: every name in a document with what the text says about it.

``discover`` splits the text into words, reads its runs (a long text in two halves on two
cores), adds up the occurrences, and then adds what only the whole text shows: lists,
appositions, introduced abbreviations, surnames alone, and the places the packages know.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from functools import partial

from rapidfuzz.distance import Levenshtein

from glossary.compounds import is_compound
from glossary.discovery.abbreviations import _introduced_abbreviations, is_abbreviation
from glossary.discovery.evidence import TOWN, _bare
from glossary.discovery.indefinite import drop_indefinite_nouns
from glossary.discovery.lexicon import _function_word
from glossary.discovery.name_info import DiscoveryCancelled, NameInfo
from glossary.discovery.naming import PHRASE_END, renamings
from glossary.discovery.reader import _ARTICLED, _Reader
from glossary.discovery.record import _Occurrence, _record
from glossary.discovery.runs import GERMAN_PEERAGES, PEERAGES, _runs
from glossary.discovery.tokenising import _Token, tokens
from glossary.discovery.word_classes import (
    _HYPHEN,
    COMMON_ZIPF,
    GERMAN_DEFINITE,
    OBLIQUE_BYNAME_ARTICLES,
)
from glossary.first_names import is_first_name, is_listed_first_name, is_surname
from glossary.folding import fold
from glossary.forked import can_fork, core_to_spare, halves
from glossary.frequencies import zipf
from glossary.gazetteer import is_country_or_region, place_type, small_town
from glossary.name_words import (
    CONNECTORS,
    NAMING_TITLES,
    ROMAN,
    head_kind,
    is_name_prefix,
    is_title,
    language_names,
)
from glossary.tagger import (
    is_adjective,
    proper_noun_evidence,
)
from glossary.timex_lang_en import WORDS as ENGLISH_WORDS
from index.gc_pause import collector_paused

CHECK_EVERY = 256
"""Names read between two looks at the caller's ``cancelled``."""


@collector_paused()
def discover(
    text: str, language: str, cancelled: Callable[[], bool] | None = None
) -> dict[str, NameInfo]:
    """Every name in ``text`` (a ``de`` or ``en`` document) with what the text says about it.

    Args:
        text: the document text; names already covered by curated entries may be blanked
            out beforehand (offsets are not used across calls).
        language: ``de`` or ``en`` (the tagger's languages).
        cancelled: polled every few hundred names; when it returns True, reading stops.

    Raises:
        DiscoveryCancelled: ``cancelled`` said so.
    """
    words = tokens(text)
    reader = _Reader(text, language, words)
    found: dict[str, NameInfo] = {}
    previous: tuple[str, int] | None = None
    previous_start = 0
    named: list[tuple[int, int, str]] = []
    for start, end, name, occurrences in _read(text, words, reader, cancelled):
        for occurrence in occurrences:
            _add(found, *occurrence)
        if name and named and named[-1][1] + 1 < start:
            before, last = named[-1][2], named[-1][1]
            if language == "de" and _apposed_after_verb(text, words, last, start):
                if not _within(before, name):  # "aus Libau ausgelaufen, dem heutigen Liepāja"
                    found[before].same_as[name] += 1
            elif _peerage_conferred(text, words, last, start, end, language):
                title, _, place = name.partition(" ")  # "Lord Kelvin": the place is Kelvin
                place = place if title in NAMING_TITLES and place else name
                found[before].peerages[place] += 1  # "Disraeli, later made Earl of Beaconsfield"
        if name:
            named.append((start, end, name))
        if name and previous:
            if _listed(text, words, previous[1], start):
                found[name].partners[previous[0]] += 1
                found[previous[0]].partners[name] += 1
            if (
                (
                    _in_apposition(text, words, previous[1], start)
                    and not _within(previous[0], name)
                    and not (language == "de" and _after_a_noun(words, previous_start))
                )
                or _bracketed_alternative(text, words, previous, (name, end))
                or _bracketed_translation(text, words, previous, (name, end), language)
                or _in_other_language(text, words, previous[1], start, end)
                or _born_as(text, words, previous[1], start, end)
                or _nicknamed(text, words, previous[1], start, end)
                or _as_known(text, words, previous[1], start, end)
                or _had_been(text, words, previous[1], start, end)
                or _the_name_of(text, words, previous[1], start, end)
            ):
                found[previous[0]].same_as[name] += 1
            elif (
                _AS_CALLED.fullmatch(text, words[previous[1]].end, words[start].start)
                and PHRASE_END.match(text, words[end].end) is not None
            ):
                found[name].same_as[previous[0]] += 1  # the byname comes first
            elif _numbered_peerage(text, words, previous[1], start):
                found[previous[0]].peerages[name] += 1
        previous = (name, end) if name else None
        previous_start = start
    for name, other in renamings(text, words, named, language):
        found[name].same_as[other] += 1
    _introduced_abbreviations(text, found)
    _short_names_alone(found, reader, words)
    _oblique_bynames(found, reader)
    if language == "de":
        drop_indefinite_nouns(found, words, reader.positions)
    for name, info in found.items():
        info.place = place_type(name)
        if not info.place and language == "de" and name.endswith("s"):
            info.place = place_type(name[:-1])  # "Zerstörung Hiroshimas"
        if not info.place and language == "de" and small_town(name):
            info.place = TOWN
    return found


def _oblique_bynames(found: dict[str, NameInfo], reader: _Reader) -> None:
    """A ruler named with a byname in another case (``Albrecht dem Bären``) is the one the
    text names in the nominative (``Albrecht der Bär``): the same person."""
    for name, info in found.items():
        parts = name.split()
        if len(parts) == BYNAMED and parts[1] in OBLIQUE_BYNAME_ARTICLES:
            nominative = reader.nominative_byname(parts[0], parts[2])
            if nominative in found and nominative != name:
                info.same_as[nominative] += 1


BYNAMED = 3
"""The words of a given name with its byname (``Heinrich den Löwen``)."""


_Run = tuple[int, int, str, list[_Occurrence]]
"""A run's first and last token, its name (``""`` for none) and the names it holds."""


PARALLEL_WORDS = 60_000
"""A text of at least this many words (about 400 KB) is read in two halves on two cores."""


CHILD_SHARE = 0.55
"""The share of the words the child reads: the parent also splits the text into words
before, and adds up the halves after."""


def _read(
    text: str, words: list[_Token], reader: _Reader, cancelled: Callable[[], bool] | None
) -> list[_Run]:
    """Every run of the text with what ``_record`` makes of it, in order. A long text is
    read in two halves at a sentence start, where no run can go on from the half before
    (a name never spans a sentence's end), the second in a forked child: each half makes
    the same runs as a reading of the whole, and the caller adds them up in order."""
    theirs = int(len(words) * CHILD_SHARE)
    cut = _sentence_start(words, len(words) - theirs) if len(words) >= PARALLEL_WORDS else 0
    if not cut or not (can_fork() and core_to_spare()):
        return _read_part(text, words, reader, 0, len(words), cancelled)
    for warm in (place_type, small_town, is_first_name, is_listed_first_name, is_surname):
        warm("")  # load the lists here, once, not in the child as well
    if reader.language == "de":
        is_compound("")  # and the frequent German words that compounds are made of
    before, after = halves(
        partial(_read_part, text, words, reader, 0, cut),
        partial(_read_part, text, words, reader, cut, len(words)),
        cancelled,
    )
    return before + after


def _read_part(
    text: str,
    words: list[_Token],
    reader: _Reader,
    first: int,
    stop: int,
    cancelled: Callable[[], bool] | None,
) -> list[_Run]:
    """The runs that start in ``words[first:stop]``."""
    read: list[_Run] = []
    for number, run in enumerate(_runs(words, reader, first, stop)):
        if cancelled is not None and number % CHECK_EVERY == 0 and cancelled():
            raise DiscoveryCancelled
        name, occurrences = _record(text, words, run, reader)
        read.append((run[0], run[1], name, occurrences))
    return read


def _sentence_start(words: list[_Token], middle: int) -> int:
    """The first token from ``middle`` on that starts a sentence after a gap that joins
    nothing (no name, title or adjective run goes on over it); 0 for none."""
    return next(
        (
            index
            for index in range(middle, len(words))
            if words[index].initial and not words[index].joined
        ),
        0,
    )


def _short_names_alone(
    found: dict[str, NameInfo], reader: _Reader, text_words: list[_Token]
) -> None:
    """The last word of a full name, where the text also writes it alone in places no run
    takes (``Kintner sagte`` at a sentence start), and the word before an organisation's
    head noun, alone or in the plural (``Labor``, ``the Liberals`` for ``Liberal Party``):
    a name of its own, which grouping joins to the full name."""
    inside: Counter[str] = Counter()
    modifiers: set[str] = set()
    people: set[str] = set()
    before: dict[str, set[str]] = {}  # the words a full name puts before its last word
    for name, info in found.items():
        words = [word for word in name.split() if word not in ROMAN]
        if len(words) >= 2:
            before.setdefault(words[-1], set()).add(words[-2])
        prefixed = bool(words) and is_name_prefix(words[0].rstrip("."))
        if (
            len(words) >= 2
            and not set(words) & CONNECTORS
            and not head_kind(words[-1])
            and not _byname_on_title(words, reader.language)
            and not prefixed
        ):
            inside[words[-1]] += info.count
            if is_listed_first_name(words[0]):
                people.add(words[-1])
            if _ARTICLED.fullmatch(words[-1]):  # "Sadat" for "Anwar as-Sadat"
                inside[_HYPHEN.split(words[-1], maxsplit=1)[1]] += 0
        modifier = organisation_modifier(name)
        if modifier:  # an adjective names it only in the plural ("the Liberals")
            if not is_adjective(modifier, reader.language):
                inside[modifier] += info.count
            inside[modifier + "s"] += 0
            modifiers.update((modifier, modifier + "s"))
    genitives = set()
    if reader.language == "de":  # "Goldensons Firma": the surname in the genitive
        genitives = {
            surname + "s"
            for surname in inside
            if not surname.endswith("s")
            and reader.alone[surname + "s"]  # most: never so written, nothing to add
            and _foreign_to_german(surname)
        }
    added: list[str] = []
    for surname, count in [*inside.items(), *((genitive, 0) for genitive in genitives)]:
        alone = reader.alone[surname] - count
        if reader.language == "de" and _function_word(surname.lower()):
            alone = reader.inside[surname] - count  # "Weil es regnete" opens a sentence
        if alone > 0 and surname not in found and surname not in reader.months:
            if surname in modifiers and reader.language == "de":
                accepted = reader.name_word(surname, False)  # German nouns are capitalised
            else:
                accepted = surname in genitives or _surname_word(surname, count, reader)
                accepted = accepted or (surname in people and reader.used_as_name(surname))
            if accepted:
                found[surname] = NameInfo(count=alone)
                added.append(surname)
    added += _place_tails_alone(found, reader, text_words)
    for surname, offset in _first_alone(text_words, added, before).items():
        found[surname].first = offset


def _byname_on_title(words: list[str], language: str) -> bool:
    """An English byname of a common word and a title (``the Iron Duke``): the title alone
    stays anyone's (``the Duke retired``); a surname spelt like a title does not (``Priya
    Shah``)."""
    return language == "en" and is_title(words[-1]) and proper_noun_evidence(words[0], "en") < 0


_DEFINITE = GERMAN_DEFINITE | {"the"}
"""A definite article, alone or joined to a preposition, which a place named by the last
word of its name takes (``the Plains``, ``auf der Alb``, ``im Ries``)."""


def _place_tails_alone(
    found: dict[str, NameInfo], reader: _Reader, text_words: list[_Token]
) -> list[str]:
    """The last word of a place's name of two capitalised words or more, where the text
    writes it alone inside a sentence after a definite article, never in lower case and, in
    German, as no common noun (``the Plains`` after ``the Great Plains``, ``die Alb`` after
    ``die Schwäbische Alb``; not ``der Wald`` after ``der Bayerische Wald``): a name of its
    own, which grouping joins to the place."""
    tails: Counter[str] = Counter()
    fronts: dict[str, set[str]] = {}  # what stands before each tail, endings cut
    for name, info in found.items():
        words = name.split()
        if len(words) < 2 or not all(word[:1].isupper() for word in words):
            continue
        fronts.setdefault(words[-1], set()).add(
            " ".join(w.lower().rstrip("ensrm") for w in words[:-1])
        )
        if info.votes["place"] > max(info.votes["person"], info.votes["organisation"]):
            tails[words[-1]] += info.count
    candidates = {
        tail: count
        for tail, count in tails.items()
        if len(fronts[tail]) == 1  # "der Alb" after "Schwäbischer Alb" and "Fränkischer Alb"
        and tail not in found
        and not is_title(tail)  # "the Duke" after "the Iron Duke": anyone's title
        and tail.lower() not in reader.lower
        and reader.inside[tail] > count
        and (reader.language != "de" or proper_noun_evidence(tail, "de") >= 0)
    }
    added = sorted(_after_an_article(text_words, set(candidates)))  # not "bei Regen Ziegel"
    for tail in added:
        found[tail] = NameInfo(count=reader.inside[tail] - candidates[tail])
        found[tail].votes["place"] += found[tail].count  # the place it ends, or another
    return added


def _after_an_article(text_words: list[_Token], words: set[str]) -> set[str]:
    """Those of ``words`` the text writes after a definite article at least once."""
    seen: set[str] = set()
    previous = ""
    for token in text_words if words else ():
        if token.text in words and previous in _DEFINITE:
            seen.add(token.text)
        previous = token.text.lower()
    return seen


def _first_alone(
    text_words: list[_Token], names: list[str], before: dict[str, set[str]]
) -> dict[str, int]:
    """Where each of ``names`` first stands alone, not after the word a full name puts
    before it (``Jakob Sturm``): grouping gives a surname to the person named before it
    (``Jakob Sturm ... Sturm ... Johannes Sturm``)."""
    wanted = set(names)
    first: dict[str, int] = {}
    previous = ""
    for token in text_words if wanted else ():
        word = token.text
        if word in wanted and previous not in before.get(word, ()):
            first[word] = token.start
            wanted.discard(word)
            if not wanted:
                break
        previous = word
    return first


def organisation_modifier(name: str) -> str:
    """The capitalised word right before an organisation's head noun, which may name it
    alone (``Labor`` in ``Australian Labor Party``, ``Liberal`` in ``Liberal Party of
    Australia``); ``""`` for none, for a land (``Victoria`` in ``Victoria Council``), for
    a title's possessive (``King's`` in ``King's College``) or where the organisation's noun
    heads no name, another capitalised word following it (``Crown`` in ``Crown Office Row``,
    a street)."""
    words = name.split()
    for index in range(1, len(words)):
        heads = index + 1 == len(words) or words[index + 1] in CONNECTORS
        if head_kind(words[index]) == "organisation" and heads:
            word = words[index - 1]
            usable = word[:1].isupper() and not is_abbreviation(word) and not head_kind(word)
            usable = usable and not is_title(_bare(word))
            land = is_country_or_region(word)
            return word if usable and not land else ""
    return ""


def _surname_word(surname: str, count: int, reader: _Reader) -> bool:
    """Whether the last word of a full name, alone, is that name: a name word, a German
    function word (``Weil``), or a word the text never writes in lower case: in English any
    (``Brown``, ``White``), in German one that is no German word (``Noble``)."""
    if reader.name_word(surname, False):
        return True
    if reader.language == "de" and _function_word(surname.lower()):
        return True  # "sprach Weil mit": German capitalises "weil" only as a name there
    if surname.lower() in reader.lower:
        return False
    if reader.language == "en":  # "Noble later merged": any use alone outside the full name
        return reader.alone[surname] > count
    return _foreign_to_german(surname)


def _foreign_to_german(word: str) -> bool:
    """A word German does not use as a common word: rare in German or more frequent in
    English, and not a common noun to the lexicon."""
    german = zipf(word.lower(), "de")
    foreign = german < COMMON_ZIPF or zipf(word.lower(), "en") > german
    return foreign and proper_noun_evidence(word, "de") >= 0


_APPOSITION = re.compile(
    r"(?:[,(]?\s*(?:geboren als|geb\.|geborene|verheiratete|eigentlich|bürgerlich|alias|"
    r"(?:auch |besser )?bekannt (?:als|unter(?: \w+){0,3})|"
    r"(?:was |is )?born|née|(?:also |better )?known(?: \w+){0,4} as|also called"
    r"|(?:which |that )?(?:was |were )?(?:later )?renamed(?: itself| as| to)?)"
    r"|\s*[,(]\s*(?:(?:auch |kurz )?genannt|(?:meist |oft |auch |einfach )?kurz|heute"
    r"|(?:usually |often |commonly )?(?:shortened|abbreviated) to"
    r"|(?:also |sometimes |often |usually |commonly )(?:written|spelt|spelled)"
    r"|written as|spelt|spelled"
    r"|(?:which|whose name)(?: [a-z]+){1,4}? (?<!the )(?<!a )(?<!his )(?<!her )"
    r"(?:also |now |still )?(?:spells?|spelt|spelled)"
    r"|inzwischen|now|today|by then|formerly|vormals|ehemals|früher|einst"
    r"|(?:das |die |der |dem |den |the )(?:spätere|later|former|frühere|vormalige|ehemalige"
    r"|einstige|alte|old)[mn]?"
    r"|(?:das |die |der |dem |den )?heutigen?|(?:seit|since) \d{3,4}|(?:present|modern)-day)"
    r"|\s*\(\s*(?:later|später))"
    r"(?: the| die| der| das)?\s*",
    re.IGNORECASE,
)
"""What stands between a name and another name of the same thing: a birth name, a real
name, a byname, a later name (``Marie Curie, geboren als Maria Skłodowska``, ``Anna Schmidt,
geborene Weber``, ``Sylvia Diggory, by then Sylvia Beckingham``, ``the General
Electricity Company, known by its German initials as AEG``, ``die Vereinigten Harzer
Mühlenwerke, bekannt unter ihrem Markennamen Brockengold``, ``the Lowfield Gas Company, which
renamed itself Lowfield Energy``, ``die Obere Saale-Bahn, kurz Saalebahn``, ``die Vereinigte
Fährgesellschaft Wendemark, meist kurz VFW genannt``, ``Kingston upon
Hull, usually shortened to Hull``, ``Byzanz, heute
Istanbul``, ``Swerdlowsk, dem heutigen Jekaterinburg``, ``Stalingrad, das spätere Wolgograd``,
``Yangon, the former Rangoon``, ``Bratislava, dem alten Pressburg``, ``Ho Chi Minh City,
formerly Saigon``, ``Pressburg (später Bratislava)`` (``later`` only in brackets:
``Vienna, later Berlin`` may be two stops), ``Neuhafen, seit 1921 Kirchmünde``,
``Lenin, born Vladimir Ulyanov``, ``Eboracum, also known as York``), or another spelling
(``Naypyidaw, also written Nay Pyi Taw``, ``Ayutthaya, which older books spell Ayudhya``;
not a bare ``written``, mostly a participle before a date: ``to Pelosi, written Christmas
Eve``)."""


def _after_a_noun(words: list[_Token], first: int) -> bool:
    """Whether the name at token ``first`` follows a German common noun that is no title nor
    a place's head: the name is then the place a firm is named after (``die Maschinenfabrik
    Augsburg, die spätere MAN``), and an apposition names the firm, not the place."""
    if first == 0 or words[first].initial or words[first - 1].initial or not words[first].joined:
        return False  # "In Zelinograd, dem heutigen Astana": capitalised for the sentence
    word = words[first - 1].text
    return word[:1].isupper() and not is_title(word) and head_kind(word) != "place"


def _in_apposition(text: str, words: list[_Token], last: int, first: int) -> bool:
    """Whether the name starting at token ``first`` is another name of the one ending at
    token ``last``."""
    return bool(_APPOSITION.fullmatch(text, words[last].end, words[first].start))


VERB_END_WORDS = 2
"""Lower-case words (the end of a German verb) between a name and an apposition after it."""


def _apposed_after_verb(text: str, words: list[_Token], last: int, first: int) -> bool:
    """Whether the name starting at token ``first`` is another name of the one ending at
    token ``last``, given after the end of the German verb that follows it (``aus Libau
    ausgelaufen, dem heutigen Liepāja``)."""
    for verb_end in range(last + 1, min(last + 1 + VERB_END_WORDS, first)):
        if (
            not words[verb_end].text.islower()
            or text[words[verb_end - 1].end : words[verb_end].start] != " "
        ):
            return False
        gap = text[words[verb_end].end : words[first].start]
        if gap.startswith(",") and _APPOSITION.fullmatch(gap):
            return True
    return False


_ORDINAL_WORDS = "|".join(sorted(ENGLISH_WORDS.ordinals, key=len, reverse=True))
"""The English ordinal words of the date tagger's lexicon (``fifth`` in ``the fifth Earl``)."""
_NUMBERED_PEERAGE = re.compile(
    rf"\s*,\s*(?:(?:the|der|dem|den|des)\s+)?(?:\d+\.|\d+(?:st|nd|rd|th)|{_ORDINAL_WORDS})\s+"
    rf"(?:{'|'.join(sorted(PEERAGES | GERMAN_PEERAGES))})(?:\s+(?:of|von))?\s+"
)
"""What stands between a person's name and the place of a peerage they hold, numbered in the
line of its holders (``Henry John Temple, 3rd Viscount Palmerston``, ``George Hamilton-Gordon,
4. Earl of Aberdeen``, ``Thomas Douglas, the fifth Earl of Selkirk``, ``Henry Fox, der 1. Baron
Holland``): a ruler's land is not numbered so (``Karl August, Herzog von Sachsen-Weimar``)."""


def _numbered_peerage(text: str, words: list[_Token], last: int, first: int) -> bool:
    """Whether the name starting at token ``first`` is the place of a numbered peerage held
    by the person whose name ends at token ``last``."""
    return bool(_NUMBERED_PEERAGE.fullmatch(text, words[last].end, words[first].start))


_BORN_BEFORE = re.compile(
    r"(?:\s+(?:kam|wurde)\b[^.;:!?]{0,40}?|\.?\s*,\s*(?:der|die)\b[^.;:!?,]{0,40}?)\bals\s+"
)
_BORN_AFTER = re.compile(r"(?:\s+in(?:\s+[A-ZÄÖÜ][\w-]*){1,2})?\s+(?:zur Welt|geboren)\b")


def _born_as(text: str, words: list[_Token], last: int, first: int, end: int) -> bool:
    """The name at tokens ``first``..``end`` is the birth name of the one ending at ``last``:
    ``Käthe Kollwitz kam 1867 als Käthe Schmidt zur Welt``, ``... wurde als ... geboren``,
    in a relative clause and with the birthplace after it (``Papst Pius XII., der 1876 als
    Eugenio Pacelli in Rom geboren wurde``)."""
    return (
        _BORN_BEFORE.fullmatch(text, words[last].end, words[first].start) is not None
        and _BORN_AFTER.match(text, words[end].end) is not None
    )


_QUOTED_AFTER_CLAUSE = re.compile(r"\s*,[^,.;:!?\"„“”]{0,60}[„“\"]")
_NICKNAME_AFTER = re.compile(r"[“”\"]\s*(?:genannt|called)\b")


def _nicknamed(text: str, words: list[_Token], last: int, first: int, end: int) -> bool:
    """The name at tokens ``first``..``end`` is a byname in quotes the text gives the one
    ending at ``last`` in the same clause: ``Lord Palmerston, von Freunden nur „Pam“
    genannt``."""
    return (
        _QUOTED_AFTER_CLAUSE.fullmatch(text, words[last].end, words[first].start) is not None
        and _NICKNAME_AFTER.match(text, words[end].end) is not None
    )


_AS_BEFORE = re.compile(r"\s*,\s*(?:as|wie)\s+")
_KNOWN_AFTER = re.compile(
    r"(?: \w+){0,2}\s+(?:(?:was|is|were|had been)(?: \w+){0,2} (?:known|called)"
    r"|genannt wurde|hieß)\b"
)


def _as_known(text: str, words: list[_Token], last: int, first: int, end: int) -> bool:
    """The name ending at token ``last`` is what the text says the one at tokens
    ``first``..``end`` was known as: ``Satchmo, as Louis Armstrong was known``,
    ``Kenig, wie Königsberg im Alltag hieß``."""
    return (
        _AS_BEFORE.fullmatch(text, words[last].end, words[first].start) is not None
        and _KNOWN_AFTER.match(text, words[end].end) is not None
    )


_AS_CALLED = re.compile(r"\s*,\s*as\s+(?:[a-z]+\s+){1,3}(?:called|nicknamed)\s+")
"""Between a byname and the name of the one it names: ``Balasaheb, as his followers called
Thackeray``, ``Boney, as the English press called Napoleon``."""

_HAD_BEEN_BEFORE = re.compile(
    r"\s*,\s*(?:which|that|who)\s+(?:had\s+(?:once\s+)?been|was\s+(?:once|formerly))\s+"
)


def _had_been(text: str, words: list[_Token], last: int, first: int, end: int) -> bool:
    """The name at tokens ``first``..``end`` is what the one ending at ``last`` was called
    before: ``Leningrad, which had been Petrograd until 1924``, ``Mrs Gaskell, who was once
    Elizabeth Stevenson,``; the name must end the phrase (not ``Bonn, which had been West
    Germany's capital``)."""
    return (
        _HAD_BEEN_BEFORE.fullmatch(text, words[last].end, words[first].start) is not None
        and PHRASE_END.match(text, words[end].end) is not None
    )


_THE_BEFORE = re.compile(r"\s*,\s*the\s+")
_OF_AFTER = re.compile(r"\s+of\s+[a-z]")


def _the_name_of(text: str, words: list[_Token], last: int, first: int, end: int) -> bool:
    """The name at tokens ``first``..``end`` is the one ending at ``last`` as some time or
    some people called it: ``Constantinople, the Istanbul of today``, ``the Syr Darya, the
    Jaxartes of classical writers`` (a lower-case word after ``of``: no ``Duke of York``)."""
    return (
        _THE_BEFORE.fullmatch(text, words[last].end, words[first].start) is not None
        and _OF_AFTER.match(text, words[end].end) is not None
    )


_PEERAGE_WORDS = "|".join(sorted(PEERAGES | GERMAN_PEERAGES | {"Lord", "Lady"}))
_CONFERRED = {
    "en": re.compile(
        rf"(?:\s*,\s*(?:the\s+)?\w+\s+(?:{_PEERAGE_WORDS})\s+(?:of\s+)?[A-Z][\w'-]*)?"
        r"(?:\s*,\s*who|(?:\s+(?!(?:who|whom|which|that)\b)[a-z]+){1,8}\s+and)?"
        r"\s+(?:(?:had|has)\s+)?(?:(?:been|was|were)\s+)?"
        r"(?:later\s+|then\s+|soon\s+|eventually\s+)?(?:created|made|became|ennobled as)\s+"
        rf"(?:the\s+)?(?:first\s+|1st\s+)?(?:{_PEERAGE_WORDS})\s+(?:of\s+)?"
        rf"|\s*,\s*later\s+(?:the\s+)?(?:first\s+|1st\s+)?(?:{_PEERAGE_WORDS})\s+(?:of\s+)?"
    ),
    "de": re.compile(
        r"(?:\s*,\s*(?:der|die)|\s+(?:wurde|ward))\s+(?:\S+\s+){0,3}?(?:als|zum|zur)\s+"
        rf"(?:{_PEERAGE_WORDS})\s+(?:of\s+|von\s+)?"
    ),
}
"""What stands between a person's name and the place of a peerage conferred on them later
(``Benjamin Disraeli, who had been made Earl of Beaconsfield``, ``Thomson was knighted
for his work and later became Lord Kelvin``, ``Godfrey Huggins, later Lord Malvern``, not
``met the man who became``, ``William King, 8th Baron King, who was created Earl of
Lovelace``, ``Disraeli wurde 1876 als Earl of Beaconsfield
geadelt``); a numbered peerage held before may stand between (``8th Baron King``)."""
_CONFERRED_AFTER = re.compile(r"\s+(?:worden\s+)?(?:geadelt|erhoben|ernannt)\b")
"""What follows the place in German: the verb that confers the title."""


def _peerage_conferred(
    text: str, words: list[_Token], last: int, first: int, end: int, language: str
) -> bool:
    """Whether the name at tokens ``first``..``end`` is the place of a peerage conferred on
    the person whose name ends at token ``last`` (no name stands between them)."""
    pattern = _CONFERRED.get(language)
    if pattern is None or not pattern.fullmatch(text, words[last].end, words[first].start):
        return False
    return language == "en" or _CONFERRED_AFTER.match(text, words[end].end) is not None


def _within(place: str, land: str) -> bool:
    """Whether ``land`` is a country the packages know and ``place`` a town or region they
    know: the land it lies in today (``Breslau, heute Polen``), no other name of it."""
    return place_type(land) == "country" and (
        place_type(place) in ("city", "region") or small_town(place)
    )


def _bracketed_alternative(
    text: str, words: list[_Token], previous: tuple[str, int], current: tuple[str, int]
) -> bool:
    """``Jean Cauvin (John Calvin)``: a full name in brackets right after another is the
    same person's name in another language, spelt alike in a word; not a place that says
    where (``Neustadt (Hessen)``), a year, an abbreviation, or the actor after a role
    (``Donna Noble (Catherine Tate)``)."""
    (before, last), (name, end) = previous, current
    first = last + 1
    if (
        text[words[last].end : words[first].start] != " ("
        or text[words[end].end : words[end].end + 1] != ")"
    ):
        return False
    given = all(is_first_name(n.split()[0]) and len(n.split()) >= 2 for n in (before, name))
    return given and not place_type(name) and _spelt_alike(before, name)


FOREIGN_MARGIN = 1.0
"""How much more frequent (in Zipf: ten times) a word must be in the other language to be
read as that language's (``Bundesnachrichtendienst``; not ``Annam``, rare in both)."""


def _bracketed_translation(
    text: str,
    words: list[_Token],
    previous: tuple[str, int],
    current: tuple[str, int],
    language: str,
) -> bool:
    """``the Bundesnachrichtendienst (Federal Intelligence Service)``: a name in brackets
    right after a name of the other language, made of common words of the text's own, is
    its translation, though no word is shared; so is the name in the other language in
    brackets after one in the text's own, the words both share aside (``the Bach Society
    (Bach-Gesellschaft)``); not a person's name nor a place that says where (``Neustadt
    (Hesse)``)."""
    (before, last), (name, end) = previous, current
    if (
        text[words[last].end : words[last + 1].start] != " ("
        or text[words[end].end : words[end].end + 1] != ")"
        or place_type(name)
    ):
        return False
    other = "de" if language == "en" else "en"
    outer = before.lower().replace("-", " ").split()
    gloss = [word for word in name.lower().replace("-", " ").split() if word not in CONNECTORS]
    if not gloss or any(is_first_name(n.split()[0]) for n in (before, name)):
        return False
    if _in_language(outer, other, language) and _common_in(gloss, language, other):
        return True
    shared = set(outer) & set(gloss)
    own = [word for word in outer if word not in shared and word not in CONNECTORS]
    foreign = [word for word in gloss if word not in shared]
    return bool(own and foreign) and (
        _common_in(own, language, other) and _in_language(foreign, other, language)
    )


def _in_language(words: list[str], language: str, other: str) -> bool:
    """Whether each word is clearly more frequent in ``language`` than in ``other``."""
    return all(zipf(word, language) >= zipf(word, other) + FOREIGN_MARGIN for word in words)


def _common_in(words: list[str], language: str, other: str) -> bool:
    """Whether each word is a common word of ``language``, more frequent there than in
    ``other``."""
    return all(COMMON_ZIPF <= zipf(word, language) > zipf(word, other) for word in words)


MAX_RENDERING_EDITS = 2
"""How many letters a word of a name may differ in from its rendering in another language
(``Jean``/``John``, ``Cauvin``/``Calvin``, ``Maria``/``Marie``)."""


def _spelt_alike(one: str, other: str) -> bool:
    """Whether a word of one name is a word of the other spelt another way: the same first
    letter, at most ``MAX_RENDERING_EDITS`` letters apart."""
    return any(
        word[0] == alike[0] and Levenshtein.distance(word, alike) <= MAX_RENDERING_EDITS
        for word in fold(one).split()
        for alike in fold(other).split()
    )


_LANGUAGE_BEFORE = re.compile(r"\s*[,(]\s*(?:auf |in )?(\w+):?\s+")


_LANGUAGE_AFTER = re.compile(r"\s+in (\w+)\b")


def _in_other_language(text: str, words: list[_Token], last: int, first: int, end: int) -> bool:
    """The name at tokens ``first``..``end`` is the one ending at ``last`` in a language the
    text names: ``Mailand (italienisch Milano)``, ``Munich, German: München``, ``Milan,
    Milano in Italian``."""
    before = _LANGUAGE_BEFORE.fullmatch(text, words[last].end, words[first].start)
    if before is not None:
        return before.group(1).capitalize() in language_names()
    if text[words[last].end : words[first].start] not in (", ", " ("):
        return False
    after = _LANGUAGE_AFTER.match(text, words[end].end)
    return after is not None and after.group(1) in language_names()


def _listed(text: str, words: list[_Token], last: int, first: int) -> bool:
    """Whether two names stand in one list: only a comma, ``und``, ``oder``, ``and`` or
    ``or`` between them."""
    between = text[words[last].end : words[first].start].strip()
    return between in {",", "und", "oder", "sowie", "and", "or", ", and", ", or"}


def _add(
    found: dict[str, NameInfo], name: str, first: int, votes: list[str], titles: list[str]
) -> None:
    info = found.get(name)
    if info is None:
        info = found[name] = NameInfo(first=first)
    info.count += 1
    if votes:
        _tally(info.votes, votes)
    if titles:
        _tally(info.titles, titles)


def _tally(counter: Counter[str], items: list[str]) -> None:
    """``counter.update(items)`` for the one to three items of an occurrence, without the
    checks ``Counter.update`` makes in Python before it counts."""
    get = counter.get
    for item in items:
        counter[item] = get(item, 0) + 1
