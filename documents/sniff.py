"""What a file is by its first bytes, whatever its name says.

A PDF renamed to ``.txt`` (or saved so by a browser) would otherwise be refused as "a binary
file", or decoded into a page of junk when its first bytes hold no NUL. The reader names
what the bytes are and how to add the file, but does not read it against its name: the
suffix decides how the library stores the copy and reads it again at every start, and a
mislabelled file is worth the user's knowing.
"""

from __future__ import annotations

_EPUB_MIMETYPE = b"mimetypeapplication/epub+zip"
"""An EPUB's first ZIP entry: the file ``mimetype`` holding this, stored uncompressed."""
_ZIP_ENTRY_NAME = 30
"""Where a ZIP file's first entry's name starts (after its fixed 30-byte header)."""
PDF_HEADER_WITHIN = 1024
"""How far into the file a PDF's ``%PDF-`` header may start (readers tolerate junk before it)."""


def binary_format(data: bytes) -> tuple[str, str] | None:
    """The format ``data`` starts as, with the suffix to add it by ("" when it cannot be).

    Returns:
        ("a PDF", ".pdf"), ("an EPUB book", ".epub"), ("a ZIP archive", ""), or None.
    """
    if data.startswith(b"%PDF-"):  # at the very start: a text may be about PDF headers
        return "a PDF", ".pdf"
    if data.startswith(b"PK\x03\x04"):
        if data[_ZIP_ENTRY_NAME:].startswith(_EPUB_MIMETYPE):
            return "an EPUB book", ".epub"
        return "a ZIP archive", ""
    return None


def is_pdf(data: bytes) -> bool:
    """Whether ``data`` has a PDF header where readers look for one."""
    return b"%PDF-" in data[:PDF_HEADER_WITHIN]


def not_text_message(data: bytes) -> str | None:
    """Why ``data``, given as a text file, is another format and what to do; None if not."""
    found = binary_format(data)
    if found is None:
        return None
    name, suffix = found
    if suffix:
        return f"looks like {name}, not text; rename it to {suffix} to add it as one"
    return f"looks like {name} (an office document is one too), not text"
