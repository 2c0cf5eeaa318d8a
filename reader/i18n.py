"""The interface language: gettext message catalogs, German or English.

Messages are written in English in the code and looked up with ``_()``; the German catalog
is ``reader/locale/de/LC_MESSAGES/messages.po``. The app reads the compiled ``messages.mo``
beside it with the standard library's gettext (Babel's .po reader costs a tenth of a second at
start-up); ``make translations`` compiles it with Babel, and a test fails when the .mo does
not match the .po. The default language comes from the locale environment (LC_ALL,
LC_MESSAGES, LANG, LANGUAGE), overridable with ``--lang``.

Text written in a class body (key descriptions and tooltips of ``BINDINGS``) is evaluated when
its module is imported, before the language may be known: it is marked with ``N_()``, which
leaves the English message as it is, and translated where it is shown (``reader.screens.base``
translates a screen's active bindings for the footer and the key panel; the help screen
translates what it lists). So the language can be chosen, or changed, after ``reader.app`` is
imported.
"""

from __future__ import annotations

import gettext
import os
from pathlib import Path

LOCALE_DIR = Path(__file__).parent / "locale"
DOMAIN = "messages"
SUPPORTED = ("en", "de")
_active: dict[str, gettext.NullTranslations] = {"en": gettext.NullTranslations()}
_language = ["en"]


def default_language() -> str:
    """The UI language the environment asks for, if we have it; else English."""
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(variable, "")
        if value and value not in ("C", "POSIX") and not value.startswith("C."):
            code = value.split(":")[0].split("_")[0].split(".")[0].lower()
            return code if code in SUPPORTED else "en"
    return "en"


def translations(language: str) -> gettext.NullTranslations:
    """The catalog of one language (English, the source language, needs none)."""
    return gettext.translation(DOMAIN, LOCALE_DIR, languages=[language], fallback=True)


def set_language(language: str) -> None:
    language = language if language in SUPPORTED else "en"
    _language[0] = language
    _active["current"] = translations(language)


def ui_language() -> str:
    return _language[0]


def N_(message: str) -> str:
    """Mark ``message`` for translation when it is shown, not now (a class attribute)."""
    return message


def _(message: str) -> str:
    """Translate ``message`` into the UI language."""
    return _active.get("current", _active["en"]).gettext(message)


def n_(singular: str, plural: str, count: int, **fields: object) -> str:
    """The form of a counted message that ``count`` takes in the UI language ("1 hit",
    "2 hits"), with ``{count}`` and the message's other ``fields`` filled in (a message with
    a field left out raised KeyError: the export's toast never came, trial 24): the
    catalog's plural rule picks it."""
    catalog = _active.get("current", _active["en"])
    return catalog.ngettext(singular, plural, count).format(count=count, **fields)
