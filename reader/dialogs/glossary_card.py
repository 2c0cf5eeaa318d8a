"""An entry's card: names, description, dates, related entries and mentions in context.

Related entries open their own card on top (Esc goes back); choosing a mention returns
where it is, and every screen below passes that on to the reading screen.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.widgets import Label, OptionList, Static
from textual.widgets.option_list import Option

from reader.formatting import format_iso_date
from reader.i18n import N_, _, ui_language
from reader.screens.base import ReaderModalScreen

if TYPE_CHECKING:
    from documents.model import Document
    from glossary.entities import Entry, Glossary, KeyDate
    from glossary.mentions import Mention

CONTEXT_CHARS = 45
"""Characters of text shown on each side of a mention in the card."""
_SPACES = re.compile(r"\s+")


def _kind_names() -> dict[str, tuple[str, str]]:
    """Each entry kind's translated (singular, plural) name, looked up in the UI's language."""
    return {
        "person": (_("Person"), _("People")),
        "state": (_("State"), _("States")),
        "organisation": (_("Organisation"), _("Organisations")),
        "alliance": (_("Alliance"), _("Alliances")),
        "military unit": (_("Military unit"), _("Military units")),
        "exercise": (_("Exercise"), _("Exercises")),
        "event": (_("Event"), _("Events")),
        "agreement": (_("Agreement"), _("Agreements")),
        "place": (_("Place"), _("Places")),
        "programme": (_("Programme"), _("Programmes")),
        "weapon": (_("Weapon"), _("Weapons")),
        "concept": (_("Concept"), _("Concepts")),
    }


def kind_label(kind: str) -> str:
    """The translated name of an entry kind (singular); an unknown kind keeps its name."""
    return _kind_names().get(kind, (kind, kind))[0]


def kind_group_label(kind: str) -> str:
    """The translated heading of a group of entries of one kind (plural)."""
    return _kind_names().get(kind, (kind, kind))[1]


@dataclass(frozen=True, slots=True)
class MentionTarget:
    """Where a chosen mention is: a document and a character range of its text."""

    doc_id: str
    start: int
    end: int


@dataclass
class GlossaryContext:
    """The glossary with the mentions of the open documents, as the panel and cards see it."""

    glossary: Glossary
    documents: list[Document]
    """The open documents, in pane order (left, right)."""
    mentions: dict[str, list[Mention]]
    """Mentions per document id, sorted by offset."""
    by_entry: dict[str, dict[str, list[Mention]]] = field(init=False)
    """Per entry id, per document id: its mentions."""

    def __post_init__(self) -> None:
        self.by_entry = {}
        for document in self.documents:
            for mention in self.mentions.get(document.id, []):
                per_doc = self.by_entry.setdefault(mention.entry_id, {})
                per_doc.setdefault(document.id, []).append(mention)

    def mentions_of(self, entry_id: str, doc_id: str) -> list[Mention]:
        """The mentions of one entry in one document."""
        return self.by_entry.get(entry_id, {}).get(doc_id, [])


def format_key_date(key_date: KeyDate, language: str) -> str:
    """``2021-09-10/2021-09-16`` → ``10. September 2021 – 16. September 2021``."""
    first, _sep, last = key_date.value.partition("/")
    written = format_iso_date(first, language)
    if last:
        written += " – " + format_iso_date(last, language)
    return written


def mention_line(text: str, mention: Mention, width: int = CONTEXT_CHARS) -> Text:
    """The mention with some text on either side, on one line, the mention emphasised."""
    start = max(mention.start - width, 0)
    end = min(mention.end + width, len(text))
    before = _SPACES.sub(" ", text[start : mention.start]).lstrip()
    after = _SPACES.sub(" ", text[mention.end : end]).rstrip()
    line = Text("… " if start > 0 else "")
    line.append(before)
    line.append(_SPACES.sub(" ", mention.text), style="bold reverse")
    line.append(after)
    if end < len(text):
        line.append(" …")
    return line


def _card_text(entry: Entry, glossary: Glossary) -> Text:
    """Names, kind, description and dates as plain text with styles (never markup)."""
    text = Text()
    text.append(entry.name, style="bold")
    if entry.name_en and entry.name_en != entry.name:
        text.append(f"  ({entry.name_en})")
    kind = kind_label(str(entry.kind))
    text.append("  · " + (f"{kind} ({entry.detail})" if entry.detail else kind), style="dim")
    if entry.source == "discovered":
        text.append("\n" + _("Found in the documents, not reviewed yet"), style="italic")
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
    """One entry; Enter on a related entry opens its card, on a mention jumps there."""

    BINDINGS = [Binding("escape", "dismiss(None)", N_("Back"))]
    """Esc goes back to the list (or the reader)."""

    DEFAULT_CSS = """
    GlossaryCard { align: center middle; }
    GlossaryCard > Vertical { width: 100; max-width: 95%; height: 90%;
        border: round $accent; background: $surface; padding: 0 1; }
    GlossaryCard #card-info { height: auto; max-height: 50%; }
    GlossaryCard OptionList { height: 1fr; border: none; }
    GlossaryCard .card--hint { color: $text-muted; }
    """

    def __init__(self, context: GlossaryContext, entry_id: str) -> None:
        super().__init__()
        self.context = context
        """The glossary and the open documents' mentions."""
        self.entry_id = entry_id
        """The entry shown."""

    def compose(self) -> ComposeResult:
        glossary = self.context.glossary
        entry = glossary.get(self.entry_id)
        with Vertical():
            if entry is None:
                yield Label(Text(_("No such glossary entry: {id}").format(id=self.entry_id)))
                return
            with VerticalScroll(id="card-info"):
                yield Static(_card_text(entry, glossary))
            yield OptionList(*self._options(entry))
            yield Label(Text(_("Enter: open / jump · Esc: back")), classes="card--hint")

    def _options(self, entry: Entry) -> list[Option]:
        glossary = self.context.glossary
        options: list[Option] = []
        related = [glossary.get(entry_id) for entry_id in entry.related]
        if related:
            options.append(Option(Text(_("Related"), style="bold"), disabled=True))
            for other in related:
                if other is not None:
                    label = Text("  → " + other.name)
                    label.append("  · " + kind_label(str(other.kind)), style="dim")
                    options.append(Option(label, id=f"r:{other.id}"))
        for document in self.context.documents:
            found = self.context.mentions_of(entry.id, document.id)
            heading = Text(_("Mentions in {title}").format(title=document.title), style="bold")
            heading.append(f" ({len(found)})", style="dim")
            options.append(Option(heading, disabled=True))
            for mention in found:
                options.append(
                    Option(
                        mention_line(document.text, mention),
                        id=f"m:{mention.start}:{mention.end}:{document.id}",
                    )
                )
        return options

    def on_mount(self) -> None:
        options = self.query(OptionList)
        if options:
            option_list = options.first()
            option_list.focus()
            first = next(
                (
                    i
                    for i in range(option_list.option_count)
                    if option_list.get_option_at_index(i).id
                ),
                None,
            )
            option_list.highlighted = first

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
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
