"""An entry's card: names, description, dates, related entries, and what each open document
says about the entity, side by side.

Related entries open their own card on top (Esc goes back); choosing a mention returns
where it is, and every screen below passes that on to the reading screen. The decision keys
(accept, rename, kind, merge, split, reject, undo) work on the entry shown; when the glossary
has been reloaded after a decision, ``show_context`` redraws the card, following the entry to
its new id.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.widgets import Label, OptionList, Static
from textual.widgets.option_list import Option

from reader.dialogs.glossary_context import GlossaryContext, MentionTarget
from reader.dialogs.glossary_decide import DECISION_BINDINGS, ask_decision
from reader.dialogs.glossary_kinds import kind_label
from reader.formatting import format_iso_date
from reader.i18n import N_, _, ui_language
from reader.screens.base import ReaderModalScreen
from reader.widgets.mention_columns import MentionColumns
from reader.widgets.reader_footer import ReaderFooter

if TYPE_CHECKING:
    from glossary.entities import Entry, Glossary, KeyDate

__all__ = ["GlossaryCard"]


def format_key_date(key_date: KeyDate, language: str) -> str:
    """``2021-09-10/2021-09-16`` → ``10. September 2021 – 16. September 2021``."""
    first, _sep, last = key_date.value.partition("/")
    written = format_iso_date(first, language)
    if last:
        written += " – " + format_iso_date(last, language)
    return written


def _card_text(entry: Entry, glossary: Glossary) -> Text:
    """Names, kind, description and dates as plain text with styles (never markup)."""
    text = Text()
    if entry.source == "discovered":
        text.append(" " + _("discovered") + " ", style="bold reverse")
        text.append(" ")
    text.append(entry.name, style="bold")
    if entry.name_en and entry.name_en != entry.name:
        text.append(f"  ({entry.name_en})")
    kind = kind_label(str(entry.kind))
    text.append("  · " + (f"{kind} ({entry.detail})" if entry.detail else kind), style="dim")
    if entry.source == "discovered":
        text.append(
            "\n" + _("Found in the documents, not reviewed yet: a accepts it, x rejects it."),
            style="italic",
        )
    if entry.titles:
        text.append("\n" + _("Titles") + ": ", style="dim")
        text.append(", ".join(entry.titles))
    aliases = [alias.name for alias in entry.aliases if alias.name != entry.name]
    if aliases:
        text.append("\n" + _("Also") + ": ", style="dim")
        text.append(", ".join(aliases))
    if entry.description:
        text.append("\n\n")
        text.append(entry.description)
    if entry.dates:
        text.append("\n\n" + _("Dates") + "\n", style="bold")
        language = ui_language()
        for key_date in entry.dates:
            text.append("  " + format_key_date(key_date, language))
            if key_date.label:
                text.append("  " + key_date.label, style="dim")
            text.append("\n")
        text.rstrip()
    if entry.wikidata:
        text.append("\n\nWikidata: " + entry.wikidata, style="dim")
    return text


class GlossaryCard(ReaderModalScreen[MentionTarget | None]):
    """One entry; Enter on a related entry opens its card, on a sentence jumps there."""

    BINDINGS = [
        Binding("escape", "dismiss(None)", N_("Back")),
        *DECISION_BINDINGS,
        Binding("question_mark", "help", N_("Keys"), id="glossary-card-help"),
    ]
    """Esc goes back to the list (or the reader); the decisions work on this entry."""

    DEFAULT_CSS = """
    GlossaryCard { align: center middle; }
    GlossaryCard > Vertical { width: 116; max-width: 95%; height: 90%;
        border: round $accent; background: $surface; padding: 0 1; }
    GlossaryCard #card-info { height: auto; max-height: 40%; }
    GlossaryCard #card-related { height: auto; max-height: 6; border: none; padding: 0; }
    GlossaryCard .card--hint { color: $text-muted; }
    GlossaryCard.-short > Vertical { height: 100%; }
    GlossaryCard.-short #card-info { max-height: 30%; }
    GlossaryCard.-short #card-related { max-height: 2; }
    GlossaryCard.-short .card--hint { display: none; }
    """

    VERTICAL_BREAKPOINTS = [(0, "-short"), (32, "-tall")]
    """Below 32 lines the card takes the whole height and leaves out the hint (the footer
    lists the keys), so each document keeps a few sentences in view."""

    def __init__(self, context: GlossaryContext, entry_id: str) -> None:
        super().__init__()
        self.context = context
        """The glossary and the open documents' mentions."""
        self.entry_id = entry_id
        """The entry shown."""

    @property
    def entry(self) -> Entry | None:
        """The entry shown (None once a decision removed it)."""
        return self.context.glossary.get(self.entry_id)

    def compose(self) -> ComposeResult:
        entry = self.entry
        with Vertical(id="card-box"):
            if entry is None:
                message = _("No such glossary entry: {id}").format(id=self.entry_id)
                yield Label(Text(message))
                return
            with VerticalScroll(id="card-info"):
                yield Static(_card_text(entry, self.context.glossary))
            related = self._related(entry)
            if related:
                yield OptionList(*related, id="card-related")
            documents = self.context.documents
            yield MentionColumns(
                documents,
                [self.context.mentions_of(entry.id, document.id) for document in documents],
            )
            yield Label(
                Text(
                    _("Enter: open / jump to the sentence in its pane · ←→ documents · Esc: back")
                ),
                classes="card--hint",
            )
        yield ReaderFooter(["glossary-accept", "glossary-reject", "glossary-card-help"])

    def _related(self, entry: Entry) -> list[Option]:
        glossary = self.context.glossary
        options: list[Option] = []
        for related_id in entry.related:
            other = glossary.get(related_id)
            if other is not None:
                label = Text(_("Related") + ": → ", style="bold")
                label.append(other.name)
                label.append("  · " + kind_label(str(other.kind)), style="dim")
                options.append(Option(label, id=f"r:{other.id}"))
        return options

    def on_mount(self) -> None:
        self._focus_first()

    def _focus_first(self) -> None:
        columns = self.query(MentionColumns)
        if columns and columns.first().focus_first():
            return
        related = self.query("#card-related")
        if related:
            option_list = related.first(OptionList)
            option_list.highlighted = 0
            option_list.focus()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Decision keys only where the glossary can be changed; accept only for an entry
        found in the documents (the others are in the glossary already)."""
        if action == "decide":
            entry = self.entry
            if self.context.decider is None or entry is None:
                return False
            if parameters == ("accept",):
                return entry.source == "discovered"
        return True

    def action_decide(self, action: str) -> None:
        ask_decision(self, self.context, action, self.entry)

    def action_help(self) -> None:
        from reader.dialogs.help import HelpScreen, collect_bindings

        self.app.push_screen(HelpScreen(collect_bindings(type(self), MentionColumns)))

    def show_updating(self) -> None:
        """Show that the glossary is being reloaded after a decision."""
        self.query_one("#card-box").loading = True

    async def show_context(self, context: GlossaryContext, follow: dict[str, str | None]) -> None:
        """Redraw with the reloaded glossary; the entry moves to its new id when a decision
        gave it one, and the card closes when the entry is gone (rejected, merged away)."""
        self.context = context
        self.entry_id = follow.get(self.entry_id, self.entry_id) or ""
        if self.entry is None and self.is_active:
            self.dismiss(None)
            return
        await self.recompose()
        self._focus_first()

    @on(OptionList.OptionSelected)
    def open_or_jump(self, event: OptionList.OptionSelected) -> None:
        option_id = event.option.id or ""
        if option_id.startswith("r:"):
            card = GlossaryCard(self.context, option_id[2:])
            self.app.push_screen(card, self._forward)
        elif option_id.startswith("m:"):
            start, end, doc_id = option_id[2:].split(":", 2)
            self.dismiss(MentionTarget(doc_id, int(start), int(end)))

    def _forward(self, target: MentionTarget | None) -> None:
        """A related entry's card chose a mention: pass it down to the reader."""
        if target is not None:
            self.dismiss(target)
