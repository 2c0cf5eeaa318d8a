"""Dates in words kept across starts, so that the first frame needs no Babel.

Each pane's metadata line writes the publication date in words ("13. Februar 2024"). Babel
does that well, but importing it and loading a language's data cost ~35 ms of CPU, a tenth of
the start to the first text (``benchmarks/startup.py``). The words for a date in a language
change only with Babel, so each one written is kept in ``cache/dates.json``, stamped with the
Babel installation that wrote it (its location and modification time: an upgrade rewrites it),
and read from there on later starts.
"""

from __future__ import annotations

import json
from importlib.util import find_spec
from pathlib import Path

from documents.atomic import write_cache_json
from reader import paths
from reader.formatting import format_iso_date

KEPT = 500
"""Dates kept at most (the newest): a library's documents, with room to spare."""


def date_in_words(value: str, language: str) -> str:
    """``format_iso_date(value, language)``, from the cache when Babel has written it before."""
    path = paths.cache_dir() / "dates.json"
    stamp = babel_stamp()
    key = f"{language}|{value}"
    kept = read_kept(path, stamp)
    words = kept.get(key)
    if words is None:
        words = format_iso_date(value, language)
        kept[key] = words
        write_cache_json(path, {"babel": stamp, "dates": dict(list(kept.items())[-KEPT:])})
    return words


def babel_stamp() -> str:
    """Where Babel is installed and when, found without importing it."""
    spec = find_spec("babel")
    if spec is None or spec.origin is None:
        return ""
    origin = Path(spec.origin)
    try:
        return f"{origin}@{origin.stat().st_mtime_ns}"
    except OSError:
        return str(origin)


def read_kept(path: Path, stamp: str) -> dict[str, str]:
    """The dates written by this Babel; none if the file is missing, unreadable or older."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict) or data.get("babel") != stamp:
        return {}
    dates = data.get("dates")
    if not isinstance(dates, dict):
        return {}
    return {k: v for k, v in dates.items() if isinstance(k, str) and isinstance(v, str)}
