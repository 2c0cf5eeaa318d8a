"""Date tagger on the development set: strict, relaxed and value P/R/F1 for each half.

Run: ``.venv/bin/python benchmarks/dates_dev.py`` (``--errors`` lists the tuning half's misses
and false alarms; the held-aside half is only ever scored, never inspected while tuning).

The set has two parts, both annotated by hand with TIMEX3 (see ``benchmarks/data/README.md``):
``timex_dev.json``, XQuAD's German translations and English originals of Wikipedia paragraphs
(encyclopedic, years written out; even-numbered XQuAD articles tune, odd-numbered ones are held
aside), and ``timex_narrative.json``, German narrative passages that carry the year and month
from sentence to sentence (split by text). The texts have no document date, so nothing is
anchored. Texts of the split ``trial`` (retellings of a user trial's documents) are
read by no row: no tuning run sees them.

Texts whose gold marks each expression ``timeline`` (true when a reader would want it as an entry
of the timeline: no duration or set, no byline, no "today" of a text whose story ended long
before) are also loaded as documents and put through the app's timeline; the ``timeline`` row
scores its entries: an entry is right when it overlaps a gold expression marked for the
timeline and covers that expression's days (a range's stretch covers both its ends).
"""

from __future__ import annotations

import argparse
import json
import tempfile
from datetime import date
from pathlib import Path
from typing import Any

from documents.loader import load_document
from documents.model import DocumentMeta
from glossary.dates import Timex, tag, tag_spans
from glossary.features import Analyzers, extract_features
from glossary.reference_time import reference_times
from glossary.timeline import TimelineEntry, timeline
from glossary.timex_eval import GoldTimex, Score, extent_score, score
from glossary.timex_values import interval

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


def timeline_entries(document: dict[str, Any]) -> tuple[list[TimelineEntry], int]:
    """The app's timeline of one text, loaded as a plain-text document dated at its anchor,
    and where the loaded text starts in the gold text (the loader may take a title line off)."""
    analyzers = Analyzers(tag_spans, lambda _text: [], lambda _text, _lang: [], reference_times)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "text.txt"
        path.write_text(document["text"], encoding="utf-8")
        meta = DocumentMeta(language=document["language"], published=document.get("anchor") or "")
        loaded = load_document(path, meta)
    shift = document["text"].find(loaded.text)
    if shift < 0:
        raise ValueError(f"{document['id']}: the loader changed the text; offsets would move")
    return timeline([(loaded, extract_features(loaded, analyzers).dates())]), shift


def timeline_score(document: dict[str, Any]) -> tuple[list[int], list[str]]:
    """Entries against the gold expressions marked for the timeline: right entries, entries,
    gold expressions with an entry, gold expressions; and the errors."""
    entries, shift = timeline_entries(document)
    wanted = []
    for item in document["timexes"]:
        days = interval(item["value"], document.get("anchor"))
        if item["timeline"] and days is not None:
            wanted.append((item["start"] - shift, item["end"] - shift, item, days))
    found: set[int] = set()
    right = 0
    lines = []
    for entry in entries:
        hits = [n for n, (*span, _, days) in enumerate(wanted) if _covers(entry, span, days)]
        found.update(hits)
        right += bool(hits)
        if not hits:
            lines.append(f"  false entry {entry.timex_text!r} {entry.value} {entry.first}")
    for n, (_, _, item, _) in enumerate(wanted):
        if n not in found:
            lines.append(f"  no entry {item['text']!r} {item['value']}")
    return [right, len(entries), len(found), len(wanted)], lines


def _covers(entry: TimelineEntry, span: list[int], days: tuple[date, date]) -> bool:
    overlaps = entry.start < span[1] and span[0] < entry.end
    return overlaps and entry.first <= days[0] and days[1] <= entry.last


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
            for split in ("tune", "aside", "blind"):
                chosen = [
                    d for d in part_documents if d["language"] == language and d["split"] == split
                ]
                if chosen:
                    print(f"  {part} {language} {split:5} {_cells(chosen)}")
    _timeline_rows(documents)
    if args.errors:
        for document in documents:
            if document["split"] != "tune":
                continue
            lines = errors(document)
            if _marked(document):
                lines += timeline_score(document)[1]
            if lines:
                print(f"{document['id']}:")
                print("\n".join(lines))


def _timeline_rows(documents: list[dict[str, Any]]) -> None:
    """One timeline row per language and split, over the texts whose gold marks the timeline."""
    marked = [d for d in documents if _marked(d)]
    for language in ("de", "en"):
        for split in ("tune", "aside", "blind"):
            chosen = [d for d in marked if d["language"] == language and d["split"] == split]
            if chosen:
                counts = [timeline_score(document)[0] for document in chosen]
                right, entries, found, wanted = (
                    sum(column) for column in zip(*counts, strict=True)
                )
                print(
                    f"  timeline {language} {split:5} ({len(chosen)} texts): right entries"
                    f" {right}/{entries}, gold with an entry {found}/{wanted}"
                )


def _marked(document: dict[str, Any]) -> bool:
    return bool(document["timexes"]) and all("timeline" in t for t in document["timexes"])


if __name__ == "__main__":
    main()
