"""Date tagger on the development set: strict, relaxed and value P/R/F1 for each half.

Run: ``.venv/bin/python benchmarks/dates_dev.py`` (``--errors`` lists the tuning half's misses
and false alarms; the held-aside half is only ever scored, never inspected while tuning).

The set has two parts, both annotated by hand with TIMEX3 (see ``benchmarks/data/README.md``):
``timex_dev.json``, XQuAD's German translations and English originals of Wikipedia paragraphs
(encyclopedic, years written out; even-numbered XQuAD articles tune, odd-numbered ones are held
aside), and ``timex_narrative.json``, German narrative passages that carry the year and month
from sentence to sentence (split by text). The texts have no document date, so nothing is
anchored.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from glossary.dates import Timex, tag
from glossary.timex_eval import GoldTimex, Score, extent_score, score

DATA = Path(__file__).resolve().parent / "data"
PARTS = {"encyclopedic": DATA / "timex_dev.json", "narrative": DATA / "timex_narrative.json"}


def gold_of(document: dict[str, Any]) -> list[GoldTimex]:
    """The document's annotations as located gold items."""
    return [
        GoldTimex(t["start"], t["end"], t["text"], t["value"], t["mod"], t["type"])
        for t in document["timexes"]
    ]


def tag_document(document: dict[str, Any]) -> list[Timex]:
    """The tagger's expressions in one text, anchored at its date when it has one (news)."""
    return tag(document["text"], document["language"], document.get("anchor"))


def evaluate(documents: list[dict[str, Any]]) -> dict[str, Score]:
    """Strict extent, relaxed extent and value scores summed over ``documents``."""
    totals = {name: Score(0, 0, 0) for name in ("strict", "relaxed", "value")}
    for document in documents:
        found = tag_document(document)
        gold = gold_of(document)
        totals["strict"] += extent_score(found, gold, strict=True)
        totals["relaxed"] += extent_score(found, gold)
        totals["value"] += score(found, gold)
    return totals


def errors(document: dict[str, Any]) -> list[str]:
    """Lines describing the misses and false alarms (by value) of one document."""
    found = tag_document(document)
    gold = gold_of(document)
    lines = []
    for item in gold:
        if not any(_same(t, item) for t in found):
            near = [t for t in found if t.start < item.end and item.start < t.end]
            got = f" (got {near[0].text!r} {near[0].value})" if near else ""
            lines.append(f"  miss {item.text!r} {item.value}{got}")
    for timex in found:
        if not any(timex.start < g.end and g.start < timex.end for g in gold):
            lines.append(f"  false {timex.text!r} {timex.value}")
    return lines


def _cells(documents: list[dict[str, Any]]) -> str:
    """One report line: size, then strict, relaxed and value P/R/F1."""
    expressions = sum(len(d["timexes"]) for d in documents)
    cells = "  ".join(
        f"{name} {s.precision:.3f} {s.recall:.3f} {s.f1:.3f}"
        for name, s in evaluate(documents).items()
    )
    return f"({len(documents)} texts, {expressions} expr.): {cells}"


def _same(timex: Timex, item: GoldTimex) -> bool:
    return timex.start < item.end and item.start < timex.end and timex.value == item.value


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--errors", action="store_true", help="list the tuning half's errors")
    args = parser.parse_args()
    print("Date tagger on the development set (P / R / F1)")
    documents = []
    for part, path in PARTS.items():
        part_documents = json.loads(path.read_text(encoding="utf-8"))["documents"]
        documents += part_documents
        for language in ("de", "en"):
            for split in ("tune", "aside"):
                chosen = [
                    d for d in part_documents if d["language"] == language and d["split"] == split
                ]
                if chosen:
                    print(f"  {part} {language} {split:5} {_cells(chosen)}")
    if args.errors:
        for document in documents:
            if document["split"] == "tune" and (lines := errors(document)):
                print(f"{document['id']}:")
                print("\n".join(lines))


if __name__ == "__main__":
    main()
