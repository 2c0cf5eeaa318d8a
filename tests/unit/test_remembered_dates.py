"""Publication dates in words are written by Babel once, then read from the cache."""

from __future__ import annotations

import json

import pytest

from reader import paths, remembered_dates
from reader.remembered_dates import date_in_words


def babel_must_not_run(value: str, language: str) -> str:
    raise AssertionError(f"Babel asked again for {value} in {language}")


def test_a_date_is_written_once_then_read_from_the_cache(monkeypatch) -> None:
    assert date_in_words("2024-02-13T20:33", "de") == "13. Februar 2024"
    assert date_in_words("2023-11", "en") == "November 2023"
    monkeypatch.setattr(remembered_dates, "format_iso_date", babel_must_not_run)
    assert date_in_words("2024-02-13T20:33", "de") == "13. Februar 2024"
    assert date_in_words("2023-11", "en") == "November 2023"


def test_another_babel_writes_again(monkeypatch) -> None:
    date_in_words("2024-02-13", "en")
    monkeypatch.setattr(remembered_dates, "babel_stamp", lambda: "a newer Babel")
    monkeypatch.setattr(remembered_dates, "format_iso_date", lambda value, language: "new words")
    assert date_in_words("2024-02-13", "en") == "new words"


@pytest.mark.parametrize("content", ["{not json", "[]", '{"babel": 1, "dates": []}', "\udcff"])
def test_a_broken_cache_is_written_again(content: str) -> None:
    path = paths.cache_dir() / "dates.json"
    path.write_text(content, encoding="utf-8", errors="surrogateescape")
    assert date_in_words("2024-02-13", "de") == "13. Februar 2024"
    assert json.loads(path.read_text(encoding="utf-8"))["dates"] == {
        "de|2024-02-13": "13. Februar 2024"
    }


def test_only_the_newest_dates_are_kept(monkeypatch) -> None:
    monkeypatch.setattr(remembered_dates, "KEPT", 3)
    for day in range(1, 6):
        date_in_words(f"2024-01-0{day}", "en")
    kept = json.loads((paths.cache_dir() / "dates.json").read_text(encoding="utf-8"))["dates"]
    assert list(kept) == ["en|2024-01-03", "en|2024-01-04", "en|2024-01-05"]
