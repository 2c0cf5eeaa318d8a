"""A long text read in two halves (the second in a forked child) finds exactly what one
reading finds: the same names, counts, clues and partners, in the same order."""

from __future__ import annotations

import pytest

from documents.catalog import read_catalog
from documents.loader import load_document
from glossary import discovery, forked
from glossary.discovery import finding


def _reading(text: str, language: str) -> list[tuple[str, dict[str, object]]]:
    found = discovery.discover(text, language)
    return [
        (
            name,
            {k: list(v.items()) if isinstance(v, dict) else v for k, v in info.to_json().items()},
        )
        for name, info in found.items()
    ]


@pytest.mark.skipif(not forked.can_fork(), reason="needs fork and two cores")
def test_two_halves_read_as_the_whole(monkeypatch: pytest.MonkeyPatch) -> None:
    document = min(
        (load_document(entry.path) for entry in read_catalog()), key=lambda d: len(d.text)
    )
    language = document.meta.language or "de"
    whole = _reading(document.text, language)
    monkeypatch.setattr(finding, "PARALLEL_WORDS", 100)
    monkeypatch.setattr(finding, "core_to_spare", lambda: True)  # however busy the machine
    halves: list[tuple[int, int]] = []
    original = forked.halves

    def counted(*args: object, **kwargs: object) -> object:
        result = original(*args, **kwargs)  # type: ignore[arg-type]
        halves.append((len(result[0]), len(result[1])))
        return result

    monkeypatch.setattr(finding, "halves", counted)
    assert _reading(document.text, language) == whole
    assert halves and all(before and after for before, after in halves)


def test_the_cut_is_at_a_sentence_start() -> None:
    words = discovery.tokens("Erich Ludendorff kam. Paul von Hindenburg ging, Ludendorff blieb.")
    cut = finding._sentence_start(words, 1)
    assert words[cut].text == "Paul"
    assert finding._sentence_start(words, cut + 1) == 0  # no sentence starts after it
