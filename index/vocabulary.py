"""A large batch's new words analysed before it is indexed, half of them in a forked child.

Analysing a word the first time (folding, stemming, German decompounding) is the largest
part of a first build: about 40 µs a word against well under 1 µs to look a known one up,
and a batch's vocabulary is Zipf-shaped, so its distinct words are few against its tokens.
When the sync's two processes each analysed the new words of their own half, the words
both halves share were analysed twice (a third more CPU for the helper on 10 MB). Here the
batch's distinct new tokens are listed first and cut into chunks; a forked child and this
process take the chunks in turns (:class:`glossary.forked.Turns`) until none is left, and
the child's analyses are added to this process's token cache: the indexing after it, in
this process and in the helper forked from it, only looks words up. Taking turns rather
than halves fixed in advance lets this process first do a job of its own that the other
core would otherwise wait for (the sync tags its first document's dates, compiling the date
rules the helper then inherits), and evens the two sides on a busy machine.

Analyses are the same wherever they are made (:func:`index.analysis.token_terms` is pure),
so the index is exactly what a build that analyses each word where it meets it writes. The
fork is :func:`glossary.forked.halves`: a child that fails or is late costs time, not words
(this process then analyses its half itself).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

from documents.model import Document, SectionRole
from glossary.forked import MAX_TURNS, Cancelled, Turns, halves
from index.analysis import (
    add_token_terms,
    known_tokens,
    text_tokens,
    token_cache_counts,
    token_terms,
    token_terms_since,
)
from index.decompound import lexicon_ready, prepare_stems
from index.schema import field_for, field_language

__all__ = ["MIN_NEW_TOKENS", "analyse_in_two", "new_tokens"]

MIN_NEW_TOKENS = 2_000
"""New tokens a batch needs before a child is worth its fork (a few milliseconds, plus
pickling its analyses back; 2,000 words take about 80 ms to analyse)."""

MIN_CHUNK = 32
"""Tokens in a turn at least (about a millisecond of analysis: taking a turn is one read
of a pipe); a large batch has larger chunks, at most ``MAX_TURNS`` of them."""

T = TypeVar("T")


def new_tokens(documents: Sequence[Document]) -> list[tuple[str, str]]:
    """Each distinct (analysis language, token) of ``documents`` the token cache does not
    know, in the order first met.

    A document's body is read in its language, each excerpt in its own, its notes, code and
    front matter (indexed like the body, though no analysis reads them) in theirs, and all of
    it again for the fold-only ``words`` field ("").
    """
    # Per analysis language, the distinct stretches of text between white space (a token
    # never spans white space) in the order first met: so a token is found first where it
    # was met first, and the tokenizer reads each distinct stretch once (about a sixth of
    # the text) instead of the whole text.
    found: dict[str, dict[str, None]] = {}
    read: list[dict[str, None]] = []
    for document in documents:
        text = document.text
        pieces = [(document.language, span.start, span.end) for span in document.body_spans()]
        pieces += [
            (section.language or document.language, section.start, section.end)
            for section in document.sections
            if section.role is not SectionRole.BODY
        ]
        for language, start, end in pieces:
            stretches = dict.fromkeys(text[start:end].split())
            found.setdefault(field_language(field_for(language)), {}).update(stretches)
            read.append(stretches)
    if len(found) == 1:  # "" reads the same stretches in the same order
        found[""] = next(iter(found.values()))
    else:
        found[""] = {}
        for stretches in read:
            found[""].update(stretches)
    tokens_of: dict[int, dict[str, None]] = {}
    listed = []
    for language, stretches in found.items():
        tokens = tokens_of.get(id(stretches))
        if tokens is None:
            joined = " ".join(stretches)
            tokens = tokens_of[id(stretches)] = dict.fromkeys(text_tokens(joined, 0, len(joined)))
        known = known_tokens(language)
        listed += [(language, token) for token in tokens if token not in known]
    return listed


def analyse_in_two(documents: Sequence[Document], head: Callable[[], T]) -> T:
    """Analyse the new tokens of ``documents`` into the token cache on two cores (the
    caller checked :func:`index.parallel.can_fork`), running ``head`` here first; under
    ``MIN_NEW_TOKENS`` they are left to be analysed where they are met.

    Returns:
        What ``head`` returned.
    """
    tokens = _new_tokens_beside_lexicon(documents)
    if len(tokens) < MIN_NEW_TOKENS:
        return head()
    prepare_stems()  # once here, not again in each process (made already beside new_tokens)
    known = token_cache_counts()
    size = max(MIN_CHUNK, -(-len(tokens) // MAX_TURNS))
    chunks = [tokens[start : start + size] for start in range(0, len(tokens), size)]
    try:
        turns = Turns(len(chunks))
    except OSError:  # no pipe to share (out of file descriptors): analysed where met
        return head()
    headed: list[T] = []
    with turns:

        def here(_: Cancelled) -> dict[str, dict[str, tuple[str, ...]]]:
            headed.append(head())
            _analyse(turns, chunks)
            return {}  # this process's analyses are in its cache already

        _, theirs = halves(here, lambda _: _analysed_since(known, turns, chunks), None)
    add_token_terms(theirs)
    return headed[0]


def _new_tokens_beside_lexicon(documents: Sequence[Document]) -> list[tuple[str, str]]:
    """:func:`new_tokens` of ``documents``, with the compound lexicon and its sorted stems
    read or built at the same time when this process has not got them yet (about a quarter
    of a second of CPU each on the 10 MB benchmark corpus, one after the other on one core
    before): the tokens are listed in a forked child, the lexicon is made here, before the
    forks that need it (the child analysing half of the words, the helper indexing part of
    the batch)."""
    if lexicon_ready():
        return new_tokens(documents)
    _, tokens = halves(_lexicon_prepared, lambda _: new_tokens(documents), None)
    return tokens


def _lexicon_prepared(_: Cancelled) -> list[tuple[str, str]]:
    """:func:`prepare_stems` (the lexicon, then its stems), as
    :func:`_new_tokens_beside_lexicon`'s first half."""
    prepare_stems()
    return []


def _analysed_since(
    known: dict[str, int], turns: Turns, chunks: list[list[tuple[str, str]]]
) -> dict[str, dict[str, tuple[str, ...]]]:
    """The child's side: analyse the chunks it takes in turn, and return every analysis made
    since ``known`` (the cache's counts before the fork) for the parent to add. (Run by the
    parent when the child failed: it takes what is left, and what the child had taken is
    analysed where it is met.)"""
    _analyse(turns, chunks)
    return token_terms_since(known)


def _analyse(turns: Turns, chunks: list[list[tuple[str, str]]]) -> None:
    """Analyse the chunks of ``chunks`` this process takes from ``turns``."""
    for number in turns:
        for language, token in chunks[number]:
            token_terms(token, language)
