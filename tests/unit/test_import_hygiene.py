"""The plain-Python cores never load Textual, Rich or the app package."""

from __future__ import annotations

import subprocess
import sys

import pytest

CORES = ["documents", "index", "glossary"]
FORBIDDEN = ("textual", "rich", "reader")

PROBE = """
import importlib, pkgutil, sys
package = importlib.import_module({core!r})
for module in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
    importlib.import_module(module.name)
loaded = sorted(name for name in sys.modules if name.split(".")[0] in {forbidden!r})
print(",".join(loaded))
"""


@pytest.mark.parametrize("core", CORES)
def test_core_imports_no_ui(core: str) -> None:
    """Import every module of the core in a fresh interpreter and list what came with it."""
    result = subprocess.run(
        [sys.executable, "-c", PROBE.format(core=core, forbidden=FORBIDDEN)],
        capture_output=True,
        text=True,
        check=True,
    )
    assert result.stdout.strip() == "", f"{core} pulled in: {result.stdout.strip()}"
