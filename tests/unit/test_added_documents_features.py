"""Documents a user adds (a saved web page, a PDF, an EPUB) work with every feature:
search, glossary, timeline, cross-links to the seeds, and notes — through the command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reader.cli import main
from tests.data.fixtures.makers import write_epub, write_pdf

PAGE = Path(__file__).resolve().parents[1] / "data" / "pages" / "policy-article.html"
ELECTION = "Nach der Präsidentschaftswahl im August 2020 gingen Hunderttausende auf die Straße."
MANOEUVRE = "Im September 2021 übten Russland und Belarus beim Manöver Sapad-2021 gemeinsam."


def run_json(capsys: pytest.CaptureFixture[str], *argv: str) -> object:
    assert main(list(argv)) == 0, capsys.readouterr().err
    return json.loads(capsys.readouterr().out)


@pytest.fixture
def added(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> dict[str, str]:
    """Add one document of each format; returns their ids by format."""
    pdf = write_pdf(
        tmp_path / "bericht.pdf",
        [[(18, "Lukaschenkas Machtsicherung"), (11, ""), (11, ELECTION), (11, MANOEUVRE)]],
        metadata={"/Title": "Lukaschenkas Machtsicherung"},
    )
    epub = write_epub(
        tmp_path / "buch.epub",
        [("Die Wahl", f"<h1>Die Wahl</h1><p>{ELECTION}</p><p>{MANOEUVRE}</p>")],
        title="Belarus nach 2020",
        language="de",
    )
    report = run_json(capsys, "add", str(PAGE), str(pdf), str(epub), "--json")
    ids = {Path(item["path"]).suffix: item["id"] for item in report["added"]}
    assert set(ids) == {".html", ".pdf", ".epub"}, report
    return ids


@pytest.mark.parametrize("suffix", [".html", ".pdf", ".epub"])
def test_added_document_is_searchable_with_aliases(added, capsys, suffix: str) -> None:
    doc = added[suffix]
    hits = run_json(capsys, "search", "Präsidentschaftswahl", "--doc", doc, "--json")
    assert hits and all(hit["doc"] == doc for hit in hits)
    if suffix != ".html":
        hits = run_json(capsys, "search", "Zapad", "--doc", doc, "--json")
        assert hits and hits[0]["via"], "Zapad should find Sapad through the glossary"


@pytest.mark.parametrize("suffix", [".pdf", ".epub"])
def test_added_document_has_mentions_dates_and_links(added, capsys, suffix: str) -> None:
    doc = added[suffix]
    entries = run_json(capsys, "glossary", "Sapad", "--json")
    assert any(m["doc"] == doc for m in entries[0]["mentions"])
    timeline = run_json(capsys, "timeline", "--doc", doc, "--json")
    assert {"2020-08", "2021-09"} <= {entry["value"] for entry in timeline}
    links = run_json(capsys, "links", "--doc", doc, "--json")
    election = [link for link in links if "August 2020" in link["source"]["text"]]
    assert election and all(link["target"]["doc"] != doc for link in election)
    assert "election-2020" in election[0]["reasons"]["entities"]  # the best link: the same event
    assert all(
        "election-2020" in link["reasons"]["entities"]
        or any(value.startswith("2020") for value in link["reasons"]["dates"])
        for link in election
    )


def test_added_document_takes_notes(added, capsys) -> None:
    doc = added[".html"]
    quote = "Eine Politik ohne Druck belohnt die Repression."
    assert main(["notes", "add", "--doc", doc, "--quote", quote, "--note", "These"]) == 0
    capsys.readouterr()
    notes = run_json(capsys, "notes", "list", "--doc", doc, "--json")
    assert [(n["quote"], n["note"], n["status"]) for n in notes] == [(quote, "These", "anchored")]
