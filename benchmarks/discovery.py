"""Benchmark: glossary discovery (names found in a document) in seconds per MB.

Two texts: the development set's German texts (real prose; 220 KB joined, read once each) and
the synthetic German-like corpus of ``benchmarks/corpus.py`` (whose vocabulary keeps growing,
so new capitalised words keep coming, the worst case for per-word look-ups), at 1 and 10 MB.
The one-off cost of loading the tagger models, word lists and place names is reported apart:
it is paid once per process, in the discovery worker. Wall-clock and CPU seconds are both
given: on a shared machine the CPU time is the one that does not depend on the neighbours
(it includes the child that reads the second half of a text of 60,000 words or more when a
core is idle, ``glossary.discovery.finding.PARALLEL_WORDS``).
Each first reading starts with every per-word cache emptied (the word lists and models stay
loaded), as for a new document in a running app.

``--real`` measures real prose only, the names development set's tuning half (German and
English texts, ``names_dev.json``), each language's texts joined, and the German XQuAD
paragraphs read above: the CPU seconds per MB of the best of ``--repeat`` first readings,
the figure to compare code versions by. The load average is printed before and after: on a
busy machine CPU seconds grow too (the cores and their caches are shared).

``--instructions`` counts the instructions of one first reading of each of those texts
under valgrind's callgrind (about a minute per text): the same count within a few tenths of
a percent whatever the load, so a change of a few percent shows where seconds drown in the
neighbours' noise. It does not see what waiting for memory costs.

Run with ``python benchmarks/discovery.py [--mb 1 10]``, ``python benchmarks/discovery.py
--real [--repeat 5]`` or ``python benchmarks/discovery.py --instructions``.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from corpus import generate_corpus  # noqa: E402
from discovery_fingerprint import tuning_texts  # noqa: E402

from glossary.compounds import is_compound  # noqa: E402
from glossary.discovery import discover  # noqa: E402
from glossary.first_names import is_first_name, is_surname  # noqa: E402
from glossary.gazetteer import place_type  # noqa: E402
from glossary.tagger import known_tag  # noqa: E402

DATA = Path(__file__).resolve().parent / "data"
WORD_CACHE = 1024
"""Caches at least this large are per word (or per name); smaller ones hold loaded lists."""


def clear_word_caches() -> None:
    """Empty every per-word cache of the glossary modules: the next reading is a first one."""
    for name, module in list(sys.modules.items()):
        if not name.startswith("glossary."):
            continue
        for value in vars(module).values():
            parameters = getattr(value, "cache_parameters", None)
            if parameters is None or getattr(value, "__module__", None) != name:
                continue
            size = parameters()["maxsize"]
            if size is not None and size >= WORD_CACHE:
                value.cache_clear()


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
    is_compound("")  # the frequent German words compounds are made of
    discover("Der Kaiser traf Bismarck in Berlin.", "de")
    return time.perf_counter() - started, time.process_time() - cpu


def timed(text: str, language: str = "de") -> tuple[float, float, int]:
    """Wall and CPU seconds to read ``text`` and the number of names found. The CPU time
    counts the child that reads the second half of a long text on another core."""
    started, cpu = time.perf_counter(), _cpu_seconds()
    found = discover(text, language)
    return time.perf_counter() - started, _cpu_seconds() - cpu, len(found)


def _cpu_seconds() -> float:
    """This process's CPU time (to the microsecond: ``os.times`` counts in hundredths, a
    tenth of a second per MB of the 0.04 MB English prose) and that of its children that
    ended."""
    times = os.times()
    return time.process_time() + times.children_user + times.children_system


def xquad_german() -> str:
    """The German XQuAD paragraphs of the dates development set, joined."""
    documents = json.loads((DATA / "timex_dev.json").read_text(encoding="utf-8"))["documents"]
    return "\n\n".join(doc["text"] for doc in documents if doc["language"] == "de")


def real_texts() -> list[tuple[str, str, str]]:
    """The tuning half's German and English prose, each language's texts joined, and the
    German XQuAD paragraphs: (label, language, text)."""
    texts = [
        (
            f"tuning {language}",
            language,
            "\n\n".join(s.text for s in tuning_texts() if s.language == language),
        )
        for language in ("de", "en")
    ]
    return [*texts, ("XQuAD de", "de", xquad_german())]


def real_prose(repeat: int) -> None:
    """The real texts (``real_texts``): the best of ``repeat`` first readings."""
    for label, language, prose in real_texts():
        megabytes = len(prose.encode()) / 1e6
        readings = []
        for _ in range(repeat):
            clear_word_caches()
            readings.append(timed(prose, language))
        wall = min(reading[0] for reading in readings)
        cpu = min(reading[1] for reading in readings)
        print(f"real prose, {label} {megabytes:.2f} MB, first reading, best of {repeat}: "
              f"{wall / megabytes:.2f} s/MB, {cpu / megabytes:.2f} s/MB CPU, "
              f"{readings[0][2]} names")  # fmt: skip


CALLGRIND = (
    "valgrind",
    "--tool=callgrind",
    "--instr-atstart=no",
    "--callgrind-out-file=/dev/null",
)
"""Callgrind counts the instructions that run while the reading has it switched on."""
_COLLECTED = re.compile(r"Collected : (\d+)")


def instructions() -> None:
    """The instructions of one first reading of each real text, per MB, counted by
    callgrind in a child process (``--reading``) that switches counting on only around the
    reading. Unlike seconds, the count hardly depends on what else the machine runs, so two
    code versions compare on a busy machine; it misses what memory stalls cost."""
    environment = {**os.environ, "PYTHONHASHSEED": "0"}
    for number, (label, _, prose) in enumerate(real_texts()):
        command = [*CALLGRIND, sys.executable, __file__, "--reading", str(number)]
        done = subprocess.run(command, capture_output=True, text=True, env=environment)
        counted = _COLLECTED.search(done.stderr)
        if done.returncode or counted is None:
            print(f"{label}: callgrind failed: {done.stderr.strip()[-300:]}")
            continue
        megabytes = len(prose.encode()) / 1e6
        print(f"real prose, {label} {megabytes:.2f} MB, first reading: "
              f"{int(counted.group(1)) / 1e9 / megabytes:.2f} G instructions/MB")  # fmt: skip


def count_one_reading(number: int) -> None:
    """Under callgrind: load everything, read the text once (the last word lists load on
    first use), then count the instructions of a first reading with the word caches empty."""
    _, language, prose = real_texts()[number]
    warm_up()
    discover(prose, language)
    clear_word_caches()
    switch = ["callgrind_control", "--instr"]
    subprocess.run([*switch, "on", str(os.getpid())], capture_output=True, check=True)
    discover(prose, language)
    subprocess.run([*switch, "off", str(os.getpid())], capture_output=True, check=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, nargs="+", default=[1.0, 10.0])
    parser.add_argument("--real", action="store_true", help="real prose only (tuning texts)")
    parser.add_argument("--repeat", type=int, default=5, help="first readings of real prose")
    parser.add_argument(
        "--instructions", action="store_true", help="real prose, instructions (valgrind)"
    )
    parser.add_argument("--reading", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.reading is not None:
        count_one_reading(args.reading)
        return
    if args.instructions:
        instructions()
        return
    print(f"load average (1 min) {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    wall, cpu = warm_up()
    print(f"one-off loading: {wall:.1f} s ({cpu:.1f} s CPU)")
    if args.real:
        real_prose(args.repeat)
    else:
        mixed(args.mb)
    print(f"load average (1 min) {os.getloadavg()[0]:.1f} at the end")


def mixed(sizes: list[float]) -> None:
    """The German XQuAD paragraphs, read twice, and synthetic text of ``sizes`` MB."""
    prose = xquad_german()
    megabytes = len(prose.encode()) / 1e6
    clear_word_caches()
    for reading in ("first", "second"):  # the second with the per-word verdicts known
        seconds, cpu, names = timed(prose)
        print(f"real German prose {megabytes:.2f} MB, {reading} reading: {seconds:.2f} s, "
              f"{names} names, {seconds / megabytes:.2f} s/MB "
              f"({cpu / megabytes:.2f} s/MB CPU)")  # fmt: skip
    for size in sizes:
        clear_word_caches()
        text = "\n\n".join(body for _, body in generate_corpus(int(size * 1e6)))
        seconds, cpu, names = timed(text)
        megabytes = len(text.encode()) / 1e6
        print(f"synthetic {megabytes:.1f} MB: {seconds:.2f} s, {names} names, "
              f"{seconds / megabytes:.2f} s/MB ({cpu / megabytes:.2f} s/MB CPU)")  # fmt: skip


if __name__ == "__main__":
    main()
