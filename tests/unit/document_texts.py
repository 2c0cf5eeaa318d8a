"""Helpers for the document tests: load a made-up text as a file, read its paragraphs."""

from __future__ import annotations

from pathlib import Path

import pytest

from documents.errors import DocumentError
from documents.loader import load_document
from documents.model import BlockKind, Document

PYTHON_WORDS = ("NoneType", "object", "Error", "('", '("', "There is no item", "startxref")
"""What a Python exception's text shows and a user's message never does."""


def refusal(path: Path, opening: str) -> str:
    """The message loading ``path`` is refused with, checked to open with the file's name and
    ``opening`` and to hold no Python exception's words."""
    with pytest.raises(DocumentError) as caught:
        load_document(path)
    message = str(caught.value)
    assert message.startswith(f"{path}: {opening}")
    assert not any(words in message.removeprefix(str(path)) for words in PYTHON_WORDS)
    return message


def load_text(tmp_path: Path, text: str, name: str = "doc.txt") -> Document:
    """``text`` written to ``tmp_path / name`` and loaded as a document (no cache)."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return load_document(path)


def paragraph_texts(document: Document) -> list[str]:
    return [document.text[p.start : p.end] for p in document.paragraphs]


def paragraph_kinds_and_texts(document: Document) -> list[tuple[BlockKind, str]]:
    """Each paragraph's kind and text, in order."""
    return [(p.kind, document.text[p.start : p.end]) for p in document.paragraphs]
