"""Cross-link scoring on made-up pairs, and candidate generation through the postings."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from datetime import date
from typing import Any

import pytest

from glossary.features import DateFeature, DocumentFeatures, SentenceFeatures
from glossary.link_documents import DocumentAffinities, story_keys
from glossary.links import CLOSEST_ALSO, LinkIndex, LinkWeights, Passage, SentenceRef

PRECISIONS = {10: "day", 7: "month", 4: "year"}


def when(value: str, mod: str | None = None) -> DateFeature:
    """A date feature for an ISO day, month or year."""
    parts = [int(p) for p in value.split("-")]
    first = date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    if len(parts) == 3:
        last = first
    elif len(parts) == 2:
        following = date(first.year + first.month // 12, first.month % 12 + 1, 1)
        last = date.fromordinal(following.toordinal() - 1)
    else:
        last = date(first.year, 12, 31)
    return DateFeature(
        0, 0, value, value, "DATE", mod, PRECISIONS[len(value)], first.toordinal(), last.toordinal()
    )


def sentence(
    doc: str,
    index: int,
    dates: tuple[DateFeature, ...] = (),
    entities: tuple[str, ...] = (),
    terms: str = "",
) -> SentenceFeatures:
    return SentenceFeatures(
        doc,
        index,
        index * 100,
        index * 100 + 99,
        list(dates),
        set(entities),
        Counter(terms.split()),
    )


def filler(doc: str, start: int, count: int = 30) -> list[SentenceFeatures]:
    """Background sentences that make "belarus", "russia" and 2022 common, as in the seeds."""
    words = ["regierung land", "land politik", "politik regierung"]
    return [
        sentence(
            doc,
            i,
            (when("2022"),) if i % 2 else (),
            ("belarus", "russia"),
            f"{words[i % 3]} {doc}{i}eins {doc}{i}zwei",
        )
        for i in range(start, start + count)
    ]


def build(a: list[SentenceFeatures], b: list[SentenceFeatures], **options: Any) -> LinkIndex:
    """An index of two documents: the given sentences first, then filler."""
    index = LinkIndex(**options)
    index.add(DocumentFeatures("a", "hash-a", a + filler("a", len(a))))
    index.add(DocumentFeatures("b", "hash-b", b + filler("b", len(b))))
    return index


def test_shared_day_beats_shared_month_beats_shared_year() -> None:
    index = build([sentence("a", 0)], [sentence("b", 0)])
    scores = [
        index.score(sentence("a", 0, (when(x),)), sentence("b", 0, (when(y),)))[0]
        for x, y in [("2022-02-24", "2022-02-24"), ("2022-02", "2022-02-24"), ("2022", "2022-02")]
    ]
    assert scores[0] > scores[1] > scores[2] > 0


def test_a_shared_day_alone_links() -> None:
    index = build(
        [sentence("a", 0, (when("2023-06-24"),))], [sentence("b", 0, (when("2023-06-24"),))]
    )
    [link] = index.links_for("a", 0)
    assert (link.target.doc, link.target.index) == ("b", 0)
    assert link.reasons.dates == ["2023-06-24"]


def test_the_story_day_that_most_sentences_are_on_weighs_less_than_a_day_of_its_own() -> None:
    day = when("2023-06-24")
    story = [sentence("a", i, (day,), terms=f"a{i}") for i in range(10)]
    telling = [sentence("b", i, (day,), terms=f"b{i}") for i in range(10)]
    common = build(story, telling).score(story[0], telling[0])[0]
    alone = build([story[0]], [telling[0]]).score(story[0], telling[0])[0]
    assert 0 < common < alone


def test_disjoint_dates_share_nothing() -> None:
    index = build([sentence("a", 0)], [sentence("b", 0)])
    score, reasons = index.score(
        sentence("a", 0, (when("2022-02"),)), sentence("b", 0, (when("2022-03"),))
    )
    assert score == 0 and reasons.dates == []


def test_open_ended_mod_weighs_less() -> None:
    index = build([sentence("a", 0)], [sentence("b", 0)])
    plain = index.score(sentence("a", 0, (when("2022-02"),)), sentence("b", 0, (when("2022-02"),)))
    since = index.score(
        sentence("a", 0, (when("2022-02", "AFTER"),)), sentence("b", 0, (when("2022-02"),))
    )
    assert since[0] < plain[0]


def test_a_bound_on_a_time_of_day_still_states_its_whole_day() -> None:
    """A bound on a time of day ("shortly before noon on 14 August") is on that whole day."""
    index = build([sentence("a", 0)], [sentence("b", 0)])
    day = when("2018-08-14")
    clock = sentence("b", 0, (replace(day, value="2018-08-14T11:36"),))
    plain = index.score(sentence("a", 0, (day,)), clock)
    noon = replace(day, value="2018-08-14TMI", mod="BEFORE")
    before_noon = index.score(sentence("a", 0, (noon,)), clock)
    assert before_noon[0] == pytest.approx(plain[0])
    before_day = index.score(sentence("a", 0, (when("2018-08-14", "BEFORE"),)), clock)
    assert before_day[0] < plain[0]


def test_the_coarser_value_is_the_reason() -> None:
    index = build([sentence("a", 0)], [sentence("b", 0)])
    _, reasons = index.score(
        sentence("a", 0, (when("2020-08"),)), sentence("b", 0, (when("2020"), when("2020-08-09")))
    )
    assert reasons.dates == ["2020-08", "2020"]


def test_a_year_only_the_two_sentences_state_weighs_as_a_month() -> None:
    """The filler makes 2022 the documents' common year; 2013 only the two sentences name."""
    rare = build([sentence("a", 0, (when("2013"),))], [sentence("b", 0, (when("2013"),))])
    [link] = rare.links_for("a", 0)
    assert link.reasons.dates == ["2013"]
    month = build([sentence("a", 0, (when("2013-05"),))], [sentence("b", 0, (when("2013-05"),))])
    assert link.score == pytest.approx(month.links_for("a", 0)[0].score)
    common = build([sentence("a", 0, (when("2022"),))], [sentence("b", 0, (when("2022"),))])
    assert not common.links_for("a", 0)


def test_common_year_and_belarus_are_no_link() -> None:
    a = [sentence("a", 0, (when("2022"),), ("belarus",), "souveranitat frag")]
    b = [sentence("b", 0, (when("2022"),), ("belarus",), "atomwaff stationier")]
    assert build(a, b).links_for("a", 0) == []


def test_rare_entity_beats_common_one() -> None:
    index = build(
        [sentence("a", 0, entities=("prigozhin",))], [sentence("b", 0, entities=("prigozhin",))]
    )
    rare = index.score(
        sentence("a", 0, entities=("prigozhin",)), sentence("b", 0, entities=("prigozhin",))
    )[0]
    common = index.score(
        sentence("a", 0, entities=("belarus",)), sentence("b", 1, (), ("belarus",))
    )
    assert rare > 2 * common[0]


def test_dateless_strong_entities_and_words_link() -> None:
    a = [sentence("a", 0, (), ("belarus", "union-state"), "roadmap integration unterzeichnet")]
    b = [sentence("b", 0, (), ("union-state",), "integration roadmap beschleunigt geld")]
    link = build(a, b).links_for("a", 0)[0]
    assert (link.target.doc, link.target.index) == ("b", 0)
    assert link.reasons.dates == []
    assert link.reasons.entities == ["union-state"]
    assert set(link.reasons.terms) == {"roadmap", "integration"}


def test_common_words_alone_are_no_link() -> None:
    a = [sentence("a", 0, (), (), "regierung land politik")]
    b = [sentence("b", 0, (), (), "regierung")]
    assert build(a, b).links_for("a", 0) == []


def test_links_are_best_first_at_most_three_and_cross_document() -> None:
    event = (when("2021-11"),)
    a = [sentence("a", 0, event, ("lukashenko",), "roadmap"), sentence("a", 1, event)]
    b = [
        sentence("b", 0, event, ("lukashenko",), "roadmap"),
        sentence("b", 1, event, ("lukashenko",)),
        sentence("b", 2, (when("2021"),)),
        sentence("b", 3, (when("2021-11-04"),)),
    ]
    links = build(a, b).links_for("a", 0, limit=3)
    assert [link.target.index for link in links] == [0, 1, 3]
    assert all(link.target.doc == "b" for link in links)
    assert links == sorted(links, key=lambda link: -link.score)


def test_links_for_document_and_unknown_sentences() -> None:
    index = build(
        [sentence("a", 0, (when("2020-08-09"),))], [sentence("b", 0, (when("2020-08-09"),))]
    )
    assert list(index.links_for_document("a")) == [0]
    assert index.links_for("a", 999) == [] and index.links_for("nope", 0) == []
    with pytest.raises(ValueError):
        index.add(DocumentFeatures("a", "hash-a", []))


def test_weights_can_be_tuned() -> None:
    a, b = [sentence("a", 0, (when("2022-02"),))], [sentence("b", 0, (when("2022-02"),))]
    assert build(a, b).links_for("a", 0)
    strict = LinkIndex(LinkWeights(threshold=1.0))  # two tellings: 0.65 of it, above a month
    strict.add(DocumentFeatures("a", "h", a))
    strict.add(DocumentFeatures("b", "h", b))
    assert strict.links_for("a", 0) == []


def test_candidates_come_from_postings_never_from_all_pairs() -> None:
    docs = 60
    index = LinkIndex(max_postings=50, rescore=5)
    for d in range(docs):
        index.add(
            DocumentFeatures(
                f"d{d}",
                f"h{d}",
                [
                    sentence(
                        f"d{d}",
                        i,
                        (when(f"{2000 + (d + i) % 20}-{i % 12 + 1:02d}"),),
                        ("belarus", f"person-{(d * 7 + i) % 40}"),
                        f"thema{(d + i) % 90} land",
                    )
                    for i in range(20)
                ],
            )
        )
    scored: list[tuple[Passage, Passage]] = []
    original = index._evidence

    def spy(ours: Passage, theirs: Passage):
        scored.append((ours, theirs))
        return original(ours, theirs)

    index._evidence = spy
    index.links_for_document("d0")
    all_pairs = 20 * 20 * (docs - 1)
    # per source: the best ``rescore`` rough candidates and a few more of the closest document
    assert 0 < len(scored) <= 20 * (5 + CLOSEST_ALSO) < all_pairs / 100
    assert index.scored == len(scored)
    for ours, theirs in scored:
        source, target = ours.sentence, theirs.sentence
        assert target.doc != "d0"
        shared_terms = (ours.terms.keys() & theirs.terms.keys()) - {"land"}
        shared_entities = (source.entities & target.entities) - {"belarus"}
        same_month = source.dates[0].value == target.dates[0].value
        assert shared_terms or shared_entities or same_month, "scored a pair sharing nothing rare"


def inheriting(doc: str, index: int, value: str, terms: str = "") -> SentenceFeatures:
    """A sentence that states no date but is at ``value`` by what its text said before."""
    own = sentence(doc, index, terms=terms)
    own.reference = when(value)
    return own


def test_an_inherited_period_links_with_less_weight_than_a_stated_one() -> None:
    index = build([sentence("a", 0)], [sentence("b", 0)])
    stated = index.score(sentence("a", 0, (when("2021-03"),)), sentence("b", 0, (when("2021-03"),)))
    carried, reasons = index.score(inheriting("a", 0, "2021-03"), sentence("b", 0, (when("2021"),)))
    assert 0 < carried < stated[0]
    assert reasons.dates == ["2021"]
    [time] = reasons.times
    assert time.inherited and time.text == "2021"  # "a" only inherits it, "b" writes it
    assert not any(time.inherited for time in stated[1].times)


def test_a_period_set_further_back_weighs_less_the_further_it_was_set() -> None:
    """The further back a text set the period it carries on, the likelier it has moved on."""
    carrying = [sentence("a", 0, (when("2021-03"),))]
    carrying += [inheriting("a", i, "2021-03", terms=f"wort{i}") for i in range(1, 7)]
    target = sentence("b", 0, (when("2021-03"),))
    index = build(carrying, [target])
    scores = [index.score(carrying[i], target)[0] for i in (1, 2, 3, 6)]
    assert scores == sorted(scores, reverse=True) and len(set(scores)) == 4


def test_a_carried_month_is_shown_as_the_day_the_other_passage_states_in_it() -> None:
    index = build([sentence("a", 0)], [sentence("b", 0)])
    _, reasons = index.score(inheriting("a", 0, "2021-03"), sentence("b", 0, (when("2021-03-23"),)))
    [time] = reasons.times
    assert time.value == "2021-03" and time.inherited
    assert time.text == "2021-03-23" and not time.earlier  # as "b" writes it, no earlier quote


def test_an_inherited_period_finds_candidates() -> None:
    a = [inheriting("a", 0, "2021-03-23")]
    b = [sentence("b", 0, (when("2021-03-23"),))]
    [link] = build(a, b).links_for("a", 0)
    assert link.reasons.dates == ["2021-03-23"]
    assert link.reasons.times[0].inherited and link.reasons.times[0].far  # set nowhere near


def test_a_period_both_only_carry_on_is_quoted_where_it_was_set() -> None:
    a = [inheriting("a", 0, "2021-03-23", terms="schiff")]
    b = [inheriting("b", 0, "2021-03-23", terms="schiff")]
    [link] = build(a, b).links_for("a", 0)
    [time] = link.reasons.times
    assert time.text == "" and time.inherited
    assert time.earlier == "2021-03-23" and time.earlier_at == ("a", 0)


def test_a_thin_sentence_is_read_with_its_neighbours_and_reasons_quote_them() -> None:
    thin = sentence("a", 0, terms="springflut")
    thin.words = {"springflut": "Springflut"}
    before = sentence("a", 1, terms="bergung schlepper bagger")
    before.words = {"bergung": "Bergung", "schlepper": "Schlepper", "bagger": "Saugbagger"}
    target = sentence("b", 0, terms="springflut schlepper bagger bergung")
    target.words = {"springflut": "Springflut", "schlepper": "Schleppern", "bagger": "Bagger"}
    link = build([before, thin], [target]).links_for("a", 0)[0]
    assert (link.target.doc, link.target.index, link.kind) == ("b", 0, "theme")
    assert ("Springflut", "Springflut") in link.reasons.words
    assert ("Saugbagger", "Bagger") in link.reasons.words


def test_a_link_into_a_document_on_the_same_events_outranks_an_equal_one_elsewhere() -> None:
    """Each target shares one rare word with the source; only "b" tells the same story."""

    def document(doc: str, rest: str) -> DocumentFeatures:
        first = sentence(doc, 0, terms="havarie")
        first.paragraph = 0  # read alone: its neighbours are another paragraph
        others = [sentence(doc, i, terms=rest) for i in range(1, 6)]
        return DocumentFeatures(doc, f"hash-{doc}", [first, *others, *filler(doc, 6)])

    story = "schleuse frachter kanal reederei bagger"
    documents = [document("a", story), document("b", story), document("c", "ernte wetter")]
    unweighed = LinkWeights(affinity=0.0, theme_affinity=0.0, lone_word=1.0)
    index, alone = LinkIndex(), LinkIndex(unweighed)
    for features in documents:
        index.add(features)
        alone.add(features)
    plain = {link.target.doc: link.score for link in alone.links_for("a", 0)}
    assert plain["b"] == pytest.approx(plain["c"])
    links = index.links_for("a", 0)
    assert [link.target.doc for link in links[:2]] == ["b", "c"]
    assert links[1].score < links[0].score == pytest.approx(plain["b"])


@pytest.mark.parametrize(
    "elsewhere",
    [
        # Four documents on other things share two of the source's words, the one on the same
        # story only one: only as many candidates as links are scored exactly (``rescore``),
        # and those of the closer document must not fall behind.
        pytest.param(4, id="test_candidates_of_the_document_on_the_same_events_are_scored_first"),
        # Twelve documents on other things share two of the source's words, the one on the
        # same story only one: the rough candidates are weighed by their documents' closeness
        # from a pool of ``POOL`` times as many as are scored exactly, wide enough that the
        # story's sentence is in it though twelve others outrank it before the weighing.
        pytest.param(
            12,
            id="test_a_candidate_of_the_closest_document_behind_many_others_is_still_weighed",
        ),
    ],
)
def test_candidates_of_the_document_on_the_same_events_are_weighed(elsewhere: int) -> None:
    """``elsewhere`` documents on other things share two of the source's words, the one on
    the same story only one: its sentence must still be among the links; the why of each
    count stands by its case above."""

    def document(doc: str, first_terms: str, rest: str) -> DocumentFeatures:
        first = sentence(doc, 0, terms=first_terms)
        first.paragraph = 0  # read alone: its neighbours are another paragraph
        others = [sentence(doc, i, terms=rest) for i in range(1, 6)]
        return DocumentFeatures(doc, f"hash-{doc}", [first, *others, *filler(doc, 6)])

    story = "schleuse frachter kanal reederei bagger"
    documents = [document("a", "havarie lotse", story), document("b", "havarie", story)]
    documents += [
        document(f"c{n}", "havarie lotse", f"ernte{n} wetter{n}") for n in range(elsewhere)
    ]
    index = LinkIndex(rescore=1)
    for features in documents:
        index.add(features)
    assert "b" in {link.target.doc for link in index.links_for("a", 0)}


def test_calendar_words_alone_are_no_theme() -> None:
    """Two passages saying "im Juni" share a time, which the dates weigh; a June of another
    year, or a date the tagger did not read, is no shared question."""
    alone = build([sentence("a", 0, terms="juni sommer")], [sentence("b", 0, terms="juni sommer")])
    assert alone.links_for("a", 0) == []
    more = build(
        [sentence("a", 0, terms="juni schleuse")], [sentence("b", 0, terms="juni schleuse")]
    )
    [link] = more.links_for("a", 0)
    assert link.kind == "theme" and "schleuse" in link.reasons.keys


def test_discourse_nouns_alone_are_no_theme() -> None:
    """Two texts that both ask "die Frage" and tell "eine Geschichte" name what they are, not
    what they are about; a shared word beside them still links."""
    alone = build(
        [sentence("a", 0, terms="frage geschichte")], [sentence("b", 0, terms="frage geschichte")]
    )
    assert alone.links_for("a", 0) == []
    more = build(
        [sentence("a", 0, terms="frage schleuse")], [sentence("b", 0, terms="frage schleuse")]
    )
    [link] = more.links_for("a", 0)
    assert link.kind == "theme" and "schleuse" in link.reasons.keys


def test_a_theme_link_between_documents_on_other_things_keeps_little_of_its_score() -> None:
    """One shared word between two documents with nothing else in common: even the closest
    document among the candidates is far, so the theme link keeps only part of its score."""

    def document(doc: str, first: str, rest: str) -> DocumentFeatures:
        others = [sentence(doc, i, terms=f"{rest} {doc}{i}") for i in range(1, 12)]
        return DocumentFeatures(doc, f"hash-{doc}", [sentence(doc, 0, terms=first), *others])

    def best(weights: LinkWeights) -> float:
        index = LinkIndex(weights)
        index.add(document("a", "havarie schleuse", "kanal frachter reederei"))
        index.add(document("b", "havarie ernte", "ernte wetter feld"))
        [link] = index.links_for("a", 0)
        assert link.kind == "theme" and link.target == SentenceRef("b", 0, 0, 99)
        return link.score

    share = LinkWeights().theme_affinity
    # the document factor alone, not that of one word nor of the two short sentences' length
    one_word = LinkWeights(lone_word=1.0, length_slope=1.0)
    assert best(one_word) < (1 - share / 2) * best(replace(one_word, affinity_floor=0.0))


def test_everyday_words_alone_into_a_document_on_other_things_weigh_less_still() -> None:
    """A theme link on one word or on words of everyday language only ("Folgen"; "Menschen",
    "Millionen") into a document that shares nothing with the source's keeps less than one on
    two words of which one is rarer."""

    def document(doc: str, first: str, rest: str, everyday: set[str]) -> DocumentFeatures:
        head = sentence(doc, 0, terms=first)
        head.everyday = everyday
        others = [sentence(doc, i, terms=f"{rest} {doc}{i}") for i in range(1, 12)]
        return DocumentFeatures(doc, f"hash-{doc}", [head, *others])

    def best(everyday: set[str], shared: str = "folge") -> float:
        index = LinkIndex(LinkWeights(threshold=0.0))
        index.add(document("a", f"{shared} schleuse", "kanal frachter reederei", everyday))
        index.add(document("b", f"{shared} ernte", "ernte wetter feld", everyday))
        link = index.links_for("a", 0)[0]
        assert link.kind == "theme" and link.target == SentenceRef("b", 0, 0, 99)
        return link.score

    # one word alone, everyday or rare, is as weak as everyday words alone
    assert best({"folge"}) == best(set()) < 0.5 * best(set(), "folge brücke")
    # several everyday words ("Menschen", "Millionen") are no more telling than one
    assert best({"mensch", "million"}, "mensch million") < 0.5 * best(set(), "mensch million")
    # a rarer word among them is
    assert best({"mensch"}, "mensch brücke") == best(set(), "mensch brücke")


def test_periods_meeting_end_to_start_weigh_less_than_overlapping_ones() -> None:
    """ "Ende 2021" and "Anfang 2022" tell one stretch of time from its two ends; "Ende 2021"
    and "Mitte 2022" do not meet."""
    index = build([sentence("a", 0)], [sentence("b", 0)])

    def score(x: DateFeature, y: DateFeature) -> float:
        return index.score(sentence("a", 0, (x,)), sentence("b", 0, (y,)))[0]

    adjacent = score(when("2021", "END"), when("2022", "START"))
    overlapping = score(when("2021", "END"), when("2021-12"))
    assert 0 < adjacent < overlapping
    assert score(when("2021", "END"), when("2022", "MID")) == 0.0


def test_days_of_one_week_weigh_as_a_shared_week() -> None:
    index = build([sentence("a", 0)], [sentence("b", 0)])

    def score(x: str, y: str) -> float:
        return index.score(sentence("a", 0, (when(x),)), sentence("b", 0, (when(y),)))[0]

    same, next_day, three_apart, four_apart = (
        score("2021-07-14", y) for y in ("2021-07-14", "2021-07-15", "2021-07-17", "2021-07-18")
    )
    assert same > next_day == three_apart > four_apart == 0


def test_a_start_of_a_year_meets_its_first_months_only() -> None:
    index = build([sentence("a", 0)], [sentence("b", 0)])
    start, whole = when("2022", "START"), when("2022")

    def score(ours: DateFeature, theirs: str) -> float:
        return index.score(sentence("a", 0, (ours,)), sentence("b", 0, (when(theirs),)))[0]

    assert score(start, "2022-12") == 0
    assert score(start, "2022-02") > score(whole, "2022-02") > 0  # a season, not a year


def carrying(doc: str, count: int) -> list[SentenceFeatures]:
    """A paragraph whose first sentence states 2021-03-23 and the next ``count`` carry it."""
    found = [sentence(doc, 0, (when("2021-03-23"),))]
    found += [
        inheriting(doc, i, "2021-03-23", terms=f"schiff {doc}{i}") for i in range(1, count + 1)
    ]
    for own in found:
        own.paragraph = 0
    return found


def test_a_period_set_just_before_weighs_more_than_one_carried_further() -> None:
    a = carrying("a", 2)
    target = sentence("b", 0, (when("2021-03-23"),))
    index = build(a, [target])
    assert index.score(a[1], target)[0] > index.score(a[2], target)[0] > 0


def test_a_period_carried_from_far_back_weighs_but_makes_no_time_link() -> None:
    """A period carried on from the sentence just before is the passage's time; one carried
    from further back (an essay that named its year once, pages ago) is not shown there: the
    link still weighs it, but its kind comes from the words."""
    a = carrying("a", 4)
    target = sentence("b", 0, (when("2021-03-23"),), terms="schiff")
    index = build(a, [target])

    def link_to_target(number: int) -> tuple[str, float]:
        link = next(link for link in index.links_for("a", number) if link.target.doc == "b")
        return link.kind, link.score

    near, far = link_to_target(1), link_to_target(4)
    assert near[0] == "time" and far[0] == "theme"
    undated = replace(a[4], reference=None)
    assert index.score(a[4], target)[0] > index.score(undated, target)[0]  # the period counts


def test_a_link_on_a_far_carried_period_alone_is_no_theme() -> None:
    """With no name and no word in common, a link whose only reason is a period carried from
    far back is not shown as a theme (the same question from two sides): it stays one of
    time, its period marked as carried."""
    a = carrying("a", 4)
    target = sentence("b", 0, (when("2021-03-23"),), terms="hafen")
    index = build(a, [target])
    [link] = [link for link in index.links_for("a", 4) if link.target.doc == "b"]
    assert not link.reasons.words and not link.reasons.entities and link.reasons.times[0].far
    assert link.kind == "time"


def test_a_period_both_carry_is_quoted_from_the_side_that_set_it_nearer() -> None:
    a, b = carrying("a", 1), carrying("b", 2)
    index = build(a, b)
    _, reasons = index.score(b[2], a[1])
    [time] = reasons.times
    assert time.text == "" and time.earlier_at == ("a", 0)


def test_a_period_neither_passage_shows_weighs_least() -> None:
    a, b = carrying("a", 2), carrying("b", 2)
    index, plain = build(a, b), build(a, b, weights=LinkWeights(unseen=1.0))
    assert index.score(a[1], b[2]) == plain.score(a[1], b[2]), "'a' shows where it was set"
    assert 0 < index.score(a[2], b[2])[0] < plain.score(a[2], b[2])[0]


def test_a_shared_month_alone_into_a_document_on_other_things_weighs_less_still() -> None:
    """Two unrelated documents that each mention December 2022 share a time by coincidence: a
    link on that period alone (no name, no word of the passage) keeps less, as one everyday
    word does, once the source's document has a close one among the candidates (its other
    telling); with a shared word it keeps the plain document factor, and a text too short to
    compare with any (a note) keeps its link on the period."""

    def document(doc: str, first: str, rest: str, dated: bool = True) -> DocumentFeatures:
        head = sentence(doc, 0, (when("2022-12"),) if dated else (), terms=first)
        others = [sentence(doc, i, terms=f"{rest} {doc}{i}") for i in range(1, 12)]
        return DocumentFeatures(doc, f"hash-{doc}", [head, *others])

    def best(first_b: str, lone_word: float, sibling: bool = True) -> float:
        index = LinkIndex(LinkWeights(threshold=0.0, lone_word=lone_word))
        index.add(document("a", "warntag sirene", "kanal frachter reederei"))
        index.add(document("b", first_b, "ernte wetter feld"))
        if sibling:  # the same story told again: close to "a", and a candidate by the word
            index.add(document("c", "warntag", "kanal frachter reederei", dated=False))
        link = next(link for link in index.links_for("a", 0) if link.target.doc == "b")
        assert link.kind == "time" and link.target == SentenceRef("b", 0, 0, 99)
        return link.score

    lone = LinkWeights().lone_word
    assert best("besuch minsk", lone) < 0.5 * best("besuch minsk", 1.0)
    assert best("besuch sirene", lone) == pytest.approx(best("besuch sirene", 1.0))
    alone = best("besuch minsk", lone, sibling=False)
    assert alone == pytest.approx(best("besuch minsk", 1.0, sibling=False))


def test_a_document_as_a_whole_adds_its_entities_and_the_months_of_its_days() -> None:
    told = sentence("a", 0, (when("2018-08-14"), when("2018-09"), when("2018")), ("genoa",))
    # a year holds many stories; entities and months are the same in any language
    assert story_keys(told) == ["@genoa", "#2018-08", "#2018-09"]


def test_a_stated_year_and_a_stated_month_in_it_find_each_other() -> None:
    """A year and a month are kept at different levels of the date index; each finds the other
    as a candidate ("fünf Jahre nach dem Unglück", 2003, and "Im Mai 2003")."""
    a = [sentence("a", 0, (when("2003"),), (), "prozess")]
    b = [sentence("b", 0, (when("2003-05"),), (), "verfahren")]
    index = build(a, b)
    assert [(link.target.doc, link.target.index) for link in index.links_for("a", 0)] == [("b", 0)]
    assert [(link.target.doc, link.target.index) for link in index.links_for("b", 0)] == [("a", 0)]


def test_a_link_on_a_country_alone_into_a_document_on_other_things_weighs_less() -> None:
    """An article on a coffee firm and one on Belarus both name France: a link on the country
    alone (no period, one word at most) keeps less the farther the two documents are, as a
    theme on one word does; a name that few texts share keeps its link."""

    def best(entity: str, broad: frozenset[str]) -> float:
        index = LinkIndex(LinkWeights(threshold=0.0), broad=broad)
        head = [sentence("a", 0, (), (entity,), "kaffee röster")]
        rest = [sentence("a", i, terms=f"kaffee bohne ernte a{i}") for i in range(1, 12)]
        index.add(DocumentFeatures("a", "hash-a", head + rest))
        other = [sentence("b", 0, (), (entity,), "sanktion regime")]
        others = [sentence("b", i, terms=f"regime wahl protest b{i}") for i in range(1, 12)]
        index.add(DocumentFeatures("b", "hash-b", other + others))
        link = next(link for link in index.links_for("a", 0) if link.target.doc == "b")
        assert link.kind == "entity"
        return link.score

    countries = frozenset({"france"})
    assert best("france", countries) < 0.5 * best("france", frozenset())
    assert best("nespresso", countries) == pytest.approx(best("nespresso", frozenset()))


def test_two_tellings_of_one_story_link_on_less_evidence_than_other_documents() -> None:
    """Between two documents each closest to the other in the library, a pair of passages
    needs only ``story`` times the threshold: a commentary and a report of one story share
    few words in each passage. A document whose closest is another (two tellings of a
    neighbouring story) needs the full ``threshold``."""

    def document(doc: str, first: str, story: str) -> DocumentFeatures:
        others = [sentence(doc, i, terms=f"{story} {doc}{i}") for i in range(1, 12)]
        return DocumentFeatures(doc, f"hash-{doc}", [sentence(doc, 0, terms=first), *others])

    def linked(*documents: DocumentFeatures) -> bool:
        """Whether a's first sentence links to b's with the pair's score between the two
        thresholds."""
        index = LinkIndex()
        for item in documents:
            index.add(item)
        score = index.score(documents[0].sentences[0], documents[1].sentences[0])[0]
        index = LinkIndex(LinkWeights(threshold=score / 0.85, story=0.75))
        for item in documents:
            index.add(item)
        return SentenceRef("b", 0, 0, 99) in [link.target for link in index.links_for("a", 0)]

    source = document("a", "spende organ", "kanal frachter reederei")
    target = document("b", "spende niere", "kanal frachter schleuse")
    assert linked(source, target)
    closer = document("c", "wetter feld", "kanal frachter schleuse")  # b's closest now
    assert not linked(source, target, closer)


def test_a_telling_in_the_other_language_is_closer_than_its_raw_cosine() -> None:
    """Two documents in two languages meet only through cognates and translations, a fraction
    of what two texts in one language share word for word: their affinity counts
    ``cross_language`` times, so that a text's other telling in the other language is its
    closest rather than a text on a neighbouring topic in its own language."""

    def library(weights: LinkWeights) -> DocumentAffinities:
        whole = DocumentAffinities(weights)
        whole.add("atom", "de", {"strom": 6.0, "meiler": 3.0, "ausstieg": 1.0, "kohle": 2.0}, {})
        whole.add("netz", "de", {"strom": 6.0, "kohle": 2.0, "ausfall": 4.0, "leitung": 4.0}, {})
        whole.add("nuclear", "en", {"meiler": 3.0, "ausstieg": 1.0, "plant": 4.0}, {})
        whole.add("kanal", "de", {"schiff": 5.0, "leitung": 2.0, "plant": 1.0}, {})
        return whole

    plain = library(LinkWeights(cross_language=1.0))
    assert plain.closest("atom") == "netz"
    assert library(LinkWeights()).closest("atom") == "nuclear"


def test_one_word_into_a_less_close_document_keeps_little_more_than_its_closeness() -> None:
    """A theme link on one word into a document that is not the source's closest keeps
    little more of its score than that document's closeness to the source's: one shared
    word ("Kunden") of two commentaries on neighbouring questions is no shared question."""

    def document(doc: str, first: str, rest: str) -> DocumentFeatures:
        head = sentence(doc, 0, terms=first)
        head.paragraph = 0  # read alone: its neighbours are another paragraph
        others = [sentence(doc, i, terms=f"{rest} {doc}{i}") for i in range(1, 12)]
        return DocumentFeatures(doc, f"hash-{doc}", [head, *others])

    def score_into_c(weights: LinkWeights) -> tuple[float, float]:
        index = LinkIndex(weights)
        index.add(document("a", "kunde schleuse", "kanal frachter reederei lotse"))
        index.add(document("b", "schleuse wetter", "kanal frachter reederei lotse"))
        index.add(document("c", "kunde ernte", "kanal wetter feld acker"))
        [link] = [link for link in index.links_for("a", 0) if link.target.doc == "c"][:1]
        assert link.target == SentenceRef("c", 0, 0, 99)
        return link.score, index._whole.closeness("a", {"b", "c"})["c"]

    weak, near = score_into_c(LinkWeights(threshold=0.0))
    plain, _ = score_into_c(LinkWeights(threshold=0.0, lone_word=1.0))
    assert 0.0 < near < 1.0
    assert weak < plain * (near + 0.15 * (1.0 - near))


def test_a_heading_takes_part_in_no_link() -> None:
    """A heading names a section ("Erstes Kapitel: Die Warnung"): a reader links what the text
    says, so a heading is neither the source nor the target of a link, whatever it shares."""
    warning = sentence("a", 0, (when("1883-08-26"),), ("krakatau",), "warnung ausbruch vulkan")
    told = sentence("b", 0, (when("1883-08-26"),), ("krakatau",), "warnung ausbruch vulkan")
    assert build([warning], [told]).links_for("a", 0)  # two sentences of the text link
    heading = replace(warning, heading=True)
    index = build([heading], [told])
    assert index.links_for("a", 0) == []
    assert all(link.target.doc != "a" or link.target.index != 0 for link in index.links_for("b", 0))


def test_a_longer_passage_sharing_two_words_outranks_a_short_one_sharing_one() -> None:
    """Pivoted length normalisation: under a plain cosine the short sentence's one word
    weighs so much that it outranks a longer passage sharing two words of the source."""
    a = [sentence("a", 0, terms="turm feuer wasser flugzeug nacht kirche")]
    short = replace(sentence("b", 0, terms="turm streit"), paragraph=1)
    longer = "feuer wasser gewölbe einsturz mauern tragen decke balken säule"
    b = [short, replace(sentence("b", 1, terms=longer), paragraph=2)]
    assert [link.target.index for link in build(a, b).links_for("a", 0)] == [1, 0]
    plain = build(a, b, weights=LinkWeights(length_slope=1.0))
    assert [link.target.index for link in plain.links_for("a", 0)] == [0, 1]
