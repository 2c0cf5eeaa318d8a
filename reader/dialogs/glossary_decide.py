"""The decision keys of the glossary panel and cards, and the dialogs each decision asks.

Both screens list ``DECISION_BINDINGS`` and send ``decide('…')`` here with the entry they
show; the answer becomes a ``Decision`` handed to the context's ``decider`` (the glossary
feature), which writes it, reloads the glossary and tells what happened.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, Any

from textual.binding import Binding

from reader.features.glossary_decisions import Decision, refusal
from reader.i18n import N_, _

if TYPE_CHECKING:
    from collections.abc import Callable

    from textual.screen import Screen

    from glossary.entities import Entry
    from reader.dialogs.glossary_context import GlossaryContext

DECISION_BINDINGS = [
    Binding(
        "a",
        "decide('accept')",
        N_("Accept"),
        tooltip=N_("Keep this discovered entry in your glossary"),
        id="glossary-accept",
    ),
    Binding("r", "decide('rename')", N_("Rename"), id="glossary-rename"),
    Binding("k", "decide('kind')", N_("Kind"), id="glossary-kind"),
    Binding("m", "decide('merge')", N_("Merge"), id="glossary-merge"),
    Binding("s", "decide('split')", N_("Split"), id="glossary-split"),
    Binding(
        "x",
        "decide('reject')",
        N_("Reject"),
        tooltip=N_("Never propose this name again"),
        id="glossary-reject",
    ),
    Binding("ctrl+z", "decide('undo')", N_("Undo decision"), id="glossary-undo"),
]
"""The reader's decisions; each works on the entry shown or highlighted."""


def ask_decision(
    screen: Screen[Any], context: GlossaryContext, action: str, entry: Entry | None
) -> None:
    """Open the dialog ``action`` needs for ``entry``; its answer goes to the decider.
    ``undo`` takes back the last decision, whatever the entry."""
    decider = context.decider
    if decider is None:
        return
    if action == "undo":
        decider.undo()
        return
    if entry is None:
        return
    reason = refusal(action, entry)
    if reason is not None:
        screen.notify(reason, title=_("Glossary"), severity="warning", markup=False)
        return
    decide = decider.decide
    if action == "accept":
        decide(Decision("accept", entry))
    elif action == "rename":
        from reader.dialogs.glossary_rename import RenameDialog

        screen.app.push_screen(
            RenameDialog(entry.name),
            partial(_then, decide, lambda name: Decision("rename", entry, name=name)),
        )
    elif action == "kind":
        from reader.dialogs.glossary_kind import KindDialog

        screen.app.push_screen(
            KindDialog(entry.name, str(entry.kind)),
            partial(_then, decide, lambda kind: Decision("kind", entry, kind=kind)),
        )
    elif action == "merge":
        from reader.dialogs.glossary_merge import MergeDialog

        dialog = MergeDialog(entry, merge_candidates(context, entry))
        screen.app.push_screen(dialog, partial(_merge_chosen, screen, context, entry))
    elif action == "split":
        _ask_split(screen, entry, decide)
    elif action == "reject":
        from reader.dialogs.confirm import ConfirmDialog

        names = entry.all_names()
        question = (
            _("Reject {names}? It will not be proposed again.")
            if len(names) == 1
            else _("Reject {names}? They will not be proposed again.")
        ).format(names=", ".join(names))
        screen.app.push_screen(
            ConfirmDialog(question, yes=_("Reject")),
            partial(_confirmed, decide, Decision("reject", entry)),
        )


def _ask_split(screen: Screen[Any], entry: Entry, decide: Callable[[Decision], None]) -> None:
    names = entry.all_names()
    if len(names) < 2:
        screen.notify(
            _("{name} has only one name: there is nothing to split.").format(name=entry.name),
            title=_("Glossary"),
            markup=False,
        )
        return
    from reader.dialogs.glossary_split import SplitDialog

    screen.app.push_screen(
        SplitDialog(entry.name, names),
        partial(_then, decide, lambda names: Decision("split", entry, names=tuple(names))),
    )


def merge_candidates(context: GlossaryContext, entry: Entry) -> list[Entry]:
    """What ``entry`` can be merged with: any other entry, except that two curated entries
    are never merged (one must be found in the documents); those mentioned in the open
    documents come first."""
    entries = [
        other
        for other in context.glossary.entries.values()
        if other.id != entry.id and "discovered" in (entry.source, other.source)
    ]
    return sorted(entries, key=lambda other: not context.is_mentioned(other.id))


def _then(
    decide: Callable[[Decision], None], build: Callable[[Any], Decision], answer: Any
) -> None:
    """A dialog's answer (None: cancelled) made into a decision and carried out."""
    if answer is not None:
        decide(build(answer))


def _merge_chosen(
    screen: Screen[Any], context: GlossaryContext, entry: Entry, other_id: str | None
) -> None:
    """Merge with the entry chosen; into a curated entry only when the reader confirms (the
    found entry leaves the list, and a slip of ↓ in the dialog chooses another one)."""
    other = context.glossary.get(other_id) if other_id else None
    if other is None or context.decider is None:
        return
    decision = Decision("merge", entry, other=other)
    curated = next((e for e in (other, entry) if e.source != "discovered"), None)
    if curated is None:
        context.decider.decide(decision)
        return
    from reader.dialogs.confirm import ConfirmDialog

    gone = entry if curated is other else other
    question = _("Merge {gone} into {keep}? Its names become names of {keep}.").format(
        gone=gone.name, keep=curated.name
    )
    screen.app.push_screen(
        ConfirmDialog(question, yes=_("Merge")),
        partial(_confirmed, context.decider.decide, decision),
    )


def _confirmed(decide: Callable[[Decision], None], decision: Decision, yes: bool | None) -> None:
    if yes:
        decide(decision)
