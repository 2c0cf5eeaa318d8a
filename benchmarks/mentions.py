"""Benchmark: the mention finder over a 10 MB synthetic corpus.

The corpus is sentences of the two bundled documents, shuffled and mixed with made-up
capitalised words (so that the matcher meets many near-misses), hard-wrapped like a plain
text export, until it reaches the target size. Reported: the time to compile the glossary's
regex, to fold the text, to find all mentions (fold included), and the throughput in MB/s.
``--entries N`` adds N made-up entries to the bundled ones, to see how the finder scales
with the catalogue. Run with ``python benchmarks/mentions.py [--mb 10] [--entries 0]``.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import textwrap
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from glossary.entities import Glossary, build_entry, load_glossary  # noqa: E402
from glossary.folding import fold  # noqa: E402
from glossary.mentions import find_mentions  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
SYLLABLES = ["ka", "lu", "mir", "sch", "en", "o", "wa", "berg", "stadt", "ni", "tor", "ek"]


def made_up_word(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))).capitalize()


def corpus(megabytes: float, rng: random.Random) -> str:
    """Shuffled seed sentences and made-up names, wrapped at 90 columns, ``megabytes`` long."""
    sentences = []
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        text = " ".join(path.read_text(encoding="utf-8").split())
        sentences.extend(re.split(r"(?<=[.!?])\s+", text))
    target = int(megabytes * 1_000_000)
    parts: list[str] = []
    size = 0
    while size < target:
        paragraph = " ".join(
            rng.choice(sentences)
            + (f" {made_up_word(rng)} {made_up_word(rng)}." * rng.randint(0, 1))
            for _ in range(8)
        )
        wrapped = textwrap.fill(paragraph, 90) + "\n\n"
        parts.append(wrapped)
        size += len(wrapped.encode())
    return "".join(parts)


def with_made_up_entries(glossary: Glossary, count: int, rng: random.Random) -> Glossary:
    entries = dict(glossary.entries)
    names: set[str] = set()
    while len(names) < count:
        names.add(f"{made_up_word(rng)} {made_up_word(rng)}")
    for number, name in enumerate(sorted(names)):
        raw = {"id": f"made-up-{number}", "name": name, "kind": "person",
               "aliases": [name.split()[1] + "-" + name.split()[0]]}  # fmt: skip
        entries[raw["id"]] = build_entry(raw)
    return Glossary(entries)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=10.0, help="corpus size in MB")
    parser.add_argument("--entries", type=int, default=0, help="made-up entries to add")
    args = parser.parse_args()
    rng = random.Random(4)
    text = corpus(args.mb, rng)
    megabytes = len(text.encode()) / 1_000_000
    glossary = load_glossary(None)
    if args.entries:
        glossary = with_made_up_entries(glossary, args.entries, rng)
    names = sum(len(entry.all_names()) for entry in glossary.entries.values())

    started = time.perf_counter()
    glossary.matcher  # noqa: B018 - compiles the regex
    compiled = time.perf_counter()
    fold(text)
    folded = time.perf_counter()
    mentions = find_mentions(glossary, text)
    finished = time.perf_counter()

    total = finished - folded
    print(f"glossary: {len(glossary.entries)} entries, {names} names")
    print(f"corpus:   {megabytes:.1f} MB, {len(mentions):,} mentions")
    print(f"compile:  {compiled - started:.3f} s")
    print(f"fold:     {folded - compiled:.3f} s")
    print(f"find:     {total:.3f} s (fold included) = {megabytes / total:.1f} MB/s")


if __name__ == "__main__":
    main()
