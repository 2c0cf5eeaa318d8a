"""The ``reader`` command line: the app by default, subcommands for scripts and the shell.

Each subcommand lives in its own module with ``register(subparsers)`` (adding its parser and
``func=run``) and ``run(args) -> int``; ``SUBCOMMANDS`` lists them in help order.
"""

from __future__ import annotations

import argparse
import atexit
import importlib
import os
import sys
from typing import NoReturn

from reader import __version__

SUBCOMMANDS = [
    "reader.cli.docs_cmd",
    "reader.cli.show_cmd",
    "reader.cli.add_cmd",
    "reader.cli.remove_cmd",
    "reader.cli.meta_cmd",
    "reader.cli.notes_cmd",
    "reader.cli.search_cmd",
    "reader.cli.index_cmd",
    "reader.cli.timeline_cmd",
    "reader.cli.links_cmd",
    "reader.cli.glossary_cmd",
]


class _NotTheApp(Exception):
    """The command line asks for more than the app (a command, help or a mistake)."""


class _AppParser(argparse.ArgumentParser):
    """The options of the app alone: parsing them needs none of the command modules."""

    def error(self, message: str) -> NoReturn:
        raise _NotTheApp(message)


def _add_app_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--version", action="version", version=f"reader {__version__}")
    parser.add_argument("--lang", choices=["de", "en"], help="language of the interface")
    parser.add_argument("--left", metavar="ID", help="document shown in the left pane")
    parser.add_argument("--right", metavar="ID", help="document shown in the right pane")


class _JsonErrorParser(argparse.ArgumentParser):
    """A parser for a command line asking for ``--json``: a mistake in it is reported as
    the commands report errors then (``reader.cli.output.fail``), with argparse's code 2."""

    def error(self, message: str) -> NoReturn:
        from reader.cli.output import fail, json_errors

        json_errors(True)
        sys.exit(fail(f"{self.prog}: {message}", 2))


def build_parser(command: str | None = None, json_errors: bool = False) -> argparse.ArgumentParser:
    """The full parser, or with ``command`` one whose only subcommand is that one.

    Args:
        command: A subcommand name ("notes"); None registers all of them (help, mistakes).
        json_errors: Report a mistake on the command line as a JSON object (``--json``).
    """
    parser_class = _JsonErrorParser if json_errors else argparse.ArgumentParser
    parser = parser_class(
        prog="reader",
        description="A terminal reading companion: two documents side by side, with search, "
        "glossary, timeline, cross-links and notes. Without a command it opens the app.",
    )
    _add_app_arguments(parser)
    subparsers = parser.add_subparsers(title="commands", metavar="COMMAND")
    for name in SUBCOMMANDS:
        if command is None or name == _module_of(command):
            importlib.import_module(name).register(subparsers)
    return parser


def _module_of(command: str) -> str:
    return f"reader.cli.{command}_cmd"


def parse_command_line(argv: list[str] | None) -> argparse.Namespace:
    """The app's options when that is all there is; otherwise the full parser decides.

    Building the full parser imports every command module (and with them the search index
    and the glossary), which starting the app must not pay for, nor a command that needs
    neither (``reader notes list``): a known command gets a parser with only its own module.
    """
    app_only = _AppParser(prog="reader", add_help=False)
    _add_app_arguments(app_only)
    rest: list[str] = []
    try:
        args, rest = app_only.parse_known_args(argv)
        if not rest:
            return args
    except _NotTheApp:
        pass
    command = rest[0] if rest and _module_of(rest[0]) in SUBCOMMANDS else None
    json_errors = "--json" in (sys.argv[1:] if argv is None else argv)
    return build_parser(command, json_errors).parse_args(argv)


def launch_app(args: argparse.Namespace) -> int:
    """Open the app; a document that cannot be opened is a one-line error, not a traceback,
    and so is standard input that is not a terminal (a file or /dev/null would give the app
    no keys and its input thread an end-of-file to read again and again)."""
    if sys.stdin is None or not sys.stdin.isatty():
        from reader.cli.output import fail

        return fail(
            "the app reads its keys from a terminal, and standard input is not one "
            "(the commands work without one: reader --help)"
        )
    from reader import collector

    collector.pause()  # until the first frame; see reader/collector.py
    # Imported here, not at the top: the subcommands never load the app's modules.
    from documents.errors import DocumentError
    from reader.cli.output import fail
    from reader.launch import make_app

    try:
        app = make_app(args)
    except DocumentError as error:
        return fail(str(error))
    app.run()
    return 0


class _EndWithoutTeardown:
    """Ends a command's process once the exit handlers have run, skipping the interpreter's
    teardown: after ``reader index`` or ``reader add`` that teardown (freeing the compound
    lexicon, the word analyses and every module one object at a time) took ~0.07 s of CPU,
    a twentieth of the command, for memory the system takes back at once anyway.

    Created before the command's modules are imported, so atexit (last in, first out) calls
    it after their handlers (filelock releasing held locks, logging flushing); threads are
    joined before any handler runs. Only a command that returned sets ``code``, and only
    when the output flushes does it end the process: anything else exits as usual.
    """

    def __init__(self) -> None:
        self.code: int | None = None
        """The command's exit code, once it has returned."""
        atexit.register(self._end)

    def _end(self) -> None:
        if self.code is None:
            return
        try:
            sys.stdout.flush()
            sys.stderr.flush()
        except (OSError, ValueError):  # a closed pipe or stream: Python reports it as usual
            return
        os._exit(self.code)


def main(argv: list[str] | None = None) -> int:
    """Parse the command line and run a subcommand or the app; returns the exit code.

    Args:
        argv: The arguments (tests); None reads this process's own command line, and a
            command then ends the process without the interpreter's teardown.
    """
    ending = _EndWithoutTeardown() if argv is None else None
    args = parse_command_line(argv)
    from reader.cli.output import json_errors

    json_errors(bool(getattr(args, "json", False)))
    try:
        if hasattr(args, "func"):
            code = int(args.func(args))
            if ending is not None:
                ending.code = code
            return code
        return launch_app(args)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        sys.stderr.close()
        return 0
