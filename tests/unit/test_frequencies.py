"""The compact frequency table answers exactly as wordfreq's own dict and functions do."""

from __future__ import annotations

import pytest
import wordfreq

from glossary import frequencies


@pytest.mark.parametrize("language", ["de", "en", "fr"])
def test_every_listed_word_has_wordfreqs_frequency(language: str) -> None:
    expected = wordfreq.get_frequency_dict(language)
    table = frequencies.table(language)
    assert table.words >= len(expected)
    assert all(table.frequency(word) == frequency for word, frequency in expected.items())


@pytest.mark.parametrize("language", ["de", "en"])
def test_unknown_words_have_none(language: str) -> None:
    expected = wordfreq.get_frequency_dict(language)
    unknown = ["qxzvbrt", "zzzzzyq", "ärgerniszzq", "mmmmmmmmmmmmmm"]
    assert not any(word in expected for word in unknown)
    assert all(frequencies.table(language).frequency(word) == 0.0 for word in unknown)


WORDS = [
    "haus", "straße", "covid-19", "e-mail", "o'brien", "2024", "1.000", "ko-aggressor",
    "u.s.", "rock'n'roll", "x", "", "-", "nordstream-2", "dell'arte", "12jährige",
    "über-ich", "ab", "the", "qxzvbrt-haus", "3d", "zwanzig20", "groß-straße-nord", "a-b-c",
    "brussilow-offensive", "élysée-vertrag", "Somme-Schlacht", "ab--cd", "ab-", "-ab",
]  # fmt: skip


@pytest.mark.parametrize("language", ["de", "en", "fr"])
@pytest.mark.parametrize("word", WORDS)
def test_zipf_frequency_is_wordfreqs(word: str, language: str) -> None:
    assert frequencies.zipf_frequency(word, language) == wordfreq.zipf_frequency(word, language)


@pytest.mark.parametrize("zipf_value", [2.8, 4.5])
def test_frequent_words_are_those_at_least_that_frequent(zipf_value: float) -> None:
    frequent = frequencies.frequent_words("de", zipf_value)
    listed = wordfreq.get_frequency_dict("de")
    assert frequent <= listed.keys()
    assert all(
        frequencies.at_least(word, "de", zipf_value) == (word in frequent) for word in listed
    )
