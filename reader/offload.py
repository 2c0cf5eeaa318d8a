"""A heavy job over a long library in a child process, so the app never holds its peak.

Indexing a long document and reading its names build structures of tens of bytes a
character while they work (a 20 MB text: about 500 MB each), and a Python process keeps much
of what it has freed (heap fragments, word caches). In a child process that peak is the
child's, and it ends with the child: the app only receives the compact result (a sync's
report, the index being on disk; the glossary with the names found).

The child is a fresh ``python -m reader.offload``, not a fork (unsafe from the app's worker
threads, and unavailable on some systems) nor multiprocessing's "spawn" (which re-runs the
caller's main module). Its job, a module-level function with its arguments, goes through a
temporary file; progress and the result come back as pickles on its standard output. Pickle
only ever crosses between this module's two ends in one run; nothing is kept.

A child that cannot start, fails or dies raises :class:`ChildJobFailed` with a one-line
reason: the caller does the job itself, and the result is the same, only its memory is not
given back.
"""

from __future__ import annotations

import os
import pickle
import queue
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import IO, Any, Protocol, TypeVar

from reader.job_slot import Cancelled

R = TypeVar("R")

Progress = Callable[[Any], None]
"""Called in the app's process with what the job reported (any picklable value)."""

OFFLOAD_CHARS = 1_000_000
"""Text a library needs before its heavy jobs run in a child: a child costs a fresh
interpreter and its imports (about half a second of CPU), and below this the jobs' peaks
stay small (a 1 MB text: under 100 MB)."""

POLL = 0.1
"""Seconds between two looks at ``cancelled`` while the child works."""

PARENT_CHECK = 1.0
"""Seconds between the child's looks at whether the app that started it is still there."""


class ChildJobFailed(Exception):
    """The child gave no result; the message says why in one line."""


class Sized(Protocol):
    """What ``worth_a_child`` needs of a document."""

    @property
    def text(self) -> str: ...


def worth_a_child(documents: Sequence[Sized]) -> bool:
    """Whether the library's text is long enough for its heavy jobs to run in a child."""
    return sum(len(document.text) for document in documents) >= OFFLOAD_CHARS


def run_in_child(
    job: Callable[..., R],
    args: tuple[Any, ...],
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> R:
    """``job(*args, progress=...)`` in a child process; its result.

    Args:
        job: A module-level function (pickled by name); it gets a ``progress`` keyword to
            call with picklable values, which reach ``progress`` here.
        args: Its arguments (picklable).
        progress: Called in this process with each value the job reported.
        cancelled: Polled while the child works; True ends the child.

    Raises:
        Cancelled: ``cancelled()`` turned true (the child is ended; what it wrote but did
            not commit is left to the job's own clean-up).
        ChildJobFailed: The child could not start, failed or ended without a result.
    """
    child = _Child(job, args)
    try:
        while True:
            if cancelled is not None and cancelled():
                raise Cancelled
            try:
                kind, payload = child.messages.get(timeout=POLL)
            except queue.Empty:
                continue
            if kind == "progress":
                if progress is not None:
                    progress(payload)
            elif kind == "done":
                result: R = payload
                return result
            else:
                raise ChildJobFailed(payload)
    finally:
        child.stop()


class _Child:
    """The child process and a thread passing its messages on."""

    def __init__(self, job: Callable[..., Any], args: tuple[Any, ...]) -> None:
        # Imported here: importing ``index.child_process`` runs ``index/__init__``, which loads
        # Whoosh, and this module is on the app's start path.
        from index.child_process import START_ERRORS, start_module

        self.messages: queue.Queue[tuple[str, Any]] = queue.Queue()
        self._errors = tempfile.TemporaryFile()
        self._process: subprocess.Popen[bytes] | None = None
        self._job: Path | None = None
        try:
            self._job, self._process = start_module("reader.offload", (job, args), self._errors)
        except START_ERRORS as error:
            self.stop()
            raise ChildJobFailed(f"no child process for {_name(job)} ({error})") from None
        assert self._process.stdout is not None
        reader = threading.Thread(target=self._read, args=(self._process.stdout,), daemon=True)
        reader.start()

    def _read(self, stream: IO[bytes]) -> None:
        """Pass the child's messages on; when its output ends without a result, say why."""
        try:
            while True:
                message = pickle.load(stream)
                self.messages.put(message)
                if message[0] != "progress":
                    return
        except Exception:  # noqa: BLE001 - end of output, or output that is no message
            self.messages.put(
                ("failed", f"the child process ended without a result ({self._death()})")
            )

    def _death(self) -> str:
        """How the child ended: the last line it wrote, or its exit code."""
        assert self._process is not None
        code = self._process.wait()
        try:
            self._errors.seek(0)
            lines = self._errors.read().decode("utf-8", "replace").strip().splitlines()
        except (OSError, ValueError):  # stopped meanwhile (cancelled): nobody asks why
            lines = []
        return lines[-1][:200] if lines else f"exit code {code}"

    def stop(self) -> None:
        """End the child if it still runs, and remove its job file."""
        if self._process is not None:
            if self._process.poll() is None:
                self._process.terminate()
            try:
                self._process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self._process.kill()
                self._process.wait()
        if self._job is not None:
            self._job.unlink(missing_ok=True)
        self._errors.close()


def _name(job: Callable[..., Any]) -> str:
    return getattr(job, "__qualname__", repr(job))


def serve(job_file: Path, out: IO[bytes]) -> None:
    """The child's side: run the job and send its progress, then its result or failure."""

    def send(kind: str, payload: Any) -> None:
        pickle.dump((kind, payload), out, protocol=pickle.HIGHEST_PROTOCOL)
        out.flush()

    try:
        with job_file.open("rb") as file:
            job, args = pickle.load(file)
        result = job(*args, progress=lambda value: send("progress", value))
    except Exception as error:  # noqa: BLE001 - reported to the app, which does the job itself
        send("failed", f"{type(error).__name__}: {error}".splitlines()[0][:200])
        return
    send("done", result)


def _end_with_parent(parent: int) -> None:
    """Exit once the app that started this child is gone (it was killed, say): nobody is
    left to read the result."""
    while os.getppid() == parent:
        time.sleep(PARENT_CHECK)
    os._exit(1)


if __name__ == "__main__":
    # Imported by its name, so pickles refer to ``reader.offload``, not ``__main__``.
    from reader.offload import _end_with_parent, serve

    threading.Thread(target=_end_with_parent, args=(os.getppid(),), daemon=True).start()
    # The messages get their own copy of standard output; anything else printed goes to
    # standard error, which the app keeps for the reason of a failure (it owns the terminal).
    channel = os.fdopen(os.dup(1), "wb")
    os.dup2(2, 1)
    serve(Path(sys.argv[1]), channel)
