"""Cognate keys: German and English words of one origin meet, short words do not."""

from __future__ import annotations

import pytest

from glossary.cognates import cognate_key


@pytest.mark.parametrize(
    ("german", "english"),
    [
        ("pandemie", "pandemic"),
        ("sanktion", "sanction"),
        ("kanal", "canal"),
        ("millionen", "million"),
    ],
)
def test_cognates_share_a_key(german: str, english: str) -> None:
    assert cognate_key(german) == cognate_key(english) is not None


def test_unrelated_and_short_words_do_not() -> None:
    assert cognate_key("schiff") != cognate_key("ship")
    assert cognate_key("rat") is None
