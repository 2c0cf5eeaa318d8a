"""Benchmark: cross-links of one document against a library of 2,000 documents (goal < 2 s).

The library is synthetic and built directly as sentence features (extraction is measured by the
tagger's and the analyzer's own benchmarks): 60 sentences per document, words and entities drawn
from Zipf distributions as in real text (a few very common, a long tail of rare ones), and dates
of mixed precision between 1990 and 2024.

The second measurement is the app's own path on the bundled documents: a fresh process (imports
included) with a warm feature cache opens the library, builds the link index and computes every
link of both seeds, as the reading screen's worker does after the first frame (goal < 1 s).

Run with ``python benchmarks/links.py [documents]``.
"""

from __future__ import annotations

import os
import random
import subprocess
import sys
import tempfile
import time
from collections import Counter
from datetime import date
from itertools import accumulate
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from glossary.features import DateFeature, DocumentFeatures, SentenceFeatures  # noqa: E402
from glossary.links import LinkIndex  # noqa: E402

SENTENCES = 60
QUERY_SENTENCES = 220
"""The queried document is as long as the SWP analysis (215 sentences)."""
VOCABULARY = 30_000
ENTITIES = 2_000


def zipf_weights(size: int, exponent: float = 1.1) -> list[float]:
    return list(accumulate(1.0 / (rank**exponent) for rank in range(1, size + 1)))


def random_date(rng: random.Random) -> DateFeature:
    year = rng.randint(1990, 2024)
    kind = rng.choice(["year", "year", "month", "month", "day"])
    if kind == "year":
        first, last, value = date(year, 1, 1), date(year, 12, 31), f"{year}"
    else:
        month = rng.randint(1, 12)
        day = rng.randint(1, 28)
        first = date(year, month, day if kind == "day" else 1)
        last = first if kind == "day" else date(year, month, 28)
        value = first.isoformat() if kind == "day" else f"{year}-{month:02d}"
    return DateFeature(0, 0, value, value, "DATE", None, kind, first.toordinal(), last.toordinal())


def synthetic_document(
    doc: str, rng: random.Random, words: list[float], names: list[float], size: int = SENTENCES
) -> DocumentFeatures:
    sentences = []
    for index in range(size):
        terms = rng.choices(range(VOCABULARY), cum_weights=words, k=rng.randint(6, 18))
        entities = rng.choices(range(ENTITIES), cum_weights=names, k=rng.randint(0, 3))
        dates = [random_date(rng) for _ in range(rng.choice([0, 0, 0, 1, 1, 2]))]
        sentences.append(
            SentenceFeatures(
                doc,
                index,
                index * 120,
                index * 120 + 119,
                dates,
                {f"entity-{e}" for e in entities},
                Counter(f"term{t}" for t in terms),
            )
        )
    return DocumentFeatures(doc, doc, sentences)


def main(documents: int = 2_000) -> None:
    rng = random.Random(5)
    words, names = zipf_weights(VOCABULARY), zipf_weights(ENTITIES)
    started = time.perf_counter()
    library = [
        synthetic_document(f"doc-{n}", rng, words, names, QUERY_SENTENCES if n == 0 else SENTENCES)
        for n in range(documents)
    ]
    generated = time.perf_counter()
    index = LinkIndex()
    for features in library:
        index.add(features)
    built = time.perf_counter()
    links = index.links_for_document("doc-0")
    queried = time.perf_counter()
    print(
        f"library: {documents} documents, {len(index)} sentences "
        f"(generated in {generated - started:.1f} s)"
    )
    print(f"index build: {built - generated:.2f} s")
    print(
        f"links for one document ({QUERY_SENTENCES} sentences): {queried - built:.3f} s "
        f"(goal < 2 s); {sum(map(len, links.values()))} links, {index.scored} pairs scored exactly"
    )


SEEDS_PROBE = """
import time
started = time.perf_counter()
from reader.services import Services
services = Services()
documents = services.library.documents()
opened = time.perf_counter()
services.glossary
glossary = time.perf_counter()
services.features(documents)
features = time.perf_counter()
index = services.link_index()
links = sum(
    len(found) for document in documents for found in index.links_for_document(document.id).values()
)
done = time.perf_counter()
print(done - started, opened - started, glossary - opened)
print(features - glossary, done - features, links, time.process_time())
"""


def seeds_warm(runs: int = 3) -> None:
    """Seconds from a fresh process to every link of the seeds, with the feature cache warm:
    the best of ``runs``, split into imports and library, glossary, features, index and links."""
    with tempfile.TemporaryDirectory() as home:
        env = {**os.environ, "READER_HOME": home}
        root = str(Path(__file__).resolve().parents[1])
        command = [sys.executable, "-c", SEEDS_PROBE]

        def probe() -> list[float]:
            done = subprocess.run(
                command, env=env, cwd=root, capture_output=True, text=True, check=True
            )
            return [float(value) for value in done.stdout.split()]

        cold = probe()
        total, opened, glossary, features, links, count, cpu = min(probe() for _ in range(runs))
        print(
            f"seeds, fresh process to all {int(count)} links: cold cache {cold[0]:.2f} s; warm "
            f"cache {total:.2f} s = imports and library {opened:.2f} + glossary {glossary:.2f} "
            f"+ features {features:.2f} + link index and links {links:.2f} (goal < 1 s); "
            f"{cpu:.2f} s of CPU (the wall-clock time on a busy machine waits for a core)"
        )


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 2_000)
    seeds_warm()
