"""The glossary on the two bundled documents: the named entities are found where they occur."""

from __future__ import annotations

from collections import Counter

import pytest

from glossary.discovered import DiscoveryCache, Source, discovered_entries
from glossary.entities import Glossary, load_glossary
from glossary.mentions import find_mentions
from tests.conftest import SEEDS

ANALYSIS = "000_cc7143100e28bed8.txt"
OPINION = "004_3a07e2c5eac569ce.txt"


@pytest.fixture(scope="module")
def glossary() -> Glossary:
    return load_glossary(None)


def seed(name: str) -> str:
    return (SEEDS / name).read_text(encoding="utf-8")


def surfaces(glossary: Glossary, name: str) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for mention in find_mentions(glossary, seed(name)):
        found.setdefault(mention.entry_id, set()).add(" ".join(mention.text.split()))
    return found


@pytest.mark.parametrize(
    ("name", "entry_id", "expected"),
    [
        (ANALYSIS, "sapad", {"Sapad"}),
        (OPINION, "sapad", {"Zapad"}),
        (ANALYSIS, "union-state", {"Unionsstaats"}),
        (OPINION, "union-state", {"Unionsstaat", "Unionsstaats"}),
        (ANALYSIS, "csto", {"Organisation des Vertrags über kollektive Sicherheit"}),
        (ANALYSIS, "kalinouski-regiment", {"Kalinouski-Regiment"}),
        (ANALYSIS, "lukaschenka", {"Lukaschenka", "Lukaschenkas", "Alexander Lukaschenka"}),
        (OPINION, "lukaschenka", {"Lukaschenko", "Lukaschenkos", "Alexander Lukaschenko"}),
        (ANALYSIS, "kyiv", {"Kyjiw"}),
        (OPINION, "kyiv", {"Kiew", "Kyiv"}),
        (ANALYSIS, "nato", {"Nato"}),
        (OPINION, "nato", {"NATO"}),
        (ANALYSIS, "wagner", {"Wagner"}),
        (ANALYSIS, "union-programmes", {"Roadmaps", "Unionsprogramme"}),
        (OPINION, "milk-war", {"Milchkrieg"}),
        (OPINION, "abkhazia", {"Abchasiens", "Abkhazia"}),
    ],
)
def test_entities_are_found_in_the_documents_naming_them(
    glossary: Glossary, name: str, entry_id: str, expected: set[str]
) -> None:
    assert expected <= surfaces(glossary, name).get(entry_id, set())


@pytest.mark.parametrize(
    ("name", "absent"), [(OPINION, "kalinouski-regiment"), (OPINION, "csto"), (OPINION, "wagner")]
)
def test_entities_are_not_invented(glossary: Glossary, name: str, absent: str) -> None:
    assert absent not in surfaces(glossary, name)


def test_every_lukaschenka_spelling_is_found(glossary: Glossary) -> None:
    for name in (ANALYSIS, OPINION):
        text = seed(name)
        found = Counter(m.entry_id for m in find_mentions(glossary, text))
        spelled = text.count("Lukaschenk")
        assert found["lukaschenka"] == spelled


def test_discovery_adds_few_entries_to_the_curated_seeds(glossary: Glossary) -> None:
    sources = [Source(name, seed(name), "de") for name in (ANALYSIS, OPINION)]
    found = discovered_entries(glossary, sources, DiscoveryCache(None))
    names = {name for entry in found for name in entry.all_names()}
    assert len(found) <= 10, names
    assert not names & {"Lukaschenka", "Sapad", "Unionsstaat", "Kalinouski-Regiment"}


def test_a_name_nested_in_a_longer_name_counts_too(glossary: Glossary) -> None:
    for name in (ANALYSIS, OPINION):
        text = seed(name)
        found = [m for m in find_mentions(glossary, text) if m.entry_id == "union-state"]
        assert len(found) == text.count("Unionsstaat"), name
