"""One heavy background job at a time: indexing, reading names, extracting link features.

Each of them holds structures that grow with the text it works on: run side by side on a
new 20 MB document they added up to 1.4 GB, while one at a time each stays near its own
peak. Python runs one thread at a time anyway, so taking turns costs no throughput (a
build's helper process still uses the second core).

Taking turns in the order the threads came, a reader who added a document waited for its
names (the glossary marks of the documents on screen) behind the index sync and the links'
features that the same change started (trial 24). So waiting jobs go by rank (``RANKS``),
and a worker that will read names announces itself: while it runs, jobs of a later rank
leave the slot to it, even in the moment between two of its jobs or before it first asks.
Ranks alone starved the later ones: a reader paging through documents kept the links'
features waiting as long as names were read (review 24 E6). So a waiting job ages: once
``AGEING_TURNS`` other jobs took the slot while it waited, it goes next.
"""

from __future__ import annotations

import itertools
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

RANKS = {"discovery": 0, "mentions": 0, "index": 1, "features": 2}
"""Which waiting job goes first (lower first; equal ranks in the order they came): what the
reader sees on the documents on screen (their names and mention marks), then what a search
needs, then the cross-links, which rest on the names. An unknown job ranks with the index."""
_DEFAULT_RANK = 1
AGEING_TURNS = 3
"""Turns a waiting job lets other jobs take before it goes next, whatever its rank: earlier
ranks still go first most of the time, and a later rank's job is never held off for good."""


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
        self._turns = threading.Condition()
        self._owner: int | None = None
        """The thread holding the slot."""
        self._depth = 0
        self._queue: list[tuple[int, int]] = []
        """The waiting jobs' (rank, ticket), in the order they came."""
        self._tickets = itertools.count()
        self._passed: dict[tuple[int, int], int] = {}
        """How many turns other jobs took while each waiting ticket waited."""
        self._announced: list[tuple[int, Callable[[], bool]]] = []
        """(rank, still running) of the workers that announced themselves."""
        self.waiting = 0
        """How many jobs are waiting for the slot now."""
        self.running = ""
        """The name of the job holding the slot ("" when free), for measurements."""

    def announce(self, job: str, running: Callable[[], bool]) -> None:
        """A worker that will run ``job`` (perhaps more than once, and other jobs of its rank)
        goes first: jobs of a later rank wait while ``running()`` is true.

        Args:
            job: A name in ``RANKS``.
            running: Whether the worker still runs (polled by waiting jobs).
        """
        with self._turns:
            self._announced = [(rank, still) for rank, still in self._announced if still()]
            self._announced.append((RANKS.get(job, _DEFAULT_RANK), running))

    def _aged(self, ticket: tuple[int, int]) -> bool:
        return self._passed.get(ticket, 0) >= AGEING_TURNS

    def _my_turn(self, ticket: tuple[int, int]) -> bool:
        """Whether the job with ``ticket`` may take the free slot now: no job of an earlier
        rank (or of its rank, come before it) waits, and no announced worker of an earlier
        rank still runs; an aged job goes before them (aged ones in the order they came)."""
        if self._owner is not None:
            return False
        first = min(self._queue, key=lambda t: (-1 if self._aged(t) else t[0], t[1]))
        if first != ticket:
            return False
        if self._aged(ticket):
            return True
        self._announced = [(rank, running) for rank, running in self._announced if running()]
        return not any(rank < ticket[0] for rank, _running in self._announced)

    @contextmanager
    def hold(self, job: str, cancelled: Callable[[], bool] | None = None) -> Iterator[None]:
        """Run the body once no other thread's job holds the slot and it is this job's turn.

        Args:
            job: What runs (``running`` names the outermost job while it holds the slot);
                its rank in ``RANKS`` orders it among the waiting jobs.
            cancelled: Polled while waiting.

        Raises:
            Cancelled: ``cancelled()`` turned true while waiting.
        """
        me = threading.get_ident()
        with self._turns:
            if self._owner != me:
                self._wait_for_turn(RANKS.get(job, _DEFAULT_RANK), cancelled)
                self._owner = me
                self.running = job
                self._started = time.monotonic()
            self._depth += 1
        try:
            yield
        finally:
            self._leave()

    def _wait_for_turn(self, rank: int, cancelled: Callable[[], bool] | None) -> None:
        """Wait (holding ``_turns``) until the slot is this job's."""
        ticket = (rank, next(self._tickets))
        self._queue.append(ticket)
        try:
            if not self._my_turn(ticket):
                self.waiting += 1
                try:
                    while not self._my_turn(ticket):
                        self._turns.wait(POLL)
                        if cancelled is not None and cancelled():
                            raise Cancelled
                finally:
                    self.waiting -= 1
            for other in self._queue:  # they were passed over once more
                self._passed[other] = self._passed.get(other, 0) + 1
        finally:
            self._queue.remove(ticket)
            self._passed.pop(ticket, None)
            self._turns.notify_all()  # the next in line may be another one now

    def _leave(self) -> None:
        with self._turns:
            self._depth -= 1
            if self._depth:
                return
            self.running = ""
            long_job = time.monotonic() - self._started >= LONG_JOB
        try:  # still the owner: the next job starts after memory is given back
            if long_job and self._after_long_job is not None:
                self._after_long_job()
        finally:
            with self._turns:
                self._owner = None
                self._turns.notify_all()
