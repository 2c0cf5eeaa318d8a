"""Where a document's publication date comes from, for ``reader meta`` and the app's form.

A PDF's creation date is only a fallback for a text that names no date (it says when the file
was made), so both say when the date in effect is that one: the reader can correct it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from documents.errors import DocumentError
from documents.loader import load_document
from documents.model import DocumentMeta
from reader.i18n import N_

if TYPE_CHECKING:
    from reader.library import Library
    from reader.library.entry import LibraryEntry

__all__ = ["DATE_SOURCES", "date_source"]

DATE_SOURCES = {
    "you": N_("corrected by you"),
    "text": N_("named in the text or the page's metadata"),
    "catalogue": N_("from the bundled catalogue"),
    "file": N_("the file's creation date: when it was made, the text names no date"),
}
"""Where the date in effect comes from (``published_from``), in English (the app translates)."""


def date_source(library: Library, entry: LibraryEntry) -> str:
    """Where ``entry``'s publication date comes from (a key of ``DATE_SOURCES``), "" when it
    has none or that cannot be told (its file is gone: a correction is saved all the same).

    "text" only when the date in effect is the one the text names: a library built before
    the PDF rules may hold a PDF's creation date although the text has a byline.
    """
    if "published" in entry.corrections:
        return "you"
    if not entry.meta.published:
        return ""
    try:
        own = load_document(entry.path, DocumentMeta(), entry.id, library.cache).published
    except DocumentError:
        return ""
    if own and own == entry.meta.published:
        return "text"
    return "catalogue" if entry.bundled else "file"
