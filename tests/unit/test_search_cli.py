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


@pytest.mark.parametrize("query", ["AND OR (", "OR", "( )"])
def test_a_query_of_operators_alone_fails_at_once_and_says_what_to_type(
    query: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Trial 23: `reader search 'AND OR (' --json` said "'AND' needs a word on both sides; it
    was ignored" (nothing was searched) after 20.6 s of loading the library and its names."""
    from reader.cli import search_cmd

    def never(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("the library was opened for a query with no word in it")

    monkeypatch.setattr(search_cmd, "Services", never)
    assert main(["search", query, "--json"]) == 2
    err = capsys.readouterr().err.strip()
    assert "ignored" not in err
    assert "Nothing is left to search for" in err or "Type a word to search for" in err
    if "OR" in query:
        assert "Flut OR Welle" in err
