"""Grouping rules narrowed to where they hold (review 24): a bare ``written`` before a date,
short forms of buildings and ships, one vowel sound apart, a town's two word orders."""

from __future__ import annotations

from glossary.entities import Glossary
from tests.unit.test_glossary_discovery import curated, discover

__all__ = ["curated"]  # the fixture, shared with the discovery tests


def test_written_before_a_date_is_no_other_spelling(curated: Glossary) -> None:
    found = discover(
        curated,
        "Her reply to Hartmann, written Easter Sunday, was short. The hymn Morning Star, "
        "written Easter Sunday 1820 in Bristol, spread quickly. Hartmann kept the reply.",
        language="en",
    )
    assert "Hartmann" in found and "Morning Star" in found
    assert found["Hartmann"] is not found.get("Easter Sunday")
    assert found["Morning Star"] is not found.get("Easter Sunday")
    assert found["Hartmann"] is not found["Morning Star"]
