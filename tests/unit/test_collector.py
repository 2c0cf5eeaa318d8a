"""The launch pauses Python's cyclic garbage collector until the first frame, and only its own
pause is undone; while the reader types, full collections wait for a pause.

The checks run on a stand-in for the ``gc`` module: the real collector is one switch for the
whole process, and other tests' worker threads may hold it paused at any moment (the index
and name discovery pause it while they write), so its state is no place to read this module's
bookkeeping from.
"""

from __future__ import annotations

import pytest

from reader import collector
from reader.collector import HELD_FULL_THRESHOLD, TYPING_PAUSE, TypingCollector


class StandInCollector:
    """The part of the ``gc`` module that ``reader.collector`` uses."""

    def __init__(self) -> None:
        self.enabled = True
        self.thresholds = (700, 10, 10)
        self.middle_since_full = 0
        """Collections of the middle generation since the last full one (``get_count()[2]``)."""
        self.full_collections = 0
        self.live = 100_000
        """Containers alive now."""
        self.frozen = 0
        self.walked: list[int] = []
        """How many containers each collection walked."""

    def get_threshold(self) -> tuple[int, int, int]:
        return self.thresholds

    def set_threshold(self, young: int, middle: int, full: int) -> None:
        self.thresholds = (young, middle, full)

    def get_count(self) -> tuple[int, int, int]:
        return (0, 0, self.middle_since_full)

    def collect(self) -> int:
        self.full_collections += 1
        self.middle_since_full = 0
        self.walked.append(self.live - self.frozen)
        return 0

    def freeze(self) -> None:
        self.frozen = self.live

    def unfreeze(self) -> None:
        self.frozen = 0

    def get_freeze_count(self) -> int:
        return self.frozen

    def isenabled(self) -> bool:
        return self.enabled

    def enable(self) -> None:
        self.enabled = True

    def disable(self) -> None:
        self.enabled = False


@pytest.fixture
def gc(monkeypatch: pytest.MonkeyPatch) -> StandInCollector:
    stand_in = StandInCollector()
    monkeypatch.setattr(collector, "gc", stand_in)
    monkeypatch.setattr(collector, "_paused", [])
    monkeypatch.setattr(collector, "_frozen_after_walk", [])
    return stand_in


def test_resume_undoes_only_its_own_pause(gc: StandInCollector) -> None:
    collector.pause()
    assert not gc.isenabled()
    collector.resume()
    assert gc.isenabled()
    gc.disable()
    collector.resume()
    assert not gc.isenabled(), "a pause that is not the collector module's stands"


def test_pause_when_already_disabled_leaves_it_to_the_caller(gc: StandInCollector) -> None:
    gc.disable()
    collector.pause()
    collector.resume()
    assert not gc.isenabled()


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_typing_holds_full_collections_until_a_pause(gc: StandInCollector) -> None:
    clock = Clock()
    typing = TypingCollector(clock)
    assert not typing.tick(), "nothing typed, nothing held"
    typing.input_seen()
    assert gc.get_threshold() == (700, 10, HELD_FULL_THRESHOLD)
    gc.middle_since_full = 25  # CPython would have run a full collection meanwhile
    clock.now += TYPING_PAUSE / 2
    typing.input_seen()
    clock.now += TYPING_PAUSE / 2
    assert not typing.tick(), "the last key was less than a pause ago"
    assert gc.full_collections == 0
    clock.now += TYPING_PAUSE / 2
    assert typing.tick()
    assert gc.full_collections == 1
    assert gc.get_threshold() == (700, 10, 10)
    assert not typing.tick(), "one collection per pause"


def test_a_pause_collects_only_if_a_full_collection_was_due(gc: StandInCollector) -> None:
    clock = Clock()
    typing = TypingCollector(clock)
    typing.input_seen()
    gc.middle_since_full = 3
    clock.now += TYPING_PAUSE
    assert not typing.tick()
    assert gc.full_collections == 0
    assert gc.get_threshold() == (700, 10, 10), "CPython runs it when it is due"


def test_a_paused_collector_stays_paused_at_a_pause(gc: StandInCollector) -> None:
    clock = Clock()
    typing = TypingCollector(clock)
    typing.input_seen()
    gc.middle_since_full = 25
    gc.disable()  # a job is writing the index
    clock.now += TYPING_PAUSE
    assert not typing.tick()
    assert gc.full_collections == 0
    assert not gc.isenabled()
    assert gc.get_threshold() == (700, 10, 10)


def test_stop_gives_the_thresholds_back(gc: StandInCollector) -> None:
    typing = TypingCollector(Clock())
    gc.set_threshold(500, 5, 20)
    typing.input_seen()
    assert gc.get_threshold() == (500, 5, HELD_FULL_THRESHOLD)
    typing.stop()
    assert gc.get_threshold() == (500, 5, 20)
    assert gc.full_collections == 0


def test_a_pause_walks_only_what_was_made_since_the_last_one(gc: StandInCollector) -> None:
    clock = Clock()
    typing = TypingCollector(clock)

    def pause_after_typing(made: int) -> None:
        typing.input_seen()
        gc.live += made
        gc.middle_since_full = 25
        clock.now += TYPING_PAUSE
        assert typing.tick()

    pause_after_typing(0)
    assert gc.walked == [100_000], "the first pause walks everything"
    pause_after_typing(5_000)
    pause_after_typing(5_000)
    assert gc.walked[1:] == [5_000, 5_000], "then only what is new"
    pause_after_typing(20_000)
    pause_after_typing(0)
    assert gc.walked[-2:] == [20_000, 130_000], "everything again once the frozen set grew"
    assert gc.get_freeze_count() == gc.live


def test_giving_memory_back_walks_everything(gc: StandInCollector) -> None:
    collector.collect_and_freeze()
    gc.live += 1_000
    collector.collect_and_freeze(everything=True)
    assert gc.walked == [100_000, 101_000]
    assert gc.get_freeze_count() == 101_000
