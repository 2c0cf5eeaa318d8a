"""Reading a file's bytes into text, with a clear message for every way that can fail."""

from __future__ import annotations

import codecs
import errno
import hashlib
import os
from dataclasses import dataclass, field
from pathlib import Path

from documents.errors import DocumentError

MAX_BYTES = 20_000_000
"""The largest file the reader opens: larger plain-text files are almost never prose."""

_SNIFF_BYTES = 8192
_TIE = 0.01
"""Detector candidates this close to the best one's "chaos" fit the bytes equally well."""
_WESTERN = "cp1252"
"""Windows-1252, what the web (WHATWG) reads every "latin1" label as: legacy German, English."""


@dataclass(slots=True)
class RawSource:
    """A file's decoded text, its bytes' hash, and anything worth warning about."""

    path: Path
    text: str
    content_hash: str
    warnings: list[str] = field(default_factory=list)
    data: bytes = b""
    """The file's bytes: binary formats (PDF, EPUB) parse them; the library stores a copy."""
    encoding: str = ""
    """The text encoding the bytes were decoded with (empty for binary formats)."""


def read_bytes(path: Path, max_bytes: int = MAX_BYTES) -> bytes:
    """Read a regular file, refusing what is missing, a directory, unreadable or too large."""
    try:
        if not path.exists():
            raise DocumentError(f"{path}: {_missing(path)}")
        if path.is_dir():
            raise DocumentError(f"{path}: is a directory, not a document")
        if not path.is_file():
            raise DocumentError(f"{path}: is not a regular file (a device, pipe or socket?)")
        size = path.stat().st_size
        if size > max_bytes:
            raise DocumentError(
                f"{path}: {size / 1e6:.1f} MB is too large (the limit is {max_bytes / 1e6:.0f} MB)"
            )
        data = path.read_bytes()
    except PermissionError:
        raise DocumentError(f"{path}: permission denied") from None
    except OSError as error:
        raise DocumentError(f"{path}: cannot be read ({error.strerror or error})") from None
    if not data.strip():
        raise DocumentError(f"{path}: the file is empty")
    return data


def _missing(path: Path) -> str:
    """Why ``exists()`` said no: nothing there, a dangling link or a link loop."""
    try:
        path.stat()
    except OSError as error:
        if error.errno == errno.ELOOP:
            return "is a symbolic link loop (it ends up pointing to itself)"
        if isinstance(error, PermissionError):
            return "permission denied (a folder on the way cannot be entered)"
    if path.is_symlink():
        return f"is a symbolic link to {os.readlink(path)}, which does not exist"
    return "no such file"


def decode(path: Path, data: bytes) -> tuple[str, str, list[str]]:
    """The text, the encoding used and warnings: UTF-8, UTF-16/32 by BOM, else detected.

    Bytes that are not UTF-8 go to charset-normalizer (see ``detect_encoding``). If nothing
    fits, the bytes are read as UTF-8 with replacement characters and a warning.

    Raises:
        DocumentError: for the bytes of a PDF, an EPUB or a ZIP archive (``documents.sniff``)
            and for other binary data.
    """
    from documents.sniff import not_text_message

    wrong_format = not_text_message(data)
    if wrong_format is not None:
        raise DocumentError(f"{path}: {wrong_format}")
    for bom, encoding in (
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding, []
            except UnicodeDecodeError:
                raise DocumentError(f"{path}: not valid {encoding.upper()} text") from None
    if b"\x00" in data[:_SNIFF_BYTES]:
        raise DocumentError(f"{path}: looks like a binary file, not text")
    try:
        return data.decode("utf-8"), "utf-8", []
    except UnicodeDecodeError as error:
        first_bad = error.start
    detected = detect_encoding(data)
    if detected is not None:
        return data.decode(detected), detected, []
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    return (
        text,
        "utf-8",
        [
            f"{path.name}: not valid UTF-8 (first bad byte at offset {first_bad}) and no other "
            f"encoding fits; {bad} undecodable byte sequence(s) shown as �"
        ],
    )


def detect_encoding(data: bytes) -> str | None:
    """The encoding charset-normalizer finds for ``data``, Windows-1252 when it fits as well.

    On a few lines the detector's first choice is often a far-fetched code page (Big5 for
    "Größe und Maße"), so Windows-1252 is measured on its own and wins unless the best
    candidate fits clearly better (Cyrillic in Windows-1251 does).
    """
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    western = from_bytes(data, cp_isolation=[_WESTERN]).best()
    if western is not None and (best is None or western.chaos <= best.chaos + _TIE):
        return _WESTERN
    return None if best is None else str(best.encoding)


def read_source(path: Path, max_bytes: int = MAX_BYTES) -> RawSource:
    """Read and decode a text file."""
    data = read_bytes(path, max_bytes)
    text, encoding, warnings = decode(path, data)
    if not text.strip():
        raise DocumentError(f"{path}: the file is empty")
    return RawSource(path, text, hashlib.sha256(data).hexdigest(), warnings, data, encoding)


def encoding_name(encoding: str) -> str:
    """The name people know an encoding by: ``cp1252`` → ``Windows-1252``, ``utf-8`` → ``UTF-8``."""
    name = codecs.lookup(encoding).name
    if name.startswith("cp") and name[2:].isdigit() and len(name) == 6:
        return f"Windows-{name[2:]}"
    return name.upper()
