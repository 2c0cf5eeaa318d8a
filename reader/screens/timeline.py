"""`t`: the dates of the open documents merged into one chronology, grouped by year and month.

Each entry shows its date in the UI's language, its document's colour and its sentence; Enter
opens it in its pane. Filters: by document (`d` cycles all / left / right) and by entity (the
input keeps entries whose sentence mentions a glossary entry named so). The list is one
OptionList rebuilt on each filter change: a few hundred entries take milliseconds.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from babel.dates import get_month_names
from rich.table import Table
from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import Footer, Input, OptionList, Static
from textual.widgets.option_list import Option

from glossary.timeline import TimelineEntry, timeline, year_histogram
from reader.i18n import N_, _, n_, ui_language
from reader.screens.base import ReaderScreen
from reader.theme import pane_colour
from reader.widgets.timeline_bars import YearBars
from reader.widgets.timeline_labels import entry_label

if TYPE_CHECKING:
    from documents.model import Document
    from glossary.entities import Glossary
    from glossary.features import DocumentFeatures

MONTH_DAYS = 186
"""Entries covering at most this many days sit under a month header, longer ones under the year."""
DATE_WIDTH = 24
"""Cells for an entry's date; a longer date wraps within them."""
ENTRY_INDENT = "    ■ "
DOCUMENT_FILTERS = ("all", "left", "right")


@dataclass
class TimelineData:
    """What the timeline shows, prepared by the reading screen."""

    entries: list[TimelineEntry]
    """In chronological order."""
    entities: list[frozenset[str]]
    """For each entry, the glossary entries its sentence mentions."""
    titles: dict[str, str]
    colours: dict[str, str]
    sides: dict[str, str]
    """Document id → the pane showing it (``left`` / ``right``)."""
    lookup: Callable[[str], set[str]]
    """Entity ids named by a typed term (the glossary's lookup)."""


def timeline_data(
    documents: list[Document],
    features: dict[str, DocumentFeatures],
    sides: dict[str, str],
    colours: dict[str, str],
    glossary: Glossary,
) -> TimelineData:
    """The merged timeline of ``documents`` with each entry's entities, ready to show."""
    entries = timeline((d, features[d.id].dates()) for d in documents if d.id in features)
    by_sentence = {
        (f.doc, s.start): frozenset(s.entities) for f in features.values() for s in f.sentences
    }
    return TimelineData(
        entries=entries,
        entities=[by_sentence.get((e.doc, e.sentence_start), frozenset()) for e in entries],
        titles={d.id: d.title for d in documents},
        colours=colours,
        sides=sides,
        lookup=lambda term: {entry.id for entry in glossary.lookup(term)},
    )


def _month_level(entry: TimelineEntry) -> bool:
    return (entry.last - entry.first).days <= MONTH_DAYS


class TimelineScreen(ReaderScreen[TimelineEntry | None]):
    """Returns the chosen entry (to be opened in its pane), or None."""

    BINDINGS = [
        Binding("escape", "dismiss(None)", N_("Close")),
        Binding("d", "cycle_document", N_("Document filter"), id="timeline-documents"),
        Binding("slash", "focus_filter", N_("Entity filter"), id="timeline-entity"),
    ]
    """Timeline keys; the list keeps its own (arrows, Enter)."""

    DEFAULT_CSS = """
    TimelineScreen #timeline-title { padding: 0 1; text-style: bold; }
    TimelineScreen YearBars { margin: 1 0; }
    TimelineScreen #timeline-entity { margin: 0 1; }
    TimelineScreen #timeline-list { height: 1fr; }
    """

    def __init__(self, data: TimelineData) -> None:
        super().__init__()
        self.data = data
        self.document_filter = "all"
        """One of ``DOCUMENT_FILTERS``."""
        self.shown: list[int] = []
        """Indexes into ``data.entries`` of the entries listed, in order."""

    def compose(self) -> ComposeResult:
        yield Static(id="timeline-title")
        yield YearBars(
            year_histogram(self.data.entries), self.data.titles, self.data.colours, id="bars"
        )
        yield Input(placeholder=_("Filter by entity (name)…"), id="timeline-entity")
        yield OptionList(id="timeline-list")
        yield Footer()

    def on_mount(self) -> None:
        self.refilter()
        self.query_one(OptionList).focus()

    def show_data(self, data: TimelineData) -> None:
        """New dates (the library or the glossary changed), under the filters set."""
        self.data = data
        self.refilter()

    # Filters ----------------------------------------------------------------------------

    def visible_entries(self) -> list[int]:
        """Indexes of the entries passing both filters."""
        data = self.data
        wanted: set[str] | None = None
        term = self.query_one(Input).value.strip()
        if term:
            wanted = data.lookup(term)
        found = []
        for index, entry in enumerate(data.entries):
            if self.document_filter != "all" and data.sides.get(entry.doc) != self.document_filter:
                continue
            if wanted is not None and not wanted & data.entities[index]:
                continue
            found.append(index)
        return found

    def refilter(self) -> None:
        """Rebuild the list for the current filters."""
        self.shown = self.visible_entries()
        self.query_one(YearBars).show(year_histogram(self.data.entries[i] for i in self.shown))
        self.query_one(OptionList).set_options(self._options())
        self.query_one("#timeline-title", Static).update(self._title())

    def _title(self) -> Text:
        title = Text(_("Timeline") + " · ", style="bold")
        if self.document_filter == "all":
            title.append(_("both open documents"))
        else:
            doc = next(
                (d for d, side in self.data.sides.items() if side == self.document_filter), ""
            )
            title.append(self.data.titles.get(doc, doc), style=self.data.colours.get(doc, ""))
        title.append(" · " + n_("{count} date", "{count} dates", len(self.shown)), style="dim")
        title.append(" · " + _("d: documents · /: entity · Enter: open"), style="dim")
        return title

    def _options(self) -> list[Option]:
        language = ui_language()
        options: list[Option] = []
        year: int | None = None
        month: tuple[int, int] | None = None
        for index in self.shown:
            entry = self.data.entries[index]
            if entry.first.year != year:
                year, month = entry.first.year, None
                options.append(Option(Text(str(year), style="bold reverse"), disabled=True))
            if _month_level(entry) and (entry.first.year, entry.first.month) != month:
                month = (entry.first.year, entry.first.month)
                label = get_month_names("wide", "stand-alone", locale=language)[month[1]]
                options.append(Option(Text("  " + label, style="bold"), disabled=True))
            options.append(Option(self._prompt(entry, language), id=str(index)))
        if not options:
            options.append(Option(Text(_("No dates match the filters.")), disabled=True))
        return options

    def _prompt(self, entry: TimelineEntry, language: str) -> Table:
        """Marker and date in one column, the sentence in the next: a sentence too long for
        one line wraps under its own start (a hanging indent), never back to column 0."""
        colour = self.data.colours.get(entry.doc) or pane_colour(self.app, None)
        label = entry_label(entry.value, entry.mod, language, entry.first, entry.last)
        date = Text(ENTRY_INDENT, style=colour)
        date.append(label, style=f"bold {colour}")
        sentence = Text(entry.text)
        offset = entry.start - entry.sentence_start
        sentence.stylize(f"underline {colour}", offset, offset + entry.end - entry.start)
        prompt = Table.grid()
        prompt.add_column(width=len(ENTRY_INDENT) + DATE_WIDTH)
        prompt.add_column(ratio=1)
        prompt.add_row(date, sentence)
        return prompt

    def action_cycle_document(self) -> None:
        """All documents → the left pane's → the right pane's → all."""
        position = DOCUMENT_FILTERS.index(self.document_filter)
        self.document_filter = DOCUMENT_FILTERS[(position + 1) % len(DOCUMENT_FILTERS)]
        self.refilter()

    def action_focus_filter(self) -> None:
        self.query_one(Input).focus()

    @on(Input.Changed, "#timeline-entity")
    def filter_by_entity(self) -> None:
        self.refilter()

    @on(Input.Submitted, "#timeline-entity")
    def go_to_list(self) -> None:
        self.query_one(OptionList).focus()

    @on(OptionList.OptionSelected, "#timeline-list")
    def open_entry(self, event: OptionList.OptionSelected) -> None:
        if event.option.id is not None:
            self.dismiss(self.data.entries[int(event.option.id)])
