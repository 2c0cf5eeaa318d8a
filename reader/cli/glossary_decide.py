"""``reader glossary NAME --accept/--rename/--kind/--merge/--split/--reject``: the reader's
decisions about an entry, written to their glossary file (``glossary.decisions``)."""

from __future__ import annotations

import argparse
from typing import Any

from glossary.decisions import DecisionError, accept, merge, reject, split
from glossary.entities import Entry, Glossary, Kind
from reader import paths
from reader.cli.output import emit_json, fail, say


def add_decision_flags(parser: Any) -> None:
    """The decision options of ``reader glossary``."""
    group = parser.add_argument_group("decisions (written to your glossary file)")
    group.add_argument("--accept", action="store_true", help="keep the entry as your own")
    group.add_argument("--rename", metavar="NAME", help="accept it under another name")
    group.add_argument("--kind", choices=list(Kind), help="accept it with another kind")
    group.add_argument(
        "--merge",
        metavar="OTHER",
        help="NAME keeps its name and kind and takes every name of entry OTHER, which goes",
    )
    group.add_argument(
        "--split", metavar="NAMES", help="comma-separated names that become an entry of their own"
    )
    group.add_argument("--reject", action="store_true", help="never propose this name again")


def wants_decision(args: argparse.Namespace) -> bool:
    """Whether the command line asks for a decision rather than a listing."""
    return bool(args.accept or args.rename or args.kind or args.merge or args.split or args.reject)


def decide(args: argparse.Namespace, glossary: Glossary) -> int:
    """Carry out one decision about the entry named ``args.term``; with ``--json`` the
    outcome is printed as ``{"decision", "names" | "entry", "saved", "path"}``, with
    ``"merged"`` (the other entry's id) for ``--merge``."""
    if not args.term:
        return fail("name the entry to decide about: reader glossary NAME --accept")
    path = paths.user_glossary_path()
    if args.reject:
        target = _one(glossary, args.term)
        names = target.all_names() if target else [args.term]
        try:
            for name in names:
                reject(path, name)
        except DecisionError as error:
            return fail(str(error))
        if args.json:
            return emit_json({"decision": "reject", "names": names, "path": str(path)})
        say(f"Rejected: {', '.join(names)} (in {path})", wrap=False)
        return 0
    entry = _one(glossary, args.term)
    if entry is None:
        return fail(f"no single glossary entry is named {args.term!r}")
    try:
        other = None
        if args.merge:
            other = _one(glossary, args.merge)
            if other is None:
                return fail(f"no single glossary entry is named {args.merge!r}")
            saved = [merge(path, entry, other)]
        elif args.split:
            names = [name.strip() for name in args.split.split(",") if name.strip()]
            saved = list(split(path, entry, names, args.kind or ""))
        else:
            saved = [accept(path, entry, name=args.rename or "", kind=args.kind or "")]
    except DecisionError as error:
        return fail(str(error) + _named_as(args, entry, other if args.merge else None))
    if args.json:
        outcome: dict[str, Any] = {"decision": _decision_name(args), "entry": entry.id}
        if other is not None:
            outcome["merged"] = other.id
        return emit_json({**outcome, "saved": saved, "path": str(path)})
    say(f"Saved {', '.join(saved)} in {path}", wrap=False)
    return 0


def _decision_name(args: argparse.Namespace) -> str:
    """The decision the flags ask for, as the JSON names it (``--rename`` with ``--kind``
    is a rename)."""
    for name in ("merge", "split", "rename", "kind"):
        if getattr(args, name):
            return name
    return "accept"


def _named_as(args: argparse.Namespace, entry: Entry, other: Entry | None) -> str:
    """Which entries the typed names stand for, where that is not plain from the names (a
    name merged into another entry before is now one of its aliases)."""
    found = [(args.term, entry)] + ([(args.merge, other)] if other is not None else [])
    told = [
        f"{typed!r} is a name of {named.name!r}"
        for typed, named in found
        if typed.casefold() != named.name.casefold()
    ]
    return f" ({'; '.join(told)})" if told else ""


def _one(glossary: Glossary, term: str) -> Entry | None:
    """The entry ``term`` names (any case, inflected), when exactly one does."""
    named = glossary.named(term)
    return named[0] if len(named) == 1 else None
