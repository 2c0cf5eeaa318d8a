"""The German noun lexicon: forms found as written, with lemma, gender, number and name tags."""

from __future__ import annotations

import pytest

from glossary.noun_lexicon import NounEntry, NounLexicon, lemma_change, noun_lexicon

SAMPLE = (
    "# a notice\n# of two lines\n"
    "Kai\t|m\n"
    "Kais\t1|m\n"
    "Oder\t|n;|f|T\n"
    "Räte\t3,at|m||p\n"
    "Vogesen\t||T|p\n"
).encode()


def test_a_plural_form_of_an_ordinary_noun_names_its_lemma_and_gender() -> None:
    assert noun_lexicon().entries("Säle") == (NounEntry("Saal", "m", "N", "p"),)


def test_a_toponym_is_a_name_and_an_ordinary_noun_is_not() -> None:
    (marsfeld,) = noun_lexicon().entries("Marsfeld")
    (sektor,) = noun_lexicon().entries("Sektors")
    assert marsfeld.is_name and marsfeld.genders == "n"
    assert not sektor.is_name and sektor.lemma == "Sektor" and sektor.genders == "m"


def test_a_form_of_several_lemmas_gives_each() -> None:
    lexicon = NounLexicon(SAMPLE)
    assert [entry.is_name for entry in lexicon.entries("Oder")] == [False, True]


@pytest.mark.parametrize("form", ["Kai", "Kais", "Oder", "Räte", "Vogesen"])
def test_every_line_of_a_file_is_found_and_nothing_else(form: str) -> None:
    assert NounLexicon(SAMPLE).entries(form)


@pytest.mark.parametrize("form", ["", "#", "Ka", "Kaiser", "Zz", "a notice", "Ödland"])
def test_forms_the_file_does_not_hold_have_no_entries(form: str) -> None:
    assert NounLexicon(SAMPLE).entries(form) == ()


def test_a_plural_only_name_has_no_gender() -> None:
    (vogesen,) = NounLexicon(SAMPLE).entries("Vogesen")
    assert vogesen.is_plural and vogesen.genders == "" and vogesen.is_name


@pytest.mark.parametrize(
    ("form", "lemma"),
    [
        ("Säle", "Saal"),
        ("Sektors", "Sektor"),
        ("Saal", "Saal"),
        ("3D-Drucks", "3D-Druck"),
        ("Häuser", "Haus"),
        ("Museen", "Museum"),
        ("A", "Abc"),
    ],
)
def test_a_lemma_change_gives_the_lemma_back(form: str, lemma: str) -> None:
    line = f"{form}\t{lemma_change(form, lemma)}|n\n".encode()
    (entry,) = NounLexicon(line).entries(form)
    assert entry.lemma == lemma
