"""An unusable notes database: saying why, and setting it aside (the palette's "Set aside").

Plain functions of the notes feature (``notes.py``). When the usual notes file cannot be used,
the store works on a fresh file (or in memory) and says so; setting the old file aside makes
the notes written meanwhile the database.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reader.context import reader_app
from reader.i18n import _

if TYPE_CHECKING:
    from pathlib import Path

    from textual.widget import Widget

    from reader.notes import StoreProblem


def report_problem(node: Widget) -> None:
    """Say plainly, in a toast that stays, why the usual notes file is not used."""
    problem = reader_app(node).services.notes.problem
    if problem is not None:
        node.notify(
            problem_message(problem),
            title=problem.title,
            severity="error",
            timeout=24 * 3600,
            markup=False,
        )


def problem_message(problem: StoreProblem) -> str:
    """Why the usual notes file is not used, and what to do about it."""
    return "\n".join(
        (
            problem.message,
            _("Working with a fresh store; your file {path} is untouched.").format(
                path=problem.path
            ),
            _("To keep the new notes and rename the old file: ctrl+p, “Set aside”."),
        )
    )


def set_aside_notes(node: Widget) -> bool:
    """Rename the unusable notes file; the notes written meanwhile become the database.

    Returns:
        True when the app now has a new store (False, said why, when there was no problem).
    """
    from reader import paths
    from reader.notes import NotesError, NoteStore, set_aside

    services = reader_app(node).services
    store = services.notes
    problem = store.problem
    if problem is None:
        node.notify(_("The notes database is fine; nothing to set aside."), timeout=3)
        return False
    in_memory = store.all() if problem.fallback is None else []
    store.close()
    try:
        aside: Path | None = set_aside(problem.path)
    except OSError as error:
        node.notify(str(error), title=_("Cannot set aside"), severity="error", markup=False)
        aside = None
    new = NoteStore.open(paths.notes_db_path())
    if in_memory:
        try:  # the notes were kept in memory: carry them over
            new.import_annotations(in_memory)
        except NotesError as error:
            node.notify(str(error), title=error.title, severity="error", markup=False)
    services.notes = new
    if aside is not None:
        node.notify(
            _("The old file is now {aside}; notes are kept in {path}.").format(
                aside=aside, path=paths.notes_db_path()
            ),
            title=_("Notes database set aside"),
            markup=False,
        )
    return True
