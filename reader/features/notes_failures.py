"""What the user reads when a notes job fails: what failed and what to do, in words.

Python's exception text ("'path'" for a KeyError, "[Errno 28] No space left on device: …")
tells a reader nothing (review 24 E7); the exception itself goes to the debug log.
"""

from __future__ import annotations

from reader.i18n import _

WHAT_FAILED = {
    "notes": _("Your notes could not be placed in this document."),
    "notes-export": _("The notes could not be exported."),
}
"""What failed, by the worker group that failed."""


def write_failure(error: OSError) -> str:
    """Why a file could not be written and what the user can do about it."""
    where = f" ({error.filename})" if error.filename else ""
    return _(
        "The export file could not be written{where}. Check that the disk has room and "
        "that the data folder may be written to, then export again."
    ).format(where=where)


def worker_failure(group: str, error: BaseException | None) -> str:
    """The toast for a failed worker of ``group``: a NotesError's own words, a file that
    could not be written, or else what failed and where the details are."""
    from reader.notes import NotesError  # the notes package loads only when notes are used

    if isinstance(error, NotesError):
        return str(error)
    if isinstance(error, OSError):
        return write_failure(error)
    return (
        WHAT_FAILED.get(group, _("A notes job failed."))
        + " "
        + _("Try again; the debug log has the details.")
    )
