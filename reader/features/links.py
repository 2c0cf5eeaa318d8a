"""Cross-links and the timeline: markers, follow, list, sync, compare.

``LinksFeature`` wraps the panes and owns what the ``"links"`` worker found: features of every
library document, the link index and the open documents' links, computed in a thread after
the first frame (the reader is usable meanwhile; the panes' border says so). When the library
or the glossary changes, ``refresh_links`` computes all of it again; the old links serve until
the new ones are ready, and results of a superseded worker are dropped. The glossary, the date
tagger and the link core are imported inside the worker and the actions, never at start-up. A
followed link's target is marked on the ``target`` layer until the cursor moves on.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import partial
from typing import TYPE_CHECKING

from textual import on, work
from textual.binding import Binding
from textual.containers import Vertical
from textual.reactive import var
from textual.worker import Worker, WorkerState, get_current_worker

from reader.context import reader_app
from reader.features.jump_targets import JumpTargets
from reader.features.panes import Panes
from reader.i18n import N_, _, n_
from reader.services import LINK_TEXT_LIMIT, too_long_for_links
from reader.theme import pane_colour
from reader.widgets.document_view import DocumentView
from reader.widgets.pane import DocumentPane

if TYPE_CHECKING:
    from glossary.features import DocumentFeatures
    from glossary.links import Link, LinkIndex
    from glossary.timeline import TimelineEntry
    from reader.dialogs.links_list import LinkRow
    from reader.screens.timeline import TimelineData
    from reader.services import Services

LINKED = "◆"
"""Gutter marker: the sentence links into the other pane's document."""
LINKED_ELSEWHERE = "◇"
"""Gutter marker: the sentence links only into documents no pane shows."""
TARGET_LAYER = "target"
"""The layer marking the sentence a followed link landed on (cleared when that pane's cursor
moves on)."""


@dataclass
class LinkState:
    """What the link worker found."""

    index: LinkIndex | None = None
    features: dict[str, DocumentFeatures] = field(default_factory=dict)
    """Features of every library document, by id."""
    by_doc: dict[str, dict[int, list[Link]]] = field(default_factory=dict)
    """Links of each open document's sentences (only those with links)."""
    generation: int = 0
    """How many times the links were recomputed after a change; a worker's results count
    only if no refresh came after it started."""


class LinksFeature(Vertical):
    """Wraps the panes: cross-links between the panes' documents and the merged timeline."""

    DEFAULT_CSS = "LinksFeature { height: 1fr; }"

    BINDINGS = [
        Binding(
            "l",
            "follow_link",
            N_("Link"),
            tooltip=N_("Show the best-linked passage of the other document"),
            id="follow-link",
        ),
        Binding("L", "list_links", N_("List links"), show=False, id="list-links"),
        Binding("y", "toggle_sync", N_("Sync panes by links"), show=False, id="sync-links"),
        Binding("c", "compare", N_("Compare linked pair"), show=False, id="compare"),
        Binding("C", "note_on_pair", N_("Note on this pair"), show=False, id="compare-note"),
        Binding(
            "t",
            "timeline",
            N_("Timeline"),
            tooltip=N_("The dates of both documents in one chronology"),
            id="timeline",
        ),
    ]
    """Cross-link and timeline keys."""

    sync_links: var[bool] = var(False)
    """While on, the other pane follows the best link of the focused pane's sentence."""

    def __init__(self, *children: Vertical, id: str | None = None) -> None:
        super().__init__(*children, id=id)
        self.state = LinkState()
        """The worker's results."""
        self.panes = Panes(self)
        self._targets = JumpTargets(TARGET_LAYER)

    # Setup and the worker --------------------------------------------------------------

    def on_mount(self) -> None:
        """Show the notice, start the worker after the first frame; sync mode as it was at
        the last quit (without moving a pane: the reading positions are restored)."""
        self._show_link_notice(_("⋯ linking"))
        if reader_app(self).settings.sync_links:
            self.set_reactive(LinksFeature.sync_links, True)
            for pane in self.panes.all():
                pane.synced = True
        self.call_after_refresh(self._start_link_worker)

    def _start_link_worker(self) -> None:
        if not self.is_attached:  # the app quit before its first refresh
            return
        docs = [pane.document.id for pane in self.panes.all()]
        self.compute_links(reader_app(self).services, docs, self.state.generation)

    def refresh_links(self) -> None:
        """The library or the glossary changed: compute features, index and links again.

        Call it once the services forgot their link data (``Services.forget_glossary``). The
        old links serve meanwhile; the panes' border says they are being recomputed.
        """
        self.workers.cancel_group(self, "links")
        self.state.generation += 1
        self._show_link_notice(_("⋯ linking"))
        self._start_link_worker()

    def _show_link_notice(self, notice: str) -> None:
        for pane in self.panes.all():
            pane.border_subtitle = notice

    @work(thread=True, group="links", exit_on_error=False)
    def compute_links(self, services: Services, doc_ids: list[str], generation: int) -> None:
        """Features of every library document, the link index, the open documents' links."""
        from reader.services import Cancelled

        worker = get_current_worker()
        try:
            index = services.link_index(cancelled=lambda: worker.is_cancelled)
            documents = services.library.documents()
            features = services.features(documents, cancelled=lambda: worker.is_cancelled)
            by_doc = {}
            for doc_id in doc_ids:
                if worker.is_cancelled:
                    return
                by_doc[doc_id] = index.links_for_document(doc_id)
            services.glossary.matcher  # noqa: B018 - compiled now, the compare view needs it
        except Cancelled:
            return
        if not worker.is_cancelled:
            found = {f.doc: f for f in features}
            left_out = [document.id for document in documents if too_long_for_links(document)]
            self.app.call_from_thread(self._links_ready, generation, index, found, by_doc, left_out)

    @work(thread=True, group="links", exit_on_error=False)
    def compute_document_links(self, index: LinkIndex, doc_ids: list[str], generation: int) -> None:
        """Links of documents newly shown in a pane (the index is already built)."""
        worker = get_current_worker()
        by_doc = {}
        for doc_id in doc_ids:
            if worker.is_cancelled:
                return
            by_doc[doc_id] = index.links_for_document(doc_id)
        self.app.call_from_thread(self._document_links_ready, generation, by_doc)

    def _links_ready(
        self,
        generation: int,
        index: LinkIndex,
        features: dict[str, DocumentFeatures],
        by_doc: dict[str, dict[int, list[Link]]],
        left_out: list[str],
    ) -> None:
        state = self.state
        if generation != state.generation:
            return  # a refresh came after this worker started: its own results follow
        first = state.index is None
        state.index, state.features, state.by_doc = index, features, dict(by_doc)
        self._mark_too_long_panes()
        if first and left_out:
            self.notify(
                _("Left out of cross-links and the timeline, too long: {ids}").format(
                    ids=", ".join(left_out)
                ),
                title=_("Cross-links"),
                markup=False,
            )
        if first:
            linked = sum(len(links) for links in by_doc.values())
            self.notify(
                n_(
                    "{count} sentence has cross-links", "{count} sentences have cross-links", linked
                ),
                title=_("Cross-links ready"),
                timeout=3,
            )
        self.apply_link_markers()
        if not first:
            self._refresh_open_timeline()

    def _mark_too_long_panes(self) -> None:
        """Once linked, a pane whose document is too long for cross-links and the timeline
        says so on its border (``LINK_TEXT_LIMIT``); the others' border is clear."""
        too_long = _("no cross-links: over {count} million characters").format(
            count=LINK_TEXT_LIMIT // 1_000_000
        )
        for pane in self.panes.all():
            pane.border_subtitle = too_long if too_long_for_links(pane.document) else ""

    def _document_links_ready(
        self, generation: int, by_doc: dict[str, dict[int, list[Link]]]
    ) -> None:
        if generation == self.state.generation:
            self.state.by_doc.update(by_doc)
            self.apply_link_markers()

    @on(Worker.StateChanged)
    def _report_worker_error(self, event: Worker.StateChanged) -> None:
        """A failed link computation is reported once; reading goes on without links."""
        if event.worker.group == "links" and event.state is WorkerState.ERROR:
            self._show_link_notice("")
            self.notify(str(event.worker.error), title=_("Cross-links failed"), severity="error")

    # Markers ----------------------------------------------------------------------------

    def apply_link_markers(self) -> None:
        """Gutter markers in every pane; links of newly shown documents are computed first."""
        state = self.state
        if state.index is None:
            return
        panes = self.panes.drawn()
        missing = [p.document.id for p in panes if p.document.id not in state.by_doc]
        if missing:
            self.compute_document_links(state.index, missing, state.generation)
        for pane in panes:
            links = state.by_doc.get(pane.document.id)
            if links is None:
                continue
            other = self._other_document(pane)
            markers = {
                index: LINKED if other in {link.target.doc for link in found} else LINKED_ELSEWHERE
                for index, found in links.items()
            }
            pane.view.set_gutter("links", markers)

    @on(DocumentPane.DocumentShown)
    def _redraw_link_layers(self, event: DocumentPane.DocumentShown) -> None:
        """A pane shows another document: its markers (and the other pane's) change. A new
        text under a known id (a new version) makes the links stale: their sentence numbers
        are the old text's, so none is offered until the links are computed again."""
        document = event.pane.document
        known = self.state.features.get(document.id)
        if known is not None and known.content_hash != document.content_hash:
            self.state = LinkState(generation=self.state.generation + 1)
            event.pane.view.set_gutter("links", {})
        self._targets.forget(event.pane)
        if self.state.index is not None:  # still linking: the border says so meanwhile
            self._mark_too_long_panes()
        self.apply_link_markers()

    # Panes ------------------------------------------------------------------------------

    def _other_document(self, pane: DocumentPane) -> str | None:
        other = self.panes.other(pane)
        return other.document.id if other is not None else None

    def document_colours(self) -> dict[str, str]:
        """Each open document's colour: the left pane's and the right pane's."""
        return {
            pane.document.id: pane_colour(self.app, pane.id) for pane in reversed(self.panes.all())
        }

    # Links of a sentence ----------------------------------------------------------------

    def sentence_links(self, pane: DocumentPane, index: int) -> list[Link]:
        """The sentence's links (at most three), those into the other pane first."""
        state = self.state
        if state.index is None:
            return []
        doc = pane.document.id
        links = state.by_doc.get(doc, {}).get(index)
        if links is None:
            links = state.index.links_for(doc, index)
        other = self._other_document(pane)
        return sorted(links, key=lambda link: link.target.doc != other)

    def _cursor_links(self) -> tuple[DocumentPane, list[Link]] | None:
        """The focused pane and its cursor sentence's links; tells the reader if there are none."""
        pane = self.panes.focused()
        if self.state.index is None:
            self.notify(_("Cross-links are still being computed…"), timeout=2)
            return None
        links = self.sentence_links(pane, pane.view.cursor)
        if not links:
            self.notify(_("This sentence has no cross-links."), timeout=2)
            return None
        return pane, links

    async def action_follow_link(self) -> None:
        """Open the best link of the cursor sentence in the other pane."""
        found = self._cursor_links()
        if found is not None:
            await self.follow_link(found[0], found[1][0])

    async def follow_link(self, source: DocumentPane, link: Link, *, focus: bool = True) -> None:
        """Show the link's target (in the pane showing it, else the other pane) and mark it."""
        target = self.panes.showing(link.target.doc)
        if target is None:
            target = self.panes.other(source) or source
            if not await self.panes.show_document_in(target, link.target.doc):
                return
        self.mark_target(target, link.target.index)
        if focus:
            target.view.focus()

    def mark_target(self, pane: DocumentPane, index: int) -> None:
        """Put ``pane``'s cursor on sentence ``index``, scroll there and mark it as the target."""
        span = pane.document.sentences[index]
        self._targets.mark(pane, index, span.start, span.end)

    @on(DocumentView.CursorMoved)
    def _follow_cursor(self, event: DocumentView.CursorMoved) -> None:
        """A target's mark goes once the cursor moves on; in sync mode, move the other pane."""
        pane = self.panes.of(event.view)
        if pane is None:
            return
        self._targets.cursor_moved(pane, event.sentence)
        if self.sync_links and event.view.has_focus:
            self._sync_other_pane(pane, event.sentence)

    def _sync_other_pane(self, pane: DocumentPane, index: int) -> None:
        other = self.panes.other(pane)
        if other is None:
            return
        for link in self.sentence_links(pane, index):
            if link.target.doc == other.document.id:
                self.mark_target(other, link.target.index)
                return

    def action_toggle_sync(self) -> None:
        """Switch sync mode on or off (said only when the reader switches it)."""
        self.sync_links = not self.sync_links
        on = self.sync_links
        reader_app(self).settings.sync_links = on
        reader_app(self).save_settings()
        self.notify(_("Sync by links on") if on else _("Sync by links off"), timeout=2)

    @on(DocumentPane.Mounted)
    def _mark_new_pane_synced(self, event: DocumentPane.Mounted) -> None:
        """A pane opened while sync is on says so too, like the ones open when it began."""
        event.pane.synced = self.sync_links

    def watch_sync_links(self, on: bool) -> None:
        for pane in self.panes.all():  # the panes' titles show it for as long as it is on
            pane.synced = on
        if on:
            pane = self.panes.focused()
            self._sync_other_pane(pane, pane.view.cursor)

    def action_list_links(self) -> None:
        """List the cursor sentence's links with their reasons; Enter follows one."""
        from reader.dialogs.links_list import LinksListScreen

        found = self._cursor_links()
        if found is None:
            return
        pane, links = found
        rows = [self._link_row(link) for link in links]
        self.app.push_screen(
            LinksListScreen(pane.document.sentence_text(pane.view.cursor), rows),
            partial(self._follow_chosen, pane, links),
        )

    def _link_row(self, link: Link) -> LinkRow:
        from reader.dialogs.links_list import link_row

        return link_row(
            link,
            reader_app(self).library.get(link.target.doc),
            reader_app(self).services.glossary,
            self.document_colours().get(link.target.doc) or pane_colour(self.app, None),
        )

    async def _follow_chosen(
        self, pane: DocumentPane, links: list[Link], chosen: int | None
    ) -> None:
        if chosen is not None:
            await self.follow_link(pane, links[chosen])

    # Compare and timeline ---------------------------------------------------------------

    async def action_compare(self) -> None:
        """The cursor sentence and its best link side by side, shared dates and entities marked.

        The other pane goes to the compared sentence too (as ``l`` would take it there), so
        that after the comparison ``C`` writes its note on this very pair."""
        from reader.screens.compare import CompareScreen, compare_side

        found = self._cursor_links()
        if found is None:
            return
        pane, links = found
        link, state = links[0], self.state
        colours = self.document_colours()
        glossary = reader_app(self).services.glossary
        target = reader_app(self).library.get(link.target.doc)
        sides = [
            compare_side(
                document,
                state.features[ref.doc],
                state.features[other.doc],
                ref,
                other,
                link.reasons.entities,
                glossary,
                colours.get(ref.doc) or pane_colour(self.app, None),
            )
            for document, ref, other in (
                (pane.document, link.source, link.target),
                (target, link.target, link.source),
            )
        ]
        if self.panes.other(pane) is not None:  # one pane alone keeps the document read
            await self.follow_link(pane, link, focus=False)
        if pane is not self.panes.all()[0]:  # the screen's order: the left pane's on the left
            sides.reverse()
        self.app.push_screen(CompareScreen(sides[0], sides[1], self._link_row(link)))

    async def action_note_on_pair(self) -> None:
        """A comparison note on the cursor sentence and its best link into the other pane's
        document, which that pane shows first (as ``l`` would); the other pane's cursor
        sentence when it is a link already, or when there is no link to it."""
        from reader.features.notes import NotesFeature

        pane = self.panes.focused()
        other = self.panes.other(pane)
        if self.state.index is None:  # no link known yet: say whose sentences are paired
            self.notify(_("Cross-links are still being computed: the note pairs the cursors."))
        into_other = [
            link
            for link in self.sentence_links(pane, pane.view.cursor)
            if other is not None and link.target.doc == other.document.id
        ]
        linked = {link.target.index for link in into_other}
        if other is not None and into_other and other.view.cursor not in linked:
            await self.follow_link(pane, into_other[0], focus=False)
        self.query_one(NotesFeature).write_pair_note()

    def action_timeline(self) -> None:
        """The dates of the open documents in one chronology."""
        from reader.screens.timeline import TimelineScreen

        if self.state.index is None:
            self.notify(_("The timeline is still being computed…"), timeout=2)
            return
        self.app.push_screen(TimelineScreen(self._timeline_data()), self._open_timeline_entry)

    def _timeline_data(self) -> TimelineData:
        from reader.screens.timeline import timeline_data

        panes = self.panes.all()
        return timeline_data(
            [pane.document for pane in panes],
            self.state.features,
            {pane.document.id: pane.id or "" for pane in reversed(panes)},
            self.document_colours(),
            reader_app(self).services.glossary,
        )

    def _refresh_open_timeline(self) -> None:
        """A timeline open while the links were recomputed shows the new dates at once."""
        from reader.screens.timeline import TimelineScreen

        for screen in self.app.screen_stack:
            if isinstance(screen, TimelineScreen):
                screen.show_data(self._timeline_data())

    async def _open_timeline_entry(self, entry: TimelineEntry | None) -> None:
        if entry is None:
            return
        pane = self.panes.showing(entry.doc)
        if pane is None:
            pane = self.panes.focused()
            if not await self.panes.show_document_in(pane, entry.doc):
                return
        index = pane.document.sentence_index_at(entry.sentence_start)
        if index is not None:
            view = pane.view
            view.cursor = index
            view.call_after_refresh(view.scroll_to_sentence, index)
        pane.view.focus()
