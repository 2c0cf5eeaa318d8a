"""Content words of a sentence as lemmas, for cross-links: what the sentence is about, in words.

Search stems words to fragments ("Manöver" → ``manov``) so that any form finds any other; a link's
reasons are shown to the reader, and a stem is no word. Here every word is reduced to its lemma
(simplemma's dictionaries, German and English, shipped in the wheel), and the form as written is
kept beside it, so a reason can quote the passage ("Manövern" in one, "Militärmanöver" in the
other).

A German compound also yields its parts (``index.decompound``), but a part counts only when it is a
word of the language by itself (wordfreq's list) and only with a weight that falls with its
frequency: "Manöver" in "Militärmanöver" tells much, "Lage" in "Niederlage" little. A compound that
is itself a common word ("Niederlage", "Herausforderung", "Bundesregierung") is taken whole: its
parts rarely keep their own meaning there.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import simplemma
from whoosh.lang.stopwords import stoplists

from glossary import timex_lang_de
from glossary.folding import fold
from glossary.frequencies import at_least, zipf_frequency
from glossary.numbers import NUMBER, number_key
from glossary.separable_verbs import rejoined
from glossary.word_keys import word_key
from index.decompound import split_compound

__all__ = ["Word", "content_words", "word_key"]

NON_NOUN_WEIGHT = 0.5
"""German writes nouns with a capital: a shared verb or adjective ("verlassen", "hart") tells less
about what two passages are about than a shared noun."""

PART_WEIGHT = 0.5
"""A compound's modifier weighs at most half a whole word: it is only part of what the word
says."""

LEXICALISED_ZIPF = 4.0
"""A compound at least this frequent (about 1 in 100,000 words) is a word of its own."""

HEAD_WEIGHT = 0.7
"""A compound's head names what the thing is (a "Militärmanöver" is a "Manöver", a
"Löschflugzeug" a "Flugzeug"), its modifiers only what kind: the head weighs more, at most this
much of a whole word (0.6 and 0.8 gave the same links on the tuning half)."""

PART_MIN_ZIPF = 3.0
"""A part rarer than this (about 1 per million words) is taken for a fragment, not a word."""

COMMON_ZIPF, RARE_ZIPF = 6.0, 3.0
"""A part's rarity runs from 0 at the frequency of "Jahr" to 1 at "Manöver" and rarer."""

EVERYDAY_ZIPF = 4.5
"""A word at least this frequent (about 1 in 30,000 words: "Folgen", "Chance", "new") is a word of
everyday language: alone it tells little about what two passages share."""

MIN_LENGTH = 3

_WORD = re.compile(rf"{NUMBER}|[^\W\d_]+(?:[-\u2010\u2011][^\W\d_]+)*")
"""Words of letters, and numbers in digits (the link features blank the digits of dates
first: a year is no content word, but "33" is the count "thirty-three" gives)."""

_LANGUAGES = ("de", "en")

_SENTENCE_ENDS = frozenset(".!?:;\"“”„‘’'«»()–—-")
"""After these a capital letter may only mark the start of a sentence or quotation."""


@dataclass(frozen=True, slots=True)
class Word:
    """A content word: its lemma key, the form in the text, and how much it tells."""

    key: str
    """The lemma, lower-cased, ``ß`` as ``ss``: the same key for every form of the word."""
    surface: str
    """The word as it stands in the text (for a compound part, the whole compound)."""
    weight: float
    """1 for a noun or an English word, :data:`NON_NOUN_WEIGHT` for another German word, a
    compound part's rarity times :data:`PART_WEIGHT`."""
    part: bool = False
    """A part of a compound ("Punkt" in "Tiefpunkt"), not a word the text writes by itself."""
    everyday: bool = False
    """A word of everyday language (:data:`EVERYDAY_ZIPF`), weak evidence on its own."""


_FUNCTION_WORDS = {
    "de": "beim ans aufs durchs fürs übers unters vors hinters ums hinterm unterm überm vorm"
    " seit sowie bzw etwa jedoch bereits"
    " zudem dabei daher deshalb sogar schon immer mehr dass sodass gegenüber trotz wegen statt"
    " anstatt innerhalb außerhalb denen deren dafür darauf daran davon dazu darüber vielmehr"
    " allerdings nämlich ebenfalls ebenso bislang bisher seitdem obwohl weshalb wobei womit"
    " wodurch",
    "en": "also however although whose would could since upon onto might must therefore thus"
    " though within without across among around along yet already rather quite perhaps",
}
"""Function words the Snowball stop lists leave out (contractions, connectives, prepositions;
the German list predates the spelling "dass")."""


@lru_cache(maxsize=4)
def _stopwords(language: str) -> frozenset[str]:
    return frozenset(stoplists.get(language, ())) | set(_FUNCTION_WORDS.get(language, "").split())


@lru_cache(maxsize=1 << 16)
def _lemma(token: str, language: str) -> str:
    """The dictionary form of a word as written (its case tells noun from verb in German).

    A German noun is no form of the verb made from it: simplemma reads "Kapsel" and "Löffel"
    as "kapseln" and "löffeln", which left them without their translations ("capsule") and
    "Rettungskapsel" without its head."""
    lemma = str(simplemma.lemmatize(token, lang=language))
    if language == "de" and token[:1].isupper():
        if lemma in _verbs_of(token.lower()) or _cut_noun(token, lemma):
            return token
    if language == "de" and lemma[:1].islower():
        return _participle_verb(lemma) or lemma
    return lemma


_INSEPARABLE = ("be", "ver", "er", "ent", "zer", "emp")
"""Prefixes of German verbs whose past participle takes no "ge-" ("begrenzt", "verletzt")."""


def _participle_verb(word: str) -> str | None:
    """The infinitive of a German past participle that simplemma keeps as a word of its own
    ("gedrängelt" → "drängeln", "geflutet" → "fluten", "entgleist" → "entgleisen",
    "rationalisiert" → "rationalisieren"), so that it meets the verb's other forms.

    Only participles in -t, with "ge-", an inseparable prefix or "-iert": one in -en cannot
    be told from an infinitive ("gehören" is no ge + hören). The infinitive must be a verb of
    the dictionary and at most half a zipf rarer than the participle: "gerecht", "beliebt",
    "verrückt", "begrenzt" are adjectives of their own, more frequent than "rechen",
    "belieben", "verrücken", "begrenzen"."""
    if not word.endswith("t") or len(word) < 6:
        return None
    if word.startswith("ge"):
        stem = word[2:-1]
    elif word.startswith(_INSEPARABLE) or word.endswith("iert"):
        stem = word[:-1]
    else:
        return None
    floor = zipf_frequency(word, "de") - 0.5
    for verb in (stem + "en", stem + "n"):
        if (
            simplemma.is_known(verb, lang="de")
            and simplemma.lemmatize(verb, lang="de") == verb
            and zipf_frequency(verb, "de") >= floor
        ):
            return verb
    return None


def _cut_noun(token: str, lemma: str) -> bool:
    """Whether simplemma cut a German noun in -e to a rarer word ("Luke" → "Luk", "Quelle" →
    "Quell", "Pumpe" → "Pump"): the noun is the lemma of its own plural ("Luken" → "Luke") and
    more frequent than the cut form, which a dative "-e" of another noun is not ("Zwecke",
    "Importe")."""
    return (
        lemma == token[:-1]
        and token.endswith("e")
        and simplemma.lemmatize(token + "n", lang="de") == token
        and zipf_frequency(token.lower(), "de") > zipf_frequency(lemma.lower(), "de")
    )


def _verbs_of(noun: str) -> tuple[str, str]:
    """The infinitives German makes of a noun by its ending alone ("Kapsel" → "kapseln")."""
    return noun + "n", noun + "en"


def _rarity(zipf: float) -> float:
    return min(1.0, max(0.0, (COMMON_ZIPF - zipf) / (COMMON_ZIPF - RARE_ZIPF)))


_LINKING = ("", "s", "es", "n", "en", "e")
"""Linking elements (Fugenelemente) between a modifier and the rest of a compound."""

_TAKES_S = ("ung", "heit", "keit", "schaft", "ion", "tät", "ling")
"""Modifiers with these endings always link with -s- ("Vierung|s|turm", not "Vierung|sturm")."""


@lru_cache(maxsize=1)
def _numerals() -> frozenset[str]:
    """German number words (the date tagger's): a numeral is no content part ("vier" in
    "Vierungsturm")."""
    words = timex_lang_de.WORDS
    return frozenset(word.replace("ß", "ss") for word in (*words.numbers, *words.ordinals))


_VOWELS = re.compile("[aeiouyäöü]")


def _known(piece: str) -> bool:
    """A word of the German lemma dictionary, not a fragment such as "unge" or "prot" (the
    splitter spells ``ß`` as ``ss``), and one with a vowel: the dictionary lists interjections
    such as "sch", which are no part of a compound ("Schalter" is no sch + Alter)."""
    if not _VOWELS.search(piece):
        return False
    forms = {piece, piece.replace("ss", "ß")}
    return any(simplemma.is_known(f, lang="de") for form in forms for f in (form, form.title()))


def _same_word(piece: str, lemma: str) -> bool:
    """Whether a lemma is a form of the piece ("Türme" → "Turm"), not another word that
    simplemma maps it to ("Leute" → "Mann")."""
    return fold(lemma[:2]) == fold(piece[:2])


def _noun(piece: str) -> str | None:
    """The noun a compound's head stands for ("türme" → "Turm"), or None when it is none
    ("innen" in "Politikerinnen", "falls")."""
    if piece in _numerals() or piece in _stopwords("de"):
        return None
    noun = piece.capitalize()
    lemma = max(
        (_lemma(form.capitalize(), "de") for form in (piece, piece.replace("ss", "ß"))),
        key=lambda form: zipf_frequency(form.lower(), "de"),
    )
    if not (lemma[:1].isupper() and _known(piece)):
        return None
    return lemma if _same_word(piece, lemma) else noun


def _modifier(piece: str) -> str | None:
    """The word a compound's non-final part stands for, or None for a fragment or a form of
    another word: a noun as such ("Grenze"), a verb stem as its infinitive ("lösch" → "löschen",
    "trinke" → "trinken"), an adjective as written ("tief"); never an inflected form read as
    another word ("lief" in "Lieferkette" is no "laufen")."""
    noun = piece.capitalize()
    lemma = _lemma(noun, "de")
    if lemma == noun or lemma == piece:
        return lemma
    stem = piece[:-1] if piece.endswith("e") else piece
    for verb in (stem + "en", stem + "n"):
        infinitive = verb.endswith(("en", "rn", "ln"))
        if infinitive and simplemma.is_known(verb, lang="de") and _lemma(verb, "de") == verb:
            return verb
    if lemma[:1].isupper():
        return lemma if _same_word(piece, lemma) else None
    return lemma if piece.startswith(lemma) else None  # an adjective: "zentrale" → "zentral"


def _sound(pieces: tuple[str, ...]) -> bool:
    """A split is sound when every piece is a word of the language and the head is a noun."""
    return bool(pieces) and all(map(_known, pieces)) and _noun(pieces[-1]) is not None


def _two_parts(word: str) -> tuple[str, ...]:
    """The best split of ``word`` into a modifier and a frequent noun head, where the
    frequency-based splitter found only fragments ("Vierungsturm": vier + unge + sturm).

    Among the cuts whose head is a noun of at least :data:`PART_MIN_ZIPF` and whose modifier
    (its linking element removed) is a word, the one whose rarer part is the more frequent wins.
    """
    best: tuple[float, tuple[str, ...]] = (-1.0, ())
    for cut in range(3, len(word) - 3):
        head = word[cut:]
        if _noun(head) is None or zipf_frequency(head, "de") < PART_MIN_ZIPF:
            continue
        for link in _LINKING:
            modifier = word[: cut - len(link)] if link else word[:cut]
            if not word[:cut].endswith(link) or len(modifier) < 3 or not _known(modifier):
                continue
            if modifier.endswith(_TAKES_S) and link != "s":
                continue
            score = min(zipf_frequency(modifier, "de"), zipf_frequency(head, "de"))
            if score > best[0]:
                best = (score, (modifier, head))
    return best[1]


_ADJECTIVE_ENDINGS = ("los", "ig", "isch", "lich", "bar", "sam", "haft")
"""Endings of German adjectives: "Obdachlose", "Bedürftige" are adjectives used as nouns."""


def _participle(word: str) -> bool:
    """An adjective or present participle used as a noun ("Obdachlose", "Teilnehmende",
    "Reisender"): its "-lose" is no "Loser", its "-ende" no "Ende", its "-sender" no "Sender"."""
    adjective = _lemma(word, "de")
    if adjective[:1].islower() and adjective.endswith(_ADJECTIVE_ENDINGS):
        return True
    for ending in ("ender", "ende", "end"):  # "Reisender" is no rei + Sender
        if word.endswith(ending):
            verb = word[: -len(ending)] + "en"
            return simplemma.is_known(verb, lang="de") and _lemma(verb, "de") == verb
    return False


def _spans(lemma: str, pieces: tuple[str, ...]) -> list[tuple[int, int]] | None:
    """Where each piece of a split stands in the word, a linking element of up to three
    letters between two ("forschung|s|flug"), a modifier's dropped -e allowed ("grenz" for
    "grenze"); None when the pieces cannot be found in order."""
    spans = []
    position = 0
    for piece in pieces:
        forms = (piece, piece[:-1]) if piece.endswith("e") else (piece,)
        found = next(
            (
                (start, start + len(form))
                for start in range(position, position + 4)
                for form in forms
                if lemma.startswith(form, start)
            ),
            None,
        )
        if found is None:
            return None
        spans.append(found)
        position = found[1]
    return spans


def _whole_runs(lemma: str, pieces: tuple[str, ...]) -> tuple[str, ...]:
    """The pieces of a split and each run of them that is a word too ("Hochwasserschutz":
    hoch, Wasser, Schutz and Hochwasser), a run that is a common word taken whole, as a common
    compound is ("Löschflugzeug": löschen + Flugzeug, no Flug + Zeug)."""
    spans = _spans(lemma, pieces)
    if spans is None:
        return pieces
    kept: list[str | None] = list(pieces)
    runs = []
    for size in range(len(pieces) - 1, 1, -1):  # the longest run first
        for first in range(len(pieces) - size + 1):
            last = first + size - 1
            run = lemma[spans[first][0] : spans[last][1]]
            forms = [run] if last == len(pieces) - 1 else _unlinked(run)
            zipf, word = max((zipf_frequency(form, "de"), form) for form in forms)
            if zipf < PART_MIN_ZIPF or word in runs:
                continue
            runs.append(word)
            if zipf >= LEXICALISED_ZIPF:
                kept[first : last + 1] = [None] * size
    return (*(piece for piece in kept if piece is not None), *runs)


def _unlinked(run: str) -> list[str]:
    """A modifier run and its forms without a linking element ("luftwaffen" → "luftwaffe")."""
    return [run[: len(run) - len(link)] for link in _LINKING if run.endswith(link)]


@lru_cache(maxsize=1 << 16)
def _parts(token: str) -> tuple[tuple[str, float], ...]:
    """The keys and weights of a German compound's parts that are words themselves.

    The compound is split in its dictionary form ("Militärmanövern" as "Militärmanöver"), and
    only when every piece is a word and the last is a noun: "Vierungsturm" is Vierung + Turm,
    not vier + Sturm; "Havarie" is no have + Arie. Numerals and function words are never
    parts.
    """
    lemma = _lemma(token, "de").lower().replace("ß", "ss")
    lower = token.lower()
    if max(zipf_frequency(lower, "de"), zipf_frequency(lemma, "de")) >= LEXICALISED_ZIPF:
        return ()
    if _participle(lemma):
        return ()
    finest = split_compound(lemma)
    pieces = _whole_runs(lemma, finest) if _sound(finest) else (_two_parts(lemma) if finest else ())
    found = []
    for part in pieces:
        if part in _stopwords("de") or part in _numerals():
            continue
        word = _noun(part) if lemma.endswith(part) else _modifier(part)
        if word is None:
            continue
        zipf = max(zipf_frequency(part, "de"), zipf_frequency(word.lower(), "de"))
        weight = (HEAD_WEIGHT if lemma.endswith(part) else PART_WEIGHT) * _rarity(zipf)
        if zipf >= PART_MIN_ZIPF and weight > 0:
            found.append((word_key(word), weight))
    return tuple(found)


def _everyday(key: str, language: str) -> bool:
    """Whether a lemma key is a word of everyday language (the lists spell ``ß`` as ``ss``, as
    the keys do)."""
    return at_least(key, language, EVERYDAY_ZIPF)


def _starts_sentence(text: str, offset: int) -> bool:
    before = text[:offset].rstrip()
    return not before or before[-1] in _SENTENCE_ENDS


def content_words(text: str, language: str = "de") -> list[Word]:
    """The content words of ``text`` in order, each followed by its compound parts.

    Args:
        text: A sentence or passage.
        language: Its language code; German and English have lemma dictionaries, others keep
            the words as written (lower-cased).
    """
    language = language if language in _LANGUAGES else "en"
    stop = _stopwords(language)
    words = []
    tokens = list(_WORD.finditer(text))
    separable = rejoined(text, tokens) if language == "de" else {}
    for match in tokens:
        token = match.group()
        if (number := number_key(token, language)) is not None:
            # a count as one key in digits and words, weak evidence alone
            words.append(Word(number, token, NON_NOUN_WEIGHT, everyday=True))
            continue
        if len(token) < MIN_LENGTH or token.lower() in stop:
            continue
        # only a capital needs to know (the look-back slices the text: not for every word)
        starts = not token[0].islower() and _starts_sentence(text, match.start())
        if language == "en" and token[0].isupper() and not starts:
            key = word_key(token)  # a name ("Ever Given"), written the same in any language
        elif match.start() in separable:
            key = word_key(separable[match.start()])  # "trat … zurück" is "zurücktreten"
        else:
            key = word_key(_lemma(token, language))
        if key in stop:
            continue
        lower_case = language == "de" and (
            token[0].islower() or (starts and _lemma(token, language)[:1].islower())
        )
        words.append(
            Word(
                key,
                token,
                NON_NOUN_WEIGHT if lower_case else 1.0,
                everyday=_everyday(key, language),
            )
        )
        if language == "de" and not lower_case:  # nouns; "regierende" is no Regie + Ende
            words.extend(
                Word(part, token, weight, True, _everyday(part, language))
                for part, weight in _parts(token)
                if part != key
            )
    return words
