"""Short words a text abbreviates with a period beside a number: units and references.

German writes counts and references to figures, tables and volumes with an abbreviated noun
and its period (``3 Mio. Euro``, ``siehe Abb. 4``, ``Bd. 2``): capitalised, never in the
lexicon as written, they would otherwise read as a rare name, mostly a person's. A name
written before a number with a period between stands at a sentence's end only by chance,
and a name is written without the period elsewhere. A number after the period is weaker
evidence than one before it, since a score or a count also opens the next sentence (``traf
sie auf Wang. 6:3 gewann sie``): it counts when it is no score and the word comes back, or
when a lower-case word follows the number (``siehe Abb. 3 auf``; a sentence opening with a
count names its noun, capitalised, next).
"""

from __future__ import annotations

from glossary.discovery.tokenising import _Token

MAX_LETTERS = 4
"""The longest abbreviation counted (``Mio``, ``Abb``, ``Hrsg``): longer words with a
period after them are mostly a sentence's last word."""


MAX_REFERENCE_DIGITS = 3
"""The longest number after the period counted (``Abb. 12``): a year after a period opens
the next sentence (``kam nach Ulm. 1991 folgte``)."""


SCORE_MARKS = frozenset(":-–")
"""What joins a score's two numbers (``6:3``, ``2-1``): no reference number is one."""


def period_abbreviations(text: str, words: list[_Token], capitals: list[int]) -> frozenset[str]:
    """Capitalised words (``capitals``: where the text's capitalised words stand) of at
    most ``MAX_LETTERS`` letters, the rest lower case, that the text writes with a period
    right after them every time, and at least once with a number right before (``3 Mio.``)
    or right after the period (``Abb. 4``; not a year)."""
    always: dict[str, bool] = {}
    seen: dict[str, int] = {}
    numbered: set[str] = set()
    referenced: set[str] = set()
    for index in capitals:
        token = words[index]
        word = token.text
        if len(word) > MAX_LETTERS or not word[1:].islower():
            continue
        dotted = text.startswith(".", token.end)
        always[word] = always.get(word, True) and dotted
        seen[word] = seen.get(word, 0) + 1
        if not dotted:
            continue
        if index > 0 and token.joined and words[index - 1].text.isdigit():
            numbered.add(word)
        elif index + 1 < len(words) and _reference_number(text, token, words[index + 1]):
            if index + 2 < len(words) and words[index + 2].text[:1].islower():
                numbered.add(word)
            else:
                referenced.add(word)
    numbered |= {word for word in referenced if seen[word] > 1}
    return frozenset(word for word in numbered if always[word])


def _reference_number(text: str, word: _Token, following: _Token) -> bool:
    """Whether a number of at most ``MAX_REFERENCE_DIGITS`` digits follows the word's period
    and one space (``Abb. 4``), and no score (``6:3``, ``2-1``) begins with it."""
    number = following.text
    if not number.isdigit() or len(number) > MAX_REFERENCE_DIGITS:
        return False
    if text[following.end : following.end + 1] in SCORE_MARKS:
        return False
    return text[word.end : following.start] == ". "
