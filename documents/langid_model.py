"""py3langid's model, unpacked once into the cache folder and mapped from there.

The package ships its model as an LZMA-compressed ``.npz``: every process that needs it
spends about half a second of CPU decompressing 68 MB (more than the rest of adding a folder
of articles) and keeps all of it in memory. Unpacked once into one ``.npy`` file per array,
the next process maps the two large arrays (the classes' feature table and the tokenizer's
transition table) read-only and reads only the pages a text touches, in about a tenth of the
time. The arrays are read with ``allow_pickle=False``: the files are data, never code.

The identifier is py3langid's own class built from the same arrays, so it classifies
exactly as ``py3langid.classify`` does (a test compares them).
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from documents.kept_folders import MODELS, kept_folder

__all__ = ["classifier"]

_ARRAYS = ("ptc", "pc", "nextmove", "nextmove_row", "out_feat")
"""The arrays of py3langid 0.4's model file (besides ``classes``)."""

_MAPPED = ("ptc", "nextmove", "nextmove_row")
"""Arrays mapped from disk rather than read: the large ones, read a few pages at a time."""

_COMPLETE = "classes.json"
"""Written last: a folder holding it is a complete copy."""

Classify = Callable[[str], tuple[str, float]]


def classifier() -> Classify:
    """py3langid's ``classify``, from the model unpacked in the folder kept for
    :data:`~documents.kept_folders.MODELS` (unpacked there the first time) when one is set
    and usable."""
    import py3langid

    folder = kept_folder(MODELS)
    if folder is not None:
        try:
            return _unpacked_classifier(folder)
        except (OSError, ValueError, KeyError, TypeError):
            pass  # a folder that cannot be written: the package's own loader below
    classify: Classify = py3langid.classify
    return classify


def _unpacked_classifier(directory: Path) -> Classify:
    """The identifier over the unpacked copy in ``directory``; a damaged copy is unpacked again."""
    source = _source()
    stat = source.stat()  # another release or installation is another file
    target = directory / f"py3langid-{stat.st_size}-{stat.st_mtime_ns}"
    if (target / _COMPLETE).is_file():
        try:
            return _identifier(target).classify  # type: ignore[no-any-return]
        except (OSError, ValueError, KeyError, TypeError):
            shutil.rmtree(target, ignore_errors=True)
    directory.mkdir(parents=True, exist_ok=True)
    scratch = Path(tempfile.mkdtemp(dir=directory, prefix=".unpacking-"))
    try:
        _unpack(source, scratch)
        try:
            os.replace(scratch, target)
        except OSError:
            if not (target / _COMPLETE).is_file():  # not another process's copy
                raise
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    return _identifier(target).classify  # type: ignore[no-any-return]


def _source() -> Path:
    """The model file the package ships (py3langid 0.4 loads the same path)."""
    from py3langid import langid

    folder: Path = Path(langid.MODEL_DIR)
    return folder / str(langid.MODEL_FILE)


def _unpack(source: Path, target: Path) -> None:
    """Decompress the package's model and take its arrays' ``.npy`` files out of the
    ``.npz`` (a zip archive) as they are; the classes, written last, mark a complete copy."""
    import lzma
    import zipfile

    import numpy as np

    with tempfile.TemporaryFile(dir=target) as npz:
        with lzma.open(source) as packed:
            shutil.copyfileobj(packed, npz, length=1 << 20)
        npz.seek(0)
        with zipfile.ZipFile(npz) as archive:
            for name in (*_ARRAYS, "classes"):
                with (
                    archive.open(f"{name}.npy") as member,
                    (target / f"{name}.npy").open("wb") as copy,
                ):
                    shutil.copyfileobj(member, copy, length=1 << 20)
    classes = np.load(target / "classes.npy", allow_pickle=False).tolist()
    (target / _COMPLETE).write_text(json.dumps(classes), encoding="utf-8")


def _identifier(folder: Path) -> Any:
    """py3langid's identifier over the unpacked arrays (the large ones mapped read-only)."""
    import numpy as np
    from py3langid.langid import LanguageIdentifier

    arrays = {
        name: np.load(folder / f"{name}.npy", mmap_mode="r" if name in _MAPPED else None)
        for name in _ARRAYS
    }
    classes = json.loads((folder / _COMPLETE).read_text(encoding="utf-8"))
    if not isinstance(classes, list) or len(classes) != len(arrays["pc"]):
        raise ValueError("the unpacked model's classes do not match its arrays")
    # The tokenizer walks its tables one item at a time: a memoryview of the mapped array
    # indexes as fast as py3langid's own array.array copy, without the copy.
    return LanguageIdentifier(
        arrays["ptc"],
        arrays["pc"],
        classes,
        memoryview(arrays["nextmove"]),
        arrays["out_feat"].tolist(),
        tk_row=memoryview(arrays["nextmove_row"]),
    )
