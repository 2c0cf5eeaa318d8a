"""German-aware sentence splitting with pysbd.

Compared on the cases the reader must get right (ordinal dates such as "am 24. Februar 2022",
abbreviations such as "bzw.", "z. B.", "u. a.", and quotes or parentheses such as
"»Sapad« (Westen)"): pysbd kept every one intact; SoMaJo broke inside a quotation and a
parenthesis; syntok broke after every ordinal ("24." / "Februar"). pysbd is also the slowest
(about 0.1 MB/s), so it only sees the text where it has a decision to make:

1. One regex pass cuts at *unambiguous* boundaries: a full stop, question or exclamation
   mark followed by a capitalised word (or by a number and a word), after a word ending in
   two lowercase letters that is not one of pysbd's own abbreviations for the language, or
   after a number of three digits or more that is not followed by a month (pysbd keeps
   "2022. Januar" together; one or two digits may be an ordinal date or a list item).
2. A piece that still contains a possible boundary (punctuation followed by a capital, a
   quote or a bracket) goes to pysbd; the rest are single sentences already. pysbd's
   sentences are merged again where it broke inside »…« or „…“, which it does not know, or
   where one stops without punctuation (it cuts before a day's ordinal as before a list item).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pysbd

_LANGUAGES = {"en", "de", "es", "fr", "it", "nl", "pl", "ru", "da", "el", "bg", "sk", "ar", "fa"}
_NOTE = r"(?:[¹²³⁰⁴⁵⁶⁷⁸⁹]+|\[\d{1,3}\])"
"""A footnote mark (superscript digits, or ``[4]`` as copied from a web page), which may
stand between a sentence's stop (and its closing quote) and the next sentence. Plain digits
glued to a stop stay out: ``1.2`` is a number."""
_MARK = re.compile(rf"[.!?](?:[\"'»“”’]*{_NOTE})?(?P<gap>\s+)(?=[A-ZÄÖÜ][a-zäöüß]|\d+\s+[^\W\d_])")
"""The end of a safe boundary (step 1 above): the mark and the space after it, before a
capitalised word or a number and a word. The word or number before the mark is checked on
its own (``_WORD_BEFORE``, ``_NUMBER_BEFORE``): one pattern for the whole boundary began
with a lookbehind, which the regex engine tries at every character, while a pattern that
begins with the mark lets it skip from mark to mark (splitting takes half the time)."""
_WORD_BEFORE = re.compile(r"[^\W\d_]*[a-zäöüß]{2}")
_NUMBER_BEFORE = re.compile(r"\d{3,}")
"""A number of three digits or more right before the mark: "2022." closes a sentence, while
"24." may be an ordinal date (a month right after the number never comes into question:
the mark is right after it)."""
_POSSIBLE_BOUNDARY = re.compile(rf"[.!?…][\"'»«“”)\]]*{_NOTE}?\s+[\"'»«„“(\[]*[A-ZÄÖÜ0-9]")
_SENTENCE_END = re.compile(rf"[.!?…:;][\"'»«“”)\]]*{_NOTE}?$")
_LEADING_NOTE = re.compile(rf"{_NOTE}\s*")
_REFERENCES = frozenset(
    {"abb", "abbn", "tab", "fig", "figs", "kap", "anm", "bd", "vol", "chap", "eq", "tbl", "sec"}
)
"""Words abbreviated before the number of a figure, table, chapter, note or volume (``Abb.
1``, ``Tab. 2``, ``Fig. 3``, ``Kap. 4``), after which a number never opens a sentence.
pysbd's lists lack several (German ``Abb.``, ``Tab.``, ``Kap.``): a caption "Abb. 1: Der
Tank …" was cut after its label."""
_ORDINARY_WORDS = frozenset({"tab", "fig", "chap", "sec", "vol"})
"""Reference words that are English words too ("He settled the tab. 12 guests …"): a label
only when capitalised (``Fig. 3``) or when its number is followed by ``:``, ``,`` or ``)``."""
_LABEL_PUNCTUATION = re.compile(r"[:,;)]")
_SPACES = re.compile(r"\s*")
_FIGURE_NUMBER = re.compile(r"\d{1,3}(?!\d)")
"""A figure's or volume's number; a year after a stop (``… Tab. 1919 kam er``) may open one."""
_REFERENCE_END = re.compile(r"(?<![^\W\d_])([^\W\d_]+)\.$")
HARD_LIMIT = 20_000
"""A piece longer than this with no boundary at all is cut at a space (it is not prose)."""


def _code(language: str) -> str:
    return language if language in _LANGUAGES else "en"


@lru_cache(maxsize=16)
def _segmenter(language: str) -> pysbd.Segmenter:
    import pysbd

    return pysbd.Segmenter(language=_code(language), clean=False)


@lru_cache(maxsize=16)
def _abbreviations(language: str) -> frozenset[str]:
    from pysbd.languages import Language

    rules = Language.get_language_code(_code(language))
    return frozenset(a.strip().lower() for a in rules.Abbreviation.ABBREVIATIONS)


def _pieces(text: str, language: str) -> list[tuple[int, int]]:
    """Cut ``text`` at unambiguous sentence boundaries."""
    abbreviations = _abbreviations(language)
    pieces, start = [], 0
    for match in _MARK.finditer(text):
        mark = match.start()
        first = mark  # where the run of word characters before the mark begins
        while first > start and (text[first - 1].isalnum() or text[first - 1] == "_"):
            first -= 1
        if first == start and first and (text[first - 1].isalnum() or text[first - 1] == "_"):
            continue  # the word began in the previous piece: no boundary can end here
        if _refers_to_number(text[first:mark], text, match.end("gap")):
            continue
        if _WORD_BEFORE.fullmatch(text, first, mark):
            if text[first:mark].lower() in abbreviations:
                continue
        elif not (
            _NUMBER_BEFORE.fullmatch(text, first, mark)
            and (not first or text[first - 1] not in ".,-")
        ):
            continue
        if _inside_quote(text, start, match.start("gap")):  # a closing quote before a note
            continue
        pieces.append((start, match.start("gap")))
        start = match.end("gap")
    pieces.append((start, len(text)))
    return pieces


def _refers_to_number(word: str, text: str, following: int) -> bool:
    """Whether ``word.`` is a reference abbreviation with its number after it (``Abb. 1``)."""
    lowered = word.lower()
    number = _FIGURE_NUMBER.match(text, following) if lowered in _REFERENCES else None
    if number is None:
        return False
    if lowered not in _ORDINARY_WORDS or word[0].isupper():
        return True
    return _LABEL_PUNCTUATION.match(text, number.end()) is not None


def _inside_quote(text: str, start: int, end: int) -> bool:
    """Whether a quotation or parenthesis opened in ``text[start:end]`` is still open."""
    chunk = text[start:end]
    return (
        chunk.count("(") > chunk.count(")")
        or chunk.count("»") > chunk.count("«")
        or chunk.count("„") > chunk.count("“")
        or chunk.count('"') % 2 == 1
    )


def _bounded(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Cut an overlong piece at spaces so pysbd never sees unbounded input."""
    cuts = []
    while end - start > HARD_LIMIT:
        space = text.rfind(" ", start, start + HARD_LIMIT)
        cut = space if space > start else start + HARD_LIMIT
        cuts.append((start, cut))
        start = cut
    cuts.append((start, end))
    return cuts


def _pysbd_spans(text: str, start: int, end: int, language: str) -> list[tuple[int, int]]:
    piece = text[start:end]
    spans: list[tuple[int, int]] = []
    cursor = 0
    # The processor's sentences, not ``segment()``: that also compiles one regex per sentence
    # to find character spans (a third of the splitting time), which the ``find`` below does.
    for sentence in _segmenter(language).processor(piece).process():
        stripped = sentence.strip()
        found = piece.find(stripped, cursor) if stripped else -1
        if found < 0:
            continue
        cursor = found + len(stripped)
        note = _LEADING_NOTE.match(piece, found, cursor)
        if spans and note:  # pysbd cut between a closing quote's stop and its mark
            spans[-1] = (spans[-1][0], start + len(piece[: note.end()].rstrip()))
            found = note.end()
            if found == cursor:
                continue
        if spans and (_unfinished(text, *spans[-1]) or _ends_in_reference(text, *spans[-1])):
            spans[-1] = (spans[-1][0], start + cursor)
        else:
            spans.append((start + found, start + cursor))
    return spans or [(start, end)]


def _ends_in_reference(text: str, start: int, end: int) -> bool:
    """Whether the sentence ``text[start:end]`` ends in a reference abbreviation whose number
    follows (pysbd does not know ``Abb.``, and cuts before the ``1`` of ``Abb. 1``)."""
    word = _REFERENCE_END.search(text, start, end)
    following = _SPACES.match(text, end)
    return (
        word is not None
        and following is not None
        and _refers_to_number(word.group(1), text, following.end())
    )


def _unfinished(text: str, start: int, end: int) -> bool:
    """Whether pysbd's sentence cannot end here: a quotation or parenthesis is still open, or
    it stops without punctuation (pysbd takes "14." in "vom 14. auf den 15. Juli" for the item
    of a numbered list and cuts before it)."""
    return _inside_quote(text, start, end) or not _SENTENCE_END.search(text, start, end)


def _trim(text: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if end > start else None


def split_sentences(text: str, language: str = "de") -> list[tuple[int, int]]:
    """Sentence ranges of one paragraph, as offsets into ``text``, whitespace trimmed."""
    spans = []
    for piece_start, piece_end in _pieces(text, language):
        for start, end in _bounded(text, piece_start, piece_end):
            trimmed = _trim(text, start, end)
            if trimmed is None:
                continue
            if _POSSIBLE_BOUNDARY.search(text, trimmed[0], trimmed[1]):
                spans.extend(_pysbd_spans(text, *trimmed, language))
            else:
                spans.append(trimmed)
    return spans
