"""Annotations in a pane: their marks and gutter markers, and finding the one meant.

Plain functions of the notes feature (``notes.py``), which keeps each pane's anchored
annotations (``Placed``). Drawing uses the view's layers: ``highlights`` (marks in each
annotation's colour), ``notes`` (a gutter marker on sentences with a note) and
``note-target`` (the annotation jumped to from the panel). ``reader.notes`` is imported
inside the functions, never at start-up.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.style import Style

from reader.theme import HIGHLIGHT_COLOURS, highlight_class
from reader.widgets.document_view import Mark

if TYPE_CHECKING:
    from documents.model import Document
    from reader.notes import Annotation, Placed, Target
    from reader.widgets.pane import DocumentPane

HIGHLIGHTS_LAYER = "highlights"
NOTES_LAYER = "notes"
TARGET_LAYER = "note-target"
NOTE_MARKER = "✎"
"""Gutter marker of a sentence with a note."""
COLOURS = HIGHLIGHT_COLOURS
"""The five highlight colours, in the order of the keys 1 to 5."""
HIGHLIGHT_STYLES = {colour: highlight_class(colour) for colour in COLOURS}
"""The view's mark class of each colour: theme variables in ``app.tcss`` give its look."""


def draw_annotations(pane: DocumentPane, placed: list[Placed]) -> None:
    """The highlights and note markers of one pane."""
    from reader.notes import highlights, notes_by_sentence

    view = pane.view
    view.set_marks(
        HIGHLIGHTS_LAYER,
        [
            Mark(p.start, p.end, HIGHLIGHT_STYLES.get(p.annotation.color.value, Style()))
            for p in highlights(placed)
        ],
    )
    markers = notes_by_sentence(placed, pane.document)
    view.set_gutter(NOTES_LAYER, {index: NOTE_MARKER for index in markers})


def overlapping(placed: list[Placed], span: tuple[int, int] | None) -> list[Placed]:
    """The annotations overlapping ``span`` (a sentence), innermost first."""
    if span is None:
        return []
    found = [p for p in placed if not p.orphaned and p.start < span[1] and p.end > span[0]]
    return sorted(found, key=lambda p: p.end - p.start)


def exact(placed: list[Placed], where: tuple[int, int]) -> Placed | None:
    """The annotation on exactly ``where``."""
    return next((p for p in placed if (p.start, p.end) == where and not p.orphaned), None)


def covering(placed: list[Placed], where: tuple[int, int]) -> Placed | None:
    """The smallest highlight holding all of ``where`` (`h` on a sentence already inside
    a highlight recolours it rather than laying a second one over it)."""
    holding = [p for p in placed if not p.orphaned and p.start <= where[0] and p.end >= where[1]]
    return min(holding, key=lambda p: p.end - p.start, default=None)


def make_target(document: Document, start: int, end: int) -> Target:
    """What a new annotation on ``start:end`` of ``document`` points at."""
    from reader.notes import Target

    path = str(document.path) if document.path else None
    return Target.from_text(document.id, document.content_hash, document.text, start, end, path)


def pane_for(target: Target, panes: list[DocumentPane]) -> DocumentPane | None:
    """The pane showing the document ``target`` points at (or the same text under another id)."""
    return next(
        (
            p
            for p in panes
            if target.doc_id == p.document.id or target.content_hash == p.document.content_hash
        ),
        None,
    )


def fresh(annotation: Annotation) -> Placed:
    """A just-written annotation: anchored where its target says."""
    from reader.notes import Anchor, Placed, Status

    target = annotation.target
    return Placed(annotation, Anchor(Status.ANCHORED, target.start, target.end))


def replaced(placed: Placed, annotation: Annotation) -> Placed:
    """``placed`` with the annotation's new fields (its anchor unchanged)."""
    from reader.notes import Placed

    return Placed(annotation, placed.anchor)
