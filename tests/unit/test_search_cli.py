"""``reader search`` and ``reader index`` on the bundled seeds."""

from __future__ import annotations

import json

import pytest

from reader.cli import main


def test_search_prints_json_hits_with_offsets(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["search", "Abhängigkeit", "--json", "--limit", "3"]) == 0
    hits = json.loads(capsys.readouterr().out)
    assert 0 < len(hits) <= 3
    for hit in hits:
        assert set(hit) == {"doc", "start", "end", "passage", "score", "highlights", "via"}
        assert len(hit["passage"]) == hit["end"] - hit["start"]
        for start, end in hit["highlights"]:
            word = hit["passage"][start - hit["start"] : end - hit["start"]]
            assert word.startswith("Abhängigkeit")


def test_a_bad_query_is_one_line_and_exit_code_two(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["search", "NOT", "Krieg"]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("reader: ") and "\n" not in err


def test_index_reports_then_rebuilds(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["index", "--json"]) == 0
    first = json.loads(capsys.readouterr().out)
    assert first["status"]["state"] == "ready" and first["sync"]["rebuilt"]
    assert main(["index", "--json"]) == 0
    second = json.loads(capsys.readouterr().out)
    assert second["sync"]["added"] == [] and second["sync"]["unchanged"] >= 2
    assert main(["index", "--rebuild"]) == 0
    assert "rebuilt" in capsys.readouterr().out
