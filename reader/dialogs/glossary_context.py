"""What the glossary panel and cards are shown: the glossary, the open documents' mentions,
and where the reader's decisions go."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from documents.model import Document
    from glossary.entities import Glossary
    from glossary.mentions import Mention
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
    mentions: dict[str, list[Mention]]
    """Mentions per document id, sorted by offset."""
    decider: Decider | None = None
    """Where decisions go; None where the glossary cannot be changed (no decision keys)."""
    by_entry: dict[str, dict[str, list[Mention]]] = field(init=False)
    """Per entry id, per document id: its mentions."""

    def __post_init__(self) -> None:
        self.by_entry = {}
        for document in self.documents:
            for mention in self.mentions.get(document.id, []):
                per_doc = self.by_entry.setdefault(mention.entry_id, {})
                per_doc.setdefault(document.id, []).append(mention)

    def mentions_of(self, entry_id: str, doc_id: str) -> list[Mention]:
        """The mentions of one entry in one document."""
        return self.by_entry.get(entry_id, {}).get(doc_id, [])
