"""``reader glossary`` on the seeds: JSON shape, term lookup, candidates, user-file warnings."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reader import paths
from reader.cli import main
from tests.found_entries import propose_found_entries

FIELDS = {
    "id", "name", "name_en", "kind", "aliases", "description", "dates", "related", "wikidata",
    "mentions", "source", "detail", "titles",
}  # fmt: skip


def run_json(capsys: pytest.CaptureFixture[str], *argv: str) -> list[dict]:
    assert main(list(argv)) == 0
    return json.loads(capsys.readouterr().out)


def test_all_entries_as_json(capsys: pytest.CaptureFixture[str]) -> None:
    rows = run_json(capsys, "glossary", "--json")
    assert len(rows) > 50 and all(set(row) == FIELDS for row in rows)
    assert {"sapad", "union-state", "csto", "kalinouski-regiment"} <= {row["id"] for row in rows}


@pytest.mark.parametrize(
    ("term", "entry_id", "docs"),
    [
        ("Zapad", "sapad", {"swp-belarus-2023", "rs-belarus-2024"}),
        ("union state", "union-state", {"swp-belarus-2023", "rs-belarus-2024"}),
        ("odkb", "csto", {"swp-belarus-2023"}),
        ("Lukaschenkos", "lukaschenka", {"swp-belarus-2023", "rs-belarus-2024"}),
    ],
)
def test_term_finds_entry_with_mentions_in_documents(
    capsys: pytest.CaptureFixture[str], term: str, entry_id: str, docs: set[str]
) -> None:
    rows = run_json(capsys, "glossary", term, "--json")
    assert rows[0]["id"] == entry_id
    assert {mention["doc"] for mention in rows[0]["mentions"]} == docs
    first = rows[0]["mentions"][0]
    assert first["start"] < first["end"] and first["text"]


def test_mention_offsets_point_into_the_document_text(capsys: pytest.CaptureFixture[str]) -> None:
    [row] = [r for r in run_json(capsys, "glossary", "Sapad", "--json") if r["id"] == "sapad"]
    assert main(["show", row["mentions"][0]["doc"], "--json"]) == 0
    document = json.loads(capsys.readouterr().out)
    text = document["text"]
    for mention in row["mentions"]:
        if mention["doc"] == document["id"]:
            assert text[mention["start"] : mention["end"]] == mention["text"]


def test_unknown_term(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["glossary", "Quarkschnitte"]) == 1
    assert "Quarkschnitte" in capsys.readouterr().err
    assert run_json(capsys, "glossary", "Quarkschnitte", "--json") == []


def test_human_output_never_reads_markup(capsys: pytest.CaptureFixture[str]) -> None:
    paths.user_glossary_path().write_text(
        '[[entry]]\nid = "markup"\nname = "[bold]Fett[/bold]"\nkind = "concept"\n'
        'description = "[red]nicht rot[/red]"\n',
        encoding="utf-8",
    )
    assert main(["glossary", "markup"]) == 0
    out = capsys.readouterr().out
    assert "[bold]Fett[/bold]" in out and "[red]nicht rot[/red]" in out


def test_candidates_are_the_discovered_entries(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    article = tmp_path / "brussilow.txt"
    article.write_text(
        "General Alexei Brussilow griff 1916 bei Luzk an. Brussilow siegte.\n", encoding="utf-8"
    )
    assert main(["add", str(article)]) == 0
    capsys.readouterr()
    rows = run_json(capsys, "glossary", "--candidates", "--json")
    assert "Alexei Brussilow" in {row["name"] for row in rows}
    assert rows and all(row["source"] == "discovered" and row["mentions"] for row in rows)
    assert {"id", "name", "kind", "aliases", "mentions"} <= set(rows[0])
    assert not {row["name"] for row in rows} & {"Lukaschenka", "Sapad", "Unionsstaat"}
    everything = run_json(capsys, "glossary", "--json")
    assert {row["id"] for row in rows} <= {row["id"] for row in everything}
    assert main(["glossary", "--candidates"]) == 0
    out = capsys.readouterr().out  # the CLI speaks English, as all its other commands do
    assert "Alexei Brussilow" in out and "found, not reviewed" in out
    assert "mentions: brussilow 2" in out  # only the documents that name it, not the seeds' 0
    assert "swp-belarus-2023 0" not in out


def test_broken_user_file_warns_and_bundled_entries_still_work(
    capsys: pytest.CaptureFixture[str],
) -> None:
    user: Path = paths.user_glossary_path()
    user.write_text('[[entry]]\nid = "x"\nname = \n', encoding="utf-8")
    rows = run_json(capsys, "glossary", "Sapad", "--json")
    assert rows[0]["id"] == "sapad"
    assert main(["glossary", "Sapad"]) == 0
    err = capsys.readouterr().err
    assert str(user) in err and "line 3" in err


def test_a_refused_merge_says_which_entry_a_typed_alias_stands_for(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["glossary", "Sapad", "--merge", "Lukaschenko"]) == 1
    err = capsys.readouterr().err
    assert "'Lukaschenko' is a name of 'Alexander Lukaschenka'" in " ".join(err.split())


def test_decisions_report_as_json(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Trial 20: ``--reject --json`` and ``--accept --json`` printed plain sentences."""
    propose_found_entries(monkeypatch)
    user = str(paths.user_glossary_path())
    accepted = run_json(capsys, "glossary", "Sapad", "--accept", "--json")
    assert accepted == {"decision": "accept", "entry": "sapad", "saved": ["sapad"], "path": user}
    renamed = run_json(capsys, "glossary", "Sapad", "--rename", "Zapad 2021", "--json")
    assert renamed["decision"] == "rename" and renamed["saved"] == ["sapad"]
    split = run_json(capsys, "glossary", "Westen", "--split", "Westens", "--json")
    assert split["decision"] == "split" and split["entry"] == "found-westen"
    merged = run_json(capsys, "glossary", "Zapad 2021", "--merge", "Opposition", "--json")
    assert merged == {**renamed, "decision": "merge", "merged": "found-opposition"}
    rejected = run_json(capsys, "glossary", "Quarkschnitte", "--reject", "--json")
    assert rejected == {"decision": "reject", "names": ["Quarkschnitte"], "path": user}
    assert main(["glossary", "Quark", "--reject"]) == 0
    assert capsys.readouterr().out.startswith("Rejected: Quark")
