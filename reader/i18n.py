"""The interface language: Babel message catalogs (gettext .po files), German or English.

Messages are written in English in the code and looked up with ``_()``; the German catalog
lives in ``reader/locale/de/LC_MESSAGES/messages.po``. The default comes from the locale
environment (LC_ALL, LC_MESSAGES, LANG, LANGUAGE), overridable with ``--lang``.
"""

from __future__ import annotations

import os
from pathlib import Path

from babel.messages.pofile import read_po

LOCALE_DIR = Path(__file__).parent / "locale"
SUPPORTED = ("en", "de")
_state: dict[str, object] = {"language": "en", "messages": {}}


def default_language() -> str:
    """The UI language the environment asks for, if we have it; else English."""
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(variable, "")
        if value and value not in ("C", "POSIX") and not value.startswith("C."):
            code = value.split(":")[0].split("_")[0].split(".")[0].lower()
            return code if code in SUPPORTED else "en"
    return "en"


def load_catalog(language: str) -> dict[str, str]:
    """The translations of one language (empty for English, the source language)."""
    path = LOCALE_DIR / language / "LC_MESSAGES" / "messages.po"
    if not path.exists():
        return {}
    with path.open("rb") as handle:
        catalog = read_po(handle, locale=language)
    return {m.id: m.string for m in catalog if m.id and m.string and isinstance(m.id, str)}


def set_language(language: str) -> None:
    language = language if language in SUPPORTED else "en"
    _state["language"] = language
    _state["messages"] = load_catalog(language)


def ui_language() -> str:
    return str(_state["language"])


def _(message: str) -> str:
    """Translate ``message`` into the UI language."""
    messages = _state["messages"]
    assert isinstance(messages, dict)
    return str(messages.get(message, message))
