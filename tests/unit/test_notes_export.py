"""Export and import: W3C JSON-LD round trips, Markdown for reading, bad files refused whole."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest

from documents.model import Document, DocumentMeta, Heading, Span
from reader.notes import NoteStore, Target
from reader.notes.export import ImportFormatError, dumps_w3c, read_w3c, to_markdown, to_w3c

TEXT = "Einleitung\nDer Wal singt im Meer.\nZweiter Teil\nDie Möwe ruft am Strand. Ende."


def _document(text: str = TEXT, doc_id: str = "wal") -> Document:
    outline = [Heading(1, "Einleitung", 0, 10), Heading(1, "Zweiter Teil", 34, 46)]
    return Document(
        id=doc_id,
        meta=DocumentMeta(title="Vom Wal"),
        text=text,
        content_hash="hash-wal",
        paragraphs=[],
        sentences=[Span(11, 33), Span(47, 71)],
        outline=outline,
        sections=[],
        path=Path("/docs/wal.txt"),
    )


def _target(quote: str, doc_id: str = "wal", text: str = TEXT) -> Target:
    start = text.index(quote)
    return Target.from_text(doc_id, "hash-wal", text, start, start + len(quote), "/docs/wal.txt")


def _filled_store() -> NoteStore:
    store = NoteStore.memory()
    store.add(
        _target("Der Wal singt"), note="[bold]Ünïcödé[/] 🐋\n\n- *Markdown*", tags=["Tier", "#1"]
    )
    store.add(_target("Die Möwe"), color="purple")
    store.add(_target("Strand"), note="Vergleich", compare=_target("Meer", doc_id="other"))
    return store


def test_w3c_export_is_an_annotation_collection_with_both_selectors() -> None:
    data = to_w3c(_filled_store().all())
    assert data["@context"] == "http://www.w3.org/ns/anno.jsonld"
    assert data["type"] == "AnnotationCollection" and data["total"] == 3
    first = data["items"][0]
    assert first["type"] == "Annotation" and first["id"].startswith("urn:uuid:")
    assert {"purpose": "tagging", "type": "TextualBody", "value": "Tier"} in first["body"]
    assert first["body"][0]["format"] == "text/markdown"
    assert first["target"]["source"] == "urn:reader:doc:wal"
    kinds = [s["type"] for s in first["target"]["selector"]]
    assert kinds == ["TextQuoteSelector", "TextPositionSelector"]
    comparison = data["items"][2]
    assert [t["source"] for t in comparison["target"]] == [
        "urn:reader:doc:wal",
        "urn:reader:doc:other",
    ]


def test_export_import_export_gives_the_same_annotations(tmp_path: Path) -> None:
    original = _filled_store()
    exported = dumps_w3c(original.all())
    path = tmp_path / "notes.jsonld"
    path.write_text(exported, encoding="utf-8")
    with NoteStore.memory() as empty:
        result = empty.import_annotations(read_w3c(path))
        assert (result.added, result.updated, result.unchanged) == (3, 0, 0)
        assert empty.all() == original.all()
        assert dumps_w3c(empty.all()) == exported
        again = empty.import_annotations(read_w3c(path))
        assert (again.added, again.unchanged) == (0, 3)


def _broken_second_item() -> str:
    data = to_w3c(_filled_store().all())
    del data["items"][1]["target"]["selector"]
    return json.dumps(data)


def _bad_colour() -> str:
    data = to_w3c(_filled_store().all())
    data["items"][2]["body"][-1]["value"] = "orange"
    return json.dumps(data)


@pytest.mark.parametrize(
    ("make", "words"),
    [
        (lambda: "{oops", "not JSON"),
        (lambda: '{"type": "Something"}', "AnnotationCollection"),
        (lambda: "\udcff", "cannot be read"),
        (_broken_second_item, "item 2: target has no TextQuoteSelector"),
        (_bad_colour, "item 3: unknown highlight colour 'orange'"),
    ],
    ids=["not-json", "wrong-shape", "not-utf8", "second-item-broken", "bad-colour"],
)
def test_a_bad_file_is_refused_whole_with_one_line(
    tmp_path: Path, make: Callable[[], str], words: str
) -> None:
    path = tmp_path / "bad.json"
    path.write_bytes(make().encode("utf-8", "surrogateescape"))
    with NoteStore.memory() as store:
        with pytest.raises(ImportFormatError) as caught:
            store.import_annotations(read_w3c(path))
        assert len(store) == 0
    message = str(caught.value)
    assert words in message and "\n" not in message


def test_markdown_groups_by_document_and_section_and_lists_orphans() -> None:
    store = _filled_store()
    gone = Target.from_text("wal", "hash-wal", "Ein Satz, der verschwand.", 0, 8)
    store.add(gone, note="verwaist")
    markdown = to_markdown(store.all(), [_document()])
    assert "## Vom Wal (`wal`)" in markdown
    assert markdown.index("### Einleitung") < markdown.index("> Der Wal singt")
    assert markdown.index("### Zweiter Teil") < markdown.index("> Die Möwe")
    assert "[bold]Ünïcödé[/] 🐋" in markdown  # notes are Markdown already: kept as written
    assert "tags: `Tier`, `#1`" in markdown
    orphans = markdown.index("## Orphaned notes")
    assert markdown.index("> Ein Satz") > orphans and "verwaist" in markdown[orphans:]


def test_markdown_keeps_notes_of_documents_not_in_the_library() -> None:
    markdown = to_markdown(_filled_store().all(), [])
    assert "not in the library" in markdown and "> Die Möwe" in markdown


def test_markdown_quotes_the_partner_of_a_note_on_a_pair() -> None:
    """Trial 20: a note on a pair (``C``) lost its partner's sentence in the Markdown."""
    other_text = "Whales sing in the sea."
    other = replace(
        _document(other_text, doc_id="whale"),
        meta=DocumentMeta(title="Of Whales"),
        content_hash="hash-whale",
        sentences=[Span(0, len(other_text))],
        outline=[],
    )
    store = NoteStore.memory()
    partner = Target.from_text("whale", "hash-whale", other_text, 0, len(other_text))
    store.add(_target("Der Wal singt im Meer."), note="the same", compare=partner)
    markdown = to_markdown(store.all(), [_document(), other])
    assert "> Der Wal singt im Meer.\n>\n> ⇄ *Of Whales* (`whale`):\n> Whales sing" in markdown
    unknown = to_markdown(store.all(), [_document()])  # the partner left the library
    assert "> ⇄ *whale* (`whale`):\n> Whales sing in the sea." in unknown
