"""Regular expressions whose compiled form is kept on disk, for large rule sets built per process.

Python compiles a pattern in two steps: ``re._parser`` and ``re._compiler`` (pure Python)
turn the source into a list of opcodes, then ``_sre.compile`` (C) builds the pattern object
from that list. The first step is nearly all the cost: for the date tagger's rules of one
language (about 40 patterns, 22 KB of source) some 250 M instructions, a tenth of a
``reader index`` that adds a folder of short articles, paid again by every process that tags
dates. The opcodes depend only on the source, the flags and the interpreter's regex engine,
so a :class:`PatternSet` keeps them in one marshal file (data, never code) per rule set and
interpreter, and a later process runs only the second step.

Those two steps are CPython's private interface: the kept path is taken only on the versions
whose layout was checked (3.11 to 3.13: ``_parser.parse``, ``_compiler._code``,
``_sre.compile`` with six arguments; a later one compiles as usual until it is checked), and
the tests check that a kept pattern equals ``re.compile``'s (pattern objects compare their
opcodes). A missing, damaged or foreign file costs only the usual compile: the file carries a
digest of its patterns, so a changed byte is a miss rather than a different regex, and a kept
form ``_sre.compile`` refuses is compiled anew and the file rewritten.
"""

from __future__ import annotations

import hashlib
import marshal
import os
import re
import sys
from pathlib import Path
from typing import Any

try:  # the private modules of the versions this was written for
    import _sre  # type: ignore[import-not-found]
    from re import _compiler, _parser  # type: ignore[attr-defined]

    _LAYOUT = sys.implementation.name == "cpython" and (3, 11) <= sys.version_info[:2] <= (3, 13)
except ImportError:  # pragma: no cover - another interpreter
    _LAYOUT = False

__all__ = ["PatternSet", "keep_patterns_in"]

_saved_in: list[Path] = []
"""The folder the files go to (one item once set): none keeps nothing (tests, other tools)."""

_FORMAT = 2
"""Of the file: a marshalled (interpreter key, digest, marshalled {source: compiled form})."""
_REFUSED = (RuntimeError, TypeError, ValueError, OverflowError)
"""What ``_sre.compile`` raises for opcodes or a form it cannot take."""

Compiled = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]
"""What ``_sre.compile`` takes besides the source: flags, opcodes, group count (less one),
group names to numbers and numbers to names."""


def keep_patterns_in(directory: Path) -> None:
    """Keep the compiled rule sets in ``directory`` (created when first written)."""
    _saved_in[:] = [directory]


def _interpreter() -> str:
    """What the opcodes depend on besides the source: the regex engine's version."""
    return f"{_FORMAT}/{sys.version}/{_sre.MAGIC}/{_sre.CODESIZE}" if _LAYOUT else ""


class PatternSet:
    """The patterns one rule set compiles, kept under ``name`` (one file per name).

    Compile every pattern of the set through :meth:`compile`, then call :meth:`save`: the
    file then holds exactly the patterns of this run, so a rule changed in the source is
    compiled again once and the old form is dropped.
    """

    def __init__(self, name: str) -> None:
        self.path = _saved_in[0] / f"patterns-{name}.bin" if _saved_in and _LAYOUT else None
        self._kept = self._read()
        self._used: dict[str, Compiled] = {}
        self._stale = False

    def _read(self) -> dict[str, Compiled]:
        if self.path is None:
            return {}
        try:
            key, digest, packed = marshal.loads(self.path.read_bytes())
            if key != _interpreter() or digest != _digest(packed):
                return {}
            kept = marshal.loads(packed)
        except (OSError, EOFError, ValueError, TypeError):
            return {}
        return kept if isinstance(kept, dict) else {}

    def compile(self, source: str) -> re.Pattern[str]:
        """``re.compile(source)``, from the kept opcodes when the file has them."""
        if self.path is None:
            return re.compile(source)
        form = self._kept.get(source)
        if form is not None:
            try:
                pattern: re.Pattern[str] = _sre.compile(source, *form)
            except _REFUSED:
                self._stale = True  # a form the engine refuses: compile anew, write anew
            else:
                self._used[source] = form
                return pattern
        form = _compiled_form(source)
        self._used[source] = form
        return _sre.compile(source, *form)  # type: ignore[no-any-return]

    def save(self) -> None:
        """Write the file when this run compiled a pattern it did not hold (or held more, or
        one the engine refused); a folder that cannot be written costs only the compile next
        time."""
        if self.path is None or (self._used.keys() == self._kept.keys() and not self._stale):
            return
        packed = marshal.dumps(self._used)
        scratch = self.path.with_name(f"{self.path.name}.{os.getpid()}.tmp")
        try:
            self.path.parent.mkdir(exist_ok=True)  # not its parents: a folder gone stays gone
            scratch.write_bytes(marshal.dumps((_interpreter(), _digest(packed), packed)))
            os.replace(scratch, self.path)
        except OSError:
            scratch.unlink(missing_ok=True)


def _digest(packed: bytes) -> bytes:
    """What ties the kept forms to their bytes: a damaged file is a miss, not another regex."""
    return hashlib.blake2b(packed, digest_size=16).digest()


def _compiled_form(source: str) -> Compiled:
    """What ``re._compiler.compile`` hands to ``_sre.compile`` for ``source`` (no flags)."""
    parsed: Any = _parser.parse(source, 0)
    code = list(map(int, _compiler._code(parsed, 0)))  # opcodes are int subclasses
    names: dict[str, int] = parsed.state.groupdict
    numbers: list[str | None] = [None] * parsed.state.groups
    for group, number in names.items():
        numbers[number] = group
    return int(parsed.state.flags), code, parsed.state.groups - 1, names, tuple(numbers)
