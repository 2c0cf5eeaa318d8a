"""Build the app from the command line: library, settings, UI language, documents to show."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from documents.errors import DocumentError
from reader import collector, paths
from reader.i18n import default_language, set_language
from reader.library import Library, open_library
from reader.services import Services
from reader.settings import Settings

if TYPE_CHECKING:
    from documents.model import Document
    from reader.app import ReaderApp


def choose_documents(
    library: Library, settings: Settings, left: str | None, right: str | None
) -> list[Document]:
    """The documents of the panes: command line, then last session (one pane if the reader
    last read one document full width), then the first documents of the library. Each pane
    keeps its side: ``--right X`` alone opens X on the right."""
    ids = library.ids()
    wanted_count = 1 if settings.single_pane and not right else 2
    slots: list[str | None] = [None] * wanted_count
    for choices in ((left, right), (settings.left, settings.right)):
        for index, doc_id in enumerate(choices[:wanted_count]):
            if slots[index] is None and doc_id in ids and doc_id not in slots:
                slots[index] = doc_id
    spare = (doc_id for doc_id in ids if doc_id not in slots)
    chosen = [doc_id if doc_id is not None else next(spare, None) for doc_id in slots]
    documents: list[Document] = []
    for doc_id in chosen:
        if doc_id is None:
            continue
        try:
            documents.append(library.get(doc_id))
        except DocumentError as error:
            library.problems.append(str(error))
    return documents


def make_app(args: argparse.Namespace) -> ReaderApp:
    """Create the app (importing Textual only now keeps subcommands fast)."""
    settings_path = paths.settings_path()
    settings = Settings.load(settings_path)
    set_language(args.lang or settings.language or default_language())
    from reader.app import ReaderApp

    collector.freeze_imports()
    library = open_library()
    for doc_id in (args.left, args.right):
        if doc_id and doc_id not in library.ids():
            raise DocumentError(
                f"no document with id {doc_id!r} (known: {', '.join(library.ids())})"
            )
    documents = choose_documents(library, settings, args.left, args.right)
    if not documents:
        raise DocumentError("no document could be opened: " + "; ".join(library.problems))
    return ReaderApp(Services(library, offload=True), settings, settings_path, documents)
