"""The indexing fast path gives exactly the postings of Whoosh's analyzer path."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from test_index_records import make_document
from whoosh.fields import TEXT

from index import SearchIndex, analysis
from index.analysis import (
    export_token_terms,
    import_token_terms,
    index_term_spans,
    token_terms,
    wanted_term_spans,
)
from index.schema import (
    TEXT_FIELDS,
    WORDS_FIELD,
    AnalyzedText,
    analyzer_for_field,
    field_language,
)
from index.term_cache import TERMS_FILE, load_term_cache

SENTENCES = [
    "Die Wagner-Söldner kämpfen in der Ukraine-Krise, und die Minsk-Minsk-Gespräche stocken.",
    "Der Abhaengigkeit der EU-Kommission von Russlands Gaslieferungen wegen Militärmanöver.",
    "Die die die. Und und. Nord-Stream-2 -- die-der 2024 §12 ‹Zitat› Lukaschenkas Autos",
    "The sanctions were not a game changer; Lukashenko's regime survived the 2020 protests.",
    "Grenzschließung, Luftwaffenbasis und Angriffskrieg: Übersetzungen à la française.",
    "",
    "   ",
]


@pytest.mark.parametrize("fieldname", [*TEXT_FIELDS, WORDS_FIELD])
@pytest.mark.parametrize("sentence", SENTENCES)
def test_fast_path_postings_equal_whooshs(fieldname: str, sentence: str) -> None:
    fast = AnalyzedText(fieldname, phrase=fieldname != WORDS_FIELD)
    slow = TEXT(analyzer=analyzer_for_field(fieldname), phrase=fieldname != WORDS_FIELD)
    assert list(fast.index(sentence)) == list(slow.index(sentence))


@pytest.mark.parametrize("fieldname", [*TEXT_FIELDS, WORDS_FIELD])
def test_pooled_postings_equal_the_fields_own(fieldname: str) -> None:
    """Pooled in one pass (repeated terms fixed up after it), record by record, a field's
    postings are what its ``index`` yields for each record."""
    field = AnalyzedText(fieldname, phrase=fieldname != WORDS_FIELD)
    pooled: dict[str, list[object]] = {}
    expected: dict[str, list[object]] = {}
    for docnum, sentence in enumerate(SENTENCES * 2):
        growth = field.pool_postings(sentence, docnum, pooled)
        postings = list(field.index(sentence))
        for tbytes, _, weight, value in postings:
            expected.setdefault(tbytes.decode(), []).extend((docnum, weight, value))
        assert growth.postings == len(postings)
        assert growth.length == sum(count for _, count, _, _ in postings)
    assert pooled == expected


def test_token_terms_survive_a_round_trip_through_json_data() -> None:
    terms = token_terms("Wagner-Söldner", "de")
    assert terms[0] == "wagn-soldn" and "soldn" in terms
    saved = export_token_terms()
    assert saved["de"]["Wagner-Söldner"] == list(terms)
    assert import_token_terms(saved) >= 1
    assert import_token_terms({"de": {"x": [1]}, 3: {}}) == 0  # wrong shapes are skipped


def test_the_term_cache_is_saved_with_the_index_and_an_outdated_one_is_ignored(
    tmp_path: Path,
) -> None:
    path = tmp_path / "ix" / TERMS_FILE
    first = make_document("a", "Die Grenzschließung traf die Wagner-Söldner.")
    SearchIndex(tmp_path / "ix").sync([first])
    header, *saves = path.read_text(encoding="utf-8").splitlines()
    assert "Grenzschließung" in json.loads(saves[0])["tokens"]["de"]
    assert load_term_cache(tmp_path / "ix")
    again = SearchIndex(tmp_path / "ix")
    again.sync([first, make_document("b", "Grenzschließung und Hafenkranführerinnen.")])
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[:2] == [header, saves[0]] and len(lines) == 3  # only the new tokens appended
    assert "Hafenkranführerinnen" in json.loads(lines[2])["tokens"]["de"]
    assert "Grenzschließung" not in json.loads(lines[2])["tokens"]["de"]
    assert {hit.doc for hit in again.search("Grenze").hits} == {"a", "b"}
    path.write_text(lines[0] + "\n" + lines[1][:40] + "\n", encoding="utf-8")
    assert load_term_cache(tmp_path / "ix")  # a line cut short is skipped
    path.write_text('{"fingerprint": "another analysis"}\n' + lines[1], encoding="utf-8")
    assert not load_term_cache(tmp_path / "ix")


@pytest.mark.parametrize("fieldname", [*TEXT_FIELDS, WORDS_FIELD])
@pytest.mark.parametrize("sentence", SENTENCES)
def test_highlight_spans_equal_the_analyzers(fieldname: str, sentence: str) -> None:
    analyzer = analyzer_for_field(fieldname)
    expected = tuple(
        (t.text, t.startchar, t.endchar) for t in analyzer(sentence, mode="index", chars=True)
    )
    assert index_term_spans(sentence, field_language(fieldname)) == expected


@pytest.mark.parametrize("fieldname", [*TEXT_FIELDS, WORDS_FIELD])
@pytest.mark.parametrize("sentence", SENTENCES)
def test_wanted_spans_are_the_analyzers_spans_of_those_terms(fieldname: str, sentence: str) -> None:
    """Only a query's terms are highlighted: their spans, in the analyzer's order, also for a
    passage met again (its words are kept)."""
    spans = [
        (t.text, t.startchar, t.endchar)
        for t in analyzer_for_field(fieldname)(sentence, mode="index", chars=True)
    ]
    wanted = {term for term, _, _ in spans[::2]}
    expected = [span for span in spans if span[0] in wanted]
    language = field_language(fieldname)
    assert wanted_term_spans(sentence, language, wanted) == expected
    assert wanted_term_spans(sentence, language, wanted) == expected
    assert wanted_term_spans(sentence, language, set()) == []


@pytest.mark.parametrize("fieldname", [*TEXT_FIELDS, WORDS_FIELD])
@pytest.mark.parametrize("sentence", SENTENCES)
def test_highlight_spans_from_the_indexing_cache_equal_the_analyzers(
    fieldname: str, sentence: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A passage whose words were indexed in this process is highlighted from their terms."""
    language = field_language(fieldname)
    monkeypatch.setattr(analysis, "_TOKEN_SPANS", {})
    monkeypatch.setattr(analysis, "_TOKEN_TERMS", {})
    analysis.index_postings(sentence, language)
    expected = tuple(
        (t.text, t.startchar, t.endchar)
        for t in analyzer_for_field(fieldname)(sentence, mode="index", chars=True)
    )
    assert index_term_spans(sentence, language) == expected


def test_imported_analyses_keep_the_known_ones_and_skip_only_damaged_entries(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(analysis, "_TOKEN_TERMS", {"de": {"Haus": ("haus",)}})
    assert import_token_terms({"de": {"Zug": ["zug"], "Haus": ["other"], "Bahn": ["bahn"]}}) == 3
    assert list(analysis._TOKEN_TERMS["de"].items()) == [
        ("Haus", ("haus",)),
        ("Zug", ("zug",)),
        ("Bahn", ("bahn",)),
    ]
    assert import_token_terms({"de": {"Weg": ["weg"], "Ort": [3], "Tal": "tal"}, "en": []}) == 1
    assert analysis._TOKEN_TERMS["de"]["Weg"] == ("weg",)
    assert "Ort" not in analysis._TOKEN_TERMS["de"] and "Tal" not in analysis._TOKEN_TERMS["de"]
