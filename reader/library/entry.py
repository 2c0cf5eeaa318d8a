"""One library entry and the rules for correcting its metadata.

Kept apart from ``Library`` so that reading ``library.json`` and adding files can build
entries without importing the library itself.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields, replace
from pathlib import Path

from documents.errors import DocumentError
from documents.model import DocumentMeta
from documents.sanitize import clean_field

__all__ = ["EDITABLE_FIELDS", "AlreadyInLibrary", "LibraryEntry", "LibraryError", "corrected"]

EDITABLE_FIELDS = tuple(f.name for f in fields(DocumentMeta))
"""Metadata the user may correct (``reader meta ID --set key=value``)."""


class LibraryError(DocumentError):
    """A library operation the user asked for cannot be done; the message says why."""

    title = "Library"


class AlreadyInLibrary(LibraryError):
    """The file's bytes are already in the library: skipping it is not a failure."""


@dataclass(slots=True)
class LibraryEntry:
    """One document in the library: where it is and what the user or catalogue says of it."""

    id: str
    path: Path
    meta: DocumentMeta
    """The metadata in effect: what was detected, with the user's corrections applied."""
    bundled: bool = False
    hidden: bool = False
    """Removed by the user (bundled seeds come back with ``reader add --seeds``)."""
    content_hash: str = ""
    origin: str = ""
    """The path the user added the file from (``path`` is the library's own copy)."""
    size: int = 0
    added: str = ""
    version: int = 1
    previous: str = ""
    """The id of the version this one replaces, when the file at ``origin`` changed."""
    detected: DocumentMeta | None = None
    corrections: dict[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        """``library.json`` is a file anyone can edit: its ids and corrections are data."""
        self.id = clean_field(self.id)
        self.corrections = {k: clean_field(v) for k, v in self.corrections.items()}


def corrected(detected: DocumentMeta, corrections: dict[str, str]) -> DocumentMeta:
    """The metadata in effect: re-detection never overwrites what the user fixed.

    Args:
        detected: What the catalogue or the file itself says.
        corrections: The user's values by field name; unknown fields are ignored.

    Returns:
        ``detected`` with the known corrections applied.
    """
    return replace(detected, **{k: v for k, v in corrections.items() if k in EDITABLE_FIELDS})
