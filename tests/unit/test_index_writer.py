"""The bulk writer writes what Whoosh's own writer writes: terms, postings, lengths, records."""

from __future__ import annotations

import pickle
import zlib
from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from test_index_records import make_document
from whoosh.codec.whoosh3 import W3Codec
from whoosh.filedb.filestore import RamStorage
from whoosh.filedb.filetables import md5_hash
from whoosh.index import FileIndex
from whoosh.reading import IndexReader
from whoosh.writing import SegmentWriter

from documents.catalog import read_catalog
from documents.loader import load_document
from documents.model import Document
from index import postings
from index.build import document_records
from index.schema import build_schema
from index.writer import BulkWriter, stored_deflate

EXTRA_TEXT = (
    "Die Grenzschließung traf die Wagner-Söldner. The sanctions were no game changer! "
    "Lukaschenkas Luftwaffenbasis 2024? Und und und."
)


def _documents() -> list[Document]:
    seed = next(entry for entry in read_catalog() if entry.id == "rs-belarus-2024")
    return [
        load_document(seed.path),
        make_document("extra", EXTRA_TEXT, title="Extra"),
        make_document("english", EXTRA_TEXT.upper(), title="Upper", language="en"),
    ]


def _records(document: Document) -> list[dict[str, Any]]:
    dated = [(0, date(2020, 8, 9), date(2020, 8, 9)), (2, date(2024, 1, 1), date(2024, 12, 31))]
    return list(document_records(document, dated))


def _build(make: Callable[[FileIndex], SegmentWriter], documents: list[Document]) -> FileIndex:
    """An index built in two commits (the second deletes a document and merges the segments)."""
    ix = RamStorage().create_index(build_schema())
    writer = make(ix)
    for document in documents[:-1]:
        for record in _records(document):
            writer.add_document(**record)
    writer.commit()
    writer = make(ix)
    writer.delete_by_term("doc", documents[1].id)
    for record in _records(documents[-1]):
        writer.add_document(**record)
    writer.commit()
    return ix


def _contents(reader: IndexReader) -> dict[str, Any]:
    postings = {}
    for fieldname, term in reader.all_terms():
        matcher = reader.postings(fieldname, term)
        found = []
        while matcher.is_active():
            found.append((matcher.id(), matcher.weight(), matcher.value()))
            matcher.next()
        postings[(fieldname, term)] = found
    scorable = [name for name, field in reader.schema.items() if field.scorable]
    lengths = {
        (docnum, name): reader.doc_field_length(docnum, name)
        for docnum in reader.all_doc_ids()
        for name in scorable
    }
    stored = [reader.stored_fields(docnum) for docnum in reader.all_doc_ids()]
    totals = {name: reader.field_length(name) for name in scorable}
    return {"postings": postings, "lengths": lengths, "stored": stored, "totals": totals}


def test_bulk_writer_writes_what_whooshs_writer_writes() -> None:
    documents = _documents()
    plain = _build(lambda ix: SegmentWriter(ix), documents)
    bulk = _build(lambda ix: BulkWriter(ix), documents)
    with plain.reader() as expected, bulk.reader() as actual:
        assert expected.doc_count() == actual.doc_count() > 20
        wanted, got = _contents(expected), _contents(actual)
    assert got["postings"] == wanted["postings"]
    assert got["lengths"] == wanted["lengths"]
    assert got["stored"] == wanted["stored"]
    assert got["totals"] == wanted["totals"]


def test_a_small_pool_spills_to_disk_and_still_writes_everything() -> None:
    documents = _documents()[1:]
    plain = _build(lambda ix: SegmentWriter(ix), documents)
    spilling = _build(lambda ix: BulkWriter(ix, limitmb=0.05), documents)
    with plain.reader() as expected, spilling.reader() as actual:
        assert _contents(actual) == _contents(expected)


def _segment_files(make: Callable[[FileIndex], SegmentWriter]) -> dict[str, bytes]:
    """The files of a one-commit index's segment, by extension (not compounded)."""
    storage = RamStorage()
    ix = storage.create_index(build_schema())
    writer = make(ix)
    for document in _documents():
        for record in _records(document):
            writer.add_document(**record)
    writer.commit()
    segid = ix._segments()[0].segid
    return {
        name.rsplit(".", 1)[1]: storage.open_file(name).read()
        for name in storage.list()
        if segid in name
    }


def test_posting_lists_and_term_table_are_whooshs_bytes(monkeypatch: pytest.MonkeyPatch) -> None:
    """Byte for byte when every block is compressed and pickled with protocol 2, as Whoosh
    does (by default small blocks are stored plain and block data is pickled with protocol
    4, which the first test shows reads back the same)."""
    monkeypatch.setattr(postings, "COMPRESS_MIN_BYTES", 0)
    monkeypatch.setattr(postings, "BLOCK_DATA_PROTOCOL", 2)
    codec = W3Codec(compression=postings.COMPRESSION_LEVEL)
    expected = _segment_files(lambda ix: SegmentWriter(ix, compound=False, codec=codec))
    actual = _segment_files(lambda ix: BulkWriter(ix, compound=False))
    assert {"pst", "trm"} <= expected.keys()
    assert actual["pst"] == expected["pst"]
    assert actual["trm"] == expected["trm"]


@pytest.mark.parametrize("key", [b"", b"\x00\x01grenz", "Straße".encode(), bytes(range(256)) * 3])
def test_term_table_hashes_are_whooshs_md5_hash(key: bytes) -> None:
    """The term table's hash of a key is Whoosh's ``md5_hash`` (the reader finds terms by
    it), worked out from the digest's bytes."""
    assert postings._md5_low_bits(key) == md5_hash(key)


@pytest.mark.parametrize("size", [0, 1, 300, 20_000, 65_535, 200_000])
def test_stored_fields_are_one_deflate_block_that_zlib_reads(size: int) -> None:
    data = bytes(range(256)) * (size // 256) + bytes(size % 256)
    written = stored_deflate(data)
    assert zlib.decompress(written) == data
    if size <= 20_000:
        assert written == zlib.compress(data, 0)


def test_a_block_of_a_few_hundred_bytes_is_stored_plain_and_reads_back() -> None:
    """zlib's set-up per call costs more than it saves on a block of a few hundred bytes."""
    ix = RamStorage().create_index(build_schema())
    writer = BulkWriter(ix)
    for number in range(100):
        text = f"Ein Satz {number} über die Grenze."
        writer.add_document(kind="s", doc="d", sent=number, text_de=text, words=text)
    writer.commit()
    with ix.reader() as reader:
        matcher = reader.postings("text_de", "grenz")
        assert list(matcher.all_ids()) == list(range(100))
        matcher = reader.postings("text_de", "grenz")
        matcher._read_data()
        assert 128 < len(pickle.dumps(matcher._data, 2)) < 1024
        assert matcher._compression == 0


def test_block_data_pickles_bytes_without_a_codecs_call() -> None:
    """Protocol 2 pickles each encoded posting as a ``_codecs.encode`` call; the reader's
    ``loads`` gives the same values from protocol 4's bytes opcode."""
    ix = RamStorage().create_index(build_schema())
    writer = BulkWriter(ix)
    for number in range(3):
        text = f"Die Grenze {number} und die Grenze."
        writer.add_document(kind="s", doc="d", sent=number, text_de=text, words=text)
    writer.commit()
    with ix.reader() as reader:
        for field in ("text_de", "words"):
            matcher = reader.postings(field, "grenz" if field == "text_de" else "grenze")
            raw = matcher._postfile.get(
                matcher._dataoffset, matcher._nextoffset - matcher._dataoffset
            )
            assert raw.startswith(b"\x80\x04")
            assert b"_codecs" not in raw
            assert list(matcher.all_ids()) == [0, 1, 2]
        matcher = reader.postings("text_de", "grenz")
        assert matcher.value_as("positions") == [1, 3]  # stopwords leave no gaps
