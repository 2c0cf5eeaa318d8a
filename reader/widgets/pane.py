"""A document pane: the title, a metadata line, and the scrolling text."""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.message import Message
from textual.reactive import var
from textual.widgets import Static

from documents.model import Document
from reader.i18n import _, ui_language
from reader.remembered_dates import date_in_words
from reader.theme import theme_colour
from reader.widgets.document_view import DocumentView
from reader.widgets.layout import Notices


def metadata_line(document: Document) -> Text:
    """Date in words · author · publisher · language, as plain text (never markup).

    The date is written in the document's language, like the text under it (a German
    document says "13. Februar 2024" whatever the interface language).
    """
    meta = document.meta
    language = meta.language or ui_language()
    date = date_in_words(meta.published, language) if meta.published else ""
    parts = [date, meta.author, meta.publisher, meta.language.upper()]
    return Text(" · ".join(p for p in parts if p))


def ui_notices() -> Notices:
    return Notices(
        excerpt=_("Excerpt of the original · {language}"),
        breaks_off=_("⋯ the text breaks off here"),
        notes=_("Author's notes"),
        front=_("Front matter"),
    )


class DocumentPane(Vertical):
    """One side of the reader."""

    @dataclass
    class DocumentShown(Message):
        """The pane shows another document (a new view: layers must be drawn again)."""

        pane: DocumentPane

        @property
        def control(self) -> DocumentPane:
            """The pane, so that ``@on(DocumentShown, "#left")`` selects by its id."""
            return self.pane

    @dataclass
    class Mounted(Message):
        """A new pane is in place (features that keep a flag on each pane set it)."""

        pane: DocumentPane

        @property
        def control(self) -> DocumentPane:
            """The pane, as for :class:`DocumentShown`."""
            return self.pane

    DEFAULT_CSS = """
    DocumentPane { height: 1fr; width: 1fr; border: round $panel; }
    DocumentPane:focus-within { border: round $accent; }
    DocumentPane { border-title-color: $accent; border-title-style: italic; }
    DocumentPane > .pane--title { text-style: bold; color: $text; padding: 0 1; height: auto; }
    DocumentPane.-synced > .pane--title { text-wrap: nowrap; text-overflow: ellipsis; }
    DocumentPane > .pane--meta {
        color: $text-muted; padding: 0 1; height: auto; margin-bottom: 1;
        text-wrap: nowrap; text-overflow: ellipsis;
    }
    """

    synced: var[bool] = var(False)
    """Whether sync by links is on: the title line says so for as long as it lasts."""

    def __init__(self, document: Document, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.document = document

    def compose(self) -> ComposeResult:
        yield Static(self._title(), classes="pane--title")
        yield Static(metadata_line(self.document), classes="pane--meta")
        yield DocumentView(self.document, ui_notices())

    def on_mount(self) -> None:
        self.watch_synced()
        self.post_message(self.Mounted(self))

    def watch_synced(self) -> None:
        """While sync is on, the border says so and the title starts with its mark, on one
        line: a title that wrapped (for the mark, or being long) put the two panes a line out
        of step, and sync is about reading them in step. A short terminal has no borders."""
        self.border_title = "⇄ " + _("in sync by links") if self.synced else ""
        self.set_class(self.synced, "-synced")
        for title in self.query(".pane--title").results(Static):
            title.update(self._title())

    def _title(self) -> Text:
        """The document's title (plain text), after the sync mark while sync is on."""
        title = Text(self.document.title)
        if self.synced:
            accent = theme_colour(self.app, "accent")
            title = Text("⇄ ", style=f"not bold {accent}").append_text(title)
        return title

    @property
    def view(self) -> DocumentView:
        return self.query_one(DocumentView)

    @property
    def drawn(self) -> bool:
        """Whether the pane's view is mounted: while `show` swaps the document it is not, and
        `DocumentShown` follows once it is again."""
        return bool(self.query(DocumentView))

    async def show(self, document: Document) -> None:
        """Replace the document shown in this pane."""
        self.document = document
        await self.remove_children()
        await self.mount_all(list(self.compose()))
        self.post_message(self.DocumentShown(self))
