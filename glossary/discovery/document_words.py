"""What the verdicts on one word read of the document around it, as a protocol.

The per-document reader (:mod:`glossary.discovery.reader`) asks the compound and
sentence-start verdicts (:mod:`glossary.discovery.compounds`,
:mod:`glossary.discovery.sentence_starts`) about its words, and they read the reader's counts
back: naming the reader's class there would tie the modules in a cycle, so they name this.
"""

from __future__ import annotations

from collections import Counter
from typing import Protocol

from glossary.discovery.contexts import _Context


class DocumentWords(Protocol):
    """The counts and verdicts of one document's words."""

    text: str
    """The document."""
    language: str
    """``de`` or ``en``."""
    alone: Counter[str]
    """How often each word stands in the text."""
    inside: Counter[str]
    """How often each capitalised word stands inside a sentence."""
    lower: set[str]
    """The words the text writes in lower case."""
    months: frozenset[str]
    """Month and weekday names, never names."""

    def context(self, word: str) -> _Context:
        """How often ``word`` stands in each kind of context inside a sentence."""
        ...

    def judged(self, word: str) -> bool:
        """Whether ``word`` inside a sentence can be (part of) a name."""
        ...

    def name_word(self, word: str, initial: bool) -> bool:
        """Whether ``word`` can be (part of) a name here."""
        ...
