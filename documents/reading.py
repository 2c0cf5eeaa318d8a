"""Reading a file's bytes into text, with a clear message for every way that can fail."""

from __future__ import annotations

import codecs
import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from documents.errors import DocumentError

MAX_BYTES = 20_000_000
"""The largest file the reader opens: larger plain-text files are almost never prose."""

_SNIFF_BYTES = 8192


@dataclass(slots=True)
class RawSource:
    """A file's decoded text, its bytes' hash, and anything worth warning about."""

    path: Path
    text: str
    content_hash: str
    warnings: list[str] = field(default_factory=list)
    data: bytes = b""
    """The file's bytes: binary formats (PDF, EPUB) parse them; the library stores a copy."""


def read_bytes(path: Path, max_bytes: int = MAX_BYTES) -> bytes:
    """Read a regular file, refusing what is missing, a directory, unreadable or too large."""
    try:
        if not path.exists():
            raise DocumentError(f"{path}: no such file")
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


def decode(path: Path, data: bytes) -> tuple[str, list[str]]:
    """Decode bytes as UTF-8 (or UTF-16/32 with a BOM); replace invalid bytes with a warning."""
    for bom, encoding in (
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            try:
                return data.decode(encoding), []
            except UnicodeDecodeError:
                raise DocumentError(f"{path}: not valid {encoding.upper()} text") from None
    if b"\x00" in data[:_SNIFF_BYTES]:
        raise DocumentError(f"{path}: looks like a binary file, not text")
    try:
        return data.decode("utf-8"), []
    except UnicodeDecodeError as error:
        text = data.decode("utf-8", errors="replace")
        bad = text.count("\ufffd")
        return text, [
            f"{path.name}: not valid UTF-8 (first bad byte at offset {error.start}); "
            f"{bad} undecodable byte sequence(s) shown as �"
        ]


def read_source(path: Path, max_bytes: int = MAX_BYTES) -> RawSource:
    """Read and decode a text file."""
    data = read_bytes(path, max_bytes)
    text, warnings = decode(path, data)
    if not text.strip():
        raise DocumentError(f"{path}: the file is empty")
    return RawSource(path, text, hashlib.sha256(data).hexdigest(), warnings, data)
