"""Notes follow a document to its new version (the same file added again after an edit).

Each note of the old version is anchored in the new text with the usual fuzzy anchoring.
Those found there (in place or moved) now belong to the new version, with the quote, context
and offsets the new text has there (an export names the new version as its source, so its
selectors must match that text); the report of the add says which ones moved. A note found
on reworded text keeps the words it was written on (``Annotation.was``): the reader's note
may answer words that are no longer there. Notes whose text is gone keep the document's id
(the new version's) and are listed as orphaned.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from documents.model import Document
from documents.sanitize import sanitize
from reader.notes.anchoring import anchor_all
from reader.notes.model import Annotation, Status, Target
from reader.notes.store import NoteStore


@dataclass(frozen=True, slots=True)
class Previous:
    """How the old version's notes name it."""

    id: str
    content_hash: str
    path: str | None


@dataclass(frozen=True, slots=True)
class CarriedOver:
    """What happened to an old version's notes when a new version was added."""

    previous: str
    """The old version's id."""
    current: str
    in_place: int = 0
    moved: list[Annotation] = field(default_factory=list)
    """Carried over, found elsewhere in the new text (the user should look at them)."""
    left: list[Annotation] = field(default_factory=list)
    """Not found in the new text: they keep the document's id and are listed as orphaned."""
    reworded: list[Annotation] = field(default_factory=list)
    """Carried over onto other words than they were written on (their ``was`` keeps those)."""

    @property
    def carried(self) -> int:
        return self.in_place + len(self.moved)

    def summary(self) -> str:
        """One line for the command line and the app's toast."""
        if not (self.carried or self.left):
            return ""
        text = f"notes: {self.carried} carried over from {self.previous}"
        if self.moved:
            text += f" ({len(self.moved)} moved)"
        if self.reworded:
            text += (
                f"; {len(self.reworded)} now on reworded text"
                " (`reader notes list` shows the words they were written on)"
            )
        if self.left:
            text += (
                f"; {len(self.left)} listed as orphaned"
                " (their text is gone; `reader notes list` shows them)"
            )
        return text


def carry_over(store: NoteStore, previous: Previous, current: Document) -> CarriedOver:
    """Give ``current`` the notes of the ``previous`` version that can be found in its text.

    The old version need not load any more: its notes are found by id, hash or path.
    """
    notes = store.for_document(previous.id, previous.content_hash, previous.path)
    anchors = anchor_all([note.target for note in notes], current.text)
    in_place, moved, left, reworded = 0, [], [], []
    path = str(current.path) if current.path else None
    for note, found in zip(notes, anchors, strict=True):
        if found.status is Status.ORPHANED:
            left.append(note)
            continue
        # The quote, its context and offsets as the new version has them: an export names
        # the new version as the source, so its selectors must match that text.
        target = Target.from_text(
            current.id, current.content_hash, current.text, found.start, found.end, path
        )
        was = _wording(note, target.exact)
        if was is not None and not _same_words(target.exact, note.target.exact):
            reworded.append(note)
        store.put(replace(note, target=target, was=was))
        if found.status is Status.MOVED:
            moved.append(note)
        else:
            in_place += 1
    return CarriedOver(previous.id, current.id, in_place, moved, left, reworded)


_QUOTE_MARKS = str.maketrans("„“”‚‘’«»‹›", "\"\"\"'''\"\"''")


def _same_words(one: str, other: str) -> bool:
    """Whether two quotes say the same words: a new parse (soft hyphens dropped), spacing or
    the kind of quote marks is no rewording a reader needs to be told of."""
    return _words(one) == _words(other)


def _words(text: str) -> list[str]:
    return sanitize(text).translate(_QUOTE_MARKS).split()


def _wording(note: Annotation, quote: str) -> str | None:
    """The words ``note`` was first written on, while ``quote`` (its new text) says other ones;
    None once a version says them again."""
    first = note.was or note.target.exact
    return None if _same_words(quote, first) else first
