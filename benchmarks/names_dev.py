"""Glossary discovery on the development set: found, merged, kinds, ordinary nouns proposed.

Each text (``benchmarks/data/names_dev.json``, texts from ``timex_dev.json``) is a library of
its own, as for a reader who adds one document: the bundled catalogue plus the entries
discovered in it. Reported per half and language: ``tune`` (rules are tuned on it), ``aside``
(kept aside, but its texts were read while tuning, so no longer a clean check) and ``fresh``
(written after the tuning and never tuned on: the held-out figure; ``fresh2`` to ``fresh5``,
more written the same way during later passes; ``overlap``, texts written for a held-out half
whose topics the tuning half took up meanwhile, reported apart):

- found: names of the gold list with at least one occurrence marked as a mention;
- merged: names written in two or more ways whose occurrences all belong to one entry;
- kinds: found names whose entry has the gold kind (person, place, organisation, event; a
  name of another sort, ``other`` in the gold list, counts only for found);
- wrong merges: gold names of two different things (two people sharing a surname) that one
  entry holds (a spelling of each among its names, and most of their occurrences), counted
  once for each name beyond the first; a longer name not found whose span a shorter mention
  covers (``Apollo`` in ``Apollo 11``) is no merge;
- ordinary: listed ordinary nouns that became an entry or a mention of a discovered one.

Run ``python benchmarks/names_dev.py [--errors] [--aside]``: errors are only ever listed for the
tuning half; ``--aside`` adds the other halves' numbers, for the report.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from glossary.discovered import (  # noqa: E402
    DiscoveryCache,
    Source,
    discovered_entries,
    with_discovered,
)
from glossary.entities import Glossary, coarse_kind, load_glossary  # noqa: E402
from glossary.folding import name_key  # noqa: E402
from glossary.mentions import Mention  # noqa: E402

DATA = Path(__file__).resolve().parent / "data"
UNTYPED = "other"
"""The gold kind of a name none of the four kinds fits (a currency: ``Deutsche Mark``)."""


def occurrences(text: str, surface: str) -> list[tuple[int, int]]:
    """Where ``surface`` stands in ``text`` as whole words."""
    pattern = rf"(?<!\w){re.escape(surface)}(?!\w)"
    return [match.span() for match in re.finditer(pattern, text)]


def variant_spans(
    text: str, variants: list[str], others: list[tuple[int, int]] = ()
) -> list[tuple[int, int]]:
    """Where the variants of one name stand, each place once: ``Luther`` inside ``Martin
    Luther`` is the longer spelling's occurrence, not one of its own, and ``DuMont`` inside
    ``DuMont Laboratories`` (``others``: the spans of the other listed names) belongs to that
    other name."""
    spans = sorted(
        {span for surface in variants for span in occurrences(text, surface)},
        key=lambda span: (span[0], -span[1]),
    )
    kept: list[tuple[int, int]] = []
    for start, end in spans:
        inside_other = any(s <= start and end <= e and e - s > end - start for s, e in others)
        if not inside_other and not any(s <= start and end <= e for s, e in kept):
            kept.append((start, end))
    return kept


def best_mention(mentions: list[Mention], start: int, end: int) -> Mention | None:
    """The longest mention inside ``[start, end)`` (an ending may stick out) covering most
    of it: the entry a reader would reach from that spelling."""
    inside = [
        m
        for m in mentions
        if start <= m.start < end and m.end <= end + 3 and (m.end - m.start) >= 0.6 * (end - start)
    ]
    return max(inside, key=lambda m: m.end - m.start, default=None)


def score_document(glossary: Glossary, doc: dict, text: str, errors: list[str]) -> Counter:
    """Counts for one text; problems are appended to ``errors``."""
    source = Source(doc["id"], text, doc["id"].split("-")[1])
    entries = discovered_entries(glossary, [source], DiscoveryCache(None))
    merged = with_discovered(glossary, entries)
    mentions = merged.matcher.scan(text)
    counts: Counter = Counter()
    owners: dict[str, list[str]] = {}  # entry id -> the gold names it took
    for name, kind, variants in doc["names"]:
        counts["names"] += 1
        ids: Counter[str] = Counter()
        spans = 0
        others = [
            span
            for other, _, other_variants in doc["names"]
            if other != name
            for surface in other_variants
            for span in occurrences(text, surface)
        ]
        for start, end in variant_spans(text, variants, others):
            spans += 1
            mention = best_mention(mentions, start, end)
            if mention is not None:
                ids[mention.entry_id] += 1
        if not ids:
            errors.append(f"{doc['id']}: not found: {name}")
            continue
        counts["found"] += 1
        entry = merged.entries[ids.most_common(1)[0][0]]
        if {name_key(v) for v in variants} & {name_key(n) for n in entry.all_names()}:
            owners.setdefault(entry.id, []).append(name)  # the entry holds this name
        if kind != UNTYPED:  # a currency or the like: found or not, no kind to get right
            counts["typed"] += 1
            if coarse_kind(entry.kind) == kind:
                counts["kind"] += 1
            else:
                errors.append(f"{doc['id']}: kind of {name}: {entry.kind} (gold {kind})")
        if len({name_key(v) for v in variants}) > 1:
            counts["groups"] += 1
            if len(ids) == 1 and sum(ids.values()) == spans:
                counts["merged"] += 1
            else:
                names = [merged.entries[i].name for i in ids]
                errors.append(f"{doc['id']}: split {name}: {names} ({sum(ids.values())}/{spans})")
    for names in owners.values():
        if len(names) > 1:
            counts["wrong_merges"] += len(names) - 1
            errors.append(f"{doc['id']}: one entry for {names}")
    discovered = {name_key(n): e for e in entries for n in e.all_names()}
    for word in doc["ordinary"]:
        counts["ordinary"] += 1
        hit = name_key(word) in discovered or any(
            (m := best_mention(mentions, s, e)) is not None
            and merged.entries[m.entry_id].source == "discovered"
            for s, e in occurrences(text, word)
        )
        if hit:
            counts["ordinary_proposed"] += 1
            errors.append(f"{doc['id']}: ordinary noun proposed: {word}")
    counts["entries"] += len(entries)
    counts["chars"] += len(text)
    return counts


def percent(part: int, whole: int) -> str:
    return f"{100 * part / whole:.0f} % ({part}/{whole})" if whole else "n/a"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--errors", action="store_true", help="list the tuning half's errors")
    parser.add_argument(
        "--aside", action="store_true", help="also score the halves kept aside (for the report)"
    )
    args = parser.parse_args()
    gold = json.loads((DATA / "names_dev.json").read_text(encoding="utf-8"))
    texts = {
        doc["id"]: doc["text"]
        for doc in json.loads((DATA / "timex_dev.json").read_text(encoding="utf-8"))["documents"]
    }
    texts.update({doc["id"]: doc["text"] for doc in gold["documents"] if "text" in doc})
    glossary = load_glossary(None)
    totals: dict[tuple[str, str], Counter] = {}
    errors: list[str] = []
    started = time.perf_counter()
    for doc in gold["documents"]:
        if doc["split"] != "tune" and not args.aside:
            continue
        language = doc["id"].split("-")[1]
        wrong: list[str] = []
        counts = score_document(glossary, doc, texts[doc["id"]], wrong)
        totals.setdefault((doc["split"], language), Counter()).update(counts)
        if doc["split"] == "tune":
            errors.extend(wrong)
    elapsed = time.perf_counter() - started
    print(
        "| half | lang | texts' names | found | merged groups | wrong merges | kinds right "
        "| ordinary proposed |"
    )
    print("|---|---|---|---|---|---|---|---|")
    for (half, language), c in sorted(totals.items(), key=lambda item: (item[0][0] != "tune",)):
        print(
            f"| {half} | {language} | {c['names']} | {percent(c['found'], c['names'])} | "
            f"{percent(c['merged'], c['groups'])} | {c['wrong_merges']} | "
            f"{percent(c['kind'], c['typed'])} | "
            f"{c['ordinary_proposed']} of {c['ordinary']} |"
        )
    print(f"\n{elapsed:.1f} s for all texts (models and place lists loaded once included)")
    if args.errors:
        print("\n".join(errors))


if __name__ == "__main__":
    main()
