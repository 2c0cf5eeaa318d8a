"""Adding one long text: ``reader add`` of a 19.5 MB file, its time and peak memory.

The text is generated (``benchmarks/corpus.py``, paragraphs separated by blank lines, the same
seed every run) and written to a temporary folder; ``reader add FILE`` runs as a fresh process
in a fresh READER_HOME, so the measure includes cleaning, encoding and language detection,
sentence splitting, the library's copy and the parsed-document cache. Reported: wall seconds,
CPU seconds (user + system) and the process's peak resident memory; for scale, the same
numbers for ``python -c "open(FILE).read()"`` (reading the text once) in the same run.

Usage: python benchmarks/big_text.py [--mb 19.5]
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import generate_corpus  # noqa: E402

PROBE = (
    "import resource, sys; from pathlib import Path; {work};"
    " print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, file=sys.stderr)"
)


def measure(work: str, env: dict[str, str]) -> tuple[float, float, float]:
    """Wall seconds, CPU seconds and peak MB of one Python process running ``work``."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", PROBE.format(work=work)],
        env=env,
        check=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    peak_mb = int(done.stderr.strip().splitlines()[-1]) / 1024
    return wall, cpu, peak_mb


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=19.5, help="under the 20 MB file limit")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        big = Path(tmp) / "lang.txt"
        texts = [text for _, text in generate_corpus(int(args.mb * 1_000_000), seed=2)]
        big.write_text("\n\n".join(texts), encoding="utf-8")
        env = {**os.environ, "READER_HOME": str(Path(tmp) / "home")}
        read = measure(f"Path({str(big)!r}).read_text(encoding='utf-8')", env)
        add = measure(f"from reader.cli import main; assert main(['add', {str(big)!r}]) == 0", env)
        print(f"| {big.stat().st_size / 1e6:.1f} MB text | wall s | CPU s | peak MB |")
        print("|---|---:|---:|---:|")
        print(f"| read the file once (reference) | {read[0]:.2f} | {read[1]:.2f} | {read[2]:.0f} |")
        print(f"| `reader add FILE` | {add[0]:.2f} | {add[1]:.2f} | {add[2]:.0f} |")


if __name__ == "__main__":
    main()
