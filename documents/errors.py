"""Errors a user can cause by pointing the reader at a file: each has a one-line message."""

from __future__ import annotations


class DocumentError(Exception):
    """A document could not be loaded; ``str(error)`` is a complete one-line message."""

    title = "Cannot open document"


class DocumentNotFound(DocumentError):
    """No document in the library has the requested id."""

    title = "Unknown document"
