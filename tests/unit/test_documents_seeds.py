"""The two bundled documents: outline, lead, web-page clean-up, excerpt, byte-for-byte copies."""

from __future__ import annotations

import re
from functools import cache

import pytest

from documents.catalog import read_catalog
from documents.loader import load_document
from documents.model import BlockKind, Document, SectionRole
from tests.conftest import SEEDS

SWP = "000_cc7143100e28bed8.txt"
WEB = "004_3a07e2c5eac569ce.txt"
SHARED_SEEDS = SEEDS.parents[1] / "shared" / "seeds"
"""The seeds as received: ``shared/`` stands beside the checkout (and beside CI's clone)."""

SWP_OUTLINE = [
    (1, "Schwindende Kontrolle"),
    (1, "Lukaschenkas Strategie der Geopolitisierung"),
    (1, "Kriegsbeginn als Zäsur"),
    (1, "Neujustierung der Beziehungen"),
    (2, "Wirtschaftliche Verflechtung und Scheinerholung"),
    (2, "Außenpolitisches Bemühen um Diversifizierung"),
    (2, "Ausbau der sicherheitspolitischen Kooperation"),
    (2, "Anhaltende Vermittlungsambitionen"),
    (1, "Schulterschluss und Abgrenzung"),
    (1, "Strategische Schlussfolgerungen"),
]
ENGLISH_WORDS = frozenset({"the", "of", "and", "to", "its", "has", "was", "from", "this", "with"})


@cache
def seed(name: str) -> Document:
    """The seed as the text itself describes it (no catalogue metadata)."""
    return load_document(SEEDS / name)


def paragraph_text(document: Document, kind: BlockKind) -> list[str]:
    return [document.text[p.start : p.end] for p in document.paragraphs if p.kind is kind]


def looks_english(sentence: str) -> bool:
    words = re.findall(r"[a-z]+", sentence.lower())
    return sum(word in ENGLISH_WORDS for word in words) >= 3


# --- the SWP analysis ------------------------------------------------------------------------


def test_swp_outline_lists_exactly_its_ten_headings() -> None:
    document = seed(SWP)
    assert [(h.level, h.title) for h in document.outline] == SWP_OUTLINE
    starts = [h.start for h in document.outline]
    assert starts == sorted(starts)
    for heading in document.outline:
        assert document.text[heading.start : heading.end] == heading.title


def test_swp_headings_are_heading_paragraphs() -> None:
    document = seed(SWP)
    titles = [title for _, title in SWP_OUTLINE]
    assert paragraph_text(document, BlockKind.HEADING) == titles


def test_swp_abstract_is_one_paragraph_of_body_text() -> None:
    document = seed(SWP)
    # the plain text marks no abstract: its opening paragraph is body text, not a lead
    assert BlockKind.LEAD not in [p.kind for p in document.paragraphs]
    lead = document.text[document.paragraphs[0].start : document.paragraphs[0].end]
    assert lead.startswith("Die russische Vollinvasion der Ukraine stellte im Februar 2022")
    assert lead.endswith("dürfen die EU und Deutschland das Land nicht abschreiben.")
    assert "Souveränität" in lead and "\n" not in lead and "  " not in lead


def test_swp_is_one_german_body_without_truncation() -> None:
    document = seed(SWP)
    assert document.language == "de"
    assert [(s.role, s.language) for s in document.sections] == [(SectionRole.BODY, "de")]
    assert not any(p.truncated for p in document.paragraphs)
    assert document.warnings == []


def test_swp_text_is_reflowed() -> None:
    text = seed(SWP).text
    assert "\n\n\n" not in text
    assert all(line == line.strip() for line in text.split("\n"))
    assert not re.search(r"[a-zäöüß]- [a-zäöüß]", text.replace("- und", "").replace("- oder", ""))


# --- the scraped web page ---------------------------------------------------------------------


def test_web_teasers_are_gone() -> None:
    text = seed(WEB).text
    assert not re.search(r"^[a-z0-9äöüß,„“]+(?:-[a-z0-9äöüß,„“]+){3,}", text, re.MULTILINE)
    for teaser in ("Senegal", "Putschgürtel", "gespaltenes Haus", "was-waere"):
        assert teaser not in text


def test_web_published_line_becomes_the_date() -> None:
    document = seed(WEB)
    assert "Published On" not in document.text
    assert document.published == "2024-02-13T20:33"


def test_web_title_is_taken_from_the_text() -> None:
    document = seed(WEB)
    assert document.title == "Was wäre, wenn die USA Belarus nicht aufgegeben hätten"
    assert document.text.startswith("Russlands Invasion der Ukraine begann")


def test_web_body_breaks_off_and_is_marked_truncated() -> None:
    document = seed(WEB)
    body = document.sections[0]
    last_body = [p for p in document.paragraphs if p.end <= body.end][-1]
    assert last_body.truncated
    assert document.text[last_body.start : last_body.end].endswith("Lukaschenko")
    assert document.paragraphs[0].kind is BlockKind.PARAGRAPH


def test_web_english_excerpt_is_its_own_section() -> None:
    document = seed(WEB)
    assert [(s.role, s.language, s.label) for s in document.sections] == [
        (SectionRole.BODY, "de", ""),
        (SectionRole.EXCERPT, "en", "Original Artikel Teaser"),
    ]
    excerpt = document.sections[1]
    excerpt_text = document.text[excerpt.start : excerpt.end]
    assert "What if the US hadn't abandoned Belarus?" in excerpt_text
    assert "Russia’s invasion of Ukraine opened with a march toward Kyiv." in excerpt_text
    assert excerpt.end == len(document.text)


def test_web_body_has_no_english_sentence() -> None:
    document = seed(WEB)
    body = document.body_spans()
    in_body = [s for s in document.sentences if any(b.start <= s.start < b.end for b in body)]
    assert len(in_body) > 30
    english = [
        document.text[s.start : s.end]
        for s in in_body
        if looks_english(document.text[s.start : s.end])
    ]
    assert english == []
    excerpt_sentences = [s for s in document.sentences if s not in in_body]
    assert any(looks_english(document.text[s.start : s.end]) for s in excerpt_sentences)


def test_web_link_label_is_gone() -> None:
    document = seed(WEB)
    assert "Details zu" not in document.text
    assert document.text.endswith("A dispute over dairy product exports led")


def test_web_outline_is_the_excerpt_label_and_original_title() -> None:
    assert [(h.level, h.title) for h in seed(WEB).outline] == [
        (1, "Original Artikel Teaser"),
        (2, "What if the US hadn't abandoned Belarus?"),
    ]


# --- both ----------------------------------------------------------------------------------


@pytest.mark.parametrize("name", [SWP, WEB])
def test_paragraphs_tile_the_text(name: str) -> None:
    document = seed(name)
    previous_end = None
    for paragraph in document.paragraphs:
        if previous_end is not None:
            assert document.text[previous_end : paragraph.start] == "\n\n"
        assert paragraph.start < paragraph.end
        previous_end = paragraph.end
    assert document.paragraphs[0].start == 0 and previous_end == len(document.text)


@pytest.mark.parametrize("name", [SWP, WEB])
def test_text_is_clean(name: str) -> None:
    text = seed(name).text
    assert not re.search(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\ufeff\t]", text)
    assert "  " not in text


def test_catalogue_matches_the_files_and_their_metadata() -> None:
    entries = {entry.id: entry for entry in read_catalog(SEEDS)}
    assert set(entries) == {"swp-belarus-2023", "rs-belarus-2024"}
    assert entries["swp-belarus-2023"].path.name == SWP
    assert entries["rs-belarus-2024"].path.name == WEB
    for entry in entries.values():
        assert entry.path.is_file()
        assert entry.meta.language == "de" and entry.meta.publisher and entry.meta.title
    assert entries["rs-belarus-2024"].meta.published == seed(WEB).published


def test_catalogue_metadata_overrides_the_text() -> None:
    entry = next(e for e in read_catalog(SEEDS) if e.id == "swp-belarus-2023")
    document = load_document(entry.path, entry.meta, entry.id)
    assert document.id == "swp-belarus-2023"
    assert document.title == "SWP-Aktuell 66/2023"
    assert document.published == "2023"
    assert document.meta.publisher.startswith("Stiftung Wissenschaft und Politik")
    assert [h.title for h in document.outline] == [t for _, t in SWP_OUTLINE]


@pytest.mark.skipif(not SHARED_SEEDS.is_dir(), reason="no shared seeds directory here")
@pytest.mark.parametrize("name", [SWP, WEB])
def test_seeds_are_byte_for_byte_copies(name: str) -> None:
    assert (SEEDS / name).read_bytes() == (SHARED_SEEDS / name).read_bytes()


@pytest.mark.skipif(not SHARED_SEEDS.is_dir(), reason="no shared seeds directory here")
def test_every_shared_seed_is_bundled() -> None:
    shared = sorted(p.name for p in SHARED_SEEDS.glob("*.txt"))
    assert shared == sorted(p.name for p in SEEDS.glob("*.txt"))
