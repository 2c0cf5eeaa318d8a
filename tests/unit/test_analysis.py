"""The search analyzer: folding, stemming, stopwords, hyphens, compounds, in a real index."""

from __future__ import annotations

import pickle
from concurrent.futures import ThreadPoolExecutor

import pytest
from snowballstemmer.english_stemmer import EnglishStemmer
from snowballstemmer.german_stemmer import GermanStemmer
from whoosh.fields import ID, TEXT, Schema
from whoosh.filedb.filestore import RamStorage
from whoosh.highlight import UppercaseFormatter
from whoosh.index import Index
from whoosh.qparser import QueryParser

from index.analysis import (
    _PYSTEMMER_VERSIONS,
    ANALYSIS_VERSION,
    _stem,
    _stemmer,
    analyze_terms,
    analyzer_for,
    english_analyzer,
    fold,
    german_analyzer,
    index_term,
)
from index.schema import SCHEMA_VERSION

DOCS = {
    "manoever": "Das Militärmanöver fand an der Grenze statt.",
    "krieg": "Russland führt einen Angriffskrieg gegen die Ukraine.",
    "grenze": "Die Grenzschließungen trafen die Wirtschaft.",
    "abhaengig": "Die wirtschaftliche Abhängigkeit des Landes von Russland wuchs.",
    "wagner": "Die Wagner-Söldner kamen nach Belarus.",
    "regime": "Das Lukaschenka-Regime unterdrückte die Proteste.",
    "sapad": "Das Manöver Sapad-2021 fand im September statt.",
    "israel": "Michael reiste nach Israel.",
}


@pytest.fixture(scope="module")
def index() -> Index:
    schema = Schema(id=ID(stored=True), text=TEXT(analyzer=german_analyzer(), stored=True))
    ix = RamStorage().create_index(schema)
    with ix.writer() as writer:
        for doc_id, text in DOCS.items():
            writer.add_document(id=doc_id, text=text)
    return ix


def search(ix: Index, query: str) -> set[str]:
    with ix.searcher() as searcher:
        parsed = QueryParser("text", ix.schema).parse(query)
        return {hit["id"] for hit in searcher.search(parsed)}


@pytest.mark.parametrize(
    ("query", "doc"),
    [
        ("Manöver", "manoever"),
        ("Manover", "manoever"),
        ("Krieg", "krieg"),
        ("Grenze", "grenze"),
        ("Schließung", "grenze"),
        ("Abhängigkeit", "abhaengig"),
        ("Abhaengigkeit", "abhaengig"),
        ("Abhangigkeit", "abhaengig"),
        ("ABHÄNGIGKEIT", "abhaengig"),
        ("Soldner", "wagner"),
        ("Söldner", "wagner"),
        ("Soeldner", "wagner"),
        ("Wagner", "wagner"),
        ("Wagner-Söldner", "wagner"),
        ("Lukaschenka", "regime"),
        ("Regime", "regime"),
        ("Lukaschenka-Regime", "regime"),
        ("Sapad", "sapad"),
        ("2021", "sapad"),
        ("Sapad-2021", "sapad"),
        ("Israel", "israel"),
        ("Michael", "israel"),
    ],
)
def test_index_finds(index: Index, query: str, doc: str) -> None:
    assert doc in search(index, query)


@pytest.mark.parametrize(
    ("query", "doc"),
    [
        ('"wirtschaftliche Abhängigkeit"', "abhaengig"),
        ('"Abhaengigkeit des Landes"', "abhaengig"),  # a stopword inside the phrase
        ('"Wagner-Söldner kamen"', "wagner"),
        ('"Söldner kamen"', "wagner"),
        ('"die Wagner-Söldner"', "wagner"),
        ('"Lukaschenka-Regime unterdrückte"', "regime"),
        ('"einen Angriffskrieg gegen die Ukraine"', "krieg"),
        ('"Krieg gegen die Ukraine"', "krieg"),  # a compound part at the compound's position
        ('"Manöver Sapad-2021 fand"', "sapad"),
    ],
)
def test_phrase_queries_match(index: Index, query: str, doc: str) -> None:
    assert search(index, query) == {doc}


def test_phrase_query_keeps_word_order(index: Index) -> None:
    assert search(index, '"Abhängigkeit wirtschaftliche"') == set()


def test_highlight_marks_the_compound(index: Index) -> None:
    with index.searcher() as searcher:
        hit = searcher.search(QueryParser("text", index.schema).parse("Krieg"))[0]
        hit.results.formatter = UppercaseFormatter()
        assert "ANGRIFFSKRIEG" in hit.highlights("text")


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Abhängigkeit", "abhangigkeit"),
        ("Grenzschließungen", "grenzschliessungen"),
        ("ÖL ÜBER ÄCKER", "ol uber acker"),
        ("Café Doña", "cafe dona"),
        ("Israel", "israel"),
    ],
)
def test_fold(text: str, folded: str) -> None:
    assert fold(text) == folded


@pytest.mark.parametrize(
    "spellings",
    [
        ("Abhängigkeit", "Abhaengigkeit", "Abhangigkeit"),
        ("Söldner", "Soeldner", "Soldner"),
        ("Übernahme", "Uebernahme", "Ubernahme"),
        ("Größe", "Groesse", "Grosse", "GRÖSSE"),
        ("Gebäude", "Gebaeude", "Gebaude"),
    ],
)
def test_umlaut_spellings_share_one_term(spellings: tuple[str, ...]) -> None:
    assert len({index_term(word) for word in spellings}) == 1


@pytest.mark.parametrize("word", ["Israel", "Michael", "Aero", "Quelle", "Poesie", "Feuer"])
def test_digraph_folding_is_the_same_for_the_word_itself(word: str) -> None:
    """ae/oe/ue folding changes some non-umlaut words, but equally in text and query."""
    assert analyze_terms(word) == analyze_terms(word.upper()) == [index_term(word)]


@pytest.mark.parametrize(
    ("inflected", "base"),
    [
        ("Wahlen", "Wahl"),
        ("Sanktionen", "Sanktion"),
        ("Verhandlungen", "Verhandlung"),
        ("Staaten", "Staat"),
        ("Lukaschenkas", "Lukaschenka"),
        ("Lukaschenkos", "Lukaschenko"),
        ("Autos", "Auto"),
        ("Handys", "Handy"),
        ("Steuern", "Steuer"),
        ("neuen", "neue"),
        ("dauerte", "dauert"),
        ("militärischen", "militärisch"),
    ],
)
def test_stemming_conflates_inflections(inflected: str, base: str) -> None:
    assert index_term(inflected) == index_term(base)


def test_stopwords_are_removed_in_all_spellings() -> None:
    assert analyze_terms("Die Abhängigkeit von und für uns über alles") == ["abhang"]
    assert analyze_terms("fuer ueber fur uber") == []


def test_stopwords_kept_inside_a_hyphenated_name() -> None:
    assert analyze_terms("Frage-und-Antwort") == ["frag-und-antwort", "frag", "antwort"]


def test_hyphenated_name_is_indexed_whole_and_by_parts_at_one_position() -> None:
    tokens = [
        (t.text, t.pos, t.startchar, t.endchar)
        for t in german_analyzer()(
            "Wagner-Söldner kämpfen", positions=True, chars=True, mode="index"
        )
    ]
    assert tokens == [
        ("wagn-soldn", 0, 0, 14),
        ("wagn", 0, 0, 6),
        ("soldn", 0, 7, 14),
        ("kampf", 1, 15, 22),
    ]


def test_query_mode_keeps_the_whole_and_skips_compound_parts() -> None:
    query = [t.text for t in german_analyzer()("Wagner-Söldner Militärmanöver", mode="query")]
    assert query == ["wagn-soldn", "militarmanov"]


def test_compound_parts_share_the_compound_position() -> None:
    tokens = [
        (t.text, t.pos)
        for t in german_analyzer()("der Angriffskrieg dauert", positions=True, mode="index")
    ]
    # Like Whoosh's StopFilter, the first kept word keeps its position; later ones close gaps.
    assert tokens == [("angriffskrieg", 1), ("angriff", 1), ("krieg", 1), ("dauert", 2)]


def test_unhyphenated_tokens_and_numbers() -> None:
    assert analyze_terms("Wirtschafts- und Finanzpolitik, 31. Dezember 2023") == [
        "wirtschaft",
        "finanzpolit",
        "finanz",
        "polit",
        "31",
        "dezemb",
        "2023",
    ]


def test_english_analyzer_stems_without_decompounding() -> None:
    terms = [t.text for t in english_analyzer()("The sanctions were renewed", mode="index")]
    assert terms == ["sanction", "renew"]


@pytest.mark.parametrize(
    ("language", "term"), [("de", "wahl"), ("de-AT", "wahl"), ("fr", "wahlen")]
)
def test_analyzer_for_language(language: str, term: str) -> None:
    assert [t.text for t in analyzer_for(language)("Wahlen")] == [term]


def test_analyzers_pickle_for_the_schema() -> None:
    analyzer = pickle.loads(pickle.dumps(german_analyzer()))
    assert [t.text for t in analyzer("Angriffskrieg", mode="index")] == [
        "angriffskrieg",
        "angriff",
        "krieg",
    ]


def test_empty_and_odd_input() -> None:
    assert analyze_terms("") == []
    assert analyze_terms("— … !!! ___") == []
    assert analyze_terms("x" * 10_000) == ["x" * 10_000]


def test_untokenized_text_is_one_term() -> None:
    """Whoosh passes prefix and wildcard text with tokenize=False."""
    analyzer = german_analyzer()
    assert [t.text for t in analyzer("Abhäng", tokenize=False, mode="query")] == ["abhang"]
    assert [t.text for t in analyzer("Wagner-Söld", tokenize=False, mode="query")] == ["wagn-sold"]


def test_stemming_is_safe_across_threads() -> None:
    """The index sync and the links worker analyse text at the same time."""
    words = [f"Verhandlungen{n}" for n in range(3000)] + [f"Sanktionen{n}" for n in range(3000)]
    expected = [analyze_terms(w) for w in words[:10]]
    _stem.cache_clear()
    with ThreadPoolExecutor(max_workers=4) as pool:
        results = list(pool.map(analyze_terms, words))
    assert results[:10] == expected


def test_the_analysis_version_is_part_of_the_schema_version() -> None:
    assert SCHEMA_VERSION % 1000 == ANALYSIS_VERSION


@pytest.mark.parametrize("language", ["de", "en"])
def test_pystemmer_stems_like_the_pure_python_stemmer(language: str) -> None:
    """The C stemmer is only used in a release checked to give the same stems."""
    stemmer_module = pytest.importorskip("Stemmer")
    if stemmer_module.version() not in _PYSTEMMER_VERSIONS:
        pytest.skip("an unchecked PyStemmer release is not used")
    pure = (GermanStemmer if language == "de" else EnglishStemmer)()
    words = "sanktionen wahlen grenzschliessungen abhangigkeit running happily krieges".split()
    assert [_stemmer(language).stemWord(w) for w in words] == [pure.stemWord(w) for w in words]
