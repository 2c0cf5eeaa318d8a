"""Folders the application names at start for data worth keeping between runs.

py3langid's unpacked model (:mod:`documents.langid_model`) and the date tagger's calendar
lexicons (:mod:`glossary.timex_lexicon`) are slow to make and cheap to read back. The plain
Python packages do not know the application's paths, so the library names a folder for each
here once; a process that names none (a script, a test) keeps nothing and works as before.
A module of its own so that naming them at start imports neither user.
"""

from __future__ import annotations

from pathlib import Path

__all__ = ["CALENDARS", "MODELS", "keep_in", "kept_folder"]

MODELS = "models"
"""py3langid's model, unpacked."""
CALENDARS = "calendars"
"""Each language's calendar lexicon, as JSON."""

_folders: dict[str, Path] = {}


def keep_in(kind: str, directory: Path) -> None:
    """Keep what ``kind`` names (:data:`MODELS`, :data:`CALENDARS`) in ``directory``."""
    _folders[kind] = directory


def kept_folder(kind: str) -> Path | None:
    """The folder set for ``kind`` by :func:`keep_in`, or None (then nothing is kept)."""
    return _folders.get(kind)
