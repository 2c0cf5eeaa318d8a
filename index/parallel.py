"""The second core for large builds: a helper process writes part of the documents as a segment.

Whoosh allows one writer per index, but a segment is just files; the writer that holds the
lock can put a segment written elsewhere into the index's table of contents when it commits
(Whoosh's own multiprocessing writer does the same). So for a large build the documents are
cut in two: the sync's writer indexes the first part, and a helper process indexes the second
part into a new segment in the same folder, with the same bulk writer and the saved token
analyses. The helper's segment follows the writer's own, so documents keep their order and
searches find and rank exactly what a one-process build finds.

The helper is a fresh ``python -m index.parallel``, not a fork (unsafe from the app's worker
threads) nor multiprocessing's "spawn" (which re-runs the caller's main module). Its input,
the documents and the date tagger, goes through a temporary file; progress and the written
segment come back as pickles on its standard output. Pickle only ever crosses between this
module's two ends in one run; nothing is kept.

It costs a fresh interpreter, imports and its own token cache (about a second of CPU), so it
is used only for builds of at least ``PARALLEL_MIN_CHARS`` of text and only on a machine with
more than one core. Any failure of the helper (it cannot start, it crashes, the date tagger
cannot be sent to it) costs time, not documents: the sync indexes its part itself.

A process with no thread but its main one (``reader index``, a benchmark; not the app, whose
sync runs in a worker thread) forks its helper instead (Linux): the child starts at once with
the documents, the date tagger, the compound lexicon and the analyses of every new word of
the batch already in memory (:mod:`index.vocabulary`), so it pays only for its own part,
and a build of a few hundred kilobytes (a folder of articles) is worth splitting
(``FORK_MIN_CHARS``). The child sends the same messages back and ends with ``os._exit``,
running none of the parent's clean-up.
"""

from __future__ import annotations

import contextlib
import gc
import os
import pickle
import queue
import signal
import subprocess
import sys
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from whoosh import index as whoosh_index

from documents.model import Document
from index.analysis import export_token_terms, token_cache_counts
from index.build import DatesFor, document_records
from index.child_process import START_ERRORS, start_module
from index.decompound import prepare_lexicon
from index.term_cache import load_term_cache
from index.writer import BulkWriter

PARALLEL_MIN_CHARS = 2_000_000
"""Text a build needs before a helper process pays for its start (measured: ~1 s of CPU)."""

HELPER_START_CHARS = 600_000
"""Text the sync indexes while its helper starts (a fresh interpreter, imports, the saved
analyses read; about a second of CPU), so that both finish their segments together
(measured on the 4 MB benchmark corpus: with an even split the sync waited ~0.8 s CPU)."""

FORK_MIN_CHARS = 150_000
"""Text a build needs before a forked helper is worth its start (a few milliseconds, and
the batch's new words analysed on both cores first, see :mod:`index.vocabulary`)."""

FORK_HELPERS = True
"""Whether helpers are forked where :func:`can_fork` allows it (False: always a new process)."""


def can_fork() -> bool:
    """Whether a helper may be forked: Linux, and no thread but this one (a fork copies only
    the calling thread, so a lock another thread holds would stay locked in the child)."""
    return (
        FORK_HELPERS
        and sys.platform.startswith("linux")
        and threading.active_count() == 1
        and threading.current_thread() is threading.main_thread()
    )


def helper_share(documents: Sequence[Document], forked: bool = False) -> int:
    """How many documents, from the end, the helper process should index (0: none).

    About half of the text after ``HELPER_START_CHARS`` (a forked helper: half of it; it
    starts as the sync does, with every new word analysed and the date rules compiled, see
    :func:`index.vocabulary.analyse_in_two`), so both processes finish at about the same time.
    """
    if len(documents) < 2 or (os.cpu_count() or 1) < 2:
        return 0
    total = sum(len(document.text) for document in documents)
    if total < (FORK_MIN_CHARS if forked else PARALLEL_MIN_CHARS):
        return 0
    head_start = 0 if forked else HELPER_START_CHARS
    taken = count = 0
    for document in reversed(documents):
        if taken + len(document.text) > (total - head_start) / 2 and count:
            break
        taken += len(document.text)
        count += 1
    return min(count, len(documents) - 1)


@dataclass
class HelperResult:
    """What the helper process sends back when it has written its segment."""

    segment: Any = None
    """The Whoosh segment it wrote (None: it failed and its documents must be indexed here)."""
    tokens: dict[str, dict[str, list[str]]] = field(default_factory=dict)
    """Tokens it analysed that the saved cache did not have (for the cache file)."""
    warnings: list[str] = field(default_factory=list)
    problem: str | None = None


class SegmentHelper:
    """A helper process indexing ``documents`` into a new segment of the index at ``path``.

    Args:
        path: The index folder (the caller holds the write lock).
        documents: The documents the helper indexes, in order.
        dates_for: The sentence date tagger; it must be picklable (a module-level function)
            unless the helper is forked.
        limitmb: The helper writer's pool memory.
        forked: Fork this process (see :func:`can_fork`) rather than start a new one.
    """

    def __init__(
        self,
        path: Path,
        documents: Sequence[Document],
        dates_for: DatesFor | None,
        limitmb: int,
        forked: bool = False,
    ) -> None:
        self.documents = list(documents)
        self.done = 0
        """Documents the helper has reported as indexed."""
        self._messages: queue.Queue[tuple[str, Any]] = queue.Queue()
        self._process: subprocess.Popen[bytes] | None = None
        self._child: int | None = None
        """The forked helper's process id, until it is waited for."""
        self._result: HelperResult | None = None
        self._job: Path | None = None
        prepare_lexicon()  # saved beside the index before the helper looks for it
        if forked:
            self._fork(path, dates_for, limitmb)
            return
        try:
            self._job, self._process = start_module(
                "index.parallel",
                (str(path), self.documents, dates_for, limitmb),
                subprocess.DEVNULL,
            )
        except START_ERRORS as error:
            self._result = _not_started(error)
            return
        assert self._process.stdout is not None
        threading.Thread(target=self._read, args=(self._process.stdout,), daemon=True).start()

    def _fork(self, path: Path, dates_for: DatesFor | None, limitmb: int) -> None:
        """Start the helper as a fork of this process, its messages on a pipe."""
        try:
            readable, writable = os.pipe()
        except OSError as error:
            self._result = _not_started(error)
            return
        try:
            child = os.fork()
        except OSError as error:
            os.close(readable)
            os.close(writable)
            self._result = _not_started(error)
            return
        if child == 0:
            code = 1
            try:
                # ``stop`` ends it, whatever handler the parent has for SIGTERM
                signal.signal(signal.SIGTERM, signal.SIG_DFL)
                os.close(readable)
                with os.fdopen(writable, "wb") as channel:
                    index_part(path, self.documents, dates_for, limitmb, channel)
                code = 0
            finally:
                os._exit(code)  # none of the parent's exit handlers, buffers or locks
        os.close(writable)
        self._child = child
        stream = os.fdopen(readable, "rb")
        threading.Thread(target=self._read, args=(stream,), daemon=True).start()

    def _read(self, stream: IO[bytes]) -> None:
        """Pass the helper's messages on until it closes its output."""
        try:
            while True:
                self._messages.put(pickle.load(stream))
        except Exception:  # noqa: BLE001 - end of output, or output that is no message
            self._messages.put(("ended", None))

    def poll(self) -> None:
        """Take the helper's progress messages without waiting."""
        self._drain(block=False)

    def result(
        self, cancelled: Callable[[], bool] | None, progressed: Callable[[], None]
    ) -> HelperResult:
        """Wait for the helper to finish; its segment, or a failed result to index here.

        Args:
            cancelled: Polled while waiting; True ends the helper.
            progressed: Called whenever the helper reports another document done.
        """
        while self._result is None:
            if cancelled and cancelled():
                self.stop()
                return HelperResult(problem="cancelled")
            done = self.done
            self._drain(block=True)
            if self.done != done:
                progressed()
        return self._result

    def stop(self) -> None:
        """End the helper; a half-written segment is never committed (the next commit's
        clean-up removes its files)."""
        if self._process is not None:
            if self._process.poll() is None:
                self._process.terminate()
            self._process.wait(timeout=10)
            self._process = None
        if self._child is not None:
            if self._result is None or self._result.problem is not None:
                with contextlib.suppress(ProcessLookupError):
                    os.kill(self._child, signal.SIGTERM)
            os.waitpid(self._child, 0)
            self._child = None
        self._forget_job()

    def _forget_job(self) -> None:
        if self._job is not None:
            self._job.unlink(missing_ok=True)
            self._job = None

    def _drain(self, block: bool) -> None:
        while self._result is None:
            try:
                kind, payload = self._messages.get(block=block, timeout=0.2 if block else None)
            except queue.Empty:
                return
            if kind == "progress":
                self.done = payload
            elif kind == "done":
                self._result = payload
            elif kind == "ended":
                self._result = HelperResult(problem="the helper process ended early")
            block = False


def _not_started(error: Exception) -> HelperResult:
    return HelperResult(problem=f"helper process not started ({error})")


def write_part(
    path: Path,
    documents: Sequence[Document],
    dates_for: DatesFor | None,
    limitmb: int,
    done: Callable[[int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> tuple[Any, list[str]] | None:
    """Index ``documents`` into a new segment of the index at ``path``, not committed: the
    writer holding the lock commits it (:meth:`index.writer.BulkWriter.add_segment`).

    The helper process's work, and the sync's own when the helper failed after the sync had
    written its own segment. Returns the segment and the date tagger's warnings, or None
    when ``cancelled`` said so.

    Args:
        done: Called with the number of documents indexed so far.
    """
    writer = BulkWriter(whoosh_index.open_dir(str(path)), _lk=False, limitmb=limitmb)
    warnings: list[str] = []
    for count, document in enumerate(documents, 1):
        if cancelled and cancelled():
            writer.abandon_segment()
            return None
        for record in document_records(document, part_dates(document, dates_for, warnings)):
            writer.add_document(**record)
        if done:
            done(count)
    return writer.write_segment(), warnings


def run_job(job: Path, out: IO[bytes]) -> None:
    """The helper process: read its job and the saved word analyses, then :func:`index_part`."""
    try:
        with job.open("rb") as file:
            path, documents, dates_for, limitmb = pickle.load(file)
        load_term_cache(Path(path))
    except Exception as error:  # noqa: BLE001 - reported to the sync, which indexes the part itself
        _send(out, "done", HelperResult(problem=f"{type(error).__name__}: {error}"))
        return
    index_part(Path(path), documents, dates_for, limitmb, out)


def index_part(
    path: Path,
    documents: Sequence[Document],
    dates_for: DatesFor | None,
    limitmb: int,
    out: IO[bytes],
) -> None:
    """A helper's part: index ``documents`` into a new segment and send it back on ``out``,
    with the word analyses the cache did not have before."""
    try:
        known = token_cache_counts()
        written = write_part(
            path, documents, dates_for, limitmb, lambda count: _send(out, "progress", count)
        )
        assert written is not None, "a helper is never cancelled, only ended"
        segment, warnings = written
        _send(out, "done", HelperResult(segment, export_token_terms(known), warnings))
    except Exception as error:  # noqa: BLE001 - reported to the sync, which indexes the part itself
        _send(out, "done", HelperResult(problem=f"{type(error).__name__}: {error}"))


def _send(out: IO[bytes], kind: str, payload: Any) -> None:
    pickle.dump((kind, payload), out)
    out.flush()


def part_dates(document: Document, dates_for: DatesFor | None, warnings: list[str]) -> list[Any]:
    """A document's sentence dates; a failing date tagger costs dates, not the index."""
    if dates_for is None:
        return []
    try:
        return dates_for(document)
    except Exception as error:  # noqa: BLE001 - the tagger is a separate component
        warnings.append(f"{document.id}: dates not indexed ({error})")
        return []


if __name__ == "__main__":
    # The messages get their own copy of standard output; anything else printed goes to
    # standard error, which the sync discards (the app owns the terminal).
    # Imported by its name, so what it pickles is ``index.parallel.HelperResult``, not
    # ``__main__.HelperResult``.
    from index.parallel import run_job

    # A process of its own that ends after its part: the cyclic collector would only walk
    # the pool and the word analyses, at the end too (see index.gc_pause).
    gc.disable()
    channel = os.fdopen(os.dup(1), "wb")
    os.dup2(2, 1)
    run_job(Path(sys.argv[1]), channel)
