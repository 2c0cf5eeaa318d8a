"""The interface language: catalogs compiled and current, translation and fallback."""

from __future__ import annotations

import pytest
from babel.messages.pofile import read_po

from reader import i18n
from reader.formatting import format_iso_date

PO = i18n.LOCALE_DIR / "de" / "LC_MESSAGES" / "messages.po"
MO = PO.with_suffix(".mo")


def test_compiled_catalog_matches_po() -> None:
    """Run `make translations` after editing a .po file."""
    with PO.open("rb") as handle:
        catalog = read_po(handle, locale="de")
    compiled = {m.id: m.string for m in catalog if m.id and m.string}
    german = i18n.translations("de")
    stale = [msgid for msgid, text in compiled.items() if german.gettext(msgid) != text]
    assert MO.exists()
    assert not stale, f"messages.mo is out of date (run `make translations`): {stale[:5]}"


@pytest.mark.parametrize(
    ("language", "expected"), [("de", "Gliederung"), ("en", "Outline"), ("fr", "Outline")]
)
def test_translation_and_fallback(language: str, expected: str) -> None:
    i18n.set_language(language)
    try:
        assert i18n._("Outline") == expected
        assert i18n._("a message nobody translated") == "a message nobody translated"
    finally:
        i18n.set_language("en")


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({"LANG": "de_DE.UTF-8"}, "de"),
        ({"LANG": "en_US.UTF-8"}, "en"),
        ({"LANG": "C"}, "en"),
        ({"LC_ALL": "fr_FR.UTF-8"}, "en"),
        ({}, "en"),
    ],
)
def test_default_language_from_environment(monkeypatch, env, expected) -> None:
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        monkeypatch.delenv(variable, raising=False)
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    assert i18n.default_language() == expected


@pytest.mark.parametrize(
    ("value", "language", "expected"),
    [
        ("2024-02-13T20:33", "de", "13. Februar 2024"),
        ("2024-02-13", "en", "February 13, 2024"),
        ("2023-11", "de", "November 2023"),
        ("2023", "de", "2023"),
        ("not a date", "de", "not a date"),
    ],
)
def test_dates_written_out_with_babel(value: str, language: str, expected: str) -> None:
    assert format_iso_date(value, language) == expected
