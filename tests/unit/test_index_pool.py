"""The term pool yields every term once, in order, with its postings in document order."""

from __future__ import annotations

from whoosh.filedb.filestore import RamStorage

from index.pool import TermPool


def _records() -> list[tuple[int, str, list[tuple[bytes, float, bytes]]]]:
    """(document, field, postings) of twelve records over a few shared terms."""
    records = []
    for docnum in range(12):
        terms = [b"all", f"t{docnum % 3}".encode()] + ([b"odd"] if docnum % 2 else [])
        for fieldname in ("text", "words"):
            records.append((docnum, fieldname, [(t, 1.0, b"v%d" % docnum) for t in terms]))
    return records


def _expected() -> list[tuple[str, bytes, list[object]]]:
    by_term: dict[tuple[str, bytes], list[object]] = {}
    for docnum, fieldname, postings in _records():
        for tbytes, weight, value in postings:
            by_term.setdefault((fieldname, tbytes), []).extend((docnum, weight, value))
    return [(field, term, flat) for (field, term), flat in sorted(by_term.items())]


def test_terms_come_in_order_with_their_postings_in_document_order() -> None:
    pool = TermPool(RamStorage())
    for docnum, fieldname, postings in _records():
        pool.add_postings(fieldname, docnum, postings)
    assert list(pool.terms()) == _expected()


def test_a_pool_past_its_limit_spills_runs_and_merges_them_by_term() -> None:
    storage = RamStorage()
    pool = TermPool(storage, limitmb=0.001)  # about four records per run
    for docnum, fieldname, postings in _records():
        pool.add_postings(fieldname, docnum, postings)
    assert len(pool._runs) >= 3
    assert list(pool.terms()) == _expected()
    pool.cleanup()
    assert not any(name.endswith(".run") for name in storage.list())


def test_postings_added_out_of_order_are_sorted_and_spelling_markers_dropped() -> None:
    pool = TermPool(RamStorage())
    for docnum, fieldname, postings in reversed(_records()):
        for tbytes, weight, value in postings:
            pool.add((fieldname, tbytes, docnum, weight, value))
    pool.add(("text", b"all", -1, -1.0, None))
    assert list(pool.terms()) == _expected()


def test_a_text_fields_terms_kept_as_text_come_out_as_bytes_in_order() -> None:
    """Text fields' terms are pooled as text (through field_terms, add_postings or add, and
    across a spill to a run file) and yielded as UTF-8 bytes in byte order."""
    storage = RamStorage()
    pool = TermPool(storage, limitmb=0.001, text_fields=["text"])
    for docnum, fieldname, postings in _records():
        if fieldname != "text":
            pool.add_postings(fieldname, docnum, postings)
        elif docnum % 3 == 0:
            pool.add_postings(fieldname, docnum, postings)
        elif docnum % 3 == 1:
            for tbytes, weight, value in postings:
                pool.add((fieldname, tbytes, docnum, weight, value))
        else:
            terms = pool.field_terms(fieldname)
            for tbytes, weight, value in postings:
                terms.setdefault(tbytes.decode(), []).extend((docnum, weight, value))
            pool.grew(len(postings), 0)
    assert pool._runs
    assert list(pool.terms()) == _expected()
