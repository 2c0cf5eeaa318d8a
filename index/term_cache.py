"""The token analysis cache kept beside the index, so later runs skip the analysis of known words.

Analysing a token the first time (folding, stemming, German decompounding over the frequency
list) costs far more than indexing it; a library's vocabulary is Zipf-shaped, so after the
first build nearly every token of an added document has been seen. The cache is saved as JSON
Lines (data, never code): a header with the versions that produced it (another schema or
analysis version, or another frequency list, and the file is ignored and started again), then
one line per save holding only the tokens analysed since the last save, so adding one document
to a large library appends a few lines instead of rewriting the whole cache. A line cut short
by a crash is skipped when read: its tokens are simply analysed again.
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from pathlib import Path

from index.analysis import export_token_terms, import_token_terms
from index.decompound import keep_lexicon_in
from index.installed import installed_version
from index.schema import SCHEMA_VERSION

__all__ = ["TERMS_FILE", "load_term_cache", "save_term_cache"]

TERMS_FILE = "reader-terms.jsonl"


def _fingerprint() -> str:
    """What the cached analyses depend on besides the code: schema and word-frequency data."""
    frequencies = installed_version("wordfreq")
    return f"{SCHEMA_VERSION}/wordfreq-{frequencies}"


def _header() -> str:
    return json.dumps({"fingerprint": _fingerprint()})


def load_term_cache(directory: Path) -> bool:
    """Add the analyses saved in ``directory`` to this process's cache.

    A missing, unreadable or outdated file is no error: the tokens are analysed again.

    The compound lexicon is kept in the same folder (:func:`keep_lexicon_in`).

    Returns:
        Whether a current file was read (new tokens can then be appended to it).
    """
    keep_lexicon_in(directory)
    try:
        lines = (directory / TERMS_FILE).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return False
    if not lines or lines[0] != _header():
        return False
    for line in lines[1:]:
        try:
            data = json.loads(line)
        except ValueError:
            continue  # cut short by a crash
        if isinstance(data, dict):
            import_token_terms(data.get("tokens"))
    return True


def save_term_cache(directory: Path, saved: Mapping[str, int] | None) -> bool:
    """Save the tokens analysed since ``saved`` to ``directory``.

    Args:
        directory: The index directory.
        saved: Tokens per language already in the file (``token_cache_counts()`` after
            loading or the last save); None when there is no current file, which is then
            written whole (to a temporary file, renamed into place).

    Returns:
        Whether anything was written.
    """
    path = directory / TERMS_FILE
    try:
        if saved is None:
            body = json.dumps({"tokens": export_token_terms()}, ensure_ascii=False)
            scratch = path.with_suffix(".tmp")
            scratch.write_text(_header() + "\n" + body + "\n", encoding="utf-8")
            os.replace(scratch, path)
            return True
        tokens = export_token_terms(saved)
        if not tokens:
            return False
        with path.open("a", encoding="utf-8") as file:
            file.write(json.dumps({"tokens": tokens}, ensure_ascii=False) + "\n")
    except OSError:
        return False  # a cache that cannot be written only costs time next run
    return True
