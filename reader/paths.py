"""Where user state lives: one data directory, relocatable with READER_HOME."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_path

APP_NAME = "reader-companion"


def data_dir() -> Path:
    """The directory holding positions, index, notes, caches and settings; created on first use."""
    path = Path(os.environ.get("READER_HOME") or user_data_path(APP_NAME))
    path.mkdir(parents=True, exist_ok=True)
    return path


def cache_dir() -> Path:
    """Derived data (parsed documents, mentions) that can always be rebuilt."""
    path = data_dir() / "cache"
    path.mkdir(parents=True, exist_ok=True)
    return path


def documents_dir() -> Path:
    """The library's copies of added files (named by content hash)."""
    return data_dir() / "documents"


def index_dir() -> Path:
    """The Whoosh search index."""
    return data_dir() / "index"


def notes_db_path() -> Path:
    """The SQLite database of highlights and notes."""
    return data_dir() / "notes.sqlite3"


def settings_path() -> Path:
    """UI settings and reading positions (JSON)."""
    return data_dir() / "settings.json"


def user_glossary_path() -> Path:
    """The user's own glossary entries, merged with the bundled catalogue."""
    return data_dir() / "glossary.toml"


def library_path() -> Path:
    """The list of documents the user added (JSON)."""
    return data_dir() / "library.json"
