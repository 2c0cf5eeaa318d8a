"""Scoring the date tagger against gold lists (the seeds' ``tests/data/timex_gold.json`` and the
development set ``benchmarks/data/timex_dev.json``).

Gold items carry text, value, mod and type but no offsets, because the cleaned text may
change with the loader; they are located in the text by their words, in order. A tagged
expression counts as correct when it overlaps a gold item's span and has the same value
(``strict value``, the measure HeidelTime is usually reported with); ``strict all`` also
demands the same mod and type. ``extent_score`` gives the TempEval-3 extent measures: strict
(the same characters) and relaxed (any overlap).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from glossary.dates import Timex


@dataclass(frozen=True, slots=True)
class GoldTimex:
    """One expected expression, located in the text."""

    start: int
    end: int
    text: str
    value: str
    mod: str | None
    type: str


@dataclass(frozen=True, slots=True)
class Score:
    """Counts and the derived measures."""

    true_positives: int
    false_positives: int
    false_negatives: int

    @property
    def precision(self) -> float:
        found = self.true_positives + self.false_positives
        return self.true_positives / found if found else 0.0

    @property
    def recall(self) -> float:
        expected = self.true_positives + self.false_negatives
        return self.true_positives / expected if expected else 0.0

    @property
    def f1(self) -> float:
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0

    def __add__(self, other: Score) -> Score:
        return Score(
            self.true_positives + other.true_positives,
            self.false_positives + other.false_positives,
            self.false_negatives + other.false_negatives,
        )


def locate(text: str, items: Sequence[dict[str, str | None]]) -> list[GoldTimex]:
    """Find each gold item in ``text``, in order, tolerant of whitespace differences.

    Raises:
        ValueError: when an item cannot be found after the previous one.
    """
    located, cursor = [], 0
    for item in items:
        words = str(item["text"]).split()
        pattern = r"(?<!\w)" + r"\s+".join(map(re.escape, words)) + r"(?!\w)"
        match = re.compile(pattern).search(text, cursor)
        if not match:
            raise ValueError(f"gold item {item['text']!r} not found after offset {cursor}")
        located.append(
            GoldTimex(
                match.start(),
                match.end(),
                match.group(),
                str(item["value"]),
                item.get("mod"),
                str(item["type"]),
            )
        )
        cursor = match.end()
    return located


def score(
    predicted: Sequence[Timex], gold: Sequence[GoldTimex], *, strict_all: bool = False
) -> Score:
    """Match predictions to gold one-to-one by overlap and equal value (and mod, type)."""
    used: set[int] = set()
    hits = 0
    for timex in predicted:
        for index, item in enumerate(gold):
            if index in used or item.end <= timex.start or timex.end <= item.start:
                continue
            same = timex.value == item.value and (
                not strict_all or (timex.mod == item.mod and timex.type == item.type)
            )
            if same:
                used.add(index)
                hits += 1
                break
    return Score(hits, len(predicted) - hits, len(gold) - hits)


def extent_score(
    predicted: Sequence[Timex], gold: Sequence[GoldTimex], *, strict: bool = False
) -> Score:
    """Match predictions to gold one-to-one by exact span (``strict``) or by any overlap."""
    used: set[int] = set()
    hits = 0
    for timex in predicted:
        for index, item in enumerate(gold):
            if index in used:
                continue
            if strict:
                same = (timex.start, timex.end) == (item.start, item.end)
            else:
                same = timex.start < item.end and item.start < timex.end
            if same:
                used.add(index)
                hits += 1
                break
    return Score(hits, len(predicted) - hits, len(gold) - hits)
