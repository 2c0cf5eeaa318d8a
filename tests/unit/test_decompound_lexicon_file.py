"""The compound lexicon is saved beside the index and read back instead of rebuilt."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from index import decompound
from index.decompound import LEXICON_FILE

SMALL = {"angriff": -9.5, "krieg": -8.25, "angriffskrieg": -14.0}


@pytest.fixture
def builds(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[list[int]]:
    """Lexicon builds counted (a small stand-in lexicon), saved in ``tmp_path``."""
    built: list[int] = []

    def build() -> dict[str, float]:
        built.append(1)
        return dict(SMALL)

    monkeypatch.setattr(decompound, "_saved_in", [tmp_path])
    monkeypatch.setattr(decompound, "_built_lexicon", build)
    decompound._lexicon.cache_clear()
    yield built
    decompound._lexicon.cache_clear()


def test_the_lexicon_is_saved_and_read_back(builds: list[int], tmp_path: Path) -> None:
    assert decompound._lexicon() == SMALL
    assert (tmp_path / LEXICON_FILE).is_file()
    decompound._lexicon.cache_clear()
    assert decompound._lexicon() == SMALL
    assert len(builds) == 1


@pytest.mark.parametrize(
    "content",
    [
        json.dumps({"fingerprint": "another wordfreq", "lexicon": {"krieg": 1.0}}),
        "{not json",
        json.dumps({"fingerprint": decompound._fingerprint(), "lexicon": {"krieg": "x"}}),
    ],
)
def test_an_outdated_or_damaged_file_is_built_again(
    builds: list[int], tmp_path: Path, content: str
) -> None:
    (tmp_path / LEXICON_FILE).write_text(content, encoding="utf-8")
    assert decompound._lexicon() == SMALL
    assert len(builds) == 1
    assert json.loads((tmp_path / LEXICON_FILE).read_text(encoding="utf-8"))["lexicon"] == SMALL
