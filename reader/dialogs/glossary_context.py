"""What the glossary panel and cards are shown: the glossary, the open documents' mentions,
and where the reader's decisions go."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from documents.model import Document
    from glossary.entities import Glossary
    from glossary.mentions import Mention, MentionTable
    from reader.features.glossary_decisions import Decision

__all__ = ["Decider", "GlossaryContext", "MentionTarget"]


@dataclass(frozen=True, slots=True)
class MentionTarget:
    """Where a chosen mention is: a document and a character range of its text."""

    doc_id: str
    start: int
    end: int


class Decider(Protocol):
    """Carries out the reader's decisions (the glossary feature): writes, reloads, tells."""

    def decide(self, decision: Decision) -> None:
        """Write ``decision`` to the user's glossary file and show the result."""

    def undo(self) -> None:
        """Take back the last decision."""


@dataclass
class GlossaryContext:
    """The glossary with the mentions of the open documents, as the panel and cards see it."""

    glossary: Glossary
    documents: list[Document]
    """The open documents, in pane order (left, right)."""
    mentions: dict[str, MentionTable]
    """Mentions per document id, sorted by offset."""
    decider: Decider | None = None
    """Where decisions go; None where the glossary cannot be changed (no decision keys)."""
    counting: frozenset[str] = frozenset()
    """The documents whose mentions are still being found (a long text takes minutes)."""
    finding: int = 0
    """How many documents' names are still being read: until then ``glossary`` holds the
    catalogue (or the library as it was) without the entries found in them."""
    failed: str = ""
    """Why reading the names failed (empty: it did not): the entries found in the documents
    are missing for that reason, not because they are still being read."""
    counts: dict[str, Counter[str]] = field(init=False)
    """Per document id: how often each entry is mentioned (the panel lists every entry with
    its counts; a list of each entry's mentions was every mention of the open documents
    made an object again)."""

    def __post_init__(self) -> None:
        found = self.mentions
        self.counts = {d.id: found[d.id].counts() for d in self.documents if d.id in found}

    def count(self, entry_id: str, doc_id: str) -> int:
        """How often one entry is mentioned in one document."""
        return self.counts.get(doc_id, Counter())[entry_id]

    def is_mentioned(self, entry_id: str) -> bool:
        """Whether any open document mentions the entry."""
        return any(self.count(entry_id, document.id) for document in self.documents)

    def mentions_of(self, entry_id: str, doc_id: str) -> list[Mention]:
        """The mentions of one entry in one document."""
        found = self.mentions.get(doc_id)
        return (
            found.of_entry(entry_id) if found is not None and self.count(entry_id, doc_id) else []
        )
