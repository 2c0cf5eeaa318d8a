"""The note editor: a multi-line Markdown note and comma-separated tags for one annotation."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from rich.text import Text
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import Input, Label, Static, TextArea

from reader.i18n import N_, _
from reader.screens.base import ReaderModalScreen
from reader.text_fit import fit_lines
from reader.theme import theme_colour

QUOTE_LINES = 3
"""Lines the quote may take above the editor; a longer one is cut there with "…"."""


@dataclass(frozen=True, slots=True)
class NoteEdit:
    """What the editor returns when saved."""

    note: str
    tags: list[str]


def parse_tags(text: str) -> list[str]:
    """Comma-separated tags, stripped, empty ones dropped."""
    return [tag.strip() for tag in text.split(",") if tag.strip()]


class QuoteLines(Static):
    """The annotated text, wrapped by us into QUOTE_LINES lines at most (cut with "…"), so
    the box never clips it without showing it."""

    def __init__(self, quote: str, *, classes: str) -> None:
        super().__init__(classes=classes)
        self.quote = quote

    def on_resize(self) -> None:
        if self.size.width > 0:
            lines = fit_lines(self.quote, self.size.width, QUOTE_LINES)
            self.update(Text("\n".join(lines), no_wrap=True))


class NoteEditor(ReaderModalScreen[NoteEdit | None]):
    """Edit a note (Markdown, shown rendered elsewhere) and its tags; ctrl+s saves, Esc cancels
    (after asking, when something was typed: one stray key must not lose a written note)."""

    BINDINGS = [
        Binding("ctrl+s", "save", N_("Save"), id="note-save"),
        Binding("escape", "cancel", N_("Cancel")),
    ]
    """Save or cancel; everything else is typing."""

    DEFAULT_CSS = """
    NoteEditor { align: center middle; }
    NoteEditor > Vertical { width: 80; max-width: 95%; height: auto; max-height: 90%;
        border: round $accent; background: $surface; padding: 0 1; }
    NoteEditor .note-editor--quote { color: $text-muted; text-style: italic;
        height: auto; margin-bottom: 1; }
    NoteEditor TextArea { height: 12; }
    NoteEditor .note-editor--help { color: $text-muted; }
    """

    def __init__(
        self,
        quote: str,
        note: str = "",
        tags: tuple[str, ...] = (),
        *,
        title: str = "",
        colour: str = "",
    ) -> None:
        """
        Args:
            quote: The annotated text (shown, not edited).
            note: The current note.
            tags: The current tags.
            title: The heading (default "Note").
            colour: The highlight colour a new note gets, shown beside the heading (a pair
                note took the last colour used without a word: trial 24); "" for a note that
                has its highlight already.
        """
        super().__init__()
        self.quote = quote
        self.note = note
        self.tags = tags
        self.colour = colour
        self.saved: Callable[[NoteEdit | None], None] | None = None
        """Where the result goes (see ``open_note_editor``)."""
        self.heading = title or _("Note")

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label(self._heading_line())
            yield QuoteLines("“" + self.quote + "”", classes="note-editor--quote")
            area = TextArea(self.note, soft_wrap=True, id="note-text")
            if "markdown" in area.available_languages:
                area.language = "markdown"
            yield area
            yield Input(
                ", ".join(self.tags), placeholder=_("Tags, comma-separated"), id="note-tags"
            )
            yield Label(
                Text(_("ctrl+s save · Esc cancel · Tab to the tags")), classes="note-editor--help"
            )

    def _heading_line(self) -> Text:
        """The heading, and the new highlight's colour as a swatch named in words."""
        line = Text(self.heading, style="bold")
        if self.colour:
            ink = theme_colour(self.app, "highlight-ink")
            swatch = theme_colour(self.app, f"highlight-{self.colour}")
            line.append("  ")
            line.append(f" {_(self.colour)} ", style=f"{ink} on {swatch}")
        return line

    def on_mount(self) -> None:
        self.query_one(TextArea).focus()

    def focus_tags(self) -> None:
        """Put the focus on the tags field (when only the tags are to be edited)."""
        self.query_one("#note-tags", Input).focus()

    def edit(self) -> NoteEdit:
        """The note and tags as they stand in the editor."""
        return NoteEdit(
            self.query_one(TextArea).text, parse_tags(self.query_one("#note-tags", Input).value)
        )

    def changed(self) -> bool:
        """Whether the note or its tags differ from what the editor opened with."""
        edit = self.edit()
        return edit.note != self.note or edit.tags != parse_tags(", ".join(self.tags))

    def action_save(self) -> None:
        """Return the note and tags."""
        self.dismiss(self.edit())

    def keep_changes(self) -> None:
        """Hand what was typed to ``saved`` now, without closing: the app is ending because
        its terminal went away, which is no choice to drop a note being written."""
        if self.saved is not None and self.changed():
            self.saved(self.edit())
            self.saved = None

    def action_cancel(self) -> None:
        """Close without saving; if the note or its tags were changed, only once the reader
        confirms that the changes go."""
        if not self.changed():
            self.dismiss(None)
            return
        from reader.dialogs.confirm import ConfirmDialog

        question = _("Discard the changes to this note?")
        dialog = ConfirmDialog(question, yes=_("Discard"), no=_("Keep editing"))
        self.app.push_screen(dialog, self._cancel_confirmed)

    def _cancel_confirmed(self, discard: bool | None) -> None:
        if discard:
            self.dismiss(None)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        """Enter in the tags field saves too."""
        event.stop()
        self.action_save()


def open_note_editor(
    app: App[object], editor: NoteEditor, saved: Callable[[NoteEdit | None], None]
) -> None:
    """Show ``editor``; ``saved`` gets what it returns (``None`` when cancelled), or what was
    typed should the app end while it is open (``NoteEditor.keep_changes``)."""
    editor.saved = saved
    app.push_screen(editor, saved)
