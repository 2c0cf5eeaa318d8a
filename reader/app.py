"""The Textual application: it receives its library and settings, and shows the reader."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from textual import events
from textual.app import App
from textual.theme import Theme
from textual.timer import Timer
from textual.widget import Widget

from documents.model import Document
from reader import collector
from reader.commands import PROVIDERS
from reader.features.library import LibraryFeature
from reader.i18n import _
from reader.key_handoff import GIVE_UP, KeyHandoff
from reader.library import Library
from reader.screens.reading import ReadingScreen
from reader.services import Services
from reader.settings import Settings
from reader.theme import theme_variable_defaults

if TYPE_CHECKING:
    from textual.driver import Driver

    from reader.terminal import TerminalGone

SAVE_DELAY = 1.0
"""Seconds to wait after the last cursor move before writing positions to disk."""
LIBRARY_CHECK = 2.0
"""Seconds between looks at library.json for documents added from the command line."""


class ReaderApp(App[None]):
    """Two documents side by side; everything else hangs off the reading screen."""

    CSS_PATH = "app.tcss"
    COMMANDS = App.COMMANDS | set(PROVIDERS)
    """Every action is in the palette: Textual lists only its own commands, not bindings."""
    TITLE = "Reader"

    def __init__(
        self,
        services: Services,
        settings: Settings,
        settings_path: Path,
        documents: list[Document],
    ) -> None:
        super().__init__()
        self.services = services
        """The cores (glossary, search index, notes, links), created on first use."""
        self.library: Library = services.library
        self.settings = settings
        self.settings_path = settings_path
        self.initial_documents = documents
        self._save_timer: Timer | None = None
        self.typing_collector = collector.TypingCollector()
        """Holds full garbage collections back while the reader types."""
        self.key_handoff = KeyHandoff()
        """Keys typed in a burst are handled one after the other, in the order typed."""
        self._give_up_timer: Timer | None = None

    def get_driver_class(self) -> type[Driver]:
        """Textual's driver; on Linux and macOS one that also ends the app when its terminal
        goes away (reader/terminal.py; imported only there, it needs termios)."""
        driver_class = super().get_driver_class()
        if driver_class.__module__ != "textual.drivers.linux_driver":
            return driver_class  # Windows, or a driver chosen with TEXTUAL_DRIVER
        from reader.terminal import TerminalDriver

        return TerminalDriver

    def on_terminal_gone(self, _: TerminalGone) -> None:
        """The terminal hung up, or a signal asks the app to end: end as on `q`, but first
        keep a note being written (nobody chose to drop it)."""
        from reader.dialogs.note_editor import NoteEditor

        for screen in self.screen_stack:
            if isinstance(screen, NoteEditor):
                screen.keep_changes()
        self.exit()

    def get_theme_variable_defaults(self) -> dict[str, str]:
        """The reader's colour variables (highlights, panes) for the current theme."""
        return theme_variable_defaults(self.current_theme)

    def get_default_screen(self) -> ReadingScreen:
        return ReadingScreen(self.initial_documents)

    def on_mount(self) -> None:
        self.screen.call_after_refresh(collector.resume)
        self.set_interval(collector.TYPING_PAUSE / 4, self.typing_collector.tick)
        self.set_interval(LIBRARY_CHECK, self.take_outside_library_changes)
        if self.settings.theme in self.available_themes:
            self.theme = self.settings.theme
        self.theme_changed_signal.subscribe(self, self.remember_theme)
        for problem in self.library.problems:
            self.notify(problem, title="Library", severity="warning", markup=False)
        for document in self.initial_documents:
            for warning in document.warnings:
                self.notify(warning, title=document.id, severity="warning", markup=False)

    async def on_event(self, event: events.Event) -> None:
        if isinstance(event, events.InputEvent):
            self.typing_collector.input_seen()
            if isinstance(event, events.Key) and not event.is_forwarded:
                if self.screen_stack:  # none while the app shuts down: nobody to type to
                    await self._hand_out(event)
                return
        await super().on_event(event)

    async def _hand_out(self, key: events.Key) -> None:
        """A key read from the terminal: handed out as Textual does, unless an earlier key is
        still on its way; then it waits for it (reader/key_handoff.py)."""
        if self.key_handoff.hold(key):
            if self._give_up_timer is None:
                self._give_up_timer = self.set_timer(GIVE_UP, self._give_up_waiting)
            return
        await self._give(key)

    async def _give(self, key: events.Key) -> None:
        target = self.focused or self.screen
        await super().on_event(key)  # the priority bindings, else the focused widget
        if key.is_forwarded:
            self._track(key, target)

    def _track(self, key: events.Key, widget: Widget) -> None:
        """``key`` went to ``widget``: keys read after it wait until its journey ends."""
        self.key_handoff.handed(key, widget)
        self.key_handoff.follow(key, widget, self._journey_ended)

    async def _journey_ended(self, key: events.Key) -> None:
        self.key_handoff.ended(key)
        await self._give_waiting()

    async def _give_waiting(self) -> None:
        while self.screen_stack and (key := self.key_handoff.next_held()) is not None:
            await self._give(key)

    async def _give_up_waiting(self) -> None:
        """Keys have waited :data:`GIVE_UP` seconds: those they wait for count as settled."""
        self._give_up_timer = None
        await self._give_waiting()
        if self.key_handoff.holding:
            self._give_up_timer = self.set_timer(GIVE_UP, self._give_up_waiting)

    async def _on_key(self, event: events.Key) -> None:
        """A key back from the widget it went to: if focus moved meanwhile (a document shown,
        a dialog opened), it belongs to the widget focused now, not to the bindings around
        it."""
        if not self.screen_stack:
            return
        copy = self.key_handoff.pass_on(event, self.focused)
        if copy is not None and self.focused is not None:
            event.prevent_default()
            self.focused._forward_event(copy)
            self._track(copy, self.focused)

    def on_app_focus(self) -> None:
        self.take_outside_library_changes()

    def take_outside_library_changes(self) -> None:
        """Take in documents added, corrected or deleted (an older version) from the command
        line while the app runs, and tell the library feature, as for a change made in the
        app (the search index syncs)."""
        changed, removed = self.library.take_outside_changes()
        for ids, told in ((changed, _("Updated from outside the app: {ids}")),
                          (removed, _("Removed from outside the app: {ids}"))):  # fmt: skip
            if ids:
                self.notify(told.format(ids=", ".join(ids)), title=_("Library"), markup=False)
        if changed or removed:
            for screen in self.screen_stack:
                if isinstance(screen, ReadingScreen):
                    feature = screen.query_one(LibraryFeature)
                    feature.library_changed(changed=changed, removed=removed)

    def remember_position(self, doc_id: str, offset: int, top: int) -> None:
        """Note the reading position; written to disk shortly after the reader stops moving."""
        self.settings.positions[doc_id] = offset
        self.settings.tops[doc_id] = top
        if self._save_timer is not None:
            self._save_timer.stop()
        self._save_timer = self.set_timer(SAVE_DELAY, self.save_settings)

    def remember_theme(self, theme: Theme) -> None:
        """The theme chosen (palette: "Change theme") is the one of the next start."""
        if theme.name != self.settings.theme:
            self.settings.theme = theme.name
            self.save_settings()

    def remember_layout(self, doc_ids: list[str]) -> None:
        self.settings.left = doc_ids[0] if doc_ids else ""
        self.settings.right = doc_ids[1] if len(doc_ids) > 1 else ""
        self.settings.single_pane = len(doc_ids) == 1
        self.save_settings()

    def save_settings(self) -> None:
        try:
            self.settings.save(self.settings_path)
        except OSError as error:
            self.notify(
                f"{self.settings_path}: {error}",
                title="Settings not saved",
                severity="error",
                markup=False,
            )

    def on_unmount(self) -> None:
        self.typing_collector.stop()
        self.save_settings()
