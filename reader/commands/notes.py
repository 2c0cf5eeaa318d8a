"""Command palette entries for highlights and notes (on the reading screen only)."""

from __future__ import annotations

from functools import partial

from reader.commands.base import CommandsProvider, PaletteCommand
from reader.features.notes import NotesFeature
from reader.features.selection import SelectionFeature
from reader.i18n import _


def note_commands() -> list[tuple[str, str, str]]:
    """(name, help, action) of each command, translated."""
    return [
        (_("Start selection"), _("Select from the cursor sentence (v)"), "select"),
        (_("Highlight"), _("Highlight the selection or sentence (h; colours 1-5)"), "highlight"),
        *(
            (
                _("Highlight colour: ") + _(name),
                _("Use this colour from now on"),
                f"pick_colour('{name}')",
            )
            for name in ("yellow", "green", "blue", "pink", "purple")
        ),
        (_("Write a note"), _("A note on the selection or sentence (a)"), "annotate"),
        (_("Edit tags"), _("Tags of the highlight under the cursor (T)"), "edit_tags"),
        (
            _("Copy text"),
            _("Copy the selection or sentence to the clipboard (Y)"),
            "copy_selection",
        ),
        (
            _("Notes panel"),
            _("All highlights and notes: filter, jump, edit (ctrl+n)"),
            "notes_panel",
        ),
        (
            _("Export notes as Markdown"),
            _("Every highlight and note to a new file in the data folder"),
            "export_notes('md')",
        ),
        (
            _("Export notes as W3C Web Annotations"),
            _("JSON-LD for Hypothesis and other annotation tools, in the data folder"),
            "export_notes('w3c')",
        ),
        (
            _("Set aside the unusable notes database"),
            _("Rename the damaged file; the notes written since become the database"),
            "set_aside_notes",
        ),
    ]


class NoteCommands(CommandsProvider):
    """Selection, highlight, notes, the panel and the damaged-file decision, from the palette."""

    def commands(self) -> list[PaletteCommand]:
        found = self.screen.query(NotesFeature)
        if not found:
            return []
        notes = found.first()
        selection = notes.query_one(SelectionFeature)
        return [
            PaletteCommand(
                name,
                partial((selection if action == "select" else notes).run_action, action),
                help_text,
            )
            for name, help_text, action in note_commands()
        ]
