"""Where the date tagger's saved calendar lexicons live (see :mod:`glossary.timex_lexicon`).

A module of its own so that the application can name the folder at start without importing
the lexicon's module (its dataclass alone costs more than the rest of opening the library).
"""

from __future__ import annotations

from pathlib import Path

__all__ = ["calendars_folder", "keep_calendars_in"]

_kept_in: list[Path] = []


def keep_calendars_in(directory: Path) -> None:
    """Save each language's calendar lexicon in ``directory`` once built, and read it there."""
    _kept_in[:] = [directory]


def calendars_folder() -> Path | None:
    """The folder set by :func:`keep_calendars_in`, or None (then nothing is saved)."""
    return _kept_in[0] if _kept_in else None
