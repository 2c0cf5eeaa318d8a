"""Queries: syntax, AND→OR fallback, capped prefixes, corrections, aliases, dates, highlights."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from test_index_records import make_document

from documents.loader import load_document
from documents.model import Document
from index import QueryError, SearchIndex, SearchResult
from index.query import EXPANSION_CAP, clean_query

TEXTS = {
    "belarus": (
        "Belarus im Krieg",
        "Der Angriffskrieg gegen die Ukraine dauert an. "
        "Lukaschenka trat als Kriegsdienstleister auf. "
        "Die Abhängigkeit von Russland wuchs im Jahr 2022. "
        "Wagner-Söldner kamen im Sommer 2023 nach Belarus. "
        "Alexander Lukaschenka regiert seit 1994.",
    ),
    "manoever": (
        "Manöver",
        "Das Militärmanöver Sapad fand im September 2021 statt. "
        "Grenzschließungen trafen die Wirtschaft. "
        "Die Ukraine wappnete sich.",
    ),
    "prefixes": (
        "Liste",
        " ".join(f"Prefixwort{chr(97 + i // 26)}{chr(97 + i % 26)} steht hier." for i in range(80)),
    ),
}


def documents() -> list[Document]:
    return [make_document(doc_id, text, title=title) for doc_id, (title, text) in TEXTS.items()]


DATES = {
    ("belarus", 2): (date(2022, 1, 1), date(2022, 12, 31)),
    ("belarus", 3): (date(2023, 6, 21), date(2023, 9, 22)),
    ("manoever", 0): (date(2021, 9, 1), date(2021, 9, 30)),
}


def fake_dates(document: Document) -> list[tuple[int, date, date]]:
    return [(i, *span) for (doc, i), span in DATES.items() if doc == document.id]


class FakeGlossary:
    """Alias source as the glossary will provide it."""

    names = {
        "Lukaschenko": ["Lukaschenka", "Alexander Lukaschenka"],
        "Zapad": ["Sapad"],
        "Wagner": ["Wagner-Gruppe"],
    }

    def other_names(self, word: str) -> list[str]:
        return self.names.get(word, [])

    def is_name(self, word: str) -> bool:
        return False

    def is_title_of(self, title: str, name: str) -> bool:
        return False


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> SearchIndex:
    index = SearchIndex(tmp_path_factory.mktemp("search") / "index")
    index.sync(documents(), dates_for=fake_dates)
    return index


def marked(result: SearchResult) -> list[str]:
    """The document text under each highlight, hit by hit."""
    text = {doc_id: body for doc_id, (_, body) in TEXTS.items()}
    return [text[h.doc][s:e] for h in result.hits for s, e in h.highlights]


def test_hits_carry_sentence_offsets_and_highlight_the_matched_words(index: SearchIndex) -> None:
    result = index.search("Krieg")
    body = TEXTS["belarus"][1]
    for hit in result.hits:
        assert body[hit.start : hit.end] == hit.passage
    assert set(marked(result)) == {"Angriffskrieg", "Kriegsdienstleister"}
    assert all(hit.title_match for hit in result.hits)  # "Belarus im Krieg"


@pytest.mark.parametrize(
    ("query", "words"),
    [
        ("Abhaengigkeit", {"Abhängigkeit"}),
        ("abhangigkeit", {"Abhängigkeit"}),
        ("Söldner", {"Söldner"}),
        ("Manöver", {"Militärmanöver"}),
        ("Grenze", {"Grenzschließungen"}),
        ('"Abhängigkeit von Russland"', {"Abhängigkeit", "Russland"}),
        ("Luka*", {"Lukaschenka"}),
        ("Lukaschanka~", {"Lukaschenka"}),
        ("Abhäng*", {"Abhängigkeit"}),
        ("Krieg NOT Angriffskrieg", {"Kriegsdienstleister"}),
        ("Sapad OR Grenze", {"Sapad", "Grenzschließungen"}),
    ],
)
def test_query_syntax_and_german_analysis(index: SearchIndex, query: str, words: set[str]) -> None:
    assert set(marked(index.search(query))) == words


def test_several_words_mean_and(index: SearchIndex) -> None:
    result = index.search("Ukraine Angriffskrieg")
    assert [h.sentence for h in result.hits] == [0] and not result.fell_back


def test_and_falls_back_to_or_with_a_note(index: SearchIndex) -> None:
    result = index.search("Sapad Söldner")
    assert result.fell_back and "any" in result.notes[-1]
    assert {h.doc for h in result.hits} == {"belarus", "manoever"}


def test_explicit_and_does_not_fall_back(index: SearchIndex) -> None:
    result = index.search("Sapad AND Söldner")
    assert result.hits == [] and not result.fell_back


def test_short_prefixes_are_refused_and_long_expansions_capped(index: SearchIndex) -> None:
    with pytest.raises(QueryError, match="at least"):
        index.search("p*")
    result = index.search("prefixw*", limit=200)
    assert any(f"the {EXPANSION_CAP} most frequent" in note for note in result.notes)
    assert len(result.hits) == EXPANSION_CAP


def test_a_word_without_hits_gets_a_correction(index: SearchIndex) -> None:
    result = index.search("Lukaschenko")
    assert result.suggestion == "Lukaschenka"
    assert "Did you mean: Lukaschenka?" in result.notes
    assert result.hits and all(h.via == ["Lukaschenko → Lukaschenka"] for h in result.hits)


def test_a_correction_keeps_the_texts_umlauts(index: SearchIndex) -> None:
    assert index.search("Abhängikeit").suggestion == "Abhängigkeit"


def test_aliases_expand_words_and_mark_alias_only_hits(index: SearchIndex) -> None:
    result = index.search("Lukaschenko", aliases=FakeGlossary())
    assert result.suggestion is None
    via = {h.sentence: h.via for h in result.hits}
    assert via == {
        1: ["Lukaschenko → Lukaschenka"],
        4: ["Lukaschenko → Alexander Lukaschenka", "Lukaschenko → Lukaschenka"],
    }
    assert set(marked(index.search("Zapad", aliases=FakeGlossary()))) == {"Sapad"}


def test_a_hit_through_the_word_itself_is_not_marked(index: SearchIndex) -> None:
    result = index.search("Wagner", aliases=FakeGlossary())
    assert [h.via for h in result.hits] == [[]]


def test_multi_word_aliases_are_phrases(index: SearchIndex) -> None:
    class Names(FakeGlossary):
        def other_names(self, word: str) -> list[str]:
            return ["Alexander Lukaschenka"] if word == "Sascha" else []

    result = index.search("Sascha", aliases=Names())
    assert [h.sentence for h in result.hits] == [4]
    assert result.hits[0].via == ["Sascha → Alexander Lukaschenka"]


@pytest.mark.parametrize(
    ("date_from", "date_to", "expected"),
    [
        (date(2022, 6, 1), date(2022, 6, 30), {("belarus", 2)}),
        (date(2021, 1, 1), date(2022, 1, 1), {("belarus", 2), ("manoever", 0)}),
        (date(2023, 9, 1), None, {("belarus", 3)}),
        (None, date(2021, 8, 31), set()),
    ],
)
def test_date_filter_keeps_sentences_mentioning_an_overlapping_time(
    index: SearchIndex, date_from: date | None, date_to: date | None, expected: set
) -> None:
    result = index.search("Belarus OR Sapad OR Abhängigkeit", date_from=date_from, date_to=date_to)
    assert {(h.doc, h.sentence) for h in result.hits} == expected


def test_doc_filter(index: SearchIndex) -> None:
    assert {h.doc for h in index.search("Ukraine", docs=["manoever"]).hits} == {"manoever"}


def test_a_title_match_alone_finds_the_document(index: SearchIndex) -> None:
    hits = index.search("Liste").hits
    assert [(h.doc, h.sentence, h.title_match, h.highlights) for h in hits] == [
        ("prefixes", 0, True, [])
    ]


BAD_QUERIES = [
    "",
    "   ",
    "die und der",
    '"unbalanced quote',
    "(Krieg",
    "Krieg)",
    "((Krieg OR",
    "AND",
    "OR Krieg",
    "Krieg AND",
    "NOT",
    "NOT Krieg",
    "*",
    "?",
    "~",
    "Krieg~9",
    "[a TO b]",
    "title:Krieg",
    "Krieg^2",
    '""',
    "()",
    "\x00\x1b[31mKrieg\x07",
    "Krieg " * 2000,
    "x" * 10_000,
    "a" * 10_000 + "*",
    "🙂",
    "Krieg\u202eUkraine",
]


@pytest.mark.parametrize("query", BAD_QUERIES, ids=lambda q: repr(q[:20]))
def test_bad_queries_give_a_message_or_hits_never_a_traceback(
    index: SearchIndex, query: str
) -> None:
    try:
        result = index.search(query)
    except QueryError as error:
        assert str(error) and "\n" not in str(error)
        return
    assert isinstance(result, SearchResult)
    for hit in result.hits:
        assert hit.title_match or hit.highlights
        assert all(hit.start <= s < e <= hit.end for s, e in hit.highlights)


@pytest.mark.parametrize("query", ["Krieg " * 2000, "\x00Krieg\x07"], ids=["long", "control"])
def test_noisy_queries_still_find_the_words(index: SearchIndex, query: str) -> None:
    assert {h.doc for h in index.search(query).hits} == {"belarus"}


def test_seed_documents_highlight_the_matched_words(tmp_path: Path) -> None:
    seeds = sorted((Path(__file__).parents[2] / "seeds").glob("*.txt"))
    docs = [load_document(path) for path in seeds]
    index = SearchIndex(tmp_path / "index")
    index.sync(docs)
    texts = {d.id: d.text for d in docs}
    result = index.search("Lukaschenka")
    assert result.hits
    for hit in result.hits:
        assert texts[hit.doc][hit.start : hit.end] == hit.passage
        words = {texts[hit.doc][s:e] for s, e in hit.highlights}
        assert all(re.fullmatch(r"Lukaschenkas?", w) for w in words), words


def test_words_of_an_unmatched_phrase_alias_are_not_marked(index: SearchIndex) -> None:
    class Names(FakeGlossary):
        def other_names(self, word: str) -> list[str]:
            return ["Krieg in Russland"] if word == "Abhängigkeit" else []

    result = index.search('"Abhängigkeit"', aliases=Names())
    assert [h.sentence for h in result.hits] == [2]
    assert marked(result) == ["Abhängigkeit"]  # not "Russland" of the alias phrase


@pytest.mark.parametrize("query", ["C", "x", "iw", "Ax"])
def test_a_word_of_one_or_two_letters_gets_no_correction(tmp_path: Path, query: str) -> None:
    """One edit turns a one- or two-letter word into dozens of others: any suggestion
    would be a guess ("C" answered with "Did you mean A?")."""
    index = SearchIndex(tmp_path / "index")
    text = "Die Reihe A und die Reihe B stehen im Saal. Er las an dem Tag ab Seite 3."
    index.sync([make_document("rows", text, title="Reihen")])
    result = index.search(query)
    assert result.suggestion is None
    assert not result.hits
    assert index.search("Rehe").suggestion == "Reihe"  # three letters and more: as before


def test_the_query_is_cleaned_like_the_documents() -> None:
    """Review22 F16: documents drop soft hyphens and zero-width spaces, so a word copied from
    the same page with them must stay one word in the query (it was two, or kept the hyphen)."""
    assert clean_query("Flut\u00adwellen Deich\u200bbau") == ("Flutwellen Deichbau", [])
