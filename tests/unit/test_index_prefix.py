"""Prefix expansion reads each segment's terms once, sums their document frequencies and
remembers where each segment keeps each term's info."""

from __future__ import annotations

import pytest
from whoosh.fields import ID, TEXT, Schema
from whoosh.filedb.filestore import RamStorage

from index import query
from index.query import prefix_frequencies


def _two_segment_index() -> RamStorage:
    storage = RamStorage()
    ix = storage.create_index(Schema(key=ID(stored=True), words=TEXT()))
    for batch in (["stadt stau staub", "stau stern"], ["stadt stadium", "stern start", "stall"]):
        writer = ix.writer()
        for number, text in enumerate(batch):
            writer.add_document(key=f"{text}-{number}", words=text)
        writer.commit(merge=False)
    return ix


def test_frequencies_are_summed_over_segments_in_term_order() -> None:
    ix = _two_segment_index()
    with ix.reader() as reader:
        assert len(list(reader.leaf_readers())) == 2
        expected = [
            (term, info.doc_frequency()) for term, info in reader.iter_prefix("words", "st")
        ]
        scan = prefix_frequencies(reader, "words", "st")
        assert scan.frequencies == expected
        assert dict(expected)[b"stadt"] == 2
        assert scan.scanned.frequencies == dict(expected)


def test_the_scan_knows_where_each_segment_keeps_each_term() -> None:
    ix = _two_segment_index()
    with ix.reader() as reader:
        scan = prefix_frequencies(reader, "words", "st")
        for leaf, _ in reader.leaf_readers():
            located = scan.scanned.located[leaf]
            table = leaf._terms._tindex
            assert set(located) == {term for term, _ in leaf.iter_prefix("words", "st")}
            for term, (position, length) in located.items():
                value = bytes(table.dbfile._buf[position : position + length])
                assert value == table[leaf._terms._keycoder("words", term)]


def test_the_scan_stops_at_the_cap_like_a_scan_of_the_merged_terms(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(query, "_SCAN_CAP", 3)
    ix = _two_segment_index()
    with ix.reader() as reader:
        merged = [(term, info.doc_frequency()) for term, info in reader.iter_prefix("words", "st")]
        scan = prefix_frequencies(reader, "words", "st")
        assert scan.frequencies == merged[:3]
        assert scan.scanned.frequencies is None  # some sums may miss a segment
        assert not scan.scanned.located  # and no segment's list is whole


@pytest.mark.parametrize("prefix", ["st", "sta", "stadt", "s", "x", "stadtz"])
def test_the_walk_over_a_table_in_memory_reads_what_whoosh_reads(prefix: str) -> None:
    ix = _two_segment_index()
    with ix.reader() as reader:
        for leaf, _ in reader.leaf_readers():
            table = leaf._terms._tindex
            assert getattr(table.dbfile, "_buf", None) is not None
            start = leaf._terms._keycoder("words", prefix.encode())
            expected = [
                (key[2:], query._DOC_FREQUENCY.unpack_from(value, 5)[0], value)
                for key, value in table.items_from(start)
                if key.startswith(start)
            ]
            buffer = table.dbfile._buf
            got = query._walk_table(buffer, table.closest_key_pos(start), table.endofdata, start)
            assert [
                (term, frequency, bytes(buffer[at : at + length]))
                for term, frequency, (at, length) in got
            ] == expected


@pytest.mark.parametrize("typed", [["s", "st", "sta", "stad"], ["st", "x", "sta", "st"]])
def test_a_prefix_typed_letter_by_letter_finds_what_a_fresh_scan_finds(typed: list[str]) -> None:
    """Kept and narrowed scans give the same terms, frequencies and term infos."""
    ix = _two_segment_index()
    with ix.reader() as reader:
        kept = [prefix_frequencies(reader, "words", prefix) for prefix in typed]
        for prefix, scan in zip(typed, kept, strict=True):
            fresh = query._scan_prefix(reader, "words", prefix)
            assert scan.frequencies == fresh.frequencies
            assert scan.scanned.frequencies is not None
            for term, frequency in fresh.frequencies:
                assert scan.scanned.frequencies[term] == frequency
                for leaf, located in fresh.scanned.located.items():
                    assert scan.scanned.located[leaf].get(term) == located.get(term)


def test_a_capped_scan_is_not_narrowed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(query, "_SCAN_CAP", 3)
    ix = _two_segment_index()
    with ix.reader() as reader:
        assert not prefix_frequencies(reader, "words", "s").whole
        narrowed = prefix_frequencies(reader, "words", "sta")
        assert narrowed.frequencies == query._scan_prefix(reader, "words", "sta").frequencies
