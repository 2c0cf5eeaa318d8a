"""Notes written out as a file, the same from the command line and from the app.

The Markdown export quotes each note's sentence from its document, so the documents are loaded;
a document that fails to load is reported and left out, and its notes keep their stored quote.
A pair's partner is named by its title in the library's entries, without loading it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path

from documents.atomic import write_atomic
from documents.errors import DocumentError
from documents.model import Document
from reader import paths
from reader.library import Library
from reader.notes import Annotation
from reader.notes.export import dumps_w3c, to_markdown

__all__ = ["EXPORT_SUFFIXES", "documents_for", "export_content", "export_to_data_dir"]

EXPORT_SUFFIXES = {"md": ".md", "w3c": ".jsonld"}
"""The file suffix of each export format."""


def documents_for(
    wanted: set[str], library: Library, warn: Callable[[str], None]
) -> list[Document]:
    """The library documents with these ids (all of them if some id is unknown)."""
    if wanted <= set(library.ids()):
        documents = []
        for doc_id in sorted(wanted):
            try:
                documents.append(library.get(doc_id))
            except DocumentError as error:
                warn(str(error))
        return documents
    return library.documents()


def export_content(
    annotations: Sequence[Annotation], fmt: str, library: Library, warn: Callable[[str], None]
) -> str:
    """The text of an export: ``md`` (Markdown) or ``w3c`` (W3C Web Annotation JSON-LD)."""
    if fmt == "w3c":
        return dumps_w3c(annotations)
    wanted = {a.target.doc_id for a in annotations}
    titles = {entry.id: entry.meta.title for entry in library.entries if entry.meta.title}
    return to_markdown(annotations, documents_for(wanted, library, warn), titles)


def export_to_data_dir(
    annotations: Sequence[Annotation], fmt: str, library: Library, warn: Callable[[str], None]
) -> Path:
    """Write an export under the data directory's ``exports`` folder, named by the time, so
    that no earlier export is overwritten; returns its path."""
    folder = paths.data_dir() / "exports"
    folder.mkdir(exist_ok=True)
    stamp = datetime.now().strftime("%Y-%m-%d-%H%M%S")
    target, number = folder / f"notes-{stamp}{EXPORT_SUFFIXES[fmt]}", 2
    while target.exists():  # two exports within one second
        target, number = folder / f"notes-{stamp}-{number}{EXPORT_SUFFIXES[fmt]}", number + 1
    write_atomic(target, export_content(annotations, fmt, library, warn))
    return target
