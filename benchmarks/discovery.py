"""Benchmark: glossary discovery (names found in a document) in seconds per MB.

Two texts: the development set's German texts (real prose; 220 KB joined, read once each) and
the synthetic German-like corpus of ``benchmarks/corpus.py`` (whose vocabulary keeps growing,
so new capitalised words keep coming, the worst case for per-word look-ups), at 1 and 10 MB.
The one-off cost of loading the tagger models, word lists and place names is reported apart:
it is paid once per process, in the discovery worker. Wall-clock and CPU seconds are both
given: on a shared machine the CPU time is the one that does not depend on the neighbours.
Run with ``python benchmarks/discovery.py [--mb 1 10]``.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from corpus import generate_corpus  # noqa: E402

from glossary.discovery import discover  # noqa: E402
from glossary.first_names import is_first_name, is_surname  # noqa: E402
from glossary.gazetteer import place_type  # noqa: E402
from glossary.tagger import known_tag  # noqa: E402

DATA = Path(__file__).resolve().parent / "data"


def warm_up() -> tuple[float, float]:
    """Load every model and list once; the wall and CPU seconds it took."""
    from wordfreq import zipf_frequency

    started, cpu = time.perf_counter(), time.process_time()
    for language in ("de", "en", "fr"):
        zipf_frequency("haus", language)
    known_tag("Haus", "de")
    known_tag("House", "en")
    place_type("Berlin")
    is_first_name("Erich")
    is_surname("Collins")
    discover("Der Kaiser traf Bismarck in Berlin.", "de")
    return time.perf_counter() - started, time.process_time() - cpu


def timed(text: str) -> tuple[float, float, int]:
    """Wall and CPU seconds to read ``text`` and the number of names found."""
    started, cpu = time.perf_counter(), time.process_time()
    found = discover(text, "de")
    return time.perf_counter() - started, time.process_time() - cpu, len(found)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, nargs="+", default=[1.0, 10.0])
    args = parser.parse_args()
    wall, cpu = warm_up()
    print(f"one-off loading: {wall:.1f} s ({cpu:.1f} s CPU)")
    documents = json.loads((DATA / "timex_dev.json").read_text(encoding="utf-8"))["documents"]
    prose = "\n\n".join(doc["text"] for doc in documents if doc["language"] == "de")
    megabytes = len(prose.encode()) / 1e6
    for reading in ("first", "second"):  # the second with the per-word verdicts known
        seconds, cpu, names = timed(prose)
        print(f"real German prose {megabytes:.2f} MB, {reading} reading: {seconds:.2f} s, "
              f"{names} names, {seconds / megabytes:.2f} s/MB "
              f"({cpu / megabytes:.2f} s/MB CPU)")  # fmt: skip
    for size in args.mb:
        text = "\n\n".join(body for _, body in generate_corpus(int(size * 1e6)))
        seconds, cpu, names = timed(text)
        megabytes = len(text.encode()) / 1e6
        print(f"synthetic {megabytes:.1f} MB: {seconds:.2f} s, {names} names, "
              f"{seconds / megabytes:.2f} s/MB ({cpu / megabytes:.2f} s/MB CPU)")  # fmt: skip


if __name__ == "__main__":
    main()
