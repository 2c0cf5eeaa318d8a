"""Numbers as one key in digits and in words, in German and English."""

from __future__ import annotations

import pytest

from glossary.cognates import cognate_key
from glossary.numbers import number_key
from glossary.wording import content_words


def test_a_count_has_one_key_in_digits_and_words() -> None:
    assert number_key("33", "de") == number_key("thirty-three", "en") == "33"
    assert number_key("dreiunddreißig", "de") == "33"
    assert number_key("einundzwanzig", "de") == "21"
    assert number_key("seventeen", "en") == number_key("siebzehn", "de") == "17"
    assert number_key("30.000", "de") == number_key("30,000", "en") == "30000"


def test_articles_decimals_of_the_other_language_and_words_are_no_counts() -> None:
    assert number_key("ein", "de") is None and number_key("one", "en") is None
    assert number_key("2,5", "en") is None and number_key("12.3", "de") is None
    assert number_key("und", "de") is None and number_key("thirty-ish", "en") is None


def test_a_count_meets_itself_across_the_two_languages() -> None:
    assert cognate_key("33") == "33"


@pytest.mark.parametrize(
    ("token", "language", "key"),
    [
        ("48,6", "de", "48.6"),  # German writes a decimal comma ...
        ("48.6", "en", "48.6"),  # ... English a decimal point: one key
        ("3,25", "de", "3.25"),
        ("3.25", "de", None),  # no German decimal
        ("3,25", "en", None),  # no English decimal
        ("3,250", "en", "3250"),  # three digits group thousands
    ],
)
def test_a_decimal_is_one_key_when_written_with_its_languages_mark(
    token: str, language: str, key: str | None
) -> None:
    assert number_key(token, language) == key


def test_a_table_row_meets_the_sentence_giving_its_share_in_words_and_decimals() -> None:
    german = content_words("Im Bezirk Auental stimmten 48,6 Prozent dafür.", "de")
    english = content_words("Auen Valley | 48.6 %", "en")
    assert "48.6" in {word.key for word in german} & {word.key for word in english}
    assert cognate_key("48.6") == "48.6"
