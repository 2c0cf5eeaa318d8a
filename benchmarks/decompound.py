"""Benchmark: compound splitting quality on tests/data/compounds.tsv, and analysis speed.

Prints precision, recall and F1 of the split parts (compared as index terms, as search compares
them), then throughput: splitting novel compounds with empty caches (the cost a large corpus pays
once per distinct word) and analysing the seed documents with cold and warm caches. Run with
``python benchmarks/decompound.py``.
"""

from __future__ import annotations

import random
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from index import analysis, decompound  # noqa: E402

NOVEL = 20_000
"""Synthetic compounds (pairs of seed nouns) split with empty caches."""

WARM_ROUNDS = 20
"""Passes over the seed text once every word is cached."""


def load_cases() -> list[tuple[str, list[str]]]:
    """The (word, expected parts) rows of the hand-written list."""
    cases = []
    for line in (
        (ROOT / "tests" / "data" / "compounds.tsv").read_text(encoding="utf-8").splitlines()
    ):
        if line.strip() and not line.startswith("#"):
            word, _, parts = line.partition("\t")
            cases.append((word, parts.split()))
    return cases


def quality(cases: list[tuple[str, list[str]]]) -> None:
    """Print precision, recall and F1 over all parts, and the share of words split exactly right."""
    correct = predicted = expected = exact = 0
    for word, parts in cases:
        want = {analysis.index_term(part) for part in parts}
        got = {analysis.index_term(part) for part in decompound.split_compound(word.lower())}
        correct += len(want & got)
        predicted += len(got)
        expected += len(want)
        exact += want == got
    precision, recall = correct / predicted, correct / expected
    f1 = 2 * precision * recall / (precision + recall)
    compounds = sum(1 for _, parts in cases if parts)
    print(f"list: {compounds} compounds, {len(cases) - compounds} words that must stay whole")
    print(
        f"precision {precision:.3f}  recall {recall:.3f}  F1 {f1:.3f}  exact {exact}/{len(cases)}"
    )


def clear_caches() -> None:
    """Forget every cached stem and split, keeping the loaded frequency list."""
    for cached in (
        decompound._lemmas,
        decompound._splits,
        decompound._best_split,
        decompound.compound_parts,
        analysis._stem,
        analysis._terms,
    ):
        cached.cache_clear()


def speed(text: str) -> None:
    """Print splitting and analysis throughput."""
    nouns = sorted({w.lower() for w in re.findall(r"\b[A-ZÄÖÜ][a-zäöüß]{3,11}\b", text)})
    rng = random.Random(7)
    novel = {
        rng.choice(nouns) + rng.choice(("", "s", "en")) + rng.choice(nouns) for _ in range(NOVEL)
    }
    clear_caches()
    started = time.perf_counter()
    for word in novel:
        decompound.compound_parts(word)
    elapsed = time.perf_counter() - started
    print(f"novel compounds, cold: {len(novel) / elapsed:,.0f} words/s ({len(novel):,} words)")

    size = len(text.encode("utf-8")) / 1e6
    clear_caches()
    started = time.perf_counter()
    analysis.analyze_terms(text)
    cold = time.perf_counter() - started
    started = time.perf_counter()
    for _ in range(WARM_ROUNDS):
        analysis.analyze_terms(text)
    warm = (time.perf_counter() - started) / WARM_ROUNDS
    print(f"seed analysis: cold {size / cold:.2f} MB/s, warm {size / warm:.2f} MB/s")


def main() -> None:
    started = time.perf_counter()
    decompound.split_compound("angriffskrieg")
    print(f"frequency list loaded in {time.perf_counter() - started:.2f} s")
    quality(load_cases())
    speed(
        "\n".join(
            path.read_text(encoding="utf-8") for path in sorted((ROOT / "seeds").glob("*.txt"))
        )
    )


if __name__ == "__main__":
    main()
