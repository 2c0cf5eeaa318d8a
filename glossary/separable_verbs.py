"""German separable verbs rejoined: in a main clause the finite verb stands early and its particle
at the clause's end ("Winterkorn trat zurück" is "zurücktreten", "löste eine Debatte aus" is
"auslösen"). Read word by word, the verb is another one ("treten", "lösen") and the particle a
stop word, so a passage that writes "trat … zurück" did not meet one that writes "zurücktrat".
"""

from __future__ import annotations

import re
from functools import lru_cache

import simplemma

__all__ = ["rejoined"]

PARTICLES = frozenset(
    "ab an auf aus bei dar ein fest fort her heraus herbei herein herum herunter hervor hin"
    " hinaus hinein hinzu hoch los mit nach nieder statt teil um vor voran voraus vorbei weg"
    " weiter zu zurück zusammen".split()
)
"""The particles German verbs split off (Duden's separable prefixes, adverbs and the few nouns
such as "statt" and "teil" that behave alike)."""

_CONJUNCTIONS = frozenset({"und", "oder", "aber", "sondern", "denn"})
"""Words that start a new main clause after a particle ("trat zurück und beteuerte …")."""

_CLAUSE_MARK = re.compile(r"[,.;:!?()\[\]\"“”„»«–—]")


@lru_cache(maxsize=1 << 14)
def _separable(particle: str, verb: str) -> str | None:
    """The infinitive of the particle and the verb, when German has that verb (an infinitive
    ends in -n: "groß" and "zu" make no verb)."""
    joined = particle + str(simplemma.lemmatize(verb, lang="de"))
    if not joined.endswith("n") or not simplemma.is_known(joined, lang="de"):
        return None
    return joined if simplemma.lemmatize(joined, lang="de") == joined else None


def rejoined(text: str, tokens: list[re.Match[str]]) -> dict[int, str]:
    """For each finite verb whose particle ends its clause, the verb's start offset and the
    infinitive of particle and verb.

    A particle ends a clause when punctuation, the text's end or a conjunction follows it; its
    verb is the first word of that clause written small that forms a known verb with it.
    """
    found: dict[int, str] = {}
    for index, token in enumerate(tokens):
        particle = token.group()
        if particle not in PARTICLES or not _ends_clause(text, tokens, index):
            continue
        for before in _clause_before(text, tokens, index):
            word = before.group()
            if word[:1].islower() and (verb := _separable(particle, word)) is not None:
                found[before.start()] = verb
                break
    return found


def _ends_clause(text: str, tokens: list[re.Match[str]], index: int) -> bool:
    if index + 1 == len(tokens):
        return True
    return _boundary(text, tokens, index + 1) or tokens[index + 1].group() in _CONJUNCTIONS


def _clause_before(text: str, tokens: list[re.Match[str]], index: int) -> list[re.Match[str]]:
    """The words of the particle's clause before it, first to last."""
    first = index
    while (
        first > 0
        and not _boundary(text, tokens, first)
        and tokens[first - 1].group() not in _CONJUNCTIONS
    ):
        first -= 1
    return tokens[first:index]


def _boundary(text: str, tokens: list[re.Match[str]], index: int) -> bool:
    """Whether punctuation stands between a word and the one before it."""
    return bool(_CLAUSE_MARK.search(text, tokens[index - 1].end(), tokens[index].start()))
