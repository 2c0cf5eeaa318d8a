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
    """

    BINDINGS = [
        Binding("escape", "cancel", N_("Cancel")),
        Binding("ctrl+s", "save", N_("Save")),
    ]
    """Esc closes without saving, Ctrl+S (or Enter in a field) saves."""

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
    ) -> None:
        super().__init__()
        self.doc_id = doc_id
        """The id of the document being corrected."""
        self.meta = meta
        """The metadata the form starts from."""
        self.save_field = save
        """Stores one (field, value); raises LibraryError when the value is invalid."""
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
