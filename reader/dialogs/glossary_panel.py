"""The glossary panel: every entry with its mention counts per open document, filtered as
you type and grouped by kind. Enter opens the entry's card.

Entries found in the documents (not reviewed yet) are marked ◇. Once the list has the focus
(Tab), the decision keys work on the highlighted entry; ctrl+z undoes the last decision from
anywhere. Any other character typed on the list goes to the filter, and closing a card puts
the focus back in the filter, so typing a name never sets off a decision by surprise. After a
decision the glossary is reloaded and ``show_context`` relists it.
"""

from __future__ import annotations

from rich.text import Text
from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import Input, Label, OptionList
from textual.widgets.option_list import Option

from glossary.entities import Entry, Kind
from glossary.folding import name_key
from reader.dialogs.glossary_card import GlossaryCard
from reader.dialogs.glossary_context import GlossaryContext, MentionTarget
from reader.dialogs.glossary_decide import DECISION_BINDINGS, ask_decision
from reader.dialogs.glossary_kinds import kind_group_label
from reader.i18n import N_, _, n_
from reader.screens.base import ReaderModalScreen
from reader.text_fit import shorten
from reader.widgets.mention_columns import pane_label
from reader.widgets.reader_footer import ReaderFooter

NAME_WIDTH = 48
"""Cells for an entry's name; the count columns follow."""
TITLE_CELLS = 40
"""Each open document's title in the panel's heading is cut to this (two fit the panel)."""
COUNT_WIDTH = 8


class GlossaryPanel(ReaderModalScreen[MentionTarget | None]):
    """Returns the mention chosen on a card (or None when closed)."""

    BINDINGS = [
        Binding("escape", "back", N_("Back")),
        Binding("down", "move(1)", N_("Next entry"), show=False),
        Binding("up", "move(-1)", N_("Previous entry"), show=False),
        *DECISION_BINDINGS,
        Binding("f1,question_mark", "help", N_("Keys"), id="glossary-panel-help"),
    ]
    """Up and down move through the list while the filter keeps the focus; the decisions
    work on the highlighted entry once the list has the focus (typing goes to the filter).
    Esc on the list goes back to the filter, Esc on the filter closes the panel."""

    DEFAULT_CSS = """
    GlossaryPanel { align: center middle; }
    GlossaryPanel > Vertical { width: 100; max-width: 95%; height: 90%;
        border: round $accent; background: $surface; padding: 0 1; }
    GlossaryPanel #panel-columns { color: $text-muted; text-style: bold; }
    GlossaryPanel #panel-documents { color: $text-muted; width: 100%;
        text-wrap: nowrap; text-overflow: ellipsis; }
    GlossaryPanel OptionList { height: 1fr; border: none; }
    GlossaryPanel .panel--hint { color: $text-muted; }
    """

    def __init__(
        self,
        context: GlossaryContext,
        *,
        only: list[str] | None = None,
        title: str | None = None,
    ) -> None:
        """Args:
        context: the glossary and the open documents' mentions.
        only: show just these entry ids (the entities of a sentence).
        title: the heading; "Glossary" by default.
        """
        super().__init__()
        self.context = context
        """The glossary and the open documents' mentions."""
        self.only = only
        """Entry ids to restrict the list to, or None for all."""
        self.title_text = title or _("Glossary")
        """The heading above the filter."""

    def compose(self) -> ComposeResult:
        documents = self.context.documents
        with Vertical():
            yield Label(Text(self.title_text, style="bold"))
            yield Input(
                placeholder=_("Filter: name or alias"), id="panel-filter", select_on_focus=False
            )
            yield Label(self._documents_line(), id="panel-documents")
            yield Label(id="panel-finding", classes="panel--hint")  # filled in on mount
            columns = Text(_("Entry").ljust(NAME_WIDTH))
            for index in range(len(documents)):
                columns.append(pane_label(index).rjust(COUNT_WIDTH))
            yield Label(columns, id="panel-columns")
            yield OptionList(*self._options(self._entries("")), id="panel-list")
            if self.context.decider is not None:
                yield Label(
                    Text(_("◇ found, not reviewed yet · Tab: to the list, then decide")),
                    classes="panel--hint",
                )
        yield ReaderFooter(["glossary-panel-help"])

    def on_mount(self) -> None:
        self.query_one(Input).focus()
        self._show_finding()
        self._highlight_first()

    def _show_finding(self) -> None:
        """Put up the line of :meth:`_finding_line`, hidden while it has nothing to say."""
        line = self._finding_line()
        label = self.query_one("#panel-finding", Label)
        label.update(line)
        label.display = bool(line.plain)

    def _finding_line(self) -> Text:
        """Says that names are still being read, or that reading them failed, so a name
        missing from the list is not taken for one the documents lack."""
        if self.context.failed:
            return Text(
                _("The names in the documents could not be read: {reason}").format(
                    reason=self.context.failed
                ),
                style="bold",
            )
        count = self.context.finding
        if not count:
            return Text("")
        return Text(
            n_(
                "Finding names in {count} document… their entries are listed once found.",
                "Finding names in {count} documents… their entries are listed once found.",
                count,
            )
        )

    def _documents_line(self) -> Text:
        """The open documents by pane, each still being counted said so."""
        counting = " (" + _("counting…") + ")"
        return Text(
            " · ".join(
                f"{pane_label(i)}: {shorten(document.title, TITLE_CELLS)}"
                + (counting if document.id in self.context.counting else "")
                for i, document in enumerate(self.context.documents)
            )
        )

    def _entries(self, term: str) -> list[Entry]:
        """Entries matching ``term`` (all when empty), restricted to ``only`` if given."""
        glossary = self.context.glossary
        if term.strip() and name_key(term):
            entries = glossary.lookup(term)
        else:
            entries = list(glossary.entries.values())
        if self.only is not None:
            allowed = set(self.only)
            entries = [entry for entry in entries if entry.id in allowed]
        return entries

    def _options(self, entries: list[Entry]) -> list[Option]:
        """Group headers (disabled) and one row per entry with its counts per document.

        Entries the open documents never mention come last, under a heading of their own,
        so the groups above hold only what can be found in the text.
        """
        order = {kind.value: index for index, kind in enumerate(Kind)}
        entries = sorted(entries, key=lambda e: (order.get(str(e.kind), 99), name_key(e.name)))
        mentioned = [entry for entry in entries if self._is_mentioned(entry)]
        absent = [entry for entry in entries if not self._is_mentioned(entry)]
        options: list[Option] = []
        kind = None
        for entry in mentioned:
            if entry.kind != kind:
                kind = entry.kind
                options.append(
                    Option(Text(kind_group_label(str(kind)), style="bold"), disabled=True)
                )
            options.append(Option(self._row(entry), id=entry.id))
        if absent:
            heading = _("Not mentioned in the open documents ({count})").format(count=len(absent))
            options.append(Option(Text(heading, style="bold dim"), disabled=True))
            options.extend(Option(self._row(entry, dim=True), id=entry.id) for entry in absent)
        if not options:
            empty = _("No entry matches yet.") if self.context.finding else _("No entry matches.")
            options.append(Option(Text(empty, style="dim"), disabled=True))
        return options

    def _is_mentioned(self, entry: Entry) -> bool:
        return self.context.is_mentioned(entry.id)

    def _row(self, entry: Entry, *, dim: bool = False) -> Text:
        name = entry.name
        if entry.name_en and entry.name_en != entry.name:
            name += f" ({entry.name_en})"
        name = shorten(name, NAME_WIDTH - 3)
        if entry.source == "discovered":  # found in the documents, not yet reviewed
            row = Text("◇ " + name.ljust(NAME_WIDTH - 2), style="italic")
        else:
            row = Text("  " + name.ljust(NAME_WIDTH - 2))
        if dim:
            row.stylize("dim")
        for document in self.context.documents:
            count = self.context.count(entry.id, document.id)
            if document.id in self.context.counting:  # found so far: the marks on screen
                row.append("…".rjust(COUNT_WIDTH), style="dim")
            else:
                row.append(str(count).rjust(COUNT_WIDTH), style="" if count else "dim")
        return row

    def _highlight_first(self) -> None:
        option_list = self.query_one(OptionList)
        option_list.highlighted = next(
            (i for i in range(option_list.option_count) if option_list.get_option_at_index(i).id),
            None,
        )

    @on(Input.Changed, "#panel-filter")
    def filter_entries(self, event: Input.Changed) -> None:
        option_list = self.query_one(OptionList)
        option_list.clear_options()
        option_list.add_options(self._options(self._entries(event.value)))
        self._highlight_first()

    @on(Input.Submitted, "#panel-filter")
    def open_highlighted(self) -> None:
        option_list = self.query_one(OptionList)
        if option_list.highlighted is not None:
            option = option_list.get_option_at_index(option_list.highlighted)
            if option.id:
                self.open_card(option.id)

    def action_back(self) -> None:
        """One step back: from the list to the filter (the reader's next letters are a name
        again, not the reading screen's keys), from the filter out of the panel."""
        if isinstance(self.focused, OptionList):
            self._refocus_filter()
        else:
            self.dismiss(None)

    def action_move(self, step: int) -> None:
        option_list = self.query_one(OptionList)
        if step > 0:
            option_list.action_cursor_down()
        else:
            option_list.action_cursor_up()

    @on(OptionList.OptionSelected, "#panel-list")
    def open_selected(self, event: OptionList.OptionSelected) -> None:
        if event.option.id:
            self.open_card(event.option.id)

    def open_card(self, entry_id: str) -> None:
        """Show an entry's card; a mention chosen there closes the panel too."""
        self.app.push_screen(GlossaryCard(self.context, entry_id), self._card_closed)

    def _card_closed(self, target: MentionTarget | None) -> None:
        if target is not None:
            self.dismiss(target)
            return
        # Back from a card the reader types a name again: the filter, not the decision keys,
        # with the last filter selected so that the new name replaces it.
        self.call_after_refresh(self._refocus_filter)

    def _refocus_filter(self) -> None:
        field = self.query_one("#panel-filter", Input)
        field.focus()
        field.select_all()

    def on_key(self, event: events.Key) -> None:
        """A character that is no key of this panel, typed on the list, goes to the filter
        (and the focus with it), as in the command palette."""
        if not isinstance(self.focused, OptionList) or not event.is_printable:
            return
        if event.character is None or event.key in self._command_keys():
            return
        event.prevent_default()
        event.stop()
        field = self.query_one("#panel-filter", Input)
        field.focus()
        field.cursor_position = len(field.value)
        field.insert_text_at_cursor(event.character)

    def _command_keys(self) -> set[str]:
        """The keys this panel's own bindings take while the list has the focus."""
        decides = self.context.decider is not None
        return {
            key.strip()
            for binding in self.BINDINGS
            if isinstance(binding, Binding) and (decides or not binding.action.startswith("decide"))
            for key in binding.key.split(",")
        }

    def highlighted_entry(self) -> Entry | None:
        """The entry of the highlighted row."""
        option_list = self.query_one(OptionList)
        if option_list.highlighted is None:
            return None
        option_id = option_list.get_option_at_index(option_list.highlighted).id
        return self.context.glossary.get(option_id) if option_id else None

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Decision keys where the glossary can be changed, dimmed while typing goes to the
        filter (their letters are typed there)."""
        if action == "decide":
            if self.context.decider is None:
                return False
            if parameters == ("undo",):
                return True
            return None if isinstance(self.focused, Input) else True
        return True

    def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        self.refresh_bindings()

    def action_decide(self, action: str) -> None:
        ask_decision(self, self.context, action, self.highlighted_entry())

    def action_help(self) -> None:
        from reader.dialogs.help import HelpScreen, collect_bindings

        self.app.push_screen(HelpScreen(collect_bindings(type(self))))

    def show_updating(self) -> None:
        """Show that the glossary is being reloaded after a decision."""
        self.query_one(OptionList).loading = True

    def show_context(self, context: GlossaryContext, follow: dict[str, str | None]) -> None:
        """List the reloaded glossary, the highlight following the entry decided about."""
        self.query_one(OptionList).loading = False
        previous = self.highlighted_entry()
        self.context = context
        self.query_one("#panel-documents", Label).update(self._documents_line())
        self._show_finding()
        if self.only is not None:
            self.only = [new for old in self.only if (new := follow.get(old, old))]
        option_list = self.query_one(OptionList)
        option_list.set_options(self._options(self._entries(self.query_one(Input).value)))
        wanted = follow.get(previous.id, previous.id) if previous is not None else None
        ids = self.entry_ids()
        if wanted in ids:
            option_list.highlighted = option_list.get_option_index(wanted)
        else:
            self._highlight_first()

    def entry_ids(self) -> list[str]:
        """The ids of the entries listed now, in order (for tests and the palette)."""
        option_list = self.query_one(OptionList)
        ids = (option_list.get_option_at_index(i).id for i in range(option_list.option_count))
        return [option_id for option_id in ids if option_id]
