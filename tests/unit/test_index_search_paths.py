"""The fast paths of a search give what the plain ones gave: title scores, highlights, prefixes."""

from __future__ import annotations

import fnmatch
import json
import random
import re
import subprocess
import sys
from collections.abc import Callable
from heapq import nlargest
from operator import itemgetter
from pathlib import Path
from typing import Any
from weakref import WeakKeyDictionary

import pytest
from test_index_records import make_document
from test_search_queries import TEXTS, FakeGlossary, documents
from whoosh import query as wq
from whoosh.codec.whoosh3 import W3LeafMatcher
from whoosh.collectors import FilterCollector, TopCollector
from whoosh.fields import TEXT, Schema
from whoosh.index import create_in
from whoosh.matching import IntersectionMatcher, Matcher

from index import SearchIndex, block_decoding, cached_phrase, search, skipping, top_scores, union
from index import query as building
from index.block_decoding import decode_blocks_in_c, whoosh_read_ids, whoosh_read_weights
from index.query import PreloadedUnion, QueryBuilder, Vocabulary, _analyse
from index.schema import DOCUMENT, TEXT_FIELDS
from index.search import Filters, _stored_fields, _title_scores, _tokens
from index.skipping import skip_by_bisection, whoosh_find_next, whoosh_skip_to
from index.top_scores import TopScoresCollector
from index.union import _ScoreList

QUERIES = [
    "Krieg",
    "Belarus",
    "Manöver",
    "Liste OR Krieg",
    '"Belarus im Krieg"',
    "Mil*",
    "Krieg NOT Ukraine",
    "Ukraine",
    'Lukaschenka OR "Alexander Lukaschenka"',
    "Wagner-Söldner",
    "Im Krieg",
]


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> SearchIndex:
    """Two segments and a deleted document record: the first sync, then one changed document."""
    index = SearchIndex(tmp_path_factory.mktemp("paths") / "index")
    index.sync(documents())
    changed = make_document("manoever", TEXTS["manoever"][1] + " Neu.", title="Manöver im Krieg")
    index.sync([changed if d.id == "manoever" else d for d in documents()])
    return index


@pytest.mark.parametrize("query", QUERIES)
@pytest.mark.parametrize("docs", [None, ["belarus"]], ids=["all", "one-doc"])
def test_title_scores_equal_a_search_of_document_records(
    index: SearchIndex, query: str, docs: list[str] | None
) -> None:
    searcher = index._current_searcher()
    assert searcher is not None and len(searcher.leaf_searchers()) == 2
    reader = searcher.reader()
    plan = QueryBuilder(reader, lambda: Vocabulary.from_reader(reader)).build(query)
    only = [wq.Term("kind", DOCUMENT)]
    if docs is not None:
        only.append(wq.Or([wq.Term("doc", doc) for doc in docs]))
    expected = {
        record["doc"]: record.score
        for record in searcher.search(plan.query, filter=wq.And(only), limit=None)
    }
    assert _title_scores(searcher, plan.query, docs) == pytest.approx(expected)


def test_a_changed_title_is_seen_after_the_update(index: SearchIndex) -> None:
    assert {h.doc for h in index.search("Manöver").hits if h.title_match} == {"manoever"}
    assert {h.doc for h in index.search("Krieg").hits if h.title_match} == {"belarus", "manoever"}


@pytest.mark.parametrize(
    ("query", "words"),
    [
        ("Krieg", {"Angriffskrieg", "Kriegsdienstleister"}),
        ("Grenze", {"Grenzschließungen"}),
        ("Söldner", {"Söldner"}),
        ("Zapad", {"Sapad"}),
        ("Lukaschenko", {"Alexander", "Lukaschenka"}),  # "Alexander Lukaschenka" too
    ],
)
def test_highlights_are_the_same_from_the_token_cache(
    index: SearchIndex, query: str, words: set[str]
) -> None:
    """Compound parts, name parts and alias hits stay marked when tokens come from the cache."""
    _tokens.cache_clear()
    cold = index.search(query, aliases=FakeGlossary())
    warm = index.search(query, aliases=FakeGlossary())
    assert [h.highlights for h in warm.hits] == [h.highlights for h in cold.hits]
    text = {doc_id: body for doc_id, (_, body) in TEXTS.items()}
    assert {text[h.doc][s:e] for h in warm.hits for s, e in h.highlights} == words


@pytest.mark.parametrize("words", [["prefixwortaa", "prefixwortab", "prefixwortbc"], ["krieg"]])
def test_a_preloaded_union_scores_like_whoosh_or(index: SearchIndex, words: list[str]) -> None:
    searcher = index._current_searcher()
    assert searcher is not None
    terms = [wq.Term("words", word) for word in words]

    def scores(query: wq.Query) -> dict[int, float]:
        return {hit.docnum: hit.score for hit in searcher.search(query, limit=None)}

    expected = scores(wq.Or(terms))
    assert expected and scores(PreloadedUnion(terms)) == pytest.approx(expected)
    assert set(PreloadedUnion(terms).docs(searcher)) == set(expected)


def test_a_cached_phrase_replays_whooshs_matches_and_scores(
    index: SearchIndex, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The first search records each segment's matches; the second gives the same hits with
    the same float scores, beside a word, without asking Whoosh's phrase matcher again."""
    searcher, field = index._current_searcher(), "text_de"
    assert searcher is not None
    words = [variants[0] for variants in _analyse(field, "Alexander Lukaschenka")]
    word = wq.Term(field, _analyse(field, "Krieg")[0][0])

    def scores(query: wq.Query) -> list[tuple[int, float]]:
        return [(hit.docnum, hit.score) for hit in searcher.search(query, limit=None)]

    assert scores(wq.Phrase(field, words))
    expected = scores(wq.Or([word, wq.Phrase(field, words)]))
    assert scores(wq.Or([word, cached_phrase.CachedPhrase(field, words)])) == expected
    monkeypatch.setattr(wq.Phrase, "matcher", lambda *args: pytest.fail("not replayed"))
    assert scores(wq.Or([word, cached_phrase.CachedPhrase(field, words)])) == expected


def test_a_union_searched_again_is_replayed_with_the_same_scores(
    index: SearchIndex, monkeypatch: pytest.MonkeyPatch
) -> None:
    searcher = index._current_searcher()
    assert searcher is not None
    terms = [wq.Term("words", word) for word in ["prefixwortaa", "prefixwortab", "krieg"]]

    def scores() -> list[tuple[int, float]]:
        return [(hit.docnum, hit.score) for hit in searcher.search(PreloadedUnion(terms))]

    expected = [(hit.docnum, hit.score) for hit in searcher.search(wq.Or(terms))]
    assert expected and scores() == expected
    monkeypatch.setattr(union, "_add_term_scores", lambda *args: pytest.fail("not replayed"))
    assert scores() == expected


def test_block_scores_are_whooshs_per_posting_scores(
    index: SearchIndex, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Exactly: the same numbers added in the same order as ``id()``/``score()``/``next()``,
    also in the segment whose deleted records a filter hides."""
    searcher = index._current_searcher()
    assert searcher is not None
    terms = [wq.Term("words", word) for word in ("krieg", "belarus", "manöver", "minsk")]
    blocks = []
    monkeypatch.setattr(union, "_add_block_scores", spy(union._add_block_scores, blocks))
    for leaf in searcher.leaf_searchers():
        sub = leaf[0]
        got = PreloadedUnion(terms).matcher(sub)
        assert dict(zip(got.all_ids(), got._weights, strict=True)) == stepped(terms, sub)
    assert blocks
    assert any(excluded for _, excluded, _, _, _ in blocks)


def test_a_union_of_or_trees_scores_what_whooshs_matchers_do(
    index: SearchIndex, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A word's alternatives (an OR of its fields' terms, a phrase alias in two fields, an
    AND) are scored from their trees' leaves up: exactly the numbers of stepping each
    alternative's Whoosh matcher, in every segment (the one with deleted records too), and
    the term leaves a block at a time."""
    searcher = index._current_searcher()
    assert searcher is not None
    alternatives = [
        wq.Or([wq.Term("text_de", "krieg"), wq.Term("words", "krieg"), wq.Term("words", "im")]),
        wq.Or([cached_phrase.CachedPhrase(name, ["belarus", "krieg"]) for name in TEXT_FIELDS]),
        wq.And([wq.Term("words", "im"), wq.Term("words", "krieg")]),
        wq.Term("words", "minsk"),
    ]
    blocks: list[object] = []
    monkeypatch.setattr(union, "_add_block_scores", spy(union._add_block_scores, blocks))
    for sub, _ in searcher.leaf_searchers():
        expected = stepped(alternatives, sub)
        blocks.clear()
        assert expected
        assert dict(scored(PreloadedUnion(alternatives)._scored(alternatives, sub, None))) == (
            expected
        )
        assert len(blocks) >= 3  # the first OR's three terms, the plain term


def test_a_fields_scoring_is_looked_up_once_per_segment(
    index: SearchIndex, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The terms of a union share their field's lengths, average and counts: Whoosh's average
    field length (a sum over the segments) is asked once per segment, not once per term."""
    searcher = index._current_searcher()
    assert searcher is not None
    terms = [wq.Term("words", word) for word in ("krieg", "belarus", "manöver", "minsk")]
    asked: list[str] = []
    average = type(searcher).avg_field_length
    monkeypatch.setattr(union, "_FIELD_SCORING", WeakKeyDictionary())
    monkeypatch.setattr(
        type(searcher),
        "avg_field_length",
        lambda self, name, default=None: asked.append(name) or average(self, name, default),
    )
    segments = [sub for sub, _ in searcher.leaf_searchers()]
    got = [scored(PreloadedUnion(terms)._scored(terms, sub, None)) for sub in segments]
    assert asked == ["words"] * len(segments)
    assert got == [sorted(stepped(terms, sub).items()) for sub in segments]


@pytest.mark.parametrize("direct", [True, False], ids=["whoosh-2.7.4", "another-whoosh"])
def test_stored_fields_are_whooshs_in_every_segment(
    index: SearchIndex, direct: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Read directly on the pinned Whoosh, through Whoosh's own method on any other."""
    monkeypatch.setattr(search, "_STORED_FIELDS_DIRECT", direct)
    searcher = index._current_searcher()
    assert searcher is not None and len(searcher.leaf_searchers()) == 2
    numbers = list(searcher.reader().all_doc_ids())
    assert numbers
    for number in numbers:
        assert _stored_fields(searcher, number) == searcher.stored_fields(number)


@pytest.mark.parametrize("query", ["Kr*", "Prefixwort*", "Pr?fixwortb*", "Krieg OR Mil*"])
def test_another_whoosh_finds_the_same_hits_by_whooshs_own_union(
    index: SearchIndex, query: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On a Whoosh other than the pinned one, a union and its collection read no private
    layout (Whoosh's own union and filtered collector) and find the same sentences with the
    same scores."""

    def found() -> dict[tuple[str, int], float]:
        return {(hit.doc, hit.start): hit.score for hit in index.search(query, limit=200).hits}

    monkeypatch.setattr(union, "_UNIONS", WeakKeyDictionary())  # none kept from other tests
    pinned = found()
    monkeypatch.setattr(union, "_UNIONS", WeakKeyDictionary())  # none replayed
    monkeypatch.setattr(union, "_PRIVATE_LAYOUT", False)
    monkeypatch.setattr(top_scores, "_PRIVATE_LAYOUT", False)
    unread = lambda *args: pytest.fail("private layout read")  # noqa: E731
    monkeypatch.setattr(PreloadedUnion, "_scored", unread)
    monkeypatch.setattr(top_scores, "_replaces", unread)
    assert pinned and found() == pytest.approx(pinned)


def stepped(queries: list[wq.Query], searcher: Any) -> dict[int, float]:
    """Each document's scores under ``queries`` added up, stepping through Whoosh's matchers
    (``id()``, ``score()``, ``next()``), the way a union scored before its fast paths."""
    scores: dict[int, float] = {}
    for query in queries:
        matcher = query.matcher(searcher)
        while matcher.is_active():
            number = matcher.id()
            scores[number] = scores.get(number, 0.0) + matcher.score()
            matcher.next()
    return scores


@pytest.mark.parametrize("query", ["Kr*", "Wa*", "Prefixwort*", "Pr?fixwortb*"])
def test_a_union_of_scanned_terms_scores_what_looked_up_terms_do(
    index: SearchIndex, query: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The terms a prefix scan located are opened from there, with the idf from the scan's
    frequencies: exactly the scores of the same union looking each term up, in every segment
    (the one with deleted records too)."""
    searcher = index._current_searcher()
    assert searcher is not None
    reader = searcher.reader()
    plan = QueryBuilder(reader, lambda: Vocabulary.from_reader(reader)).build(query)
    scanned = plan.query
    assert isinstance(scanned, PreloadedUnion) and scanned.scanned is not None
    looked_up = PreloadedUnion(list(scanned.subqueries))
    opened: list[object] = []
    monkeypatch.setattr(union, "_open_located", spy(union._open_located, opened))
    for sub, _ in searcher.leaf_searchers():
        assert scored(scanned.matcher(sub)) == scored(looked_up.matcher(sub))
    assert opened
    assert any(union._deleted(sub.reader()) for sub, _ in searcher.leaf_searchers())


def scored(matcher: Matcher) -> list[tuple[int, float]]:
    """A union's documents with their scores (none for a segment without its terms)."""
    if not matcher.is_active():
        return []
    return list(zip(matcher.all_ids(), matcher._weights, strict=True))


def spy(function: Callable[..., Any], calls: list[object]) -> Callable[..., Any]:
    def recorded(*args: object) -> Any:
        calls.append(args)
        return function(*args)

    return recorded


@pytest.mark.parametrize("pattern", ["Kr*", "Wa*", "Prefixwort*", "Pr?fixwortb*", "Mil*"])
@pytest.mark.parametrize("cap", [1, 3, 50])
def test_an_expansion_takes_the_most_frequent_words_ties_in_scan_order(
    index: SearchIndex, pattern: str, cap: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The words searched for a pattern: its scanned words that match, the most frequent
    first and equal ones in the scan's order, as many as the cap allows."""
    searcher = index._current_searcher()
    assert searcher is not None
    reader = searcher.reader()
    monkeypatch.setattr(building, "EXPANSION_CAP", cap)
    literal = pattern.lower().split("*")[0].split("?")[0]
    scanned = building.prefix_frequencies(reader, "words", literal).frequencies
    test = re.compile(fnmatch.translate(pattern.lower()))
    words = [(f, t.decode()) for t, f in scanned if test.match(t.decode())]
    expected = [text for _, text in sorted(words, key=lambda item: -item[0])[:cap]]
    plan = QueryBuilder(reader, lambda: Vocabulary.from_reader(reader)).build(pattern)
    assert expected and [leaf.text for leaf in building.term_leaves(plan.query)] == expected


def test_a_prefix_expansion_ranks_and_highlights_as_before(index: SearchIndex) -> None:
    hits = index.search("Prefixwortb*", limit=5).hits
    assert len(hits) == 5 and all(h.doc == "prefixes" for h in hits)
    body = TEXTS["prefixes"][1]
    assert all(body[s:e].startswith("Prefixwortb") for h in hits for s, e in h.highlights)


def test_a_filter_that_allows_nothing_finds_nothing(index: SearchIndex) -> None:
    assert index.search("Krieg", docs=["no-such-document"]).hits == []
    assert index.search("Krieg", docs=[]).hits == []


@pytest.mark.parametrize("query", ["Prefixwort*", "Prefixwortb*", "Kr*", "Wa*"])
@pytest.mark.parametrize("docs", [None, ["prefixes"], ["belarus", "manoever"]])
@pytest.mark.parametrize("limit", [1, 5, 50])
@pytest.mark.parametrize("private", [True, False], ids=["whoosh-2.7.4", "another-whoosh"])
def test_top_scores_collector_keeps_whooshs_hits_and_order(
    index: SearchIndex,
    query: str,
    docs: list[str] | None,
    limit: int,
    private: bool,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Same documents, scores and order (ties included: the prefix words score alike) as
    Whoosh's filtered top-N search, with the document records masked out; on another Whoosh
    by Whoosh's own collection."""
    if not private:
        monkeypatch.setattr(top_scores, "_PRIVATE_LAYOUT", False)
        monkeypatch.setattr(top_scores, "_replaces", lambda *args: pytest.fail("private read"))
    searcher = index._current_searcher()
    assert searcher is not None
    reader = searcher.reader()
    plan = QueryBuilder(reader, lambda: Vocabulary.from_reader(reader)).build(query)
    assert isinstance(plan.query, PreloadedUnion)
    allow = None if docs is None else set(Filters(docs).query().docs(searcher))  # type: ignore[union-attr]
    mask = set(searcher.document_numbers(kind=DOCUMENT))
    expected = searcher.search(plan.query, filter=allow, mask=mask, limit=limit)
    collector = TopScoresCollector(searcher.collector(limit=limit), allow=allow, restrict=mask)
    searcher.search_with_collector(plan.query, collector)
    got = collector.results()
    assert [(hit.docnum, hit.score) for hit in got] == [(hit.docnum, hit.score) for hit in expected]
    assert len(expected) > 0 or docs is not None
    whooshs = FilterCollector(searcher.collector(limit=limit), allow=allow, restrict=mask)
    searcher.search_with_collector(plan.query, whooshs)
    assert (collector.child.total, collector.filtered_count) == (
        whooshs.child.total,
        whooshs.filtered_count,
    )
    assert collector.child.minscore == whooshs.child.minscore  # what later segments skip by


@pytest.mark.parametrize("seed", range(20))
def test_a_segments_best_are_what_nlargest_keeps_without_the_hidden(seed: int) -> None:
    """The best ``limit`` matches by one sort (ties, many here, to the lower number) and the
    hidden records taken out by bisection are the filter-then-nlargest of before."""
    rng = random.Random(seed)
    offset = rng.choice([0, 1000])
    numbers = sorted(rng.sample(range(500), rng.randrange(1, 300)))
    scores = [float(rng.randrange(8)) for _ in numbers]
    hidden = {offset + rng.randrange(600) for _ in range(rng.randrange(0, 40))}
    kept = [(n, s) for n, s in zip(numbers, scores, strict=True) if offset + n not in hidden]
    top_scores._leave_out(numbers, scores, hidden, offset)
    assert list(zip(numbers, scores, strict=True)) == kept
    for limit in (1, 5, 50, 1000):
        expected = sorted(nlargest(limit, kept, key=itemgetter(1)))
        assert top_scores._best(numbers, scores, limit) == expected


@pytest.mark.parametrize(
    "scores",
    [[1.0, 2.0], [1.0, 2.0, 3.0], [3.0, 2.0, 1.0], [2.0, 2.0, 1.0, 3.0], [5.0, 1.0, 1.0, 4.0]],
)
def test_top_scores_collector_leaves_whooshs_least_score(scores: list[float]) -> None:
    """Review 20 B2: Whoosh notes the heap's least score only when a document replaces one;
    the collector leaves the same value as stepping, whether the heap filled by pushes alone
    or documents it never offered would have replaced some."""
    stepped = TopCollector(limit=2)
    stepped.items, stepped.total, stepped.minscore = [], 0, 0
    for number, score in enumerate(scores):
        stepped._collect(number, score)
    child = TopCollector(limit=2)
    child.items, child.total, child.minscore, child.offset = [], 0, 0, 0
    child.final_fn = None
    child.matcher = _ScoreList(list(range(len(scores))), weights=scores)
    collector = TopScoresCollector(child, allow=None, restrict=None)
    collector._allow, collector._restrict, collector.filtered_count = None, None, 0
    collector.collect_matches()
    assert sorted(child.items) == sorted(stepped.items)
    assert (child.minscore, child.total) == (stepped.minscore, stepped.total)


@pytest.mark.parametrize("pinned", [True, False], ids=["whoosh-2.7.4", "another-whoosh"])
def test_posting_lists_are_patched_only_on_the_pinned_whoosh(
    pinned: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Bisection skipping and the C block decoding replace Whoosh's methods only on the
    Whoosh whose private layout they read; any other keeps its own."""
    own = {
        (W3LeafMatcher, "skip_to"): whoosh_skip_to,
        (IntersectionMatcher, "_find_next"): whoosh_find_next,
        (W3LeafMatcher, "_read_ids"): whoosh_read_ids,
        (W3LeafMatcher, "_read_weights"): whoosh_read_weights,
    }
    for (cls, name), method in own.items():
        monkeypatch.setattr(cls, name, method)
    monkeypatch.setattr(skipping, "whoosh_is_pinned", lambda: pinned)
    monkeypatch.setattr(block_decoding, "whoosh_is_pinned", lambda: pinned)
    skip_by_bisection()
    decode_blocks_in_c()
    kept = [getattr(cls, name) is method for (cls, name), method in own.items()]
    assert kept == [not pinned] * len(own)


def test_skipping_by_bisection_lands_where_stepping_does(tmp_path: Path) -> None:
    """Over several posting blocks, at every distance."""
    skip_by_bisection()
    schema = Schema(body=TEXT)
    ix = create_in(str(tmp_path), schema)
    with ix.writer() as writer:
        for number in range(1500):
            words = ["every"] + ["third"] * (number % 3 == 0) + ["seventh"] * (number % 7 == 0)
            writer.add_document(body=" ".join(words))
    with ix.searcher() as searcher:
        for word in ("every", "third", "seventh"):
            for stride in (1, 2, 5, 64, 129, 400):
                stepping = searcher.postings("body", word)
                bisecting = searcher.postings("body", word)
                target = 0
                while stepping.is_active():
                    whoosh_skip_to(stepping, target)
                    bisecting.skip_to(target)
                    assert bisecting.is_active() == stepping.is_active()
                    if not stepping.is_active():
                        break
                    assert bisecting.id() == stepping.id()
                    assert bisecting.weight() == stepping.weight()
                    target = stepping.id() + stride
        both = wq.And([wq.Term("body", "third"), wq.Term("body", "seventh")])
        assert {hit.docnum for hit in searcher.search(both, limit=None)} == set(range(0, 1500, 21))


def test_intersecting_block_by_block_meets_at_every_common_document(tmp_path: Path) -> None:
    """Two on-disk lists over several blocks, dense against sparse and sparse against
    sparse, meeting often, seldom or never: every common document once, in order, with both
    sides on it."""
    skip_by_bisection()
    strides = (1, 2, 3, 7, 11, 13, 50, 600)
    ix = create_in(str(tmp_path), Schema(body=TEXT))
    with ix.writer() as writer:
        for number in range(1500):
            writer.add_document(body=" ".join(f"w{s}" for s in strides if number % s == 0))
    with ix.searcher() as searcher:
        for first in strides:
            for second in strides:
                a = searcher.postings("body", f"w{first}")
                b = searcher.postings("body", f"w{second}")
                both = IntersectionMatcher(a, b)
                met = []
                while both.is_active():
                    assert a.id() == b.id()
                    met.append(both.id())
                    both.next()
                expected = [n for n in range(1500) if n % first == 0 and n % second == 0]
                assert met == expected, (first, second)
        phrase = wq.Phrase("body", ["w7", "w11"])
        assert {hit.docnum for hit in searcher.search(phrase, limit=None)} == set(
            range(0, 1500, 77)
        )


def test_blocks_decode_as_whoosh_decodes_them(tmp_path: Path) -> None:
    """Document numbers and weights of every block: equal weights (stored as None or one
    float) and varied ones, over several blocks."""
    decode_blocks_in_c()
    ix = create_in(str(tmp_path), Schema(body=TEXT))
    with ix.writer() as writer:
        for number in range(700):
            words = ["every"] + ["twice", "twice"] * (number % 5 == 0) + ["some"] * (number % 9)
            writer.add_document(body=" ".join(words))
    with ix.searcher() as searcher:
        for word in ("every", "twice", "some"):
            ours, theirs = searcher.postings("body", word), searcher.postings("body", word)
            blocks = 0
            while ours.is_active():
                ours._read_ids()
                ours._read_weights()
                whoosh_read_ids(theirs)
                whoosh_read_weights(theirs)
                assert ours._ids == theirs._ids
                assert ours._weights == theirs._weights
                ours._next_block()
                theirs._next_block()
                blocks += 1
            assert blocks > 1


def test_a_process_that_only_searches_highlights_from_the_saved_analyses(
    index: SearchIndex,
) -> None:
    """Every word of a hit sentence was analysed when it was indexed: a new process's first
    search takes in those saved analyses and never builds the compound lexicon, and its
    highlights are the ones this (building) process finds."""
    script = (
        "import json, sys\n"
        "from index import SearchIndex, decompound\n"
        "hits = SearchIndex(sys.argv[1]).search('Manöver').hits\n"
        "print(json.dumps([decompound.lexicon_ready(), [h.highlights for h in hits]]))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, str(index.path)], capture_output=True, text=True, check=True
    )
    built, highlights = json.loads(done.stdout)
    expected = [[list(span) for span in hit.highlights] for hit in index.search("Manöver").hits]
    assert not built and highlights == expected and any(expected)
