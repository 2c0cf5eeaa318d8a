"""Shared output for subcommands: JSON on stdout, Rich for people, one-line errors."""

from __future__ import annotations

import json
import sys
from typing import Any

from rich.console import Console
from rich.table import Column
from rich.text import Text

from documents.sanitize import clean_field, json_safe

console = Console(highlight=False)
error_console = Console(stderr=True, highlight=False)


def emit_json(value: Any) -> int:
    """Print ``value`` as JSON (UTF-8, not ASCII-escaped) and return exit code 0."""
    sys.stdout.write(json_safe(json.dumps(value, ensure_ascii=False, indent=2)) + "\n")
    return 0


def fail(message: str, code: int = 1) -> int:
    """Print a one-line error to stderr; user text in it is never markup nor a control."""
    error_console.print(Text(f"reader: {clean_field(message)}", style="red"), soft_wrap=True)
    return code


def whole_column(header: str, values: list[str]) -> Column:
    """A column whose cells are never cut with an ellipsis: a document id or a date shortened
    to ``swp-belaru…`` can't be typed back into another command. A cell stays on one line while
    it fits in two fifths of the terminal (ids are for copying, titles may wrap); a longer one
    folds onto the next line."""
    width = max((len(value) for value in values), default=0)
    room = max(0, console.width * 2 // 5)
    return Column(header, overflow="fold", min_width=min(max(width, len(header)), room))


def add_json_flag(parser: Any) -> None:
    """Every subcommand can print JSON for scripts instead of its table."""
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")


def add_document_id(parser: Any) -> None:
    """The positional document id, worded the same wherever a command takes one."""
    parser.add_argument("id", help="document id (see `reader docs`)")
