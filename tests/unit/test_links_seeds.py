"""On the seeds: the August 2020 election sentences of the two perspectives link to each other."""

from __future__ import annotations

from functools import partial

import pytest

from documents.catalog import read_catalog
from documents.loader import load_document
from documents.model import Document
from glossary.entities import load_glossary
from glossary.features import Analyzers, extract_features
from glossary.links import LinkIndex
from glossary.mentions import find_mentions
from glossary.wording import content_words

dates = pytest.importorskip(
    "glossary.dates", reason="the date tagger (glossary/dates.py) has not landed yet"
)


@pytest.fixture(scope="module")
def seeds() -> tuple[dict[str, Document], LinkIndex]:
    documents = {
        entry.id: load_document(entry.path, entry.meta, entry.id) for entry in read_catalog()
    }
    glossary = load_glossary(None)
    analyzers = Analyzers(dates.tag_spans, partial(find_mentions, glossary), content_words)
    index = LinkIndex()
    for document in documents.values():
        index.add(extract_features(document, analyzers))
    return documents, index


def sentences_with(document: Document, *needles: str) -> set[int]:
    return {
        index
        for index in range(len(document.sentences))
        if any(needle in document.sentence_text(index) for needle in needles)
    }


def test_election_sentences_link_both_ways(seeds: tuple[dict[str, Document], LinkIndex]) -> None:
    documents, index = seeds
    swp, rs = documents["swp-belarus-2023"], documents["rs-belarus-2024"]
    [swp_election] = sentences_with(swp, "Präsidentschaftswahlen von August 2020")
    rs_election = sentences_with(rs, "Präsidentschaftswahlen anzutreten", "Augustwahl")
    assert len(rs_election) == 2

    forward = index.links_for(swp.id, swp_election)
    assert {link.target.index for link in forward if link.target.doc == rs.id} & rs_election
    best_back = [index.links_for(rs.id, i) for i in sorted(rs_election)]
    swp_election_talk = sentences_with(swp, "Präsidentschaftswahl", "August 2020", "Wahlen")
    assert any(
        link.target.doc == swp.id and link.target.index in swp_election_talk
        for links in best_back
        for link in links
    )


def test_links_on_the_seeds_have_reasons_and_stay_few(
    seeds: tuple[dict[str, Document], LinkIndex],
) -> None:
    documents, index = seeds
    for doc_id, document in documents.items():
        found = index.links_for_document(doc_id)
        assert found, f"{doc_id} has no links at all"
        assert len(found) < len(document.sentences)
        for links in found.values():
            assert 1 <= len(links) <= 3
            assert all(link.target.doc != doc_id for link in links)
            assert all(
                link.reasons.dates or link.reasons.entities or link.reasons.terms for link in links
            )
