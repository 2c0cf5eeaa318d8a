"""A segment file read from the mapped index in place reads like the copy Whoosh made."""

from __future__ import annotations

import io
import mmap
import pickle
from pathlib import Path

import pytest
from whoosh.filedb.structfile import BufferFile

from index.mapped_files import PEEK_BYTES, MappedReader, read_buffers_in_place

DATA = b"first line\nsecond\n\x00\x01\x02binary tail without newline"


def _steps(file: io.IOBase | MappedReader) -> list[object]:
    seen: list[object] = [file.read(5), file.tell(), file.readline(), file.readline(3)]
    seen += [file.seek(2), file.read(0), file.seek(-4, io.SEEK_END), file.read(), file.read()]
    seen += [file.seek(3, io.SEEK_SET), file.seek(2, io.SEEK_CUR), list(file)]
    seen += [file.seek(100), file.read(3), file.tell()]
    return seen


def test_reads_like_bytesio_over_a_mapped_file(tmp_path: Path) -> None:
    path = tmp_path / "segment"
    path.write_bytes(DATA)
    with path.open("rb") as raw, mmap.mmap(raw.fileno(), 0, access=mmap.ACCESS_READ) as mapped:
        view = memoryview(mapped)[3:]
        reader = MappedReader(view)
        assert _steps(reader) == _steps(io.BytesIO(DATA[3:]))
        reader.close()
        view.release()


def test_whooshs_buffer_files_read_in_place() -> None:
    read_buffers_in_place()
    file = BufferFile(memoryview(DATA), name="segment")
    assert isinstance(file.file, MappedReader)
    assert file.read(5) == b"first" and file.get(6, 4) == b"line"
    file.seek(0)
    assert file.read_varint() == DATA[0] and file.get_byte(0) == DATA[0]
    file.close()


@pytest.mark.parametrize("size", [10, PEEK_BYTES - 1, PEEK_BYTES * 3])
def test_pickles_load_through_peek_as_from_bytesio(size: int) -> None:
    """Several pickles in a row, small and larger than one peek, then plain bytes."""
    objects = [(3, 1.5, None), list(range(size)), {"key": b"x" * size}]
    data = b"".join(pickle.dumps(o, protocol=2) for o in objects) + b"tail"
    reader, copy = MappedReader(memoryview(data)), io.BytesIO(data)
    for expected in objects:
        assert pickle.load(reader) == pickle.load(copy) == expected
        assert reader.tell() == copy.tell()
    assert reader.peek(2) == b"ta" and reader.read() == b"tail"
    assert reader.peek() == b""
