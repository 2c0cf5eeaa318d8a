"""Annotation value types: a highlight or note on a quote of a document's text.

Positions are half-open character offsets into ``Document.text``. Every annotation keeps the
W3C Web Annotation selectors (``TextQuoteSelector`` and ``TextPositionSelector``) so it can be
found again after the document changes (see ``reader.notes.anchoring``).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from typing import Any

from documents.sanitize import clean_field

CONTEXT_CHARS = 32
"""Characters of ``prefix`` and ``suffix`` kept around each quote."""


class Color(StrEnum):
    """The five highlight colours."""

    YELLOW = "yellow"
    GREEN = "green"
    BLUE = "blue"
    PINK = "pink"
    PURPLE = "purple"


class Status(StrEnum):
    """Where an annotation was found in the current text of its document."""

    ANCHORED = "anchored"
    """The stored position still holds the quote."""
    MOVED = "moved"
    """Found elsewhere, exactly or approximately."""
    ORPHANED = "orphaned"
    """Not found; kept with its stored quote and note, never deleted."""


class NotesError(Exception):
    """A problem the user should read; ``title`` names it for a toast or a CLI line."""

    title = "Notes"

    def __init__(self, message: str, title: str | None = None) -> None:
        super().__init__(message)
        if title is not None:
            self.title = title


class NoteNotFound(NotesError, KeyError):
    """No annotation has the given id."""

    title = "Note not found"

    def __str__(self) -> str:  # KeyError would quote the message
        return str(self.args[0])


def now_iso() -> str:
    """The current time as ISO 8601 UTC with milliseconds, e.g. ``2024-05-01T12:00:00.000Z``."""
    return format_timestamp(datetime.now(UTC))


def format_timestamp(moment: datetime) -> str:
    """``moment`` in the form ``now_iso`` writes, so stored times sort as text too."""
    return moment.astimezone(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


FUTURE_SLACK = timedelta(days=1)
"""How far in the future a timestamp may lie (clock skew between machines) before it is junk."""


def parse_timestamp(value: object) -> datetime:
    """An ISO 8601 date-time (``Z`` or an offset; none means UTC) as an aware datetime.

    Raises:
        NotesError: for anything else (``"9999"``, a number, an object) and for a time more
            than a day in the future, which would otherwise win every comparison.
    """
    if not isinstance(value, str):
        raise NotesError(f"timestamp {value!r} is not an ISO 8601 date-time", "Bad timestamp")
    try:
        parsed = datetime.fromisoformat(value.strip())
    except ValueError:
        raise NotesError(
            f"timestamp {value!r} is not an ISO 8601 date-time", "Bad timestamp"
        ) from None
    if len(value.strip()) < len("2024-01-01T00:00"):
        raise NotesError(f"timestamp {value!r} has no time of day", "Bad timestamp")
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    if parsed > datetime.now(UTC) + FUTURE_SLACK:
        raise NotesError(f"timestamp {value!r} lies in the future", "Bad timestamp")
    return parsed


def parse_color(name: str) -> Color:
    """The colour called ``name`` (case-insensitive).

    Raises:
        NotesError: for any other name, listing the five.
    """
    try:
        return Color(name.strip().lower())
    except ValueError:
        names = ", ".join(c.value for c in Color)
        raise NotesError(f"unknown colour {name!r}; use one of {names}", "Bad colour") from None


@dataclass(frozen=True, slots=True)
class Target:
    """A quote in one document: where it was and what surrounded it."""

    doc_id: str
    content_hash: str
    """SHA-256 of the document source when the quote was taken."""
    start: int
    end: int
    exact: str
    prefix: str = ""
    suffix: str = ""
    doc_path: str | None = None
    """The document file's path when the quote was taken, if known."""

    def __post_init__(self) -> None:
        """Imported and stored quotes are data: clean them as they enter the program."""
        for name in ("doc_id", "content_hash"):
            object.__setattr__(self, name, clean_field(getattr(self, name)))
        for name in ("exact", "prefix", "suffix"):
            object.__setattr__(self, name, clean_field(getattr(self, name), multiline=True))
        if self.doc_path is not None:
            object.__setattr__(self, "doc_path", clean_field(self.doc_path))

    @classmethod
    def from_text(
        cls,
        doc_id: str,
        content_hash: str,
        text: str,
        start: int,
        end: int,
        doc_path: str | None = None,
    ) -> Target:
        """The target for ``text[start:end]``, with prefix and suffix taken from ``text``.

        Raises:
            NotesError: if the range is empty or outside the text.
        """
        if not 0 <= start < end <= len(text):
            raise NotesError(
                f"range {start}-{end} is empty or outside the text (length {len(text)})",
                "Bad range",
            )
        return cls(
            doc_id=doc_id,
            content_hash=content_hash,
            start=start,
            end=end,
            exact=text[start:end],
            prefix=text[max(0, start - CONTEXT_CHARS) : start],
            suffix=text[end : end + CONTEXT_CHARS],
            doc_path=doc_path,
        )


@dataclass(frozen=True, slots=True)
class Annotation:
    """A highlight, optionally with a note and tags, on a quote of a document.

    A comparison note (attached to a cross-link pair) carries a second target in ``compare``.
    """

    id: str
    target: Target
    color: Color = Color.YELLOW
    note: str = ""
    """Markdown, shown literally (never as console markup)."""
    tags: tuple[str, ...] = ()
    created: str = field(default_factory=now_iso)
    modified: str = ""
    compare: Target | None = None
    was: str | None = None
    """The words the note was written on, when a later version of its document words them
    otherwise (the quote is then the new wording); None while the text never changed."""

    def __post_init__(self) -> None:
        """Notes and tags are the user's (or an import's) data: never terminal controls."""
        object.__setattr__(self, "id", clean_field(self.id))
        if self.was is not None:
            object.__setattr__(self, "was", clean_field(self.was, multiline=True))
        object.__setattr__(self, "note", clean_field(self.note, multiline=True))
        tags = (clean_field(t) for t in self.tags)
        object.__setattr__(self, "tags", tuple(t for t in tags if t))
        if not self.modified:
            object.__setattr__(self, "modified", self.created)

    @property
    def doc_id(self) -> str:
        return self.target.doc_id

    @property
    def quote(self) -> str:
        return self.target.exact

    def same_content(self, other: Annotation) -> bool:
        """Whether both say the same (quote, colour, note, tags), whatever their times."""
        return (self.target, self.color, self.note, self.tags, self.compare) == (
            other.target,
            other.color,
            other.note,
            other.tags,
            other.compare,
        )

    def carried_over_from(self, other: Annotation) -> bool:
        """Whether this note is ``other`` carried over to another version of its document: the
        same words (colour, note, tags) and comparison, its quote on another version.

        Carry-over re-anchors the quote only (``compare`` never moves); a quote that stands
        elsewhere on the same version was re-pointed by the reader, which is an edit.
        """
        return self.target.content_hash != other.target.content_hash and (
            self.color,
            self.note,
            self.tags,
            self.compare,
        ) == (other.color, other.note, other.tags, other.compare)

    def edited(self, **changes: Any) -> Annotation:
        """A copy with ``changes`` applied and ``modified`` set to now."""
        return replace(self, modified=now_iso(), **changes)


@dataclass(frozen=True, slots=True)
class Anchor:
    """The result of anchoring one target in the current text."""

    status: Status
    start: int
    end: int
    score: float = 100.0
    """Match quality, 0-100: 100 for exact matches, the rapidfuzz score for approximate ones."""


@dataclass(frozen=True, slots=True)
class Placed:
    """An annotation with where it lies in the current text (``start == end`` if orphaned)."""

    annotation: Annotation
    anchor: Anchor

    @property
    def start(self) -> int:
        return self.anchor.start

    @property
    def end(self) -> int:
        return self.anchor.end

    @property
    def status(self) -> Status:
        return self.anchor.status

    @property
    def orphaned(self) -> bool:
        return self.anchor.status is Status.ORPHANED
