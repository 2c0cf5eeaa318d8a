"""Language detection: function words decide clear prose, the model everything else."""

from __future__ import annotations

import pytest

from documents import language
from documents.language import clear_language, detect_language, dominant_language

GERMAN = (
    "Die Regierung hat in der vergangenen Woche beschlossen, dass die Truppen nicht "
    "über die Grenze geschickt werden, weil sich die Lage wieder beruhigt hat."
)
ENGLISH = (
    "The government decided last week that the troops would not be sent across the "
    "border, because the situation had calmed down again and nobody wanted a war."
)
FRENCH = (
    "Le gouvernement a décidé la semaine dernière que les troupes ne seraient pas "
    "envoyées à la frontière, parce que la situation s'était calmée."
)


def test_clear_prose_is_decided_by_its_function_words() -> None:
    assert clear_language(GERMAN) == "de"
    assert clear_language(ENGLISH) == "en"


@pytest.mark.parametrize(
    "sample",
    [
        FRENCH,  # only German and English are decided without the model
        GERMAN[:80] + " " + ENGLISH,  # mixed: neither outnumbers the other enough
        "Berlin, Minsk, Moskau, Warschau, Kiew, Vilnius, Riga, Tallinn, Prag, Wien",
        "",
    ],
)
def test_unclear_samples_are_left_to_the_model(sample: str) -> None:
    assert clear_language(sample) is None


def test_model_is_not_loaded_for_clear_prose(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_model() -> None:
        raise AssertionError("the model should not be needed")

    monkeypatch.setattr(language, "_classifier", no_model)
    assert dominant_language([GERMAN, GERMAN, ENGLISH]) == "de"


def test_unclear_paragraphs_that_cannot_change_the_main_language_skip_the_model(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def no_model() -> None:
        raise AssertionError("the model should not be needed")

    monkeypatch.setattr(language, "_classifier", no_model)
    assert dominant_language([GERMAN, GERMAN, GERMAN, FRENCH]) == "de"


def test_unclear_paragraphs_that_could_change_the_main_language_go_to_the_model() -> None:
    assert dominant_language([FRENCH, FRENCH, GERMAN]) == "fr"


def test_model_decides_what_function_words_do_not() -> None:
    assert detect_language(FRENCH) == "fr"
    assert detect_language("zu kurz") is None


def test_the_documents_language_settles_a_sample_with_only_its_function_words(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def no_model() -> None:
        raise AssertionError("the model should not be needed")

    monkeypatch.setattr(language, "_classifier", no_model)
    names = "Putin trifft Lukaschenko, Tichanowskaja und Selenskyj in Minsk, Kyjiw, Moskau"
    assert clear_language(names) is None
    assert detect_language(names, "de") == "de"  # one German-only function word: "und"
    assert (
        detect_language("Wladimir Putin, Alexander Lukaschenko, Swjatlana Tichanouskaja", "de")
        is None
    )
