"""`M` on the library screen: correct a document's metadata in a small form."""

from __future__ import annotations

from collections.abc import Callable

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import Button, Input, Label, Static

from documents.model import DocumentMeta
from reader.i18n import N_, _
from reader.library import EDITABLE_FIELDS, LibraryError
from reader.screens.base import ReaderModalScreen

__all__ = ["EditMetaDialog", "field_label"]


def field_label(name: str) -> str:
    """The translated label of a metadata field (unknown fields keep their name)."""
    labels = {
        "title": _("Title"),
        "language": _("Language (de, en, …)"),
        "publisher": _("Publisher"),
        "author": _("Author"),
        "published": _("Published (2024-02-13)"),
        "perspective": _("Perspective"),
        "source": _("Source"),
        "description": _("Description"),
    }
    return labels.get(name, name)


class EditMetaDialog(ReaderModalScreen[bool]):
    """One Input per editable field; Save stores the changed ones, True when any changed.

    Args:
        doc_id: The document whose metadata is edited (shown in the heading).
        meta: The metadata in effect now (what the form starts with).
        save: Stores one field (``Library.set_meta`` bound to the id); raises LibraryError
            for an invalid value, which the form shows and keeps open.
        date_note: Shown under the date when it is not the text's own (a PDF's creation
            date), so the reader knows it may need correcting.
        reset: Undoes the correction of one field (``Library.reset_meta`` bound to the id)
            and returns the metadata then in effect; None offers no reset.
    """

    BINDINGS = [
        Binding("escape", "cancel", N_("Cancel")),
        Binding("ctrl+s", "save", N_("Save")),
        Binding("ctrl+r", "reset_field", N_("Reset field")),
    ]
    """Esc closes without saving, Ctrl+S (or Enter in a field) saves, Ctrl+R undoes the
    reader's correction of the focused field (an empty field clears it for good)."""

    DEFAULT_CSS = """
    EditMetaDialog { align: center middle; }
    EditMetaDialog > VerticalScroll { width: 80; max-width: 95%; height: auto; max-height: 90%;
        border: round $accent; background: $surface; padding: 0 1; }
    EditMetaDialog .meta-row { height: auto; }
    EditMetaDialog .meta-row Label { width: 24; padding-top: 1; color: $text-muted; }
    EditMetaDialog .meta-row Input { width: 1fr; }
    EditMetaDialog #meta-date-note { color: $text-muted; height: auto; padding-left: 24; }
    EditMetaDialog #meta-error { color: $error; height: auto; }
    EditMetaDialog #meta-buttons { height: auto; margin-top: 1; align-horizontal: right; }
    EditMetaDialog Button { margin-left: 2; }
    """

    def __init__(
        self,
        doc_id: str,
        meta: DocumentMeta,
        save: Callable[[str, str], object],
        date_note: str = "",
        reset: Callable[[str], DocumentMeta] | None = None,
    ) -> None:
        super().__init__()
        self.doc_id = doc_id
        """The id of the document being corrected."""
        self.meta = meta
        """The metadata the form starts from."""
        self.save_field = save
        """Stores one (field, value); raises LibraryError when the value is invalid."""
        self.reset_field = reset
        """Undoes one field's correction; the metadata in effect after it."""
        self.date_note = date_note
        """Where the date comes from when it is not the text's own; "" otherwise."""
        self.changed = False
        """Whether any field was stored (also when a later one was invalid)."""

    def compose(self) -> ComposeResult:
        with VerticalScroll():
            yield Label(Text(_("Metadata of {id}").format(id=self.doc_id), style="bold"))
            for name in EDITABLE_FIELDS:
                with Horizontal(classes="meta-row"):
                    yield Label(Text(field_label(name)))
                    yield Input(str(getattr(self.meta, name, "")), id=f"meta-{name}")
                if name == "published" and self.date_note:
                    yield Static(Text(self.date_note), id="meta-date-note")
            yield Static("", id="meta-error")
            with Horizontal(id="meta-buttons"):
                yield Button(_("Cancel"), id="cancel")
                yield Button(_("Save"), variant="primary", id="save")

    def on_mount(self) -> None:
        self.query(Input).first().focus()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        return self.reset_field is not None if action == "reset_field" else True

    def action_reset_field(self) -> None:
        """Undo the correction of the focused field: it shows what was detected again."""
        focused = self.focused
        if self.reset_field is None or not isinstance(focused, Input) or not focused.id:
            return
        name = focused.id.removeprefix("meta-")
        try:
            self.meta = self.reset_field(name)
        except LibraryError as error:
            self.query_one("#meta-error", Static).update(Text(str(error)))
            return
        focused.value = str(getattr(self.meta, name, ""))
        self.changed = True

    @on(Button.Pressed, "#cancel")
    def action_cancel(self) -> None:
        self.dismiss(self.changed)

    @on(Button.Pressed, "#save")
    @on(Input.Submitted)
    def action_save(self) -> None:
        """Store every changed field; on the first invalid value show why and stay open."""
        for name in EDITABLE_FIELDS:
            value = self.query_one(f"#meta-{name}", Input).value.strip()
            if value == str(getattr(self.meta, name, "")):
                continue
            try:
                self.save_field(name, value)
            except LibraryError as error:
                self.query_one("#meta-error", Static).update(Text(str(error)))
                self.query_one(f"#meta-{name}", Input).focus()
                return
            self.changed = True
        self.dismiss(self.changed)
