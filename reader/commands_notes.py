"""Command palette entries for highlights and notes (on the reading screen only)."""

from __future__ import annotations

from functools import partial

from textual.command import DiscoveryHit, Hit, Hits, Provider

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
            _("Note on this pair"),
            _("A comparison note on both cursor sentences (C)"),
            "compare_note",
        ),
        (
            _("Set aside the unusable notes database"),
            _("Rename the damaged file; the notes written since become the database"),
            "set_aside_notes",
        ),
    ]


class NoteCommands(Provider):
    """Selection, highlight, notes, the panel and the damaged-file decision, from the palette."""

    def _available(self) -> list[tuple[str, str, str]]:
        from reader.screens.reading_notes import NoteActions

        return note_commands() if isinstance(self.screen, NoteActions) else []

    async def discover(self) -> Hits:
        for name, help_text, action in self._available():
            yield DiscoveryHit(name, partial(self.screen.run_action, action), help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for name, help_text, action in self._available():
            if (score := matcher.match(name)) > 0:
                yield Hit(
                    score,
                    matcher.highlight(name),
                    partial(self.screen.run_action, action),
                    help=help_text,
                )
