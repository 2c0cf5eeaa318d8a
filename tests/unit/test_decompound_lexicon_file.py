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


def test_the_stems_are_read_from_the_file_as_sorted_from_the_lexicon(
    builds: list[int], tmp_path: Path
) -> None:
    built = decompound._lexicon()
    decompound._lexicon.cache_clear()
    read = decompound._lexicon()
    assert read is not built
    decompound._stems.cache_clear()
    try:
        assert (
            decompound._stems()
            == decompound._sorted_stems(SMALL)
            == [
                "angriff",
                "angriffskrieg",
                "krieg",
            ]
        )
    finally:
        decompound._stems.cache_clear()


def test_stems_out_of_order_in_the_file_are_sorted(builds: list[int], tmp_path: Path) -> None:
    decompound._lexicon()
    path = tmp_path / LEXICON_FILE
    data = json.loads(path.read_text(encoding="utf-8"))
    data["stems"] = "\n".join(reversed(data["stems"].split("\n")))
    path.write_text(json.dumps(data), encoding="utf-8")
    decompound._lexicon.cache_clear()
    decompound._stems.cache_clear()
    try:
        assert decompound._stems() == sorted(SMALL)
    finally:
        decompound._stems.cache_clear()


@pytest.mark.parametrize(
    "content",
    [
        json.dumps({"fingerprint": "another wordfreq", "bands": [[1.0, ["krieg"]]]}),
        "{not json",
        json.dumps({"fingerprint": decompound._fingerprint(), "bands": [["x", ["krieg"]]]}),
        json.dumps({"fingerprint": decompound._fingerprint(), "bands": [[1.0, [2]]]}),
        json.dumps({"fingerprint": decompound._fingerprint(), "lexicon": {"krieg": 1.0}}),
        json.dumps({"fingerprint": decompound._fingerprint(), "bands": [[1.0, ["krieg"]]]}),
        json.dumps({"fingerprint": decompound._fingerprint(), "bands": [], "stems": ["krieg"]}),
    ],
)
def test_an_outdated_or_damaged_file_is_built_again(
    builds: list[int], tmp_path: Path, content: str
) -> None:
    (tmp_path / LEXICON_FILE).write_text(content, encoding="utf-8")
    assert decompound._lexicon() == SMALL
    assert len(builds) == 1
    assert decompound._saved_lexicon(tmp_path / LEXICON_FILE) == (
        SMALL,
        decompound._sorted_stems(SMALL),
    )


def test_the_lexicon_read_from_the_bands_is_the_frequency_dicts() -> None:
    """Built from wordfreq's bands, it is what the plain construction from
    ``get_frequency_dict`` gives: every word, every value."""
    import math

    import wordfreq

    frequencies = wordfreq.get_frequency_dict("de")
    floor = 10 ** (decompound.MIN_ZIPF - 9)
    expected = {
        word: math.log(freq)
        for word, freq in frequencies.items()
        if len(word) >= decompound.MIN_PART
        and freq >= floor
        and word.isalpha()
        and word not in decompound._NOT_PARTS
    }
    for line in decompound._SHORT_PARTS.read_text(encoding="utf-8").splitlines():
        word = line.strip().replace("ß", "ss")
        if word and not word.startswith("#"):
            expected[word] = math.log(decompound._rounded(frequencies.get(word, 0.0)) or floor)
    assert decompound._built_lexicon() == expected
