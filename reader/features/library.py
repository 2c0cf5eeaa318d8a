"""The library keys of the reading screen: `ctrl+l` (library screen) and `A` (add documents).

``LibraryFeature`` wraps the panes (and the other features). It owns the one worker that adds
files (group ``"library"``; ``Library`` is not thread-safe, so while it runs every other
library action says the library is busy), applies the documents chosen on the library screen
to the panes (one or two), and posts :class:`LibraryChanged` after every change; the reading
screen routes it to the search index and the glossary, and (once the glossary is read again)
to the cross-links and the timeline.

Glossary, timeline and links work on the documents in the panes: the library screen chooses
those documents and can then press the feature's key for the user (`e`, `t`, `L`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from textual import on, work
from textual.binding import Binding
from textual.containers import Vertical
from textual.message import Message
from textual.widget import Widget
from textual.worker import Worker, WorkerState

from documents.errors import DocumentError
from reader.context import reader_app
from reader.features.panes import Panes
from reader.i18n import N_, _, n_
from reader.screens.library_work import LIBRARY_GROUP, library_busy
from reader.text_fit import shorten
from reader.widgets.pane import DocumentPane

if TYPE_CHECKING:
    from documents.model import Removal
    from reader.library import AddReport, Library
    from reader.library.add import AddedDocument

__all__ = ["LibraryChanged", "LibraryFeature"]

MAX_FAILURES_SHOWN = 8
"""Failed files listed in the end-of-batch toast; the rest are counted."""


@dataclass
class LibraryChanged(Message):
    """Documents were added, removed or corrected; posted by the library feature, bubbles to
    the app. The search index, the glossary and the cross-links should follow."""

    added: list[str] = field(default_factory=list)
    """Ids of new, restored or new-version documents."""
    removed: list[str] = field(default_factory=list)
    """Ids of documents taken out of the library (their notes stay)."""
    changed: list[str] = field(default_factory=list)
    """Ids whose metadata the user corrected, or whose new version another process added."""


MAX_CLEANED_SHOWN = 3
"""Documents whose cleaning the end-of-batch toast describes; the rest are counted."""
MAX_REMOVAL_KINDS = 3
"""Kinds of removed lines (page numbers, running headers, …) named per document."""
EXAMPLE_CELLS = 32
"""A removed line quoted in the toast is cut to this many cells."""


def _removal_words(removal: Removal) -> str:
    """``2 lone page numbers (“- 1 -”)``: how many went, and the first as an example."""
    example = f" (“{shorten(removal.examples[0], EXAMPLE_CELLS)}”)" if removal.examples else ""
    return f"{removal.count} {_(removal.what)}{example}"


def cleaning_lines(added: list[AddedDocument]) -> list[str]:
    """What cleaning took out of the files just added, as ``reader add`` says it: one line per
    document (its count, each kind with a first example), a few documents at most."""
    cleaned = [item for item in added if item.removed]
    lines = []
    for item in cleaned[:MAX_CLEANED_SHOWN]:
        kinds = [_removal_words(removal) for removal in item.removed[:MAX_REMOVAL_KINDS]]
        if len(item.removed) > MAX_REMOVAL_KINDS:
            kinds.append("…")
        total = sum(removal.count for removal in item.removed)
        removed = n_("cleaning removed {count} line", "cleaning removed {count} lines", total)
        lines.append(
            f"{shorten(item.title or item.id, EXAMPLE_CELLS)}: {removed}: {', '.join(kinds)}"
        )
    if len(cleaned) > MAX_CLEANED_SHOWN:
        more = len(cleaned) - MAX_CLEANED_SHOWN
        lines.append(_("… and lines of {count} more documents").format(count=more))
    return lines


def failure_toast(report: AddReport) -> str:
    """The end-of-batch message: the summary line, then one line per failed file, then what
    cleaning took out (a line lost without a word is lost for good)."""
    lines = [report.summary()]
    failed = report.failed
    lines += [f"{item.path.name}: {item.reason}" for item in failed[:MAX_FAILURES_SHOWN]]
    if len(failed) > MAX_FAILURES_SHOWN:
        lines.append(_("… and {count} more").format(count=len(failed) - MAX_FAILURES_SHOWN))
    for carried in report.carried:
        lines.append(f"{carried.current}: {carried.summary()}")
        lines += [f"  moved: “{note.quote[:60]}”" for note in carried.moved[:MAX_FAILURES_SHOWN]]
    lines += cleaning_lines(report.added)
    return "\n".join(lines)


class LibraryFeature(Vertical):
    """Wraps the panes: the library screen, adding documents, showing one or two chosen
    documents. The library screen's host (``library_work.LibraryHost``)."""

    DEFAULT_CSS = "LibraryFeature { height: 1fr; }"

    BINDINGS = [
        Binding(
            "ctrl+l",
            "open_library",
            N_("Library"),
            tooltip=N_("All documents: choose what to read, add, remove, correct"),
            id="library",
        ),
        Binding(
            "A",
            "add_document",
            N_("Add document"),
            tooltip=N_("Add a file or folder to the library"),
            id="add-document",
            show=False,
        ),
    ]
    """`ctrl+l` opens the library screen, `A` the "Add document" dialog."""

    def __init__(self, *children: Vertical, id: str | None = None) -> None:
        super().__init__(*children, id=id)
        self.panes = Panes(self)

    @property
    def library(self) -> Library:
        """The app's library."""
        return reader_app(self).library

    def check_library_free(self) -> bool:
        """True when the library may be used now; otherwise tell the user it is busy."""
        if library_busy(self):
            self.notify(_("The library is busy; try again in a moment."))
            return False
        return True

    # Library screen --------------------------------------------------------------------

    def action_open_library(self) -> None:
        """Show the library screen; what it returns is applied to the panes."""
        from reader.screens.library import LibraryScreen

        panes = self.panes.all()
        focused = panes.index(self.panes.focused()) if panes else 0
        screen = LibraryScreen(self, self.panes.documents(), focused)
        self.app.push_screen(screen, self._apply_library_choice)

    async def _apply_library_choice(self, choice: object) -> None:
        from reader.screens.library import LibraryChoice

        if isinstance(choice, LibraryChoice) and choice.doc_ids:
            await self.show_documents(choice.doc_ids)
        await self.refresh_panes()
        if isinstance(choice, LibraryChoice) and choice.then_key:
            await self.press_reader_key(choice.then_key)

    async def show_documents(self, doc_ids: list[str]) -> None:
        """Read these documents: one (full width) or two (left, right)."""
        doc_ids = list(dict.fromkeys(doc_ids))[:2]
        if not doc_ids:
            return
        panes = self.panes.all()
        for pane in panes[len(doc_ids) :]:
            await pane.remove()
        for index, doc_id in enumerate(doc_ids):
            if index < len(panes):
                await self.panes.open_in(panes[index], doc_id)
                continue
            try:
                document = self.library.get(doc_id)
            except DocumentError as error:
                self.notify(str(error), title=_("Cannot open document"), severity="error")
                continue
            pane = DocumentPane(document, id="left" if index == 0 else "right")
            await self.query_one("#panes").mount(pane)
            self.panes.restore_position(pane.view)
        panes = self.panes.all()
        if panes:
            panes[0].view.focus()
        reader_app(self).remember_layout(self.panes.documents())

    async def refresh_panes(self) -> None:
        """Reload panes whose document was removed or whose metadata was corrected."""
        visible = self.library.ids()
        for pane in self.panes.all():
            doc_id = pane.document.id
            if doc_id not in visible:
                others = [i for i in self.panes.documents() if i in visible]
                await self.show_documents(others or visible[:1])
                return
            try:
                entry = self.library.entry(doc_id)
                if entry.meta != pane.document.meta:
                    await pane.show(self.library.get(doc_id))
                    self.panes.restore_position(pane.view)
            except DocumentError as error:
                self.notify(str(error), title=_("Cannot open document"), severity="error")

    async def press_reader_key(self, key: str) -> None:
        """Run the reading screen's binding for ``key`` (glossary, timeline, links…): the
        first one found from the focused pane outwards, as the key itself would."""
        chain = self.panes.focused().ancestors if self.panes.all() else [self]
        for node in (n for n in chain if isinstance(n, Widget)):
            for binding in getattr(type(node), "BINDINGS", []):
                if isinstance(binding, Binding) and key in binding.key.split(","):
                    await node.run_action(binding.action)
                    return
        self.notify(_("Nothing is bound to {key} yet.").format(key=key), markup=False)

    # Adding ----------------------------------------------------------------------------

    def action_add_document(self) -> None:
        """Open the "Add document" dialog; the chosen files are added in the background."""
        if not self.check_library_free():
            return
        from documents.loader import supported_suffixes
        from reader.dialogs.add_document import AddDocumentDialog, start_folder

        dialog = AddDocumentDialog(start_folder(), supported_suffixes())
        self.app.push_screen(dialog, self._start_adding)

    def _start_adding(self, targets: list[Path] | None) -> None:
        if targets and self.check_library_free():
            self.add_documents(targets)

    @work(thread=True, group=LIBRARY_GROUP, exit_on_error=False)
    def add_documents(self, targets: list[Path]) -> AddReport:
        """Add files and folders (a thread: parsing a PDF takes a while); progress per file.
        Notes of a replaced version follow it to the new one."""
        from reader.library.versions import carry_notes_after_adding

        report = self.library.add(targets, progress=self._progress_from_thread)
        carry_notes_after_adding(self.library, report)
        return report

    def _progress_from_thread(self, number: int, total: int, path: Path) -> None:
        self.app.call_from_thread(self._show_progress, number, total, path)

    def _show_progress(self, number: int, total: int, path: Path | None) -> None:
        """Update the progress line of every screen that has one (the reader mounts its own)."""
        from reader.widgets.add_progress import AddProgress

        if path is not None and not self.query(AddProgress):
            holder = self.query_one("#panes").parent  # the line goes right under the panes
            if isinstance(holder, Widget):
                holder.mount(AddProgress(), after="#panes")
        for screen in self.app.screen_stack:
            for bar in screen.query(AddProgress):
                if path is None:
                    bar.finish()
                else:
                    bar.show_progress(number, total, path)

    @on(Worker.StateChanged)
    def finish_adding(self, event: Worker.StateChanged) -> None:
        """One toast per batch: the summary and the failures; then the library screen and
        the search index catch up."""
        worker = event.worker
        if worker.group != LIBRARY_GROUP or worker.node is not self:
            return  # adding is this screen's only worker in the library group
        if event.state == WorkerState.ERROR:
            self._show_progress(0, 0, None)
            error = worker.error
            title = getattr(error, "title", _("Adding failed"))
            self.notify(str(error), title=title, severity="error", markup=False)
        elif event.state == WorkerState.SUCCESS:
            self._show_progress(0, 0, None)
            report = worker.result
            assert report is not None
            self.notify(
                failure_toast(report),
                title=_("Library"),
                severity="warning" if report.failed else "information",
                markup=False,
                timeout=10 if report.failed or any(item.removed for item in report.added) else 5,
            )
            self.library_changed(added=[item.id for item in report.added])

    def library_changed(
        self,
        added: list[str] | None = None,
        removed: list[str] | None = None,
        changed: list[str] | None = None,
    ) -> None:
        """Tell everyone the library changed: the library screen, then (by a message the
        reading screen routes) the search index and others."""
        from reader.screens.library import LibraryScreen

        message = LibraryChanged(added or [], removed or [], changed or [])
        if not (message.added or message.removed or message.changed):
            return
        for screen in self.app.screen_stack:
            if isinstance(screen, LibraryScreen):
                screen.reload()
        self.post_message(message)

    def action_restore_seeds(self) -> None:
        """Bring back the bundled documents the user removed."""
        if not self.check_library_free():
            return
        try:
            restored = self.library.restore_seeds()
        except DocumentError as error:
            self.notify(str(error), title=_("Library"), severity="error", markup=False)
            return
        if restored:
            self.notify(_("Restored: {ids}").format(ids=", ".join(restored)), markup=False)
            self.library_changed(added=restored)
        else:
            self.notify(_("No bundled document is hidden."))

    async def action_single_pane(self) -> None:
        """Read the focused pane's document alone, full width."""
        if len(self.panes.all()) > 1:
            await self.show_documents([self.panes.focused().document.id])
