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
    german = i18n.translations("de")
    stale = []
    for message in catalog:
        if not message.id or not message.string:
            continue
        if message.pluralizable:  # one id, one form per count: 1 and 2 cover German's two
            singular, plural = message.id
            forms = tuple(german.ngettext(singular, plural, count) for count in (1, 2))
            if forms != tuple(message.string):
                stale.append(singular)
        elif german.gettext(message.id) != message.string:
            stale.append(message.id)
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
    ("language", "count", "expected"),
    [("en", 1, "in 1 sentence"), ("en", 3, "in 3 sentences"), ("de", 1, "in 1 Satz")]
    + [("de", 0, "in 0 Sätzen"), ("de", 3, "in 3 Sätzen")],
)
def test_counted_messages_take_the_form_their_count_needs(
    language: str, count: int, expected: str
) -> None:
    i18n.set_language(language)
    try:
        assert i18n.n_("in {count} sentence", "in {count} sentences", count) == expected
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


def test_every_entry_kind_has_german_names_and_a_mark() -> None:
    """A kind added to the catalogue's enum (``vessel`` for named ships) needs its panel
    heading in both languages and a mark class in the text, or the panel shows the raw id."""
    from glossary.entities import Kind
    from reader.dialogs.glossary_kinds import kind_group_label, kind_label
    from reader.features.glossary import KIND_MARKS

    i18n.set_language("de")
    try:
        german = {kind: (kind_label(kind), kind_group_label(kind)) for kind in Kind}
    finally:
        i18n.set_language("en")
    english = {kind: (kind_label(kind), kind_group_label(kind)) for kind in Kind}
    untranslated = [kind for kind in Kind if german[kind] == english[kind]]
    assert german[Kind.VESSEL] == ("Fahrzeug", "Fahrzeuge")
    assert untranslated == []
    assert set(Kind) - {Kind.STATE, Kind.PLACE} <= set(KIND_MARKS)


def test_every_kind_of_removed_line_is_translated() -> None:
    """The add toast names what cleaning removed by these values: one missing from the
    catalog would show English inside a German message."""
    from documents.model import RemovedLines

    with PO.open("rb") as handle:
        catalog = read_po(handle, locale="de")
    untranslated = [kind.value for kind in RemovedLines if not catalog.get(kind.value)]
    assert not untranslated
