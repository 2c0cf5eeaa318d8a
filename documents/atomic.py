"""Writing a file whole or not at all: readers never see half of it, even after a crash."""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path


def write_atomic(path: Path, content: str | bytes) -> None:
    """Write ``content`` (text as UTF-8) to a temporary file beside ``path``, then rename it.

    Raises:
        OSError: when the file cannot be written; the temporary file is removed.
    """
    write_atomic_parts(path, [content])


def write_atomic_parts(path: Path, parts: Iterable[str | bytes]) -> None:
    """:func:`write_atomic` of the parts one after the other, so a large file is never held
    whole in memory (a 20 MB document's cache entry would be twice that as one string).

    Raises:
        OSError: when the file cannot be written; the temporary file is removed.
    """
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            for part in parts:
                handle.write(part.encode("utf-8") if isinstance(part, str) else part)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_cache_json(path: Path, data: object) -> None:
    """Write ``data`` as JSON atomically, creating the folder; a cache that cannot be
    written (read-only, disk full) only costs the time to compute it again, so errors pass.
    """
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(path, json.dumps(data, ensure_ascii=False))
    except OSError:
        return
