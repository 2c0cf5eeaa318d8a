"""Starting the app imports only what its first frame needs.

The palette's providers, the Markdown renderer of notes, the
library's write lock, Babel (dates in words come from a cache) and the reading screen's dialogs
(keys, outline, document picker), the index's progress line, ctypes (for giving memory back
after a heavy job) and the search index itself (Whoosh, rapidfuzz: the index package's
``__init__`` loads them, so the start path imports none of its modules) are loaded when
first used, not on the way to the first frame.
"""

from __future__ import annotations

import subprocess
import sys

LATER = (
    "reader.commands.base",
    "reader.commands.notes",
    "markdown_it",
    "rich.markdown",
    "filelock",
    "babel",
    "reader.dialogs.help",
    "reader.dialogs.outline",
    "reader.dialogs.picker",
    "reader.dialogs.option_modal",
    "reader.widgets.index_progress",
    "textual.widgets._progress_bar",
    "ctypes",
    "index",
    "whoosh",
    "rapidfuzz",
)
"""Modules the start path must not load."""

PROBE = """
import sys
import reader.app, reader.launch
print(",".join(sorted(name for name in {later!r} if name in sys.modules)))
"""


def test_start_path_leaves_the_palette_markdown_and_lock_for_later() -> None:
    result = subprocess.run(
        [sys.executable, "-c", PROBE.format(later=LATER)],
        capture_output=True,
        text=True,
        check=True,
    )
    assert result.stdout.strip() == "", f"loaded at start: {result.stdout.strip()}"


def test_every_palette_provider_loads() -> None:
    from textual.command import Provider

    from reader.commands import PROVIDERS

    names = {load().__name__ for load in PROVIDERS}
    assert len(names) == len(PROVIDERS)
    assert all(issubclass(load(), Provider) for load in PROVIDERS)


def test_indexing_leaves_the_query_parser_and_fuzzy_matching_for_searches() -> None:
    """``reader index`` and ``reader add`` open the index but never parse a query."""
    probe = (
        "import sys, reader.cli.index_cmd, index.store\n"
        "print(','.join(m for m in ('rapidfuzz', 'whoosh.qparser') if m in sys.modules))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "", f"loaded by indexing: {result.stdout.strip()}"
