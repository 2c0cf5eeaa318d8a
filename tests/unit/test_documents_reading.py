"""Reading a file's bytes into text: encodings, BOMs, refusals with one-line messages."""

from __future__ import annotations

import codecs
import hashlib
import os
from pathlib import Path

import pytest

from documents.errors import DocumentError
from documents.reading import MAX_BYTES, decode, read_bytes, read_source

TEXT = "Grüße aus Minsk: »Sapad« – 24. Februar 2022.\n"


def one_line_naming(error: DocumentError, path: Path) -> str:
    message = str(error)
    assert "\n" not in message
    assert path.name in message
    return message


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        pytest.param(TEXT.encode("utf-8"), TEXT, id="utf-8"),
        pytest.param(codecs.BOM_UTF8 + TEXT.encode("utf-8"), TEXT, id="utf-8-bom"),
        pytest.param(codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"), TEXT, id="utf-16-le"),
        pytest.param(codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), TEXT, id="utf-16-be"),
        pytest.param(TEXT.encode("utf-16"), TEXT, id="utf-16-native"),
        pytest.param(codecs.BOM_UTF32_LE + TEXT.encode("utf-32-le"), TEXT, id="utf-32-le"),
        pytest.param(codecs.BOM_UTF32_BE + TEXT.encode("utf-32-be"), TEXT, id="utf-32-be"),
    ],
)
def test_decode_known_encodings(data: bytes, expected: str) -> None:
    text, _encoding, warnings = decode(Path("x.txt"), data)
    assert text == expected
    assert warnings == []


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        pytest.param("Grüße".encode("latin-1") + b" aus Minsk.", "Grüße aus Minsk.", id="latin-1"),
        pytest.param(b"ok \xff\xfe? no: \xc3", "ok ÿþ? no: Ã", id="truncated-sequence"),
    ],
)
def test_bytes_that_are_not_utf8_are_decoded_in_the_detected_encoding(
    data: bytes, expected: str
) -> None:
    text, encoding, warnings = decode(Path("notes.txt"), data)
    assert (text, encoding, warnings) == (expected, "cp1252", [])


def test_bytes_no_encoding_fits_are_replaced_with_a_warning() -> None:
    data = bytes(range(1, 256)) * 3  # every byte value: no text encoding reads this
    text, encoding, warnings = decode(Path("a.txt"), data)
    assert encoding == "utf-8" and "\ufffd" in text
    (warning,) = warnings
    assert "a.txt" in warning and "offset 127" in warning and "384 undecodable" in warning


@pytest.mark.parametrize(
    "data",
    [
        pytest.param(b"PK\x03\x04\x00\x00binary", id="zip"),
        pytest.param(b"\x7fELF\x02\x01\x01\x00\x00", id="elf"),
        pytest.param(b"plain start " * 100 + b"\x00", id="nul-in-sniff-window"),
    ],
)
def test_nul_bytes_mean_binary(tmp_path: Path, data: bytes) -> None:
    with pytest.raises(DocumentError, match="binary") as caught:
        decode(tmp_path / "blob.txt", data)
    one_line_naming(caught.value, tmp_path / "blob.txt")


def test_broken_utf16_after_a_bom_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "odd.txt"
    with pytest.raises(DocumentError, match="UTF-16") as caught:
        decode(path, codecs.BOM_UTF16_LE + b"\x00\xd8")  # a lone surrogate
    one_line_naming(caught.value, path)


def test_read_source_hashes_the_bytes_not_the_text(tmp_path: Path) -> None:
    path = tmp_path / "doc.txt"
    data = codecs.BOM_UTF8 + TEXT.encode("utf-8")
    path.write_bytes(data)
    source = read_source(path)
    assert source.text == TEXT
    assert source.content_hash == hashlib.sha256(data).hexdigest()
    assert source.path == path and source.warnings == []


def test_read_source_says_which_encoding_it_used(tmp_path: Path) -> None:
    path = tmp_path / "latin.txt"
    path.write_bytes(b"Gr\xfc\xdfe aus Minsk.")
    source = read_source(path)
    assert (source.text, source.encoding, source.warnings) == ("Grüße aus Minsk.", "cp1252", [])


@pytest.mark.parametrize(
    ("make", "pattern"),
    [
        pytest.param(lambda p: None, "no such file", id="missing"),
        pytest.param(lambda p: p.mkdir(), "directory", id="directory"),
        pytest.param(lambda p: p.write_bytes(b""), "empty", id="empty"),
        pytest.param(lambda p: p.write_bytes(b" \n\t\r\n  "), "empty", id="whitespace"),
    ],
)
def test_read_bytes_refusals(tmp_path: Path, make, pattern: str) -> None:
    path = tmp_path / "doc.txt"
    make(path)
    with pytest.raises(DocumentError, match=pattern) as caught:
        read_bytes(path)
    one_line_naming(caught.value, path)


@pytest.mark.parametrize(
    "data",
    [
        pytest.param(codecs.BOM_UTF8, id="utf-8-bom-only"),
        pytest.param(codecs.BOM_UTF16_LE + " \n".encode("utf-16-le"), id="utf-16-blank"),
        pytest.param("\u00a0\u2003\n".encode(), id="unicode-spaces"),
    ],
)
def test_text_that_decodes_to_nothing_is_empty(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "blank.txt"
    path.write_bytes(data)
    with pytest.raises(DocumentError, match="empty") as caught:
        read_source(path)
    one_line_naming(caught.value, path)


def test_too_large_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:  # sparse: no 50 MB written to disk
        handle.truncate(50 * 1024 * 1024)
    with pytest.raises(DocumentError, match="too large") as caught:
        read_bytes(path)
    message = one_line_naming(caught.value, path)
    assert "52.4 MB" in message and "limit" in message


@pytest.mark.parametrize(("size", "refused"), [(100, False), (101, True)])
def test_size_limit_is_inclusive(tmp_path: Path, size: int, refused: bool) -> None:
    path = tmp_path / "limit.txt"
    path.write_bytes(b"a" * size)
    if refused:
        with pytest.raises(DocumentError, match="too large"):
            read_bytes(path, max_bytes=100)
    else:
        assert len(read_bytes(path, max_bytes=100)) == size


def test_default_limit_is_twenty_megabytes() -> None:
    assert MAX_BYTES == 20_000_000  # shown to people as "20 MB"


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads anything")
def test_unreadable_file(tmp_path: Path) -> None:
    path = tmp_path / "secret.txt"
    path.write_text("geheim", encoding="utf-8")
    path.chmod(0)
    try:
        with pytest.raises(DocumentError, match="permission denied") as caught:
            read_bytes(path)
        one_line_naming(caught.value, path)
    finally:
        path.chmod(0o600)
