"""The date tagger's calendar lexicon saved as JSON and read back without Babel."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from documents import kept_folders
from glossary import timex_lexicon
from glossary.timex_lexicon import lexicon


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Lexicons saved in ``tmp_path``; the process's lexicons forgotten before and after."""
    monkeypatch.setattr(kept_folders, "_folders", {kept_folders.CALENDARS: tmp_path})
    lexicon.cache_clear()
    yield tmp_path
    lexicon.cache_clear()


@pytest.mark.parametrize("code", ["de", "en"])
def test_a_saved_lexicon_reads_back_as_built(folder: Path, code: str) -> None:
    built = timex_lexicon._from_babel(code)
    assert lexicon(code) == built
    assert (folder / f"calendar-{code}.json").is_file()
    lexicon.cache_clear()
    saved = lexicon(code)
    assert saved == built
    assert list(saved.months) == list(built.months)  # the order rules are built in
    assert isinstance(saved.plural_units, frozenset) and isinstance(saved.weekdays, tuple)


def test_an_outdated_or_damaged_file_is_built_again(folder: Path) -> None:
    path = folder / "calendar-de.json"
    built = timex_lexicon._from_babel("de")
    fields = {"months": {"januar": 99}}
    path.write_text(json.dumps({"fingerprint": "babel-old/0", "lexicon": fields}))
    assert lexicon("de") == built
    assert json.loads(path.read_text())["fingerprint"] == timex_lexicon._fingerprint()
    for damaged in ("{", json.dumps({"fingerprint": timex_lexicon._fingerprint()})):
        path.write_text(damaged)
        lexicon.cache_clear()
        assert lexicon("de") == built
