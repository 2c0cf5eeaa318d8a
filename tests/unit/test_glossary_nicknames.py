"""Familiar forms of given names, from the nicknames package and the shipped lexicon."""

from __future__ import annotations

import pytest

from glossary.nicknames import differ_in_sex, is_nickname, is_rendering


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


@pytest.mark.parametrize(
    ("one", "other"),
    [("Leo", "Lew"), ("Nikolaus", "Nikolai"), ("Wilhelm", "William"), ("Karl", "Charles")],
)
def test_a_given_name_rendered_in_another_language(one: str, other: str) -> None:
    assert is_rendering(one, other)
    assert is_rendering(other, one)


@pytest.mark.parametrize(
    ("one", "other"),
    [("Karl", "Kurt"), ("Carl", "Carla"), ("Mario", "Maria"), ("Paul", "Pauline"), ("Jo", "Ja")],
)
def test_given_names_that_are_no_rendering_of_each_other(one: str, other: str) -> None:
    """Two short names two letters apart, a man's and a woman's name of one stem, names too
    short to tell."""
    assert not is_rendering(one, other)


def test_a_mans_and_a_womans_name_of_one_stem() -> None:
    assert differ_in_sex("Carl", "Carla") and differ_in_sex("Mario", "Maria")
    assert not differ_in_sex("Marie", "Maria") and not differ_in_sex("Leo", "Lew")
