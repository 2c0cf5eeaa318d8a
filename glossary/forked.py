"""Two halves of one job on two cores: the second half in a forked child process.

Name discovery reads a long document in two halves and merges what they found in order. The
child is forked, so it shares the loaded models, word lists and the document's words
(copy-on-write) and starts at once, with nothing to load or to send; only its result comes
back, pickled through a pipe. Used on Linux with two cores or more when one is idle
(elsewhere, where a fork is unsafe, and on a busy machine, the halves run one after the
other). When the child cannot be made, fails,
or is not heard from in time, the parent reads its half itself: the result is the same
either way, only slower. ``Turns`` lets the two take chunks of one list in turns instead of
halves fixed in advance (numbers in a pipe made before the fork, each read by one of them).
"""

from __future__ import annotations

import os
import pickle
import select
import signal
import sys
import time
from array import array
from collections.abc import Callable, Iterator
from types import TracebackType
from typing import TypeVar

T = TypeVar("T")

Cancelled = Callable[[], bool] | None
"""Polled by a half while it runs; when it returns True, the half raises (its own choice)."""

MIN_WAIT = 10.0
"""Seconds the parent waits for the child after its own half, at least..."""
WAIT_FACTOR = 4.0
"""...or this many times as long as its own half took (a busy machine slows the child)."""
POLL = 0.1
"""Seconds between two looks at ``cancelled`` while waiting for the child."""


def can_fork() -> bool:
    """Whether this process may fork a child for a half: Linux (where forking a process
    that holds loaded models is safe and cheap) with two cores or more for it."""
    return sys.platform == "linux" and hasattr(os, "fork") and len(os.sched_getaffinity(0)) >= 2


def core_to_spare() -> bool:
    """Whether a core is likely idle for the child: the load of the last minute leaves one
    free. On a busy machine the halves would only take turns, and the child's words cost
    more CPU time than one reading (each half judges the words it meets)."""
    return os.getloadavg()[0] <= len(os.sched_getaffinity(0)) - IDLE_CORE


IDLE_CORE = 0.5
"""How much of a core the recent load must leave free."""


def halves(
    first: Callable[[Cancelled], T], second: Callable[[Cancelled], T], cancelled: Cancelled
) -> tuple[T, T]:
    """``first(cancelled)`` here and ``second(None)`` in a forked child, at the same time.

    Raises:
        Whatever ``first`` or ``second`` raise in this process (``second`` runs here when
        the child gave no result, and then polls ``cancelled``).
    """
    try:
        reading, writing = os.pipe()
    except OSError:
        return first(cancelled), second(cancelled)
    try:
        child = os.fork()
    except OSError:
        os.close(reading)
        os.close(writing)
        return first(cancelled), second(cancelled)
    if child == 0:
        _child(reading, writing, second)
    os.close(writing)
    theirs: list[T] = []
    try:
        started = time.monotonic()
        own = first(cancelled)
        waited = max(MIN_WAIT, WAIT_FACTOR * (time.monotonic() - started))
        theirs = _result(reading, waited, cancelled)
    finally:
        os.close(reading)
        _end(child)
    return own, theirs[0] if theirs else second(cancelled)


def _child(reading: int, writing: int, job: Callable[[Cancelled], T]) -> None:
    """Run ``job`` and send its result; never return into the parent's code (``_exit``
    skips the handlers and buffers the parent owns). Signals are blocked: a handler the
    parent set (a terminal resize) must not run here; the parent kills the child if need be."""
    status = 1
    try:
        signal.pthread_sigmask(signal.SIG_BLOCK, signal.valid_signals())  # the parent's to handle
        os.close(reading)
        data = pickle.dumps(job(None), protocol=pickle.HIGHEST_PROTOCOL)
        with os.fdopen(writing, "wb") as out:
            out.write(data)
        status = 0
    finally:
        os._exit(status)


def _result(reading: int, waited: float, cancelled: Cancelled) -> list[T]:
    """The child's result (a list of one), or ``[]`` when it sent none in time, failed or
    the caller cancelled (the parent then runs the half itself, and sees ``cancelled``)."""
    chunks: list[bytes] = []
    deadline = time.monotonic() + waited
    while time.monotonic() < deadline:
        if cancelled is not None and cancelled():
            return []
        ready, _, _ = select.select([reading], [], [], POLL)
        if not ready:
            continue
        chunk = os.read(reading, 1 << 20)
        if not chunk:  # the child closed the pipe: done, or died
            try:
                return [pickle.loads(b"".join(chunks))] if chunks else []
            except (pickle.UnpicklingError, EOFError, ValueError):
                return []
        chunks.append(chunk)
    return []


def _end(child: int) -> None:
    """Make sure the child is gone and reaped (it may still be running after a failure)."""
    try:
        done, _ = os.waitpid(child, os.WNOHANG)
        if done == 0:
            os.kill(child, signal.SIGKILL)
            os.waitpid(child, 0)
    except (ChildProcessError, ProcessLookupError):
        pass


MAX_TURNS = 2048
"""Most numbers :class:`Turns` hands out: two bytes each, they fill at most one page, the
least a pipe holds and the most one write puts in it whole (``PIPE_BUF`` on Linux)."""


class Turns:
    """The numbers 0 … ``count`` − 1, each taken by whichever of a parent and its forked
    child asks first: two halves that take their work in turns (chunks of a list) finish
    together however the machine shares its cores, where a split fixed in advance leaves
    one core idle while the other half, started later or slowed by another program, ends.

    The numbers wait in a pipe made before the fork and written whole at once, so a taker
    never blocks: a read of one number is one number (reads of a pipe never interleave), and
    once all are taken the pipe reads as ended. Use it as a context manager, before the fork.

    Raises:
        ValueError: ``count`` is more than ``MAX_TURNS``.
        OSError: No pipe could be made.
    """

    def __init__(self, count: int) -> None:
        if not 0 <= count <= MAX_TURNS:
            raise ValueError(f"{count} turns, at most {MAX_TURNS}")
        self._reading, writing = os.pipe()
        try:
            os.write(writing, array("H", range(count)).tobytes())
        except BaseException:
            os.close(self._reading)  # no caller gets an object to close it by
            raise
        finally:
            os.close(writing)

    def __iter__(self) -> Iterator[int]:
        """The numbers this process takes, until none is left."""
        while len(number := os.read(self._reading, 2)) == 2:
            yield int.from_bytes(number, sys.byteorder)

    def __enter__(self) -> Turns:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        os.close(self._reading)
