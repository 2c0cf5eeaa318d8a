"""A long text is read for names in parts cut at paragraph breaks; the parts' names group as
the library's documents do."""

from __future__ import annotations

import pytest

from documents.model import Document, DocumentMeta, Section, SectionRole
from glossary import discovered
from glossary.discovered import DiscoveryCache, discovered_entries, sources
from glossary.entities import load_glossary

FIRST = "General Alexei Brussilow griff im Juni an. Die Truppen zogen nach Osten."
SECOND = "Später schrieb Brussilow über den Krieg. Minister Aldo Brezhnavik reiste ab."


def test_parts_cover_the_text_and_end_at_paragraph_breaks(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(discovered, "PART_CHARS", 100)
    text = "\n\n".join([FIRST, SECOND, FIRST + " " + SECOND])
    parts = list(discovered._parts(text))
    assert "".join(text[start:end] for start, end in parts) == text
    assert all(end - start <= 100 for start, end in parts)
    assert text[parts[0][0] : parts[0][1]] == FIRST + "\n\n"  # not mid-paragraph
    assert len(parts) == 4  # the long last paragraph is cut at a space


def test_a_long_document_is_read_in_parts_whose_names_meet(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(discovered, "PART_CHARS", 100)
    text = FIRST + "\n\n" + SECOND
    document = Document("lang", DocumentMeta(language="de"), text, "h", [], [], [], [])
    parts = list(sources([document]))
    assert [part.id for part in parts] == ["lang#1", "lang#2"]
    entries = discovered_entries(load_glossary(None), parts, DiscoveryCache(None))
    names = {name: entry for entry in entries for name in entry.all_names()}
    assert names["Brussilow"] is names["Alexei Brussilow"]  # across the two parts
    assert "Aldo Brezhnavik" in names


def test_notes_code_and_front_matter_are_blanked_before_names_are_read() -> None:
    """An endnote's source ("Karl Anselm") or a licence line ("CC0") became glossary
    entries as if the text spoke of them."""
    body = "Die Brücke wurde 1874 von Ida Brenner geplant."
    note = "1 Laut dem Baubuch von Karl Anselm."
    front = "Eigenverlag · Lizenz CC0"
    text = "\n\n".join([front, body, note])
    notes_start = len(front) + 2 + len(body) + 2
    sections = [
        Section(0, len(front), SectionRole.FRONT, "de"),
        Section(len(front) + 2, notes_start - 2, SectionRole.BODY, "de"),
        Section(notes_start, len(text), SectionRole.NOTES, "de"),
    ]
    document = Document("b", DocumentMeta(language="de"), text, "h", [], [], [], sections)
    (source,) = sources([document])
    assert len(source.text) == len(text)
    assert body in source.text
    assert "Anselm" not in source.text and "CC0" not in source.text
