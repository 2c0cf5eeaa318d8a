"""What a cross-link is (:class:`glossary.links.LinkIndex` finds them): the two sentences, the
score, the kind and the reasons a reader can check in the two passages."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

__all__ = ["Link", "LinkKind", "Reasons", "SentenceRef", "SharedTime"]


@dataclass(frozen=True, slots=True)
class SharedTime:
    """A period two passages share, and how each writes it."""

    value: str
    """The TIMEX3 value of the shared (coarser) period."""
    first: int
    """Its first day (ordinal)."""
    last: int
    """Its last day (ordinal, inclusive)."""
    text: str
    """The period as the passage that states it writes it ("im Sommer 2021"); empty when the
    coarser side only inherits it from the text before it."""
    inherited: bool
    """Whether a side shares it only through the period its text set earlier."""
    earlier: str = ""
    """When both sides only carry it on: the period as the text that set it earlier wrote it
    ("Am 23. März 2021"), a quote the reader can find; empty when unknown."""
    earlier_at: tuple[str, int] | None = None
    """Where ``earlier`` stands: the document and the offset of the expression."""
    far: bool = False
    """Whether a side carries it on from further back than the sentence just before it: a
    period the passage does not show, that weighs in a link but does not make it one of time."""


@dataclass(frozen=True, slots=True)
class SentenceRef:
    """A sentence of a document: its index in ``Document.sentences`` and its offsets."""

    doc: str
    index: int
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Reasons:
    """Why two sentences are linked, strongest first in each list."""

    dates: list[str]
    """Shared date values (the coarser of each overlapping pair)."""
    entities: list[str]
    """Shared glossary entity ids, rarest first."""
    terms: list[str]
    """Shared words as the source passage writes them, most telling first."""
    names: list[tuple[str, str]] = field(default_factory=list)
    """Each shared entity as the source and the target passage write it, in ``entities`` order."""
    words: list[tuple[str, str]] = field(default_factory=list)
    """Each shared term as it stands in the source and the target passage, in ``terms`` order."""
    times: list[SharedTime] = field(default_factory=list)
    """The shared periods of ``dates``, in the same order, with the dates as written."""
    keys: list[str] = field(default_factory=list)
    """The keys the words were matched by, in ``terms`` order: lemmas, cognate keys between two
    languages ("pandem" for "Pandemie" / "pandemic"), or two lemmas of one synonym set joined by
    ``~`` ("streitkräfte~armee")."""


LinkKind = Literal["time", "entity", "theme"]
"""What a link rests on: a shared period; a shared named thing; or shared words only, the same
question seen from two sides (a theme link)."""


@dataclass(frozen=True, slots=True)
class Link:
    """A scored link from a source sentence to a sentence of another document."""

    source: SentenceRef
    target: SentenceRef
    score: float
    reasons: Reasons
    kind: LinkKind = "time"
