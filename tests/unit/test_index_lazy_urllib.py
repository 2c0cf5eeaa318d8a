"""Opening the index does not import urllib.request (through ``whoosh.compat``); Whoosh's
``urlretrieve`` still works, and the rest of the process sees the real module."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

PROBE = """
import sys
import index
import whoosh.compat
from whoosh import compat, query, writing
print("urllib.request" in sys.modules, compat.queue is sys.modules["queue"])
print(whoosh.compat is compat and callable(whoosh.compat.urlretrieve))
import urllib.request
print(urllib.request.urlretrieve.__module__ == "urllib.request")
"""


def test_importing_the_index_leaves_urllib_request_unloaded() -> None:
    result = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, check=True
    )
    assert result.stdout.split() == ["False", "True", "True", "True"]


def test_whoosh_s_urlretrieve_is_the_real_one_at_its_first_call(tmp_path: Path) -> None:
    from whoosh import compat

    import index  # noqa: F401 - installs the loader

    source = tmp_path / "source.txt"
    source.write_text("whoosh", encoding="utf-8")
    copied, _ = compat.urlretrieve(source.as_uri(), tmp_path / "copy.txt")
    assert Path(copied).read_text(encoding="utf-8") == "whoosh"


OTHER_VERSION = """
import sys
import whoosh
whoosh.__version__ = (2, 7, 5)
import index
from whoosh import compat
print("urllib.request" in sys.modules, compat.urlretrieve.__module__)
"""


def test_another_whoosh_imports_its_compat_module_normally() -> None:
    """Review 20 A2: the loader was checked against one Whoosh only."""
    result = subprocess.run(
        [sys.executable, "-c", OTHER_VERSION], capture_output=True, text=True, check=True
    )
    assert result.stdout.split() == ["True", "urllib.request"]
