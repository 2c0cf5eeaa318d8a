"""What glossary discovery finds, dumped as JSON, to prove that a speed change finds the same.

For each text: the raw reading (``discover``: every name with its count, kind votes, titles,
long forms, partners, alternative names, first offset and place type) and what a reader gets
(the discovered entries with their names, kind, titles and detail, and every mention in the
text). Texts: the development set's tuning half (German and English), each text alone and
each language's texts joined, the bundled seeds and the synthetic corpus
(``benchmarks/corpus.py``, 1 MB by default). The held-out halves are not read. Run once
on the code before the change and once after::

    python benchmarks/discovery_fingerprint.py /tmp/before.json
    python benchmarks/discovery_fingerprint.py /tmp/after.json --against /tmp/before.json

Without a file it prints a digest of the fingerprint only. ``--against`` exits with status 1
and lists the texts that differ (their first few names whose readings differ) when the two
are not identical.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from corpus import generate_corpus  # noqa: E402

from documents.catalog import read_catalog  # noqa: E402
from documents.loader import load_document  # noqa: E402
from glossary.discovered import (  # noqa: E402
    DiscoveryCache,
    Source,
    discovered_entries,
    masked,
    with_discovered,
)
from glossary.discovery import discover  # noqa: E402
from glossary.entities import Glossary, load_glossary  # noqa: E402
from glossary.tagger import language_of  # noqa: E402

DATA = Path(__file__).resolve().parent / "data"
SHOWN = 5
"""Differing names listed per text."""


def tuning_texts() -> Iterator[Source]:
    """The names development set's tuning half, each text with its language."""
    gold = json.loads((DATA / "names_dev.json").read_text(encoding="utf-8"))
    texts = {
        doc["id"]: doc["text"]
        for doc in json.loads((DATA / "timex_dev.json").read_text(encoding="utf-8"))["documents"]
    }
    texts.update({doc["id"]: doc["text"] for doc in gold["documents"] if "text" in doc})
    for doc in gold["documents"]:
        if doc["split"] == "tune":
            yield Source(doc["id"], texts[doc["id"]], doc["id"].split("-")[1])


def joined_tuning_texts() -> Iterator[Source]:
    """Each language's tuning texts joined into one, as ``benchmarks/discovery.py --real``
    reads them: a longer text, where a word's evidence is counted over many documents."""
    for language in ("de", "en"):
        text = "\n\n".join(s.text for s in tuning_texts() if s.language == language)
        yield Source(f"tuning-{language}-joined", text, language)


def seed_texts() -> Iterator[Source]:
    """The bundled documents."""
    for entry in read_catalog():
        document = load_document(entry.path)
        yield Source(f"seed-{entry.path.stem}", document.text, document.meta.language or "de")


def synthetic_text(megabytes: float) -> Source:
    """The synthetic German-like corpus (the same bytes every run)."""
    text = "\n\n".join(body for _, body in generate_corpus(int(megabytes * 1e6)))
    return Source(f"synthetic-{megabytes:g}MB", text, "de")


def fingerprint(glossary: Glossary, source: Source) -> dict[str, object]:
    """The reading and the entries with their mentions of one text."""
    language = language_of(source.language)
    reading = discover(masked(glossary, source.text, language), language)
    entries = discovered_entries(glossary, [source], DiscoveryCache(None))
    merged = with_discovered(glossary, entries)
    return {
        "reading": {name: info.to_json() for name, info in sorted(reading.items())},
        "entries": [
            {
                "id": entry.id,
                "name": entry.name,
                "kind": str(entry.kind),
                "names": [alias.name for alias in entry.aliases],
                "titles": list(entry.titles),
                "detail": entry.detail,
            }
            for entry in entries
        ],
        "mentions": [
            [mention.entry_id, mention.start, mention.end]
            for mention in merged.matcher.scan(source.text)
        ],
    }


def differences(before: dict[str, dict], after: dict[str, dict]) -> list[str]:
    """One line per text whose fingerprint differs."""
    lines = []
    for text_id in sorted(before.keys() | after.keys()):
        old, new = before.get(text_id), after.get(text_id)
        if old == new:
            continue
        if old is None or new is None:
            lines.append(f"{text_id}: only in {'after' if old is None else 'before'}")
            continue
        parts = [part for part in ("reading", "entries", "mentions") if old[part] != new[part]]
        names = sorted(
            name
            for name in old["reading"].keys() | new["reading"].keys()
            if old["reading"].get(name) != new["reading"].get(name)
        )
        lines.append(f"{text_id}: {', '.join(parts)} differ; names: {names[:SHOWN]}")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, nargs="?", help="where the fingerprint goes (JSON)")
    parser.add_argument("--against", type=Path, help="an earlier fingerprint to compare with")
    parser.add_argument("--mb", type=float, default=1.0, help="size of the synthetic text")
    args = parser.parse_args()
    glossary = load_glossary(None)
    sources = [*tuning_texts(), *joined_tuning_texts(), *seed_texts(), synthetic_text(args.mb)]
    prints = {source.id: fingerprint(glossary, source) for source in sources}
    dumped = json.dumps(prints, ensure_ascii=False, sort_keys=True)
    names = sum(len(p["reading"]) for p in prints.values())
    digest = hashlib.sha256(dumped.encode()).hexdigest()[:16]
    print(f"{len(prints)} texts, {names} names read, fingerprint {digest}")
    if args.out is not None:
        args.out.write_text(dumped, encoding="utf-8")
    if args.against is not None:
        lines = differences(json.loads(args.against.read_text(encoding="utf-8")), prints)
        print("\n".join(lines) or f"identical to {args.against}")
        sys.exit(1 if lines else 0)


if __name__ == "__main__":
    main()
