"""``reader timeline`` dates the documents alone: the same entries, none of the names."""

from __future__ import annotations

import pytest

from reader import paths
from reader.cli import main
from reader.cli.dating import document_dates
from reader.services import Services


def test_dating_alone_gives_the_dates_of_the_full_features() -> None:
    documents = Services().library.documents()
    alone = document_dates(documents, show_progress=False)
    assert not (paths.cache_dir() / "names").exists()  # no document's names were read
    full = Services().features(documents)
    assert [[d.value for d in dates] for dates in alone] == [
        [d.value for d in features.dates()] for features in full
    ]
    assert all(alone)


def test_no_progress_where_stderr_is_no_terminal(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["timeline", "--doc", "rs-belarus-2024"]) == 0
    assert capsys.readouterr().err == ""
