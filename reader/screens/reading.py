"""The main screen: two documents side by side (stacked on narrow terminals).

``ReadingScreen`` composes the features around the panes and routes between them; each feature
(reader/features/) owns its state, keys and workers. It keeps only the pane keys (switch,
outline, document, swap, help, quit) and the reading position. See docs/architecture.md.
"""

from __future__ import annotations

from contextlib import ExitStack
from functools import partial

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Container
from textual.events import Resize, ScreenResume

from documents.model import Document
from reader.context import reader_app
from reader.features.glossary import GlossaryFeature
from reader.features.library import LibraryChanged, LibraryFeature
from reader.features.links import LinksFeature
from reader.features.notes import NotesFeature
from reader.features.panes import Panes
from reader.features.search import SearchFeature
from reader.features.selection import SelectionFeature
from reader.i18n import N_, _
from reader.screens.base import ReaderScreen
from reader.widgets.document_view import DocumentView
from reader.widgets.pane import DocumentPane
from reader.widgets.reader_footer import ReaderFooter

STACK_BELOW_COLUMNS = 100
"""Narrower terminals stack the panes: two 40-column panes are too narrow to read."""
SHORT_BELOW_ROWS = 32
"""Lower terminals drop the panes' borders and metadata lines: every row goes to text."""

FOOTER_FIRST = ("search", "outline", "help", "quit")
"""Keys the footer keeps on a narrow terminal (`?` lists all the others)."""

FEATURES = (
    LibraryFeature,
    GlossaryFeature,
    LinksFeature,
    NotesFeature,
    SelectionFeature,
    SearchFeature,
)
"""The features, outermost first; each wraps the next and the innermost wraps the panes. The
footer lists keys from the focused pane outwards (so selection's `v` before notes' `ctrl+n`
…), the help screen from the screen inwards."""

NESTING = "-nesting"
"""The class of the features and the panes' container. They only nest (keys and messages need
the panes below them) and draw nothing of their own, so CSS hides them and shows what they
hold: the compositor then skips seven full-screen layers that the panes cover anyway (about
10 ms of the first frame's 65, benchmarks/startup.py), and the screen looks the same."""


class ReadingScreen(ReaderScreen[None]):
    """Reads one or two documents; every pane keeps its own position."""

    BINDINGS = [
        Binding(
            "tab", "switch_pane", N_("Switch pane"), priority=True, show=False, id="switch-pane"
        ),
        Binding("o", "outline", N_("Outline"), tooltip=N_("Jump to a section"), id="outline"),
        Binding(
            "p",
            "pick_document",
            N_("Document"),
            tooltip=N_("Choose the document of this pane"),
            show=False,
            id="pick",
        ),
        Binding("x", "swap_panes", N_("Swap"), show=False, id="swap-panes"),
        Binding("question_mark", "help", N_("Keys"), id="help"),
        Binding("q", "app.quit", N_("Quit"), id="quit"),
    ]
    """The reading keys; the document view adds scrolling and the sentence cursor, each
    feature its own keys. The footer shows the main keys; `?` lists every key."""

    DEFAULT_CSS = """
    ReadingScreen #panes { layout: horizontal; height: 1fr; }
    ReadingScreen .-nesting { visibility: hidden; }
    ReadingScreen .-nesting > * { visibility: visible; }
    ReadingScreen .-nesting > .-nesting { visibility: hidden; }
    ReadingScreen.-stacked #panes { layout: vertical; }
    ReadingScreen.-short DocumentPane { border: none; }
    ReadingScreen.-short DocumentPane > .pane--meta { display: none; }
    ReadingScreen.-short DocumentPane > .pane--title { background: $panel; }
    ReadingScreen.-short DocumentPane:focus-within > .pane--title {
        background: $accent 40%;
    }
    ReadingScreen.-short NoteBar { border-top: none; max-height: 3; }
    """

    def __init__(self, documents: list[Document]) -> None:
        super().__init__()
        self.initial_documents = documents
        """The documents of the first panes (left, right)."""
        self.panes = Panes(self)
        """The panes below the features."""
        self._styled = False
        """Whether the screen has been shown once (see ``on_screen_resume``)."""

    def compose(self) -> ComposeResult:
        with ExitStack() as nesting:
            for feature in FEATURES:
                nesting.enter_context(feature()).add_class(NESTING, update=False)
            with Container(id="panes", classes=NESTING):
                for index, document in enumerate(self.initial_documents[:2]):
                    yield DocumentPane(document, id="left" if index == 0 else "right")
        yield ReaderFooter(FOOTER_FIRST)

    def on_mount(self) -> None:
        for pane in self.panes.all():
            self.panes.restore_position(pane.view)
        views = self.query(DocumentView)
        if views:
            views.first().focus()
        self.call_after_refresh(self._remember_opened)

    def _remember_opened(self) -> None:
        """The documents opened (``--left``/``--right`` too) are the ones the next start
        without them shows: trial 24 read two documents opened by id, and the next start
        showed the pair picked last in the app. Written only when they differ."""
        settings, shown = reader_app(self).settings, self.panes.documents()
        if [settings.left, settings.right][: len(shown)] != shown or settings.single_pane != (
            len(shown) == 1
        ):
            reader_app(self).remember_layout(shown)

    def on_screen_resume(self, event: ScreenResume) -> None:
        """The first time the screen is shown, its widgets keep the styles they got as they
        mounted: Textual restyles the whole screen on every resume, for a screen that was
        covered while the stylesheet or the theme changed, but on the first one nothing can
        have been missed (a change restyles the current screen at once). That pass cost ~6 ms
        of the first frame (two document views with 15 component styles each)."""
        if not self._styled:
            self._styled = True
            event.refresh_styles = False

    def on_resize(self, event: Resize) -> None:
        self.set_class(event.size.width < STACK_BELOW_COLUMNS, "-stacked")
        self.set_class(event.size.height < SHORT_BELOW_ROWS, "-short")

    # Routing ---------------------------------------------------------------------------

    @on(DocumentView.CursorMoved)
    @on(DocumentView.Scrolled)
    def remember_position(self, event: DocumentView.CursorMoved | DocumentView.Scrolled) -> None:
        """The cursor's sentence and the first line in view, for the next start."""
        view = event.view
        document = view.document
        if document.sentences:
            offset = document.sentences[min(view.cursor, len(document.sentences) - 1)].start
            reader_app(self).remember_position(document.id, offset, view.top_offset())

    @on(LibraryChanged)
    async def take_in_library_change(self, event: LibraryChanged) -> None:
        """Documents were added, removed or corrected: a pane showing an older text of a
        document (a new version keeps its id) shows the new one, and one whose metadata was
        corrected (``reader meta`` keeps the bytes) shows it with the new date and title; the
        search index takes in only what changed, in the search feature's ``"index"`` worker;
        the glossary reads the library's names again, and the cross-links follow once it has.
        The glossary is asked first: its worker announces itself to the heavy jobs' slot, so
        the names of the documents on screen come before the index sync (trial 24)."""
        library = reader_app(self).library
        for pane in self.panes.all():
            doc_id = pane.document.id
            if doc_id in event.added or doc_id in event.changed:
                entry = library.entry(doc_id)
                if entry.content_hash and entry.content_hash != pane.document.content_hash:
                    self.query_one(GlossaryFeature).mentions.pop(doc_id, None)  # old offsets
                    await self.panes.show_document_in(pane, doc_id)
                elif (fresh := library.loaded(doc_id)) and fresh.meta != pane.document.meta:
                    await pane.show(fresh)  # the same text: offsets and mentions hold
                    self.panes.restore_position(pane.view)
        self.query_one(GlossaryFeature).reload(finding=len(event.added) + len(event.changed))
        self.query_one(SearchFeature).sync_index()

    @on(GlossaryFeature.Reloaded)
    def relink(self) -> None:
        """The glossary changed: cross-links and the timeline are computed again."""
        self.query_one(LinksFeature).refresh_links()

    # Actions ---------------------------------------------------------------------------

    def action_switch_pane(self) -> None:
        other = self.panes.other(self.panes.focused())
        if other is not None:
            other.view.focus()

    def action_outline(self) -> None:
        from reader.dialogs.outline import OutlineScreen  # a dialog: loaded when first opened

        pane = self.panes.focused()
        span = pane.view.cursor_span()
        self.app.push_screen(
            OutlineScreen(pane.document, span[0] if span else 0), partial(self._jump, pane)
        )

    def _jump(self, pane: DocumentPane, offset: int | None) -> None:
        if offset is not None:
            pane.view.move_cursor_to_offset(offset)
            pane.view.scroll_to(y=pane.view.line_of_offset(offset), animate=False)
            pane.view.focus()

    def action_pick_document(self) -> None:
        from reader.dialogs.picker import DocumentPicker

        # A document added or restored from the command line a moment ago is listed, not
        # only after the next look at the library file (trial 23: "Nothing matches").
        reader_app(self).take_outside_library_changes()
        pane = self.panes.focused()
        label = _("left") if pane.id == "left" else _("right")
        picker = DocumentPicker(reader_app(self).library, pane.document.id, label)
        self.app.push_screen(picker, partial(self.panes.open_in, pane))

    async def action_swap_panes(self) -> None:
        panes = self.panes.all()
        if len(panes) < 2:
            return
        left, right = panes[0].document, panes[1].document
        await panes[0].show(right)
        await panes[1].show(left)
        for pane in panes:
            self.panes.restore_position(pane.view)
        panes[0].view.focus()
        reader_app(self).remember_layout(self.panes.documents())

    def action_help(self) -> None:
        from reader.dialogs.help import HelpScreen, collect_bindings

        rows = collect_bindings(type(self), *FEATURES, DocumentView, type(self.app))
        self.app.push_screen(HelpScreen(rows))
