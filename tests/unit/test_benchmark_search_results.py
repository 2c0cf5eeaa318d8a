"""``benchmarks/search_results.py``: exact scores, scoped queries, and no empty proof."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

SCRIPT = Path(__file__).parents[2] / "benchmarks" / "search_results.py"


def _run(index: Path) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, str(SCRIPT), "--size", "0.05", "--index", str(index)]
    return subprocess.run(command, capture_output=True, text=True, timeout=300)


def test_an_outdated_index_is_refused_not_digested(tmp_path: Path) -> None:
    """Review 20 A8: an outdated index answers every query with a notice and no hit; two
    such runs digested equal and proved nothing."""
    index = tmp_path / "index"
    first = _run(index)
    assert first.returncode == 0, first.stderr
    rows = {line.split(" | ")[0].strip("| "): line for line in first.stdout.splitlines()}
    assert {"one document", "dated", "limit 3"} <= rows.keys()
    assert not rows["dated"].endswith("| 0 |")  # the date filter has hits to compare
    version = index / "reader-index.json"
    version.write_text(json.dumps({"schema_version": -1}), encoding="utf-8")
    second = _run(index)
    assert second.returncode == 1 and "outdated" in second.stderr
