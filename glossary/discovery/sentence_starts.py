"""Sentence starts: whether a capitalised word that opens a sentence is a name there.

Every word is capitalised at a sentence start, so the verdict on it there rests on other
evidence than inside a sentence: the same word written inside one, the word after it, a verb
in the singular after it, the language of the sentence, or how rare the word is. The reader
asks ``seen_inside`` and ``name_alone`` for each distinct word; the runs ask the rest.
"""

from __future__ import annotations

from glossary.discovery.document_words import DocumentWords
from glossary.discovery.evidence import _bare, _inflected_noun, name_evidence
from glossary.discovery.lexicon import _MAN_NOUNS, _role_word
from glossary.discovery.predicates import COPULAS, INDEFINITE, head_of_predicate
from glossary.discovery.tokenising import _Token
from glossary.discovery.word_classes import (
    _OTHER_LANGUAGES,
    COMMON_ZIPF,
    ENGLISH_ARTICLES,
    RARE_ZIPF,
)
from glossary.frequencies import zipf
from glossary.gazetteer import place_type
from glossary.name_words import is_title
from glossary.tagger import is_proper_noun, known_tag, proper_noun_evidence

_FINITE = frozenset(("VV(FIN)", "VA(FIN)", "VM(FIN)"))
"""The tagger's tags of a finite German verb."""


FOREIGN_WINDOW = 6
"""How many words after a sentence's first word tell its language."""


FOREIGN_WORDS = 3
"""A sentence is in the other language when this many of the next lower-case words are
frequent there and rare here."""


_GENITIVES = ("", "s", "'s", "’s")


def seen_inside(reader: DocumentWords, word: str) -> bool:
    """Whether the text writes ``word`` capitalised inside a sentence too, bare or with a
    genitive ending (``Denver`` at a sentence start, ``Denvers`` elsewhere)."""
    stems = {word, _bare(word)}
    if reader.language == "de" and word.endswith("s"):
        stems.add(word[:-1])  # "Chopins Herz" at a sentence start, "Fryderyk Chopin" inside
    inside = reader.inside
    return any(inside.get(stem + end, 0) for stem in stems for end in _GENITIVES)


def name_alone(reader: DocumentWords, word: str) -> bool:
    """A sentence-initial word seen nowhere else: only a rare proper noun counts, or a
    place the packages know that the lexicon does not read as a common noun (a news
    item's dateline: ``Heilbronn. Die Firma ...``)."""
    bare = _bare(word)
    if not reader.judged(bare):
        return False
    if bare.isupper() or is_proper_noun(bare, reader.language):
        return True
    if reader.language == "en" and _role_word(bare) and bare.endswith(_MAN_NOUNS):
        return False  # "Railwaymen nicknamed it": people of a trade, not a name
    if zipf(bare.lower(), reader.language) < RARE_ZIPF:
        return True
    return bool(place_type(bare)) and proper_noun_evidence(bare, reader.language) >= 0


def foreign_sentence(reader: DocumentWords, words: list[_Token], start: int) -> bool:
    """Whether the sentence from ``start`` on is in the other language (an English quote
    in a German text: "Worryingly, the country now hosts"): its first word is then
    judged by that language, where it is mostly an ordinary word."""
    other = _OTHER_LANGUAGES[reader.language][0]
    bare = _bare(words[start].text)
    if is_proper_noun(bare, other) or zipf(bare.lower(), other) < RARE_ZIPF:
        return False  # no ordinary word there (asked first: it is known per word)
    following = [t.text for t in words[start + 1 : start + 1 + FOREIGN_WINDOW] if t.text.islower()]
    foreign = sum(
        zipf(word, other) >= COMMON_ZIPF + 1
        and zipf(word, other) - zipf(word, reader.language) >= 1
        for word in following
    )
    return foreign >= FOREIGN_WORDS


def opens_with_first_word(reader: DocumentWords, first: _Token, following: _Token) -> bool:
    """A sentence-initial word that is no common word, before a name word, opens a
    name (``Peyton Manning wurde``; not ``Despite Manning``)."""
    return (
        following.joined
        and reader.judged(_bare(first.text))
        and reader.name_word(following.text, False)
    )


def subject_alone(reader: DocumentWords, first: _Token, following: _Token) -> bool:
    """A German sentence-initial word with no article before a verb in the singular,
    that the lexicon does not know, that is rare and written less often abroad: a name
    (``Aprath erhielt``); a German noun in the singular takes an article there (``Die
    Stadt erhielt``), a plural a plural verb (``Urkunden belegen``), and a mass noun
    without one is a frequent or a borrowed word (``Holz brannte``, ``Guano brachte``)."""
    word = first.text
    if reader.language != "de" or not following.joined or not following.text.islower():
        return False
    if following.text.endswith("en") or known_tag(following.text, "de") not in _FINITE:
        return False
    lower = word.lower()
    if lower in reader.lower or not word.isalpha() or word in reader.months or is_title(word):
        return False
    here = zipf(lower, "de")
    if here >= COMMON_ZIPF or proper_noun_evidence(word, "de") != 0:
        return False
    if any(zipf(lower, code) >= here for code in _OTHER_LANGUAGES["de"]):
        return False  # "Guano brachte Geld": a loan word, at home abroad
    return name_evidence(word, "de") > 0 and not _inflected_noun(lower)


def predicated_subject(reader: DocumentWords, words: list[_Token], start: int) -> bool:
    """An English sentence-initial word that is no common word, never written in lower case
    here, before ``is a``/``is the`` and a noun phrase whose head says what it is: a name
    the sentence defines (``Windermere is the largest natural lake``, ``Kelby is a market
    town``); a common noun there takes an article (``The lake is ...``)."""
    if reader.language != "en" or start + 3 >= len(words):
        return False
    word, copula, article = words[start].text, words[start + 1], words[start + 2]
    if copula.text not in COPULAS or not (copula.joined and article.joined):
        return False
    if article.text not in INDEFINITE and article.text != "the":
        return False
    lower = word.lower()
    if lower in reader.lower or zipf(lower, "en") >= COMMON_ZIPF or not word.isalpha():
        return False
    if proper_noun_evidence(word, "en") < 0:
        return False
    return bool(head_of_predicate(words, start + 3, "en"))


def apposed_start(reader: DocumentWords, words: list[_Token], start: int) -> int:
    """How many words (one or two capitalised ones) open an English sentence before a comma
    and an article that begin an apposition (``Polar Music, the label he founded``, ``Wall,
    a fast bowler``): the apposition says what the name is, and a common noun at a sentence's
    start would take an article itself; 0 for none, for an adverb or an adjective (``Today,
    the``, ``Overall, the``) or a first word the text writes in lower case."""
    if reader.language != "en" or start + 3 >= len(words):
        return 0
    end = start + 1 if words[start + 1].joined and words[start + 1].text[:1].isupper() else start
    if end + 2 >= len(words) or words[end + 1].text not in ENGLISH_ARTICLES:
        return 0
    if reader.text[words[end].end : words[end + 1].start] != ", ":
        return 0
    if words[start].text.lower() in reader.lower:
        return 0  # the first word decides: "Polar Music" though the text says "music"
    for word in words[start : end + 1]:
        if word.text in reader.months or is_title(word.text):
            return 0
    tag = known_tag(_bare(words[end].text).lower(), "en") or "NP0"
    opening = known_tag(words[start].text.lower(), "en") or "NP0"
    if not tag.startswith(("NN", "NP")) or not opening.startswith(("NN", "NP", "AJ")):
        return 0  # "During Floyd, the city": a preposition opens no name
    return end - start + 1
