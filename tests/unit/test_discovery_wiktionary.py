"""What the German Wiktionary's nouns say of a word HanTa lacks, on HanTa's scale."""

from __future__ import annotations

import pytest

from glossary.discovery.wiktionary import (
    common_noun_only,
    genitive_only,
    masculine_or_neuter_noun,
    plural_or_surname,
    wiktionary_evidence,
)


@pytest.mark.parametrize(
    ("word", "evidence"),
    [
        pytest.param("Eifel", 2.0, id="a_toponym_only"),
        pytest.param("Preußens", 2.0, id="a_toponyms_genitive"),
        pytest.param("Alpen", 0.5, id="a_toponym_and_the_plural_of_another_noun"),
        pytest.param("Säle", -2.0, id="the_plural_of_an_ordinary_noun"),
        pytest.param("Hof", 0.0, id="a_toponym_and_the_same_ordinary_noun"),
        pytest.param("Bronze", 0.0, id="an_ordinary_noun_in_the_singular"),
        pytest.param("Xqzwv", 0.0, id="an_unknown_word"),
    ],
)
def test_wiktionary_evidence(word: str, evidence: float) -> None:
    assert wiktionary_evidence(word) == evidence


@pytest.mark.parametrize(
    ("word", "only"),
    [("Bronze", True), ("Säle", True), ("Hof", False), ("NATO", False), ("Xqzwv", False)],
)
def test_common_noun_only(word: str, only: bool) -> None:
    assert common_noun_only(word) is only


@pytest.mark.parametrize(
    ("word", "genitive"), [("Panthers", True), ("Speichers", True), ("Säle", False), ("Hof", False)]
)
def test_genitive_only(word: str, genitive: bool) -> None:
    assert genitive_only(word) is genitive


@pytest.mark.parametrize(
    ("word", "fits"),
    [("Kormoran", True), ("Schiff", True), ("Hand", False), ("Streifendienste", False)],
)
def test_masculine_or_neuter_noun(word: str, fits: bool) -> None:
    assert masculine_or_neuter_noun(word) is fits


@pytest.mark.parametrize(
    ("word", "fits"), [("Schneider", True), ("Fischer", True), ("Berlin", False), ("Hof", False)]
)
def test_plural_or_surname(word: str, fits: bool) -> None:
    assert plural_or_surname(word) is fits
