"""The glossary: mention marks, the panel, cards, mention jumps and the reader's decisions.

``GlossaryFeature`` wraps the panes and owns the glossary and the mentions of the open
documents, loaded in a ``"glossary"`` worker after the first frame; until then the keys say
that the glossary is loading. It is the panel's and cards' ``Decider``: a decision is written
to the user's glossary file, the glossary reloaded in the worker, and the marks, the panel
and the cards redrawn; ``undo`` puts the file back as it was before the last decision. A
change of the library reloads it too (names discovered in new documents); every reload ends
with :class:`GlossaryFeature.Reloaded`, so that what rests on the glossary follows.
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from rich.style import Style
from textual import on, work
from textual.binding import Binding
from textual.containers import Vertical
from textual.message import Message
from textual.worker import Worker, WorkerState

from reader import paths
from reader.context import reader_app
from reader.features.mention_marks import MentionMarks
from reader.features.panes import Panes
from reader.i18n import N_, _
from reader.services import Cancelled, outside_code
from reader.widgets.document_view import Mark
from reader.widgets.pane import DocumentPane

if TYPE_CHECKING:
    from documents.model import Document
    from glossary.entities import Glossary
    from glossary.mentions import Mention, MentionTable
    from reader.dialogs.glossary_card import GlossaryCard
    from reader.dialogs.glossary_context import GlossaryContext, MentionTarget
    from reader.dialogs.glossary_panel import GlossaryPanel
    from reader.features.glossary_decisions import Decision, Done
    from reader.services import Services

MENTIONS_LAYER = "mentions"
"""The mark layer of glossary mentions."""
TARGET_LAYER = "mention-target"
"""The mark layer of the mention last jumped to."""
_PEOPLE, _GROUPS, _EVENTS = (
    "document-view--mention-person",
    "document-view--mention-organisation",
    "document-view--mention-event",
)
KIND_MARKS = {
    "": "document-view--mention",
    "person": _PEOPLE,
    "organisation": _GROUPS,
    "alliance": _GROUPS,
    "military unit": _GROUPS,
    "exercise": _EVENTS,
    "weapon": _EVENTS,
    "vessel": _EVENTS,
    "event": _EVENTS,
    "agreement": _EVENTS,
    "programme": _EVENTS,
    "concept": _EVENTS,
}
"""The view's mark class of each kind: people, organisations, events and the rest (``""``).
Their colours are the theme's ``text-*`` variables (``app.tcss``): readable on the surface and
under the cursor. States and places, named in nearly every sentence, are only underlined."""
TARGET_STYLE = Style(bold=True, reverse=True)


OUTSIDE_CHECK = 2.0
"""Seconds between looks at the user's glossary file for decisions taken outside the app."""


def _file_state() -> tuple[int, int] | None:
    """The user's glossary file's modified time and size; None while it does not exist."""
    try:
        state = paths.user_glossary_path().stat()
    except OSError:
        return None
    return state.st_mtime_ns, state.st_size


class GlossaryFeature(Vertical):
    """Wraps the panes: the glossary's keys, its worker and the mention marks."""

    DEFAULT_CSS = "GlossaryFeature { height: 1fr; }"

    BINDINGS = [
        Binding("e", "glossary_panel", N_("Glossary"), tooltip=N_("All entries"), id="glossary"),
        Binding(
            "E",
            "sentence_entities",
            N_("Entities"),
            tooltip=N_("The entities of this sentence"),
            show=False,
            id="sentence-entities",
        ),
        Binding("m", "toggle_mentions", N_("Mark mentions on/off"), show=False, id="mentions"),
        Binding(
            "right_square_bracket",
            "next_mention",
            N_("Next mention of this entity"),
            show=False,
            id="next-mention",
        ),
        Binding(
            "left_square_bracket",
            "previous_mention",
            N_("Previous mention of this entity"),
            show=False,
            id="previous-mention",
        ),
        Binding(
            "f",
            "first_mention_other",
            N_("First mention in the other pane"),
            show=False,
            id="first-mention-other",
        ),
    ]
    """Glossary keys; the panel and E also open from the command palette."""

    class Reloaded(Message):
        """The glossary was read again (after a decision or a change of the library): the
        cross-links and the timeline, built on its mentions, should be computed again."""

    def __init__(self, *children: Vertical, id: str | None = None) -> None:
        super().__init__(*children, id=id)
        self.glossary: Glossary | None = None
        """The loaded glossary (None until the worker is done)."""
        self.mentions: dict[str, MentionTable] = {}
        """Mentions per document id, sorted by offset."""
        self.counting: set[str] = set()
        """Documents whose mentions a worker is finding (the panel says "counting…")."""
        self.finding = 0
        """How many documents' names a worker is reading (the panel says so): their entries
        are not in ``glossary`` yet. Discovery reads the whole library, so at start this
        counts every visible document, not only the open ones."""
        self.failed = ""
        """Why the last load of the glossary failed (empty: it did not); the panel says so
        instead of "Finding names…"."""
        self._jump_entity: str | None = None
        """The entity of the last mention jump: preferred when a sentence names several."""
        self.decisions: list[Done] = []
        """The decisions taken in this session, last one last: what undo takes back."""
        self.updating = False
        """Whether the glossary is being reloaded (the next decision waits)."""
        self._file_seen: tuple[int, int] | None = None
        """The user's glossary file as last read (modified time, size)."""
        self._first_load: Worker[None] | None = None
        """The worker of the first load (None until it starts)."""
        self.panes = Panes(self)

    # Loading ------------------------------------------------------------------------------

    def on_mount(self) -> None:
        """Load the glossary and find mentions once the first frame is on screen; then look
        for decisions taken on the command line (``reader glossary X --merge Y``). The load
        goes before the other heavy jobs started with it (the index sync, the links): the
        names of the documents on screen are what the reader sees first."""
        reader_app(self).services.heavy_jobs.announce("discovery", self._first_load_pending)
        self.call_after_refresh(self._start_glossary_worker)
        self.set_interval(OUTSIDE_CHECK, self._take_outside_decisions)

    def _first_load_pending(self) -> bool:
        """Whether the first load of the glossary has still to start or end (polled by heavy
        jobs waiting in other threads)."""
        worker = self._first_load
        return self.is_attached and (worker is None or not worker.is_finished)

    def _take_outside_decisions(self) -> None:
        """Reload when the user's glossary file changed since it was last read, as after a
        decision taken here."""
        if self.glossary is None or self.updating:
            return
        if _file_state() != self._file_seen:
            self.notify(_("The glossary file changed outside the app."), title=_("Glossary"))
            self.reload()

    def _start_glossary_worker(self) -> None:
        if not self.is_attached:  # the app quit before its first refresh
            return
        self._file_seen = _file_state()  # before the worker reads it: a later change is seen
        services = reader_app(self).services
        if not services.discovery_done:
            self.finding = len(services.library.visible())
        self._first_load = self.load_glossary([pane.document for pane in self.panes.all()])

    # Named: without a description Textual names a worker by repr() of its arguments,
    # which for documents and notes means building their whole text.
    @work(thread=True, group="glossary", exit_on_error=False, description="load glossary")
    def load_glossary(self, documents: list[Document]) -> None:
        services = reader_app(self).services
        if not services.discovery_done:  # names still to be found: the catalogue first
            curated = services.curated_glossary
            find = services.mention_cache.find
            found = {d.id: outside_code(find(curated, d.text), d) for d in documents}
            self.app.call_from_thread(self._glossary_loaded, curated, found, complete=False)
        loaded = _full_glossary(services, documents)
        if loaded is not None:
            self.app.call_from_thread(self._glossary_loaded, *loaded, complete=True)

    # Named: without a description Textual names a worker by repr() of its arguments,
    # which for documents and notes means building their whole text.
    @work(thread=True, group="glossary", exit_on_error=False, description="find mentions")
    def find_document_mentions(self, document: Document) -> None:
        try:
            found = reader_app(self).services.mentions(document)
        except Cancelled:  # the app quits while the names are read (or wait their turn)
            return
        self.app.call_from_thread(self._mentions_found, document.id, found)

    def _glossary_loaded(
        self, glossary: Glossary, found: dict[str, MentionTable], *, complete: bool
    ) -> None:
        """Take the glossary the load worker read: first the catalogue while the library's
        names are read (``complete`` False), then the whole; a panel or card opened meanwhile
        lists the found entries as soon as they are there."""
        first = self.glossary is None
        self.glossary = glossary
        self.mentions = {**self.mentions, **found}
        self.counting -= found.keys()
        if complete:
            self.finding, self.failed = 0, ""
        if glossary.warnings and first:  # the catalogue's, told once
            self.notify(
                "\n".join(glossary.warnings),
                title=_("Glossary"),
                severity="warning",
                timeout=15,
                markup=False,
            )
        self.draw_mention_marks()
        if not first and not self.updating:
            self._show_in_glossary_screens()

    def _mentions_found(self, doc_id: str, found: MentionTable) -> None:
        self.mentions[doc_id] = found
        self.counting.discard(doc_id)
        self.draw_mention_marks()
        if self.glossary is not None and not self.updating:
            self._show_in_glossary_screens()  # "counting…" becomes the counts

    @on(Worker.StateChanged)
    def _report_failure(self, event: Worker.StateChanged) -> None:
        worker = event.worker
        if worker.group == "glossary" and event.state is WorkerState.ERROR:
            self.updating, self.finding, self.failed = False, 0, str(worker.error)
            self.notify(str(worker.error), title=_("Glossary"), severity="error", markup=False)
            if self.glossary is not None:  # an open panel stops saying names are being found
                self._show_in_glossary_screens()

    @on(DocumentPane.DocumentShown)
    def _mark_new_document(self, event: DocumentPane.DocumentShown) -> None:
        self.draw_mention_marks()

    def draw_mention_marks(self) -> None:
        """Put the mention marks on every pane (or take them off when switched off)."""
        if self.glossary is None:
            return
        show = reader_app(self).settings.show_mentions
        for pane in self.panes.drawn():
            document = pane.document
            if document.id not in self.mentions:
                from glossary.mentions import MentionTable

                self.mentions[document.id] = MentionTable(document.text)  # found in a worker
                self.counting.add(document.id)
                self._announce(self.find_document_mentions(document), "mentions")
                continue
            found = self.mentions[document.id]
            marks = MentionMarks(found, self._mark_class) if show and found else None
            pane.view.set_mark_source(MENTIONS_LAYER, marks, underneath=True)

    def _mark_class(self, entry_id: str) -> str:
        """The view's mark class of an entry's mentions (by its kind)."""
        entry = self.glossary.entries.get(entry_id) if self.glossary is not None else None
        return KIND_MARKS.get(str(entry.kind) if entry else "", KIND_MARKS[""])

    def _ready(self) -> bool:
        if self.glossary is None:
            self.notify(_("The glossary is still loading."), title=_("Glossary"))
            return False
        return True

    # The panel and cards ---------------------------------------------------------------

    def glossary_context(self) -> GlossaryContext:
        """The glossary with the mentions of the documents open now."""
        from reader.dialogs.glossary_context import GlossaryContext

        assert self.glossary is not None
        documents = [pane.document for pane in self.panes.all()]
        return GlossaryContext(
            self.glossary,
            documents,
            dict(self.mentions),
            decider=self,
            counting=frozenset(self.counting),
            finding=self.finding,
            failed=self.failed,
        )

    def action_glossary_panel(self) -> None:
        if not self._ready():
            return
        from reader.dialogs.glossary_panel import GlossaryPanel

        self.app.push_screen(GlossaryPanel(self.glossary_context()), self.jump_to_mention)

    def open_glossary_card(self, entry_id: str) -> None:
        """Show one entry's card (from the palette or the sentence's entities)."""
        if not self._ready():
            return
        from reader.dialogs.glossary_card import GlossaryCard

        self.app.push_screen(GlossaryCard(self.glossary_context(), entry_id), self.jump_to_mention)

    def action_sentence_entities(self) -> None:
        if not self._ready():
            return
        ids = list(dict.fromkeys(m.entry_id for m in self.sentence_mentions(self.panes.focused())))
        if not ids:
            self.notify(_("No glossary entry is mentioned in this sentence."))
            return
        from reader.dialogs.glossary_panel import GlossaryPanel

        panel = GlossaryPanel(
            self.glossary_context(), only=ids, title=_("Entities of this sentence")
        )
        self.app.push_screen(panel, self.jump_to_mention)

    def action_toggle_mentions(self) -> None:
        settings = reader_app(self).settings
        settings.show_mentions = not settings.show_mentions
        reader_app(self).save_settings()
        self.draw_mention_marks()
        self.notify(
            _("Mentions marked") if settings.show_mentions else _("Mention marks off"),
            timeout=2,
        )

    # Decisions ---------------------------------------------------------------------------

    def decide(self, decision: Decision) -> None:
        """Write the reader's decision to their glossary file, then reload and redraw."""
        from glossary.decisions import DecisionError
        from reader.features.glossary_decisions import carry_out

        if self._busy():
            return
        try:
            done = carry_out(paths.user_glossary_path(), decision)
        except (DecisionError, OSError) as error:
            self.notify(str(error), title=_("Glossary"), severity="warning", markup=False)
            return
        self.decisions.append(done)
        self.notify(
            done.message + " " + _("ctrl+z in the glossary undoes it."),
            title=_("Glossary"),
            markup=False,
        )
        self.reload(done.follow)

    def undo(self) -> None:
        """Put the glossary file back as it was before the last decision."""
        from glossary.decisions import DecisionError, undo

        if self._busy():
            return
        if not self.decisions:
            self.notify(_("No decision to undo."), title=_("Glossary"), timeout=3)
            return
        done = self.decisions.pop()
        try:
            undo(paths.user_glossary_path(), done.before, done.after)
        except DecisionError as error:
            self.notify(str(error), title=_("Glossary"), severity="warning", markup=False)
            return
        self.notify(
            _("Undone: {what}").format(what=done.message), title=_("Glossary"), markup=False
        )
        # back to the entry the decision was about (it comes first), not to the one it joined
        self.reload({new: old for old, new in reversed(done.follow.items()) if new})

    def _busy(self) -> bool:
        if self.updating:
            self.notify(
                _("The glossary is being updated; try again in a moment."), title=_("Glossary")
            )
        return self.updating

    def reload(self, follow: dict[str, str | None] | None = None, finding: int = 0) -> None:
        """Read the glossary file and the library's names again (in the worker), after a
        decision or a change of the library; ``follow`` maps ids that a decision changed,
        ``finding`` counts the documents added or changed, whose names are read now."""
        self.updating = True
        self.finding = max(self.finding, finding)
        self._file_seen = _file_state()  # before the worker reads it: a later change is seen
        for screen in self._glossary_screens():
            screen.show_updating()
        worker = self.reload_glossary([pane.document for pane in self.panes.all()], follow or {})
        self._announce(worker, "discovery")

    def _announce(self, worker: Worker[None], job: str) -> None:
        """Have ``worker`` (reading names or mentions) go before the index and the links."""
        reader_app(self).services.heavy_jobs.announce(job, lambda: not worker.is_finished)

    def _glossary_screens(self) -> list[GlossaryCard | GlossaryPanel]:
        """The glossary panels and cards open now, bottom first."""
        from reader.dialogs.glossary_card import GlossaryCard
        from reader.dialogs.glossary_panel import GlossaryPanel

        return [s for s in self.app.screen_stack if isinstance(s, GlossaryCard | GlossaryPanel)]

    def _show_in_glossary_screens(self, follow: dict[str, str | None] | None = None) -> None:
        """Have every open panel and card show the glossary and mentions as they are now;
        ``follow`` maps ids that a decision changed."""
        context = self.glossary_context()
        for screen in self._glossary_screens():
            screen.call_later(screen.show_context, context, follow or {})

    @work(thread=True, group="glossary", exit_on_error=False)
    def reload_glossary(self, documents: list[Document], follow: dict[str, str | None]) -> None:
        services = reader_app(self).services
        services.forget_glossary()
        loaded = _full_glossary(services, documents)
        if loaded is not None:
            self.app.call_from_thread(self._glossary_reloaded, *loaded, follow)

    def _glossary_reloaded(
        self, glossary: Glossary, found: dict[str, MentionTable], follow: dict[str, str | None]
    ) -> None:
        known = set(self.glossary.warnings) if self.glossary is not None else set()
        fresh = [warning for warning in glossary.warnings if warning not in known]
        self.glossary, self.mentions, self.updating = glossary, found, False
        self.counting -= found.keys()
        self.finding, self.failed = 0, ""
        if fresh:  # e.g. a name now claimed by two entries
            self.notify(
                "\n".join(fresh), title=_("Glossary"), severity="warning", timeout=15, markup=False
            )
        self.draw_mention_marks()
        self._show_in_glossary_screens(follow)
        self.post_message(self.Reloaded())

    # Jumps -------------------------------------------------------------------------------

    def jump_to_mention(self, target: MentionTarget | None) -> None:
        """Put the cursor on the mention's sentence in the pane showing its document."""
        if target is None:
            return
        pane = self.panes.showing(target.doc_id)
        if pane is None:
            self.notify(_("That document is no longer open."), severity="warning")
            return
        for other in self.panes.all():
            other.view.set_marks(TARGET_LAYER, [])
        found = self.mentions.get(target.doc_id)
        at = bisect.bisect_left(found.starts, target.start) if found is not None else 0
        if found is not None and at < len(found) and found.starts[at] == target.start:
            self._jump_entity = found[at].entry_id  # later jumps prefer it in a sentence
        view = pane.view
        view.move_cursor_to_offset(target.start)
        view.set_marks(TARGET_LAYER, [Mark(target.start, target.end, TARGET_STYLE)])
        view.focus()

    def sentence_mentions(self, pane: DocumentPane) -> list[Mention]:
        """The mentions inside the cursor sentence of ``pane``."""
        span = pane.view.cursor_span()
        found = self.mentions.get(pane.document.id)
        if span is None or found is None:
            return []
        index = bisect.bisect_right(found.ends, span[0])
        result = []
        while index < len(found) and found[index].start < span[1]:
            result.append(found[index])
            index += 1
        return result

    def entity_under_cursor(self, pane: DocumentPane) -> str | None:
        """The entity named in the cursor sentence (the last jumped one if it is there)."""
        ids = [mention.entry_id for mention in self.sentence_mentions(pane)]
        if not ids:
            self.notify(_("No glossary entry is mentioned in this sentence."))
            return None
        return self._jump_entity if self._jump_entity in ids else ids[0]

    def _step_mention(self, step: int) -> None:
        if not self._ready():
            return
        pane = self.panes.focused()
        entity = self.entity_under_cursor(pane)
        span = pane.view.cursor_span()
        if entity is None or span is None:
            return
        found = self.mentions.get(pane.document.id)
        own = found.of_entry(entity) if found is not None else []
        if step > 0:
            later = [m for m in own if m.start >= span[1]]
            target = later[0] if later else own[0]
        else:
            earlier = [m for m in own if m.end <= span[0]]
            target = earlier[-1] if earlier else own[-1]
        if (step > 0 and not later) or (step < 0 and not earlier):
            self.notify(_("Wrapped around: no further mention in this document."), timeout=3)
        self._jump_entity = entity
        self.jump_to_mention(_target(pane.document.id, target))

    def action_next_mention(self) -> None:
        self._step_mention(1)

    def action_previous_mention(self) -> None:
        self._step_mention(-1)

    def action_first_mention_other(self) -> None:
        if not self._ready():
            return
        pane = self.panes.focused()
        other = self.panes.other(pane)
        if other is None:
            self.notify(_("Only one document is open."))
            return
        entity = self.entity_under_cursor(pane)
        if entity is None:
            return
        assert self.glossary is not None
        table = self.mentions.get(other.document.id)
        found = table.of_entry(entity) if table is not None else []
        if not found:
            entry = self.glossary.get(entity)
            name = entry.name if entry else entity
            self.notify(
                _("{name} is not mentioned in the other document.").format(name=name),
                markup=False,
            )
            return
        self._jump_entity = entity
        self.jump_to_mention(_target(other.document.id, found[0]))


def _target(doc_id: str, mention: Mention) -> MentionTarget:
    from reader.dialogs.glossary_context import MentionTarget

    return MentionTarget(doc_id, mention.start, mention.end)


def _full_glossary(
    services: Services, documents: list[Document]
) -> tuple[Glossary, dict[str, MentionTable]] | None:
    """The glossary with the discovered entries (found now if need be) and the documents'
    mentions of it, for the workers; None when the app is quitting meanwhile."""
    try:
        glossary = services.glossary
        return glossary, {document.id: services.mentions(document) for document in documents}
    except Cancelled:
        return None
