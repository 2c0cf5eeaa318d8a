"""A document over the cross-link limit takes no part in links and the timeline, and says so."""

from __future__ import annotations

import json

import pytest

from reader import paths, services
from reader.cli import main
from reader.services import Services

LONG, SHORT = "swp-belarus-2023", "rs-belarus-2024"


@pytest.fixture
def limit_below_the_long_seed(monkeypatch: pytest.MonkeyPatch) -> None:
    documents = {document.id: document for document in Services().library.documents()}
    assert len(documents[SHORT].text) < len(documents[LONG].text)
    monkeypatch.setattr(services, "LINK_TEXT_LIMIT", len(documents[LONG].text) - 1)


@pytest.mark.usefixtures("limit_below_the_long_seed")
def test_a_too_long_document_is_left_out_of_the_timeline_and_named(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["timeline", "--json"]) == 0
    captured = capsys.readouterr()
    [warning] = [json.loads(line)["warning"] for line in captured.err.splitlines()]
    assert warning.startswith(f"{LONG} is left out of cross-links and the timeline")
    assert {entry["doc"] for entry in json.loads(captured.out)} == {SHORT}
    # the timeline dates the short one alone, and reads no names: nothing else is extracted
    assert len(list((paths.cache_dir() / "dates").glob("features-*.json"))) == 1
    assert not (paths.cache_dir() / "features").exists()
    assert not (paths.cache_dir() / "names").exists()
    found = {f.doc: f for f in Services().features(Services().library.documents())}
    assert found[LONG].sentences == [] and found[SHORT].sentences  # never extracted
