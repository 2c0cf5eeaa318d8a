"""Heavy background jobs take turns: one waits for the other, a cancelled wait gives up."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import pytest

from reader.job_slot import Cancelled, JobSlot
from reader.services import Services


def _until(check: Callable[[], bool]) -> None:
    deadline = time.monotonic() + 10
    while not check():
        assert time.monotonic() < deadline, "condition not reached within 10 s"
        time.sleep(0.005)


@contextmanager
def _held_elsewhere(slot: JobSlot) -> Iterator[threading.Event]:
    """The slot held by another thread until the returned event is set."""
    inside, release = threading.Event(), threading.Event()

    def hold() -> None:
        with slot.hold("first"):
            inside.set()
            release.wait(10)

    holder = threading.Thread(target=hold)
    holder.start()
    inside.wait(10)
    try:
        yield release
    finally:
        release.set()
        holder.join(10)


def test_a_second_job_starts_when_the_first_is_done() -> None:
    slot, order = JobSlot(), []

    def second() -> None:
        with slot.hold("second"):
            order.append(slot.running)

    with _held_elsewhere(slot) as release:
        waiter = threading.Thread(target=second)
        waiter.start()
        _until(lambda: slot.waiting == 1)
        order.append("first done")
        release.set()
        waiter.join(10)
    assert order == ["first done", "second"]
    assert slot.waiting == 0


def test_a_cancelled_wait_gives_up() -> None:
    slot = JobSlot()
    with _held_elsewhere(slot), pytest.raises(Cancelled):
        with slot.hold("second", cancelled=lambda: True):
            pytest.fail("ran while another job held the slot")


def test_a_job_holding_the_slot_may_start_a_nested_one() -> None:
    slot = JobSlot()
    with slot.hold("features"), slot.hold("discovery"):
        assert slot.waiting == 0 and slot.running == "features"
    assert slot.running == ""


def test_an_index_sync_waits_its_turn() -> None:
    services, progress = Services(), []
    with _held_elsewhere(services.heavy_jobs):
        report = services.sync_index(lambda *done: progress.append(done), lambda: True)
    assert report.cancelled
    assert progress == []  # it never started: a sync reports (0, n) first


def _announced(slot: JobSlot, job: str) -> threading.Event:
    """A worker announced as ``job``: it runs until the returned event is cleared."""
    running = threading.Event()
    running.set()
    slot.announce(job, running.is_set)
    return running


def _waiting(slot: JobSlot, job: str, order: list[str]) -> threading.Thread:
    """A thread that waits for the slot to run ``job`` (recorded in ``order``)."""

    def run() -> None:
        with slot.hold(job):
            order.append(job)

    thread = threading.Thread(target=run)
    thread.start()
    return thread


def test_waiting_jobs_go_by_rank_not_by_arrival() -> None:
    """The index and the features came first; the names the reader waits for go first."""
    slot, order = JobSlot(), []
    with _held_elsewhere(slot) as release:
        threads = []
        for count, job in enumerate(["features", "index", "discovery"], 1):
            threads.append(_waiting(slot, job, order))
            _until(lambda count=count: slot.waiting == count)
        release.set()
        for thread in threads:
            thread.join(10)
    assert order == ["discovery", "index", "features"]


def test_an_announced_worker_goes_before_a_job_that_asks_first() -> None:
    """A worker that will read names announces itself before it asks: an index sync that
    asks meanwhile, even for a free slot, waits until that worker has run."""
    slot, order = JobSlot(), []
    running = _announced(slot, "discovery")
    index = _waiting(slot, "index", order)
    _until(lambda: slot.waiting == 1)
    with slot.hold("discovery"):
        order.append("discovery")
    with slot.hold("mentions"):  # the same worker's next job: still before the index
        order.append("mentions")
    assert order == ["discovery", "mentions"]
    running.clear()  # the worker ends
    index.join(10)
    assert order == ["discovery", "mentions", "index"]


def test_a_waiting_job_of_a_later_rank_ages_into_the_next_turn() -> None:
    """Review 24 E6: a stream of name jobs (a reader paging through documents) kept the links'
    features waiting as long as it lasted. After ``AGEING_TURNS`` turns of others, the
    waiting features job goes next, before the stream's next job and its announced worker."""
    from reader.job_slot import AGEING_TURNS

    slot, order = JobSlot(), []
    running = _announced(slot, "mentions")
    features = _waiting(slot, "features", order)
    _until(lambda: slot.waiting == 1)
    for _turn in range(AGEING_TURNS + 2):
        with slot.hold("mentions"):
            order.append("mentions")
    running.clear()
    features.join(10)
    assert order.index("features") == AGEING_TURNS, order
    assert order.count("mentions") == AGEING_TURNS + 2
