"""Numbers as one key in digits and in words, in German and English."""

from __future__ import annotations

from glossary.cognates import cognate_key
from glossary.numbers import number_key


def test_a_count_has_one_key_in_digits_and_words() -> None:
    assert number_key("33", "de") == number_key("thirty-three", "en") == "33"
    assert number_key("dreiunddreißig", "de") == "33"
    assert number_key("einundzwanzig", "de") == "21"
    assert number_key("seventeen", "en") == number_key("siebzehn", "de") == "17"
    assert number_key("30.000", "de") == number_key("30,000", "en") == "30000"


def test_articles_decimals_and_words_are_no_counts() -> None:
    assert number_key("ein", "de") is None and number_key("one", "en") is None
    assert number_key("2,5", "de") is None and number_key("12.3", "en") is None
    assert number_key("und", "de") is None and number_key("thirty-ish", "en") is None


def test_a_count_meets_itself_across_the_two_languages() -> None:
    assert cognate_key("33") == "33"
