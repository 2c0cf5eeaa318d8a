"""``reader links`` and ``reader timeline`` on the seeds: JSON shape, order and offsets."""

from __future__ import annotations

import json

import pytest

from reader.cli import main


def run_json(capsys: pytest.CaptureFixture[str], *argv: str) -> list[dict]:
    assert main(list(argv)) == 0
    return json.loads(capsys.readouterr().out)


def test_links_json_is_best_first_per_source(capsys: pytest.CaptureFixture[str]) -> None:
    links = run_json(capsys, "links", "--doc", "swp-belarus-2023", "--json")
    assert links and {link["source"]["doc"] for link in links} == {"swp-belarus-2023"}
    first = links[0]
    assert set(first) == {"source", "target", "score", "kind", "reasons"}
    assert set(first["reasons"]) == {
        "dates",
        "periods",
        "entities",
        "terms",
        "keys",
        "names",
        "words",
    }
    by_source: dict[int, list[float]] = {}
    for link in links:
        by_source.setdefault(link["source"]["start"], []).append(link["score"])
        assert link["target"]["doc"] == "rs-belarus-2024"
        assert link["kind"] in {"time", "entity", "theme"}
        reasons = link["reasons"]
        assert len(reasons["words"]) == len(reasons["terms"]) == len(reasons["keys"])
        for written, (source, _) in zip(reasons["terms"], reasons["words"], strict=True):
            assert written == source  # as the source passage writes it
    assert all(scores == sorted(scores, reverse=True) for scores in by_source.values())


def test_timeline_json_is_chronological_with_offsets(capsys: pytest.CaptureFixture[str]) -> None:
    entries = run_json(capsys, "timeline", "--json")
    assert {entry["doc"] for entry in entries} == {"swp-belarus-2023", "rs-belarus-2024"}
    assert all(entry["type"] == "DATE" for entry in entries)
    sentence = entries[0]["sentence"]
    assert sentence["start"] <= entries[0]["start"] < entries[0]["end"] <= sentence["end"]
    assert entries[0]["text"] in sentence["text"]
    references = [entry["sentence"]["reference"] for entry in entries]
    assert {"value", "start", "end", "own"} <= set(next(r for r in references if r))
    stated = [(e["value"], r["value"]) for e, r in zip(entries, references, strict=True) if r]
    assert any(value == reference for value, reference in stated)


def test_unknown_document_is_one_line_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["links", "--doc", "nope"]) == 1
    assert "no document with id 'nope'" in capsys.readouterr().err


def test_a_document_alone_says_why_it_has_no_links(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["remove", "rs-belarus-2024"]) == 0
    capsys.readouterr()
    assert main(["links", "--doc", "swp-belarus-2023"]) == 0
    out = capsys.readouterr().out
    assert "No links: swp-belarus-2023 has no other document in the library" in " ".join(
        out.split()
    )
