"""Shared output for subcommands: JSON on stdout, Rich for people, one-line errors.

Rich is loaded when a command first prints through it, not with this module: the plain
notes list writes its lines itself and never needs it (Rich was about 4 % of listing
50,000 notes).
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from documents.sanitize import clean_field, json_safe

if TYPE_CHECKING:
    from rich.console import Console
    from rich.table import Column

    console: Console
    error_console: Console


_consoles: dict[str, tuple[object, Console]] = {}
"""Each console with the stream it was made for: Rich decides colour and width when a console
is made, so a console made while another stream stood in (a test, an app capturing output)
must not print to the next one."""


def __getattr__(name: str) -> Any:
    """``console`` and ``error_console`` for the current stdout and stderr, made at first use."""
    if name not in ("console", "error_console"):
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from rich.console import Console

    stream = sys.stderr if name == "error_console" else sys.stdout
    made = _consoles.get(name)
    if made is None or made[0] is not stream:
        if name == "error_console":
            made = stream, Console(stderr=True, highlight=False)
        else:
            made = stream, Console(highlight=False, width=_piped_width())
        _consoles[name] = made
    return made[1]


def _console(name: str) -> Console:
    """The module's console of that name: one set on the module (a test's) before our own."""
    console: Console = getattr(sys.modules[__name__], name)
    return console


PIPED_WIDTH = 160
"""Columns of a table written to a pipe or file: Rich's default of 80 folds every sentence
of ``reader timeline | less`` over ten lines (``COLUMNS`` still decides when it is set)."""


def _piped_width() -> int | None:
    """The width for standard output when it is no terminal, else None (the terminal's)."""
    if sys.stdout.isatty() or os.environ.get("COLUMNS", "").isdigit():
        return None
    return PIPED_WIDTH


def say(message: str, *, style: str | None = None, err: bool = False, wrap: bool = True) -> None:
    """Print a message as plain text (never markup), on stdout or with ``err`` on stderr.

    Args:
        message: The text; user text in it is shown as it is, never read as markup.
        style: A Rich style for the whole line ("yellow").
        err: Print to stderr.
        wrap: False prints it as one line however long (``soft_wrap``), for paths.
    """
    from rich.text import Text

    out = _console("error_console" if err else "console")
    out.print(Text(message, style=style or ""), soft_wrap=not wrap)


@contextmanager
def working(message: str, shown: bool = True) -> Iterator[Callable[[str], None]]:
    """A passing status line on stderr while slow work runs (reading the library's names,
    dating it), so a first run in a new home does not sit silent; Rich shows it only on a
    terminal, and ``shown`` is False for ``--json``.

    Yields:
        A function that replaces the message (``"dating swp-belarus-2023 (1/4)"``).
    """
    from rich.text import Text

    status = _console("error_console").status(Text(message))
    if shown:
        status.start()
    try:
        yield lambda new: status.update(Text(new))
    finally:
        status.stop()


def terminal_width() -> int:
    """The width ``console.width`` gives, without loading Rich: ``COLUMNS`` if it is a
    number, else the first of stdin, stdout and stderr that is a terminal, else 80."""
    columns = os.environ.get("COLUMNS")
    if columns is not None and columns.isdigit():
        return int(columns)
    for descriptor in (0, 1, 2):
        try:
            return os.get_terminal_size(descriptor).columns or 80
        except (AttributeError, ValueError, OSError):
            continue
    return 80


def emit_json(value: Any) -> int:
    """Print ``value`` as JSON (UTF-8, not ASCII-escaped) and return exit code 0."""
    sys.stdout.write(json_safe(json.dumps(value, ensure_ascii=False, indent=2)) + "\n")
    return 0


_errors_as_json = False
"""Whether ``fail`` writes JSON: set for a command run with ``--json`` (``json_errors``)."""


def json_errors(wanted: bool) -> None:
    """Make ``fail`` write each error as one JSON object on stderr (a command with ``--json``)
    or as a plain line (the default). Standard output stays the command's own JSON, even
    when a file was skipped along the way."""
    global _errors_as_json
    _errors_as_json = wanted


def fail(message: str, code: int = 1) -> int:
    """Print a one-line error to stderr; user text in it is never markup nor a control.

    With ``--json`` the line is ``{"error": message, "code": code}``, ``code`` being the exit
    code the error gives.
    """
    if _errors_as_json:
        error = json.dumps({"error": clean_field(message), "code": code}, ensure_ascii=False)
        sys.stderr.write(json_safe(error) + "\n")
        return code
    say(f"reader: {clean_field(message)}", style="red", err=True, wrap=False)
    return code


def warn(message: str, *, style: str = "yellow", prefix: str = "") -> None:
    """Report a problem the command goes on after (a document that does not load) on stderr:
    ``{"warning": message}`` with ``--json``, else the line ``prefix + message``."""
    if _errors_as_json:
        warning = json.dumps({"warning": clean_field(message)}, ensure_ascii=False)
        sys.stderr.write(json_safe(warning) + "\n")
        return
    say(prefix + clean_field(message), style=style, err=True, wrap=False)


def whole_column(header: str, values: list[str], share: float = 0.2) -> Column:
    """A column whose cells are never cut with an ellipsis: a document id or a date shortened
    to ``swp-belaru…`` can't be typed back into another command. A cell stays on one line
    while it fits in ``share`` of the terminal's width (ids, which are copied, take two
    fifths; dates a fifth); a longer one folds onto the next line.

    The column is kept from wrapping rather than given a minimum width: Rich applies a
    minimum after it has shrunk the other columns to fit, so a long id (46 characters at 160
    columns) pushed the last columns off the edge (trial 22: ``reader docs`` lost its notes
    column, piped or not)."""
    from rich.table import Column

    width = max((len(value) for value in values), default=0)
    room = max(0, int(_console("console").width * share))
    return Column(header, overflow="fold", no_wrap=max(width, len(header)) <= room)


def add_json_flag(parser: Any) -> None:
    """Every subcommand can print JSON for scripts instead of its table."""
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")


def add_document_id(parser: Any) -> None:
    """The positional document id, worded the same wherever a command takes one."""
    parser.add_argument("id", help="document id (see `reader docs`)")
