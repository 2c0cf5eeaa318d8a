"""Cognate keys: German and English words of one origin meet as whole words; words that only
begin alike, and short words, do not."""

from __future__ import annotations

import pytest

from glossary.cognates import cognate_key
from glossary.features import DocumentFeatures, SentenceFeatures
from glossary.links import LinkIndex
from glossary.wording import content_words


@pytest.mark.parametrize(
    ("german", "english"),
    [
        ("pandemie", "pandemic"),
        ("sanktion", "sanction"),
        ("kanal", "canal"),
        ("million", "million"),
        ("präsident", "president"),
        ("reaktor", "reactor"),
        ("parade", "parade"),
        ("evakuierung", "evacuation"),
        ("politisch", "political"),
        ("universität", "university"),
        ("katastrophe", "catastrophe"),
        ("provinz", "province"),
        ("sarkophag", "sarcophagus"),
        ("australien", "australia"),
        ("widjajewo", "vidyayevo"),  # names transliterated from Russian: j / y, w / v
        ("kolesnikow", "kolesnikov"),
        ("tschernobyl", "chernobyl"),  # tsch / ch
    ],
)
def test_cognates_share_a_key(german: str, english: str) -> None:
    assert cognate_key(german) == cognate_key(english) is not None


@pytest.mark.parametrize(
    ("german", "english"),
    [
        ("reaktion", "reactor"),
        ("paradoxerweise", "parade"),
        ("kontakt", "contaminate"),
        ("funktion", "map"),
        ("schiff", "ship"),
        ("regierung", "government"),
    ],
)
def test_words_that_only_begin_alike_do_not(german: str, english: str) -> None:
    key = cognate_key(german)
    assert key is None or key != cognate_key(english)


def test_short_words_are_too_often_false_friends() -> None:
    assert cognate_key("rat") is None
    assert cognate_key("kind") is None


def sentence(doc: str, index: int, written: str, language: str = "de") -> SentenceFeatures:
    """A sentence whose terms are the lemmas of its content words, as extraction finds them."""
    terms: dict[str, float] = {}
    words: dict[str, str] = {}
    for word in content_words(written, language):
        terms[word.key] = terms.get(word.key, 0.0) + word.weight
        words.setdefault(word.key, word.surface)
    return SentenceFeatures(doc, index, index * 100, index * 100 + 99, terms=terms, words=words)


def english_and_german(english: str, german: str) -> LinkIndex:
    """An English and a German document: the given sentence, then filler of unrelated words."""
    index = LinkIndex()
    for doc, first, language in (("en", english, "en"), ("de", german, "de")):
        filler = [sentence(doc, i, f"Füll{doc}{i} Wort{doc}{i} Rest{doc}{i}") for i in range(1, 40)]
        index.add(
            DocumentFeatures(
                doc, f"hash-{doc}", [sentence(doc, 0, first, language), *filler], language
            )
        )
    return index


def shared_words(english: str, german: str) -> set[tuple[str, str]]:
    index = english_and_german(english, german)
    return {pair for link in index.links_for("en", 0) for pair in link.reasons.words}


def test_false_cognates_link_no_english_and_german_passage() -> None:
    index = english_and_german("reactor parade contaminated", "Reaktion paradoxerweise Kontakte")
    assert not index.links_for("en", 0)
    assert not index.links_for("de", 0)
    assert not shared_words("reactor", "Reaktion")


def test_true_cognates_and_translations_link_across_the_languages() -> None:
    found = shared_words(
        "president reactor canal parade government", "Präsident Reaktor Kanal Parade Regierung"
    )
    assert {
        ("president", "Präsident"),
        ("reactor", "Reaktor"),
        ("canal", "Kanal"),
        ("parade", "Parade"),
        ("government", "Regierung"),
    } <= found


def best_score(english: str, german: str) -> float:
    return max(
        (link.score for link in english_and_german(english, german).links_for("en", 0)), default=0.0
    )


def test_a_word_with_a_cognate_translation_is_likelier_read_in_that_sense() -> None:
    """A German word is likelier read in the sense of its cognate ("Funktion" rather as
    "function" than as "map"), but its other senses still count ("Marine" is "navy" too)."""
    assert ("function", "Funktion") in shared_words("function", "Funktion")
    assert ("maps", "Karte") in shared_words("maps", "Karte")
    assert best_score("maps", "Funktion") < best_score("maps", "Karte")
    assert ("navy", "Marine") in shared_words("navy", "Marine")
