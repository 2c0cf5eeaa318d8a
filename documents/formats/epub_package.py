"""What is wrong with a broken EPUB, in words, before ebooklib reads it.

ebooklib reads a damaged book's package as far as it can (its XML parser recovers what it
can) and then fails on whatever is missing with a Python error (``'NoneType' object is not
iterable`` for a package file that is not XML, ``There is no item named …`` for a chapter
missing from the archive). Its message tells a reader nothing, so when it fails the archive
is checked in the order a reading system follows it, and the first problem is named:

* ``META-INF/container.xml`` exists, is XML and names the package file (the ``.opf``);
* the package file exists and is XML, with a manifest and a spine (the reading order) that
  names at least one file the manifest lists;
* every file the manifest lists is in the archive (ebooklib reads them all).

A book with DRM reads without an error and shows scrambled bytes, so ``encrypted`` is asked
first: ``META-INF/encryption.xml`` naming anything but fonts (fonts may be obfuscated, as the
EPUB standard allows), or ``META-INF/rights.xml`` (Adobe's DRM).

Each problem is one sentence about the book (``its package file names no reading order``),
which ``epub`` puts after the file's name.
"""

from __future__ import annotations

import posixpath
import zipfile
from urllib.parse import unquote

from lxml import etree

from documents.formats.common import local_name

CONTAINER = "META-INF/container.xml"
_PACKAGE_TYPE = "application/oebps-package+xml"
_FONT_OBFUSCATION = frozenset(
    {"http://www.idpf.org/2008/embedding", "http://ns.adobe.com/pdf/enc#RC"}
)
"""The algorithms that only scramble embedded fonts (IDPF, Adobe): allowed, no DRM."""
DRM = "it is protected by DRM (its text is encrypted); only books without DRM can be read"
"""What ``epub`` says of a book that is ``encrypted``."""


def package_problem(archive: zipfile.ZipFile) -> str | None:
    """What keeps the book in ``archive`` from being read, as a sentence, or None when no
    problem is found."""
    names = set(archive.namelist())
    if CONTAINER not in names:
        return f"it has no {CONTAINER}, the file that says where the book's package is"
    container = _xml(archive, CONTAINER)
    if isinstance(container, str):
        return f"its {CONTAINER} {container}"
    package = _package_path(container)
    if not package:
        return f"its {CONTAINER} names no package file (.opf)"
    if package not in names:
        return f"its package file {package} is missing from the archive"
    opf = _xml(archive, package)
    if isinstance(opf, str):
        return f"its package file {package} {opf}"
    return _manifest_problem(opf, package, names)


def _xml(archive: zipfile.ZipFile, name: str) -> etree._Element | str:
    """The parsed file, or why it cannot be parsed (a phrase after the file's name)."""
    try:
        data = archive.read(name)
    except (zipfile.BadZipFile, OSError, RuntimeError, ValueError):  # a damaged member
        return "cannot be unpacked (the archive is damaged)"
    try:
        return etree.fromstring(data, etree.XMLParser(resolve_entities=False, no_network=True))
    except etree.XMLSyntaxError as error:
        return f"is not valid XML (line {error.lineno})"


def _package_path(container: etree._Element) -> str:
    """The package file the container names (the first of the right media type)."""
    for rootfile in container.iter():
        if local_name(rootfile) == "rootfile" and rootfile.get("full-path"):
            if rootfile.get("media-type", _PACKAGE_TYPE) == _PACKAGE_TYPE:
                return str(rootfile.get("full-path"))
    return ""


def encrypted(archive: zipfile.ZipFile) -> bool:
    """Whether the book's text is encrypted: a rights file (Adobe's DRM), or an encryption
    file that names any file with an algorithm other than font obfuscation."""
    names = set(archive.namelist())
    if "META-INF/rights.xml" in names:
        return True
    if "META-INF/encryption.xml" not in names:
        return False
    encryption = _xml(archive, "META-INF/encryption.xml")
    if isinstance(encryption, str):
        return True  # an unreadable encryption file: what it locks is unknown
    methods = [e for e in encryption.iter() if local_name(e) == "encryptionmethod"]
    return any(method.get("Algorithm") not in _FONT_OBFUSCATION for method in methods)


def _manifest_problem(opf: etree._Element, package: str, names: set[str]) -> str | None:
    """A missing manifest, reading order or listed file, said in words; None if all is there."""
    manifest = next((e for e in opf if local_name(e) == "manifest"), None)
    spine = next((e for e in opf if local_name(e) == "spine"), None)
    if manifest is None:
        return f"its package file {package} lists none of the book's files (no manifest)"
    items = {
        item.get("id"): item.get("href", "")
        for item in manifest
        if local_name(item) == "item" and item.get("href")
    }
    base = posixpath.dirname(package)
    for href in items.values():
        path = posixpath.normpath(posixpath.join(base, unquote(href.partition("#")[0])))
        if path not in names:
            return f"the file {path} that its package file lists is missing from the archive"
    refs = list(spine) if spine is not None else []
    order = [ref.get("idref") for ref in refs if local_name(ref) == "itemref"]
    if not order:
        return f"its package file {package} names no reading order (its spine is missing or empty)"
    if not any(idref in items for idref in order):
        return f"its reading order names no file that its package file {package} lists"
    return None
