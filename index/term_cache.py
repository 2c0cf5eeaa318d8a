"""The token analysis cache kept beside the index, so later runs skip the analysis of known words.

Analysing a token the first time (folding, stemming, German decompounding over the frequency
list) costs far more than indexing it; a library's vocabulary is Zipf-shaped, so after the
first build nearly every token of an added document has been seen. The cache is saved as JSON
(data, never code) with the versions that produced it: another schema or analysis version, or
another frequency list, and it is ignored and rebuilt.
"""

from __future__ import annotations

import json
import os
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from index.analysis import export_token_terms, import_token_terms, token_cache_size
from index.schema import SCHEMA_VERSION

__all__ = ["TERMS_FILE", "load_term_cache", "save_term_cache"]

TERMS_FILE = "reader-terms.json"


def _fingerprint() -> str:
    """What the cached analyses depend on besides the code: schema and word-frequency data."""
    try:
        frequencies = version("wordfreq")
    except PackageNotFoundError:
        frequencies = "unknown"
    return f"{SCHEMA_VERSION}/wordfreq-{frequencies}"


def load_term_cache(directory: Path) -> int:
    """Add the analyses saved in ``directory`` to this process's cache; returns how many.

    A missing, unreadable or outdated file is no error: the tokens are analysed again.
    """
    try:
        data = json.loads((directory / TERMS_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return 0
    if not isinstance(data, dict) or data.get("fingerprint") != _fingerprint():
        return 0
    return import_token_terms(data.get("tokens"))


def save_term_cache(directory: Path, known: int) -> bool:
    """Save the cache to ``directory`` if it holds more than the ``known`` tokens loaded.

    Written to a temporary file and renamed, so a crash never leaves half a file.

    Args:
        directory: The index directory.
        known: How many tokens the cache held when it was loaded.

    Returns:
        Whether a file was written.
    """
    if token_cache_size() <= known:
        return False
    payload = {"fingerprint": _fingerprint(), "tokens": export_token_terms()}
    scratch = directory / (TERMS_FILE + ".tmp")
    try:
        scratch.write_text(json.dumps(payload, ensure_ascii=False), encoding="utf-8")
        os.replace(scratch, directory / TERMS_FILE)
    except OSError:
        return False  # a cache that cannot be written only costs time next run
    return True
