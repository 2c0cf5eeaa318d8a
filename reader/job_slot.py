"""One heavy background job at a time: indexing, reading names, extracting link features.

Each of them holds structures that grow with the text it works on: run side by side on a
new 20 MB document they added up to 1.4 GB, while one at a time each stays near its own
peak. Python runs one thread at a time anyway, so taking turns costs no throughput (a
build's helper process still uses the second core).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

POLL = 0.1
"""Seconds between looks at ``cancelled`` while waiting for the slot."""

LONG_JOB = 1.0
"""Seconds a job must have held the slot for ``after_long_job`` to run when it ends: a
short one (the features of one small document) leaves little behind, and a full garbage
collection of a large heap takes a good part of a second."""


class Cancelled(Exception):
    """The job's caller was cancelled (the app quits) while it waited or ran."""


class JobSlot:
    """A re-entrant slot: a job that holds it may start a nested one (features asking for
    the glossary) without waiting for itself."""

    def __init__(self, after_long_job: Callable[[], None] | None = None) -> None:
        """Args:
        after_long_job: Called when a job that held the slot ``LONG_JOB`` seconds or more
            ends, before the next one starts (to give back what the job freed).
        """
        self._after_long_job = after_long_job
        self._started = 0.0
        self._lock = threading.RLock()
        self._count = threading.Lock()
        self.waiting = 0
        """How many jobs are waiting for the slot now."""
        self.running = ""
        """The name of the job holding the slot ("" when free), for measurements."""
        self._depth = 0

    @contextmanager
    def hold(self, job: str, cancelled: Callable[[], bool] | None = None) -> Iterator[None]:
        """Run the body once no other thread's job holds the slot.

        Args:
            job: What runs (``running`` names the outermost job while it holds the slot).
            cancelled: Polled while waiting.

        Raises:
            Cancelled: ``cancelled()`` turned true while waiting.
        """
        if not self._lock.acquire(blocking=False):
            with self._count:
                self.waiting += 1
            try:
                while not self._lock.acquire(timeout=POLL):
                    if cancelled is not None and cancelled():
                        raise Cancelled
            finally:
                with self._count:
                    self.waiting -= 1
        self._depth += 1
        if self._depth == 1:
            self.running = job
            self._started = time.monotonic()
        try:
            yield
        finally:
            self._depth -= 1
            try:
                if not self._depth:
                    self.running = ""
                    long_job = time.monotonic() - self._started >= LONG_JOB
                    if long_job and self._after_long_job is not None:
                        self._after_long_job()
            finally:
                self._lock.release()
