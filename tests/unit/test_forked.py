"""Two halves of a job, the second in a forked child: the same results as one after the other."""

from __future__ import annotations

import os

import pytest

from glossary import forked

pytestmark = pytest.mark.skipif(not forked.can_fork(), reason="needs fork and two cores")


class Stopped(Exception):
    """What the test's half raises when it sees ``cancelled``."""


def test_both_halves_come_back_in_order() -> None:
    parent = os.getpid()
    ran_in: list[int] = []

    def second(cancelled: forked.Cancelled) -> tuple[str, int]:
        return "second", os.getpid()

    def first(cancelled: forked.Cancelled) -> tuple[str, int]:
        ran_in.append(os.getpid())
        return "first", os.getpid()

    own, theirs = forked.halves(first, second, None)
    assert own == ("first", parent)
    assert theirs[0] == "second" and theirs[1] != parent  # read in the child
    assert ran_in == [parent]


def test_a_failing_child_leaves_the_half_to_the_parent() -> None:
    parent = os.getpid()

    def second(cancelled: forked.Cancelled) -> list[int]:
        if os.getpid() != parent:
            raise RuntimeError("the child fails")
        return [2]

    assert forked.halves(lambda cancelled: [1], second, None) == ([1], [2])


def test_cancelling_while_waiting_reaches_the_half_run_here() -> None:
    parent = os.getpid()

    def second(cancelled: forked.Cancelled) -> int:
        if os.getpid() != parent:
            while True:  # a child that never answers
                pass
        if cancelled is not None and cancelled():
            raise Stopped  # the half's own way to stop
        return 2

    with pytest.raises(Stopped):
        forked.halves(lambda cancelled: 1, second, lambda: True)


def test_turns_give_each_number_once_to_whichever_process_asks() -> None:
    with forked.Turns(forked.MAX_TURNS) as turns:

        def take(cancelled: forked.Cancelled) -> list[int]:
            return list(turns)

        own, theirs = forked.halves(take, take, None)
    assert sorted(own + theirs) == list(range(forked.MAX_TURNS))


def test_more_turns_than_a_pipe_takes_at_once_are_refused() -> None:
    with pytest.raises(ValueError):
        forked.Turns(forked.MAX_TURNS + 1)


def test_turns_close_their_pipe_when_the_numbers_cannot_be_written(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Review 20 C: a failed write left the reading end open, with no object to close it."""
    made: list[int] = []
    real_pipe = os.pipe

    def pipe() -> tuple[int, int]:
        ends = real_pipe()
        made.extend(ends)
        return ends

    def write(_fd: int, _data: bytes) -> int:
        raise OSError("no room")

    monkeypatch.setattr(forked.os, "pipe", pipe)
    monkeypatch.setattr(forked.os, "write", write)
    with pytest.raises(OSError, match="no room"):
        forked.Turns(3)
    monkeypatch.undo()
    for end in made:
        with pytest.raises(OSError):
            os.fstat(end)
