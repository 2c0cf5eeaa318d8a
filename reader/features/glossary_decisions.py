"""The reader's decisions about glossary entries, as the panel and cards ask for them.

A ``Decision`` says what the reader chose (accept, rename, kind, merge, split, reject);
``carry_out`` writes it to their glossary file with ``glossary.decisions`` and says, in the
UI's language, what happened, which entry to show next, and how to undo it (the file's text
before and after). ``GlossaryFeature`` then reloads the glossary and redraws.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from glossary.decisions import (
    ACCEPTED_PREFIX,
    DecisionError,
    accept,
    file_state,
    merge,
    reject_entry,
    split,
)
from reader.dialogs.glossary_kinds import kind_label
from reader.i18n import _

if TYPE_CHECKING:
    from glossary.entities import Entry

Action = Literal["accept", "rename", "kind", "merge", "split", "reject"]
"""Every decision, in the order the keys list them."""


@dataclass(frozen=True, slots=True)
class Decision:
    """One decision about ``entry``; the other fields are what its dialog asked for."""

    action: Action
    """What the reader decided."""
    entry: Entry
    name: str = ""
    """The new name (rename)."""
    kind: str = ""
    """The new kind (kind)."""
    other: Entry | None = None
    """The entry to merge with (merge)."""
    names: tuple[str, ...] = ()
    """The names that leave the entry (split)."""


@dataclass(frozen=True, slots=True)
class Done:
    """A decision written to the file: what to say, what to show, what undo restores."""

    message: str
    follow: dict[str, str | None] = field(default_factory=dict)
    """Entry ids that changed: old id → the id to show instead (None: gone); the entry the
    decision was about comes first (undo goes back to it)."""
    before: str | None = None
    """The file's text before the decision (None: there was no file)."""
    after: str | None = None
    """The file's text after it."""


def refusal(action: str, entry: Entry) -> str | None:
    """Why ``action`` cannot be taken on ``entry`` (None when it can): curated entries are
    kept, so they are not accepted again, split or rejected; one a decision made the reader's
    own may still be split (``decisions.split`` says if its table was edited by hand)."""
    if entry.source == "discovered":
        return None
    if action == "split" and entry.id.startswith(ACCEPTED_PREFIX):
        return None
    if action == "accept":
        return _("{name} is already in the glossary.").format(name=entry.name)
    if action in {"split", "reject"}:
        return _(
            "{name} is a curated entry: only entries found in the documents can be split or "
            "rejected (edit your glossary.toml for the others)."
        ).format(name=entry.name)
    return None


def carry_out(path: Path, decision: Decision) -> Done:
    """Write ``decision`` to the glossary file at ``path``.

    Raises:
        DecisionError: the decision cannot be carried out (the message says why).
        OSError: the file cannot be read or written.
    """
    reason = refusal(decision.action, decision.entry)
    if reason is not None:
        raise DecisionError(reason)
    before = file_state(path)
    message, follow = _write(path, decision)
    return Done(message, follow, before, file_state(path))


def _write(path: Path, decision: Decision) -> tuple[str, dict[str, str | None]]:
    """Write the decision; the message and the ids to follow."""
    entry = decision.entry
    if decision.action == "accept":
        new_id = accept(path, entry)
        return _("Accepted {name}: it is in your glossary now.").format(name=entry.name), {
            entry.id: new_id
        }
    if decision.action == "rename":
        new_id = accept(path, entry, name=decision.name)
        message = _("Renamed {old} to {new}; the old name stays an alias.")
        return message.format(old=entry.name, new=decision.name.strip()), {entry.id: new_id}
    if decision.action == "kind":
        new_id = accept(path, entry, kind=decision.kind)
        message = _("{name} is now: {kind}.").format(
            name=entry.name, kind=kind_label(decision.kind)
        )
        return message, {entry.id: new_id}
    if decision.action == "merge":
        return _merge(path, entry, decision.other)
    if decision.action == "split":
        kept, new = split(path, entry, list(decision.names))
        message = _("Split {names} off {name}: two entries now.").format(
            names=", ".join(decision.names), name=entry.name
        )
        return message, {entry.id: kept}
    if decision.action == "reject":
        names = reject_entry(path, entry)
        message = _("Rejected {names}: not proposed again.").format(names=", ".join(names))
        return message, {entry.id: None}
    raise DecisionError(f"unknown decision {decision.action!r}")


def _merge(path: Path, entry: Entry, other: Entry | None) -> tuple[str, dict[str, str | None]]:
    """The curated one of the two keeps its name and takes the other's names; of two found
    in the documents, the entry the reader started from keeps its name."""
    if other is None:
        raise DecisionError(_("Choose the entry to merge with."))
    keep, gone = entry, other
    if entry.source == "discovered" and other.source != "discovered":
        keep, gone = other, entry
    if gone.source != "discovered":
        raise DecisionError(
            _(
                "{a} and {b} are both curated entries: edit your glossary.toml to merge them."
            ).format(a=entry.name, b=other.name)
        )
    kept_id = merge(path, keep, gone)
    message = _("Merged {gone} into {keep}.").format(gone=gone.name, keep=keep.name)
    return message, {entry.id: kept_id, other.id: kept_id}
