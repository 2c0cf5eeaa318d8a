"""Familiar forms of given names, from the nicknames package and the shipped lexicon."""

from __future__ import annotations

import pytest

from glossary.nicknames import is_nickname


@pytest.mark.parametrize(
    ("short", "full"),
    [("Bill", "William"), ("Bob", "Robert"), ("Ed", "Edmund"), ("Fritz", "Friedrich")],
)
def test_a_familiar_form_of_a_given_name(short: str, full: str) -> None:
    assert is_nickname(short, full)
    assert not is_nickname(full, short)


@pytest.mark.parametrize(
    ("one", "other"),
    [("Joe", "Johannes"), ("Josef", "Johannes"), ("Rupert", "Robert"), ("Edmund", "Edmund")],
)
def test_names_that_are_no_familiar_form_of_each_other(one: str, other: str) -> None:
    """Two formal names that share a nickname, the list's loose pairs of equal length, and
    a name and itself."""
    assert not is_nickname(one, other)
    assert not is_nickname(other, one)
