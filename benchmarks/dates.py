"""Date tagger benchmark: speed on the seeds and on 10 MB of German, and F1 on the gold file.

Run: ``.venv/bin/python benchmarks/dates.py``. The seeds are loaded through the documents
loader (cleaned text, body and excerpt as separate spans); the synthetic corpus is built
deterministically from varied sentences with dates, numbers that are not years and filler.
"""

from __future__ import annotations

import json
import random
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

from documents.catalog import read_catalog
from documents.loader import load_document
from glossary.dates import tag, tag_spans
from glossary.timex_eval import Score, locate, score

ROOT = Path(__file__).resolve().parents[1]

TEMPLATES = [
    "Im {month} {year} reiste der Präsident nach {city}.",
    "Am {day}. {month} {year} unterzeichneten beide Seiten ein Abkommen.",
    "Seit {year} regiert er das Land mit harter Hand.",
    "Ende {month} und Anfang {month2} {year} fanden Gespräche statt.",
    "Die Zahl stieg auf {count}.000 Soldaten und {pct},{pct2} Prozent.",
    "Im Sommer {year} kamen Flüchtlinge an die Grenze.",
    "Er war seit drei Jahren nicht mehr in {city} gewesen.",
    "Gegenwärtig ist die Lage in {city} angespannt.",
    "Im {month} des Jahres wurden die Verhandlungen abgebrochen.",
    "In den ersten neun Monaten des Jahres {year} wuchs das BIP um {pct} Prozent.",
    "Das Manöver Sapad-{year} war die größte Übung dieser Art.",
    "Die Delegation traf am {day}./{day2}. {month} {year} in {city} ein.",
    "Vor {year} hatten beide Länder kaum Kontakte.",
    "Bis zum {day}. {month} {year} sollten die Programme umgesetzt sein.",
    "Der Bericht umfasst {count} Seiten und {count2} Tabellen.",
    "Die Opposition protestierte, doch die Regierung blieb hart.",
]
CITIES = ["Minsk", "Moskau", "Kyjiw", "Warschau", "Vilnius", "Peking", "Brüssel"]
MONTHS = [
    "Januar",
    "Februar",
    "März",
    "April",
    "Mai",
    "Juni",
    "Juli",
    "August",
    "September",
    "Oktober",
    "November",
    "Dezember",
]


def synthetic_corpus(size: int, seed: int = 0) -> str:
    """About ``size`` characters of German paragraphs, the same for the same seed."""
    rng = random.Random(seed)
    parts, length = [], 0
    while length < size:
        sentences = []
        for _ in range(rng.randint(3, 7)):
            month, month2 = rng.sample(MONTHS, 2)
            sentence = rng.choice(TEMPLATES).format(
                month=month,
                month2=month2,
                year=rng.randint(1990, 2025),
                day=rng.randint(1, 27),
                day2=rng.randint(1, 28),
                city=rng.choice(CITIES),
                count=rng.randint(2, 90),
                count2=rng.randint(2, 90),
                pct=rng.randint(1, 9),
                pct2=rng.randint(0, 9),
            )
            sentences.append(sentence)
        paragraph = " ".join(sentences)
        parts.append(paragraph)
        length += len(paragraph) + 2
    return "\n\n".join(parts)


def best_of(repeat: int, work: Callable[[], object]) -> float:
    """The fastest of ``repeat`` runs of ``work()``, in seconds."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    gold = json.loads((ROOT / "tests" / "data" / "timex_gold.json").read_text(encoding="utf-8"))
    by_id = {item["catalog_id"]: item for item in gold["documents"]}
    for warm_up in ("de", "en"):  # compile the rules before timing
        tag("Im März 2022. In March 2022.", warm_up, "2023")
    total = strict = Score(0, 0, 0)
    print("Date tagger")
    for entry in read_catalog():
        doc = load_document(entry.path, meta=entry.meta)
        spans = [(s.start, s.end, s.language) for s in doc.sections]
        seconds = best_of(20, partial(tag_spans, doc.text, spans, doc.published))
        raw = entry.path.read_text(encoding="utf-8")
        raw_seconds = best_of(20, partial(tag, raw, doc.language, doc.published))
        found = tag_spans(doc.text, spans, doc.published)
        print(
            f"  {entry.id}: {len(doc.text) / 1000:.1f} KB cleaned, {len(found)} expressions, "
            f"{seconds * 1000:.1f} ms (raw file {len(raw) / 1000:.1f} KB: "
            f"{raw_seconds * 1000:.1f} ms)"
        )
        if entry.id in by_id:
            located = locate(doc.text, by_id[entry.id]["timexes"])
            total += score(found, located)
            strict += score(found, located, strict_all=True)
    corpus = synthetic_corpus(10_000_000)
    seconds = best_of(1, partial(tag, corpus, "de", "2024"))
    count = len(tag(corpus, "de", "2024"))
    print(
        f"  synthetic German: {len(corpus) / 1e6:.1f} MB, {count} expressions, "
        f"{seconds:.2f} s = {len(corpus) / 1e6 / seconds:.1f} MB/s"
    )
    expected = total.true_positives + total.false_negatives
    print(
        f"  gold (strict value): P {total.precision:.3f} R {total.recall:.3f} "
        f"F1 {total.f1:.3f} ({total.true_positives} of {expected})"
    )
    print(f"  gold (value, mod and type): F1 {strict.f1:.3f}")


if __name__ == "__main__":
    main()
